// SQLite's search index: FTS5 over external-content tables (procedure_fts, the whole text;
// procedure_names_fts, the names tier's). Triggers take a changed or removed procedure's words
// out and put its new ones in (see the SQLite backend's format steps); a new procedure's entries
// are written by the index itself, held back to the end of the transaction (writeHeldBack(),
// from format 14); the name keys are written through SQLite's JSON functions, and the library's words
// to spelling_words, whose trigram index (spelling_trigrams) finds typo candidates and whose
// order turns a typed prefix into the few words it stands for (expand()), and the names' words
// to name_words, in title order (a broad names tier's page, namesWalk()).
#include "indexwords.h"
#include "namewalk.h"
#include "namewords.h"
#include "searchindex.h"
#include "sqliteapi.h"
#include "tieredsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// The words spelling_words holds: three characters or more, every word whose first two are not
// digits (codes and numbers stay out; "hba1c" and "covid19" are in, so a prefix stands for them
// too). Typo correction leaves out those holding a digit (SearchEngine::correction).
QStringList spellingWords(const IndexedText &text)
{
    QSet<QString> seen;
    QStringList out;
    for (const QString *part : {&text.code, &text.names, &text.descriptor, &text.about, &text.body}) {
        for (const QString &w : IndexWords::tokens(*part)) {
            if (w.size() < 3 || seen.contains(w))
                continue;
            seen.insert(w);
            if (listable(w))
                out << w;
        }
    }
    return out;
}

// The trigram index's query for a word: any of its three-character pieces, counted in code
// points (a piece never splits a character).
QString trigramQuery(const QString &word)
{
    const QList<uint> points = word.toUcs4();
    QStringList pieces;
    for (qsizetype i = 0; i + 3 <= points.size(); ++i) {
        const QString piece = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 3);
        const QString quoted = u'"' + piece + u'"';
        if (!pieces.contains(quoted))
            pieces << quoted;
    }
    return pieces.join(u" OR "_s);
}

// FTS5 syntax for one alternative, added to pieces (each once): a prefix term, or a phrase whose
// last word is a prefix; or, when the last word's expansion is known, the same as exact terms
// (phrases), one for each word it stands for. FTS5 reads an exact term's rows as it goes; a
// prefix term merges the rows of every word that starts so before the first, whatever the LIMIT.
// Words hold only letters, digits and marks (see ParsedQuery), so quoting them is enough.
void addAlternative(QStringList &pieces, const QStringList &words, const SqliteFts::Expansions &expansions)
{
    const auto add = [&pieces](const QString &piece) {
        if (!pieces.contains(piece))
            pieces << piece;
    };
    const auto it = words.isEmpty() ? expansions.cend() : expansions.constFind(IndexWords::fold(words.last()));
    if (it == expansions.cend())
        return add(u'"' + words.join(u' ') + u"\"*"_s);
    // A prefix no word starts: the prefix itself, which matches nothing, in valid syntax.
    if (it->isEmpty())
        return add(u'"' + words.join(u' ') + u'"');
    const QString lead = words.size() > 1 ? QStringList(words.mid(0, words.size() - 1)).join(u' ') + u' ' : QString();
    for (const QString &w : *it)
        add(u'"' + lead + w + u'"');
}

// The longest prefix term of an expression built by addAlternative() (the last word of a
// `"..."*`), in characters; 0 when it has none.
int longestPrefix(const QString &expression)
{
    static const QRegularExpression prefix(uR"re("(?:[^"]* )?([^" ]*)"\*)re"_s);
    int longest = 0;
    for (const QRegularExpressionMatch &m : prefix.globalMatch(expression))
        longest = std::max(longest, int(m.captured(1).toUcs4().size()));
    return longest;
}

// The procedures inserted in the open transaction, in order, with their names' words, and how
// many of them have their full-text entries written (SqliteIndex::writeHeldBack) and how many
// their name_words rows, kept and undone as the procedures' own savepoints are: a procedure
// rolled back takes its rows with it, and what was written inside its savepoint for the rows
// before it.
class HeldBackRows
{
public:
    [[nodiscard]] QList<qint64> unwritten() const { return m_rows.mid(m_written.entries); }
    // The rows whose name_words are not written, with their names' words (NameWordWriter::words()).
    [[nodiscard]] QList<std::pair<qint64, QStringList>> unwrittenNameWords() const
    {
        QList<std::pair<qint64, QStringList>> out;
        for (qsizetype i = m_written.nameWords; i < m_rows.size(); ++i)
            out.append({m_rows.at(i), m_nameWords.at(i)});
        return out;
    }
    [[nodiscard]] qsizetype nameWordsUnwritten() const { return m_rows.size() - m_written.nameWords; }
    [[nodiscard]] bool holds(qint64 id) const { return m_unwritten.contains(id); }
    void add(qint64 id, QStringList nameWords)
    {
        m_rows << id;
        m_nameWords << std::move(nameWords);
        m_unwritten.insert(id);
    }
    void nameWordsWritten() { m_written.nameWords = m_rows.size(); }
    void written()
    {
        m_written = {m_rows.size(), m_rows.size()};
        m_unwritten.clear();
    }
    void procedureStarted() { m_atStart = {m_rows.size(), m_written}; }
    void procedureEnded(bool kept)
    {
        if (kept)
            return;
        m_rows.resize(m_atStart.rows);
        m_nameWords.resize(m_atStart.rows);
        m_written = m_atStart.written;
        const QList<qint64> left = unwritten();
        m_unwritten = QSet<qint64>(left.cbegin(), left.cend());
    }
    void transactionEnded()
    {
        m_rows.clear();
        m_nameWords.clear();
        m_unwritten.clear();
        m_written = {};
        m_atStart = {};
    }

private:
    struct Written
    {
        qsizetype entries = 0;   // rows with their full-text entries written
        qsizetype nameWords = 0; // rows with their name_words written
    };
    struct Start
    {
        qsizetype rows = 0;
        Written written;
    };
    QList<qint64> m_rows;
    QList<QStringList> m_nameWords; // of each row of m_rows, kept to the end: a rollback may undo their writing
    QSet<qint64> m_unwritten;       // the rows after the first m_written.entries, to look one up
    Written m_written;
    Start m_atStart; // when the open procedure began
};

} // namespace

QString SqliteFts::matchExpression(const QList<QList<QStringList>> &groups, const Expansions &expansions)
{
    QStringList parts;
    for (const QList<QStringList> &group : groups) {
        QStringList pieces;
        for (const QStringList &words : group)
            addAlternative(pieces, words, expansions);
        parts << u'(' + pieces.join(u" OR "_s) + u')';
    }
    return parts.join(u" AND "_s);
}

sqlite3 *SqliteFts::handle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // An sqlite3* handle means the QSQLITE driver is loaded, and with it the library the API is
    // looked up in.
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 && loadedApi()
               ? *static_cast<sqlite3 *const *>(handle.data())
               : nullptr;
}

QString SqliteFts::excludedExpression(const SearchPlan &plan, const Expansions &expansions)
{
    QStringList pieces;
    for (const QStringList &words : plan.excluded)
        addAlternative(pieces, words, expansions);
    return pieces.join(u" OR "_s);
}

namespace {

class SqliteIndex final : public SearchIndex
{
public:
    static constexpr int SpellingWordsFormat = 7; // the library format that made spelling_words
    static constexpr int NameWordsFormat = 11;    // and name_words
    static constexpr int HeldBackFormat = 14;     // from which a new row's full-text entries are the index's
    static constexpr int DeferredFormat = 15;     // from which an import's new rows' name_words wait for its end
    static constexpr int NameWordsAtOnce = 256;   // held-back procedures whose name_words are written together

    explicit SqliteIndex(const QString &connectionName)
        : SearchIndex(connectionName)
    {}

    // Candidates for a typo: a word of the library the typed word starts, then the words
    // sharing the most of its three-letter pieces (the trigram index over spelling_words), so
    // the whole vocabulary is never read. The edit distance decides among them (SearchEngine).
    QStringList similarWords(const QString &word, QString *error) const override
    {
        QStringList out;
        const QString w = IndexWords::fold(word);
        const QString pieces = trigramQuery(w);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(u"SELECT word FROM (SELECT word FROM spelling_words WHERE word >= ? AND word < ? || char(1114111)"
                  " ORDER BY word LIMIT 1)"
                  " UNION ALL"
                  " SELECT word FROM (SELECT word FROM spelling_trigrams WHERE spelling_trigrams MATCH ?"
                  " AND word NOT GLOB '*[0-9]*' ORDER BY rank LIMIT 100)"_s);
        q.addBindValue(w);
        q.addBindValue(w);
        q.addBindValue(pieces.isEmpty() ? u"\"\""_s : pieces);
        const bool ran = q.exec();
        *error = readRows(q, ran, [&] { out << q.value(0).toString(); });
        return error->isEmpty() ? out : QStringList();
    }

    // The word's rows in the full-text index, read only up to the cap. (The index's term list,
    // procedure_vocab, counts a term by reading all of its rows: tens of milliseconds for a
    // common word in a million procedures.)
    int documentFrequency(const QString &word, QString *error) const override
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM procedure_fts WHERE procedure_fts MATCH ? LIMIT ?)"_s);
        q.addBindValue(QString(u'"' + QString(IndexWords::fold(word)).replace(u'"', u"\"\""_s) + u'"'));
        q.addBindValue(FrequencyCap);
        if (!q.exec()) {
            *error = queryError(q);
            return 0;
        }
        return q.next() ? q.value(0).toInt() : 0;
    }

    // The full-text index is kept in tables of its own: nothing of it in the row.
    QList<QPair<QString, QString>> rowColumns() const override { return {}; }

    void procedureStarted() override { m_heldBack.procedureStarted(); }
    void procedureEnded(bool kept) override
    {
        SearchIndex::procedureEnded(kept);
        m_heldBack.procedureEnded(kept);
        if (!kept)
            m_mark.reset(); // its writing of the mark undone with it
    }
    void transactionEnded(bool committed) override
    {
        SearchIndex::transactionEnded(committed);
        m_heldBack.transactionEnded();
        m_mark.reset(); // another writer may move it before the next
    }

    // An import's new procedures' name_words: written a group at a time, every group's commit
    // wrote again most pages of the list, whose rows land all over its order, and the number of
    // groups grows with the library. They wait for the import's end instead (at 100,000, side by
    // side: a tenth off its time, a fifth off its bytes), behind a mark in the library
    // (deferredMark()) that a killed import leaves for the next to finish.
    void deferEntries(bool defer) override { m_defer = defer; }
    bool entriesWait() const override
    {
        QSqlDatabase database = db();
        QString error;
        return deferredMark(database, &error) || !error.isEmpty(); // an error is for writeDeferred() to say
    }
    QSqlError writeDeferred(QSqlDatabase &db, qint64 procedures, bool *more) override
    {
        *more = false;
        QString error;
        const std::optional<qint64> mark = deferredMark(db, &error);
        if (!error.isEmpty())
            return QSqlError(error, {}, QSqlError::StatementError);
        if (!mark)
            return {};
        const qint64 until = *mark + std::max<qint64>(procedures, 1);
        if (QSqlError err = m_nameWords.writeFrom(db, *mark, until); err.isValid())
            return err;
        QSqlQuery q(db);
        q.prepare(u"SELECT EXISTS (SELECT 1 FROM procedures WHERE id >= ?)"_s);
        q.addBindValue(until);
        if (!q.exec() || !q.next())
            return q.lastError();
        *more = q.value(0).toBool();
        q.finish();
        // The mark moves past what was written, or goes.
        q.prepare(*more ? u"UPDATE careleaf_meta SET value = ? WHERE key = ?"_s
                        : u"DELETE FROM careleaf_meta WHERE key = ?"_s);
        if (*more)
            q.addBindValue(until);
        q.addBindValue(QString::fromLatin1(DeferredMarkKey));
        return q.exec() ? QSqlError() : q.lastError();
    }

    // Both full-text indexes' entries for the rows held back, each index in one statement: FTS5
    // keeps what it is given in memory to the end of a statement or savepoint, then writes it
    // as a piece of its index, so an entry written with each row (the trigger of format 13 and
    // before) made a piece for every procedure, each merged again later: measured side by side
    // at 100,000, a third of an import's time and a seventh of its bytes. Then the name_words
    // rows not yet written (writeEngineEntries()), one statement a step for the lot, inserted in
    // the list's order: written with each procedure, a statement for every step, they had been a
    // fifth of an import's writing thread.
    QSqlError writeHeldBack(QSqlDatabase &db) override
    {
        const QList<qint64> rows = m_heldBack.unwritten();
        if (rows.isEmpty()) {
            Q_ASSERT(m_heldBack.nameWordsUnwritten() == 0); // never written before the entries
            return {};
        }
        // A statement that failed may have rolled the whole transaction back, the rows with it;
        // their ids may be another connection's rows by now.
        if (sqlite3 *handle = SqliteFts::handle(db); !handle || SqliteFts::sqlite().getAutocommit(handle))
            return QSqlError(u"the transaction that stored the procedures has ended"_s, {},
                             QSqlError::TransactionError);
        QStringList ids;
        for (qint64 id : rows)
            ids << QString::number(id);
        const QString list = u'[' + ids.join(u',') + u']';
        QSqlQuery q(db);
        for (const auto &[index, columns] : {std::pair{u"procedure_fts"_s, u"code, names, descriptor, about, body"_s},
                                             std::pair{u"procedure_names_fts"_s, u"code, names, descriptor"_s}}) {
            q.prepare(u"INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM procedure_text"
                      " WHERE id IN (SELECT value FROM json_each(?))"_s.arg(index, columns));
            q.addBindValue(list);
            if (!q.exec()) {
                const QSqlError error = q.lastError();
                return error.isValid() ? error
                                       : QSqlError(index + u" was not written"_s, {}, QSqlError::StatementError);
            }
        }
        if (QSqlError err = writeHeldBackNameWords(db); err.isValid())
            return err;
        m_heldBack.written();
        return {};
    }
    bool holdsBack(qint64 id) const override { return m_heldBack.holds(id); }

    // The name_words rows of the rows held back that have none yet.
    QSqlError writeHeldBackNameWords(QSqlDatabase &db)
    {
        if (QSqlError err = m_nameWords.writeNew(db, m_heldBack.unwrittenNameWords()); err.isValid())
            return err;
        m_heldBack.nameWordsWritten();
        return {};
    }

    void forgetStatements() override
    {
        SearchIndex::forgetStatements();
        m_insertWords.reset();
        m_nameWords.reset();
    }

    // The upgrade to NameWordsFormat: name_words of every procedure.
    QString fillEntries(QSqlDatabase &db, int format) override
    {
        return format == NameWordsFormat ? m_nameWords.writeFrom(db, 0, std::numeric_limits<qint64>::max()).text()
                                         : QString();
    }

    QStringList integrityProblems() const override
    {
        QSqlDatabase database = db();
        return nameWordProblems(database);
    }

    bool mergesPieces() const override { return true; }

    // FTS5's 'merge', about Pages pages of each index written a step. The first step's negative
    // count takes every piece into one merge, which the next steps carry on to its end (as
    // 'optimize' does in one transaction); a step did nothing when the connection's count of
    // changed rows moved by less than two (FTS5's documentation).
    QString mergeStep(QSqlDatabase &db, bool first, bool *merged) override
    {
        constexpr int Pages = 1000;
        sqlite3 *handle = SqliteFts::handle(db);
        *merged = false;
        if (!handle)
            return {};
        QSqlQuery q(db);
        for (const QString &index : {u"procedure_fts"_s, u"procedure_names_fts"_s}) {
            const qint64 before = SqliteFts::sqlite().totalChanges64(handle);
            if (!q.exec(u"INSERT INTO %1 (%1, rank) VALUES ('merge', %2)"_s.arg(index).arg(first ? -Pages : Pages)))
                return q.lastError().text();
            *merged = *merged || SqliteFts::sqlite().totalChanges64(handle) - before >= 2;
        }
        return {};
    }

protected:
    QString keysFromJson() const override { return u"SELECT value ->> 0, value ->> 1, ? FROM json_each(?)"_s; }

    // Its words for the spelling list; its code, names and descriptor for name_words, which
    // FTS5's own tokenizer splits when they are written (NameWordWriter).
    IndexEntries engineEntries(const IndexedText &text) const override
    {
        IndexEntries out;
        out.words = spellingWords(text);
        out.nameWords = {text.code, text.names, text.descriptor};
        return out;
    }

    // Its names' words (a new row's held back with its full-text entries: writeHeldBack(); or
    // left to writeDeferred()), and the words of this procedure the spelling list may not have yet.
    QSqlError writeEngineEntries(QSqlDatabase &db, qint64 id, const IndexEntries &entries, bool replace,
                                 int format) override
    {
        bool deferred = false;
        if (format >= DeferredFormat) {
            if (QSqlError err = waits(db, id, !replace, &deferred); err.isValid())
                return err;
        }
        if (format >= HeldBackFormat && !replace) {
            QStringList nameWords;
            if (!deferred) {
                if (QSqlError err = m_nameWords.words(db, entries.nameWords, &nameWords); err.isValid())
                    return err;
            }
            m_heldBack.add(id, std::move(nameWords));
            // Unlike the full-text entries, the list's rows are no dearer written in a few
            // statements than in one: written a few hundred procedures at a time, while the
            // next files are being parsed, they do not lengthen the commit, while the parser
            // waits for it.
            if (m_heldBack.nameWordsUnwritten() >= NameWordsAtOnce) {
                if (QSqlError err = writeHeldBackNameWords(db); err.isValid())
                    return err;
            }
        } else if (format >= NameWordsFormat && !deferred) {
            if (QSqlError err = m_nameWords.write(db, id, replace, entries.nameWords); err.isValid())
                return err;
        }
        if (format < SpellingWordsFormat)
            return {}; // the upgrade to that format fills the list from the index
        const QStringList fresh = m_knownWords.fresh(entries.words);
        if (fresh.isEmpty())
            return {};
        if (!m_insertWords) {
            m_insertWords = std::make_unique<QSqlQuery>(db);
            m_insertWords->prepare(u"INSERT OR IGNORE INTO spelling_words (word) SELECT value FROM json_each(?)"_s);
        }
        m_insertWords->addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fresh)).toJson(QJsonDocument::Compact)));
        const bool ok = m_insertWords->exec();
        const QSqlError error = m_insertWords->lastError();
        m_insertWords->finish();
        if (!ok)
            return error;
        m_knownWords.sent(fresh);
        return {};
    }

    SearchPage rankedPage(QSqlDatabase &db, const SearchPlan &plan, int offset, int limit) const override
    {
        // The tier's condition (%2) is not needed: the MATCH in the ranking subquery is the tier.
        // A tier is counted up to 501 rows, as on the server: FTS5 stops there when the words are
        // exact terms (expand()); a larger tier is read a page at a time in title order. The names
        // tier is ranked in the names' own index (format 12), as the server ranks names_vector:
        // by the words' weight in the code, names and descriptor for their length.
        const auto rankedIn = [](const QString &index, const QString &weights) {
            return u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor"
                   " FROM (SELECT rowid AS id, bm25(@index, @weights) AS r FROM @index WHERE @index MATCH ?) AS m"
                   " CROSS JOIN procedures p ON p.id = m.id WHERE 1 = 1 %1"
                   " ORDER BY m.r, p.title COLLATE NOCASE, p.id LIMIT ? OFFSET ?"_s.replace(u"@index"_s, index)
                       .replace(u"@weights"_s, weights);
        };
        static const QString ranked = rankedIn(u"procedure_fts"_s, u"6.0, 10.0, 4.0, 4.0, 1.0"_s);
        static const SearchDialect dialect{
            rankedIn(u"procedure_names_fts"_s, u"6.0, 10.0, 4.0"_s),
            ranked,
            QString(), // no scan along the title index: titleWalk and sortedTier below read large tiers
            u"p.title COLLATE NOCASE"_s,
            u"CROSS JOIN"_s,
            500,
            u"%1"_s,
            QString(),
            // A large tier's page: along ids in title order (%2: the names' word list, the ids
            // where several words' lists meet, or the title index; no row is read to be checked),
            // each checked alone or against the tier's set unless the walk holds the tier's rows
            // alone (%1). Along the title index that is a page when the tier's titles come early
            // in the alphabet (a word in most of the library). Without an ORDER BY the ids leave
            // in the order the walk gives them, and LIMIT stops it at a page; whole rows are read
            // for the page only.
            u"SELECT q.id, q.code_system, q.code, q.title, q.descriptor FROM (SELECT p.id FROM (%2) AS p"
            " WHERE %1 LIMIT ? OFFSET ?) AS s CROSS JOIN procedures q ON q.id = s.id"
            " ORDER BY q.title COLLATE NOCASE, q.id"_s,
            // Too few within that (the tier's titles start late: "Magnesium ..." after 67,000
            // others at N = 100,000): the set sorted, each row's title from the index of (id,
            // title), whole rows read for the page only. Checking each row with FTS5 instead of
            // the set costs tens to hundreds of microseconds a row.
            u"SELECT q.id, q.code_system, q.code, q.title, q.descriptor FROM (SELECT p.id FROM procedures p"
            " INDEXED BY procedures_id_title WHERE %1 ORDER BY p.title COLLATE NOCASE, p.id LIMIT ? OFFSET ?) AS s"
            " CROSS JOIN procedures q ON q.id = s.id ORDER BY q.title COLLATE NOCASE, q.id"_s,
            u"SELECT id FROM procedures INDEXED BY procedures_title ORDER BY title COLLATE NOCASE, id LIMIT %1"_s,
        };
        // What is excluded is excluded for a word anywhere in a procedure, which the names' own
        // index cannot say: with such a word the names tier is ranked in the whole index.
        static const SearchDialect excluding = [] {
            SearchDialect d = dialect;
            d.rankedNames = ranked;
            return d;
        }();
        SearchExpressions e;
        const SqliteFts::Expansions expansions = expand(db, plan);
        const QString excluded = SqliteFts::excludedExpression(plan, expansions);
        if (!excluded.isEmpty())
            e.excluded = fts(excluded);
        QString match = SqliteFts::matchExpression(plan.groups, expansions);
        QString names = u"({code names descriptor} : ("_s + match + u"))"_s;
        if (!excluded.isEmpty()) {
            match = u'(' + match + u") NOT ("_s + excluded + u')';
            names = names + u" NOT ("_s + excluded + u')';
        }
        // The names tier from the names' own index (format 12), whose one- and two-letter
        // prefixes are terms: "knee i" in the whole index merged every term starting with "i" in
        // every section of every procedure, to count the tier, check rows and rank them.
        e.namesOnly = excluded.isEmpty() ? fts(match, u"procedure_names_fts"_s) : fts(names);
        e.bodyOnly = fts(u'(' + match + u") NOT "_s + names);
        // A row is probed for the words, then for the names tier's (in the names' own, small
        // index, unless a word is excluded): a probe for the whole expression read each word
        // twice, in the text's index.
        if (const Condition words = fts(match); !words.probe.isEmpty() && !e.namesOnly.probe.isEmpty()) {
            e.bodyOnly.probe = words.probe + u" AND NOT "_s + e.namesOnly.probe;
            e.bodyOnly.probeValues = words.probeValues + e.namesOnly.probeValues;
        }
        e.namesWalk = [&db, &plan, &expansions](int rows) { return namesWalk(db, plan, expansions, rows); };
        return tieredSearch(db, excluded.isEmpty() ? dialect : excluding, plan, e, offset, limit);
    }

private:
    // Whether procedure id's name_words wait for writeDeferred(): it is at or after the mark (a
    // procedure there has none, whoever writes it), or it is new while an import defers them,
    // which moves the mark down to it (it has none above it: a new row's id is the largest).
    QSqlError waits(QSqlDatabase &db, qint64 id, bool isNew, bool *deferred)
    {
        if (!m_mark) {
            QString error;
            const std::optional<qint64> mark = deferredMark(db, &error);
            if (!error.isEmpty())
                return QSqlError(error, {}, QSqlError::StatementError);
            m_mark.emplace(mark);
        }
        const std::optional<qint64> mark = *m_mark;
        *deferred = mark && id >= *mark;
        if (*deferred || !isNew || !m_defer)
            return {};
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO careleaf_meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                  " DO UPDATE SET value = min(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))"_s);
        q.addBindValue(QString::fromLatin1(DeferredMarkKey));
        q.addBindValue(id);
        if (!q.exec())
            return q.lastError();
        m_mark.emplace(mark ? std::min(*mark, id) : id);
        *deferred = true;
        return {};
    }

    // The words of spelling_words each prefix of the plan stands for, in one statement. The list
    // holds every word of the library of three characters or more whose first two are not
    // digits (spellingWords()); a prefix of two also stands for itself. A prefix that is not
    // listable, that stands for more than MaxWords words, or for one FTS5 may spell otherwise
    // (foldsAlike()), is left out: it stays a prefix term.
    static SqliteFts::Expansions expand(QSqlDatabase &db, const SearchPlan &plan)
    {
        constexpr int MaxWords = 8;
        constexpr int MaxPrefixes = 100; // of a query with very many synonyms; the rest stay prefixes
        QStringList prefixes;
        const auto collect = [&prefixes, &plan](const QStringList &alternative) {
            const QString prefix = alternative.isEmpty() ? QString() : IndexWords::fold(alternative.last());
            if (listable(prefix) && foldsAlike(prefix) && !prefixes.contains(prefix) &&
                !plan.wholeWords.contains(prefix) && prefixes.size() < MaxPrefixes)
                prefixes << prefix;
        };
        for (const QList<QStringList> &group : plan.groups)
            std::for_each(group.cbegin(), group.cend(), collect);
        std::for_each(plan.excluded.cbegin(), plan.excluded.cend(), collect);
        SqliteFts::Expansions out;
        for (const QString &word : plan.wholeWords) // each stands for itself and its forms alone
            out.insert(word, SearchPlan::wholeForms(word));
        if (prefixes.isEmpty())
            return out;
        const SqliteFts::Expansions whole = out;
        QStringList parts;
        for (qsizetype i = 0; i < prefixes.size(); ++i)
            parts << u"SELECT %1, word FROM (SELECT word FROM spelling_words WHERE word >= ? AND word < ? || "
                     u"char(1114111)"
                     " ORDER BY word LIMIT %2)"_s.arg(i)
                         .arg(MaxWords + 1);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(parts.join(u" UNION ALL "_s));
        for (const QString &prefix : std::as_const(prefixes)) {
            q.addBindValue(prefix);
            q.addBindValue(prefix);
        }
        if (!q.exec())
            return whole; // the prefix terms still find everything
        for (const QString &prefix : std::as_const(prefixes))
            out.insert(prefix, prefix.size() == 2 ? QStringList{prefix} : QStringList{});
        while (q.next())
            out[prefixes.value(q.value(0).toInt())] << q.value(1).toString();
        if (q.lastError().isValid())
            return whole;
        for (auto it = out.begin(); it != out.end();) {
            const bool alike = std::all_of(it.value().cbegin(), it.value().cend(), foldsAlike);
            it = it.value().size() > MaxWords || !alike ? out.erase(it) : std::next(it);
        }
        return out;
    }

    // Rows of one full-text index matching an expression; their count without procedures, with
    // the span of ids the counted rows lie in (FTS5 gives them in order of id) and the library's;
    // one row checked alone, unless the expression has a prefix longer than the index keeps as
    // terms of its own (the names': two letters): FTS5 merges the rows of every word such a
    // prefix starts before it looks for the row, at every probe again.
    static Condition fts(const QString &expression, const QString &index = u"procedure_fts"_s)
    {
        // The names' index keeps prefixes of one and two letters (prefix = '1 2', sqlitebackend.cpp).
        const bool probed = longestPrefix(expression) <= (index == u"procedure_names_fts"_s ? 2 : 0);
        return Condition{u"p.id IN (SELECT rowid FROM @ WHERE @ MATCH ?)"_s.replace(u'@', index),
                         {expression},
                         false,
                         u"SELECT count(*), max(r) - min(r) + 1,"
                         " (SELECT max(id) FROM procedures) - (SELECT min(id) FROM procedures) + 1"
                         " FROM (SELECT rowid AS r FROM @ WHERE @ MATCH ? LIMIT %1)"_s.replace(u'@', index),
                         probed ? u"EXISTS (SELECT 1 FROM @ WHERE @ MATCH ? AND rowid = p.id)"_s.replace(u'@', index)
                                : QString(),
                         probed ? QVariantList{expression} : QVariantList()};
    }

    // For a names tier too large to rank: the ids of name_words holding a word of each group of
    // the plan (walkableGroups()), in title order (sort_title is the title, compared as the
    // title index compares it), for a page needing `rows` rows of the tier. One group: its
    // words' rows, merged in SQL (%1: how many). Several: where their rows meet, found by
    // seeking (nameWordsInCommon()), as many as the page needs (four times as many when each
    // must still be checked: probeBudget() reads twice what half of them being the tier's asks
    // for), given as a list (which ends the tier when the groups had no more in common). Whole
    // (no row needs checking against the full-text index) when every group of the plan is
    // walked, each of single words, and the plan excludes nothing; otherwise its rows are
    // probed for what the walk does not hold. No SQL when no group can be walked (a prefix
    // without an expansion, a broad word).
    static Condition namesWalk(QSqlDatabase &db, const SearchPlan &plan, const SqliteFts::Expansions &expansions,
                               int rows)
    {
        constexpr int Seeks = 4000; // seeks of the word list a page of several groups may take
        bool phrases = false;
        QList<qsizetype> exact;
        QList<QStringList> groups = walkableGroups(
            plan, expansions, [](const QString &w) { return listable(w) && foldsAlike(w); }, &phrases, &exact);
        if (groups.isEmpty())
            return {};
        // While procedures wait for their rows (an import's, deferredMark()), the list lacks them:
        // the page is read along the title index.
        QString markError;
        if (deferredMark(db, &markError) || !markError.isEmpty())
            return {};
        const auto placeholders = [](const QStringList &words) {
            return QStringList(words.size(), u"?"_s).join(u", "_s);
        };
        // A group holding a broad word (NameWordWriter::writeNew()) cannot be walked: its rows are not listed.
        QStringList all;
        for (const QStringList &words : std::as_const(groups))
            all += words;
        QSqlQuery broad(db);
        broad.setForwardOnly(true);
        broad.prepare(u"SELECT word FROM name_word_counts WHERE broad = 1 AND word IN ("_s + placeholders(all) + u')');
        for (const QString &w : std::as_const(all))
            broad.addBindValue(w);
        QSet<QString> broadWords;
        if (!readRows(broad, broad.exec(), [&] { broadWords.insert(broad.value(0).toString()); }).isEmpty())
            return {};
        for (qsizetype i = groups.size() - 1; i >= 0; --i) {
            const QStringList &words = groups.at(i);
            if (std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return broadWords.contains(w); })) {
                groups.removeAt(i);
                exact.removeAt(i);
            }
        }
        if (groups.isEmpty())
            return {};
        Condition walk;
        walk.whole = groups.size() == plan.groups.size() && !phrases && plan.excluded.isEmpty();
        // A row the walk gives holds a word of each group it walked: it is probed for the other
        // groups alone (a broad word's, a phrase), a term or two where the tier's whole expression
        // (in the names' own index) read every word.
        if (!walk.whole && plan.excluded.isEmpty()) {
            QList<QList<QStringList>> unchecked;
            for (qsizetype i = 0; i < plan.groups.size(); ++i) {
                if (!exact.contains(i))
                    unchecked << plan.groups.at(i);
            }
            const Condition rest = fts(SqliteFts::matchExpression(unchecked, expansions), u"procedure_names_fts"_s);
            walk.probe = rest.probe;
            walk.probeValues = rest.probeValues;
        }
        if (groups.size() > 1) {
            const std::optional<InCommon> found =
                nameWordsInCommon(SqliteFts::handle(db), groups, walk.whole ? rows : 4 * rows, Seeks);
            if (!found)
                return {};
            QStringList list;
            for (const qint64 id : found->ids)
                list << QString::number(id);
            walk.ends = walk.whole && found->all;
            walk.sql = u"SELECT value AS id FROM json_each(?) LIMIT %1"_s;
            walk.values = {QVariant(u'[' + list.join(u',') + u']')};
            return walk;
        }
        // Each word's rows come in title order from the index; SQLite merges the arms of a
        // compound SELECT ordered so, and UNION keeps a row holding two of the words once.
        QStringList arms;
        for (const QString &w : std::as_const(groups.first())) {
            arms << u"SELECT sort_title, procedure_id FROM name_words WHERE word = ?"_s;
            walk.values << w;
        }
        walk.sql = u"SELECT procedure_id AS id FROM ("_s + arms.join(u" UNION "_s) + u" ORDER BY 1, 2 LIMIT %1)"_s;
        return walk;
    }

    std::unique_ptr<QSqlQuery> m_insertWords; // prepared once per connection
    bool m_defer = false;                     // an import's: new procedures' name_words wait (writeDeferred())
    // The mark as the open transaction has it (outer: read yet; inner: the mark, absent when none).
    std::optional<std::optional<qint64>> m_mark;
    NameWordWriter m_nameWords; // name_words, with each procedure or a new one's held back
    HeldBackRows m_heldBack;    // inserted, their full-text entries or name_words not yet written
};

} // namespace

std::unique_ptr<SearchIndex> makeSqliteIndex(const QString &connectionName)
{
    return std::make_unique<SqliteIndex>(connectionName);
}

} // namespace Careleaf
