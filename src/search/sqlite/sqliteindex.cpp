// SQLite's search index: FTS5 over an external-content table that triggers keep in step with
// `procedures` (see the SQLite backend's format steps), so the engine writes no full-text entries
// of its own; the name keys are written through SQLite's JSON functions.
#include "searchindex.h"
#include "tieredsearch.h"

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

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
    explicit SqliteIndex(const QString &connectionName)
        : SearchIndex(connectionName)
    {}

    QList<QPair<QString, int>> vocabulary(QString *error) const override
    {
        QList<QPair<QString, int>> out;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        const bool ran = q.exec(u"SELECT term, doc FROM procedure_vocab"_s);
        *error = readRows(q, ran, [&] { out.append({q.value(0).toString(), q.value(1).toInt()}); });
        return error->isEmpty() ? out : QList<QPair<QString, int>>{};
    }

    std::optional<QList<QPair<QString, int>>> similarWords(const QString &, QString *) const override
    {
        return std::nullopt;
    }

    // The vocabulary carries the counts.
    int documentFrequency(const QString &, QString *) const override { return 0; }

    QList<QPair<QString, QString>> rowColumns() const override { return {}; }
    QVariantList rowValues(const IndexedText &) override { return {}; }

protected:
    QString keysFromJson() const override { return u"SELECT value ->> 0, value ->> 1, ? FROM json_each(?)"_s; }

    SearchPage rankedPage(QSqlDatabase &db, const SearchPlan &plan, int offset, int limit) const override
    {
        // The tier's condition (%2) is not needed: the MATCH in the ranking subquery is the tier.
        static const QString ranked = u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor"
                                      " FROM (SELECT rowid AS id, bm25(procedure_fts, 6.0, 10.0, 4.0, 1.0) AS r"
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
};

} // namespace

std::unique_ptr<SearchIndex> makeSqliteIndex(const QString &connectionName)
{
    return std::make_unique<SqliteIndex>(connectionName);
}

} // namespace Careleaf
