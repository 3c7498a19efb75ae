// The ranked search both backends run: tier (exact code, code prefix, exact lay name or alias,
// all words in the code/names/descriptor, section text), then relevance, then title. Only the
// full-text syntax differs between engines; a SearchDialect names those pieces of SQL.
#pragma once

#include "storebackend.h"

namespace Careleaf {

struct SearchDialect
{
    // A condition on `procedures p`, true when the row matches the full-text expression bound at
    // its one placeholder.
    QString matches;
    // The same without the procedures table, for counting matches without filters; empty to use matches.
    QString countWithoutFilters;
    // A ranked tier: SELECT p.id, p.code_system, p.code, p.title, p.descriptor ... with the
    // expression bound first, %1 where the filters go, then rankAgain more bindings of the
    // expression, then LIMIT ? OFFSET ?.
    QString ranked;
    int rankAgain = 0;
    // A large tier in title order: FROM clause for procedures p (SQLite names its index).
    QString titleScanFrom;
    // The ORDER BY expression for titles.
    QString titleOrder;
    // An inner join that keeps the written order (SQLite's planner reads CROSS JOIN so).
    QString join;
};

// The full-text expressions of one plan, in the dialect's syntax.
struct SearchExpressions
{
    QString match;     // all groups, minus excluded
    QString namesOnly; // the same in code, names and descriptor only
    QString bodyOnly;  // matches in the section text but not in the names
    QString excluded;  // anything excluded; empty when nothing is
};

[[nodiscard]] SearchPage tieredSearch(QSqlDatabase &db, const SearchDialect &dialect, const SearchPlan &plan,
                                      const SearchExpressions &expressions, int offset, int limit);

} // namespace Careleaf
