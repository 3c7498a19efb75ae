// The clinic server's search index: a tsvector column with a GIN index for the full text, the
// names' words in name_words (title-ordered pages of a broad names tier), and every word of the
// library in search_words, whose pg_trgm index gives typo candidates.
//
// The tsvector is built here, not by the server's text-search parser, so both backends split and
// fold words the same way (letters, digits and marks; lower case; diacritics removed, as FTS5's
// unicode61 tokenizer does) whatever the server's locale. Columns carry weights for ranking and
// for the names-only tier: A code, B names, C descriptor and the sections that say what the
// procedure is about, D the rest of the section text.
#include "postgrestext.h"
#include "searchindex.h"
#include "tieredsearch.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

using namespace PostgresText;

namespace {

class PostgresIndex final : public SearchIndex
{
public:
    explicit PostgresIndex(const QString &connectionName)
        : SearchIndex(connectionName)
    {}

    QStringList similarWords(const QString &word, QString *error) const override
    {
        QStringList out;
        const QString w = fold(word);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        // A word of the library that the typed word starts, then the closest by trigrams.
        q.prepare(u"(SELECT word FROM search_words WHERE word LIKE ? LIMIT 1)"
                  " UNION ALL"
                  " (SELECT word FROM search_words WHERE word % ? ORDER BY similarity(word, ?) DESC, word LIMIT 40)"_s);
        q.addBindValue(QString(w + u'%'));
        q.addBindValue(w);
        q.addBindValue(w);
        const bool ran = q.exec();
        *error = readRows(q, ran, [&] { out << q.value(0).toString(); });
        return error->isEmpty() ? out : QStringList();
    }

    int documentFrequency(const QString &word, QString *error) const override
    {
        QSqlQuery q(db());
        q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM procedures WHERE search_vector @@ ?::tsquery LIMIT ?) AS s"_s);
        q.addBindValue(QString(u'\'' + fold(word) + u'\''));
        q.addBindValue(FrequencyCap);
        if (q.exec() && q.next())
            return q.value(0).toInt();
        *error = queryError(q);
        return 0;
    }

    // Everything (ranking the section-text tier, and matching), and the names alone: small, kept
    // in the row, so the names tier is matched and ranked without reading the section text.
    QList<QPair<QString, QString>> rowColumns() const override
    {
        return {{u"search_vector"_s, u"?::tsvector"_s}, {u"names_vector"_s, u"?::tsvector"_s}};
    }
    // The two vectors, with every word of each: the text's for the word list, the names' for name_words.
    IndexEntries engineEntries(const IndexedText &text) const override
    {
        IndexedText names = text;
        names.about.clear();
        names.body.clear();
        IndexEntries out;
        out.rowValues = {tsvectorLiteral(text, &out.words), tsvectorLiteral(names, &out.nameWords, 1)};
        return out;
    }

    void forgetStatements() override
    {
        SearchIndex::forgetStatements();
        m_insertWords.reset();
        m_dropNameWords.reset();
        m_addNameWords.reset();
    }

protected:
    QString keysFromJson() const override
    {
        return u"SELECT k ->> 0, k ->> 1, ? FROM jsonb_array_elements(?::jsonb) AS k"_s;
    }

    SearchPage rankedPage(QSqlDatabase &db, const SearchPlan &plan, int offset, int limit) const override
    {
        // %2 is the tier's condition; the rank reads the tier's own vector: the names tier never
        // touches the (larger, compressed) vector of the section text. Ranking and counting read
        // every row of a tier, so both stop at 500: a larger tier is not counted to the end (the
        // total is a lower bound) and is read a page at a time in title order, the names tier
        // from name_words, the section-text tier along the title index.
        static const SearchDialect dialect{
            u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor FROM procedures p WHERE %2 %1"
            " ORDER BY ts_rank('{0.1, 0.4, 1.0, 0.6}', p.names_vector, ?::tsquery, 1) DESC, lower(p.title), p.id"
            " LIMIT ? OFFSET ?"_s,
            u"SELECT p.id, p.code_system, p.code, p.title, p.descriptor FROM procedures p WHERE %2 %1"
            " ORDER BY ts_rank('{0.1, 0.4, 1.0, 0.6}', p.search_vector, ?::tsquery, 1) DESC, lower(p.title), p.id"
            " LIMIT ? OFFSET ?"_s,
            u"FROM procedures p"_s,
            u"lower(p.title)"_s,
            u"JOIN"_s,
            500,
            u"(%1) IS TRUE"_s, // not an operator the GIN index serves: a check of each row
            sortTitle(u"p.title"_s),
        };
        SearchExpressions e;
        const Expansions expansions = expand(db, plan);
        const QString excluded = excludedQuery(plan.excluded, expansions);
        if (!excluded.isEmpty())
            e.excluded = Condition{u"p.search_vector @@ ?::tsquery"_s, {excluded}};
        if (plan.hasText()) {
            QString match = groupsQuery(plan.groups, expansions);
            if (match.isEmpty())
                return {};
            QString namesMatch = match;
            // Ranked by the words as typed: the rank does not depend on how many words a prefix
            // stands for.
            const QString typed = groupsQuery(plan.groups, {});
            if (!excluded.isEmpty()) {
                match = u'(' + match + u") & !("_s + excluded + u')';
                // Excluded words count anywhere, so this tier's condition checks the whole text too.
            }
            // A group still holding a prefix term (one letter, or a code's first digits) makes the
            // index read every word that starts so. When other groups have none, the index finds
            // rows by those and each row is checked against the whole query.
            QList<QList<QStringList>> indexed;
            for (const QList<QStringList> &group : plan.groups) {
                if (std::all_of(group.cbegin(), group.cend(), [&expansions](const QStringList &alternative) {
                        const QStringList words = foldedWords(alternative);
                        return words.isEmpty() || expansions.contains(words.last());
                    }))
                    indexed << group;
            }
            const QString found = indexed.isEmpty() || indexed.size() == plan.groups.size()
                                      ? QString()
                                      : groupsQuery(indexed, expansions);
            const auto matching = [&found](const QString &column, const QString &query) {
                if (found.isEmpty())
                    return Condition{column + u" @@ ?::tsquery"_s, {query}};
                return Condition{column + u" @@ ?::tsquery AND ("_s + column + u" @@ ?::tsquery) IS TRUE"_s,
                                 {found, query}};
            };
            e.namesOnly = matching(u"p.names_vector"_s, namesMatch);
            if (!excluded.isEmpty()) {
                e.namesOnly.sql += u" AND NOT p.search_vector @@ ?::tsquery"_s;
                e.namesOnly.values << excluded;
            }
            e.bodyOnly = matching(u"p.search_vector"_s, match);
            e.bodyOnly.sql += u" AND NOT p.names_vector @@ ?::tsquery"_s;
            e.bodyOnly.values << namesMatch;
            e.namesRank = {typed};
            const QString typedExcluded = excludedQuery(plan.excluded, {});
            e.bodyRank = {typedExcluded.isEmpty() ? typed : u'(' + typed + u") & !("_s + typedExcluded + u')'};
            e.namesWalk = [this, &db, &plan, &expansions](int) { return namesWalk(db, plan, expansions); };
        }
        return tieredSearch(db, dialect, plan, e, offset, limit);
    }

    // search_words and name_words exist from format 4 on: the only format step that re-derives
    // rows (5) comes after it.
    QSqlError writeEngineEntries(QSqlDatabase &db, qint64 id, const IndexEntries &entries, bool, int) override
    {
        if (QSqlError err = writeNameWords(db, id, entries.nameWords); err.isValid())
            return err;
        // Words of this procedure the word list may not have yet.
        // Words known to be stored are not sent again: an import of many procedures sends few.
        const QStringList fresh = m_knownWords.fresh(entries.words);
        if (fresh.isEmpty())
            return {};
        if (!m_insertWords) {
            m_insertWords = std::make_unique<QSqlQuery>(db);
            // In order, so two writers never wait on each other in a cycle.
            m_insertWords->prepare(u"INSERT INTO search_words (word) SELECT w FROM unnest(?::text[]) AS w"
                                   " ORDER BY w ON CONFLICT DO NOTHING"_s);
        }
        m_insertWords->addBindValue(textArray(fresh));
        if (QSqlError err = execOnce(*m_insertWords); err.isValid())
            return err;
        m_knownWords.sent(fresh);
        return {};
    }

private:
    // name_words of one procedure: what its names and title no longer hold goes, what is new comes.
    QSqlError writeNameWords(QSqlDatabase &db, qint64 id, const QStringList &nameWords)
    {
        QStringList words;
        for (const QString &w : nameWords) {
            if (w.size() <= MaxNameWordLength)
                words << w;
        }
        const QString array = textArray(words);
        if (!m_dropNameWords) {
            m_dropNameWords = std::make_unique<QSqlQuery>(db);
            m_dropNameWords->prepare(u"DELETE FROM name_words n USING procedures p WHERE n.procedure_id = ?"
                                     " AND p.id = n.procedure_id AND (n.word <> ALL (?::text[]) OR n.sort_title <> "_s +
                                     SortTitle + u')');
            m_addNameWords = std::make_unique<QSqlQuery>(db);
            m_addNameWords->prepare(u"INSERT INTO name_words (word, sort_title, procedure_id) SELECT w, "_s +
                                    SortTitle +
                                    u", id FROM procedures, unnest(?::text[]) AS w WHERE id = ?"
                                    " ORDER BY w ON CONFLICT DO NOTHING"_s);
        }
        m_dropNameWords->addBindValue(id);
        m_dropNameWords->addBindValue(array);
        m_addNameWords->addBindValue(array);
        m_addNameWords->addBindValue(id);
        if (QSqlError err = execOnce(*m_dropNameWords); err.isValid())
            return err;
        return execOnce(*m_addNameWords);
    }

    // A prepared write run once and finished (its statement stays prepared).
    static QSqlError execOnce(QSqlQuery &q)
    {
        const bool ok = q.exec();
        const QSqlError error = q.lastError();
        q.finish();
        return ok ? QSqlError() : error;
    }

    // The words of the library each prefix of the plan stands for, from search_words in one
    // round trip: every word of three letters or more is there, and a prefix of two letters
    // also stands for itself. A prefix of one letter, or one standing for more than MaxWords
    // words (a code's first digits), is left out: it stays a prefix term, which the planner
    // estimates better than a long list of rare words, each of which it overestimates.
    Expansions expand(QSqlDatabase &db, const SearchPlan &plan) const
    {
        constexpr int MaxWords = 8;
        QStringList prefixes;
        const auto collect = [&prefixes, &plan](const QStringList &alternative) {
            const QStringList words = foldedWords(alternative);
            if (words.isEmpty())
                return;
            const QString &prefix = words.last();
            if (prefix.size() >= 2 && prefix.size() <= MaxNameWordLength && !prefixes.contains(prefix) &&
                !plan.wholeWords.contains(prefix))
                prefixes << prefix;
        };
        for (const QList<QStringList> &group : plan.groups)
            std::for_each(group.cbegin(), group.cend(), collect);
        std::for_each(plan.excluded.cbegin(), plan.excluded.cend(), collect);
        Expansions out;
        for (const QString &word : plan.wholeWords) // each stands for itself and its forms alone
            out.insert(word, SearchPlan::wholeForms(word));
        if (prefixes.isEmpty())
            return out;
        const Expansions whole = out;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT x.prefix, s.word FROM unnest(?::text[]) AS x (prefix) CROSS JOIN LATERAL"
                  " (SELECT word FROM search_words WHERE word >= x.prefix AND word < x.prefix || chr(1114111)"
                  " ORDER BY word LIMIT "_s +
                  QString::number(MaxWords + 1) + u") AS s"_s);
        q.addBindValue(textArray(prefixes));
        if (!q.exec())
            return whole; // the prefix terms still find everything
        for (const QString &prefix : std::as_const(prefixes))
            out.insert(prefix, {prefix});
        while (q.next()) {
            QStringList &words = out[q.value(0).toString()];
            if (const QString w = q.value(1).toString(); !words.contains(w))
                words << w;
        }
        for (auto it = out.begin(); it != out.end();) {
            const bool tooMany = it.value().size() > MaxWords;
            const bool tooLong = std::any_of(it.value().cbegin(), it.value().cend(),
                                             [](const QString &w) { return w.size() > MaxNameWordLength; });
            it = tooMany || tooLong ? out.erase(it) : std::next(it);
        }
        return out;
    }

    // For a names tier too large to rank: the rows of name_words holding the words of one group
    // of the plan (walkableGroups()), in title order. Of several groups, the one with the fewest
    // rows walks; each other one keeps only rows that hold one of its words too, looked up in
    // the same index, so few rows reach the check against the procedure itself. No SQL when no
    // group can be walked (a prefix without an expansion).
    Condition namesWalk(QSqlDatabase &db, const SearchPlan &plan, const Expansions &expansions) const
    {
        constexpr int Enough = 20000; // rows counted per group to choose one
        bool phrases = false;
        QList<QStringList> groups = walkableGroups(
            plan, expansions, [](const QString &w) { return w.size() <= MaxNameWordLength; }, &phrases);
        if (groups.isEmpty())
            return {};
        qsizetype best = 0;
        if (groups.size() > 1) {
            // The group with the fewest rows (counted up to Enough; the first of equals), in one round trip.
            QStringList rows;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            for (qsizetype i = 0; i < groups.size(); ++i)
                rows << u"(%1, ?::text[])"_s.arg(i);
            q.prepare(u"SELECT g.i FROM (VALUES "_s + rows.join(u", "_s) +
                      u") AS g (i, words) ORDER BY (SELECT count(*) FROM (SELECT 1 FROM name_words"
                      " WHERE word = ANY (g.words) LIMIT "_s +
                      QString::number(Enough) + u") AS s), g.i LIMIT 1"_s);
            for (const QStringList &words : std::as_const(groups))
                q.addBindValue(textArray(words));
            if (!q.exec() || !q.next())
                return {};
            best = q.value(0).toInt();
        }
        const QStringList walked = groups.takeAt(best);
        const QString one = u"SELECT sort_title, procedure_id FROM name_words WHERE word = ?"_s;
        QString sql;
        QVariantList values;
        if (walked.size() == 1) {
            sql = one + u" ORDER BY sort_title, procedure_id LIMIT %1"_s;
            values << walked.first();
        } else {
            // Each word's rows come in title order from the index; merged, a row holding two of
            // the words appears twice, side by side.
            QStringList parts;
            for (const QString &w : walked) {
                parts << u'(' + one + u" ORDER BY sort_title, procedure_id)"_s;
                values << w;
            }
            sql = u"SELECT DISTINCT sort_title, procedure_id FROM ("_s + parts.join(u" UNION ALL "_s) +
                  u") AS u ORDER BY sort_title, procedure_id LIMIT %1"_s;
        }
        if (groups.isEmpty())
            return {sql, values};
        // OFFSET 0 keeps each lookup a lookup: the planner never turns it into a join that reads
        // every row of the other group's words first.
        QStringList lookups;
        for (const QStringList &words : std::as_const(groups)) {
            lookups << u"EXISTS (SELECT 1 FROM name_words x WHERE x.word = ANY (?::text[])"
                       " AND x.sort_title = v.sort_title AND x.procedure_id = v.procedure_id OFFSET 0)"_s;
            values << textArray(words);
        }
        return {u"SELECT sort_title, procedure_id FROM ("_s + sql + u") AS v WHERE "_s + lookups.join(u" AND "_s) +
                    u" ORDER BY sort_title, procedure_id"_s,
                values};
    }

    // Prepared once per connection: an import runs them for every procedure.
    std::unique_ptr<QSqlQuery> m_insertWords;
    std::unique_ptr<QSqlQuery> m_dropNameWords;
    std::unique_ptr<QSqlQuery> m_addNameWords;
};

} // namespace

std::unique_ptr<SearchIndex> makePostgresIndex(const QString &connectionName)
{
    return std::make_unique<PostgresIndex>(connectionName);
}

} // namespace Careleaf
