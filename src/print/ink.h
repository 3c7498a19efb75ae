// Colours. Paper always gets fixed, print-safe ink (black text on white, the clinic's accent for
// headings) whatever the desktop's palette, style or high-contrast setting; the screen takes its
// colours from the palette, so a dark or high-contrast theme stays readable: body text at least
// 4.5:1 against its background, headings and marks at least 3:1 (WCAG 2).
#pragma once

#include <QColor>
#include <QPalette>

namespace Careleaf::Ink {

// The colours one rendering of procedure text uses.
struct Scheme
{
    QColor text;
    QColor background;
    QColor accent;         // headings, the clinic's name
    QColor secondary;      // smaller print: staff lines, aliases, "none listed"
    QColor boxBackground;  // the care-team note and "Words to know"
    QColor rule;           // lines and box borders
    QColor markBackground; // matched words and marked sentences
};

// The colour Careleaf's headings have unless the clinic chooses its own.
[[nodiscard]] QColor defaultAccent();
// WCAG 2 contrast ratio of two colours, 1 to 21.
[[nodiscard]] double contrast(const QColor &a, const QColor &b);
// wanted, moved towards towards (usually the text colour) just far enough to reach minimum
// contrast against background.
[[nodiscard]] QColor readable(const QColor &wanted, const QColor &background, const QColor &towards, double minimum);
// Black on white with the accent darkened as far as body text needs (4.5:1).
[[nodiscard]] Scheme paper(const QColor &accent);
// The palette's own text and base colours, the accent adjusted to read on them.
[[nodiscard]] Scheme screen(const QPalette &palette, const QColor &accent);
// A palette that paints text black on white, for painting on paper.
[[nodiscard]] QPalette paperPalette();

} // namespace Careleaf::Ink
