// How one document's cost grows with its length, for careleaf-bench --documents (see README,
// Performance): parsing it, writing its handout with careleaf-cli, showing it in the reading pane.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Careleaf::Bench {

// For each shape of long document (one paragraph of many lines, one long bulleted list, many short
// paragraphs), parses a short one and one eight times longer (median of repeats, in this process),
// writes each one's handout with the console in work (its fixed cost, a one-page handout's time,
// taken off both), and shows each in the reading pane with a word of every line marked.
// growth = long / (8 × short): 1 where the cost grows with the length, 8 where it grows with the
// length's square. Prints the table as it goes.
[[nodiscard]] QJsonObject documentGrowth(const QString &cli, const QString &work, int repeats);

} // namespace Careleaf::Bench
