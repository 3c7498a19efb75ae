// Searching off the GUI thread. A worker thread owns its own LibraryStore connection and
// SearchEngine; submit() returns a ticket, and a newer submission interrupts the statement
// still running for an older one (sqlite3_interrupt), so typing never waits on a stale query.
// Results arrive through finished() on the thread that owns the service; callers keep only the
// ticket they are waiting for, so stale results can never overwrite newer ones.
#pragma once

#include "searchengine.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace Careleaf {

class SearchService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)

public:
    // Opens location again on the worker thread; if that fails, every result carries the error.
    explicit SearchService(const QString &location, QObject *parent = nullptr);
    ~SearchService() override;

    [[nodiscard]] quint64 submit(const SearchRequest &request);
    [[nodiscard]] quint64 latestTicket() const { return m_latest.load(); }

Q_SIGNALS:
    void finished(quint64 ticket, const Careleaf::SearchRequest &request, const Careleaf::SearchPage &page);

private:
    void runOnWorker(quint64 ticket, const SearchRequest &request);

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; queued calls run there
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<SearchEngine> m_engine;
    QString m_openError;
    std::atomic<quint64> m_latest{0};
    std::atomic<quint64> m_running{0};
    QMutex m_interruptMutex;
    std::function<void()> m_interrupt;
};

} // namespace Careleaf

Q_DECLARE_METATYPE(Careleaf::SearchRequest)
Q_DECLARE_METATYPE(Careleaf::SearchPage)
