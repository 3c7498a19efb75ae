#include "procedurejson.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    }
    return u"paragraph"_s;
}

namespace {

std::optional<BlockType> blockTypeFromName(const QString &name)
{
    for (BlockType t : {BlockType::Paragraph, BlockType::Bullets, BlockType::Steps, BlockType::Subheading}) {
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
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            // Control characters must be escaped; U+FEFF too, because QJsonDocument drops it
            // unescaped anywhere in a string, and a source's character must never be lost.
            if (c.unicode() < 0x20 || c.unicode() == 0xFEFF)
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

void appendStringArray(QString &out, const QStringList &list)
{
    out += u'[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += u',';
        appendString(out, list.at(i));
    }
    out += u']';
}

void appendKey(QString &out, QStringView key)
{
    out += u'"';
    out += key;
    out += u"\":"_s;
}

} // namespace

QByteArray contentJson(const Procedure &p)
{
    QString out;
    out.reserve(8192);
    out += u'{';
    appendKey(out, u"codeSystem");
    appendString(out, p.codeSystem);
    out += u',';
    appendKey(out, u"code");
    appendString(out, p.code);
    out += u',';
    appendKey(out, u"descriptor");
    appendString(out, p.descriptor);
    out += u',';
    appendKey(out, u"layName");
    appendString(out, p.layName);
    out += u',';
    appendKey(out, u"title");
    appendString(out, p.title);
    out += u',';
    appendKey(out, u"fullName");
    appendString(out, p.fullName);
    out += u',';
    appendKey(out, u"aliases");
    appendStringArray(out, p.aliases);
    out += u',';
    appendKey(out, u"sections");
    out += u'[';
    for (qsizetype i = 0; i < p.sections.size(); ++i) {
        const Section &s = p.sections.at(i);
        out += i > 0 ? u",{"_s : u"{"_s;
        appendKey(out, u"key");
        appendString(out, s.key);
        out += u',';
        appendKey(out, u"heading");
        appendString(out, s.heading);
        out += u',';
        appendKey(out, u"blocks");
        out += u'[';
        for (qsizetype j = 0; j < s.blocks.size(); ++j) {
            const Block &b = s.blocks.at(j);
            out += j > 0 ? u",{"_s : u"{"_s;
            appendKey(out, u"type");
            appendString(out, blockTypeName(b.type));
            out += u',';
            if (b.type == BlockType::Paragraph || b.type == BlockType::Subheading) {
                appendKey(out, u"text");
                appendString(out, b.text);
            } else {
                appendKey(out, u"items");
                appendStringArray(out, b.items);
            }
            if (b.type == BlockType::Steps) {
                out += u',';
                appendKey(out, u"start");
                out += QString::number(b.start);
            }
            out += u'}';
        }
        out += u"]}"_s;
    }
    out += u"],"_s;
    appendKey(out, u"policies");
    out += u'[';
    for (qsizetype i = 0; i < p.policies.size(); ++i) {
        const Policy &pol = p.policies.at(i);
        out += i > 0 ? u",{"_s : u"{"_s;
        appendKey(out, u"group");
        appendString(out, pol.group);
        out += u',';
        appendKey(out, u"id");
        appendString(out, pol.id);
        out += u',';
        appendKey(out, u"title");
        appendString(out, pol.title);
        out += u'}';
    }
    out += u"],"_s;
    appendKey(out, u"similarCodes");
    out += u'[';
    for (qsizetype i = 0; i < p.similarCodes.size(); ++i) {
        const SimilarCode &c = p.similarCodes.at(i);
        out += i > 0 ? u",{"_s : u"{"_s;
        appendKey(out, u"code");
        appendString(out, c.code);
        out += u',';
        appendKey(out, u"descriptor");
        appendString(out, c.descriptor);
        out += u'}';
    }
    out += u"],"_s;
    appendKey(out, u"readingGrade");
    out += QString::number(qRound(p.readingGrade * 10) / 10.0);
    out += u'}';
    return out.toUtf8();
}

} // namespace Careleaf::ProcedureJson
