// The procedure library: the only code that reads or writes the database.
//
// One LibraryStore owns one database connection and must be used from the thread that opened
// it (QtSql's rule). A worker thread that imports opens its own LibraryStore on the same location.
#pragma once

#include "educationlog.h"
#include "libraryaddress.h"
#include "procedure.h"
#include "storebackend.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace Careleaf {

enum class StoreOutcome
{
    Imported,
    Updated,
    Unchanged,
    Failed
};

// What a run of store() calls did: the console's and the GUI's summaries.
struct StoreCounts
{
    int imported = 0;
    int updated = 0;
    int unchanged = 0;

    // Counts one outcome; false for Failed, which is the caller's to report.
    bool count(StoreOutcome outcome)
    {
        switch (outcome) {
        case StoreOutcome::Imported:
            ++imported;
            return true;
        case StoreOutcome::Updated:
            ++updated;
            return true;
        case StoreOutcome::Unchanged:
            ++unchanged;
            return true;
        case StoreOutcome::Failed:
            break;
        }
        return false;
    }
};

struct ProcedureSummary
{
    qint64 id = 0;
    QString codeSystem;
    QString code;
    QString title;
    QString descriptor;
};

class LibraryStore
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::LibraryStore)
    Q_DISABLE_COPY_MOVE(LibraryStore)

public:
    // Why a library could not be opened, for choosing the way out.
    using Problem = LibraryProblem;

    struct OpenResult
    {
        std::unique_ptr<LibraryStore> store;
        QString error; // plain words, names the location and the way out
        Problem problem = Problem::None;
        bool created = false; // the location did not hold a library before this call
    };

    // Opens the library at location (a SQLite file path or a clinic server address, see
    // LibraryAddress), creating and migrating it as needed.
    // A library written by a newer Careleaf, or a file that is not a Careleaf library, is refused.
    // A file that is refused is never written to. Before each upgrade of the library format a
    // consistent copy is taken (see LibraryFile::backups()); no upgrade runs without one.
    [[nodiscard]] static OpenResult open(const QString &location);

    ~LibraryStore();

    // The location as given; may hold a password, so never show it: use displayName().
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] QString displayName() const { return m_address.displayName(); }
    [[nodiscard]] const LibraryAddress &address() const { return m_address; }
    [[nodiscard]] bool isServer() const { return m_address.server; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] int latestSchemaVersion() const { return m_backend->latestSchemaVersion(); }

    // Stores one procedure in its own transaction: inserted when its identity is new, replaced
    // when its content changed, left alone when it did not. On failure nothing was written.
    // keepDates keeps the procedure's importedAt/updatedAt (a copy between libraries).
    [[nodiscard]] StoreOutcome store(const Procedure &procedure, QString *error = nullptr, bool keepDates = false);

    // One transaction around many store() calls (copy): all of them are kept, or none.
    [[nodiscard]] QString beginBatch();
    [[nodiscard]] QString commitBatch();
    void rollbackBatch();

    // Empty when this connection may import; otherwise why not, in plain words (a clinic
    // server's read-only workstation role).
    [[nodiscard]] QString importRefusal() const;
    // For a server library: runs a trivial statement; false when the server cannot be reached.
    // A file library is always reachable.
    [[nodiscard]] bool isReachable() const;
    // Opens the connection again after the server went away; the error, empty on success.
    [[nodiscard]] QString reconnect();

    [[nodiscard]] std::optional<Procedure> procedure(qint64 id) const;
    // KEY as the console takes it: "96417", "CPT:96417", or an id. Several ids when a bare code is
    // used by more than one code system.
    [[nodiscard]] QList<qint64> resolve(const QString &key) const;
    // Every procedure, by title; all of them, or none with *error set when they cannot be read whole.
    [[nodiscard]] QList<ProcedureSummary> list(QString *error = nullptr) const;
    [[nodiscard]] int count() const;
    // Runs a plan built by SearchEngine; use SearchEngine to search for what a user typed.
    [[nodiscard]] SearchPage search(const SearchPlan &plan, int offset, int limit) const;
    // See StoreBackend::vocabulary, similarWords and documentFrequency: *error is set when the
    // words could not be read (all of them), and then nothing is returned.
    [[nodiscard]] QList<QPair<QString, int>> vocabulary(QString *error) const;
    [[nodiscard]] std::optional<QList<QPair<QString, int>>> similarWords(const QString &word, QString *error) const;
    [[nodiscard]] int documentFrequency(const QString &word, QString *error) const;
    // Descriptor, a line break, then the section text of the given procedures, for snippets.
    [[nodiscard]] QHash<qint64, QString> texts(const QList<qint64> &ids) const;
    // Changes whenever procedures are added, changed or removed, by any connection.
    [[nodiscard]] QString contentVersion() const;
    // Stops the statement this store is running; safe to call from any thread.
    [[nodiscard]] std::function<void()> interrupter() const;
    // Distinct code systems in the library, for the filter.
    [[nodiscard]] QStringList codeSystems() const;

    // The content checksum of a procedure as stored: the version a handout printed.
    [[nodiscard]] QString contentChecksum(qint64 id) const;
    // Appends one row to the education log; the error, empty on success. While a clinic server
    // cannot be reached the row waits in a file on this computer (PendingLog; in memory only if
    // that file cannot be written) and is written by reconnect(), or by the next store opened on
    // that server by any Careleaf on this computer: pendingLogRows().
    [[nodiscard]] QString logEducation(const EducationLogEntry &entry);
    [[nodiscard]] int pendingLogRows() const;
    // Writes the rows waiting for this server library; the error, empty when none is left.
    [[nodiscard]] QString writePendingLog();
    // Rows printed on or after since (local date; invalid for all), oldest first. All of them, or
    // none with *error set: a log that cannot be read whole is never shown or exported in part.
    [[nodiscard]] QList<EducationLogEntry> educationLog(const QDate &since = {}, QString *error = nullptr) const;

    // Everything `careleaf-cli check` verifies; an empty list means the library is sound.
    [[nodiscard]] QStringList check() const;

private:
    friend class ServerAdmin; // sets up the server's roles on this connection
    LibraryStore(QString location, LibraryAddress address, QString connectionName,
                 std::unique_ptr<StoreBackend> backend);
    // Opens store's connection and brings its library to the latest format.
    [[nodiscard]] static OpenResult connectAndMigrate(std::unique_ptr<LibraryStore> store);
    [[nodiscard]] QString migrate(Problem *problem);
    [[nodiscard]] QString explainWriteError(const QSqlError &error) const;
    // The statement store() writes a procedure with: UPDATE by id, or INSERT.
    [[nodiscard]] QString writeSql(bool update) const;
    [[nodiscard]] QString connectDatabase(QSqlDatabase &database, Problem *problem) const;
    [[nodiscard]] static OpenResult openServer(const QString &location);
    void resetStatements();
    [[nodiscard]] QString refreshDerivedColumns();
    // Format 5: titles became names for people and reading grades are counted as GNU style
    // counts them; both are derived from each stored document again.
    static constexpr int NamesForPeopleFormat = 5;
    [[nodiscard]] QString deriveNamesAndGradesAgain();
    // Format 6: the education log's rows are sealed (educationlog.h).
    static constexpr int SealedLogFormat = 6;
    [[nodiscard]] QString sealExistingLog();
    [[nodiscard]] QSqlError setLogHead(const QString &head);
    // What check() finds wrong with the log's seals and count; with the format number.
    [[nodiscard]] QStringList logTampering() const;
    [[nodiscard]] QStringList formatProblems() const;
    // The exact-name and short-prefix indexes of one procedure (code in lower case).
    [[nodiscard]] QSqlError writeNames(qint64 id, const QStringList &names, const QString &code, bool replace);
    [[nodiscard]] QSqlDatabase db() const;

    QString m_location;
    LibraryAddress m_address;
    bool m_batch = false;
    bool m_batchLocked = false;            // the batch holds the backend's write lock
    QList<EducationLogEntry> m_pendingLog; // printed while the server was away, not in the file
    [[nodiscard]] QString pendingLogPath() const;
    // unlessLogged: a row that waited, written only when the log does not hold it already.
    [[nodiscard]] QString writeLogRow(const EducationLogEntry &entry, bool unlessLogged = false);
    QString m_connectionName;
    std::unique_ptr<StoreBackend> m_backend;
    int m_schemaVersion = 0;
    quint64 m_localWrites = 0; // commits through this connection, for contentVersion()
    // Statements of store(), prepared once: an import runs them for every file.
    std::unique_ptr<QSqlQuery> m_findByIdentity;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
    std::unique_ptr<QSqlQuery> m_deleteKeys;
    std::unique_ptr<QSqlQuery> m_insertKeys;
};

} // namespace Careleaf
