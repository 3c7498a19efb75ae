// SQLite: the embedded single-workstation library. Full-text search is FTS5 over an
// external-content table kept in step with `procedures` by triggers, so a procedure and its
// index entry always change in the same transaction.
#include "storebackend.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

class SqliteBackend final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::SqliteBackend)

public:
    QString driverName() const override { return u"QSQLITE"_s; }

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

    int latestSchemaVersion() const override { return 1; }

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
        default:
            return {};
        }
    }

    QString beginWriteStatement() const override { return u"BEGIN IMMEDIATE"_s; }

    SearchPage search(QSqlDatabase &db, const ParsedQuery &query, int offset, int limit) const override
    {
        SearchPage page;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (query.isEmpty()) {
            if (!q.exec(u"SELECT count(*) FROM procedures"_s) || !q.next()) {
                page.error = q.lastError().text();
                return page;
            }
            page.total = q.value(0).toInt();
            q.prepare(u"SELECT id, code_system, code, title, descriptor FROM procedures"
                      " ORDER BY title COLLATE NOCASE, id LIMIT ? OFFSET ?"_s);
            q.addBindValue(limit);
            q.addBindValue(offset);
            if (!q.exec()) {
                page.error = q.lastError().text();
                return page;
            }
            while (q.next()) {
                page.hits.append(SearchHit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString(), q.value(4).toString(), QString(), 0.0});
            }
            return page;
        }

        const QString match = fts5MatchExpression(query);
        q.prepare(u"SELECT count(*) FROM procedure_fts WHERE procedure_fts MATCH ?"_s);
        q.addBindValue(match);
        if (!q.exec() || !q.next()) {
            page.error = q.lastError().text();
            return page;
        }
        page.total = q.value(0).toInt();
        if (page.total == 0 || offset >= page.total)
            return page;

        // Tier: the exact code, then codes starting with what was typed, then everything else by
        // BM25 with names weighted above descriptor above section text.
        q.prepare(u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor,"
                  "  snippet(procedure_fts, -1, char(2), char(3), '…', 12),"
                  "  CASE WHEN p.code = ? THEN 0 WHEN p.code <> '' AND substr(p.code, 1, length(?)) = ? THEN 1"
                  "  ELSE 2 END AS tier,"
                  "  bm25(procedure_fts, 6.0, 10.0, 4.0, 1.0) AS rank"
                  " FROM procedure_fts JOIN procedures p ON p.id = procedure_fts.rowid"
                  " WHERE procedure_fts MATCH ?"
                  " ORDER BY tier, rank, p.title COLLATE NOCASE, p.id LIMIT ? OFFSET ?"_s);
        const QString code = query.codeCandidate.isEmpty() ? u"\x01"_s : query.codeCandidate;
        q.addBindValue(code);
        q.addBindValue(code);
        q.addBindValue(code);
        q.addBindValue(match);
        q.addBindValue(limit);
        q.addBindValue(offset);
        if (!q.exec()) {
            page.error = q.lastError().text();
            return page;
        }
        while (q.next()) {
            const int tier = q.value(6).toInt();
            // bm25 is negative, smaller is better; fold the tier in so the score sorts like the list.
            const double score = (2 - tier) * 1000.0 - q.value(7).toDouble();
            page.hits.append(SearchHit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), score});
        }
        return page;
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
