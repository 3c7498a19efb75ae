// The file library's list of the names' words (name_words, name_word_counts; library format
// 11): each word of a procedure's code, names and descriptor, split as the full-text index
// splits them, with the procedure's title in list order, written with the procedure, or for a
// new one with those of a few hundred others (NameWordWriter; SqliteIndex holds them back). A
// broad names tier's page is read from it (SqliteIndex's namesWalk, nameWordsInCommon() in
// namewalk.h).
#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QSqlDatabase;
class QSqlQuery;

namespace Careleaf {

// The first procedure (its id) whose name_words rows wait for the end of an import
// (NameWordWriter::writeFrom(); the mark, DeferredMarkKey in careleaf_meta, format 15): every
// procedure from it on has none, every one before it has its own. Absent when none wait; an error
// when it cannot be read.
[[nodiscard]] std::optional<qint64> deferredMark(QSqlDatabase &db, QString *error = nullptr);
inline constexpr auto DeferredMarkKey = "name_words_from";

// Whether the words of the library that start with prefix are all in spelling_words, so the
// prefix can stand for them: its first two characters are not digits (spellingWords()).
[[nodiscard]] bool listable(const QString &prefix);

// Whether FTS5 indexes word as spelling_words holds it. The list holds words as IndexWords folds
// them, which agrees with FTS5's unicode61 tokenizer on ASCII letters and digits, not on every
// script (it keeps "й" and Hangul syllables, which the fold decomposes): only such words stand
// in for a prefix, or FTS5 would look for a form it never indexed.
[[nodiscard]] bool foldsAlike(const QString &word);

// What is wrong with the list, held against the names' own full-text index (procedure_names_fts,
// format 12), whose terms it is made from: a word a procedure's names hold and the list lacks
// (a prefix of it would not find the procedure), a row the names do not hold, a count that is not
// the number of procedures holding its word, a row whose title is not its procedure's. A few of
// each, each naming its procedure or word; empty when the list and the index agree, or the library
// has neither yet.
[[nodiscard]] QStringList nameWordProblems(QSqlDatabase &db);

// Writes a procedure's rows of the list and its words' counts, with statements prepared once on
// the connection it is given (reset() when that connection goes).
class NameWordWriter
{
public:
    NameWordWriter();
    ~NameWordWriter();
    NameWordWriter(const NameWordWriter &) = delete;
    NameWordWriter &operator=(const NameWordWriter &) = delete;

    // The words of a procedure's names the list holds: texts are its code, names and descriptor
    // as the full-text index reads them (a version's are empty), split by the index's own
    // tokenizer; an error when it cannot be had.
    [[nodiscard]] QSqlError words(QSqlDatabase &db, const QStringList &texts, QStringList *words);
    // name_words of one procedure from the code, names and descriptor just written with it;
    // replace: it had some before, which go, their counts with them.
    [[nodiscard]] QSqlError write(QSqlDatabase &db, qint64 id, bool replace, const QStringList &texts);
    // name_words of procedures that had none (new ones: SqliteIndex holds theirs back to the end
    // of a transaction), from their words(), in one statement a step. A word in the names of
    // more than a tenth of the library (and of MinBroadWord procedures) is broad: its rows go
    // and none are written again (a page of it is a walk along the title index, where a tenth
    // of the rows are its), which keeps an import from rewriting a page of the list for each
    // such word of each procedure. A broad word stays broad. (The tenth is of the library as the
    // statement finds it, the procedures given in it included: a word near the line may turn
    // broad a few hundred procedures later or earlier than written one at a time.)
    [[nodiscard]] QSqlError writeNew(QSqlDatabase &db, const QList<std::pair<qint64, QStringList>> &procedures);
    // name_words of every procedure of ids from `from` up to `until`, from their code, names and
    // descriptor as the full-text index reads them (procedure_text), in one insert in the list's
    // order (an import's new procedures, whose rows waited for its end: deferredMark()). Rows
    // they already have go first, uncounted (a Careleaf of format 14 still running may have
    // written some; a broad word of theirs, which has no rows, stays counted).
    [[nodiscard]] QSqlError writeFrom(QSqlDatabase &db, qint64 from, qint64 until);
    // Lets go of the statements and the tokenizer.
    void reset();

private:
    static constexpr int MinBroadWord = 5000; // procedures a broad word is in at least (writeNew())
    enum Step
    {
        Uncount,
        Drop,
        Count,
        Forget,
        Settle,
        Add,
        UncountFrom,
        DropFrom,
        CountCollected,
        AddCollected
    };
    // Count, then Forget and Settle for each word it made broad, with the values Count takes.
    QSqlError count(QSqlDatabase &db, Step step, const QVariantList &values);
    // Runs a step with its values; with broadened, collects the words it made broad.
    QSqlError run(QSqlDatabase &db, Step step, const QVariantList &values, QStringList *broadened = nullptr);

    class Tokenizer;
    std::unique_ptr<Tokenizer> m_tokenizer;
    std::vector<std::unique_ptr<QSqlQuery>> m_statements; // the steps', in order
};

} // namespace Careleaf
