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

QString matchExpression(const QList<QList<QStringList>> &groups)
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

QString excludedExpression(const SearchPlan &plan)
{
    QStringList parts;
    for (const QStringList &words : plan.excluded)
        parts << alternative(words);
    return parts.join(u" OR "_s);
}

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

class SqliteBackend final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::SqliteBackend)

public:
    QString driverName() const override { return u"QSQLITE"_s; }

    static bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, SearchPage *page)
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

    QString configure(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        // WAL lets workstations' readers run while an import writes; the busy timeout turns a
        // momentary lock into a short wait instead of an error.
        for (const QString &pragma : {u"PRAGMA busy_timeout = 10000"_s, u"PRAGMA journal_mode = WAL"_s,
                                      u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s}) {
            if (!q.exec(pragma))
                return q.lastError().text();
        }
        return {};
    }

    int latestSchemaVersion() const override { return 2; }

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
            // Filters (setting, duration), exact-name matching, typo vocabulary, and prefix indexes
            // for one- to three-letter prefixes so the first keystrokes stay fast. The new columns
            // are filled by LibraryStore from each stored document after these statements.
            return {
                u"ALTER TABLE procedures ADD COLUMN names_norm TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE procedures ADD COLUMN settings INTEGER NOT NULL DEFAULT 0"_s,
                u"ALTER TABLE procedures ADD COLUMN duration_minutes INTEGER"_s,
                u"CREATE INDEX procedures_system_code ON procedures (code_system, code)"_s,
                u"DROP TRIGGER procedures_ai"_s,
                u"DROP TRIGGER procedures_ad"_s,
                u"DROP TRIGGER procedures_au"_s,
                u"DROP TABLE procedure_fts"_s,
                u"CREATE VIRTUAL TABLE procedure_fts USING fts5("
                "  code, names, descriptor, body,"
                "  content = 'procedures', content_rowid = 'id',"
                "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"_s,
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
        const QString excluded = excludedExpression(plan);

        if (!plan.hasText()) {
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

        QString match = matchExpression(plan.groups);
        const QString namesMatch = u"{code names descriptor} : ("_s + match + u')';
        if (!excluded.isEmpty())
            match = u'(' + match + u") NOT ("_s + excluded + u')';

        if (filters.isEmpty()) {
            if (!run(q, u"SELECT count(*) FROM procedure_fts WHERE procedure_fts MATCH ?"_s, {match}, &page) ||
                !q.next())
                return page;
        } else {
            if (!run(q,
                     u"SELECT count(*) FROM procedure_fts JOIN procedures p ON p.id = procedure_fts.rowid"
                     " WHERE procedure_fts MATCH ?"_s +
                         filters,
                     QVariantList{match} + filterValues, &page) ||
                !q.next())
                return page;
        }
        page.total = q.value(0).toInt();
        if (page.total == 0 || offset >= page.total)
            return page;

        const QString code = plan.codeExact;
        const QString name = plan.nameExact;
        QVariantList values{code, code, code, code, name, name, namesMatch, match};
        values += filterValues;
        values << limit << offset;
        if (!run(q,
                 u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor,"
                 "  CASE WHEN p.code = ? THEN 0"
                 "   WHEN ? <> '' AND substr(p.code, 1, length(?)) = ? THEN 1"
                 "   WHEN ? <> '' AND instr(p.names_norm, char(10) || ? || char(10)) > 0 THEN 2"
                 "   WHEN p.id IN (SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ?) THEN 3"
                 "   ELSE 4 END AS tier,"
                 "  m.r"
                 " FROM (SELECT rowid AS id, bm25(procedure_fts, 6.0, 10.0, 4.0, 1.0) AS r"
                 "       FROM procedure_fts WHERE procedure_fts MATCH ?) AS m"
                 " JOIN procedures p ON p.id = m.id WHERE 1 = 1"_s +
                     filters + u" ORDER BY tier, m.r, p.title COLLATE NOCASE, p.id LIMIT ? OFFSET ?"_s,
                 values, &page))
            return page;
        QStringList ids;
        while (q.next()) {
            const int tier = q.value(5).toInt();
            // bm25 is negative, smaller is better; fold the tier in so the score sorts like the list.
            const double score = (4 - tier) * 1000.0 - q.value(6).toDouble();
            page.hits.append(SearchHit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString(), QString(), score});
            ids << QString::number(page.hits.last().id);
        }
        q.finish();

        // Snippets for this page only: snippet() needs the full-text cursor, and 100 rows are cheap.
        if (!ids.isEmpty() &&
            run(q,
                u"SELECT rowid, snippet(procedure_fts, -1, char(2), char(3), '…', 14) FROM procedure_fts"
                " WHERE procedure_fts MATCH ? AND rowid IN ("_s +
                    ids.join(u',') + u')',
                {match}, &page)) {
            QHash<qint64, QString> snippets;
            while (q.next())
                snippets.insert(q.value(0).toLongLong(), q.value(1).toString());
            for (SearchHit &hit : page.hits)
                hit.snippet = snippets.value(hit.id);
        }
        return page;
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
