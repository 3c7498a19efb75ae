// The procedure library: the only code that reads or writes the database.
//
// One LibraryStore owns one database connection and must be used from the thread that opened
// it (QtSql's rule). A worker thread that imports opens its own LibraryStore on the same location.
#pragma once

#include "educationlog.h"
#include "procedure.h"
#include "storebackend.h"

#include <QCoreApplication>
#include <QSqlDatabase>
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
    struct OpenResult
    {
        std::unique_ptr<LibraryStore> store;
        QString error;        // plain words, names the location
        bool created = false; // the location did not hold a library before this call
    };

    // Opens the library at location (a SQLite file path), creating and migrating it as needed.
    // A library written by a newer Careleaf, or a file that is not a Careleaf library, is refused.
    [[nodiscard]] static OpenResult open(const QString &location);

    // The GUI's own library, shared with careleaf-cli: <data location>/careleaf/library.sqlite.
    [[nodiscard]] static QString defaultLocation();

    ~LibraryStore();

    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] int latestSchemaVersion() const { return m_backend->latestSchemaVersion(); }

    // Stores one procedure in its own transaction: inserted when its identity is new, replaced
    // when its content changed, left alone when it did not. On failure nothing was written.
    [[nodiscard]] StoreOutcome store(const Procedure &procedure, QString *error = nullptr);

    [[nodiscard]] std::optional<Procedure> procedure(qint64 id) const;
    // KEY as the console takes it: "96417", "CPT:96417", or an id. Several ids when a bare code is
    // used by more than one code system.
    [[nodiscard]] QList<qint64> resolve(const QString &key) const;
    [[nodiscard]] QList<ProcedureSummary> list() const;
    [[nodiscard]] int count() const;
    // Runs a plan built by SearchEngine; use SearchEngine to search for what a user typed.
    [[nodiscard]] SearchPage search(const SearchPlan &plan, int offset, int limit) const;
    [[nodiscard]] QList<QPair<QString, int>> vocabulary() const;
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
    // Appends one row to the education log; the error, empty on success.
    [[nodiscard]] QString logEducation(const EducationLogEntry &entry);
    // Rows printed on or after since (local date; invalid for all), oldest first.
    [[nodiscard]] QList<EducationLogEntry> educationLog(const QDate &since = {}) const;

    // Everything `careleaf-cli check` verifies; an empty list means the library is sound.
    [[nodiscard]] QStringList check() const;

private:
    LibraryStore(QString location, QString connectionName, std::unique_ptr<StoreBackend> backend);
    [[nodiscard]] QString migrate();
    [[nodiscard]] QString refreshDerivedColumns();
    // The exact-name and short-prefix indexes of one procedure (code in lower case).
    [[nodiscard]] QString writeNames(qint64 id, const QStringList &names, const QString &code, bool replace);
    [[nodiscard]] QSqlDatabase db() const;

    QString m_location;
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
