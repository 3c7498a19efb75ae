// The ranked search both backends run: tier (exact code, code prefix, exact lay name or alias,
// all words in the code/names/descriptor, section text), then relevance, then title. Only the
// full-text syntax differs between engines; a SearchDialect names those pieces of SQL.
#pragma once

#include "searchtypes.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace Careleaf {

// A condition on `procedures p` with its values, one per placeholder.
struct Condition
{
    QString sql;
    QVariantList values;
    // Of a walk (SearchExpressions::namesWalk): every row it yields is a row of the tier, so
    // none is checked against the tier's condition.
    bool whole = false;
    // Counts its rows when there are no filters, faster than through procedures: %1 is the most
    // to count, its values bind. Empty: counted through procedures. It may give two more
    // columns, the span of ids its counted rows lie in (the largest less the smallest, plus
    // one) and the library's: how dense a tier too large to count is, and how large.
    QString count = {};
    // The condition for the one row p.id, with its values, never building the tier's full-text
    // set: checks a dense tier's rows one by one along the title index. Empty: none. Of a walk:
    // what its rows must be checked for, when less than the tier's own (the words it did not walk).
    QString probe = {};
    QVariantList probeValues = {};
    // Of a whole walk: it yields every row of the tier, so a page it leaves short is the tier's last.
    bool ends = false;
};

struct SearchDialect
{
    // Ranked tiers: SELECT p.id, p.code_system, p.code, p.title, p.descriptor ... with the tier's
    // condition first, %1 where the filters go, then the tier's rank values, then LIMIT ? OFFSET ?.
    // %2 is where the tier condition's SQL goes. One for the names tier, one for the section text.
    QString rankedNames;
    QString rankedBody;
    // A large tier in title order: FROM clause for procedures p (SQLite names its index).
    QString titleScanFrom;
    // The ORDER BY expression for titles.
    QString titleOrder;
    // An inner join that keeps the written order (SQLite's planner reads CROSS JOIN so).
    QString join;
    // A tier's set up to this size is ordered by relevance; a larger one by title, read from the
    // title index with an early stop, so a broad query costs one page, not its matches. A tier
    // is counted only up to rankLimit + 1 rows: counting a word found in a tenth of a million
    // procedures reads every one of them. The total is then a lower bound
    // (SearchPage::totalIsExact) and a large tier is read page by page in title order.
    int rankLimit = 500;
    // A condition that only checks rows found another way (a code, a name key, a word list),
    // written so the planner never builds the full-text set for it: "%1", or a form the
    // full-text index cannot serve.
    QString rowCheck = u"%1"_qs;
    // The order of SearchExpressions::namesWalk's rows (sort_title), as an expression on p.
    QString walkOrder = {};
    // A page of a large tier along ids in title order (%2: the walk's SELECT of id, or
    // titleIds), checking each (%1: the conditions on p, whose only column is id, so not with
    // filters); then, when that found too few or there are filters, sorted from its set (%1:
    // the conditions and filters, on p). LIMIT and OFFSET values follow. Empty: a walk is read
    // through procedures, and a tier without one along titleScanFrom.
    QString titleWalk = {};
    QString sortedTier = {};
    // Every id in title order, at most %1 of them (from a covering index).
    QString titleIds = {};
};

// The full-text conditions of one plan, in the dialect's syntax.
struct SearchExpressions
{
    Condition namesOnly;    // all groups, minus excluded, in code, names and descriptor
    Condition bodyOnly;     // matches in the section text but not in the names
    Condition excluded;     // anything excluded; empty sql when nothing is
    QVariantList namesRank; // values the ranked SQL binds after the filters, per tier
    QVariantList bodyRank;
    // For a names tier too large to rank: a SELECT of (sort_title, procedure_id) in that order
    // (of id alone where the dialect has a titleWalk), read from an index so a page costs a
    // page: the tier's rows in title order, from the first, among others (each then checked
    // against namesOnly, or the walk's own probe, unless the walk is whole); %1 in it is the
    // most rows of the index to read. It may hold only the first of them (Condition::ends says
    // when it holds all). Null, or empty sql, when the backend has none for this plan: the tier
    // is read along the title index instead. Its argument: how many of the tier's rows the page
    // needs (the rows it skips, shows, and those earlier tiers showed).
    std::function<Condition(int rows)> namesWalk;
};

// For a names walk (SearchExpressions::namesWalk): the words of each group of plan to walk by,
// in a word list of the names: every row of the tier holds one of them, since each of the
// group's alternatives must match within the names: a one-word alternative through its
// expansion (expansions: a typed prefix's words), a phrase through its first word, when the
// list may hold them (listed). A group with an alternative that cannot be walked is left out.
// *phrases: whether a phrase was walked by its first word (its rows need checking). *exact, when
// given: for each group returned, its index in plan.groups when a row holding one of its words
// holds one of its alternatives (no phrase), else -1.
[[nodiscard]] QList<QStringList> walkableGroups(const SearchPlan &plan, const QHash<QString, QStringList> &expansions,
                                                const std::function<bool(const QString &)> &listed, bool *phrases,
                                                QList<qsizetype> *exact = nullptr);

[[nodiscard]] SearchPage tieredSearch(QSqlDatabase &db, const SearchDialect &dialect, const SearchPlan &plan,
                                      const SearchExpressions &expressions, int offset, int limit);

// What went wrong with q, never empty: a closed connection fails with no text of its own.
[[nodiscard]] QString queryError(const QSqlQuery &q);

// Calls row once for each row of q, whose exec() returned ran. Empty when every row was read;
// otherwise the error (queryError): next() is false at the end and when a read fails part way
// alike, and a list cut short must never pass for a whole one.
template<typename Row>
[[nodiscard]] QString readRows(QSqlQuery &q, bool ran, Row &&row)
{
    while (ran && q.next())
        row();
    return ran && !q.lastError().isValid() ? QString() : queryError(q);
}

} // namespace Careleaf
