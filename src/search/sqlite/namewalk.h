// The names' word list (name_words: a word, a title and a procedure's id, in the order of the
// title index) walked for several groups of words at once.
#pragma once

#include <QList>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace Careleaf {

struct InCommon
{
    QList<qint64> ids;
    bool all = false; // the ids are every row the groups have in common
};

// The first `rows` procedures, in title order (the title as NOCASE compares it, then the id),
// whose rows in name_words hold a word of every group: a leapfrog join, each group's words
// seeking the first row at or after the latest candidate, so rows between matches are skipped
// by the index, not read. At most `seeks` seeks of the index, then what was found so far: fewer
// than `rows` ids when the groups have no more in common (then all) or the seeks ran out.
// Nullopt on an error (an interrupt included).
[[nodiscard]] std::optional<InCommon> nameWordsInCommon(sqlite3 *db, const QList<QStringList> &groups, int rows,
                                                        int seeks);

} // namespace Careleaf
