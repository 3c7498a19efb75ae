#include "procedure.h"

#include "sectionkeys.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// The plain text of the sections keep() accepts, in source order, separated by separator.
template<typename Keep>
QString joinedText(const QList<Section> &sections, const QString &separator, Keep keep)
{
    QStringList parts;
    for (const Section &s : sections) {
        if (keep(s))
            parts << s.plainText();
    }
    return parts.join(separator);
}

} // namespace

QString Section::plainText() const
{
    QStringList parts;
    for (const Block &block : blocks) {
        switch (block.type) {
        case BlockType::Paragraph:
        case BlockType::Subheading:
            parts << block.text;
            break;
        case BlockType::Bullets:
        case BlockType::Steps:
            parts << block.items.join(u'\n');
            break;
        case BlockType::Table:
            for (const QStringList &row : block.rows)
                parts << row.join(u" | "_s);
            break;
        }
    }
    return parts.join(u'\n');
}

QString Procedure::identityInAnyLanguage() const
{
    if (!code.isEmpty())
        return codeSystem.toUpper() + u'|' + code.toUpper();
    return codeSystem.toUpper() + u"|#"_s + descriptor;
}

QString Procedure::identity() const
{
    // English keeps the identity it had before documents had a language.
    return language == DefaultLanguage ? identityInAnyLanguage() : identityInAnyLanguage() + u"|@"_s + language;
}

const Section *Procedure::section(const QString &key) const
{
    for (const Section &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

QString Procedure::printKey(const Section &s) const
{
    if (s.key != u"other"_s)
        return s.key;
    const QString stage = SectionKeys::stageOfHeading(s.heading, language);
    return stage.isEmpty() ? s.key : stage;
}

const Procedure *Procedure::versionIn(const QList<Procedure> &versions, const QString &language)
{
    const auto it = std::find_if(versions.cbegin(), versions.cend(),
                                 [&language](const Procedure &p) { return p.language == language; });
    return it != versions.cend() ? &*it : nullptr;
}

QString Procedure::codeLabel() const
{
    const QString system =
        codeSystem.isEmpty() ? QCoreApplication::translate("Careleaf::Procedure", "Code") : codeSystem;
    if (code.isEmpty())
        return QCoreApplication::translate("Careleaf::Procedure", "%1 (code not given)").arg(system);
    return system + u' ' + code;
}

QString Procedure::bodyText(bool includeReferenceSections) const
{
    return joinedText(sections, u"\n"_s, [includeReferenceSections](const Section &s) {
        return includeReferenceSections || (s.key != u"policies"_s && s.key != u"similar_codes"_s);
    });
}

QStringList Procedure::textUnderName() const
{
    QStringList paragraphs = layName.split(u'\n', Qt::SkipEmptyParts);
    if (!paragraphs.isEmpty())
        paragraphs.removeFirst(); // the name: the title, with the full name beneath when it is cut
    return paragraphs;
}

QString Procedure::sectionText(Part part) const
{
    return joinedText(sections, SectionSeparator,
                      [part](const Section &s) { return SectionKeys::isAboutKey(s.key) == (part == Part::About); });
}

} // namespace Careleaf
