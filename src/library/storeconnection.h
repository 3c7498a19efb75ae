// One LibraryStore's connection to its library: where the library is, which format it holds,
// whether its server answers, and whether another connection changed it. The library's own
// parts (the store, the education log, the format steps) reach the database through it.
#pragma once

#include "libraryaddress.h"
#include "storebackend.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

namespace Careleaf {

class StoreConnection
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::LibraryStore) // the messages keep their translation context
    Q_DISABLE_COPY_MOVE(StoreConnection)

public:
    // Names the connection (LibraryStore adds and opens it with the backend's driver).
    StoreConnection(QString location, LibraryAddress address, std::unique_ptr<StoreBackend> backend);
    // Closes and removes the connection: every statement prepared on it must be gone by then.
    ~StoreConnection();

    // The location as given; may hold a password, so never show it: use displayName().
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] QString displayName() const { return m_address.displayName(); }
    [[nodiscard]] const LibraryAddress &address() const { return m_address; }
    [[nodiscard]] bool isServer() const { return m_address.server; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] int latestSchemaVersion() const { return m_backend->latestSchemaVersion(); }

    // For a server library: runs a trivial statement; false when the server cannot be reached.
    // A file library is always reachable.
    [[nodiscard]] bool isReachable() const;
    // Empty when this connection may import; otherwise why not, in plain words (a clinic
    // server's read-only workstation role).
    [[nodiscard]] QString importRefusal() const;
    // Stops the statement this connection is running; the function is safe to call from any thread.
    [[nodiscard]] std::function<void()> interrupter() const;
    // Changes whenever procedures are added, changed or removed, by any connection.
    [[nodiscard]] QString contentVersion() const;

    // --- For the library's own parts ---
    [[nodiscard]] QSqlDatabase db() const;
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] const StoreBackend &backend() const { return *m_backend; }
    // An error of a write in plain words (StoreBackend::explainWriteError).
    [[nodiscard]] QString explain(const QSqlError &error) const { return m_backend->explainWriteError(error); }
    // Inside a LibraryStore::Batch: writes join the batch's transaction.
    [[nodiscard]] bool inBatch() const { return m_batch; }
    // A commit through this connection, which the engine's own change token may not show.
    void countWrite() { ++m_localWrites; }

private:
    friend class LibraryStore; // opens, upgrades and batches

    QString m_location;
    LibraryAddress m_address;
    QString m_name;
    std::unique_ptr<StoreBackend> m_backend;
    int m_schemaVersion = 0;
    bool m_batch = false;
    quint64 m_localWrites = 0; // commits through this connection, for contentVersion()
};

} // namespace Careleaf
