// How one document's cost grows with its length, for careleaf-bench --documents (see README,
// Performance): parsing it, and writing its handout with careleaf-cli.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Careleaf::Bench {

// For each shape of long document (one paragraph of many lines, one long bulleted list, many short
// paragraphs), parses a short one and one eight times longer (median of repeats, in this process),
// and writes each one's handout with the console in work (its fixed cost, a one-page handout's
// time, taken off both). growth = long / (8 × short): 1 where the cost grows with the length, 8
// where it grows with the length's square. Prints the table as it goes.
[[nodiscard]] QJsonObject documentGrowth(const QString &cli, const QString &work, int repeats);

} // namespace Careleaf::Bench
