// Watches a library for the window, on a thread of its own with a connection of its own, so the
// window never waits on the network: every interval it asks whether a server library can be
// reached and whether the content changed (another workstation's import, the console), and says
// so when either answer changes. A server that does not answer costs this thread the connect
// time-out, never a keystroke.
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace Careleaf {

class LibraryWatcherWorker;

class LibraryWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWatcher)

public:
    explicit LibraryWatcher(const QString &location, int intervalMs = 2000, QObject *parent = nullptr);
    ~LibraryWatcher() override;

    // Looks again soon, on the watcher's thread, and then emits reachable() or unreachable()
    // whether or not that changed: a caller that found the library out of reach by itself (a
    // failed search) learns when it is back.
    void recheck();

Q_SIGNALS:
    // The library could not be reached, after it could (a server library only).
    void unreachable();
    // It can be reached again.
    void reachable();
    // Its content changed since the last look.
    void changed();

private:
    QThread m_thread;
    LibraryWatcherWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    std::atomic_bool m_recheckQueued{false};
};

} // namespace Careleaf
