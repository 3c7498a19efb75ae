#include "procedurehtml.h"

#include "digits.h"
#include "languages.h"
#include "textwidth.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

QString esc(const QString &s)
{
    return ProcedureHtml::escaped(s);
}

bool isDirectionControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString displayHeading(const Section &s)
{
    const QString h = Languages::withoutColon(s.heading);
    return h.isEmpty() ? SectionKeys::displayName(s.key) : h;
}

// The list that starts at blocks[at], with the lists under its items inside them, and the blocks
// that go on with it as more of its items (step 2 after the list under step 1). at is left at the
// last block it took.
QString listHtml(const QList<Block> &blocks, qsizetype &at)
{
    const Block &first = blocks.at(at);
    QString html;
    if (first.type == BlockType::Bullets) {
        // Each level its own bullet, as a word processor marks them.
        static const std::array<QString, Block::DeepestLevel + 1> bullets{u"<ul>"_s, u"<ul type=\"circle\">"_s,
                                                                          u"<ul type=\"square\">"_s};
        html = bullets.at(std::clamp(first.level, 0, Block::DeepestLevel));
    } else {
        html = first.numbering == u'1' ? u"<ol"_s : u"<ol type=\""_s + QChar(first.numbering) + u'"';
        // Qt 6.4 reads no "start": a list that does not start at 1 says where it does in its
        // numbers' suffix, which PagedPrint::numberLists() puts right.
        if (first.start != 1)
            html += u" style=\"-qt-list-number-suffix: '"_s + QStringView(ProcedureHtml::StepsStartMark) +
                    QString::number(first.start) + u"'\""_s;
        html += u'>';
    }
    while (true) {
        const Block &b = blocks.at(at);
        for (qsizetype k = 0; k < b.items.size(); ++k) {
            html += u"<li>"_s + esc(b.items.at(k));
            while (k + 1 == b.items.size() && at + 1 < blocks.size() && blocks.at(at + 1).isList() &&
                   blocks.at(at + 1).level > first.level)
                html += listHtml(blocks, ++at);
            html += u"</li>"_s;
        }
        if (at + 1 == blocks.size() || !blocks.at(at + 1).goesOn(b))
            break;
        ++at;
    }
    return html + (first.type == BlockType::Bullets ? u"</ul>"_s : u"</ol>"_s);
}

// How wide each column of a table is drawn, in percent of the table's width, when its columns can
// stand side by side in a line of `line` characters: the longest piece of each between the places
// a line may break (a word, or one Han letter), in the handout's print, and the rest of the line shared
// as their text is long. Empty when every cell fits on one line (the table as wide as its text);
// nullopt when the columns cannot stand side by side. Qt gives the columns of a table too wide
// for one line each the same width: a column of long words ("Medicamento", "Metformin") was
// broken inside them, which a patient cannot match to the bottle.
std::optional<QList<int>> columnWidths(const Block &b, qsizetype columns, qsizetype line)
{
    QList<qsizetype> longest(columns, 0);
    QList<qsizetype> whole(columns, 0); // the longest cell, on one line
    for (const QStringList &row : b.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            // As printed, where a number and its unit go on one line (lineBindings()).
            const QString cell = ProcedureHtml::withLineBindings(row.at(c));
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, cell);
            for (qsizetype at = 0, next = breaks.toNextBoundary(); next > at;
                 at = next, next = breaks.toNextBoundary()) {
                const QStringView piece = QStringView(cell).sliced(at, next - at).trimmed();
                longest[c] = std::max(longest.at(c), TextWidth::columns(piece) + 2); // and its cell's padding
            }
            whole[c] = std::max(whole.at(c), TextWidth::columns(row.at(c)) + 1);
        }
    }
    const auto sum = [](const QList<qsizetype> &widths) {
        return std::accumulate(widths.cbegin(), widths.cend(), qsizetype(0));
    };
    if (sum(longest) > line)
        return std::nullopt;
    if (sum(whole) <= line)
        return QList<int>{};
    const qsizetype spare = line - sum(longest);
    const qsizetype text = sum(whole);
    QList<int> percent;
    for (qsizetype c = 0; c < columns; ++c)
        percent << int((longest.at(c) + spare * whole.at(c) / text) * 100 / line);
    return percent;
}

// A table too wide for a page a row to a paragraph, each cell under its column's heading ("Dose:
// 400 mg"): its last columns would otherwise run off the page's right edge.
QString recordsHtml(const Block &b, qsizetype columns)
{
    QStringList headings(columns);
    for (qsizetype r = 0; r < b.headerRows && r < b.rows.size(); ++r) {
        for (qsizetype c = 0; c < b.rows.at(r).size(); ++c)
            headings[c] = QString(headings.at(c) + u' ' + b.rows.at(r).at(c)).trimmed();
    }
    QString html;
    for (qsizetype r = b.headerRows; r < b.rows.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < b.rows.at(r).size(); ++c) {
            const QString &value = b.rows.at(r).at(c);
            if (value.isEmpty())
                continue;
            cells << (headings.at(c).isEmpty() ? esc(value)
                                               : u"<b>"_s + esc(headings.at(c)) + u":</b> "_s + esc(value));
        }
        html += u"<p class=\"record\">"_s + cells.join(u" \u00B7 "_s) + u"</p>"_s;
    }
    if (b.headerRows >= b.rows.size()) // headings alone
        html += u"<p class=\"record\"><b>"_s + esc(headings.join(u" \u00B7 "_s)) + u"</b></p>"_s;
    return html;
}

// A table as the source wrote it, row by row, each row as wide as the widest (a row the source
// gave fewer cells ends in empty ones); its header rows bold; its columns in reverse for a page
// written right to left (sectionsHtml()). One too wide for a page, a row to a paragraph.
QString tableHtml(const Block &b, bool rightToLeft, qsizetype line)
{
    qsizetype columns = 0;
    for (const QStringList &row : b.rows)
        columns = std::max(columns, row.size());
    const std::optional<QList<int>> widths = columnWidths(b, columns, line);
    if (!widths)
        return recordsHtml(b, columns);
    QString html = u"<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"%1>"_s.arg(
        widths->isEmpty() ? QString() : u" width=\"100%\""_s);
    for (qsizetype r = 0; r < b.rows.size(); ++r) {
        const bool header = r < b.headerRows;
        if (r == 0 && header)
            html += u"<thead>"_s;
        const QString cell = header ? u"th"_s : u"td"_s;
        html += u"<tr>"_s;
        for (qsizetype k = 0; k < columns; ++k) {
            const qsizetype c = rightToLeft ? columns - 1 - k : k;
            const QString width = r > 0 || widths->isEmpty() ? QString() : u" width=\"%1%\""_s.arg(widths->at(c));
            html += u'<' + cell + width + u'>' + esc(b.rows.at(r).value(c)) + u"</"_s + cell + u'>';
        }
        html += u"</tr>"_s;
        if (header && r + 1 == b.headerRows)
            html += u"</thead>"_s;
    }
    return html + u"</table>"_s;
}

QString blocksHtml(const QList<Block> &blocks, bool rightToLeft, qsizetype line)
{
    QString html;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        switch (b.type) {
        case BlockType::Paragraph:
            html += u"<p>"_s + esc(b.text) + u"</p>"_s;
            break;
        case BlockType::Subheading:
            html += u"<h3>"_s + esc(Languages::withoutColon(b.text)) + u"</h3>"_s;
            break;
        case BlockType::Bullets:
        case BlockType::Steps:
            html += listHtml(blocks, i);
            break;
        case BlockType::Table:
            html += tableHtml(b, rightToLeft, line);
            break;
        }
    }
    return html;
}

// A table in plain text: its columns lined up, " | " between them, a line of dashes under its
// header rows.
QStringList tableText(const Block &b)
{
    QList<qsizetype> widths;
    for (const QStringList &row : b.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c == widths.size())
                widths << 0;
            widths[c] = std::max(widths.at(c), TextWidth::columns(row.at(c)));
        }
    }
    QStringList out;
    for (qsizetype r = 0; r < b.rows.size(); ++r) {
        QString line = u"  "_s;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = b.rows.at(r).value(c);
            line += (c > 0 ? u" | "_s : QString()) + cell;
            if (c + 1 < widths.size())
                line += QString(widths.at(c) - TextWidth::columns(cell), u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line;
        if (r + 1 == b.headerRows) {
            QStringList dashes;
            for (const qsizetype w : std::as_const(widths))
                dashes << QString(w, u'-');
            out << u"  "_s + dashes.join(u"-+-"_s);
        }
    }
    return out;
}

// An item's mark in plain text: a bullet, or its number or letter as the source wrote it.
QString itemMark(const Block &b, qsizetype item)
{
    constexpr int Letters = 26;
    const qsizetype n = b.start + item;
    if (b.type == BlockType::Bullets)
        return b.level == 0 ? u"\u2022"_s : b.level == 1 ? u"\u25E6"_s : u"\u25AA"_s;
    QString mark = QString::number(n);
    if ((b.numbering == u'a' || b.numbering == u'A') && n >= 1 && n <= Letters)
        mark = QChar(char16_t(u'a' + n - 1));
    else if ((b.numbering == u'i' || b.numbering == u'I') && !Digits::roman(int(n)).isEmpty())
        mark = Digits::roman(int(n));
    return (b.numbering == u'A' || b.numbering == u'I' ? mark.toUpper() : mark) + u'.';
}

} // namespace

QString ProcedureHtml::shownText(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isDirectionControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (isDirectionControl(c.unicode()))
            out += u"[U+"_s + Digits::codePoint(c.unicode()) + u']';
        else
            out += c;
    }
    return out;
}

QList<qsizetype> ProcedureHtml::lineBindings(const QString &text)
{
    QList<qsizetype> out;
    const auto bindSpaces = [&](qsizetype start, qsizetype length) {
        for (qsizetype i = start; i < start + length; ++i) {
            if (text.at(i) == u' ')
                out << i;
        }
    };
    // A phone number is dialled from the paper: its groups and its extension ("555-0199 ext. 42",
    // "555 0199 x42") stay together.
    static const QRegularExpression extension(
        uR"(\d,?[ \x{00A0}]+(?:ext|extension|extensi\x{00F3}n|x)\.?[ \x{00A0}]*\d{1,6}(?!\d))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<std::pair<qsizetype, qsizetype>> phones = phoneNumbers(text);
    const auto inPhoneNumber = [&phones](qsizetype at) {
        return std::any_of(phones.cbegin(), phones.cend(),
                           [at](const auto &phone) { return at >= phone.first && at < phone.first + phone.second; });
    };
    // (An extension after a phone number: "2 x 500 mg" is a dose.)
    for (const QRegularExpressionMatch &m : extension.globalMatch(text)) {
        if (inPhoneNumber(m.capturedStart()))
            phones.append({m.capturedStart(), m.capturedLength()});
    }
    for (const auto &[start, length] : std::as_const(phones))
        bindSpaces(start, length);
    // A number and the short word after it: a unit, "h", "a.", "mg/0.8" (and "0.8 mL" after it);
    // after a letter of a script written without spaces too ("服500 mg"), not in a phone number
    // (its extension and the word after it made a run wider than a column).
    static const QRegularExpression numberAndWord(
        uR"((?<!\p{N})(?<![^\p{Han}\P{L}])\p{N}[\p{N}.,:]*( )(?=[\p{L}°µ%‰][^\s]{0,6}(?!\S)))"_s);
    // A sign and its number, "≥ 38.5", "(< 4.0", "+ 4,000"; a number and the sign of a product
    // or a tolerance after it, "1.5 × 10⁹/L".
    static const QRegularExpression signAndNumber(uR"((?<![^\s(\[])[<>≤≥±≈~=×−+]( )(?=\p{N}))"_s);
    static const QRegularExpression numberAndSign(uR"((?<=\p{N})( )(?=[×±] ?\p{N}))"_s);
    // "a. m.", "p. m." (Spanish times).
    static const QRegularExpression meridiem(uR"((?<![\p{L}\p{N}])[ap]\.( )m\.)"_s);
    for (const QRegularExpression *pattern : {&numberAndWord, &signAndNumber, &numberAndSign, &meridiem}) {
        for (const QRegularExpressionMatch &m : pattern->globalMatch(text)) {
            if (!inPhoneNumber(m.capturedStart()))
                out << m.capturedStart(1);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString ProcedureHtml::withLineBindings(const QString &text)
{
    QString out = text;
    for (const qsizetype at : lineBindings(text))
        out[at] = QChar::Nbsp;
    return out;
}

QList<std::pair<qsizetype, qsizetype>> ProcedureHtml::phoneNumbers(const QString &text)
{
    // An optional country code and area code in parentheses, then groups of digits (Western or
    // Arabic-Indic) apart; never starting inside another number or after a bracket that closes
    // something else.
    static const QRegularExpression phone(
        uR"((?<![\d)])(?:\+\d{1,3}[ .\-\x{00A0}]?)?(?:\(\d{1,4}\)[ .\-\x{00A0}]?)?\d{1,5}(?:[ .\-\x{00A0}]\d{2,5})+(?!\d))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    QList<std::pair<qsizetype, qsizetype>> out;
    for (const QRegularExpressionMatch &m : phone.globalMatch(text)) {
        const QStringView run = m.capturedView(0);
        const qsizetype digits = std::count_if(run.cbegin(), run.cend(), [](QChar c) { return c.isDigit(); });
        // Groups apart, or three groups or more joined ("1-800-555-0100"), but not a date
        // ("2024-05-01", "30.11.2026"); two joined may as well be a range ("500-1000", "1000-2500"),
        // which reads right to left as the sentence does, but for two no range has: a second
        // group that starts with a zero, or is no greater than the first ("555-0142", "555-0100").
        static const QRegularExpression date(
            uR"(^(?:\d{4}[.\-]\d{1,2}[.\-]\d{1,2}|\d{1,2}[.\-]\d{1,2}[.\-]\d{2,4})$)"_s,
            QRegularExpression::UseUnicodePropertiesOption);
        const qsizetype joins = std::count_if(run.cbegin(), run.cend(), [](QChar c) { return c == u'-' || c == u'.'; });
        const bool apart = run.contains(u' ') || run.contains(QChar(0x00A0)) || run.contains(u'(');
        const auto noRange = [&run] {
            const QString plain = Digits::plain(run.toString());
            const qsizetype join = std::max(plain.indexOf(u'-'), plain.indexOf(u'.'));
            const QStringView first = QStringView(plain).first(join), second = QStringView(plain).sliced(join + 1);
            return second.startsWith(u'0') || first.toLongLong() >= second.toLongLong();
        };
        if (digits >= 7 && digits <= 15 &&
            (apart || (joins >= 2 && !date.match(run).hasMatch()) || (joins == 1 && noRange())))
            out.append({m.capturedStart(), m.capturedLength()});
    }
    return out;
}

QString ProcedureHtml::numbersLeftToRight(const QString &text)
{
    // Only where the text itself is written right to left: elsewhere a number reads in order, and
    // text copied from the pane or a PDF carries nothing it did not have.
    const auto rightToLeft = [](QChar c) { return c.direction() == QChar::DirR || c.direction() == QChar::DirAL; };
    if (std::none_of(text.cbegin(), text.cend(), rightToLeft))
        return text;
    // A phone number's groups apart, or in parentheses, would be laid out right to left:
    // "0142-555 (217)".
    QString out;
    qsizetype from = 0;
    for (const auto &[start, length] : phoneNumbers(text)) {
        out += QStringView(text).sliced(from, start - from) + inDirection(text.sliced(start, length), Qt::LeftToRight);
        from = start + length;
    }
    return from == 0 ? text : out + QStringView(text).sliced(from);
}

QString ProcedureHtml::inDirection(const QString &text, Qt::LayoutDirection direction)
{
    return QChar(direction == Qt::RightToLeft ? 0x202B : 0x202A) + text + QChar(0x202C);
}

QString ProcedureHtml::breakableRuns(const QString &text)
{
    if (text.size() <= LongestUnbreakable)
        return text;
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    // Between characters as people see them: never inside a surrogate pair, nor between a letter
    // and its accent (a lone accent would print on a dotted circle). Made once, when a run needs
    // it: it reads the whole text.
    std::optional<QTextBoundaryFinder> characters;
    QString out;
    qsizetype from = 0; // of text, copied to out up to here
    qsizetype last = 0; // the last place a line may break
    for (qsizetype next = lines.toNextBoundary(); next != -1; next = lines.toNextBoundary()) {
        if (next - last > LongestUnbreakable) {
            if (!characters)
                characters.emplace(QTextBoundaryFinder::Grapheme, text);
            characters->setPosition(last);
            for (qsizetype at = characters->toNextBoundary(); at != -1 && at < next;
                 at = characters->toNextBoundary()) {
                if (at - std::max(from, last) < BreakEvery)
                    continue;
                out += QStringView(text).sliced(from, at - from) + QChar(0x200B);
                from = at;
            }
        }
        last = next;
    }
    return from == 0 ? text : out + QStringView(text).sliced(from);
}

QString ProcedureHtml::escaped(const QString &text)
{
    return numbersLeftToRight(breakableRuns(shownText(text))).toHtmlEscaped();
}

QString ProcedureHtml::sampleTranslationNote()
{
    return tr("Sample translation, not yet reviewed by a clinician");
}

QString ProcedureHtml::titleHtml(const Procedure &p)
{
    QString html = u"<h1>"_s + esc(p.title) + u"</h1>"_s;
    if (!p.fullName.isEmpty())
        html += u"<p class=\"fullname\">"_s + esc(p.fullName) + u"</p>"_s;
    html += aliasesHtml(p);
    if (p.sampleTranslation)
        html += u"<p class=\"aliases\">"_s + esc(sampleTranslationNote()) + u"</p>"_s;
    return html;
}

QString ProcedureHtml::aliasesHtml(const Procedure &p, bool leftToRight)
{
    QStringList aliases = p.aliases;
    aliases.removeAll(p.title);
    if (aliases.isEmpty())
        return {};
    return u"<p class=\"aliases\"%1>"_s.arg(leftToRight ? u" dir=\"ltr\""_s : QString()) + esc(alsoKnownAs(aliases)) +
           u"</p>"_s;
}

QString ProcedureHtml::alsoKnownAs(const QStringList &aliases)
{
    //: Between two names of a procedure in "Also known as: %1" (Arabic "؛ ", Chinese "；").
    const QString separator = tr("; ");
    return tr("Also known as: %1").arg(aliases.join(separator));
}

QString ProcedureHtml::staffLineHtml(const Procedure &p, bool leftToRight)
{
    return u"<p class=\"staff\"%1>"_s.arg(leftToRight ? u" dir=\"ltr\""_s : QString()) + esc(p.codeLabel()) +
           u" \u00B7 "_s + esc(tr("Official descriptor: %1").arg(p.descriptor)) + u"</p>"_s;
}

QString ProcedureHtml::headerHtml(const Procedure &p)
{
    return titleHtml(p) + staffLineHtml(p) + nameTextHtml(p);
}

QString ProcedureHtml::nameTextHtml(const Procedure &p)
{
    QString html;
    for (const QString &paragraph : p.textUnderName())
        html += u"<p>"_s + esc(paragraph) + u"</p>"_s;
    return html;
}

QString ProcedureHtml::sectionsHtml(const Procedure &p, const QStringList &keys, Place place, bool largePrint,
                                    const QStringList &printed)
{
    QList<const Section *> under;
    for (const QString &key : keys) {
        if (place == Place::Pane) {
            for (const Section &s : p.sections) {
                if (s.key == key)
                    under << &s;
            }
        } else {
            under += printedUnder(p, key, printed.isEmpty() ? keys : printed);
        }
    }
    return sectionListHtml(p, under, place, largePrint);
}

QString ProcedureHtml::sectionListHtml(const Procedure &p, const QList<const Section *> &sections, Place place,
                                       bool largePrint)
{
    const Languages::Language *language = Languages::find(p.language);
    const bool rightToLeft = place != Place::Pane && language && language->rightToLeft;
    // A line of print, in characters: 40 of large print (16 pt), 58 of 11 pt; half that in a
    // column of a bilingual page.
    constexpr qsizetype LineOfLargePrint = 40;
    const qsizetype full = largePrint ? LineOfLargePrint : LineOfLargePrint * 16 / 11;
    const qsizetype line = place == Place::PageColumn ? full / 2 : full;
    QString html;
    for (const Section *s : sections) {
        html += u"<h2>"_s + esc(displayHeading(*s)) + u"</h2>"_s;
        if (s->blocks.isEmpty())
            html += u"<p class=\"none\">"_s + esc(tr("None listed in the source document.")) + u"</p>"_s;
        else
            html += blocksHtml(s->blocks, rightToLeft, line);
    }
    return html;
}

QList<const Section *> ProcedureHtml::printedUnder(const Procedure &p, const QString &key, const QStringList &printed)
{
    const QString other = u"other"_s;
    QList<const Section *> under;
    const auto prints = [&](const QString &k) {
        return k != other && printed.contains(k) && !SectionKeys::isStaffKey(k);
    };
    // Before every known section, one under a heading goes with the first section printed, at the
    // top, as the text under the name does ("Important Safety Information"); text without one
    // (a note above the descriptor, words after the code line) waits for Other.
    const auto first = std::find_if(printed.cbegin(), printed.cend(), prints);
    const QString top = first == printed.cend() ? QString() : *first;
    bool leading = true;
    QString host;
    QList<const Section *> byStage; // after the stage's own sections
    for (const Section &s : p.sections) {
        if (s.key != other) {
            leading = false;
            host = prints(s.key) ? s.key : QString();
            if (s.key == key)
                under << &s;
        } else if (const QString stage = p.printKey(s); stage != other) {
            if (stage == key)
                byStage << &s;
        } else if (const QString with = !leading              ? host
                                        : s.heading.isEmpty() ? QString()
                                                              : top;
                   (with.isEmpty() ? other : with) == key) {
            under << &s;
        }
    }
    return under + byStage;
}

QString ProcedureHtml::tabHtml(const Procedure &p, const SectionKeys::Tab &tab)
{
    QString html;
    if (tab.id == u"overview"_s)
        html += headerHtml(p);
    html += sectionsHtml(p, tab.keys);
    return html;
}

QStringList ProcedureHtml::printOrder()
{
    QStringList keys;
    for (const SectionKeys::Tab &tab : SectionKeys::detailTabs())
        keys += tab.keys;
    return keys;
}

QString ProcedureHtml::plainText(const Procedure &p)
{
    QStringList out;
    out << p.title;
    if (!p.fullName.isEmpty())
        out << p.fullName;
    if (!p.aliases.isEmpty())
        out << alsoKnownAs(p.aliases);
    if (p.sampleTranslation)
        out << sampleTranslationNote();
    out << p.codeLabel() << p.descriptor;
    for (const QString &paragraph : p.textUnderName())
        out << QString() << paragraph;
    for (const QString &key : printOrder()) {
        for (const Section &s : p.sections) {
            if (s.key != key)
                continue;
            out << QString() << displayHeading(s).toUpper();
            for (const Block &b : s.blocks) {
                switch (b.type) {
                case BlockType::Paragraph:
                    out << b.text;
                    break;
                case BlockType::Subheading:
                    out << QString() << b.text;
                    break;
                case BlockType::Bullets:
                case BlockType::Steps:
                    for (qsizetype i = 0; i < b.items.size(); ++i)
                        out << QString(2 + 4 * b.level, u' ') + itemMark(b, i) + u' ' + b.items.at(i);
                    break;
                case BlockType::Table:
                    out << tableText(b);
                    break;
                }
            }
        }
    }
    return out.join(u'\n') + u'\n';
}

} // namespace Careleaf
