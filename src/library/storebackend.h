// Where the store's SQL differs between database engines: connecting, the library format's steps,
// locks, errors, backups and the education log's seals. LibraryStore speaks portable SQL for
// everything else and asks its backend for the rest; what search keeps and reads differs too and
// lives in the engine's SearchIndex (search/). A second engine is a second subclass of each.
#pragma once

#include "searchindex.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace Careleaf {

// The first column of every row sql returns, as text; *error set (and nothing returned) on failure.
[[nodiscard]] inline QStringList firstColumn(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError();
        return {};
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Why a library could not be opened or written, for choosing the way out.
enum class LibraryProblem
{
    None,
    NotALibrary, // not SQLite, or another program's database
    NotAFile,    // a folder, a device, a pipe, an SQLite URI: nothing to move aside or replace
    Damaged,     // cut off, or SQLite finds it malformed
    NewerFormat, // written by a newer Careleaf
    Unreadable,  // permissions
    ReadOnly,    // the file or its folder cannot be written
    NoSpace,     // the disk is full (or a file-size limit was reached)
    Unreachable, // the clinic server cannot be reached, or refused the connection
    Other
};

class StoreBackend
{
public:
    virtual ~StoreBackend() = default;

    [[nodiscard]] virtual QString driverName() const = 0;
    // The engine's search index, bound to the store's connection.
    [[nodiscard]] virtual std::unique_ptr<SearchIndex> makeIndex(const QString &connectionName) const = 0;
    // Per-connection settings (pragmas, time-outs) that write nothing to the library. Returns an
    // error message or an empty string.
    [[nodiscard]] virtual QString configure(QSqlDatabase &db) const = 0;
    // The library's tables; sets *error (the database's own words) when they cannot be read,
    // which for a file means it is damaged.
    [[nodiscard]] virtual QStringList tables(QSqlDatabase &db, QSqlError *error) const = 0;
    // Settings that may write to the library (SQLite's journal mode); run only once the library
    // is known to be a Careleaf library this version can open.
    [[nodiscard]] virtual QString prepareForWriting(QSqlDatabase &db) const = 0;
    // Statements that take the schema from version-1 to version.
    [[nodiscard]] virtual QStringList migration(int version) const = 0;
    [[nodiscard]] virtual int latestSchemaVersion() const = 0;
    // Starts a transaction that will write: taken before the first read so two writers never deadlock.
    [[nodiscard]] virtual QString beginWriteStatement() const = 0;
    // Starts a transaction that only reads, every statement of it seeing the library as it was at
    // its first read, whatever other connections commit meanwhile (check()); COMMIT ends it.
    [[nodiscard]] virtual QString beginSnapshotStatement() const = 0;
    // Whether the engine itself ended the transaction a batch opened (SQLite rolls a whole
    // transaction back after some errors: a full disk, an I/O error): a savepoint taken then
    // would start, and its release commit, a transaction of its own. (A server refuses a
    // savepoint outside a transaction.)
    [[nodiscard]] virtual bool transactionLost(QSqlDatabase &db) const
    {
        Q_UNUSED(db)
        return false;
    }
    // A token that changes when another connection changes the library.
    [[nodiscard]] virtual QString dataVersion(QSqlDatabase &db) const = 0;
    // A function that stops the statement running on db, callable from any thread.
    [[nodiscard]] virtual std::function<void()> interrupter(QSqlDatabase &db) const = 0;
    // Engine-level consistency checks; each problem as one line.
    [[nodiscard]] virtual QStringList integrityProblems(QSqlDatabase &db) const = 0;
    // Whether the file's own pages are damaged (SQLite's quick check: it reads, never writes, so a
    // writer elsewhere does not make it fail); a server's never are, as far as Careleaf can tell.
    [[nodiscard]] virtual bool damagedInside(QSqlDatabase &db) const
    {
        Q_UNUSED(db)
        return false;
    }

    // An ORDER BY expression for a text column, case-insensitive for ASCII letters only and
    // otherwise in code-point order, the same on every backend.
    [[nodiscard]] virtual QString caseless(const QString &column) const = 0;
    // Called inside a write transaction before a procedure is looked up by identity: waits for
    // any other writer of the same identity, so two imports at once never duplicate it.
    [[nodiscard]] virtual QString lockIdentity(QSqlDatabase &db, const QString &identity) const = 0;
    // Connection settings for a batch (LibraryStore::Batch): while one is open (begin), and
    // back to the usual after it (!begin). Nothing is written to the library.
    [[nodiscard]] virtual QStringList batchSettings(bool begin) const
    {
        Q_UNUSED(begin)
        return {};
    }
    // Run once an upgrade's steps, or an import's groups, are committed; a failure is not theirs
    // (nothing of the library depends on them).
    [[nodiscard]] virtual QStringList afterManyWrites() const { return {}; }
    // Statements the backend prepared on the connection are gone (reconnect, close).
    virtual void forgetStatements() const {}
    // Takes a consistent copy of the library before an upgrade from version; sets *copy to where
    // it went (empty when the engine's own transactions make one unnecessary). Returns an error.
    [[nodiscard]] virtual QString backupBeforeUpgrade(QSqlDatabase &db, const QString &location, int version,
                                                      QString *copy) const = 0;
    // What an error of the database means for the library.
    [[nodiscard]] virtual LibraryProblem classify(const QSqlError &error, const QString &location) const = 0;
    // An error of a write in plain words: what it means and what to do. Never the SQL.
    [[nodiscard]] virtual QString explainWriteError(const QSqlError &error) const = 0;
    // Empty when this connection may import; otherwise why it may not, in plain words.
    [[nodiscard]] virtual QString importRefusal(QSqlDatabase &db) const = 0;
    // The education log (see educationlog.h). Statements run once the rows an upgrade to format 6
    // found are sealed: what keeps the log as written from here on (SQLite's triggers).
    [[nodiscard]] virtual QStringList logSealedStatements() const = 0;
    // The statement that appends one row where the server seals it itself (the clinic server's
    // careleaf_append_log(printed_at, workstation, procedures, content_versions, sections,
    // preset, copies, output, language, unless_logged), returning the row's id); empty where Careleaf seals
    // the row (a file) inside its own write transaction.
    [[nodiscard]] virtual QString appendLogCall() const = 0;
    // Who is writing, as the log records it where Careleaf seals the row.
    [[nodiscard]] virtual QString recorder(QSqlDatabase &db) const = 0;
};

[[nodiscard]] std::unique_ptr<StoreBackend> makeSqliteBackend();
[[nodiscard]] std::unique_ptr<StoreBackend> makePostgresBackend();

} // namespace Careleaf
