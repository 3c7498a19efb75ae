// SQLite: the embedded single-workstation library. Full-text search is FTS5 over an
// external-content table kept in step with `procedures` by triggers, so a procedure and its
// index entry always change in the same transaction.
#include "storebackend.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// FTS5 syntax for one alternative: a prefix term, or a phrase whose last word is a prefix.
// Words hold only letters, digits and marks (see ParsedQuery), so quoting them is enough.
QString alternative(const QStringList &words)
{
    return u'"' + words.join(u' ') + u"\"*"_s;
}

} // namespace

QString SqliteFts::matchExpression(const QList<QList<QStringList>> &groups)
{
    QStringList parts;
    for (const QList<QStringList> &group : groups) {
        QStringList alternatives;
        for (const QStringList &words : group)
            alternatives << alternative(words);
        parts << u'(' + alternatives.join(u" OR "_s) + u')';
    }
    return parts.join(u" AND "_s);
}

QString SqliteFts::excludedExpression(const SearchPlan &plan)
{
    QStringList parts;
    for (const QStringList &words : plan.excluded)
        parts << alternative(words);
    return parts.join(u" OR "_s);
}

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
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, SearchPage *page)
{
    if (!q.prepare(sql)) {
        page->error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        page->error = q.lastError().text();
        return false;
    }
    return true;
}

// Matches of an FTS expression that pass the filters. The full-text set is built first (IN),
// never probed row by row, which would re-run MATCH for every row the planner walks.
int countMatches(QSqlQuery &q, const QString &match, const QString &filters, const QVariantList &filterValues,
                 SearchPage *page)
{
    const bool ok = filters.isEmpty()
                        ? run(q, u"SELECT count(*) FROM procedure_fts WHERE procedure_fts MATCH ?"_s, {match}, page)
                        : run(q,
                              u"SELECT count(*) FROM procedures p"
                              " WHERE p.id IN (SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ?)"_s +
                                  filters,
                              QVariantList{match} + filterValues, page);
    return ok && q.next() ? q.value(0).toInt() : -1;
}

// Builds one page across the tiers: skips `offset` rows overall, collects up to `limit`.
struct Tiered
{
    // A tier's set up to this size is ordered by relevance (BM25); a larger one by title, read
    // from the title index with an early stop, so a broad query costs one page, not its matches.
    static constexpr int RankLimit = 2000;

    QSqlQuery &q;
    const QString &filters;
    const QVariantList &filterValues;
    const QString &match;
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

    void add(int tier)
    {
        const qint64 id = q.value(0).toLongLong();
        seen << id;
        if (skip > 0) {
            --skip;
            return;
        }
        if (want <= 0)
            return;
        --want;
        // Higher is better; sorts like the list.
        const double score = (5 - tier) * 1e6 - double(page->hits.size());
        page->hits.append(SearchHit{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), QString(), score});
    }

    // A small tier from an index: sql has %1 where the filters go; values bind before them, after after.
    void take(const QString &sql, const QVariantList &before, const QVariantList &after, int tier)
    {
        if (done())
            return;
        const QString membership = u" AND p.id IN (SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ?)"_s;
        if (!run(q, sql.arg(filters + membership + notSeen()), before + filterValues + QVariantList{match} + after,
                 page))
            return;
        while (q.next())
            add(tier);
    }

    void rankedTier(const QString &tierMatch, int size, int tier)
    {
        if (done() || size <= 0)
            return;
        if (skip >= size) {
            skip -= size;
            return;
        }
        const QVariantList values = QVariantList{tierMatch} + filterValues + QVariantList{want, skip};
        const QString columns = u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor"_s;
        const bool ok =
            size <= RankLimit
                ? run(q,
                      columns +
                          u" FROM (SELECT rowid AS id, bm25(procedure_fts, 6.0, 10.0, 4.0, 1.0) AS r"
                          "       FROM procedure_fts WHERE procedure_fts MATCH ?) AS m"
                          " CROSS JOIN procedures p ON p.id = m.id WHERE 1 = 1"_s +
                          filters + notSeen() + u" ORDER BY m.r, p.title COLLATE NOCASE, p.id LIMIT ? OFFSET ?"_s,
                      values, page)
                : run(q,
                      columns +
                          u" FROM procedures p INDEXED BY procedures_title"
                          " WHERE p.id IN (SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ?)"_s +
                          filters + notSeen() + u" ORDER BY p.title COLLATE NOCASE, p.id LIMIT ? OFFSET ?"_s,
                      values, page);
        if (!ok)
            return;
        skip = 0; // the statement skipped them
        while (q.next())
            add(tier);
    }
};

// One or two characters: procedures with a lay name, alias or code that starts with them, in
// dictionary order of that name (no code is that short, so there is no exact-code tier). Both the
// count and the page come from the procedure_keys index; whole rows are read for one page only.
SearchPage namePrefixSearch(QSqlQuery &q, const SearchPlan &plan, const QString &filters,
                            const QVariantList &filterValues, const QString &excluded, int offset, int limit)
{
    SearchPage page;
    QString where = u" WHERE x.key = '^' || ?"_s + filters;
    QVariantList values{plan.namePrefix};
    values += filterValues;
    if (!excluded.isEmpty()) {
        where += u" AND p.id NOT IN (SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ?)"_s;
        values << excluded;
    }
    const bool plain = filters.isEmpty() && excluded.isEmpty();
    const QString from = plain ? u" FROM procedure_keys x"_s
                               : u" FROM procedure_keys x CROSS JOIN procedures p ON p.id = x.procedure_id"_s;
    if (!run(q, u"SELECT count(*)"_s + from + where, values, &page) || !q.next())
        return page;
    page.total = q.value(0).toInt();
    if (page.total == 0 || offset >= page.total)
        return page;
    values << limit << offset;
    if (!run(q,
             u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor"
             " FROM procedure_keys x CROSS JOIN procedures p ON p.id = x.procedure_id"_s +
                 where + u" ORDER BY x.sort_name, x.procedure_id LIMIT ? OFFSET ?"_s,
             values, &page))
        return page;
    while (q.next()) {
        page.hits.append(SearchHit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(), QString(),
                                   double(page.total - offset - page.hits.size())});
    }
    return page;
}

SearchPage listAll(QSqlQuery &q, const SearchPlan &plan, const QString &filters, const QVariantList &filterValues,
                   const QString &excluded, int offset, int limit)
{
    SearchPage page;
    QString where = u" WHERE 1 = 1"_s + filters;
    QVariantList values = filterValues;
    if (!excluded.isEmpty()) {
        where += u" AND p.id NOT IN (SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ?)"_s;
        values << excluded;
    }
    if (!run(q, u"SELECT count(*) FROM procedures p"_s + where, values, &page) || !q.next())
        return page;
    page.total = q.value(0).toInt();
    const QString order =
        plan.rangeFrom.isEmpty() ? u" ORDER BY p.title COLLATE NOCASE, p.id"_s : u" ORDER BY p.code, p.id"_s;
    values << limit << offset;
    if (!run(q,
             u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor FROM procedures p"_s + where + order +
                 u" LIMIT ? OFFSET ?"_s,
             values, &page))
        return page;
    while (q.next()) {
        page.hits.append(SearchHit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(), QString(), 0.0});
    }
    return page;
}

class SqliteBackend final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::SqliteBackend)

public:
    QString driverName() const override { return u"QSQLITE"_s; }

    QString configure(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        // The busy timeout turns a momentary lock into a short wait instead of an error. These
        // are settings of the connection: nothing is written to the file.
        for (const QString &pragma :
             {u"PRAGMA busy_timeout = 10000"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s}) {
            if (!q.exec(pragma))
                return q.lastError().databaseText();
        }
        return {};
    }

    QStringList tables(QSqlDatabase &db, QSqlError *error) const override
    {
        QStringList out;
        QSqlQuery q(db);
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
            *error = q.lastError();
            return out;
        }
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QString prepareForWriting(QSqlDatabase &db) const override
    {
        // WAL lets workstations' readers run while an import writes. Switching to it writes the
        // file's header, so this runs only once the file is known to be a Careleaf library.
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA journal_mode = WAL"_s))
            return q.lastError().databaseText();
        return {};
    }

    int latestSchemaVersion() const override { return 3; }

    QStringList migration(int version) const override
    {
        switch (version) {
        case 1:
            return {
                u"CREATE TABLE careleaf_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                u"CREATE TABLE procedures ("
                "  id INTEGER PRIMARY KEY,"
                "  identity TEXT NOT NULL UNIQUE,"
                "  code_system TEXT NOT NULL,"
                "  code TEXT NOT NULL,"
                "  descriptor TEXT NOT NULL,"
                "  title TEXT NOT NULL,"
                "  names TEXT NOT NULL,"
                "  body TEXT NOT NULL,"
                "  document TEXT NOT NULL,"
                "  content_sha256 TEXT NOT NULL,"
                "  source_file TEXT NOT NULL,"
                "  source_sha256 TEXT NOT NULL,"
                "  reading_grade REAL NOT NULL,"
                "  imported_at TEXT NOT NULL,"
                "  updated_at TEXT NOT NULL)"_s,
                u"CREATE INDEX procedures_code ON procedures (code)"_s,
                u"CREATE INDEX procedures_title ON procedures (title COLLATE NOCASE, id)"_s,
                u"CREATE VIRTUAL TABLE procedure_fts USING fts5("
                "  code, names, descriptor, body,"
                "  content = 'procedures', content_rowid = 'id',"
                "  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"_s,
                u"CREATE TRIGGER procedures_ai AFTER INSERT ON procedures BEGIN"
                "  INSERT INTO procedure_fts (rowid, code, names, descriptor, body)"
                "  VALUES (new.id, new.code, new.names, new.descriptor, new.body);"
                " END"_s,
                u"CREATE TRIGGER procedures_ad AFTER DELETE ON procedures BEGIN"
                "  INSERT INTO procedure_fts (procedure_fts, rowid, code, names, descriptor, body)"
                "  VALUES ('delete', old.id, old.code, old.names, old.descriptor, old.body);"
                " END"_s,
                u"CREATE TRIGGER procedures_au AFTER UPDATE ON procedures BEGIN"
                "  INSERT INTO procedure_fts (procedure_fts, rowid, code, names, descriptor, body)"
                "  VALUES ('delete', old.id, old.code, old.names, old.descriptor, old.body);"
                "  INSERT INTO procedure_fts (rowid, code, names, descriptor, body)"
                "  VALUES (new.id, new.code, new.names, new.descriptor, new.body);"
                " END"_s,
            };
        case 2:
            // Filters (setting, duration), exact-name matching and the typo vocabulary. The new
            // columns and names are filled by LibraryStore from each stored document after these
            // statements. No prefix indexes: they cost a sixth of import speed, and the tiered search
            // below stays fast for short prefixes without them (see README, Performance).
            return {
                // Search keys of every procedure, in index order: "=name" for each lay name and alias
                // (the exact-name tier is a lookup) and "^xy" for the first one and two characters of
                // each name and code, with the name they start (a one-letter query is a range walk).
                u"CREATE TABLE procedure_keys (key TEXT NOT NULL, sort_name TEXT NOT NULL,"
                "  procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,"
                "  PRIMARY KEY (key, sort_name, procedure_id)) WITHOUT ROWID"_s,
                u"CREATE INDEX procedure_keys_procedure ON procedure_keys (procedure_id)"_s,
                u"ALTER TABLE procedures ADD COLUMN settings INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE procedures ADD COLUMN duration_minutes INTEGER"_s,
                u"DROP TRIGGER procedures_ai"_s,
                u"DROP TRIGGER procedures_ad"_s,
                u"DROP TRIGGER procedures_au"_s,
                u"DROP TABLE procedure_fts"_s,
                u"CREATE VIRTUAL TABLE procedure_fts USING fts5("
                "  code, names, descriptor, body,"
                "  content = 'procedures', content_rowid = 'id',"
                "  tokenize = 'unicode61 remove_diacritics 2')"_s,
                u"CREATE VIRTUAL TABLE procedure_vocab USING fts5vocab('procedure_fts', 'row')"_s,
                u"CREATE TRIGGER procedures_ai AFTER INSERT ON procedures BEGIN"
                "  INSERT INTO procedure_fts (rowid, code, names, descriptor, body)"
                "  VALUES (new.id, new.code, new.names, new.descriptor, new.body);"
                " END"_s,
                u"CREATE TRIGGER procedures_ad AFTER DELETE ON procedures BEGIN"
                "  INSERT INTO procedure_fts (procedure_fts, rowid, code, names, descriptor, body)"
                "  VALUES ('delete', old.id, old.code, old.names, old.descriptor, old.body);"
                " END"_s,
                // Only the indexed columns: updating derived columns must not touch the index.
                u"CREATE TRIGGER procedures_au AFTER UPDATE OF code, names, descriptor, body ON procedures BEGIN"
                "  INSERT INTO procedure_fts (procedure_fts, rowid, code, names, descriptor, body)"
                "  VALUES ('delete', old.id, old.code, old.names, old.descriptor, old.body);"
                "  INSERT INTO procedure_fts (rowid, code, names, descriptor, body)"
                "  VALUES (new.id, new.code, new.names, new.descriptor, new.body);"
                " END"_s,
                u"INSERT INTO procedure_fts (procedure_fts) VALUES ('rebuild')"_s,
            };
        case 3:
            // One row per handout printed or exported; nothing about the patient.
            return {
                u"CREATE TABLE education_log ("
                "  id INTEGER PRIMARY KEY,"
                "  printed_at TEXT NOT NULL,"
                "  workstation TEXT NOT NULL,"
                "  procedures TEXT NOT NULL,"
                "  content_versions TEXT NOT NULL,"
                "  sections TEXT NOT NULL,"
                "  preset TEXT NOT NULL,"
                "  copies INTEGER NOT NULL,"
                "  output TEXT NOT NULL)"_s,
                u"CREATE INDEX education_log_printed_at ON education_log (printed_at)"_s,
            };
        default:
            return {};
        }
    }

    QString beginWriteStatement() const override { return u"BEGIN IMMEDIATE"_s; }

    SearchPage search(QSqlDatabase &db, const SearchPlan &plan, int offset, int limit) const override
    {
        SearchPage page;
        QSqlQuery q(db);
        q.setForwardOnly(true);

        QString filters;
        QVariantList filterValues;
        appendFilters(plan, &filters, &filterValues);
        const QString excluded = SqliteFts::excludedExpression(plan);

        if (!plan.namePrefix.isEmpty())
            return namePrefixSearch(q, plan, filters, filterValues, excluded, offset, limit);
        if (!plan.hasText())
            return listAll(q, plan, filters, filterValues, excluded, offset, limit);

        QString match = SqliteFts::matchExpression(plan.groups);
        QString namesMatch = u"({code names descriptor} : ("_s + match + u"))"_s;
        if (!excluded.isEmpty()) {
            match = u'(' + match + u") NOT ("_s + excluded + u')';
            namesMatch = namesMatch + u" NOT ("_s + excluded + u')';
        }
        const QString bodyOnly = u'(' + match + u") NOT "_s + namesMatch;

        page.total = countMatches(q, match, filters, filterValues, &page);
        if (page.total <= 0 || offset >= page.total || !page.error.isEmpty())
            return page;

        // Tiers 0-2 are small and come from indexes; every row of them also matches namesMatch.
        Tiered t{q, filters, filterValues, match, &page, {}, offset, limit};
        if (!plan.codeExact.isEmpty()) {
            const QString upper = plan.codeExact + QChar(0x7F); // codes are ASCII: every extension sorts below
            t.take(u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor FROM procedures p"
                   " WHERE p.code >= ? AND p.code < ? %1 ORDER BY p.code = ? DESC, p.code, p.id LIMIT 200"_s,
                   {plan.codeExact, upper}, {plan.codeExact}, 0);
        }
        if (!plan.nameExact.isEmpty()) {
            t.take(u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor FROM procedures p"
                   " WHERE p.id IN (SELECT procedure_id FROM procedure_keys WHERE key = '=' || ?) %1"
                   " ORDER BY p.title COLLATE NOCASE, p.id LIMIT 200"_s,
                   {plan.nameExact}, {}, 2);
        }
        if (!t.done()) {
            const int names = countMatches(q, namesMatch, filters, filterValues, &page);
            t.rankedTier(namesMatch, names - int(t.seen.size()), 3);
            t.rankedTier(bodyOnly, page.total - names, 4);
        }
        if (!page.error.isEmpty())
            return page;

        return page;
    }

    QHash<qint64, QString> texts(QSqlDatabase &db, const QList<qint64> &ids) const override
    {
        QHash<qint64, QString> out;
        if (ids.isEmpty())
            return out;
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(u"SELECT id, descriptor || char(10) || body FROM procedures WHERE id IN ("_s + list.join(u',') +
                   u')')) {
            while (q.next())
                out.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        return out;
    }

    QString dataVersion(QSqlDatabase &db) const override
    {
        // Changes whenever another connection commits; our own commits are counted by the store.
        QSqlQuery q(db);
        return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toString() : QString();
    }

    QList<QPair<QString, int>> vocabulary(QSqlDatabase &db) const override
    {
        QList<QPair<QString, int>> out;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT term, doc FROM procedure_vocab"_s))
            return out;
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toInt()});
        return out;
    }

    std::function<void()> interrupter(QSqlDatabase &db) const override
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return [] {};
        sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
        // sqlite3_interrupt is safe to call from any thread while the connection is open.
        return [connection] { sqlite3_interrupt(connection); };
    }

    QStringList integrityProblems(QSqlDatabase &db) const override
    {
        QStringList problems;
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s)) {
            problems << tr("SQLite integrity check could not run: %1").arg(q.lastError().text());
        } else {
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != u"ok"_s)
                    problems << tr("SQLite integrity check: %1").arg(line);
            }
        }
        if (!q.exec(u"INSERT INTO procedure_fts (procedure_fts) VALUES ('integrity-check')"_s))
            problems << tr("the search index does not match the procedures: %1").arg(q.lastError().text());
        return problems;
    }
};

} // namespace

std::unique_ptr<StoreBackend> makeSqliteBackend()
{
    return std::make_unique<SqliteBackend>();
}

} // namespace Careleaf
