// The procedure library: the only code that reads or writes the database.
//
// One LibraryStore owns one database connection and must be used from the thread that opened
// it (QtSql's rule), but for prepare(), which reads no connection and nothing a write changes.
// A worker thread that imports opens its own LibraryStore on the same location.
// The store writes and reads procedures; its connection (storeconnection.h), its search index
// (searchindex.h) and its education log (educationlogstore.h) are parts of their own.
#pragma once

#include "educationlogstore.h"
#include "procedure.h"
#include "searchindex.h"
#include "storeconnection.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
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

// A procedure with what store() works out from it alone (LibraryStore::prepare()): its stored
// form and checksum, and, when indexed, its text and entries for the search index of the store
// that prepared it (the two engines' entries differ).
struct PreparedProcedure
{
    Procedure procedure;
    QString identity;
    QByteArray content; // ProcedureJson::contentJson
    QString hash;       // of content
    bool indexed = false;
    IndexedText text;     // when indexed
    IndexEntries entries; // when indexed
};

// What a run of store() calls did: the console's and the GUI's summaries.
struct StoreCounts
{
    int imported = 0;
    int updated = 0;
    int unchanged = 0;

    // Procedures the library holds anew or changed.
    [[nodiscard]] int written() const { return imported + updated; }

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

    // Where the library is, its format, whether its server answers, whether it changed.
    [[nodiscard]] const StoreConnection &connection() const { return *m_connection; }
    // What search keeps beside the procedures, and reads back: use SearchEngine to search for
    // what a user typed.
    [[nodiscard]] const SearchIndex &index() const { return *m_index; }
    // The education log, and its rows waiting on this computer.
    [[nodiscard]] EducationLogStore &log() { return m_log; }
    [[nodiscard]] const EducationLogStore &log() const { return m_log; }

    // Stores one procedure in its own transaction: inserted when its identity is new, replaced
    // when its content changed, left alone when it did not. On failure nothing was written.
    // keepDates keeps the procedure's importedAt/updatedAt (a copy between libraries).
    [[nodiscard]] StoreOutcome store(const Procedure &procedure, QString *error = nullptr, bool keepDates = false);
    // The same, for a procedure prepare() worked out. prepare() reads nothing store() changes, so
    // it may run on another thread while this store writes: an import prepares the files ahead of
    // the one it stores on its parsing thread. Without index, the search index's part (most of the
    // work) is left to store(), which needs it only for a procedure that changed.
    [[nodiscard]] PreparedProcedure prepare(Procedure procedure, bool index = true) const;
    [[nodiscard]] StoreOutcome store(const PreparedProcedure &ready, QString *error = nullptr, bool keepDates = false);

    // One transaction around many store() calls (copy, import): committed, all of them are kept;
    // rolled back, none. Inside it each store() is a savepoint: one that fails is undone alone.
    // Begins when made (error() says why it could not), rolls back when it goes uncommitted.
    class Batch
    {
        Q_DISABLE_COPY_MOVE(Batch)

    public:
        explicit Batch(LibraryStore &store);
        ~Batch();
        [[nodiscard]] QString error() const { return m_error; }
        // The error, empty when the library kept the batch; over either way.
        [[nodiscard]] QString commit();

    private:
        LibraryStore &m_store;
        QString m_error;
        bool m_open = false;
    };

    // After `written` procedures were stored (an import, a copy) that are a large share of the
    // library: its full-text index merged into one piece, a step at a time, each step a short
    // transaction of its own (another writer waits a step at most; a kill, or keepGoing
    // returning false between steps, keeps the steps taken). Never inside a Batch, whose one
    // transaction would hold them all. Only speed depends on it: an error is logged as a
    // warning, and returned (empty when none).
    QString mergeSearchIndex(int written, const std::function<bool()> &keepGoing = {});
    // Between two of the many transactions of one long write (an import's groups, a merge's
    // steps, the deferred entries' slices) in a file library: a writer kept waiting (a handout's
    // log row, another window's) tries every 5 ms (SqliteBackend's busy handler), and gets in in
    // this moment. (A server's writers wait on rows, not on the whole library.) A program using
    // SQLite's own handler retries about every 100 ms once it has waited a while, and seldom
    // lands in such a gap: it waits through an import's groups as through its merge.
    static constexpr unsigned long WriterGapMs = 10;
    // An import's: the search index's entries of its new procedures that it writes for all of
    // them at its end (SearchIndex::deferEntries()), which writeDeferredEntries() does, with any
    // a killed import left, `procedures` at a time, each a transaction of its own (another writer
    // waits for one at most: 4 s at 100,000 here; a kill keeps those written), before the
    // import's afterManyWrites(). Only speed depends on them: an error is logged as a warning,
    // and returned (empty when none).
    void deferIndexEntries(bool defer) { m_index->deferEntries(defer); }
    static constexpr qint64 DeferredAtOnce = 100000;
    QString writeDeferredEntries(qint64 procedures = DeferredAtOnce);
    // After an upgrade, an import or a copy: the backend's upkeep (StoreBackend::afterManyWrites()).
    void afterManyWrites();

    // Opens the connection again after the server went away, and writes the education log's
    // waiting rows; the error, empty on success.
    [[nodiscard]] QString reconnect();

    // None when there is no such procedure, or it cannot be read: then *error says why (pages of
    // the library that cannot be read, a document that is no procedure), and is empty otherwise.
    [[nodiscard]] std::optional<Procedure> procedure(qint64 id, QString *error = nullptr) const;
    // KEY as the console takes it: "96417", "CPT:96417", or an id. Several ids when a bare code is
    // used by more than one code system. *error, when given, says why the library could not be
    // read (nothing found then is no answer), and is empty otherwise.
    [[nodiscard]] QList<qint64> resolve(const QString &key, QString *error = nullptr) const;
    // Every procedure, by title (with everyVersion, its versions in other languages too); all of
    // them, or none with *error set when they cannot be read whole.
    [[nodiscard]] QList<ProcedureSummary> list(QString *error = nullptr, bool everyVersion = false) const;
    [[nodiscard]] int count() const;
    // The procedure id and its versions in other languages (the rows of its family), by id.
    [[nodiscard]] QList<qint64> versions(qint64 id) const;
    // p and its versions in other languages as read from the library, p first; those that cannot
    // be read are left out.
    [[nodiscard]] QList<Procedure> versionsOf(const Procedure &p) const;
    // The languages (BCP 47) each of ids is written in: its own, and those of its versions in
    // other languages (the rows of its family); English first.
    [[nodiscard]] QHash<qint64, QStringList> languages(const QList<qint64> &ids) const;
    // The content checksum of a procedure as stored: the version a handout printed.
    [[nodiscard]] QString contentChecksum(qint64 id) const;

    // Everything `careleaf-cli check` verifies; an empty list means the library is sound.
    [[nodiscard]] QStringList check() const;
    // Whether a file library's pages are damaged (a quick read of them all, no more): what a
    // command that failed on it says, where check() would also count what is no damage.
    [[nodiscard]] bool damagedInside() const;
    // Whether an error in SQLite's words is a file's damage ("malformed", "not a database").
    [[nodiscard]] static bool soundsDamaged(const QString &error);

private:
    explicit LibraryStore(std::unique_ptr<StoreConnection> connection);
    // Opens store's connection and brings its library to the latest format.
    [[nodiscard]] static OpenResult connectAndMigrate(std::unique_ptr<LibraryStore> store);
    [[nodiscard]] static OpenResult openServer(const QString &location);
    [[nodiscard]] QString connectDatabase(QSqlDatabase &database, Problem *problem) const;
    void resetStatements();
    void applyBatchSettings(bool begin) const;
    [[nodiscard]] QString beginBatch();
    [[nodiscard]] QString commitBatch();
    void rollbackBatch();
    // The statement store() writes a procedure with: UPDATE by id, or INSERT.
    [[nodiscard]] QString writeSql(bool update, int format) const;
    [[nodiscard]] QSqlDatabase db() const { return m_connection->db(); }

    // The library format's steps (migrator.cpp).
    [[nodiscard]] QString migrate(Problem *problem);
    [[nodiscard]] QString refreshDerivedColumns();
    // Format 5: titles became names for people and reading grades are counted as GNU style
    // counts them; both are derived from each stored document again.
    static constexpr int NamesForPeopleFormat = 5;
    [[nodiscard]] QString deriveNamesAndGradesAgain();
    // Format 6: the education log's rows are sealed (educationlog.h).
    static constexpr int SealedLogFormat = 6;
    // Format 8: the sections that say what a procedure is about get a column of the index of
    // their own, weighed above the rest of the text; every row's text is split again, and its
    // language gets a column.
    static constexpr int AboutColumnFormat = 8;
    [[nodiscard]] QString splitIndexedText();
    // Format 16 (the file library's; the server's words are folded by Careleaf, marks and all):
    // the text for the index gains the search forms of words written with marks
    // (IndexWords::withSearchForms); the procedures written in a script that has them are
    // indexed again.
    static constexpr int SearchFormsFormat = 16;
    [[nodiscard]] QString indexSearchFormsAgain();
    // The rows of a family (Procedure::identityInAnyLanguage) made one procedure: its first
    // (English, or the first imported) searched with every version's words (procedureversions.cpp).
    [[nodiscard]] QString groupVersions(const QString &family, int format);
    // ", column = placeholder, ..." for the index entries the engine keeps in the row itself.
    [[nodiscard]] QString setIndexColumns() const;
    // The format rows are written in: lower than the latest while an upgrade re-derives rows.
    [[nodiscard]] int writingFormat() const;
    // The search index's part of a prepared procedure, as written in format.
    void addIndexEntries(PreparedProcedure *p, int format) const;
    // Before rows are updated: the full-text entries the index holds back, written when it holds
    // back one of theirs (their update trigger takes their old words out: they must be in).
    [[nodiscard]] QSqlError writeHeldBackBeforeUpdating(const QList<qint64> &ids);
    // " WHERE ..." keeping the rows that are procedures, not versions of one in another language.
    [[nodiscard]] QString procedureRows() const;
    [[nodiscard]] QStringList formatProblems() const;

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<SearchIndex> m_index;
    EducationLogStore m_log;
    bool m_batchLocked = false; // the batch holds the backend's write lock
    int m_upgradingTo = 0;      // the format step whose rows migrate() re-derives, if any
    // Statements of store(), prepared once: an import runs them for every file.
    std::unique_ptr<QSqlQuery> m_findByIdentity;
    std::unique_ptr<QSqlQuery> m_findWithoutCode; // the procedure a document made before it had its code
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
    std::unique_ptr<QSqlQuery> m_familyRows; // groupVersions(), with every procedure stored
    int m_statementsFormat = 0;              // the format m_insert and m_update write
};

} // namespace Careleaf
