#include "languages.h"

#include "digits.h"
#include "hanscript.h"
#include "sectionkeys.h"
#include "tablefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf::Languages {

namespace {

// word, and as it is typed without accents where that is still a word of its own: "codigo" for
// "código", "او" for "أو", but not "ma" for the Vietnamese "mã" (the "MA" of an address).
QStringList withAndWithoutAccents(const QString &word)
{
    constexpr int ShortestLatinWithout = 4;
    const QString plain = withoutAccents(word);
    const bool latin = std::all_of(plain.cbegin(), plain.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return plain == word || (latin && plain.size() < ShortestLatinWithout) ? QStringList{word}
                                                                           : QStringList{word, plain};
}

// One table file: its records into *language; problems named by file and line.
const QString StageField = u"stage "_s;
const QString StageWordField = u"when "_s;

bool readTable(const QString &path, Language *language, QStringList *problems)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Each line left out is named, up to a few: a file that is no table at all (a document, a
    // binary) says so in a few lines, not one for each of its lines at every start.
    constexpr int NamedAtMost = 10;
    int leftOut = 0;
    const bool read = TableFile::forEachRecord(
        path,
        [&](int lineNumber, const QString &line) {
            const qsizetype tab = line.indexOf(u'\t');
            const QString field = tab < 0 ? QString() : line.left(tab).trimmed();
            const QString value = tab < 0 ? QString() : line.mid(tab + 1).simplified();
            const auto problem = [&](const QString &reason) {
                if (++leftOut <= NamedAtMost)
                    *problems << u"%1:%2: %3; the line is left out"_s.arg(shown, QString::number(lineNumber), reason);
            };
            if (field.isEmpty() || value.isEmpty()) {
                problem(u"expected a field name and a value separated by a tab"_s);
                return;
            }
            const QString heading = normalisedHeading(value);
            if (field == u"code"_s)
                language->code = value;
            else if (field == u"name"_s)
                language->name = value;
            else if (field == u"english"_s)
                language->englishName = value;
            else if (field == u"direction"_s && (value == u"rtl"_s || value == u"ltr"_s))
                language->rightToLeft = value == u"rtl"_s;
            else if (field == u"page header"_s)
                language->pageHeaders << heading;
            else if (field == u"sample translation"_s)
                language->sampleTranslation << heading;
            else if (field == u"name heading"_s)
                language->nameHeadings << heading;
            else if (field == u"subheading"_s)
                language->subheadings << heading;
            else if (field == u"policies for"_s)
                language->policiesFor << heading;
            // Words found in the text as they are written, and as they are typed without accents.
            else if (field == u"code word"_s)
                language->codeWords << withAndWithoutAccents(Digits::plain(value)); // as DocumentParser reads the line
            else if (field == u"alias"_s)
                language->aliasMarkers << withAndWithoutAccents(value);
            else if (field == u"alias after"_s)
                language->aliasMarkersAfter << withAndWithoutAccents(value);
            else if (field == u"or"_s)
                language->orWords << withAndWithoutAccents(value);
            else if (field == u"article"_s)
                language->articles << value;
            else if (SectionKeys::isCanonicalKey(field) && field != u"other"_s)
                language->sections.insert(heading, field);
            else if (const QString key = field.mid(StageWordField.size());
                     field.startsWith(StageWordField) && SectionKeys::stageWordKeys().contains(key)) {
                if (heading.isEmpty())
                    problem(u"no words to find in a heading"_s);
                else
                    language->stageWords.append({heading, key});
            } else if (const QString key = field.mid(StageField.size());
                       field.startsWith(StageField) && SectionKeys::isCanonicalKey(key) && key != u"other"_s)
                language->stages.insert(heading, key);
            else
                problem(u"unknown field \u201c%1\u201d"_s.arg(field.left(40)));
        },
        problems);
    if (leftOut > NamedAtMost)
        *problems << u"%1: %2 more lines are left out"_s.arg(shown, QString::number(leftOut - NamedAtMost));
    return read;
}

void merge(QList<Language> *into, Language language)
{
    for (Language &known : *into) {
        if (known.code.compare(language.code, Qt::CaseInsensitive) != 0)
            continue;
        known.pageHeaders += language.pageHeaders;
        known.sampleTranslation += language.sampleTranslation;
        known.nameHeadings += language.nameHeadings;
        known.subheadings += language.subheadings;
        known.policiesFor += language.policiesFor;
        known.sections.insert(language.sections);
        known.stages.insert(language.stages);
        // A clinic's stage for a word replaces the table's, as its sections' and stages' do.
        known.stageWords.removeIf([&](const auto &word) {
            return std::any_of(language.stageWords.cbegin(), language.stageWords.cend(),
                               [&](const auto &own) { return own.first == word.first; });
        });
        known.stageWords += language.stageWords;
        known.codeWords += language.codeWords;
        known.aliasMarkers += language.aliasMarkers;
        known.aliasMarkersAfter += language.aliasMarkersAfter;
        known.orWords += language.orWords;
        known.articles += language.articles;
        return;
    }
    into->append(std::move(language));
}

struct Loaded
{
    QList<Language> languages;
    QStringList problems;
};

const Loaded &loaded()
{
    static const Loaded tables = [] {
        Loaded l;
        l.languages = readFolder(u":/languages"_s, &l.problems);
        // English first: it wins a tie when a document's headings fit several languages.
        std::stable_partition(l.languages.begin(), l.languages.end(),
                              [](const Language &language) { return language.code == u"en"_s; });
        // A clinic's own: IT's for every user (XDG_DATA_DIRS), then the user's.
        for (const QString &folder : TableFile::clinicFolders(u"careleaf/languages"_s, &l.problems)) {
            for (Language &language : readFolder(folder, &l.problems))
                merge(&l.languages, std::move(language));
        }
        // Longest first; of two as long, the words that say no stage ("when other") first.
        for (Language &language : l.languages) {
            std::stable_sort(language.stageWords.begin(), language.stageWords.end(), [](const auto &a, const auto &b) {
                return a.first.size() != b.first.size() ? a.first.size() > b.first.size()
                                                        : a.second == u"other"_s && b.second != u"other"_s;
            });
        }
        return l;
    }();
    return tables;
}

} // namespace

QString withoutColon(const QString &line)
{
    QString s = line.simplified();
    while (s.endsWith(u':') || s.endsWith(u'\uFF1A'))
        s.chop(1);
    return s.trimmed();
}

QString normalisedHeading(const QString &line)
{
    // "Why It’s Done" as "Why It's Done"; "¿Cómo prepararse?" as "Cómo prepararse".
    // Chinese in either script ("風險", "风险") as Simplified: a table's headings in one are read in
    // a document written in the other. (Not a line longer than any heading: a paragraph's.)
    constexpr qsizetype LongestHeading = 80;
    QString s = withoutAccents(withoutColon(line).toCaseFolded()).replace(u'\u2019', u'\'');
    if (s.size() <= LongestHeading)
        s = HanScript::toSimplified(s);
    while (!s.isEmpty() && QStringView(u"\u00BF\u00A1").contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && QStringView(u"?!\uFF1F\u061F").contains(s.back()))
        s.chop(1);
    s = s.trimmed();
    if (inBrackets(s))
        s = withoutColon(s.mid(1, s.size() - 2));
    return s;
}

bool inBrackets(const QString &line)
{
    static const QString opening = u"\u3010\u3016\u3014[\u300C"_s;
    static const QString closing = u"\u3011\u3017\u3015]\u300D"_s;
    const QString s = withoutColon(line);
    return s.size() > 2 && opening.contains(s.front()) && closing.indexOf(s.back()) == opening.indexOf(s.front());
}

QString withoutAccents(const QString &text)
{
    // Nothing to leave out but in Latin, Greek, Cyrillic and Arabic letters and marks: not below
    // U+00C0 (most lines of most documents), nor in Chinese, Korean or Japanese, whose lines were
    // otherwise taken apart and put together again for every heading lookup.
    const auto mayHaveAccents = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x00C0 && u <= 0x06FF) || (u >= 0x1E00 && u <= 0x1FFF);
    };
    if (std::none_of(text.cbegin(), text.cend(), mayHaveAccents))
        return text;
    // Marks a keyboard leaves out: a Latin or Greek letter's accents, the Arabic hamza and vowel
    // marks, and the diaeresis of Cyrillic ё (е); but not the breve of й, another letter than и.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    QChar::Script base = QChar::Script_Unknown;
    for (QChar c : decomposed) {
        // Letters typed so where a keyboard lacks them: Vietnamese đ as d, Arabic ة as ه, ى as ي.
        if (const int i = QStringView(u"\u0111\u0110\u0629\u0649").indexOf(c); i >= 0)
            c = u"dD\u0647\u064A"_s.at(i);
        const char16_t u = c.unicode();
        const bool latinMark = u >= 0x0300 && u <= 0x036F;
        const bool arabicMark = (u >= 0x064B && u <= 0x065F) || u == 0x0670 || u == 0x0640;
        if ((latinMark && (base == QChar::Script_Latin || base == QChar::Script_Greek ||
                           (base == QChar::Script_Cyrillic && u == 0x0308))) ||
            (arabicMark && base == QChar::Script_Arabic))
            continue;
        if (c.category() != QChar::Mark_NonSpacing)
            base = c.script();
        out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString wordsPattern(QStringList words)
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList patterns;
    for (const QString &w : std::as_const(words))
        patterns << QRegularExpression::escape(w.simplified()).replace(u"\\ "_s, u"\\s+"_s);
    return patterns.isEmpty() ? u"(?!)"_s : u"(?:"_s + patterns.join(u'|') + u')';
}

QList<Language> readFolder(const QString &folder, QStringList *problems)
{
    QList<Language> out;
    const QDir dir(folder);
    // Anything named as a table is read or said (a folder, a link to nothing, a pipe).
    for (const QFileInfo &file :
         dir.entryInfoList({u"*.tsv"_s}, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
        Language language;
        if (!readTable(file.filePath(), &language, problems))
            continue; // said
        if (language.code.isEmpty() || language.name.isEmpty()) {
            *problems << u"%1: no code or no name line: the table was left out"_s.arg(
                QDir::toNativeSeparators(file.filePath()));
            continue;
        }
        merge(&out, std::move(language));
    }
    for (Language &language : out) {
        QString headings = language.nameHeadings.join(u' ');
        for (auto it = language.sections.cbegin(); it != language.sections.cend(); ++it)
            headings += u' ' + it.key();
        language.script = scriptOf(headings);
    }
    return out;
}

QChar::Script scriptOf(QStringView text)
{
    QHash<QChar::Script, int> letters;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isLetter(c))
            ++letters[QChar::script(c)];
    }
    letters.remove(QChar::Script_Common);
    letters.remove(QChar::Script_Inherited);
    QChar::Script most = QChar::Script_Unknown;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (most == QChar::Script_Unknown || it.value() > letters.value(most))
            most = it.key();
    }
    return most;
}

QStringList writtenIn(QChar::Script script, QStringView text)
{
    QStringList codes;
    for (const Language &language : all()) {
        if (language.script == script)
            codes << language.code;
    }
    if (script == QChar::Script_Han && codes.size() > 1 && !text.isEmpty()) {
        const bool traditional = HanScript::isTraditional(text);
        QStringList inItsScript;
        for (const QString &code : std::as_const(codes)) {
            if ((QLocale(code).script() == QLocale::TraditionalHanScript) == traditional)
                inItsScript << code;
        }
        if (!inItsScript.isEmpty())
            return inItsScript;
    }
    return codes;
}

const QList<Language> &all()
{
    return loaded().languages;
}

const Language *find(const QString &code)
{
    for (const Language &language : all()) {
        if (language.code.compare(code, Qt::CaseInsensitive) == 0)
            return &language;
    }
    return nullptr;
}

const Language *closest(const QString &tag)
{
    if (const Language *exact = find(tag))
        return exact;
    const QLocale wanted(QString(tag).replace(u'_', u'-'));
    if (wanted.language() == QLocale::C || wanted.language() == QLocale::AnyLanguage)
        return nullptr;
    for (const Language &language : all()) {
        const QLocale known(language.code);
        if (known.language() == wanted.language() && known.script() == wanted.script())
            return &language;
    }
    return nullptr;
}

QString localName(const Language &language)
{
    // The shipped tables' "english" lines, for translators.
    [[maybe_unused]] static constexpr const char *Shipped[] = {
        QT_TRANSLATE_NOOP("Careleaf::Languages", "English"),
        QT_TRANSLATE_NOOP("Careleaf::Languages", "Spanish"),
        QT_TRANSLATE_NOOP("Careleaf::Languages", "Arabic"),
        QT_TRANSLATE_NOOP("Careleaf::Languages", "Chinese (Simplified)"),
        QT_TRANSLATE_NOOP("Careleaf::Languages", "Chinese (Traditional)"),
        QT_TRANSLATE_NOOP("Careleaf::Languages", "Korean"),
        QT_TRANSLATE_NOOP("Careleaf::Languages", "Russian"),
        QT_TRANSLATE_NOOP("Careleaf::Languages", "Tagalog"),
        QT_TRANSLATE_NOOP("Careleaf::Languages", "Vietnamese"),
    };
    return QCoreApplication::translate("Careleaf::Languages", language.englishName.toUtf8().constData());
}

QString displayName(const QString &code)
{
    if (const Language *language = find(code))
        return language->name;
    QString name = QLocale(code).language() == QLocale::C ? QString() : QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    return name;
}

QString knownCodes()
{
    QStringList codes;
    for (const Language &language : all())
        codes << language.code;
    return codes.join(u", "_s);
}

QString userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/careleaf/languages"_s;
}

QStringList problems()
{
    return loaded().problems;
}

} // namespace Careleaf::Languages
