// What a search asks of a library and what it gets back: the plan a SearchEngine builds from a
// typed query, and the ranked page of hits. Shared by the search engine, the ranked SQL both
// backends run (tieredsearch.h) and the backends themselves.
#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace Careleaf {

struct SearchHit
{
    qint64 id = 0;
    QString codeSystem;
    QString code;
    QString title;
    QString descriptor;
    QString snippet;    // matched words wrapped in U+0002 ... U+0003 (see highlightStart/End)
    double score = 0.0; // higher is better
    // Where a ranked search found it: 0 exact code, 1 code prefix, 2 exact lay name or alias,
    // 3 all words in the code/names/descriptor, 4 in the section text; -1 otherwise.
    int tier = -1;
    static constexpr int NamesTier = 3;
    // The languages (BCP 47) the procedure is in, English first; filled by SearchEngine.
    QStringList languages = {};

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

inline constexpr QChar highlightStart = QChar(0x0002);
inline constexpr QChar highlightEnd = QChar(0x0003);

struct SearchPage
{
    QList<SearchHit> hits;
    int total = 0; // matches in all, not just this page
    // False when total is only a lower bound: a very broad search on a large library is
    // not counted to the end (see SearchDialect::rankLimit); the list grows as it is scrolled.
    bool totalIsExact = true;
    QString correctedQuery; // set when typos were corrected: the query the results are for
    // Set with correctedQuery when no procedure has all the words: the results are for the
    // words of the query that the closest procedures have (correctedQuery).
    bool closest = false;
    QString error; // set only on a database failure, never for anything a user typed
};

// What a backend runs: built by SearchEngine from a ParsedQuery, filters and synonyms.
// Every word here holds only letters, digits and marks.
struct SearchPlan
{
    // All groups must match; within a group any alternative. An alternative of one word matches
    // as a prefix (but for wholeWords); of several words, as a phrase whose last word is a prefix.
    QList<QList<QStringList>> groups;
    QList<QStringList> excluded; // procedures matching any of these are left out
    QString codeExact;           // tier 0 / 1: exact code, code prefix
    QString nameExact;           // tier 2: equals the lay name or an alias (normalised words)
    QString system;
    QString rangeFrom;
    QString rangeTo;
    // Set for a query of one or two characters that is no known abbreviation: it matches the
    // start of a lay name, an alias or a code only, through indexes, instead of every word.
    QString namePrefix;
    int settingsMask = 0;       // Facets::Setting bits; any of them
    int maxDurationMinutes = 0; // 0: any
    QString language;           // BCP 47; empty: any
    // Words matched whole, not as the start of a word: the "a" and "i" of a phrasing typed
    // before another word ("get a flu shot"), which as prefixes stand for most of the library's
    // words (a prefix merge of thousands of terms on a large library, for no filter at all); and
    // a lay term of ShortEquivalent letters or fewer ("mi", "flu", "clot") found as another's
    // equivalent or typed before another word, which as a prefix finds words of other meanings
    // ("minutes", "fluids", "clothes"). Folded. One of three letters or more also matches its
    // plural and its -ing and -ed forms (wholeForms()).
    QStringList wholeWords;

    [[nodiscard]] bool hasText() const { return !groups.isEmpty(); }
    // What a word of wholeWords matches: itself, and when it has three letters or more its
    // plural and its -ing and -ed forms.
    [[nodiscard]] static QStringList wholeForms(const QString &word);
    static constexpr int ShortPrefix = 2;     // characters
    static constexpr int ShortEquivalent = 4; // characters
};

} // namespace Careleaf
