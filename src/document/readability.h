// Reading level of patient-facing text, by a formula made for its language. The figure is a guide
// for staff, not a clinical measure.
//
// English: Flesch-Kincaid grade, 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59.
// Syllables are counted as GNU style (Debian's diction package) counts them, so a clinic can
// check any figure with a standard tool: groups of lower-case vowels (a e i o u y), a final vowel
// and a final "-ed" silent, at least one per word.
//
// Spanish: Fernández-Huerta's reading ease (1959, Flesch's formula refitted for Spanish), as
// corrected by Law (2011): 206.84 - 0.60 * syllables per 100 words - 1.02 * words per sentence
// (the published "sentences per 100 words" made shorter sentences read harder). About 0 to 100,
// higher is easier (60-70 is plain; 70 and above, what patient materials aim for); very short
// words and sentences may score above 100. Spanish syllables: each vowel group, split where two
// strong vowels (a e o, or an accented i or u) meet.
//
// Other languages: no formula here; an English grade of them would mislead, so none is given.
#pragma once

#include <QList>
#include <QString>

namespace Careleaf::Readability {

struct Counts
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
};

struct Sentence
{
    QString text;
    double grade = 0.0; // of this sentence alone
};

enum class Formula
{
    None,
    FleschKincaid,
    FernandezHuerta
};

// The formula made for a language (BCP 47), None where Careleaf has none.
[[nodiscard]] Formula formulaFor(const QString &language);

[[nodiscard]] int syllables(QStringView word, Formula formula = Formula::FleschKincaid);
[[nodiscard]] Counts count(const QString &text, Formula formula = Formula::FleschKincaid);
// Each sentence of text in order, with its own difficulty in grade: the Flesch-Kincaid grade, or
// for Fernández-Huerta 100 minus the reading ease (so for both, higher is harder; the hardest are
// worth rewording).
[[nodiscard]] QList<Sentence> sentences(const QString &text, Formula formula = Formula::FleschKincaid);
// 0 for text without words.
[[nodiscard]] double fleschKincaidGrade(const QString &text);
// 0 for text without words; may fall below 0 for very hard text.
[[nodiscard]] double fernandezHuertaEase(const QString &text);

} // namespace Careleaf::Readability
