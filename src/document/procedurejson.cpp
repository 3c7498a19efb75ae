#include "procedurejson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf::ProcedureJson {

QString blockTypeName(BlockType t)
{
    switch (t) {
    case BlockType::Paragraph:
        return u"paragraph"_s;
    case BlockType::Bullets:
        return u"bullets"_s;
    case BlockType::Steps:
        return u"steps"_s;
    case BlockType::Subheading:
        return u"subheading"_s;
    case BlockType::Table:
        return u"table"_s;
    }
    return u"paragraph"_s;
}

namespace {

std::optional<BlockType> blockTypeFromName(const QString &name)
{
    for (BlockType t :
         {BlockType::Paragraph, BlockType::Bullets, BlockType::Steps, BlockType::Subheading, BlockType::Table}) {
        if (blockTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

QString isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject toJson(const Procedure &p)
{
    // One writer for the fields: the stored content (contentJson) read back, with what is not
    // content added: each section's plain text, the source, the id and the dates.
    QJsonObject o = QJsonDocument::fromJson(contentJson(p)).object();
    QJsonArray sections = o.value(u"sections"_s).toArray();
    for (qsizetype i = 0; i < sections.size() && i < p.sections.size(); ++i) {
        QJsonObject section = sections.at(i).toObject();
        section.insert(u"text"_s, p.sections.at(i).plainText());
        sections.replace(i, section);
    }
    o.insert(u"sections"_s, sections);
    o.insert(u"language"_s, p.language);
    o.insert(u"source"_s, QJsonObject{{u"file"_s, p.source.file}, {u"sha256"_s, p.source.sha256}});
    if (p.id > 0)
        o.insert(u"id"_s, p.id);
    if (p.importedAt.isValid())
        o.insert(u"importedAt"_s, isoDate(p.importedAt));
    if (p.updatedAt.isValid())
        o.insert(u"updatedAt"_s, isoDate(p.updatedAt));
    return o;
}

std::optional<Procedure> fromJson(const QJsonObject &o)
{
    if (!o.value(u"sections"_s).isArray() || !o.value(u"descriptor"_s).isString())
        return std::nullopt;
    Procedure p;
    p.id = o.value(u"id"_s).toInteger();
    p.codeSystem = o.value(u"codeSystem"_s).toString();
    p.code = o.value(u"code"_s).toString();
    p.descriptor = o.value(u"descriptor"_s).toString();
    p.layName = o.value(u"layName"_s).toString();
    p.title = o.value(u"title"_s).toString();
    p.fullName = o.value(u"fullName"_s).toString();
    p.aliases = toStringList(o.value(u"aliases"_s));
    p.language = o.value(u"language"_s).toString(Procedure::DefaultLanguage);
    p.sampleTranslation = o.value(u"sampleTranslation"_s).toBool();
    for (const QJsonValue &sv : o.value(u"sections"_s).toArray()) {
        const QJsonObject so = sv.toObject();
        Section s{so.value(u"key"_s).toString(), so.value(u"heading"_s).toString(), {}};
        for (const QJsonValue &bv : so.value(u"blocks"_s).toArray()) {
            const QJsonObject bo = bv.toObject();
            const auto type = blockTypeFromName(bo.value(u"type"_s).toString());
            if (!type)
                return std::nullopt;
            Block b;
            b.type = *type;
            b.text = bo.value(u"text"_s).toString();
            b.items = toStringList(bo.value(u"items"_s));
            b.start = bo.value(u"start"_s).toInt(1);
            b.level = b.isList() ? std::clamp(bo.value(u"level"_s).toInt(0), 0, Block::DeepestLevel) : 0;
            if (const QString numbering = bo.value(u"numbering"_s).toString();
                b.type == BlockType::Steps && numbering.size() == 1 && u"aAiI"_s.contains(numbering))
                b.numbering = numbering.front().unicode();
            if (b.type == BlockType::Table) {
                for (const QJsonValue &row : bo.value(u"rows"_s).toArray())
                    b.rows << toStringList(row);
                b.headerRows = std::clamp(bo.value(u"headerRows"_s).toInt(0), 0, int(b.rows.size()));
            }
            s.blocks.append(b);
        }
        p.sections.append(s);
    }
    for (const QJsonValue &v : o.value(u"policies"_s).toArray()) {
        const QJsonObject po = v.toObject();
        p.policies.append(
            Policy{po.value(u"group"_s).toString(), po.value(u"id"_s).toString(), po.value(u"title"_s).toString()});
    }
    for (const QJsonValue &v : o.value(u"similarCodes"_s).toArray()) {
        const QJsonObject co = v.toObject();
        p.similarCodes.append(SimilarCode{co.value(u"code"_s).toString(), co.value(u"descriptor"_s).toString()});
    }
    p.readingGrade = o.value(u"readingGrade"_s).toDouble();
    const QJsonObject src = o.value(u"source"_s).toObject();
    p.source = SourceInfo{src.value(u"file"_s).toString(), src.value(u"sha256"_s).toString()};
    p.importedAt = QDateTime::fromString(o.value(u"importedAt"_s).toString(), Qt::ISODate);
    p.updatedAt = QDateTime::fromString(o.value(u"updatedAt"_s).toString(), Qt::ISODate);
    return p;
}

namespace {

void appendString(QString &out, const QString &s)
{
    out += u'"';
    static constexpr QStringView escaped = u"\"\\\n\r\t";
    static constexpr QStringView written = u"\"\\nrt";
    for (QChar c : s) {
        if (c.unicode() > u'\\' && c.unicode() != 0xFEFF) { // nearly every character: as it is
            out += c;
        } else if (const qsizetype i = escaped.indexOf(c); i >= 0) {
            out += u'\\';
            out += written.at(i);
        } else if (c.unicode() < 0x20 || c.unicode() == 0xFEFF) {
            // Other control characters must be escaped; U+FEFF too, because QJsonDocument drops
            // it unescaped anywhere in a string, and a source's character must never be lost.
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
}

// A JSON array of list's elements, each written by append(out, element).
template<typename List, typename Append>
void appendArray(QString &out, const List &list, Append append)
{
    out += u'[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += u',';
        append(out, list.at(i));
    }
    out += u']';
}

void appendStringArray(QString &out, const QStringList &list)
{
    appendArray(out, list, appendString);
}

// One JSON object's members, in the order they are written, with a comma between each two: the
// stored content's canonical bytes (see contentJson) come from this alone.
class ObjectWriter
{
public:
    explicit ObjectWriter(QString &out)
        : m_out(out)
    {
        m_out += u'{';
    }
    ~ObjectWriter() { m_out += u'}'; }
    Q_DISABLE_COPY_MOVE(ObjectWriter)

    ObjectWriter &string(QStringView key, const QString &value)
    {
        member(key);
        appendString(m_out, value);
        return *this;
    }
    ObjectWriter &strings(QStringView key, const QStringList &values)
    {
        member(key);
        appendStringArray(m_out, values);
        return *this;
    }
    ObjectWriter &stringArrays(QStringView key, const QList<QStringList> &values)
    {
        member(key);
        appendArray(m_out, values, appendStringArray);
        return *this;
    }
    ObjectWriter &boolean(QStringView key, bool value)
    {
        member(key);
        m_out += value ? u"true"_s : u"false"_s;
        return *this;
    }
    ObjectWriter &number(QStringView key, int value)
    {
        member(key);
        m_out += QString::number(value);
        return *this;
    }
    ObjectWriter &number(QStringView key, double value)
    {
        member(key);
        m_out += QString::number(value);
        return *this;
    }
    // An array of objects, each written by write(ObjectWriter &, const element &).
    template<typename List, typename Write>
    ObjectWriter &objects(QStringView key, const List &list, Write write)
    {
        member(key);
        appendArray(m_out, list, [&write](QString &out, const auto &element) {
            ObjectWriter object(out);
            write(object, element);
        });
        return *this;
    }

private:
    void member(QStringView key)
    {
        if (m_members++ > 0)
            m_out += u',';
        m_out += u'"';
        m_out += key;
        m_out += u"\":"_s;
    }

    QString &m_out;
    int m_members = 0;
};

} // namespace

QByteArray contentJson(const Procedure &p)
{
    QString out;
    out.reserve(8192);
    {
        ObjectWriter o(out);
        o.string(u"codeSystem", p.codeSystem)
            .string(u"code", p.code)
            .string(u"descriptor", p.descriptor)
            .string(u"layName", p.layName)
            .string(u"title", p.title)
            .string(u"fullName", p.fullName)
            .strings(u"aliases", p.aliases);
        // English, the language of every document before there were others, is left unsaid: its
        // content (and checksum) stays as it was.
        if (p.language != Procedure::DefaultLanguage)
            o.string(u"language", p.language);
        if (p.sampleTranslation)
            o.boolean(u"sampleTranslation", true);
        o.objects(u"sections", p.sections, [](ObjectWriter &section, const Section &s) {
            section.string(u"key", s.key).string(u"heading", s.heading);
            section.objects(u"blocks", s.blocks, [](ObjectWriter &block, const Block &b) {
                block.string(u"type", blockTypeName(b.type));
                if (b.type == BlockType::Paragraph || b.type == BlockType::Subheading)
                    block.string(u"text", b.text);
                else if (b.type == BlockType::Table)
                    block.stringArrays(u"rows", b.rows);
                else
                    block.strings(u"items", b.items);
                if (b.headerRows > 0)
                    block.number(u"headerRows", b.headerRows);
                if (b.type == BlockType::Steps)
                    block.number(u"start", b.start);
                // Left unsaid where a list is no sub-list, so every other content stays as it was.
                if (b.numbering != u'1')
                    block.string(u"numbering", QString(QChar(b.numbering)));
                if (b.level > 0)
                    block.number(u"level", b.level);
            });
        });
        o.objects(u"policies", p.policies, [](ObjectWriter &policy, const Policy &pol) {
            policy.string(u"group", pol.group).string(u"id", pol.id).string(u"title", pol.title);
        });
        o.objects(u"similarCodes", p.similarCodes, [](ObjectWriter &similar, const SimilarCode &c) {
            similar.string(u"code", c.code).string(u"descriptor", c.descriptor);
        });
        o.number(u"readingGrade", qRound(p.readingGrade * 10) / 10.0);
    }
    return out.toUtf8();
}

} // namespace Careleaf::ProcedureJson
