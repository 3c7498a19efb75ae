// What every engine's search index shares: the name keys (portable SQL over procedure_keys), the
// texts snippets are cut from, and the code systems of the filter.
#include "searchindex.h"

#include "indexwords.h"
#include "procedure.h"
#include "tieredsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Careleaf {

SearchIndex::SearchIndex(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

SearchIndex::~SearchIndex() = default;

QSqlDatabase SearchIndex::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

// How a token holds a word searched as a prefix: a word of three letters or fewer as itself, its
// plural or another of its forms (SearchPlan::wholeForms(): "cuts", "cutting"), or only as the start of
// another word ("pus" of "push", "ear" of "early", "arm" of "army"); a longer word as the start
// of any ("prep" of "preparation", "swell" of "swelling"): an abbreviation or a stem, or a word
// still being typed.
enum class Held
{
    No,
    AsStart,
    AsWord
};

Held heldAs(const QString &token, const QString &word)
{
    if (!token.startsWith(word))
        return Held::No;
    if (word.size() > 3)
        return Held::AsWord;
    const bool plural = token == word + u's' || token == word + u"es"_s; // "ivs", also of two letters
    return plural || SearchPlan::wholeForms(word).contains(token) ? Held::AsWord : Held::AsStart;
}

// Whether words (folded, the last one a prefix unless it is one of whole, as the index matches
// an alternative) stand one after another among tokens, and how the last one is held.
Held containsAlternative(const QStringList &tokens, const QStringList &words, const QStringList &whole)
{
    if (words.isEmpty())
        return Held::No;
    const QStringList lastForms = whole.contains(words.last()) ? SearchPlan::wholeForms(words.last()) : QStringList();
    Held found = Held::No;
    for (qsizetype i = 0; i + words.size() <= tokens.size() && found != Held::AsWord; ++i) {
        qsizetype k = 0;
        while (k + 1 < words.size() && tokens.at(i + k) == words.at(k))
            ++k;
        if (k + 1 != words.size())
            continue;
        const QString &token = tokens.at(i + k);
        const Held last = lastForms.isEmpty()         ? heldAs(token, words.last())
                          : lastForms.contains(token) ? Held::AsWord
                                                      : Held::No;
        found = std::max(found, last);
    }
    return found;
}

// The groups' alternatives folded, as containsAlternative() matches them.
QList<QList<QStringList>> foldedGroups(const QList<QList<QStringList>> &groups)
{
    QList<QList<QStringList>> folded;
    for (const QList<QStringList> &group : groups) {
        QList<QStringList> alternatives;
        for (const QStringList &alternative : group)
            alternatives << IndexWords::foldedWords(alternative);
        folded << alternatives;
    }
    return folded;
}

Held holdsGroup(const QStringList &tokens, const QList<QStringList> &group, const QStringList &whole)
{
    Held found = Held::No;
    for (const QStringList &words : group) {
        found = std::max(found, containsAlternative(tokens, words, whole));
        if (found == Held::AsWord)
            break;
    }
    return found;
}

// Each name and section of text with its weight as the index weighs it: a name, then the
// descriptor and what the procedure is about, then each other section.
template<typename Visit>
void forEachSection(const IndexedText &text, Visit visit)
{
    for (const QString &name : text.names.split(u'\n', Qt::SkipEmptyParts))
        visit(IndexWords::tokens(name), 10, true);
    visit(IndexWords::tokens(text.descriptor), 4, false);
    for (const QString &section : text.about.split(Procedure::SectionSeparator, Qt::SkipEmptyParts))
        visit(IndexWords::tokens(section), 4, false);
    for (const QString &section : text.body.split(Procedure::SectionSeparator, Qt::SkipEmptyParts))
        visit(IndexWords::tokens(section), 1, false);
}

} // namespace

SearchIndex::Placement SearchIndex::placement(const IndexedText &text, const QList<QList<QStringList>> &groups,
                                              const QStringList &wholeWords)
{
    const QList<QList<QStringList>> folded = foldedGroups(groups);
    QList<bool> named(folded.size(), false);
    QList<bool> asWord(folded.size(), false);
    QList<int> best(folded.size(), 0);
    Placement out;
    forEachSection(text, [&](const QStringList &tokens, int weight, bool isName) {
        bool all = true;
        for (qsizetype g = 0; g < folded.size(); ++g) {
            const Held held = holdsGroup(tokens, folded.at(g), wholeWords);
            if (held == Held::No) {
                all = false;
                continue;
            }
            named[g] = named.at(g) || isName;
            asWord[g] = asWord.at(g) || held == Held::AsWord;
            best[g] = std::max(best.at(g), weight);
        }
        out.together += all ? weight : 0;
    });
    out.named = int(std::count(named.cbegin(), named.cend(), true));
    out.asWords = int(std::count(asWord.cbegin(), asWord.cend(), true));
    out.best = std::accumulate(best.cbegin(), best.cend(), 0);
    for (const int weight : std::as_const(best))
        out.held << (weight > 0);
    return out;
}

SearchPage SearchIndex::search(const SearchPlan &plan, int offset, int limit) const
{
    QSqlDatabase database = db();
    offset = std::max(0, offset);
    limit = std::clamp(limit, 1, 10000);
    if (plan.groups.size() < 2 || offset >= TogetherWindow)
        return rankedPage(database, plan, offset, limit);
    // The window is read whole and ordered again, whatever part of it this page shows, so each
    // procedure keeps its place from one page to the next.
    SearchPage page = rankedPage(database, plan, 0, std::max(TogetherWindow, offset + limit));
    if (!page.error.isEmpty())
        return page;
    const auto first = std::find_if(page.hits.begin(), page.hits.end(),
                                    [](const SearchHit &h) { return h.tier >= SearchHit::NamesTier; });
    const auto last = page.hits.begin() + std::min<qsizetype>(TogetherWindow, page.hits.size());
    if (first < last) {
        QList<qint64> ids;
        for (auto it = first; it != last; ++it)
            ids << it->id;
        const QHash<qint64, IndexedText> found = texts(ids);
        // Each procedure's order key: the fields of its placement, the first deciding first.
        QHash<qint64, std::tuple<int, int, int, int>> order;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            const Placement p = placement(*it, plan.groups, plan.wholeWords);
            order.insert(it.key(), {p.named, p.asWords, p.together, p.best});
        }
        // Within each tier; stable: the engine's rank still orders procedures alike in this. The
        // places keep their scores, so scores still sort like the list.
        QList<double> scores;
        for (auto it = first; it != last; ++it)
            scores << it->score;
        std::stable_sort(first, last, [&order](const SearchHit &a, const SearchHit &b) {
            return a.tier != b.tier ? a.tier < b.tier : order.value(a.id) > order.value(b.id);
        });
        for (auto it = first; it != last; ++it)
            it->score = scores.at(it - first);
    }
    // The page asked for; the total counted for the window holds for it too.
    page.hits = page.hits.mid(offset, limit);
    return page;
}

QHash<qint64, IndexedText> SearchIndex::texts(const QList<qint64> &ids) const
{
    QHash<qint64, IndexedText> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, names, descriptor, about, body FROM procedures WHERE id IN ("_s + list.join(u',') + u')')) {
        while (q.next()) {
            IndexedText &text = out[q.value(0).toLongLong()];
            text.names = q.value(1).toString();
            text.descriptor = q.value(2).toString();
            text.about = q.value(3).toString();
            text.body = q.value(4).toString();
        }
    }
    return out;
}

QStringList SearchIndex::distinctValues(const QString &column) const
{
    // One step through the column's index per value (a "loose index scan"): a handful of reads
    // for a library of a million procedures, where DISTINCT would read every one.
    QStringList out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(u"WITH RECURSIVE found (name) AS ("
               " SELECT min(%1) FROM procedures WHERE %1 > ''"
               " UNION ALL"
               " SELECT (SELECT min(%1) FROM procedures WHERE %1 > found.name)"
               " FROM found WHERE found.name IS NOT NULL)"
               " SELECT name FROM found WHERE name IS NOT NULL"_s.arg(column))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QStringList SearchIndex::codeSystems() const
{
    return distinctValues(u"code_system"_s);
}

QStringList SearchIndex::languages() const
{
    return distinctValues(u"language"_s);
}

bool SearchIndex::holds(const QString &language) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT 1 FROM procedures WHERE language = ? LIMIT 1"_s);
    q.addBindValue(language);
    return q.exec() && q.next();
}

QList<QPair<QString, QString>> nameKeys(const QStringList &names, const QString &code)
{
    QMap<QString, QString> keys;
    for (const QString &name : names)
        keys.insert(u'=' + name, name);
    QStringList all = names;
    if (!code.isEmpty())
        all << code;
    for (const QString &name : std::as_const(all)) {
        for (qsizetype n = 1; n <= SearchPlan::ShortPrefix && n <= name.size(); ++n) {
            const QString key = u'^' + name.left(n);
            if (!keys.contains(key) || name < keys.value(key))
                keys.insert(key, name);
        }
    }
    QList<QPair<QString, QString>> out;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

namespace {
QString nameKeysJson(const QStringList &names, const QString &code)
{
    QJsonArray rows;
    for (const auto &[key, name] : nameKeys(names, code))
        rows.append(QJsonArray{key, name});
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}
} // namespace

IndexEntries SearchIndex::entries(const IndexedText &text, const QStringList &names, const QString &code) const
{
    IndexEntries out = engineEntries(text);
    out.nameKeys = nameKeysJson(names, code);
    return out;
}

QHash<qint64, QList<QPair<QString, QString>>> SearchIndex::storedNameKeys(const QList<qint64> &ids,
                                                                          QString *error) const
{
    QHash<qint64, QList<QPair<QString, QString>>> out;
    if (ids.isEmpty())
        return out;
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const bool ran = q.exec(u"SELECT procedure_id, key, sort_name FROM procedure_keys WHERE procedure_id IN (%1)"_s.arg(
        numbers.join(u',')));
    *error = readRows(q, ran, [&] {
        out[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString()});
    });
    if (!error->isEmpty())
        return {};
    for (auto &keys : out)
        std::sort(keys.begin(), keys.end());
    return out;
}

QSqlError SearchIndex::writeNameKeys(qint64 id, const QStringList &names, const QString &code, bool replace)
{
    return writeKeys(id, nameKeysJson(names, code), replace);
}

QSqlError SearchIndex::writeKeys(qint64 id, const QString &keys, bool replace)
{
    QSqlDatabase database = db();
    if (!m_deleteKeys) {
        m_deleteKeys = std::make_unique<QSqlQuery>(database);
        m_deleteKeys->prepare(u"DELETE FROM procedure_keys WHERE procedure_id = ?"_s);
        // One statement per procedure, whatever the number of names.
        m_insertKeys = std::make_unique<QSqlQuery>(database);
        m_insertKeys->prepare(u"INSERT INTO procedure_keys (key, sort_name, procedure_id) "_s + keysFromJson());
    }
    if (replace) {
        m_deleteKeys->addBindValue(id);
        if (!m_deleteKeys->exec())
            return m_deleteKeys->lastError();
    }
    m_insertKeys->addBindValue(id);
    m_insertKeys->addBindValue(keys);
    if (!m_insertKeys->exec())
        return m_insertKeys->lastError();
    return {};
}

QSqlError SearchIndex::write(qint64 id, const IndexEntries &entries, bool replace, int format)
{
    if (QSqlError err = writeKeys(id, entries.nameKeys, replace); err.isValid())
        return err;
    QSqlDatabase database = db();
    return writeEngineEntries(database, id, entries, replace, format);
}

void SearchIndex::forgetStatements()
{
    m_deleteKeys.reset();
    m_insertKeys.reset();
    m_knownWords.clear(); // another connection, perhaps to a library restored from a backup
}

} // namespace Careleaf
