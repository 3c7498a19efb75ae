// Reading level of patient-facing text. Flesch-Kincaid grade:
//   0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
// Syllables are estimated from vowel groups, which is what every practical implementation does;
// the figure is a guide for staff ("above grade 8"), not a clinical measure.
#pragma once

#include <QString>

namespace Careleaf::Readability {

struct Counts
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
};

[[nodiscard]] Counts count(const QString &text);
// 0 for text without words.
[[nodiscard]] double fleschKincaidGrade(const QString &text);

} // namespace Careleaf::Readability
