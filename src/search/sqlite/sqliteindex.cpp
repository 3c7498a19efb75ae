// SQLite's search index: FTS5 over an external-content table that triggers keep in step with
// `procedures` (see the SQLite backend's format steps), so the engine writes no full-text entries
// of its own; the name keys are written through SQLite's JSON functions, and the words typo
// correction may offer to spelling_words, whose trigram index (spelling_trigrams) finds them.
#include "indexwords.h"
#include "searchindex.h"
#include "tieredsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// The words typo correction may offer: three letters or more, no digit (codes are never
// corrected), and short enough to be a word.
QStringList spellingWords(const IndexedText &text)
{
    QSet<QString> seen;
    QStringList out;
    for (const QString *part : {&text.code, &text.names, &text.descriptor, &text.about, &text.body}) {
        for (const QString &w : IndexWords::tokens(*part)) {
            if (w.size() < 3 || w.size() > 100 || seen.contains(w))
                continue;
            seen.insert(w);
            if (std::none_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); }))
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

// FTS5 syntax for one alternative: a prefix term, or a phrase whose last word is a prefix.
// Words hold only letters, digits and marks (see ParsedQuery), so quoting them is enough.
QString alternative(const QStringList &words)
{
    return u'"' + words.join(u' ') + u"\"*"_s;
}

} // namespace

QString SqliteFts::matchExpression(const QList<QList<QStringList>> &groups)
{
    QStringList parts;
    for (const QList<QStringList> &group : groups) {
        QStringList alternatives;
        for (const QStringList &words : group)
            alternatives << alternative(words);
        parts << u'(' + alternatives.join(u" OR "_s) + u')';
    }
    return parts.join(u" AND "_s);
}

QString SqliteFts::excludedExpression(const SearchPlan &plan)
{
    QStringList parts;
    for (const QStringList &words : plan.excluded)
        parts << alternative(words);
    return parts.join(u" OR "_s);
}

namespace {

class SqliteIndex final : public SearchIndex
{
public:
    static constexpr int SpellingWordsFormat = 7; // the library format that made spelling_words

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
                  " ORDER BY rank LIMIT 100)"_s);
        q.addBindValue(w);
        q.addBindValue(w);
        q.addBindValue(pieces.isEmpty() ? u"\"\""_s : pieces);
        const bool ran = q.exec();
        *error = readRows(q, ran, [&] { out << q.value(0).toString(); });
        return error->isEmpty() ? out : QStringList();
    }

    // From the index's own term list: one lookup.
    int documentFrequency(const QString &word, QString *error) const override
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT doc FROM procedure_vocab WHERE term = ?"_s);
        q.addBindValue(IndexWords::fold(word));
        if (!q.exec()) {
            *error = queryError(q);
            return 0;
        }
        return q.next() ? q.value(0).toInt() : 0;
    }

    // The full-text index is kept by triggers: nothing of it in the row.
    QList<QPair<QString, QString>> rowColumns() const override { return {}; }
    QVariantList rowValues(const IndexedText &text) override
    {
        m_lastWords = spellingWords(text);
        return {};
    }

    void forgetStatements() override
    {
        SearchIndex::forgetStatements();
        m_insertWords.reset();
    }

protected:
    QString keysFromJson() const override { return u"SELECT value ->> 0, value ->> 1, ? FROM json_each(?)"_s; }

    // Words of this procedure the spelling list may not have yet (rowValues() found them).
    QSqlError writeEngineEntries(QSqlDatabase &db, qint64, int format) override
    {
        if (format < SpellingWordsFormat)
            return {}; // the upgrade to that format fills the list from the index
        const QStringList fresh = m_knownWords.fresh(m_lastWords);
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
        static const QString ranked = u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor"
                                      " FROM (SELECT rowid AS id, bm25(procedure_fts, 6.0, 10.0, 4.0, 4.0, 1.0) AS r"
                                      "       FROM procedure_fts WHERE procedure_fts MATCH ?) AS m"
                                      " CROSS JOIN procedures p ON p.id = m.id WHERE 1 = 1 %1"
                                      " ORDER BY m.r, p.title COLLATE NOCASE, p.id LIMIT ? OFFSET ?"_s;
        static const SearchDialect dialect{
            u"SELECT count(*) FROM procedure_fts WHERE procedure_fts MATCH ?"_s,
            ranked,
            ranked,
            u"FROM procedures p INDEXED BY procedures_title"_s,
            u"p.title COLLATE NOCASE"_s,
            u"CROSS JOIN"_s,
            2000,
        };
        const auto fts = [](const QString &expression) {
            return Condition{u"p.id IN (SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ?)"_s, {expression}};
        };
        SearchExpressions e;
        const QString excluded = SqliteFts::excludedExpression(plan);
        if (!excluded.isEmpty())
            e.excluded = fts(excluded);
        QString match = SqliteFts::matchExpression(plan.groups);
        QString names = u"({code names descriptor} : ("_s + match + u"))"_s;
        if (!excluded.isEmpty()) {
            match = u'(' + match + u") NOT ("_s + excluded + u')';
            names = names + u" NOT ("_s + excluded + u')';
        }
        e.match = fts(match);
        e.namesOnly = fts(names);
        e.bodyOnly = fts(u'(' + match + u") NOT "_s + names);
        return tieredSearch(db, dialect, plan, e, offset, limit);
    }

private:
    std::unique_ptr<QSqlQuery> m_insertWords; // prepared once per connection
    QStringList m_lastWords;                  // of the procedure being written
};

} // namespace

std::unique_ptr<SearchIndex> makeSqliteIndex(const QString &connectionName)
{
    return std::make_unique<SqliteIndex>(connectionName);
}

} // namespace Careleaf
