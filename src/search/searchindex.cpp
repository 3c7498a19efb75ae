// What every engine's search index shares: the name keys (portable SQL over procedure_keys), the
// texts snippets are cut from, and the code systems of the filter.
#include "searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

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

SearchPage SearchIndex::search(const SearchPlan &plan, int offset, int limit) const
{
    QSqlDatabase database = db();
    return rankedPage(database, plan, std::max(0, offset), std::clamp(limit, 1, 10000));
}

QHash<qint64, QString> SearchIndex::texts(const QList<qint64> &ids) const
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, descriptor, body FROM procedures WHERE id IN ("_s + list.join(u',') + u')')) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString() + u'\n' + q.value(2).toString());
    }
    return out;
}

QStringList SearchIndex::codeSystems() const
{
    // One step through the index on code_system per system (a "loose index scan"): a handful of
    // reads for a library of a million procedures, where DISTINCT would read every one.
    QStringList out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(u"WITH RECURSIVE systems (name) AS ("
               " SELECT min(code_system) FROM procedures WHERE code_system > ''"
               " UNION ALL"
               " SELECT (SELECT min(code_system) FROM procedures WHERE code_system > systems.name)"
               " FROM systems WHERE systems.name IS NOT NULL)"
               " SELECT name FROM systems WHERE name IS NOT NULL"_s)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
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

QSqlError SearchIndex::writeNameKeys(qint64 id, const QStringList &names, const QString &code, bool replace)
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
    QJsonArray rows;
    for (const auto &[key, name] : nameKeys(names, code))
        rows.append(QJsonArray{key, name});
    m_insertKeys->addBindValue(id);
    m_insertKeys->addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!m_insertKeys->exec())
        return m_insertKeys->lastError();
    return {};
}

QSqlError SearchIndex::write(qint64 id, const QStringList &names, const QString &code, bool replace, int format)
{
    if (QSqlError err = writeNameKeys(id, names, code, replace); err.isValid())
        return err;
    QSqlDatabase database = db();
    return writeEngineEntries(database, id, format);
}

void SearchIndex::forgetStatements()
{
    m_deleteKeys.reset();
    m_insertKeys.reset();
    m_knownWords.clear(); // another connection, perhaps to a library restored from a backup
}

} // namespace Careleaf
