#include "pdftext.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Careleaf::PdfText {

namespace {

bool isRadical(char32_t c)
{
    return c >= 0x2E80 && c <= 0x2FDF; // CJK Radicals Supplement, Kangxi Radicals
}

// CJK Unified Ideographs Extension A: rare characters, some of which a font draws with the glyph
// of a common one (㬵 and 胶), whose lower code point then names it.
bool isExtensionA(char32_t c)
{
    return c >= 0x3400 && c <= 0x4DBF;
}

bool isPresentationForm(char32_t c)
{
    // Latin, Armenian and Hebrew ligatures; Arabic presentation forms A and B.
    return (c >= 0xFB00 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

// The characters a reader should get for a code point Qt gave a glyph.
class Readable
{
public:
    // drawn: the text the PDF shows, when known: a character it holds is what it is.
    explicit Readable(const QString &drawn)
    {
        for (char32_t c : drawn.toUcs4()) {
            if (isRadical(c) || isExtensionA(c))
                m_drawn.insert(c);
        }
    }

    // Empty when c is itself what the glyph stands for.
    QString of(char32_t c)
    {
        // A no-break space (a phone number's, kept on one line) is a space to a reader: copied
        // or searched for, it must match one typed.
        if (c == 0x00A0)
            return u" "_s;
        if (m_drawn.contains(c))
            return {};
        if (isExtensionA(c)) {
            const char32_t ideograph = sameGlyph(c);
            return ideograph ? QString::fromUcs4(&ideograph, 1) : QString();
        }
        if (!isRadical(c) && !isPresentationForm(c))
            return {};
        const QString one = QString::fromUcs4(&c, 1);
        QString decomposed = one.normalized(QString::NormalizationForm_KC);
        // An isolated Arabic mark's form decomposes to a space and the mark: the mark alone.
        if (decomposed.size() > 1 && decomposed.front() == u' ')
            decomposed.remove(0, 1);
        // Several characters in right-to-left text (the Arabic lam-alef): readers reorder a
        // glyph's characters with the line's, so they would come out reversed; left as they are.
        const bool rightToLeft = std::any_of(decomposed.cbegin(), decomposed.cend(), [](QChar ch) {
            return ch.direction() == QChar::DirR || ch.direction() == QChar::DirAL;
        });
        if (decomposed.size() > 1 && rightToLeft)
            return {};
        if (decomposed != one)
            return decomposed;
        if (isRadical(c)) {
            if (const char32_t ideograph = sameGlyph(c))
                return QString::fromUcs4(&ideograph, 1);
        }
        return {};
    }

private:
    // The common ideograph the CJK fonts draw with c's glyph; 0 when none does.
    char32_t sameGlyph(char32_t c)
    {
        if (!m_read) {
            m_read = true;
            readSameGlyphs();
        }
        return m_sameGlyph.value(c);
    }

    // For each radical and Extension A character, the ideograph drawn with its glyph: in the faces
    // a handout prints Han in (each region's forms: 角 and ⻆ share a glyph in the Chinese faces
    // only), then in the desktop's font for each writing system.
    void readSameGlyphs()
    {
        const auto range = [](char32_t from, char32_t to) {
            QString out;
            for (char32_t c = from; c <= to; ++c)
                out += QString::fromUcs4(&c, 1);
            return out;
        };
        const QString radicals = range(0x2E80, 0x2FDF);
        const QString extensionA = range(0x3400, 0x4DBF);
        const QString ideographs = range(0x4E00, 0x9FFF);
        QList<QRawFont> fonts;
        for (const QString &family :
             {u"Noto Sans CJK SC"_s, u"Noto Sans CJK TC"_s, u"Noto Sans CJK JP"_s, u"Noto Sans CJK KR"_s}) {
            if (QFontDatabase::hasFamily(family))
                fonts << QRawFont::fromFont(QFont(family));
        }
        for (const auto system : {QFontDatabase::SimplifiedChinese, QFontDatabase::TraditionalChinese,
                                  QFontDatabase::Japanese, QFontDatabase::Korean})
            fonts << QRawFont::fromFont(QFont(), system);
        for (const QRawFont &font : std::as_const(fonts)) {
            if (!font.isValid())
                continue;
            QHash<quint32, char32_t> byGlyph;
            const QList<quint32> glyphs = font.glyphIndexesForString(ideographs);
            for (qsizetype i = glyphs.size() - 1; i >= 0; --i) {
                if (glyphs.at(i) != 0)
                    byGlyph.insert(glyphs.at(i), char32_t(0x4E00 + i)); // the lowest wins
            }
            const auto sameAsIdeographs = [&](const QString &characters, char32_t first) {
                const QList<quint32> own = font.glyphIndexesForString(characters);
                for (qsizetype i = 0; i < own.size(); ++i) {
                    const char32_t c = char32_t(first + i);
                    if (own.at(i) != 0 && !m_sameGlyph.contains(c) && byGlyph.contains(own.at(i)))
                        m_sameGlyph.insert(c, byGlyph.value(own.at(i)));
                }
            };
            sameAsIdeographs(radicals, 0x2E80);
            sameAsIdeographs(extensionA, 0x3400);
        }
    }

    QSet<char32_t> m_drawn;
    bool m_read = false;
    QHash<char32_t, char32_t> m_sameGlyph;
};

QString fromHex(QByteArrayView hex)
{
    const QByteArray bytes = QByteArray::fromHex(QByteArray(hex.data(), hex.size()));
    QString out;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        out += QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
    return out;
}

QByteArray toHex(const QString &text)
{
    QByteArray out = "<";
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    return out + '>';
}

// A destination of the map as it should read; nullopt when it reads right already.
std::optional<QString> readableDestination(const QString &destination, Readable &readable)
{
    QString out;
    bool changed = false;
    for (char32_t c : destination.toUcs4()) {
        const QString instead = readable.of(c);
        changed = changed || !instead.isEmpty();
        out += instead.isEmpty() ? QString::fromUcs4(&c, 1) : instead;
    }
    return changed ? std::optional<QString>(out) : std::nullopt;
}

struct Edit
{
    qsizetype at;
    qsizetype length;
    QByteArray with;
};

// The map's destinations rewritten: each bfchar's second code, each bfrange's array element or
// single destination (a range then becomes an array when one of its characters changes).
QByteArray rewriteMap(const QByteArray &map, Readable &readable)
{
    static const QRegularExpression token(uR"(<[0-9A-Fa-f]*>|\[|\]|beginbfrange|endbfrange|beginbfchar|endbfchar)"_s);
    const QString text = QString::fromLatin1(map);
    enum class Section
    {
        None,
        Ranges,
        Chars
    } section = Section::None;
    QList<Edit> edits;
    QStringList pending; // the codes of the entry being read
    bool inArray = false;
    for (const QRegularExpressionMatch &m : token.globalMatch(text)) {
        const QString t = m.captured(0);
        if (t == u"beginbfrange" || t == u"beginbfchar") {
            section = t == u"beginbfrange" ? Section::Ranges : Section::Chars;
            pending.clear();
            continue;
        }
        if (t == u"endbfrange" || t == u"endbfchar") {
            section = Section::None;
            continue;
        }
        if (section == Section::None)
            continue;
        if (t == u"[") {
            inArray = true;
            continue;
        }
        if (t == u"]") {
            inArray = false;
            pending.clear();
            continue;
        }
        const bool destination = inArray || pending.size() == (section == Section::Ranges ? 2 : 1);
        if (!destination) {
            pending << t;
            continue;
        }
        const QString target = fromHex(QStringView(t).mid(1, t.size() - 2).toLatin1());
        if (section == Section::Ranges && !inArray) {
            // <lo> <hi> <first>: lo..hi stand for first, first + 1, ...
            const uint lo = pending.at(0).mid(1, pending.at(0).size() - 2).toUInt(nullptr, 16);
            const uint hi = pending.at(1).mid(1, pending.at(1).size() - 2).toUInt(nullptr, 16);
            pending.clear();
            if (target.size() != 1 || hi < lo || hi - lo > 0xFFFF)
                continue;
            QByteArray array = "[";
            bool changed = false;
            for (uint i = 0; i <= hi - lo; ++i) {
                const QString one(QChar(char16_t(target.front().unicode() + i)));
                const auto instead = readableDestination(one, readable);
                changed = changed || instead.has_value();
                array += (i ? " " : "") + toHex(instead.value_or(one));
            }
            if (changed)
                edits << Edit{m.capturedStart(), m.capturedLength(), array + ']'};
            continue;
        }
        if (!inArray)
            pending.clear();
        if (const auto instead = readableDestination(target, readable))
            edits << Edit{m.capturedStart(), m.capturedLength(), toHex(*instead)};
    }
    QByteArray out;
    qsizetype from = 0;
    for (const Edit &e : std::as_const(edits)) {
        out += map.mid(from, e.at - from) + e.with;
        from = e.at + e.length;
    }
    return edits.isEmpty() ? map : out + map.mid(from);
}

} // namespace

bool restoreCharacters(QByteArray *pdf, const QString &drawn)
{
    const QByteArray &in = *pdf;
    static const QByteArray dictionaryStart = "<< /Length ";
    static const QByteArray dictionaryEnd = " >>\nstream\n";
    Readable readable(drawn);
    QList<Edit> edits;
    qsizetype previousEnd = 0;
    for (qsizetype at = in.indexOf("begincmap"); at >= 0; at = in.indexOf("begincmap", at + 1)) {
        // "<< /Length N >>\nstream\n" the map "\nendstream", after the map before it.
        const qsizetype dictionary = in.lastIndexOf(dictionaryStart, at);
        if (dictionary < previousEnd)
            return false;
        const qsizetype numberEnd = in.indexOf(dictionaryEnd, dictionary);
        const qsizetype start = numberEnd + dictionaryEnd.size();
        bool ok = false;
        const qsizetype length =
            in.mid(dictionary + dictionaryStart.size(), numberEnd - dictionary - dictionaryStart.size())
                .toLongLong(&ok);
        if (numberEnd < 0 || start > at || !ok || length < 0 || start + length > in.size() ||
            in.mid(start + length, 10) != "\nendstream")
            return false;
        const QByteArray map = in.mid(start, length);
        const QByteArray rewritten = rewriteMap(map, readable);
        if (rewritten != map)
            edits << Edit{dictionary, start + length - dictionary,
                          dictionaryStart + QByteArray::number(rewritten.size()) + dictionaryEnd + rewritten};
        at = previousEnd = start + length;
    }
    if (edits.isEmpty())
        return true;

    // Where a byte of the file before the edits is after them.
    const auto moved = [&edits](qsizetype offset) {
        qsizetype by = 0;
        for (const Edit &e : std::as_const(edits))
            by += e.at < offset ? e.with.size() - e.length : 0;
        return offset + by;
    };
    const qsizetype startXref = in.lastIndexOf("startxref\n");
    bool ok = false;
    const qsizetype xref = startXref < 0 ? -1 : in.mid(startXref + 10).split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= edits.last().at || xref >= startXref || in.mid(xref, 5) != "xref\n")
        return false;

    QByteArray out;
    out.reserve(in.size() + 4096);
    qsizetype from = 0;
    for (const Edit &e : std::as_const(edits)) {
        out += in.mid(from, e.at - from) + e.with;
        from = e.at + e.length;
    }
    out += in.mid(from, startXref - from);
    // Each subsection "first count" and its entries "oooooooooo ggggg n \n", 20 bytes each.
    qsizetype pos = moved(xref) + 5;
    while (pos < out.size() && !QByteArrayView(out).sliced(pos).startsWith("trailer")) {
        const qsizetype lineEnd = out.indexOf('\n', pos);
        const QList<QByteArray> header = out.mid(pos, lineEnd - pos).trimmed().split(' ');
        const qsizetype count = header.size() == 2 ? header.at(1).toLongLong(&ok) : -1;
        if (lineEnd < 0 || !ok || count < 0 || lineEnd + 1 + count * 20 > out.size())
            return false;
        pos = lineEnd + 1;
        for (qsizetype i = 0; i < count; ++i, pos += 20) {
            if (out.at(pos + 17) != 'n')
                continue;
            const qsizetype offset = out.mid(pos, 10).toLongLong(&ok);
            if (!ok)
                return false;
            out.replace(pos, 10, QByteArray::number(moved(offset)).rightJustified(10, '0'));
        }
    }
    out += "startxref\n" + QByteArray::number(moved(xref)) + '\n' + in.mid(in.indexOf('\n', startXref + 10) + 1);
    *pdf = out;
    return true;
}

} // namespace Careleaf::PdfText
