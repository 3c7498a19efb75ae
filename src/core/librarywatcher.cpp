#include "librarywatcher.h"

#include "librarystore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcWatcher, "careleaf.library.watcher", QtWarningMsg)

namespace Careleaf {

// Lives on the watcher's thread: its store, its timer and every question it asks.
class LibraryWatcherWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWatcherWorker)

public:
    LibraryWatcherWorker(QString location, int intervalMs)
        : m_location(std::move(location))
        , m_intervalMs(intervalMs)
    {}

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &LibraryWatcherWorker::look);
        look();
        m_timer->start();
    }

    // Looks now, and says whether the library can be reached even when that did not change.
    void lookAndReport()
    {
        m_reportAnyway = true;
        look();
    }

Q_SIGNALS:
    void reachabilityChanged(bool reachable);
    void changed();

private:
    void look()
    {
        if (!m_store) {
            LibraryStore::OpenResult opened = LibraryStore::open(m_location);
            if (!opened.store) {
                qCDebug(lcWatcher) << "cannot open the library:" << opened.error;
                report(false);
                return;
            }
            m_store = std::move(opened.store);
        }
        if (m_store->connection().isServer() && !m_store->connection().isReachable()) {
            m_store.reset(); // a new connection next time: the old one is gone with the server
            report(false);
            return;
        }
        report(true);
        const QString version = m_store->connection().contentVersion();
        const bool first = m_version.isNull();
        if (version == m_version)
            return;
        m_version = version;
        if (!first) {
            qCDebug(lcWatcher) << "the library changed:" << version;
            Q_EMIT changed();
        }
    }

    void report(bool reachable)
    {
        const bool anyway = std::exchange(m_reportAnyway, false);
        if (reachable == m_reachable && !anyway)
            return;
        m_reachable = reachable;
        Q_EMIT reachabilityChanged(reachable);
    }

    const QString m_location;
    const int m_intervalMs;
    QTimer *m_timer = nullptr;
    std::unique_ptr<LibraryStore> m_store;
    QString m_version;
    bool m_reachable = true;
    bool m_reportAnyway = false;
};

LibraryWatcher::LibraryWatcher(const QString &location, int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("careleaf-watcher"));
    auto *worker = new LibraryWatcherWorker(location, intervalMs);
    m_worker = worker;
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &LibraryWatcherWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &LibraryWatcherWorker::reachabilityChanged, this, [this](bool reachable) {
        if (reachable)
            Q_EMIT this->reachable();
        else
            Q_EMIT unreachable();
    });
    connect(worker, &LibraryWatcherWorker::changed, this, &LibraryWatcher::changed);
    m_thread.start();
}

void LibraryWatcher::recheck()
{
    // One look at a time: while the server is away each look may wait out the connect time-out,
    // and rechecks asked for meanwhile are answered by the one already queued.
    if (m_recheckQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker] {
            m_recheckQueued = false;
            worker->lookAndReport();
        },
        Qt::QueuedConnection);
}

LibraryWatcher::~LibraryWatcher()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Careleaf

#include "librarywatcher.moc"
