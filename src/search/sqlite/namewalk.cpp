// A leapfrog join over name_words (namewalk.h). The page of a names tier of two or more words
// ("potassium infusion") is where the words' title-ordered rows meet; walking one word's rows
// and looking each up in the others read every row of the first word before the meeting point
// ("Potassium Aspiration …" comes before "Potassium Infusion …"), tens of thousands at a
// million. Seeking instead costs a few index seeks per row of the page.
#include "namewalk.h"

#include "sqliteapi.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

namespace Careleaf {

namespace {

// A row of name_words as the index orders it: the title compared as SQLite's NOCASE compares
// (ASCII letters folded, bytes otherwise, a shorter title first when one starts the other),
// then the id. `end`: past the last row.
struct Key
{
    QByteArray title{""}; // bound as text: never a null pointer, which binds NULL
    qint64 id = std::numeric_limits<qint64>::min();
    bool end = false;
};

int compare(const Key &a, const Key &b, decltype(&sqlite3_strnicmp) nocase)
{
    if (a.end || b.end)
        return int(a.end) - int(b.end);
    const qsizetype common = std::min(a.title.size(), b.title.size());
    int r = common > 0 ? nocase(a.title.constData(), b.title.constData(), int(common)) : 0;
    if (r == 0)
        r = a.title.size() < b.title.size() ? -1 : (a.title.size() > b.title.size() ? 1 : 0);
    if (r == 0)
        r = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return r;
}

// A word's place in its rows: the first row at or after the latest target it was sought for.
// Targets only move forward, so that row answers every target up to it without a seek.
struct Cursor
{
    QByteArray word;
    Key at;
    bool sought = false;
};

} // namespace

std::optional<InCommon> nameWordsInCommon(sqlite3 *db, const QList<QStringList> &groups, int rows, int seeks)
{
    if (!db || groups.isEmpty())
        return std::nullopt;
    const SqliteFts::Api &sql = SqliteFts::sqlite();
    sqlite3_stmt *prepared = nullptr;
    if (sql.prepare(db,
                    "SELECT sort_title, procedure_id FROM name_words WHERE word = ?1"
                    " AND (sort_title, procedure_id) >= (?2, ?3) ORDER BY sort_title, procedure_id LIMIT 1",
                    -1, &prepared, nullptr) != SQLITE_OK) {
        sql.finalize(prepared);
        return std::nullopt;
    }
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> seek(prepared, sql.finalize);
    std::vector<std::vector<Cursor>> cursors;
    for (const QStringList &words : groups) {
        cursors.emplace_back();
        for (const QString &w : words)
            cursors.back().push_back({w.toUtf8(), {}, false});
    }
    enum class Step
    {
        Done,
        Failed,
        OutOfSeeks
    };
    int seeksLeft = seeks;
    // c at the first row of its word at or after target.
    const auto advance = [&](Cursor &c, const Key &target) {
        if (c.sought && compare(target, c.at, sql.strnicmp) <= 0)
            return Step::Done;
        if (seeksLeft-- <= 0)
            return Step::OutOfSeeks;
        sqlite3_stmt *s = seek.get();
        sql.reset(s);
        sql.bindText(s, 1, c.word.constData(), int(c.word.size()), SQLITE_STATIC);
        sql.bindText(s, 2, target.title.constData(), int(target.title.size()), SQLITE_STATIC);
        sql.bindInt64(s, 3, target.id);
        const int rc = sql.step(s);
        c.sought = true;
        if (rc == SQLITE_ROW) {
            c.at.title = QByteArray(reinterpret_cast<const char *>(sql.columnText(s, 0)), sql.columnBytes(s, 0));
            c.at.id = sql.columnInt64(s, 1);
            c.at.end = false;
        } else {
            c.at = Key{{}, 0, true};
        }
        sql.reset(s);
        return rc == SQLITE_ROW || rc == SQLITE_DONE ? Step::Done : Step::Failed;
    };
    InCommon found;
    Key target; // before every row
    while (found.ids.size() < rows) {
        // Each group's first row at or after the target; the target moves to any that is past it.
        bool agree = true;
        for (std::vector<Cursor> &group : cursors) {
            Key first{{}, 0, true};
            for (Cursor &c : group) {
                if (const Step step = advance(c, target); step != Step::Done)
                    return step == Step::Failed ? std::nullopt : std::optional<InCommon>(found);
                if (compare(c.at, first, sql.strnicmp) < 0)
                    first = c.at;
            }
            if (first.end) {
                found.all = true; // a group has no more rows: nothing more in common
                return found;
            }
            if (compare(first, target, sql.strnicmp) != 0) {
                target = first;
                agree = false;
            }
        }
        if (agree) {
            found.ids << target.id;
            ++target.id; // the same title, the next id: just past this row
        }
    }
    return found;
}

} // namespace Careleaf
