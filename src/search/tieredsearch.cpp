#include "tieredsearch.h"

#include "indexwords.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

void appendFilters(const SearchPlan &plan, QString *sql, QVariantList *values)
{
    if (!plan.system.isEmpty()) {
        *sql += u" AND p.code_system = ?"_s;
        *values << plan.system;
    }
    if (!plan.rangeFrom.isEmpty()) {
        // Codes of one system have one length; comparing as text keeps J1000-J1999 working too.
        *sql += u" AND length(p.code) = length(?) AND p.code >= ? AND p.code <= ?"_s;
        *values << plan.rangeTo << plan.rangeFrom << plan.rangeTo;
    }
    if (plan.settingsMask != 0) {
        *sql += u" AND (p.settings & ?) <> 0"_s;
        *values << plan.settingsMask;
    }
    if (plan.maxDurationMinutes > 0) {
        *sql += u" AND p.duration_minutes IS NOT NULL AND p.duration_minutes <= ?"_s;
        *values << plan.maxDurationMinutes;
    }
    if (!plan.language.isEmpty()) {
        // The procedure, or one of its versions (procedureversions.cpp), is in that language.
        *sql += u" AND EXISTS (SELECT 1 FROM procedures v WHERE v.family = p.family AND v.language = ?)"_s;
        *values << plan.language;
    }
}

// The next row of q. At the end, and when the read stopped part way (an interrupt, a damaged
// page of the file) with the error on the page: a list cut short never passes for a whole one.
bool nextRow(QSqlQuery &q, SearchPage *page)
{
    if (q.next())
        return true;
    if (q.lastError().isValid() && page->error.isEmpty())
        page->error = queryError(q);
    return false;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, SearchPage *page)
{
    if (!q.prepare(sql)) {
        page->error = queryError(q);
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        page->error = queryError(q);
        return false;
    }
    return true;
}

SearchHit hitFrom(const QSqlQuery &q, double score)
{
    return SearchHit{q.value(0).toLongLong(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     QString(),
                     score};
}

// Appends to page the hits of one page: sql's rows (id, code system, code, title, descriptor),
// read with values and then LIMIT ? OFFSET ?, each scored by its place on the page counted
// from the first hit (scored(n)). False when the query failed (the error on the page).
template<typename Scored>
bool appendPage(QSqlQuery &q, const QString &sql, QVariantList values, int offset, int limit, SearchPage *page,
                Scored scored)
{
    values << limit << offset;
    if (!run(q, sql + u" LIMIT ? OFFSET ?"_s, values, page))
        return false;
    while (nextRow(q, page))
        page->hits.append(hitFrom(q, scored(offset + page->hits.size())));
    return true;
}

// Where a tier's counted rows lie (Condition::count's second and third columns): `counted` of
// them among a span of `span` ids, in a library whose ids span `library`.
struct Spread
{
    int counted = 0;
    double span = 0;
    double library = 0;
};

// Matches of a full-text expression that pass the filters, up to cap when cap > 0. The full-text
// set is built first, never probed row by row, which would re-run the match for every row the
// planner walks. *spread: where the counted rows lie, when the count says.
int countMatches(QSqlQuery &q, const Condition &match, const QString &filters, const QVariantList &filterValues,
                 SearchPage *page, int cap = 0, Spread *spread = nullptr)
{
    bool ok = false;
    if (filters.isEmpty() && !match.count.isEmpty())
        ok = run(q, match.count.arg(cap > 0 ? cap : -1), match.values, page);
    else if (cap > 0)
        ok = run(q,
                 u"SELECT count(*) FROM (SELECT 1 FROM procedures p WHERE "_s + match.sql + filters + u" LIMIT "_s +
                     QString::number(cap) + u") AS s"_s,
                 match.values + filterValues, page);
    else
        ok = run(q, u"SELECT count(*) FROM procedures p WHERE "_s + match.sql + filters, match.values + filterValues,
                 page);
    if (!ok || !nextRow(q, page))
        return -1;
    if (spread && q.record().count() >= 3)
        *spread = {q.value(0).toInt(), q.value(1).toDouble(), q.value(2).toDouble()};
    return q.value(0).toInt();
}

// How far a tier is counted: one past the largest tier that is ranked.
int countCap(const SearchDialect &d)
{
    return d.rankLimit + 1;
}

// A total that was not counted to the end: at least what was counted, and at least one more
// than this page when the page came back full (the list asks for the next one).
void setLowerBound(SearchPage *page, int counted, int offset, int limit)
{
    const auto shown = int(page->hits.size());
    if (shown < limit) {
        // Every tier ran out on this page: now the total is known.
        page->total = offset + shown;
        page->totalIsExact = true;
        return;
    }
    page->total = std::max(counted, offset + shown + 1);
    page->totalIsExact = false;
}

// Rows of a word list read for one page of a large tier before its rows are sorted instead.
constexpr int WalkBudget = 4000;

// A probe (Condition::probe) costs about what this many rows of the full-text set cost to build:
// at 1,000,000 procedures, 10-40 µs a probe in an index merged into one piece (as an import of
// much of the library leaves it, LibraryStore::mergeSearchIndex), 0.3-2 µs a row of the set. In
// an index of ten pieces (a library grown by many small imports) a probe costs up to twenty
// times as much, and a probed page may be slower than one read from the set.
constexpr double ProbeCost = 100;

// How many of a tier's rows lie among the ids its count read: its share of the library.
double density(const Spread &spread)
{
    return spread.counted > 0 && spread.span > 0 ? std::min(1.0, spread.counted / spread.span) : 0.0;
}

// Rows to walk, checking each alone (Condition::probe), for `rows` rows of a tier too large to
// count when `hits` of the rows walked are the tier's; 0 when building the tier's set costs
// less, or the walk would read more than a walk may. It reads twice what `hits` asks for; a
// tier sparser along the walk than that is then read from its set as before.
int probeBudget(const Spread &spread, int rows, double hits)
{
    const double set = density(spread) * spread.library; // rows of the tier's set
    const double walked = hits > 0 ? 2 * rows / hits : 0.0;
    if (set <= 0 || walked <= 0 || walked > WalkBudget || walked / 2 * ProbeCost > set)
        return 0;
    return int(std::ceil(walked));
}

// Builds one page across the tiers: skips `offset` rows overall, collects up to `limit`.
struct Tiered
{
    QSqlQuery &q;
    const SearchDialect &d;
    const QString &filters;
    const QVariantList &filterValues;
    const Condition &match;
    SearchPage *page;
    QList<qint64> seen; // rows of earlier tiers, excluded from later ones
    int skip;
    int want;

    [[nodiscard]] bool done() const { return want <= 0 || !page->error.isEmpty(); }

    [[nodiscard]] QString notSeen() const
    {
        if (seen.isEmpty())
            return {};
        QStringList ids;
        for (qint64 id : seen)
            ids << QString::number(id);
        return u" AND p.id NOT IN ("_s + ids.join(u',') + u')';
    }

    void add(int tier) { add(hitFrom(q, 0.0), tier); }

    void add(SearchHit hit, int tier)
    {
        seen << hit.id;
        if (skip > 0) {
            --skip;
            return;
        }
        if (want <= 0)
            return;
        --want;
        // Higher is better; sorts like the list.
        hit.score = (5 - tier) * 1e6 - double(page->hits.size());
        hit.tier = tier;
        page->hits.append(hit);
    }

    // A small tier from an index: sql has %1 where the filters go; values bind before them, after after.
    void take(const QString &sql, const QVariantList &before, const QVariantList &after, int tier)
    {
        if (done())
            return;
        if (!run(q, sql.arg(filters + u" AND "_s + d.rowCheck.arg(match.sql) + notSeen()),
                 before + filterValues + match.values + after, page))
            return;
        while (nextRow(q, page))
            add(tier);
    }

    // A tier of at most rankLimit rows (size), by relevance, then title.
    void rankedTier(const QString &rankedSql, const Condition &tierMatch, const QVariantList &rankValues, int size,
                    int tier)
    {
        if (done() || size <= 0)
            return;
        if (skip >= size) {
            skip -= size;
            return;
        }
        QVariantList values = tierMatch.values + filterValues + rankValues;
        values << want << skip;
        const QString sql = rankedSql.contains(u"%2"_s) ? rankedSql.arg(filters + notSeen(), tierMatch.sql)
                                                        : rankedSql.arg(filters + notSeen());
        if (!run(q, sql, values, page))
            return;
        skip = 0; // the statement skipped them
        while (nextRow(q, page))
            add(tier);
    }

    // A tier too large to count: `skip` rows in, in title order. Along the word list walkOf()
    // gives when it has SQL (through procedures, or, where the dialect has a titleWalk and there
    // are no filters, as ids within it), else along titleWalk's title index, reading at most a
    // budget of rows, each checked alone (probeBudget(), spread: where the tier's counted rows
    // lie) or against the tier's set: when that budget yields too few (the tier's rows are
    // sparse in the word list, or come late in the title index), or when nothing can be walked,
    // the tier's rows are sorted by the same key instead (the dialect's sortedTier, or along
    // titleScanFrom).
    // When the tier ends before the page is full, skip is left as the next tier needs it; the
    // tier is counted exactly only when this page starts past its end.
    void largeTier(const Condition &tierMatch, const std::function<Condition(int)> &walkOf, int tier,
                   const Spread &spread)
    {
        if (done())
            return;
        // Built only when it is read: choosing the words to walk costs statements of its own.
        const Condition walk = walkOf && (d.titleWalk.isEmpty() || filters.isEmpty())
                                   ? walkOf(skip + want + int(seen.size()))
                                   : Condition{};
        const int skipped = skip;
        const int wanted = want;
        const QString select = u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor "_s;
        QList<SearchHit> rows;
        // One page of the tier by sql, whose placeholders take values, then LIMIT and OFFSET.
        // False when it failed (the error on the page).
        const auto read = [&](const QString &sql, QVariantList values) {
            rows.clear();
            values << want << skip;
            if (!run(q, sql, values, page))
                return false;
            while (nextRow(q, page))
                rows << hitFrom(q, 0.0);
            return page->error.isEmpty();
        };
        bool complete = false;
        const int budget = std::max(WalkBudget, 8 * (skipped + wanted)); // rows a walk may read
        const QVariantList checked = tierMatch.values + filterValues;
        // Ids in title order along the word list, else along the title index; at most n.
        const auto ids = [&](int n) { return walk.sql.isEmpty() ? d.titleIds.arg(n) : walk.sql.arg(n); };
        // A tier in much of the library, along the title index (where its share of the library
        // is the share of rows that are its; the rows of earlier tiers take places too) or a
        // word list whose rows are mostly its: a page costs a few probes where the set costs a
        // row for every row of the tier.
        // A walk's rows are probed for what it does not hold already, when it says (Condition::probe).
        const Condition &prober = !walk.sql.isEmpty() && !walk.probe.isEmpty() ? walk : tierMatch;
        const int probes =
            d.titleWalk.isEmpty() || !filters.isEmpty() || prober.probe.isEmpty() || walk.whole
                ? 0
                : probeBudget(spread, skipped + wanted + int(seen.size()), walk.sql.isEmpty() ? density(spread) : 0.5);
        if (probes > 0) {
            if (!read(d.titleWalk.arg(prober.probe + notSeen(), ids(probes)), walk.values + prober.probeValues))
                return;
            complete = rows.size() == wanted;
        }
        if (!complete && !walk.sql.isEmpty() && d.titleWalk.isEmpty()) {
            // Row by row along the word list, which is in title order: the first page costs a page.
            if (!read(select + u"FROM ("_s + walk.sql.arg(budget) + u") AS w "_s + d.join +
                          u" procedures p ON p.id = w.procedure_id WHERE "_s + d.rowCheck.arg(tierMatch.sql) + filters +
                          notSeen() + u" ORDER BY w.sort_title, w.procedure_id LIMIT ? OFFSET ?"_s,
                      walk.values + checked))
                return;
            complete = rows.size() == wanted;
        } else if (!complete && !d.titleWalk.isEmpty() && filters.isEmpty()) {
            // Ids along the word list, else along the title index (a tier whose rows come early in
            // it costs a page); whole rows are read for the page only.
            const bool whole = !walk.sql.isEmpty() && walk.whole;
            if (!read(d.titleWalk.arg(whole ? u"1 = 1"_s + notSeen() : tierMatch.sql + notSeen(), ids(budget)),
                      walk.values + (whole ? QVariantList() : tierMatch.values)))
                return;
            complete = rows.size() == wanted || (whole && walk.ends); // short: the tier ended
        }
        if (!complete) {
            const QString order = walk.sql.isEmpty() ? d.titleOrder : d.walkOrder;
            const QString sql = !d.sortedTier.isEmpty()
                                    ? d.sortedTier.arg(tierMatch.sql + filters + notSeen())
                                    : select + d.titleScanFrom + u" WHERE "_s + tierMatch.sql + filters + notSeen() +
                                          u" ORDER BY "_s + order + u", p.id LIMIT ? OFFSET ?"_s;
            if (!read(sql, checked))
                return;
        }
        skip = 0; // the statement skipped them
        for (const SearchHit &hit : std::as_const(rows))
            add(hit, tier);
        if (!rows.isEmpty() || skipped == 0)
            return;
        // This page starts past the tier's end: how far past is its size.
        const int size = countMatches(q, tierMatch, filters + notSeen(), filterValues, page);
        skip = std::max(0, skipped - std::max(0, size));
    }
};

// The filters, then "AND NOT" what is excluded; their values appended to *values in that order.
QString withoutExcluded(const QString &filters, const QVariantList &filterValues, const Condition &excluded,
                        QVariantList *values)
{
    *values += filterValues;
    if (excluded.sql.isEmpty())
        return filters;
    *values += excluded.values;
    return filters + u" AND NOT "_s + excluded.sql;
}

// One or two characters: procedures with a lay name, alias or code that starts with them, in
// dictionary order of that name (no code is that short, so there is no exact-code tier). Both the
// count and the page come from the procedure_keys index; whole rows are read for one page only.
SearchPage namePrefixSearch(QSqlQuery &q, const SearchDialect &d, const SearchPlan &plan, const QString &filters,
                            const QVariantList &filterValues, const Condition &excluded, int offset, int limit)
{
    SearchPage page;
    QVariantList values{QString(u'^' + plan.namePrefix)};
    const QString where = u" WHERE x.key = ?"_s + withoutExcluded(filters, filterValues, excluded, &values);
    const bool plain = filters.isEmpty() && excluded.sql.isEmpty();
    const QString joined = u" FROM procedure_keys x "_s + d.join + u" procedures p ON p.id = x.procedure_id"_s;
    const QString from = plain ? u" FROM procedure_keys x"_s : joined;
    const int cap = countCap(d);
    const QString count =
        u"SELECT count(*) FROM (SELECT 1"_s + from + where + u" LIMIT "_s + QString::number(cap) + u") AS s"_s;
    if (!run(q, count, values, &page) || !nextRow(q, &page))
        return page;
    page.total = q.value(0).toInt();
    const bool capped = page.total >= cap;
    if (page.total == 0 || (offset >= page.total && !capped))
        return page;
    const auto rank = [&page](qsizetype n) { return double(page.total - n); };
    if (!appendPage(q,
                    u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor"_s + joined + where +
                        u" ORDER BY x.sort_name, x.procedure_id"_s,
                    values, offset, limit, &page, rank))
        return page;
    if (capped)
        setLowerBound(&page, page.total, offset, limit);
    return page;
}

SearchPage listAll(QSqlQuery &q, const SearchDialect &d, const SearchPlan &plan, const QString &filters,
                   const QVariantList &filterValues, const Condition &excluded, int offset, int limit)
{
    SearchPage page;
    QVariantList values;
    const QString conditions = withoutExcluded(filters, filterValues, excluded, &values);
    const QString where = u" WHERE p.version_of IS NULL"_s + conditions;
    // Every procedure less the language versions, not a count "WHERE version_of IS NULL": that
    // column sits after the document in a file library's row, so such a count read every page of
    // the library (73 s at a million, cold). All rows are a count of the smallest index; the
    // versions are few and have their own index.
    const QString all = conditions.isEmpty() ? QString() : u" WHERE 1 = 1"_s + conditions;
    const QString count = u"SELECT (SELECT count(*) FROM procedures p"_s + all +
                          u") - (SELECT count(*) FROM procedures p WHERE p.version_of IS NOT NULL"_s + conditions +
                          u")"_s;
    if (!run(q, count, values + values, &page) || !nextRow(q, &page))
        return page;
    page.total = q.value(0).toInt();
    const QString order =
        plan.rangeFrom.isEmpty() ? u" ORDER BY "_s + d.titleOrder + u", p.id"_s : u" ORDER BY p.code, p.id"_s;
    (void)appendPage(q,
                     u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor FROM procedures p"_s + where + order,
                     values, offset, limit, &page, [](qsizetype) { return 0.0; });
    return page;
}

} // namespace

QList<QStringList> walkableGroups(const SearchPlan &plan, const QHash<QString, QStringList> &expansions,
                                  const std::function<bool(const QString &)> &listed, bool *phrases,
                                  QList<qsizetype> *exact)
{
    *phrases = false;
    if (exact)
        exact->clear();
    QList<QStringList> groups;
    for (qsizetype i = 0; i < plan.groups.size(); ++i) {
        QStringList words;
        bool walkable = true;
        bool phrase = false;
        for (const QStringList &alternative : plan.groups.at(i)) {
            const QStringList folded = IndexWords::foldedWords(alternative);
            if (folded.isEmpty())
                continue;
            if (folded.size() > 1) {
                walkable = walkable && listed(folded.first());
                words << folded.first();
                phrase = true;
            } else if (const auto it = expansions.constFind(folded.first()); it != expansions.cend()) {
                // (A whole word may be one the list leaves out: a single letter, in a file.)
                walkable = walkable && std::all_of(it->cbegin(), it->cend(), listed);
                words << *it;
            } else {
                walkable = false;
            }
        }
        words.removeDuplicates();
        if (walkable && !words.isEmpty()) {
            groups << words;
            *phrases = *phrases || phrase;
            if (exact)
                *exact << (phrase ? -1 : i);
        }
    }
    return groups;
}

SearchPage tieredSearch(QSqlDatabase &db, const SearchDialect &d, const SearchPlan &plan, const SearchExpressions &e,
                        int offset, int limit)
{
    SearchPage page;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    QString filters;
    QVariantList filterValues;
    appendFilters(plan, &filters, &filterValues);

    if (!plan.namePrefix.isEmpty())
        return namePrefixSearch(q, d, plan, filters, filterValues, e.excluded, offset, limit);
    if (!plan.hasText())
        return listAll(q, d, plan, filters, filterValues, e.excluded, offset, limit);

    const int cap = countCap(d);
    Spread namesSpread;
    Spread bodySpread;
    const int names = countMatches(q, e.namesOnly, filters, filterValues, &page, cap, &namesSpread);
    int body = -1; // not counted
    if (names == 0)
        body = countMatches(q, e.bodyOnly, filters, filterValues, &page, cap, &bodySpread);
    if (!page.error.isEmpty() || (names <= 0 && body <= 0))
        return page;

    // Tiers 0-2 are small and come from indexes; every row of them also matches namesOnly. Counted
    // by tier, the names and the text apart, so rows of tiers 0-2 must be among the names (they
    // are: a code or a name is there).
    Tiered t{q, d, filters, filterValues, e.namesOnly, &page, {}, offset, limit};
    if (!plan.codeExact.isEmpty()) {
        const QString upper = plan.codeExact + QChar(0x7F); // codes are ASCII: every extension sorts below
        // A version in another language is found through its procedure (version_of).
        t.take(u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor FROM procedures p"
               " WHERE p.code >= ? AND p.code < ? AND p.version_of IS NULL %1"
               " ORDER BY p.code = ? DESC, p.code, p.id LIMIT 200"_s,
               {plan.codeExact, upper}, {plan.codeExact}, 0);
    }
    if (!plan.nameExact.isEmpty()) {
        // A lay name shared by very many procedures: the first 200 of them here, the rest with the names.
        t.take(u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor FROM procedures p"
               " WHERE p.id IN (SELECT procedure_id FROM procedure_keys WHERE key = ?"
               " ORDER BY sort_name, procedure_id LIMIT 200) %1"
               " ORDER BY "_s +
                   d.titleOrder + u", p.id LIMIT 200"_s,
               {QString(u'=' + plan.nameExact)}, {}, 2);
    }
    // Counted up to the cap: a tier of rankLimit or fewer is ranked, a larger one read in title order.
    if (names > d.rankLimit)
        t.largeTier(e.namesOnly, e.namesWalk, 3, namesSpread);
    else
        t.rankedTier(d.rankedNames, e.namesOnly, e.namesRank, names - int(t.seen.size()), 3);
    if (body < 0 && (!t.done() || names <= d.rankLimit))
        body = countMatches(q, e.bodyOnly, filters, filterValues, &page, cap, &bodySpread);
    if (body > d.rankLimit)
        t.largeTier(e.bodyOnly, {}, 4, bodySpread);
    else if (body > 0)
        t.rankedTier(d.rankedBody, e.bodyOnly, e.bodyRank, body, 4);
    if (!page.error.isEmpty())
        return page;
    if (names <= d.rankLimit && body >= 0 && body <= d.rankLimit)
        page.total = names + body;
    else
        setLowerBound(&page, names + std::max(body, 0), offset, limit);
    return page;
}

QString queryError(const QSqlQuery &q)
{
    const QString text = q.lastError().text().trimmed();
    return text.isEmpty() ? QCoreApplication::translate("Careleaf::LibraryStore", "the library is not connected")
                          : text;
}

} // namespace Careleaf
