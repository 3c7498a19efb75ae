#include "storeconnection.h"

#include "storeinternals.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Careleaf {

StoreConnection::StoreConnection(QString location, LibraryAddress address, std::unique_ptr<StoreBackend> backend)
    : m_location(std::move(location))
    , m_address(std::move(address))
    , m_name(StoreInternals::nextConnectionName())
    , m_backend(std::move(backend))
{}

StoreConnection::~StoreConnection()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase StoreConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool StoreConnection::isReachable() const
{
    if (!m_address.server)
        return true;
    QSqlQuery q(db());
    return q.exec(u"SELECT 1"_s) && q.next();
}

QString StoreConnection::importRefusal() const
{
    QSqlDatabase database = db();
    return m_backend->importRefusal(database);
}

std::function<void()> StoreConnection::interrupter() const
{
    QSqlDatabase database = db();
    return m_backend->interrupter(database);
}

QString StoreConnection::contentVersion() const
{
    QSqlDatabase database = db();
    return m_backend->dataVersion(database) + u'|' + QString::number(m_localWrites);
}

} // namespace Careleaf
