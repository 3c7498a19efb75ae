// Translation of what a user typed into a structured query. Staff can type plain words, and
// also "a quoted phrase", -exclude, a code range (96360-96379) and a code-system prefix (cpt:,
// hcpcs:). Only letters and digits survive into any backend syntax, so no input can ever form
// FTS or SQL syntax.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Careleaf {

struct ParsedQuery
{
    QStringList terms;          // lower-case words that must match (as prefixes), at most MaxTerms
    QList<QStringList> phrases; // "quoted phrases", each a list of words
    QStringList excluded;       // -words: procedures containing them are left out
    QString system;             // "CPT", "HCPCS", ... from a "cpt:" prefix; empty for any
    QString rangeFrom;          // code range 96360-96379, inclusive, upper-case
    QString rangeTo;
    QString codeCandidate; // upper-case, set when the query is (part of) a code: "9641", "J12"
    QString normalized;    // the terms joined by one space: compared with lay names and aliases

    static constexpr int MaxTerms = 16;
    static constexpr int MaxTermLength = 64;
    static constexpr int MaxInputLength = 1024;
};

[[nodiscard]] ParsedQuery parseQuery(const QString &text);

// The code system a prefix names ("cpt4", "icd", "icd10cm"), as the library stores it ("CPT",
// "ICD-10-PCS", "ICD-10-CM"); empty when it names none.
[[nodiscard]] QString codeSystemNamed(const QString &prefix);

// Words of text as the index sees them: runs of letters, digits and marks, lower-case.
[[nodiscard]] QStringList queryWords(const QString &text);
// An Arabic vowel mark (the tanween, fatha … sukun, the dagger alef) or the tatweel: what a word
// may be written with or without (not a hamza, nor the madda). parseQuery() searches words
// without them.
[[nodiscard]] bool isArabicMark(QChar c);
// What a word is made of, for queries and for the index alike: letters, digits and marks.
[[nodiscard]] bool isWordChar(QChar c);

} // namespace Careleaf
