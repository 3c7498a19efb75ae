// The languages procedure documents are written in, as data: one table of headings per language
// (resources/languages/<code>.tsv, and a clinic's own in Languages::userFolder()), which the
// parser reads to recognise a document's sections, its name, its code line, and its language.
#pragma once

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Careleaf::Languages {

struct Language
{
    QString code;        // BCP 47: "en", "es", "zh-Hans"
    QString name;        // in the language itself: "Español"
    QString englishName; // "Spanish"
    bool rightToLeft = false;
    // The script its headings are written in (scriptOf() of them all): Latin for English, Han
    // for Chinese. A document's text in a script only one table is written in is that language's.
    QChar::Script script = QChar::Script_Unknown;
    // Headings and lines, each as normalisedHeading() makes it.
    QStringList pageHeaders;
    QStringList sampleTranslation;
    QStringList nameHeadings;
    QStringList subheadings;
    QStringList policiesFor;
    QHash<QString, QString> sections; // heading -> canonical section key
    // heading -> key: a stage of the visit ("Before the Procedure"), a section of its key, but a
    // heading inside Patient Experience or inside that key's section (SectionKeys::HeadingMatch)
    QHash<QString, QString> stages;
    // phrase -> key: words in a heading no table holds that say the stage of the visit its section
    // is for ("before" in "Medicines to Stop Before Surgery": preparation), or "other" for words
    // that hold such a word and say none ("after-hours"); longest first
    // (SectionKeys::stageOfHeading())
    QList<std::pair<QString, QString>> stageWords;
    // Words as written (matched case-insensitively, any run of spaces for a space); the words
    // for "code" in compatibility form with western digits (Digits::plain), as a code line is read.
    QStringList codeWords;
    QStringList aliasMarkers;      // only inside a name's parentheses
    QStringList aliasMarkersAfter; // inside them or after the name
    QStringList orWords;
    QStringList articles;
};

// Every language Careleaf knows: English first, then the tables it ships, then a clinic's own
// (a clinic's table for a code already known adds its headings to that language).
[[nodiscard]] const QList<Language> &all();
// The language of a BCP 47 code (case does not matter), or nullptr.
// The table for a language tag as people and systems write it: the table's own code, else the
// table of the same language and script ("es-MX", "es_ES" -> es; "zh", "zh-CN" -> zh-Hans, but
// never "zh-TW", written in the other script); null when there is none.
[[nodiscard]] const Language *closest(const QString &tag);
[[nodiscard]] const Language *find(const QString &code);
// A language's name in itself ("Español"): from its table, else Qt's, else the code.
[[nodiscard]] QString displayName(const QString &code);
// A language's name in the application's language ("Arabic", "árabe"): the shipped tables' names
// are translated with Careleaf's words; a clinic's own table's is its English name.
[[nodiscard]] QString localName(const Language &language);
// "es, en, ..." for messages that list what may be given.
[[nodiscard]] QString knownCodes();
// Where a clinic puts tables of its own.
[[nodiscard]] QString userFolder();
// What was wrong in the tables read (file:line: reason): lines that were left out.
[[nodiscard]] QStringList problems();
// A heading as printed: runs of spaces collapsed, the colon that ends it (: or the full-width ：
// Chinese writes) removed.
[[nodiscard]] QString withoutColon(const QString &line);
// A line as the tables hold headings: withoutColon(), case folded, without accents, out of the
// brackets a heading may be set in ("【恢复】").
[[nodiscard]] QString normalisedHeading(const QString &line);
// Whether line (its colon left out) is set in a pair of the brackets a heading may be set in:
// "【恢复】", "[Recovery]".
[[nodiscard]] bool inBrackets(const QString &line);
// text without the accents a keyboard may leave out: "Preparacion" for "Preparación", "الاجراء"
// for "الإجراء" (a Latin or Greek letter's marks, Cyrillic ё as е, the Arabic hamza and vowel
// marks and the tatweel that draws a word out), and with the letters typed in place of others a keyboard lacks
// (Vietnamese đ as d, Arabic ة as ه and ى as ي).
[[nodiscard]] QString withoutAccents(const QString &text);

// The script most of text's letters are written in (Chinese's Han, Japanese's kana each apart),
// Script_Unknown when it has none.
[[nodiscard]] QChar::Script scriptOf(QStringView text);
// The languages whose headings are written in script; for Han, those of the script text is
// written in, where a table for it is (zh-Hant for 風險, zh-Hans for 风险: their headings are read
// alike, normalisedHeading()).
[[nodiscard]] QStringList writtenIn(QChar::Script script, QStringView text = {});

// Words as one regular-expression alternation, "(?:...|...)": any run of spaces for a space, the
// longest first so that "also called" is tried before "called"; one that never matches when
// there are none.
[[nodiscard]] QString wordsPattern(QStringList words);

// The tables of one folder's files (for tests; all() reads the shipped ones and the user folder).
[[nodiscard]] QList<Language> readFolder(const QString &folder, QStringList *problems);

} // namespace Careleaf::Languages
