// The names' word list, written with the procedures (namewords.h).
#include "namewords.h"

#include "searchindex.h"
#include "sqliteapi.h"
#include "tieredsearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

// Whether the words of the library that start with prefix are all in spelling_words, so the
// prefix can stand for them: its first two characters are not digits (spellingWords()).
bool listable(const QString &prefix)
{
    return prefix.size() >= 2 && !prefix.at(0).isDigit() && !prefix.at(1).isDigit();
}

// Whether FTS5 indexes word as spelling_words holds it. The list holds words as IndexWords folds
// them, which agrees with FTS5's unicode61 tokenizer on ASCII letters and digits, not on every
// script (it keeps "й" and Hangul syllables, which the fold decomposes): only such words stand
// in for a prefix, or FTS5 would look for a form it never indexed.
bool foldsAlike(const QString &word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); });
}

// The words name_words holds for a procedure, split and folded by the full-text index's own
// tokenizer (unicode61, as procedure_fts is made), so a word is listed for exactly the rows
// FTS5 finds it in; of those, the ones a typed prefix may stand for (listable(), foldsAlike()):
// no other query word is looked up there.
class NameWordWriter::Tokenizer
{
public:
    Tokenizer() = default;
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;
    ~Tokenizer() { reset(); }

    // The distinct words of the texts, in order; an error when the tokenizer cannot be had.
    QStringList words(QSqlDatabase &db, const QStringList &texts, QString *error)
    {
        if (!ready(db, error))
            return {};
        Collected collected;
        for (const QString &text : texts) {
            const QByteArray utf8 = text.toUtf8();
            const int rc = m_fns.xTokenize(m_tokenizer, &collected, FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                                           int(utf8.size()), &Tokenizer::add);
            if (rc != SQLITE_OK) {
                *error = QString::fromUtf8(SqliteFts::sqlite().errstr(rc));
                return {};
            }
        }
        return collected.words;
    }

    void reset()
    {
        if (m_tokenizer)
            m_fns.xDelete(m_tokenizer);
        m_tokenizer = nullptr;
        m_handle = nullptr;
    }

private:
    struct Collected
    {
        QStringList words;
        QSet<QString> seen;
    };

    static int add(void *context, int, const char *token, int size, int, int)
    {
        auto *c = static_cast<Collected *>(context);
        const QString w = QString::fromUtf8(token, size);
        if (listable(w) && foldsAlike(w) && !c->seen.contains(w)) {
            c->seen.insert(w);
            c->words << w;
        }
        return SQLITE_OK;
    }

    bool ready(QSqlDatabase &db, QString *error)
    {
        sqlite3 *connection = SqliteFts::handle(db);
        if (connection && connection == m_handle && m_tokenizer)
            return true;
        reset();
        fts5_api *api = nullptr;
        sqlite3_stmt *statement = nullptr;
        if (connection) {
            const SqliteFts::Api &sql = SqliteFts::sqlite();
            if (sql.prepare(connection, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
                sql.bindPointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
                sql.step(statement);
            }
            sql.finalize(statement);
        }
        void *userData = nullptr;
        const char *options[] = {"remove_diacritics", "2"};
        if (!api || api->iVersion < 2 || api->xFindTokenizer(api, "unicode61", &userData, &m_fns) != SQLITE_OK ||
            m_fns.xCreate(userData, options, 2, &m_tokenizer) != SQLITE_OK) {
            m_tokenizer = nullptr;
            *error = u"the full-text index's tokenizer cannot be loaded"_s;
            return false;
        }
        m_handle = connection;
        return true;
    }

    sqlite3 *m_handle = nullptr;
    fts5_tokenizer m_fns = {};
    Fts5Tokenizer *m_tokenizer = nullptr;
};

namespace {

// listable() and foldsAlike() of a term of the full-text index, in SQL: the index's terms are
// already folded (lower case), so ASCII letters and digits mean [a-z0-9].
constexpr auto ListedTerm = "length(term) >= 2 AND substr(term, 1, 1) NOT GLOB '[0-9]'"
                            " AND substr(term, 2, 1) NOT GLOB '[0-9]' AND term NOT GLOB '*[^a-z0-9]*'";

constexpr const char *Unchecked =
    QT_TRANSLATE_NOOP("Careleaf::LibraryStore", "the names' word list cannot be checked: %1");

QString checkMessage(const char *text)
{
    return QCoreApplication::translate("Careleaf::LibraryStore", text);
}

} // namespace

std::optional<qint64> deferredMark(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT CAST(value AS INTEGER) FROM careleaf_meta WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(DeferredMarkKey));
    std::optional<qint64> mark;
    const bool ran = q.exec();
    const QString err = readRows(q, ran, [&] { mark = q.value(0).toLongLong(); });
    if (error)
        *error = err;
    return err.isEmpty() ? mark : std::nullopt;
}

QStringList nameWordProblems(QSqlDatabase &db)
{
    constexpr int Examples = 20;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('name_words', 'procedure_names_fts')"_s) ||
        !q.next())
        return {checkMessage(Unchecked).arg(queryError(q))};
    if (q.value(0).toInt() < 2)
        return {};
    q.finish();
    QString markError;
    const std::optional<qint64> mark = deferredMark(db, &markError);
    if (!markError.isEmpty())
        return {checkMessage(Unchecked).arg(markError)};
    // The words each procedure's names hold as the list would hold them, in a table of this
    // connection's own (the temp schema: nothing is written to the library). Not the words the
    // list has made broad: they have no rows, and their counts go on growing
    // (NameWordWriter::writeNew()). Nor those of procedures whose rows wait for an import's end
    // (deferredMark()).
    const QString listed = u"SELECT word, procedure_id FROM temp.careleaf_listed_words"_s;
    struct Check
    {
        QString sql;         // the procedure and word, or the word alone, of up to Examples problems
        const char *message; // %1 the procedure, %2 the word; or %1 the word
        bool perProcedure;
    };
    const QList<Check> checks = {
        {u"SELECT procedure_id, word FROM (%1 EXCEPT SELECT word, procedure_id FROM name_words)"
         " ORDER BY 1, 2 LIMIT %2"_s.arg(listed)
             .arg(Examples),
         QT_TRANSLATE_NOOP("Careleaf::LibraryStore",
                           "procedure %1: the names' word list lacks \"%2\", a word of its names"),
         true},
        {u"SELECT procedure_id, word FROM (SELECT word, procedure_id FROM name_words EXCEPT %1)"
         " ORDER BY 1, 2 LIMIT %2"_s.arg(listed)
             .arg(Examples),
         QT_TRANSLATE_NOOP("Careleaf::LibraryStore",
                           "procedure %1: the names' word list holds \"%2\", which its names do not"),
         true},
        {u"SELECT n.procedure_id, min(n.word) FROM name_words n JOIN procedures p ON p.id = n.procedure_id"
         " WHERE n.sort_title IS NOT p.title GROUP BY n.procedure_id ORDER BY 1 LIMIT %1"_s.arg(Examples),
         QT_TRANSLATE_NOOP("Careleaf::LibraryStore",
                           "procedure %1: the names' word list holds \"%2\" under another title than its own"),
         true},
        {u"SELECT word FROM (SELECT word, count(*) FROM temp.careleaf_listed_words GROUP BY word"
         "  EXCEPT SELECT word, procedures FROM name_word_counts WHERE broad = 0)"
         " UNION SELECT word FROM name_word_counts c WHERE broad = 0 AND procedures <> 0"
         "  AND NOT EXISTS (SELECT 1 FROM temp.careleaf_listed_words e WHERE e.word = c.word)"
         " ORDER BY 1 LIMIT %1"_s.arg(Examples),
         QT_TRANSLATE_NOOP("Careleaf::LibraryStore",
                           "the names' word list counts the procedures whose names hold \"%1\" wrongly"),
         false},
    };
    const QStringList setUp = {
        u"DROP TABLE IF EXISTS temp.careleaf_name_terms"_s,
        u"DROP TABLE IF EXISTS temp.careleaf_listed_words"_s,
        u"CREATE VIRTUAL TABLE temp.careleaf_name_terms USING fts5vocab(main, procedure_names_fts, instance)"_s,
        u"CREATE TABLE temp.careleaf_listed_words (word TEXT NOT NULL, procedure_id INTEGER NOT NULL,"
        " PRIMARY KEY (word, procedure_id)) WITHOUT ROWID"_s,
        u"INSERT INTO temp.careleaf_listed_words SELECT DISTINCT term, doc FROM temp.careleaf_name_terms WHERE "_s +
            QLatin1StringView(ListedTerm) +
            u" AND NOT EXISTS (SELECT 1 FROM name_word_counts c WHERE c.word = term AND c.broad <> 0)"_s +
            (mark ? u" AND doc < %1"_s.arg(*mark) : QString()),
    };
    QStringList problems;
    for (const QString &sql : setUp) {
        if (!q.exec(sql))
            return {checkMessage(Unchecked).arg(queryError(q))};
    }
    for (const Check &check : checks) {
        const bool ran = q.exec(check.sql);
        const QString error = readRows(q, ran, [&] {
            const QString message = checkMessage(check.message);
            problems << (check.perProcedure ? message.arg(q.value(0).toString(), q.value(1).toString())
                                            : message.arg(q.value(0).toString()));
        });
        if (!error.isEmpty()) {
            problems << checkMessage(Unchecked).arg(error);
            break;
        }
    }
    for (const QString &sql : {u"DROP TABLE temp.careleaf_listed_words"_s, u"DROP TABLE temp.careleaf_name_terms"_s})
        (void)q.exec(sql);
    return problems;
}

NameWordWriter::NameWordWriter()
    : m_tokenizer(std::make_unique<Tokenizer>())
{}

NameWordWriter::~NameWordWriter() = default;

void NameWordWriter::reset()
{
    m_statements.clear();
    m_tokenizer->reset();
}

QSqlError NameWordWriter::words(QSqlDatabase &db, const QStringList &texts, QStringList *words)
{
    QString error;
    *words = m_tokenizer->words(db, texts, &error);
    return error.isEmpty() ? QSqlError() : QSqlError(error, {}, QSqlError::StatementError);
}

QSqlError NameWordWriter::write(QSqlDatabase &db, qint64 id, bool replace, const QStringList &texts)
{
    QStringList words;
    if (QSqlError err = this->words(db, texts, &words); err.isValid())
        return err;
    if (replace) {
        for (const Step step : {Uncount, Drop}) {
            if (QSqlError err = run(db, step, {id}); err.isValid())
                return err;
        }
    }
    return writeNew(db, {{id, std::move(words)}});
}

QSqlError NameWordWriter::writeNew(QSqlDatabase &db, const QList<std::pair<qint64, QStringList>> &procedures)
{
    // [id, word] for each word of each procedure: one statement for every step, whatever the
    // number of procedures, and their rows inserted in the list's own order.
    QJsonArray pairs;
    for (const auto &[id, words] : procedures) {
        for (const QString &w : words)
            pairs.append(QJsonArray{id, w});
    }
    if (pairs.isEmpty())
        return {};
    const QString json = QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact));
    QSqlError err = count(db, Count, {MinBroadWord, json, MinBroadWord});
    if (!err.isValid())
        err = run(db, Add, {json});
    return err;
}

QSqlError NameWordWriter::writeFrom(QSqlDatabase &db, qint64 from, qint64 until)
{
    // The temp table goes with a transaction that created it and was rolled back: made here each
    // time, before the statements that use it.
    QSqlQuery table(db);
    if (!table.exec(u"CREATE TEMP TABLE IF NOT EXISTS careleaf_new_name_words"
                    " (word TEXT NOT NULL, procedure_id INTEGER NOT NULL)"_s))
        return table.lastError();
    for (const Step step : {UncountFrom, DropFrom}) {
        if (QSqlError err = run(db, step, {from, until}); err.isValid())
            return err;
    }
    // Each procedure's words collected in that table (through SQLite's own calls: half a million
    // rows at 100,000) and counted as they come (a GROUP BY of the table took 1.9 s at 100,000),
    // then inserted from it in one statement in the list's order: every page of the list is
    // written once, where a group at a time had changed most of them in every group.
    sqlite3 *handle = SqliteFts::handle(db);
    if (!handle)
        return QSqlError(u"the library is not connected"_s, {}, QSqlError::StatementError);
    const SqliteFts::Api &sql = SqliteFts::sqlite();
    const auto failed = [handle, &sql] {
        return QSqlError(QString::fromUtf8(sql.errmsg(handle)), {}, QSqlError::StatementError);
    };
    using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;
    const auto prepared = [handle, &sql](const char *text) {
        sqlite3_stmt *statement = nullptr;
        if (sql.prepare(handle, text, -1, &statement, nullptr) != SQLITE_OK) {
            sql.finalize(statement);
            statement = nullptr;
        }
        return Statement(statement, sql.finalize);
    };
    const Statement read =
        prepared("SELECT id, code, names, descriptor FROM procedure_text WHERE id >= ?1 AND id < ?2 ORDER BY id");
    if (!read)
        return failed();
    const Statement collect = prepared("INSERT INTO temp.careleaf_new_name_words (word, procedure_id) VALUES (?1, ?2)");
    if (!collect)
        return failed();
    const auto text = [&read, &sql](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sql.columnText(read.get(), column)),
                                 sql.columnBytes(read.get(), column));
    };
    sql.bindInt64(read.get(), 1, from);
    sql.bindInt64(read.get(), 2, until);
    QSqlError err;
    int rc = SQLITE_ROW;
    QStringList words;
    QHash<QString, int> counts; // of each word, the procedures holding it
    while (!err.isValid() && (rc = sql.step(read.get())) == SQLITE_ROW) {
        const qint64 id = sql.columnInt64(read.get(), 0);
        err = this->words(db, {text(1), text(2), text(3)}, &words);
        for (qsizetype i = 0; !err.isValid() && i < words.size(); ++i) {
            ++counts[words.at(i)];
            const QByteArray word = words.at(i).toUtf8();
            sql.bindText(collect.get(), 1, word.constData(), int(word.size()), SQLITE_TRANSIENT);
            sql.bindInt64(collect.get(), 2, id);
            if (sql.step(collect.get()) != SQLITE_DONE)
                err = failed();
            sql.reset(collect.get());
        }
    }
    if (!err.isValid() && rc != SQLITE_DONE)
        err = failed();
    if (!err.isValid()) {
        QJsonArray pairs;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            pairs.append(QJsonArray{it.key(), it.value()});
        err =
            count(db, CountCollected,
                  {MinBroadWord, QString::fromUtf8(QJsonDocument(pairs).toJson(QJsonDocument::Compact)), MinBroadWord});
    }
    if (!err.isValid())
        err = run(db, AddCollected, {});
    QSqlQuery clear(db);
    if (!clear.exec(u"DELETE FROM temp.careleaf_new_name_words"_s) && !err.isValid())
        err = clear.lastError();
    return err;
}

QSqlError NameWordWriter::count(QSqlDatabase &db, Step step, const QVariantList &values)
{
    QStringList broadened;
    QSqlError err = run(db, step, values, &broadened);
    for (const QString &w : std::as_const(broadened)) {
        if (!err.isValid())
            err = run(db, Forget, {w});
        if (!err.isValid())
            err = run(db, Settle, {w});
    }
    return err;
}

QSqlError NameWordWriter::run(QSqlDatabase &db, Step step, const QVariantList &values, QStringList *broadened)
{
    if (m_statements.empty()) {
        // A word is broad once more procedures' names hold it than a tenth of the library's ids
        // and MinBroadWord (2: from this statement on; Forget and Settle make it 1).
        const QString threshold = u"max(?, (SELECT ifnull(max(id), 0) FROM procedures) / 10)"_s;
        // The words of procedures (word, procedure_id): given as [id, word] pairs, or collected
        // by writeFrom().
        const QString given = u"(SELECT value ->> 1 AS word, value ->> 0 AS procedure_id FROM json_each(?))"_s;
        const QString collected = u"temp.careleaf_new_name_words"_s;
        // Each word with its number of procedures (word, n).
        const auto countOf = [&threshold](const QString &counts) {
            return u"INSERT INTO name_word_counts (word, procedures, broad)"
                   " SELECT word, n, iif(n > %1, 2, 0) FROM %2 WHERE true"
                   " ON CONFLICT (word) DO UPDATE SET procedures = procedures + excluded.procedures,"
                   " broad = iif(broad = 0 AND procedures + excluded.procedures > %1, 2, broad)"
                   " RETURNING word, broad"_s.arg(threshold, counts);
        };
        const auto addOf = [](const QString &words) {
            return u"INSERT OR IGNORE INTO name_words (word, sort_title, procedure_id)"
                   " SELECT j.word, p.title, p.id FROM %1 AS j"
                   " JOIN procedures p ON p.id = j.procedure_id JOIN name_word_counts c ON c.word = j.word"
                   " WHERE c.broad = 0 ORDER BY 1, 2 COLLATE NOCASE, 3"_s.arg(words);
        };
        for (const QString &sql : {
                 u"UPDATE name_word_counts SET procedures = procedures - 1"
                 " WHERE word IN (SELECT word FROM name_words WHERE procedure_id = ?)"_s,
                 u"DELETE FROM name_words WHERE procedure_id = ?"_s,
                 countOf(u"(SELECT word, count(*) AS n FROM %1 GROUP BY 1)"_s.arg(given)),
                 u"DELETE FROM name_words WHERE word = ?"_s,
                 u"UPDATE name_word_counts SET broad = 1 WHERE word = ?"_s,
                 addOf(given),
                 u"UPDATE name_word_counts SET procedures = procedures - n FROM (SELECT word AS w, count(*) AS n"
                 " FROM name_words WHERE procedure_id >= ? AND procedure_id < ? GROUP BY word) WHERE word = w"_s,
                 u"DELETE FROM name_words WHERE procedure_id >= ? AND procedure_id < ?"_s,
                 countOf(u"(SELECT value ->> 0 AS word, value ->> 1 AS n FROM json_each(?))"_s),
                 addOf(collected),
             }) {
            auto q = std::make_unique<QSqlQuery>(db);
            q->setForwardOnly(true);
            q->prepare(sql);
            m_statements.push_back(std::move(q));
        }
    }
    QSqlQuery &q = *m_statements.at(size_t(step));
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ran = q.exec();
    while (ran && broadened && q.next()) {
        if (q.value(1).toInt() == 2)
            *broadened << q.value(0).toString();
    }
    const QSqlError error = q.lastError();
    q.finish();
    return ran && !error.isValid() ? QSqlError() : error;
}

} // namespace Careleaf
