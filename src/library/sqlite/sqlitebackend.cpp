// SQLite: the embedded single-workstation library. Full-text search is FTS5 over external-content
// tables (the whole text; the code, names and descriptor alone) kept in step with `procedures` in
// the same transaction: by triggers when a procedure changes or goes, by the search index
// (SqliteIndex::writeHeldBack) for the procedures a transaction inserts, from format 14.
#include "libraryfile.h"
#include "searchindex.h"
#include "sqliteapi.h"
#include "storebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>
#include <pwd.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// How long a statement waits for another connection's write to end before it says the library
// is busy.
constexpr int BusyTimeoutMs = 10000;

// Waits for a lock another connection holds: tries again after 1, 2 and 4 ms, then every 5 ms,
// for BusyTimeoutMs of sleeps (tries counts them, as SQLite's own handler does). SQLite's own
// sleeps longer each time, then 100 ms at a time, so a writer kept waiting (a handout's log
// row) seldom tried in the moment an import leaves between two groups, and gave up after the
// timeout while a large import ran.
int waitForLock(void *, int tries)
{
    const int slept = tries < 3 ? (1 << tries) - 1 : 7 + 5 * (tries - 3);
    if (slept >= BusyTimeoutMs)
        return 0;
    std::this_thread::sleep_for(std::chrono::milliseconds(tries < 3 ? 1 << tries : 5));
    return 1;
}

// Format 14's guard (the trigger procedures_inserted_by_format_14): only a connection that
// holds new procedures' full-text entries back and writes them itself has this function. A
// Careleaf of format 13 or before, still open when a newer one upgraded the library, fails to
// insert a procedure ("no such function: careleaf_format_14_or_newer") instead of leaving it
// out of the full-text indexes, where a later update's trigger would break them.
void formatFourteenOrNewer(sqlite3_context *context, int, sqlite3_value **)
{
    SqliteFts::sqlite().resultInt(context, 1);
}

// StoreBackend for a file, member for member in the order postgresbackend.cpp implements it for
// the server, so the two read side by side.
class SqliteBackend final : public StoreBackend
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::SqliteBackend)

public:
    QString driverName() const override { return u"QSQLITE"_s; }

    std::unique_ptr<SearchIndex> makeIndex(const QString &connectionName) const override
    {
        return makeSqliteIndex(connectionName);
    }

    QString configure(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        // These are settings of the connection: nothing is written to the file. Whichever
        // connection starts the write-ahead log again cuts it back to 4 MB (an import's batches
        // let it grow to 256 MB: batchSettings()).
        for (const QString &pragma : {u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s,
                                      u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA journal_size_limit = 4194304"_s}) {
            if (!q.exec(pragma))
                return q.lastError().databaseText();
        }
        // A momentary lock is a short wait, not an error (waitForLock()).
        sqlite3 *connection = SqliteFts::handle(db);
        if (!connection)
            return tr("Careleaf cannot call the SQLite library of Qt's SQLite driver");
        const SqliteFts::Api &sql = SqliteFts::sqlite();
        sql.busyHandler(connection, &waitForLock, nullptr);
        if (sql.createFunction(connection, "careleaf_format_14_or_newer", 0,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, &formatFourteenOrNewer,
                               nullptr, nullptr, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sql.errmsg(connection));
        return {};
    }

    QStringList tables(QSqlDatabase &db, QSqlError *error) const override
    {
        return firstColumn(db, u"SELECT name FROM sqlite_master WHERE type = 'table'"_s, error);
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

    // 4 is the server's title-ordered word list (this library's came with 11, its names' own
    // full-text index, the server's names_vector, with 12); 13 is the server's alone (its change
    // counter), an empty step here; 14 is this library's alone (new procedures' full-text entries
    // written by the index), an empty step on the server when it next needs one;
    // 15 is this library's alone, an empty step: an import's new procedures' name_words may
    // wait for its end behind a mark (SqliteIndex::writeDeferred()), which an older Careleaf
    // would not know to honour or to finish;
    // 5 derives every title and reading grade again (LibraryStore::migrate): no statements;
    // 6 seals the education log; 8 splits every procedure's text and sets its language and family
    // (LibraryStore::splitIndexedText).
    int latestSchemaVersion() const override { return 16; }

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
            // A format step is history and never changes: this one drops and re-creates format
            // 1's index and triggers, so their text stands here again on purpose.
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
        case 6:
            // Who recorded each row and when, and the seals (educationlog.h); LibraryStore seals the
            // rows already there, then logSealedStatements() keep the log as written.
            return {
                u"ALTER TABLE education_log ADD COLUMN recorded_at TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE education_log ADD COLUMN recorded_by TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE education_log ADD COLUMN previous_seal TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE education_log ADD COLUMN seal TEXT NOT NULL DEFAULT ''"_s,
                u"CREATE TRIGGER education_log_possible BEFORE INSERT ON education_log"
                "  WHEN new.copies NOT BETWEEN 1 AND 100 OR new.printed_at = '' OR new.workstation = ''"
                "   OR new.output NOT IN ('printer', 'pdf') OR new.seal = '' OR new.recorded_at = ''"
                " BEGIN SELECT RAISE(ABORT, 'an impossible education log row'); END"_s,
            };
        case 7:
            // Typo correction reads candidates from a list of the library's words through a
            // trigram index, never the whole vocabulary (SqliteIndex::similarWords); the filter's
            // code systems come from an index of their own, not from every procedure.
            return {
                u"CREATE TABLE spelling_words (id INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE)"_s,
                u"CREATE VIRTUAL TABLE spelling_trigrams USING fts5(word, content = 'spelling_words',"
                "  content_rowid = 'id', tokenize = 'trigram')"_s,
                u"CREATE TRIGGER spelling_words_ai AFTER INSERT ON spelling_words BEGIN"
                "  INSERT INTO spelling_trigrams (rowid, word) VALUES (new.id, new.word);"
                " END"_s,
                u"INSERT INTO spelling_words (word) SELECT term FROM procedure_vocab"
                "  WHERE length(term) BETWEEN 3 AND 100 AND term NOT GLOB '*[0-9]*' ORDER BY term"_s,
                u"CREATE INDEX procedures_code_system ON procedures (code_system)"_s,
            };
        case 8:
            // A procedure's language (BCP 47), for the language filter, and its versions: the rows
            // of one family (its identity in any language) are one procedure, the first of them
            // (English, or the first imported) searched with the others' words (LibraryStore::
            // groupVersions), the others pointing at it (version_of).
            // The sections that say what a procedure is about get an index column of their own,
            // weighed above the rest of the text (SqliteIndex::rankedPage). The new index is
            // built from the rows as they are; LibraryStore then splits every row's text, and
            // the update trigger moves each row's words to the new column.
            return {
                u"ALTER TABLE procedures ADD COLUMN about TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE procedures ADD COLUMN language TEXT NOT NULL DEFAULT 'en'"_s,
                u"ALTER TABLE procedures ADD COLUMN family TEXT NOT NULL DEFAULT ''"_s,
                u"ALTER TABLE procedures ADD COLUMN version_of INTEGER"_s,
                u"CREATE INDEX procedures_family ON procedures (family)"_s,
                u"CREATE INDEX procedures_version_of ON procedures (version_of) WHERE version_of IS NOT NULL"_s,
                u"DROP TRIGGER procedures_ai"_s,
                u"DROP TRIGGER procedures_ad"_s,
                u"DROP TRIGGER procedures_au"_s,
                u"DROP TABLE procedure_vocab"_s,
                u"DROP TABLE procedure_fts"_s,
                // A version in another language is searched through its family's first row: its
                // code and descriptor are not indexed again (its names and text are empty).
                u"CREATE VIEW procedure_text AS SELECT id,"
                "  iif(version_of IS NULL, code, '') AS code, names,"
                "  iif(version_of IS NULL, descriptor, '') AS descriptor, about, body FROM procedures"_s,
                u"CREATE VIRTUAL TABLE procedure_fts USING fts5("
                "  code, names, descriptor, about, body,"
                "  content = 'procedure_text', content_rowid = 'id',"
                "  tokenize = 'unicode61 remove_diacritics 2')"_s,
                u"CREATE VIRTUAL TABLE procedure_vocab USING fts5vocab('procedure_fts', 'row')"_s,
                u"CREATE TRIGGER procedures_ai AFTER INSERT ON procedures BEGIN"
                "  INSERT INTO procedure_fts (rowid, code, names, descriptor, about, body)"
                "  VALUES (new.id, iif(new.version_of IS NULL, new.code, ''), new.names,"
                "   iif(new.version_of IS NULL, new.descriptor, ''), new.about, new.body);"
                " END"_s,
                u"CREATE TRIGGER procedures_ad AFTER DELETE ON procedures BEGIN"
                "  INSERT INTO procedure_fts (procedure_fts, rowid, code, names, descriptor, about, body)"
                "  VALUES ('delete', old.id, iif(old.version_of IS NULL, old.code, ''), old.names,"
                "   iif(old.version_of IS NULL, old.descriptor, ''), old.about, old.body);"
                " END"_s,
                u"CREATE TRIGGER procedures_au"
                " AFTER UPDATE OF code, names, descriptor, about, body, version_of ON procedures BEGIN"
                "  INSERT INTO procedure_fts (procedure_fts, rowid, code, names, descriptor, about, body)"
                "  VALUES ('delete', old.id, iif(old.version_of IS NULL, old.code, ''), old.names,"
                "   iif(old.version_of IS NULL, old.descriptor, ''), old.about, old.body);"
                "  INSERT INTO procedure_fts (rowid, code, names, descriptor, about, body)"
                "  VALUES (new.id, iif(new.version_of IS NULL, new.code, ''), new.names,"
                "   iif(new.version_of IS NULL, new.descriptor, ''), new.about, new.body);"
                " END"_s,
                u"INSERT INTO procedure_fts (procedure_fts) VALUES ('rebuild')"_s,
            };
        case 9:
            // The education log records each handout's language (sealed with the row when set);
            // the language filter reads the library's languages from an index (SearchIndex::languages).
            return {u"ALTER TABLE education_log ADD COLUMN language TEXT NOT NULL DEFAULT ''"_s,
                    u"CREATE INDEX procedures_language ON procedures (language)"_s};
        case 10:
            // A typed prefix stands for the words of spelling_words that start with it, searched
            // as exact terms (SqliteIndex::expand): the list gains the words it left out, those
            // holding a digit after two other characters ("hba1c") and those over 100 characters
            // (and any other the index holds: a word too many in the list finds nothing more).
            return {u"INSERT OR IGNORE INTO spelling_words (word) SELECT term FROM procedure_vocab"
                    "  WHERE length(term) >= 3"
                    "  AND substr(term, 1, 1) NOT GLOB '[0-9]' AND substr(term, 2, 1) NOT GLOB '[0-9]' ORDER BY term"_s,
                    // Each procedure's title by its id: a broad tier's page is sorted from its set
                    // without reading whole rows (SqliteIndex::rankedPage).
                    u"CREATE INDEX procedures_id_title ON procedures (id, title COLLATE NOCASE)"_s};
        case 11:
            // Each word of a procedure's code, names and descriptor (as the full-text index has
            // them) with its title in list order, as on the server: the first page of a word found
            // in many names is an index range, not sorted from every match (SqliteIndex::namesWalk).
            // A word in the names of a tenth of the library is left out (broad in
            // name_word_counts): a page of it comes from the title index. SqliteIndex::fillEntries
            // fills both for the procedures already stored.
            return {u"CREATE TABLE name_words (word TEXT NOT NULL, sort_title TEXT NOT NULL COLLATE NOCASE,"
                    "  procedure_id INTEGER NOT NULL, PRIMARY KEY (word, sort_title, procedure_id)) WITHOUT ROWID"_s,
                    u"CREATE INDEX name_words_procedure ON name_words (procedure_id)"_s,
                    u"CREATE TABLE name_word_counts (word TEXT PRIMARY KEY, procedures INTEGER NOT NULL,"
                    "  broad INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"_s};
        case 12:
            // The code, names and descriptor in a full-text index of their own, with every word's
            // first one and two letters as terms of their own (FTS5's prefix index), as the server
            // has names_vector: counting, checking and ranking the names tier read a few terms of
            // a small index, where a word and a letter ("knee i") merged every term starting so
            // in the whole text, body included (SqliteIndex::rankedPage). Triggers of its own,
            // beside procedure_fts's.
            return {u"CREATE VIRTUAL TABLE procedure_names_fts USING fts5(code, names, descriptor,"
                    "  content = 'procedure_text', content_rowid = 'id',"
                    "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')"_s,
                    u"CREATE TRIGGER procedure_names_ai AFTER INSERT ON procedures BEGIN"
                    "  INSERT INTO procedure_names_fts (rowid, code, names, descriptor)"
                    "  VALUES (new.id, iif(new.version_of IS NULL, new.code, ''), new.names,"
                    "   iif(new.version_of IS NULL, new.descriptor, ''));"
                    " END"_s,
                    u"CREATE TRIGGER procedure_names_ad AFTER DELETE ON procedures BEGIN"
                    "  INSERT INTO procedure_names_fts (procedure_names_fts, rowid, code, names, descriptor)"
                    "  VALUES ('delete', old.id, iif(old.version_of IS NULL, old.code, ''), old.names,"
                    "   iif(old.version_of IS NULL, old.descriptor, ''));"
                    " END"_s,
                    u"CREATE TRIGGER procedure_names_au"
                    " AFTER UPDATE OF code, names, descriptor, version_of ON procedures"
                    " WHEN old.code IS NOT new.code OR old.names IS NOT new.names"
                    "  OR old.descriptor IS NOT new.descriptor OR old.version_of IS NOT new.version_of BEGIN"
                    "  INSERT INTO procedure_names_fts (procedure_names_fts, rowid, code, names, descriptor)"
                    "  VALUES ('delete', old.id, iif(old.version_of IS NULL, old.code, ''), old.names,"
                    "   iif(old.version_of IS NULL, old.descriptor, ''));"
                    "  INSERT INTO procedure_names_fts (rowid, code, names, descriptor)"
                    "  VALUES (new.id, iif(new.version_of IS NULL, new.code, ''), new.names,"
                    "   iif(new.version_of IS NULL, new.descriptor, ''));"
                    " END"_s,
                    u"INSERT INTO procedure_names_fts (procedure_names_fts) VALUES ('rebuild')"_s};
        case 14:
            // A new procedure's full-text entries are written by the search index, for all the
            // procedures of a transaction (an import's group) at once, before it commits
            // (SqliteIndex::writeHeldBack): FTS5 writes a piece of its index at every savepoint and
            // statement that follows a write, and a trigger's entry made one for each procedure.
            // The triggers for a change and a removal stay. (IF EXISTS: a library whose trigger
            // was removed by hand is still upgraded; `check` then names what its index misses.)
            // Only a writer that does this may insert procedures (formatFourteenOrNewer()).
            return {u"DROP TRIGGER IF EXISTS procedures_ai"_s, u"DROP TRIGGER IF EXISTS procedure_names_ai"_s,
                    u"CREATE TRIGGER IF NOT EXISTS procedures_inserted_by_format_14 BEFORE INSERT ON procedures"
                    " WHEN careleaf_format_14_or_newer() IS NOT 1"
                    " BEGIN SELECT RAISE(ABORT, 'procedures are inserted by Careleaf of format 14 or newer'); END"_s};
        // 15: an import's new procedures' names' words are written at its end (SqliteIndex).
        // 16: the text of procedures in a script written with marks is indexed again with its
        // words' search forms (LibraryStore::indexSearchFormsAgain): no statement of its own.
        default:
            return {};
        }
    }

    // The write-ahead log copied into the file, without waiting for readers (what a reader still
    // reads stays in the log), while nobody waits for it: after an import or a copy the log holds
    // up to 256 MB and a group (batchSettings()), which the next commit (a handout's log row) would
    // otherwise copy; after an upgrade, ten format steps, which a new library's first import would
    // add to.
    QStringList afterManyWrites() const override { return {u"PRAGMA wal_checkpoint(PASSIVE)"_s}; }

    QString beginWriteStatement() const override { return u"BEGIN IMMEDIATE"_s; }
    // A deferred transaction reads one snapshot of the write-ahead log; writing a temp table takes
    // no lock on the library.
    QString beginSnapshotStatement() const override { return u"BEGIN"_s; }

    bool transactionLost(QSqlDatabase &db) const override
    {
        sqlite3 *connection = SqliteFts::handle(db);
        return !connection || SqliteFts::sqlite().getAutocommit(connection);
    }

    QString dataVersion(QSqlDatabase &db) const override
    {
        // Changes whenever another connection commits; our own commits are counted by the store.
        QSqlQuery q(db);
        return q.exec(u"PRAGMA data_version"_s) && q.next() ? q.value(0).toString() : QString();
    }

    std::function<void()> interrupter(QSqlDatabase &db) const override
    {
        sqlite3 *connection = SqliteFts::handle(db);
        if (!connection)
            return [] {};
        // sqlite3_interrupt is safe to call from any thread while the connection is open.
        return [connection] { SqliteFts::sqlite().interrupt(connection); };
    }

    bool damagedInside(QSqlDatabase &db) const override
    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA quick_check(1)"_s))
            return classify(q.lastError(), QString()) == LibraryProblem::Damaged;
        return q.next() && q.value(0).toString() != u"ok"_s;
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
        // Rank 1: each index against the rows it was made from, not only its own structure (a
        // row missing from an index was "ok" without it).
        for (const QString &index : {u"procedure_fts"_s, u"procedure_names_fts"_s}) {
            if (!q.exec(u"INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)"_s.arg(index)))
                problems << tr("the search index does not match the procedures: %1")
                                .arg(index + u": "_s + q.lastError().text());
        }
        return problems;
    }

    QString caseless(const QString &column) const override { return column + u" COLLATE NOCASE"_s; }

    // BEGIN IMMEDIATE already made this the only writer.
    QString lockIdentity(QSqlDatabase &, const QString &) const override { return {}; }

    // A batch changes more pages than SQLite's usual 2 MB cache holds; spilled pages went to the
    // WAL again and again (an import of 10,000 wrote 1.8 times the bytes). 64 MB while a batch is
    // open, the usual again after it, so reading connections stay small. And the log is copied
    // into the file when it reaches 256 MB instead of 4: a page an import's groups change again
    // and again (the indexes whose rows land all over their order) is copied once per 256 MB
    // (at 64 MB, measured side by side at 100,000: a third more bytes written). The log is
    // emptied into the file when the import ends (LibraryStore::afterManyWrites()), and outside a
    // batch the next write that starts it again cuts it back to 4 MB (configure()) instead of
    // keeping the batch's 256 MB on disk while the window is open.
    QStringList batchSettings(bool begin) const override
    {
        if (begin)
            return {u"PRAGMA cache_size = -65536"_s, u"PRAGMA wal_autocheckpoint = 65536"_s,
                    u"PRAGMA journal_size_limit = -1"_s};
        return {u"PRAGMA cache_size = -2000"_s, u"PRAGMA wal_autocheckpoint = 1000"_s,
                u"PRAGMA journal_size_limit = 4194304"_s};
    }

    QStringList logSealedStatements() const override
    {
        // Through Careleaf the log only grows; a tool that removes these triggers first is caught
        // by the seals (check()).
        return {u"CREATE TRIGGER education_log_kept_as_written BEFORE UPDATE ON education_log"
                " BEGIN SELECT RAISE(ABORT, 'the education log is kept as written'); END"_s,
                u"CREATE TRIGGER education_log_never_removed BEFORE DELETE ON education_log"
                " BEGIN SELECT RAISE(ABORT, 'the education log is kept as written'); END"_s};
    }

    QString appendLogCall() const override { return {}; }

    QString recorder(QSqlDatabase &) const override
    {
        // The account on this computer that wrote it.
        if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
        return u"uid %1"_s.arg(::getuid());
    }

    QString backupBeforeUpgrade(QSqlDatabase &db, const QString &location, int version, QString *copy) const override
    {
        const QString backup = LibraryFile::backupName(location, version);
        QFile::remove(backup);
        QSqlQuery q(db);
        if (!q.exec(u"VACUUM INTO '%1'"_s.arg(QString(backup).replace(u'\'', u"''"_s)))) {
            QFile::remove(backup);
            *copy = backup;
            return q.lastError().text();
        }
        *copy = backup;
        return {};
    }

    LibraryProblem classify(const QSqlError &error, const QString &location) const override
    {
        const int code = error.nativeErrorCode().toInt();
        switch (code & 0xff) {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return LibraryProblem::Damaged;
        case SQLITE_FULL:
            return LibraryProblem::NoSpace;
        case SQLITE_READONLY:
            return LibraryProblem::ReadOnly;
        case SQLITE_CANTOPEN:
            return QFileInfo(QFileInfo(location).absolutePath()).isWritable() ? LibraryProblem::Other
                                                                              : LibraryProblem::ReadOnly;
        case SQLITE_IOERR:
            // A write the file system refused: a full disk or a file-size limit (EFBIG).
            return code == SQLITE_IOERR_WRITE ? LibraryProblem::NoSpace : LibraryProblem::Other;
        default:
            return LibraryProblem::Other;
        }
    }

    QString explainWriteError(const QSqlError &error) const override
    {
        // SQLite's own messages are fixed strings; staff get what they mean and what to do.
        const QString raw = error.text().trimmed();
        if (raw.contains(u"disk is full"_s) || raw.contains(u"disk I/O error"_s))
            return tr("the library file could not grow: the disk is full or a file-size limit was reached (%1). "
                      "Nothing from this file was saved; free some space and import again.")
                .arg(raw);
        if (raw.contains(u"readonly"_s) || raw.contains(u"read-only"_s))
            return tr("the library is read-only (%1); nothing was saved").arg(raw);
        if (raw.contains(u"malformed"_s))
            return tr("the library is damaged (%1); nothing was saved. Run careleaf-cli check.").arg(raw);
        if (raw.contains(u"locked"_s) || raw.contains(u"busy"_s))
            return tr("another program kept the library busy for too long (%1); nothing was saved, try again").arg(raw);
        if (raw.isEmpty())
            return tr("the library refused the write without saying why; nothing was saved, try again");
        return tr("the library refused the write: %1").arg(raw); // a procedure's, a log row's, ...
    }

    // Whether the file can be written is checked when it is opened.
    QString importRefusal(QSqlDatabase &) const override { return {}; }
};

} // namespace

std::unique_ptr<StoreBackend> makeSqliteBackend()
{
    return std::make_unique<SqliteBackend>();
}

} // namespace Careleaf
