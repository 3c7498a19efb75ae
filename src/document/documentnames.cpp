// The names a document gives a procedure, made into the name for people: the title (the plain
// name, or the name it is commonly known as when the plain name only restates the billing
// descriptor), a short form of a long name, the aliases, and the values derived from content.
#include "documentparser.h"
#include "languages.h"
#include "readability.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

enum class Spacing
{
    Spaced,   // words written between spaces
    Unspaced, // words of a script written without spaces (Chinese "或"), which join what is around them
    Any,
};

// Words of the tables of languages (BCP 47 codes) in fields, as one alternation.
QString anyOf(const QStringList &languages, std::initializer_list<QStringList Languages::Language::*> fields,
              Spacing spacing = Spacing::Spaced)
{
    QStringList words;
    for (const Languages::Language &language : Languages::all()) {
        if (!languages.contains(language.code))
            continue;
        for (const auto field : fields) {
            for (const QString &w : language.*field) {
                const bool han =
                    std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
                if (spacing == Spacing::Any || han == (spacing == Spacing::Unspaced))
                    words << w.simplified();
            }
        }
    }
    return Languages::wordsPattern(words);
}

// The patterns of a name and its aliases in a language (and English, whose words a translation
// may keep): built once per language and thread.
struct NamePatterns
{
    QRegularExpression inParens, trailing, separators, article;
};

const NamePatterns &namePatterns(const QString &language)
{
    thread_local QHash<QString, NamePatterns> built;
    if (const auto it = built.constFind(language); it != built.cend())
        return *it;
    using L = Languages::Language;
    const QStringList in{language, Procedure::DefaultLanguage};
    constexpr auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    NamePatterns p;
    p.inParens = QRegularExpression(u"^(.*?)\\s*[(\\x{FF08}]\\s*"_s +
                                        anyOf(in, {&L::aliasMarkers, &L::aliasMarkersAfter}, Spacing::Any) +
                                        uR"(\s*(.+?)\s*[)\x{FF09}]\s*[.\x{3002}]?\s*$)"_s,
                                    options);
    p.trailing = QRegularExpression(
        u"^(.*?)[.;,\\x{FF0C}]?\\s+"_s + anyOf(in, {&L::aliasMarkersAfter}) + uR"(\s+(.+?)\s*$)"_s, options);
    p.separators = QRegularExpression(u"\\s*[,\\x{FF0C}\\x{3001}]\\s*(?:"_s + anyOf(in, {&L::orWords}) +
                                          u"\\s+)?|\\s+"_s + anyOf(in, {&L::orWords}) + u"\\s+|\\s*"_s +
                                          anyOf(in, {&L::orWords}, Spacing::Unspaced) + u"\\s*"_s,
                                      options);
    p.article = QRegularExpression(u'^' + anyOf(in, {&L::articles}) + uR"(\s+(?=\S))"_s, options);
    return *built.insert(language, p);
}

} // namespace

void DocumentParser::splitLayName(const QString &layName, QString *title, QStringList *aliases, const QString &language)
{
    // "IV Drip (commonly referred to as Fluid Infusion)", "Goteo IV (comúnmente llamado ...)",
    // "静脉输液（通常称为输液）"; and without parentheses, "IV Drip, also known as Fluid Infusion".
    // The words come from the language's table and English's (languages.h).
    const NamePatterns &patterns = namePatterns(language);
    aliases->clear();
    const QString name = layName.simplified();
    QRegularExpressionMatch m = patterns.inParens.match(name);
    if (!m.hasMatch())
        m = patterns.trailing.match(name);
    if (!m.hasMatch() || m.captured(1).trimmed().isEmpty()) {
        *title = name;
        return;
    }
    QString t = m.captured(1).trimmed();
    while (t.endsWith(u'.') || t.endsWith(u',') || t.endsWith(u';'))
        t.chop(1);
    *title = t;

    static const QString quotes = u"\"'“”‘’"_s;
    for (QString alias : m.captured(2).split(patterns.separators, Qt::SkipEmptyParts)) {
        // Strip surrounding quotes and the full stop a sentence put inside them ("Z.").
        bool changed = true;
        while (changed && !alias.isEmpty()) {
            changed = false;
            alias = alias.trimmed();
            if (!alias.isEmpty() && (quotes.contains(alias.front()))) {
                alias.remove(0, 1);
                changed = true;
            }
            if (!alias.isEmpty() && (quotes.contains(alias.back()) || alias.back() == u'.')) {
                alias.chop(1);
                changed = true;
            }
        }
        // "referred to as a Shot": the article is grammar, not part of the name.
        alias.remove(patterns.article);
        if (!alias.isEmpty() && !aliases->contains(alias))
            *aliases << alias;
    }
}

namespace {

// Words of a name, lower case, for comparing two names.
QStringList nameWords(const QString &text)
{
    static const QRegularExpression word(uR"([\p{L}\p{N}]+)"_s);
    QStringList out;
    for (const QRegularExpressionMatch &m : word.globalMatch(text))
        out << m.captured().toCaseFolded();
    return out;
}

// True when name says what the descriptor says: nearly every word of the name is a word of the
// descriptor, and it says most of what the descriptor says (a short plain name that shares a few
// of its words, "Joint Injection or Aspiration", is a name of its own).
bool restatesDescriptor(const QString &name, const QString &descriptor)
{
    QStringList words = nameWords(name);
    QStringList official = nameWords(descriptor);
    words.removeDuplicates();
    official.removeDuplicates();
    if (words.size() < 4 || official.isEmpty())
        return false;
    qsizetype shared = 0;
    for (const QString &w : std::as_const(words))
        shared += official.contains(w) ? 1 : 0;
    return shared * 10 >= words.size() * 9 && shared * 2 >= official.size();
}

QString tidy(QString s)
{
    s = s.simplified();
    static const QRegularExpression punctuation(uR"([\s,;:.\-–—/]+$)"_s);
    static const QRegularExpression dangling(uR"(\s+(?:and|or|of|for|with|the|a|an|to|in|by)$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    // A capital A after a word of the name ends the name ("Hepatitis A", "Type A"); after "of"
    // or "with", as a cut leaves it ("Placement Of A"), it dangles.
    static const QRegularExpression letter(uR"((?<!\S)(?!(?i:and|or|of|for|with|the|a|an|to|in|by)\s)\S+\sA$)"_s);
    for (QString before; before != s;) {
        before = s;
        s.remove(punctuation);
        if (!letter.match(s).hasMatch())
            s.remove(dangling);
    }
    return s;
}

} // namespace

QString DocumentParser::shortTitle(const QString &name)
{
    QString t = tidy(name);
    if (t.size() <= TitleLength)
        return t;
    // Each step only while the title is still too long: a short name keeps its qualifiers.
    // 1. Parenthetical qualifiers: "(Per Visit, Up to 2 Hours)", "(e.g., Intravenous)". A
    //    bracket attached to a word ("Injection(s)") is part of the word.
    static const QRegularExpression parenthetical(uR"(\s+[(\[][^()\[\]]*[)\]])"_s);
    t = tidy(QString(t).remove(parenthetical));
    // 2. Everything after a semicolon: "; each additional sequential infusion".
    if (t.size() > TitleLength && t.contains(u';'))
        t = tidy(t.section(u';', 0, 0));
    // 3. Billing qualifiers after a comma: ", Systemic", ", each additional ...", ", per visit".
    static const QRegularExpression qualifier(
        uR"(,\s*(?:systemic|each\s+additional|per\s+(?:visit|day|hour|session|dose)|up\s+to|initial|subsequent|first|single|multiple|with\s+or\s+without|list\s+separately|not\s+including|including|includes?|when\s+performed|any\s+method)\b[^,;]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (t.size() > TitleLength)
        t = tidy(QString(t).remove(qualifier));
    // 4. Cut at the last clause boundary that leaves a name of three words or more (English and
    //    Spanish ones), a little past the limit rather than mid-phrase.
    if (t.size() > TitleLength) {
        static const QRegularExpression boundary(
            uR"(,\s|\s(?:for|with|using|by|via|including|in|to|para|con|mediante|sin)\s)"_s,
            QRegularExpression::CaseInsensitiveOption);
        qsizetype cut = -1;
        for (const QRegularExpressionMatch &m : boundary.globalMatch(t)) {
            if (m.capturedStart() > TitleLength + TitleLength / 5)
                break;
            if (nameWords(t.left(m.capturedStart())).size() >= 3)
                cut = m.capturedStart();
        }
        if (cut > 0)
            t = tidy(t.left(cut));
    }
    // 5. Still too long, even by step 4's margin: whole words up to the limit (the full name is
    //    shown beneath).
    if (t.size() > TitleLength + TitleLength / 5) {
        const qsizetype space = t.lastIndexOf(u' ', TitleLength);
        t = tidy(t.left(space > 0 ? space : TitleLength)) + u'\u2026';
    }
    return t;
}

DocumentParser::Names DocumentParser::patientNames(const QString &layName, const QString &descriptor,
                                                   const QString &language)
{
    Names n;
    QString name;
    // A lay name over several paragraphs: its first paragraph names the procedure.
    splitLayName(layName.section(u'\n', 0, 0), &name, &n.aliases, language);
    // An abbreviation ("NST", "EGD") is not a name people use: capitals and digits, one short word.
    const auto spokenName = std::find_if(n.aliases.begin(), n.aliases.end(), [](const QString &alias) {
        return alias.size() > 6 || alias.contains(u' ') ||
               std::any_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.isLower(); }) ||
               std::none_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.isUpper(); });
    });
    if (name.isEmpty()) {
        name = descriptor;
    } else if (spokenName != n.aliases.end() &&
               (restatesDescriptor(name, descriptor) || shortTitle(name) != tidy(name))) {
        // The billing text again (the descriptor, which the staff line shows), or a name so long
        // it would be cut (in any language: the name as written is then shown beneath): the name
        // people use instead. A name quoted mid-sentence ("commonly called \"infusión
        // secuencial...\"") starts the title with a capital.
        if (!restatesDescriptor(name, descriptor))
            n.fullName = tidy(name);
        name = *spokenName;
        n.aliases.erase(spokenName);
        if (name.size() > 1 && name.at(0).isLower() && name.at(1).isLower()) // not "pH", "eGFR"
            name[0] = name.front().toUpper();
    }
    n.title = shortTitle(name);
    if (n.title != tidy(name) && n.fullName.isEmpty())
        n.fullName = tidy(name);
    n.aliases.removeAll(n.title);
    return n;
}

void DocumentParser::deriveFromContent(Procedure &p)
{
    Names n = patientNames(p.layName, p.descriptor, p.language);
    p.title = n.title;
    p.fullName = n.fullName;
    p.aliases = n.aliases;
    // An English grade of text in another language would mislead: 0, as for text without words.
    // The text under the name before any section is read too (all there is of a short document).
    p.readingGrade = Readability::formulaFor(p.language) == Readability::Formula::FleschKincaid
                         ? Readability::fleschKincaidGrade(p.textUnderName().join(u'\n') + u'\n' + p.bodyText(false))
                         : 0.0;
}

} // namespace Careleaf
