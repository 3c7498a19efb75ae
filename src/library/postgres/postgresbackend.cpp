// PostgreSQL: the clinic's shared library. Its search index (tsvector columns, name_words,
// search_words) is search/postgres/postgresindex.cpp's; the roles are serveradmin.cpp's.
#include "postgresparts.h"
#include "storebackend.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <dlfcn.h>
#include <libpq-fe.h> // its types; its functions are looked up where Qt's driver loaded them

using namespace Qt::StringLiterals;

namespace Careleaf {

using namespace PostgresParts;

namespace {

// libpq's cancel functions, from the copy Qt's PostgreSQL driver loaded for the connection.
// Careleaf does not link libpq: it would load it (with its Kerberos, LDAP and TLS libraries)
// into every console command, on a file library too. All null when libpq is not loaded.
struct LibpqCancel
{
    decltype(&PQgetCancel) get = nullptr;
    decltype(&PQfreeCancel) free = nullptr;
    decltype(&PQcancel) cancel = nullptr;
};

// Looked up once, by the first connection that has a PGconn (so libpq is loaded): RTLD_NOLOAD
// never loads a library. The reference it adds is kept for the process's lifetime.
const LibpqCancel &libpqCancel()
{
    static const LibpqCancel functions = [] {
        LibpqCancel f;
        void *libpq = dlopen("libpq.so.5", RTLD_NOW | RTLD_NOLOAD);
        if (!libpq)
            return f;
        f.get = reinterpret_cast<decltype(&PQgetCancel)>(dlsym(libpq, "PQgetCancel"));
        f.free = reinterpret_cast<decltype(&PQfreeCancel)>(dlsym(libpq, "PQfreeCancel"));
        f.cancel = reinterpret_cast<decltype(&PQcancel)>(dlsym(libpq, "PQcancel"));
        return f.get && f.free && f.cancel ? f : LibpqCancel{};
    }();
    return functions;
}

// StoreBackend for the clinic server, in the order sqlitebackend.cpp implements it for a file.
class PostgresBackend final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::PostgresBackend)

public:
    QString driverName() const override { return u"QPSQL"_s; }

    std::unique_ptr<SearchIndex> makeIndex(const QString &connectionName) const override
    {
        return makePostgresIndex(connectionName);
    }

    QString configure(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        // Typo candidates: looser than pg_trgm's default, the edit distance decides in the end.
        // The server's notices ("already exists, skipping") are not for staff.
        // A search is a few small index reads: parallel workers and compiling the plan (JIT,
        // for statements the planner thinks large, as a word-list walk looks) only add their
        // start-up time. The bitmap of a broad word's matches stays exact (no page-by-page rechecks).
        // One round trip for all of them: this runs at every connect and reconnect.
        if (!q.exec(u"SELECT set_config('pg_trgm.similarity_threshold', '0.2', false),"
                    " set_config('client_min_messages', 'warning', false),"
                    " set_config('max_parallel_workers_per_gather', '0', false),"
                    " set_config('work_mem', '32MB', false), set_config('jit', 'off', false)"_s))
            return q.lastError().databaseText();
        return {};
    }

    QStringList tables(QSqlDatabase &db, QSqlError *error) const override
    {
        return firstColumn(db, u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s, error);
    }

    QString prepareForWriting(QSqlDatabase &) const override { return {}; }

    // 5 derives every title and reading grade again (LibraryStore::migrate): no statements;
    // 6 seals the education log, which from then on only the server appends to; 8 splits every
    // procedure's text and sets its language and family (LibraryStore::splitIndexedText).
    // 10 to 12 are the file library's alone (its spelling list gains the words with digits,
    // which search_words has held since 2; its name_words, the server's since 4; its names' own
    // full-text index, as names_vector here), empty steps here; 13 is the server's alone: its
    // change counter counts once a transaction. 14 is the file library's alone (its new
    // procedures' full-text entries written by its index), an empty step here when the server
    // next needs a step: so a workstation is not stopped for a step with nothing in it.
    int latestSchemaVersion() const override { return 13; }

    // The same versions as SQLite's, with the same tables and columns; the full-text index and
    // the word list are the engine's own (procedure_fts and procedure_vocab there). Versions 4
    // and 13 are the server's alone: name_words, which the file library has from 11 on, and the
    // change counter's once a transaction.
    QStringList migration(int version) const override { return postgresMigration(version); }

    QString beginWriteStatement() const override { return u"BEGIN"_s; }
    QString beginSnapshotStatement() const override
    {
        return u"START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s;
    }

    QStringList logSealedStatements() const override { return {}; } // the roles' rights keep it (initServer)

    QString appendLogCall() const override { return u"SELECT careleaf_append_log(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s; }

    QString recorder(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        return q.exec(u"SELECT session_user"_s) && q.next() ? q.value(0).toString() : QString();
    }

    QString dataVersion(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        return q.exec(u"SELECT value FROM careleaf_meta WHERE key = 'content_version'"_s) && q.next()
                   ? q.value(0).toString()
                   : QString();
    }

    std::function<void()> interrupter(QSqlDatabase &db) const override
    {
        const QVariant handle = db.driver()->handle();
        // Qt's driver registers the handle under the struct's own name; "PGconn*" as well, in case.
        if (!handle.isValid() ||
            (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
            return [] {};
        PGconn *connection = *static_cast<PGconn *const *>(handle.data());
        const LibpqCancel &libpq = libpqCancel();
        if (!libpq.get)
            return [] {};
        // PQcancel may be called from any thread; it asks the server to stop the running statement.
        std::shared_ptr<PGcancel> cancel(libpq.get(connection), [free = libpq.free](PGcancel *c) {
            if (c)
                free(c);
        });
        return [cancel, libpq] {
            if (!cancel)
                return;
            char error[256];
            (void)libpq.cancel(cancel.get(), error, int(sizeof error));
        };
    }

    QStringList integrityProblems(QSqlDatabase &db) const override
    {
        QStringList problems;
        QSqlQuery q(db);
        if (!q.exec(
                u"SELECT id FROM procedures WHERE search_vector = ''::tsvector"
                " AND (code <> '' OR names <> '' OR descriptor <> '' OR about <> '' OR body <> '') AND version_of IS NULL ORDER BY id LIMIT 20"_s)) {
            problems << tr("the search index cannot be checked: %1").arg(serverWords(q.lastError()));
            return problems;
        }
        while (q.next())
            problems << tr("procedure %1: it is missing from the search index").arg(q.value(0).toLongLong());
        return problems;
    }

    QString caseless(const QString &column) const override { return u"lower("_s + column + u')'; }

    QString lockIdentity(QSqlDatabase &db, const QString &) const override
    {
        // Writers take turns on the change counter's row, so the second of two imports of the
        // same procedure sees the first one's row (read committed) and updates it.
        if (!m_lock) {
            m_lock = std::make_unique<QSqlQuery>(db);
            m_lock->prepare(u"SELECT value FROM careleaf_meta WHERE key = 'content_version' FOR UPDATE"_s);
        }
        return execOnce(*m_lock);
    }

    void forgetStatements() const override { m_lock.reset(); }

    // Transactional DDL: an upgrade that fails leaves the library as it was. IT's own backups
    // (pg_dump) cover the rest; README, "For clinic IT".
    QString backupBeforeUpgrade(QSqlDatabase &, const QString &, int, QString *copy) const override
    {
        copy->clear();
        return {};
    }

    LibraryProblem classify(const QSqlError &error, const QString &) const override
    {
        const QString state = error.nativeErrorCode();
        if (state == u"42501"_s)
            return LibraryProblem::ReadOnly;
        if (state == u"53100"_s)
            return LibraryProblem::NoSpace;
        if (state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"28"_s) || state.startsWith(u"57P"_s) ||
            state == u"3D000"_s)
            return LibraryProblem::Unreachable;
        return LibraryProblem::Other;
    }

    // The connection is gone (server restart, network): reconnecting may help.
    QString explainWriteError(const QSqlError &error) const override
    {
        const QString state = error.nativeErrorCode();
        const QString words = serverWords(error);
        const QString all = error.text();
        if (state == u"42501"_s)
            return tr("the clinic server refused: this connection's role is read-only (it can search, read, print "
                      "and add to the education log, not change procedures). Nothing was saved; import with the "
                      "clinic's editor role. The server said: %1")
                .arg(words);
        if (all.contains(u"no password supplied"_s))
            return tr("the server asks for a password and none was found. Careleaf never stores passwords: add a "
                      "line for this server to ~/.pgpass (or the file PGPASSFILE names), as for psql.");
        if (state.startsWith(u"28"_s) || all.contains(u"password authentication failed"_s))
            return tr("the server refused the user name or password (%1). Check the user in Preferences > Library "
                      "and the password in ~/.pgpass.")
                .arg(words);
        if (state == u"3D000"_s || (all.contains(u"does not exist"_s) && all.contains(u"database"_s)))
            return tr("the database does not exist on the server (%1). Ask IT to create it and run "
                      "careleaf-cli admin init-server.")
                .arg(words);
        if (all.contains(u"definition of service"_s) || all.contains(u"service file"_s))
            return tr("the service name is not in pg_service.conf (%1)").arg(words);
        if (all.contains(u"Connection refused"_s) || all.contains(u"timeout expired"_s) ||
            all.contains(u"could not translate host name"_s) || all.contains(u"No route to host"_s))
            return tr("the server does not answer (%1). Check the host and port, and that the server is running.")
                .arg(words);
        // libpq's "connection to server ... failed": no connection was ever made, so none was lost.
        if (all.contains(u"connection to server"_s) && all.contains(u"failed"_s)) {
            if (all.contains(u"No such file or directory"_s))
                return tr("no server answers on this computer's socket (%1). Check that the server is running, or "
                          "give its host name in the address.")
                    .arg(words);
            return tr("the server refused the connection (%1)").arg(words);
        }
        if (isConnectionLost(error))
            // Said by the window and the console alike: only the window goes on to reconnect (its banner
            // says so), so the message promises what both do.
            return tr("the connection to the clinic server was lost (%1); nothing was saved. Try again when the "
                      "server is back.")
                .arg(words);
        if (state == u"53100"_s)
            return tr("the clinic server's disk is full (%1); nothing was saved").arg(words);
        if (state == u"40P01"_s || state == u"40001"_s)
            return tr("another workstation was writing at the same moment (%1); nothing was saved, try again")
                .arg(words);
        if (state == u"57014"_s)
            return tr("the statement was cancelled (%1); nothing was saved").arg(words);
        if (words.isEmpty()) // a statement or commit on a connection that is gone says nothing
            return tr("the clinic server did not answer; try again when it is back");
        return tr("the clinic server reports: %1").arg(words);
    }

    QString importRefusal(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        // A library not created yet: whether this role may create it.
        if (!q.exec(u"SELECT CASE WHEN to_regclass('procedures') IS NULL"
                    "  THEN has_schema_privilege(current_schema(), 'CREATE')"
                    "  ELSE has_table_privilege('procedures', 'INSERT, UPDATE') END, current_user"_s) ||
            !q.next())
            return tr("the server could not say whether this connection may import: %1")
                .arg(serverWords(q.lastError()));
        if (q.value(0).toBool())
            return {};
        return tr("you are connected as %1, a read-only workstation role: it can search, read and print procedures "
                  "and add to the education log, but not import.")
            .arg(q.value(1).toString());
    }

private:
    // A prepared statement run once and finished (it stays prepared): the error in staff's words.
    QString execOnce(QSqlQuery &q) const
    {
        const bool ok = q.exec();
        const QSqlError error = q.lastError();
        q.finish();
        return ok ? QString() : explainWriteError(error);
    }

    mutable std::unique_ptr<QSqlQuery> m_lock; // prepared once per connection
};

} // namespace

namespace PostgresParts {

// The server's message without its "ERROR:" prefix and SQLSTATE suffix, on one line.
QString serverWords(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    for (const QString &prefix : {u"ERROR:"_s, u"FATAL:"_s})
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    const QString code = error.nativeErrorCode();
    if (!code.isEmpty() && text.endsWith(u'(' + code + u')'))
        text.chop(code.size() + 2);
    text = text.section(u'\n', 0, 0).trimmed();
    return text;
}

bool isConnectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(u"08"_s) || state.startsWith(u"57P"_s))
        return true;
    const QString text = error.text();
    for (const QString &sign :
         {u"server closed the connection"_s, u"no connection to the server"_s, u"terminating connection"_s,
          u"could not receive data"_s, u"could not send data"_s, u"connection to server"_s, u"Connection refused"_s}) {
        if (text.contains(sign, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace PostgresParts

std::unique_ptr<StoreBackend> makePostgresBackend()
{
    return std::make_unique<PostgresBackend>();
}

} // namespace Careleaf
