// The search index of one library: everything search keeps beside a procedure (the exact-name and
// short-prefix keys, the full-text entries, the word list typo correction reads) and the ranked
// SQL that reads it back. One implementation per engine (sqlite/, postgres/) owns the keys it
// writes; LibraryStore calls the writing half inside its own write transaction, so a procedure
// and its index entries always change together.
//
// An index is bound to one connection of one LibraryStore and, like it, is used from the thread
// that opened it, but for entries(), which reads neither the connection nor what a write changes.
#pragma once

#include "knownwords.h"
#include "searchtypes.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;

namespace Careleaf {

// The searchable text of one procedure, in the columns search weighs differently: the sections
// that say what the procedure is about (Procedure::Part::About) above the rest of its text.
struct IndexedText
{
    QString code;
    QString names;
    QString descriptor;
    QString about;
    QString body;
};

// What the index stores for one procedure beyond its IndexedText, worked out from the text alone
// (SearchIndex::entries()): no database and nothing a write changes, so an import works it out on
// its parsing thread for the files ahead of the one being written.
struct IndexEntries
{
    QVariantList rowValues; // the values of SearchIndex::rowColumns(), in order
    QStringList words;      // the procedure's words for the engine's word list
    // SQLite: its code, names and descriptor, for FTS5's tokenizer; PostgreSQL: their words.
    QStringList nameWords;
    QString nameKeys; // nameKeys() as a JSON array of [key, sort_name] pairs
};

class SearchIndex
{
    Q_DISABLE_COPY_MOVE(SearchIndex)

public:
    virtual ~SearchIndex();

    // --- Reading ---
    // One ranked page for a plan built by SearchEngine: tier (exact code, code prefix, exact lay
    // name or alias, all words in the code/names/descriptor, section text), then relevance,
    // then title. Among the first results (TogetherWindow), a query of several words puts the
    // procedures of the names and section-text tiers named by more of them first, then those
    // that hold more of their short words as words rather than as the start of others, then
    // those that have all of them in one name or section, then those that have each where it
    // weighs more (placement()). Use SearchEngine to search for what a user typed.
    [[nodiscard]] SearchPage search(const SearchPlan &plan, int offset, int limit) const;
    static constexpr int TogetherWindow = 20;
    // Where a procedure holds the groups of a plan, in one reading of its text. Each takes the
    // plan's wholeWords, which stand for themselves and their forms (SearchPlan::wholeForms()),
    // not for every word they start.
    struct Placement
    {
        // How many groups its names hold (each in one of them).
        int named = 0;
        // How many groups it holds as words: a word of three letters or fewer as itself or its
        // plural, not only as the start of another word ("pus" of "push", "ear" of "early"); a
        // longer word as the start of any ("prep" of "preparation").
        int asWords = 0;
        // How many of its names and sections of text hold every group, weighed as the index
        // weighs them (a name 10, the descriptor and each section of what the procedure is about
        // 4, any other section 1): 0 when the words are only found scattered.
        int together = 0;
        // The weight (as above) of the best place of each group, summed: "back injection" is the
        // injection whose summary says "back" (4 and 10) before the one whose aftercare says "go
        // back to work" (1 and 10). Each group counts once, whichever of its alternatives it
        // holds and however often: BM25 adds up a group's alternatives (an injection that also
        // says "shot" and "jab"), and a short text's mention of a word in passing.
        int best = 0;
        // Whether it holds each group anywhere.
        QList<bool> held;
    };
    [[nodiscard]] static Placement placement(const IndexedText &text, const QList<QList<QStringList>> &groups,
                                             const QStringList &wholeWords = {});
    // Typo candidates for word from an index of the library's words (never the whole list of
    // them): the closest by their three-letter pieces, and a word of the library that starts
    // with word when there is one. Sets *error (and returns nothing) when the index cannot be read.
    [[nodiscard]] virtual QStringList similarWords(const QString &word, QString *error) const = 0;
    // Procedures containing word, counted up to FrequencyCap (a common word's count would read
    // its every row), for ranking similarWords() candidates; sets *error when they cannot be
    // counted.
    [[nodiscard]] virtual int documentFrequency(const QString &word, QString *error) const = 0;
    static constexpr int FrequencyCap = 10000;
    // The names, descriptor and section text (about, body) of the given procedures as indexed,
    // for snippets and placement().
    [[nodiscard]] QHash<qint64, IndexedText> texts(const QList<qint64> &ids) const;
    // Distinct code systems in the library, for the filter.
    [[nodiscard]] QStringList codeSystems() const;
    // Distinct languages (BCP 47) procedures are written in, for the filter.
    [[nodiscard]] QStringList languages() const;
    // Whether a procedure is written in language (one step through the column's index).
    [[nodiscard]] bool holds(const QString &language) const;

    // --- Checking: LibraryStore::check() ---
    // The stored name keys of each of ids that has any, sorted as nameKeys() sorts them, in one
    // query. Sets *error (and returns nothing) when they cannot be read.
    [[nodiscard]] QHash<qint64, QList<QPair<QString, QString>>> storedNameKeys(const QList<qint64> &ids,
                                                                               QString *error) const;
    // What is wrong with the tables of its own the engine checks beside the procedures and its
    // full-text index (which the backend's integrity check holds against the rows): SQLite's
    // names' word list. Each problem names the procedure or word. None by default.
    [[nodiscard]] virtual QStringList integrityProblems() const { return {}; }

    // --- Writing: LibraryStore, inside its write transaction ---
    // Columns of `procedures` that hold the index entries, written with the row itself:
    // (name, placeholder) pairs, and their values for one procedure's text. None where the
    // engine keeps the index in tables of its own (SQLite's full-text indexes).
    [[nodiscard]] virtual QList<QPair<QString, QString>> rowColumns() const = 0;
    // What write() stores for a procedure of this text, names (normalised words) and code (in
    // lower case). Safe to call from another thread while this index writes: it reads nothing
    // the writing changes.
    [[nodiscard]] IndexEntries entries(const IndexedText &text, const QStringList &names, const QString &code) const;
    [[nodiscard]] QVariantList rowValues(const IndexedText &text) const { return engineEntries(text).rowValues; }
    // Once the row holding entries.rowValues is written: its name keys and whatever else the
    // index keeps for it. replace: the procedure had entries before. format: the library format
    // the row is written in, lower than the latest while an upgrade re-derives rows (an entry
    // whose table a later step creates is left to that step, which fills it).
    [[nodiscard]] QSqlError write(qint64 id, const IndexEntries &entries, bool replace, int format);
    // The exact-name and short-prefix keys of one procedure alone (an upgrade of format 2).
    // names are normalised words; code in lower case.
    [[nodiscard]] QSqlError writeNameKeys(qint64 id, const QStringList &names, const QString &code, bool replace);
    // Entries of every procedure already stored that format step `format` adds a table for,
    // inside the upgrade's transaction (SQLite's name_words); an error message, or empty.
    [[nodiscard]] virtual QString fillEntries(QSqlDatabase &db, int format)
    {
        Q_UNUSED(db)
        Q_UNUSED(format)
        return {};
    }
    // One procedure's writes began: its own transaction, or its savepoint in a batch.
    virtual void procedureStarted() {}
    // One procedure's writes ended: kept (its own transaction committed, or its savepoint in a
    // batch released), or rolled back.
    virtual void procedureEnded(bool kept) { m_knownWords.procedureEnded(kept); }
    // The write transaction around write() calls ended: committed, or rolled back.
    virtual void transactionEnded(bool committed) { m_knownWords.transactionEnded(committed); }
    // The entries write() held back for the procedures inserted in the open transaction, written
    // now (SQLite's full-text entries: one statement for a whole group of an import, where an entry
    // written with each row made FTS5 write a piece of its index at every savepoint and
    // statement). LibraryStore calls it before the transaction commits, and before it changes
    // the indexed text of a procedure whose entries are held back (holdsBack()). On an error the
    // procedure being written fails, or the batch is rolled back.
    [[nodiscard]] virtual QSqlError writeHeldBack(QSqlDatabase &db)
    {
        Q_UNUSED(db)
        return {};
    }
    [[nodiscard]] virtual bool holdsBack(qint64 id) const
    {
        Q_UNUSED(id)
        return false;
    }
    // An import's: with defer, the entries of its new procedures that are far cheaper written
    // for all of them at its end than a group at a time (SQLite's name_words) wait for
    // writeDeferred(), behind a mark in the library that says from which procedure on they wait
    // (a killed import's are written at the end of the next).
    virtual void deferEntries(bool defer) { Q_UNUSED(defer) }
    // Whether some wait (read outside a transaction).
    [[nodiscard]] virtual bool entriesWait() const { return false; }
    // What waits for the next `procedures` procedures (by id), written inside a write
    // transaction; *more: whether some still wait after them.
    [[nodiscard]] virtual QSqlError writeDeferred(QSqlDatabase &db, qint64 procedures, bool *more)
    {
        Q_UNUSED(db)
        Q_UNUSED(procedures)
        *more = false;
        return {};
    }
    // Statements prepared on the connection are gone (reconnect, close).
    virtual void forgetStatements();

    // --- Upkeep: LibraryStore, each step in a write transaction of its own ---
    // Whether the full-text index is written in pieces (a piece at each commit, and at each
    // writeHeldBack() before an update; merged a few at a time as they come) that mergeStep()
    // merges into one, where a row is
    // then looked up once instead of once in each piece.
    [[nodiscard]] virtual bool mergesPieces() const { return false; }
    // One step of that merge. first: the merge's first step. *merged: whether this step merged
    // anything (the next may then have work too). The error, or empty.
    [[nodiscard]] virtual QString mergeStep(QSqlDatabase &db, bool first, bool *merged)
    {
        Q_UNUSED(db)
        Q_UNUSED(first)
        *merged = false;
        return {};
    }

protected:
    explicit SearchIndex(QString connectionName);
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] virtual SearchPage rankedPage(QSqlDatabase &db, const SearchPlan &plan, int offset,
                                                int limit) const = 0;
    // A SELECT yielding (key, sort_name, procedure_id) rows from two bound values: the
    // procedure id, then a JSON array of [key, sort_name] pairs.
    [[nodiscard]] virtual QString keysFromJson() const = 0;
    // The words of the engine's word list this connection knows are stored (the list an
    // engine's writeEngineEntries() adds to: spelling_words, search_words).
    KnownWords m_knownWords;
    // entries() of the engine's own: all but the name keys. Thread-safe as entries() is.
    [[nodiscard]] virtual IndexEntries engineEntries(const IndexedText &text) const = 0;
    // What the engine's index keeps beyond the name keys and the row's own columns.
    // replace: the procedure had entries before (write()'s).
    [[nodiscard]] virtual QSqlError writeEngineEntries(QSqlDatabase &db, qint64 id, const IndexEntries &entries,
                                                       bool replace, int format) = 0;

private:
    [[nodiscard]] QSqlError writeKeys(qint64 id, const QString &keys, bool replace);

    // The distinct non-empty values of an indexed column of procedures, in order.
    [[nodiscard]] QStringList distinctValues(const QString &column) const;

    QString m_connectionName;
    std::unique_ptr<QSqlQuery> m_deleteKeys;
    std::unique_ptr<QSqlQuery> m_insertKeys;
};

// The exact-name and short-prefix keys of a procedure: "=name" for every name, "^x" and "^xy"
// (up to SearchPlan::ShortPrefix characters) of every name and the code, each with the
// alphabetically first name that starts so. Sorted by key.
[[nodiscard]] QList<QPair<QString, QString>> nameKeys(const QStringList &names, const QString &code);

[[nodiscard]] std::unique_ptr<SearchIndex> makeSqliteIndex(const QString &connectionName);
[[nodiscard]] std::unique_ptr<SearchIndex> makePostgresIndex(const QString &connectionName);

// The FTS5 MATCH expressions the SQLite index builds from a plan. Public so the query fuzzer
// can check that no typed input ever yields an expression FTS5 refuses.
namespace SqliteFts {
// The words of the library a prefix stands for, by the prefix (folded); a prefix not here stays
// a prefix term.
using Expansions = QHash<QString, QStringList>;
[[nodiscard]] QString matchExpression(const QList<QList<QStringList>> &groups, const Expansions &expansions = {});
[[nodiscard]] QString excludedExpression(const SearchPlan &plan, const Expansions &expansions = {});
// The SQLite connection under a QSQLITE database (for its interrupt, FTS5's tokenizer, tracing);
// null for any other driver, and when Careleaf cannot call the driver's SQLite (sqliteapi.h).
[[nodiscard]] sqlite3 *handle(const QSqlDatabase &db);
} // namespace SqliteFts

} // namespace Careleaf
