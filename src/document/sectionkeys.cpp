#include "sectionkeys.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Careleaf::SectionKeys {

namespace {

QString normalise(const QString &line)
{
    QString s = line.simplified();
    if (s.endsWith(u':'))
        s.chop(1);
    return s.trimmed().toCaseFolded();
}

const QHash<QString, HeadingMatch> &headingTable()
{
    static const QHash<QString, HeadingMatch> table = [] {
        QHash<QString, HeadingMatch> t;
        auto section = [&t](std::initializer_list<const char16_t *> names, const QString &key) {
            for (const char16_t *n : names)
                t.insert(QString::fromUtf16(n), {HeadingKind::Section, key});
        };
        for (const char16_t *n : {u"name of the procedure", u"procedure name", u"name of procedure"})
            t.insert(QString::fromUtf16(n), {HeadingKind::Name, {}});
        for (const char16_t *n : {u"pros and cons", u"related policies from health plans"})
            t.insert(QString::fromUtf16(n), {HeadingKind::Subheading, {}});
        section({u"summary", u"overview"}, u"summary"_s);
        section({u"purpose"}, u"purpose"_s);
        section({u"indications"}, u"indications"_s);
        section({u"preparation"}, u"preparation"_s);
        section({u"procedure description", u"description of the procedure", u"procedure"}, u"procedure"_s);
        section({u"tools and equipment", u"equipment"}, u"equipment"_s);
        section({u"anesthesia", u"anaesthesia", u"anesthesia and sedation"}, u"anesthesia"_s);
        section({u"duration"}, u"duration"_s);
        section({u"setting"}, u"setting"_s);
        section({u"personnel"}, u"personnel"_s);
        section({u"risks and complications", u"risks", u"complications"}, u"risks"_s);
        section({u"benefits"}, u"benefits"_s);
        section({u"recovery"}, u"recovery"_s);
        section({u"alternatives"}, u"alternatives"_s);
        section({u"patient experience"}, u"experience"_s);
        section({u"medical policies and guidelines"}, u"policies"_s);
        section({u"similar codes"}, u"similar_codes"_s);
        return t;
    }();
    return table;
}

} // namespace

HeadingMatch matchHeading(const QString &line)
{
    const QString n = normalise(line);
    if (n.isEmpty())
        return {};
    if (const auto it = headingTable().constFind(n); it != headingTable().cend())
        return *it;
    // The policies heading carries the descriptor after "for".
    if (n.startsWith(u"medical policies and guidelines for "_s))
        return {HeadingKind::Section, u"policies"_s};
    return {};
}

const QStringList &canonicalKeys()
{
    static const QStringList keys{
        u"summary"_s,    u"purpose"_s,      u"indications"_s, u"preparation"_s, u"procedure"_s,     u"equipment"_s,
        u"anesthesia"_s, u"duration"_s,     u"setting"_s,     u"personnel"_s,   u"risks"_s,         u"benefits"_s,
        u"recovery"_s,   u"alternatives"_s, u"experience"_s,  u"policies"_s,    u"similar_codes"_s, u"other"_s,
    };
    return keys;
}

bool isAboutKey(const QString &key)
{
    return key == u"summary"_s || key == u"purpose"_s || key == u"indications"_s;
}

bool isCanonicalKey(const QString &key)
{
    return canonicalKeys().contains(key);
}

QString displayName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {u"summary"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Summary")},
        {u"purpose"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Purpose")},
        {u"indications"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Indications")},
        {u"preparation"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Preparation")},
        {u"procedure"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Procedure description")},
        {u"equipment"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Tools and equipment")},
        {u"anesthesia"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Anesthesia")},
        {u"duration"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Duration")},
        {u"setting"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Setting")},
        {u"personnel"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Personnel")},
        {u"risks"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Risks and complications")},
        {u"benefits"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Benefits")},
        {u"recovery"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Recovery")},
        {u"alternatives"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Alternatives")},
        {u"experience"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Patient experience")},
        {u"policies"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Health-plan policies")},
        {u"similar_codes"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Similar codes")},
        {u"other"_s, QT_TRANSLATE_NOOP("Careleaf::SectionKeys", "Other")},
    };
    const auto it = names.constFind(key);
    return it == names.cend() ? key : QCoreApplication::translate("Careleaf::SectionKeys", *it);
}

QList<Tab> detailTabs()
{
    auto tr = [](const char *s) { return QCoreApplication::translate("Careleaf::SectionKeys", s); };
    return {
        {u"overview"_s, tr("Overview"), {u"summary"_s, u"duration"_s, u"setting"_s, u"personnel"_s}},
        {u"purpose"_s, tr("Purpose"), {u"purpose"_s, u"indications"_s, u"benefits"_s}},
        {u"preparation"_s, tr("Preparation"), {u"preparation"_s}},
        {u"procedure"_s, tr("Procedure"), {u"procedure"_s, u"equipment"_s, u"anesthesia"_s, u"experience"_s}},
        {u"risks"_s, tr("Risks"), {u"risks"_s}},
        {u"recovery"_s, tr("Recovery"), {u"recovery"_s}},
        {u"alternatives"_s, tr("Alternatives"), {u"alternatives"_s}},
        {u"policies"_s, tr("Codes"), {u"policies"_s, u"similar_codes"_s}},
        {u"other"_s, tr("Other"), {u"other"_s}},
    };
}

} // namespace Careleaf::SectionKeys
