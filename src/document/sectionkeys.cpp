#include "sectionkeys.h"

#include "languages.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf::SectionKeys {

namespace {

// Every heading of every language's table, with the languages that use it. A heading two
// languages give different meanings keeps the first language's (English first).
const QHash<QString, HeadingMatch> &headingTable()
{
    static const QHash<QString, HeadingMatch> table = [] {
        QHash<QString, HeadingMatch> t;
        for (const Languages::Language &language : Languages::all()) {
            const auto add = [&](const QString &heading, HeadingKind kind, const QString &key, bool stage = false) {
                HeadingMatch &m = t[heading];
                if (m.kind == HeadingKind::None) {
                    m.kind = kind;
                    m.key = key;
                    m.stage = stage;
                }
                if (m.kind == kind && m.key == key && m.stage == stage && !m.languages.contains(language.code))
                    m.languages << language.code;
            };
            for (const QString &h : language.nameHeadings)
                add(h, HeadingKind::Name, {});
            for (const QString &h : language.subheadings)
                add(h, HeadingKind::Subheading, {});
            for (auto it = language.sections.cbegin(); it != language.sections.cend(); ++it)
                add(it.key(), HeadingKind::Section, it.value());
            for (auto it = language.stages.cbegin(); it != language.stages.cend(); ++it)
                add(it.key(), HeadingKind::Section, it.value(), true);
        }
        return t;
    }();
    return table;
}

} // namespace

HeadingMatch matchHeading(const QString &line, const QStringList &languages)
{
    const QString n = Languages::normalisedHeading(line);
    if (n.isEmpty())
        return {};
    const auto ofLanguages = [&languages](const QStringList &codes) {
        return languages.isEmpty() || std::any_of(codes.cbegin(), codes.cend(),
                                                  [&languages](const QString &c) { return languages.contains(c); });
    };
    if (const auto it = headingTable().constFind(n); it != headingTable().cend())
        return ofLanguages(it->languages) ? *it : HeadingMatch{};
    // A policies heading may go on with the descriptor ("... for <descriptor>").
    for (const Languages::Language &language : Languages::all()) {
        if (!languages.isEmpty() && !languages.contains(language.code))
            continue;
        for (const QString &start : language.policiesFor) {
            // The prefix, then a space or a colon: "... for <descriptor>", "...：<descriptor>".
            if (n.size() > start.size() && n.startsWith(start) && QStringView(u" :\uFF1A").contains(n.at(start.size())))
                return {HeadingKind::Section, u"policies"_s, {language.code}};
        }
    }
    return {};
}

HeadingMatch builtChineseHeading(const QString &line, const QStringList &languages)
{
    const QStringList chinese{u"zh-Hans"_s, u"zh-Hant"_s};
    if (!languages.isEmpty() && !languages.contains(chinese.at(0)) && !languages.contains(chinese.at(1)))
        return {};
    const QString n = Languages::normalisedHeading(line); // in Simplified characters
    constexpr qsizetype LongestHeading = 12;
    if (n.size() < 3 || n.size() > LongestHeading ||
        !std::all_of(n.cbegin(), n.cend(), [](QChar c) { return c.script() == QChar::Script_Han; }))
        return {};
    static const QStringList qualifiers{u"可能的"_s, u"可能出现的"_s, u"可能"_s, u"常见的"_s,
                                        u"常见"_s,   u"主要的"_s,     u"主要"_s};
    for (const QString &qualifier : qualifiers) {
        if (n.size() <= qualifier.size() + 1 || !n.startsWith(qualifier))
            continue;
        if (const auto it = headingTable().constFind(n.mid(qualifier.size()));
            it != headingTable().cend() && it->kind == HeadingKind::Section && !it->stage)
            return {HeadingKind::Section, it->key, chinese, false};
    }
    // Before or after a thing done, and what a patient does then: not a time alone ("早饭前",
    // before breakfast, "五分钟后"), nor during (家中护理 is care at home). Before leaving hospital
    // is after the procedure.
    static const QRegularExpression stage(uR"(^(\p{Han}{1,4}?)(前|后)(的)?(注意事项|须知|准备|护理|照护)$)"_s);
    if (const auto m = stage.match(n); m.hasMatch()) {
        static const QStringList leaving{u"出院"_s, u"离院"_s, u"回家"_s};
        const bool before = m.captured(2) == u"前"_s && !leaving.contains(m.captured(1));
        return {HeadingKind::Section, before ? u"preparation"_s : u"recovery"_s, chinese, false};
    }
    return {};
}

namespace {

// Whether a phrase ending at end stands before a clock time ("No Food After 6 pm", "after 10:30",
// "antes de las 8"): a time of day, not a part of the visit ("After 2 Weeks" is one).
bool beforeATime(const QString &n, qsizetype end)
{
    static const QRegularExpression time(
        uR"(\s+(?:(?:de\s+)?las?\s+\d|\d{1,2}(?:[:.h]\d\d)?\s*(?:a\.?\s?m\b|p\.?\s?m\b|o'clock|h\b)|\d{1,2}[:h]\d\d))"_s);
    return time.match(n, end, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
        .hasMatch();
}

// The stage a table's "when" words find in a normalised heading, "other" for none or two.
QString stageIn(const QString &n, const QList<std::pair<QString, QString>> &words)
{
    // A phrase is found as whole words (anywhere in Chinese, written without spaces), and not
    // inside a longer one found before it.
    QList<bool> taken(n.size(), false);
    QString stage;
    for (const auto &[phrase, key] : words) {
        const bool han = phrase.front().script() == QChar::Script_Han;
        for (qsizetype at = n.indexOf(phrase); at >= 0; at = n.indexOf(phrase, at + 1)) {
            const qsizetype end = at + phrase.size();
            if (!han &&
                ((at > 0 && n.at(at - 1).isLetterOrNumber()) || (end < n.size() && n.at(end).isLetterOrNumber())))
                continue;
            if (std::any_of(taken.cbegin() + at, taken.cbegin() + end, [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            if (key == u"other"_s || beforeATime(n, end))
                continue;
            if (!stage.isEmpty() && stage != key)
                return u"other"_s;
            stage = key;
        }
    }
    return stage.isEmpty() ? u"other"_s : stage;
}

} // namespace

QString stageOfHeading(const QString &heading, const QString &language)
{
    const QString n = Languages::normalisedHeading(heading);
    if (const Languages::Language *own = Languages::find(language)) {
        const QString stage = stageIn(n, own->stageWords);
        return stage == u"other"_s ? QString() : stage;
    }
    QString stage;
    for (const Languages::Language &l : Languages::all()) {
        const QString found = stageIn(n, l.stageWords);
        if (found == u"other"_s)
            continue;
        if (!stage.isEmpty() && stage != found)
            return {};
        stage = found;
    }
    return stage;
}

const QStringList &stageWordKeys()
{
    static const QStringList keys{u"preparation"_s, u"procedure"_s, u"recovery"_s, u"other"_s};
    return keys;
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

bool isStaffKey(const QString &key)
{
    return key == u"personnel"_s || key == u"policies"_s || key == u"similar_codes"_s;
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
    // A tab's title is a word or two (its own translation, "tab": the sections' names are for
    // patients, "Para qué sirve", and eight of them side by side did not fit a 1024-pixel screen).
    auto tr = [](const char *s, const char *disambiguation) {
        return QCoreApplication::translate("Careleaf::SectionKeys", s, disambiguation);
    };
    return {
        {u"overview"_s, tr("Overview", "tab"), {u"summary"_s, u"duration"_s, u"setting"_s, u"personnel"_s}},
        {u"purpose"_s, tr("Purpose", "tab"), {u"purpose"_s, u"indications"_s, u"benefits"_s}},
        {u"preparation"_s, tr("Preparation", "tab"), {u"preparation"_s}},
        {u"procedure"_s, tr("Procedure", "tab"), {u"procedure"_s, u"equipment"_s, u"anesthesia"_s, u"experience"_s}},
        {u"risks"_s, tr("Risks", "tab"), {u"risks"_s}},
        {u"recovery"_s, tr("Recovery", "tab"), {u"recovery"_s}},
        {u"alternatives"_s, tr("Alternatives", "tab"), {u"alternatives"_s}},
        {u"policies"_s, tr("Codes", "tab"), {u"policies"_s, u"similar_codes"_s}},
        {u"other"_s, tr("Other", "tab"), {u"other"_s}},
    };
}

} // namespace Careleaf::SectionKeys
