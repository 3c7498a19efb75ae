// Reading level of patient-facing text. Flesch-Kincaid grade:
//   0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
// Syllables are counted as GNU style (Debian's diction package) counts them, so a clinic can
// check any figure with a standard tool: groups of lower-case vowels (a e i o u y), a final vowel
// and a final "-ed" silent, at least one per word. The figure is a guide for staff, not a clinical
// measure.
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

[[nodiscard]] int syllables(QStringView word);
[[nodiscard]] Counts count(const QString &text);
// Each sentence of text in order, with its own grade (the hardest ones are worth rewording).
[[nodiscard]] QList<Sentence> sentences(const QString &text);
// 0 for text without words.
[[nodiscard]] double fleschKincaidGrade(const QString &text);

} // namespace Careleaf::Readability
