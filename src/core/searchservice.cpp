#include "searchservice.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace Careleaf {

SearchService::SearchService(const QString &location, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Careleaf::SearchRequest>();
    qRegisterMetaType<Careleaf::SearchPage>();
    m_thread.setObjectName(u"careleaf-search"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this, location] {
            LibraryStore::OpenResult opened = LibraryStore::open(location);
            if (opened.store) {
                m_store = std::move(opened.store);
                m_engine = std::make_unique<SearchEngine>(*m_store);
                QMutexLocker interruptLock(&m_interruptMutex);
                m_interrupt = m_store->connection().interrupter();
            } else {
                m_openError = opened.error;
            }
        },
        Qt::QueuedConnection);
}

SearchService::~SearchService()
{
    m_latest.store(std::numeric_limits<quint64>::max()); // everything queued is now stale
    {
        QMutexLocker lock(&m_interruptMutex);
        if (m_interrupt && m_running.load() != 0)
            m_interrupt();
    }
    // The connection must close on the thread that used it.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_engine.reset();
            m_store.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchService::submit(const SearchRequest &request)
{
    const quint64 ticket = ++m_latest;
    {
        // Stop the statement a stale request is still running; the worker then drops its result.
        QMutexLocker lock(&m_interruptMutex);
        const quint64 running = m_running.load();
        if (m_interrupt && running != 0 && running < ticket)
            m_interrupt();
    }
    QMetaObject::invokeMethod(
        m_context, [this, ticket, request] { runOnWorker(ticket, request); }, Qt::QueuedConnection);
    return ticket;
}

void SearchService::runOnWorker(quint64 ticket, const SearchRequest &request)
{
    if (ticket < m_latest.load())
        return; // a newer request is queued behind this one
    SearchPage page;
    if (!m_engine) {
        page.error = m_openError;
    } else {
        m_running.store(ticket);
        page = m_engine->search(request);
        // An interrupt meant for the previous statement can land on this one: run it again.
        if (!page.error.isEmpty() && ticket == m_latest.load())
            page = m_engine->search(request);
        m_running.store(0);
        // The clinic server restarted or the network came back: a new connection, the same search.
        if (!page.error.isEmpty() && m_store->connection().isServer() && !m_store->connection().isReachable() &&
            m_store->reconnect().isEmpty()) {
            {
                QMutexLocker lock(&m_interruptMutex);
                m_interrupt = m_store->connection().interrupter();
            }
            m_running.store(ticket);
            page = m_engine->search(request);
            m_running.store(0);
        }
    }
    if (ticket < m_latest.load())
        return; // interrupted or overtaken while running
    QMetaObject::invokeMethod(
        this, [this, ticket, request, page] { Q_EMIT finished(ticket, request, page); }, Qt::QueuedConnection);
}

} // namespace Careleaf
