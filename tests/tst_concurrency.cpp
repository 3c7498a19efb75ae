// Concurrent use of one SQLite library: two main windows (each with its own connections, as two
// instances of the app have) search, read and log handouts while careleaf-cli imports a new
// version of every procedure. No "database is locked" reaches anyone, every procedure read is
// whole in its old or its new version, and the windows show the new content without a restart.
#include "detailpane.h"
#include "importer.h"
#include "librarystore.h"
#include "librarywatcher.h"
#include "mainwindow.h"
#include "procedurelistmodel.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestConcurrency : public QObject
{
    Q_OBJECT

    static constexpr int Count = 2000;
    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_library;
    QString m_newDocs;
    Test::TwoVersions m_versions;

    [[nodiscard]] std::unique_ptr<MainWindow> window() const
    {
        LibraryStore::OpenResult opened = LibraryStore::open(m_library);
        if (!opened.store)
            return {};
        auto w = std::make_unique<MainWindow>(std::move(opened.store));
        w->show();
        return w;
    }

    // A handout of CPT code, printed now on this workstation: a row for the education log.
    [[nodiscard]] static EducationLogEntry printed(int code)
    {
        EducationLogEntry entry;
        entry.printedAt = QDateTime::currentDateTimeUtc();
        entry.workstation = QHostInfo::localHostName();
        entry.procedures = {u"CPT %1"_s.arg(code)};
        entry.output = u"printer"_s;
        return entry;
    }

    // The procedure on screen is whole: exactly its old or exactly its new version.
    [[nodiscard]] QString wholeVersionProblem(const MainWindow &w) const
    {
        const auto &shown = w.findChild<DetailPane *>(u"detailPane"_s)->procedure();
        return shown ? m_versions.wholeVersionProblem(*shown) : QString();
    }

private Q_SLOTS:
    // Consoles opening at once a library of an old format, or one that does not exist yet: one
    // upgrades (or makes) it while the others wait for it, and all of them read it. Each reading
    // the old format and upgrading it too made one's backup delete another's ("disk I/O error"),
    // and steps fail on tables another had just made ("procedure_keys already exists").
    void shouldUpgradeOnceWhenSeveralOpenAnOldLibraryAtOnce_data()
    {
        QTest::addColumn<bool>("old");
        QTest::addRow("a library of format 1") << true;
        QTest::addRow("a new library") << false;
    }
    void shouldUpgradeOnceWhenSeveralOpenAnOldLibraryAtOnce()
    {
        QFETCH(bool, old);
        constexpr int Consoles = 3;
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir(Test::scratchTemplate());
            const QString library = dir.filePath(u"lib.sqlite"_s);
            if (old)
                QVERIFY(QFile::copy(Test::dataPath(u"library-v1.sqlite"_s), library));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOME"_s, dir.path());
            std::vector<std::unique_ptr<QProcess>> consoles;
            for (int i = 0; i < Consoles; ++i) {
                auto &p = consoles.emplace_back(std::make_unique<QProcess>());
                p->setProcessEnvironment(env);
                p->start(QStringLiteral(CARELEAF_CLI_PATH), {u"--db"_s, library, u"list"_s});
            }
            QStringList listed;
            for (auto &p : consoles) {
                QVERIFY(p->waitForFinished(120000));
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
                listed << QString::fromUtf8(p->readAllStandardOutput());
            }
            QCOMPARE(listed.count(listed.first()), Consoles);
            if (old) {
                QVERIFY(!listed.first().isEmpty());
                QVERIFY(QFile::exists(dir.filePath(u"lib.format-1-backup.sqlite"_s)));
            }
            QVERIFY(!QFile::exists(library + u"-upgrading"_s));
            QProcess check;
            check.setProcessEnvironment(env);
            check.start(QStringLiteral(CARELEAF_CLI_PATH), {u"--db"_s, library, u"check"_s});
            QVERIFY(check.waitForFinished(60000));
            QVERIFY2(check.exitCode() == 0, check.readAll().constData());
        }
    }

    // The window's watcher notices another connection's write from its own thread, and says
    // nothing while nothing changes.
    void shouldWatchTheLibraryOffTheWindowsThread()
    {
        const QString library = m_dir.filePath(u"watched.sqlite"_s);
        LibraryStore::OpenResult writer = LibraryStore::open(library);
        QVERIFY2(writer.store, qPrintable(writer.error));
        LibraryWatcher watcher(library, 50);
        QSignalSpy changed(&watcher, &LibraryWatcher::changed);
        QSignalSpy unreachable(&watcher, &LibraryWatcher::unreachable);
        QTest::qWait(300);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(Importer::importPaths(*writer.store, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
        QTRY_VERIFY(changed.count() > 0);
        QCOMPARE(unreachable.count(), 0);
    }

    // A window that found the library out of reach by itself (a failed search) asks the watcher
    // to look again; the watcher answers even though, for it, nothing changed.
    void shouldAnswerARecheckWhetherOrNotReachabilityChanged()
    {
        const QString library = m_dir.filePath(u"rechecked.sqlite"_s);
        LibraryStore::OpenResult opened = LibraryStore::open(library);
        QVERIFY2(opened.store, qPrintable(opened.error));
        LibraryWatcher watcher(library, 60000);
        QSignalSpy reachable(&watcher, &LibraryWatcher::reachable);
        QSignalSpy unreachable(&watcher, &LibraryWatcher::unreachable);
        QTest::qWait(200);
        QCOMPARE(reachable.count(), 0); // it was reachable from the start: no news
        watcher.recheck();
        QTRY_COMPARE(reachable.count(), 1);
        watcher.recheck();
        QTRY_COMPARE(reachable.count(), 2);
        QCOMPARE(unreachable.count(), 0);
    }

    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"shared.sqlite"_s);
        const QString oldDocs = m_dir.filePath(u"old"_s);
        m_newDocs = m_dir.filePath(u"new"_s);
        QVERIFY(m_versions.write(oldDocs, m_newDocs, Count));
        LibraryStore::OpenResult opened = LibraryStore::open(m_library);
        QVERIFY(opened.store);
        QCOMPARE(Importer::importPaths(*opened.store, {oldDocs}).imported, Count);
    }

    // A write kept waiting on another connection's (a handout's log row while a folder is
    // imported) gets in at the first moment that one lets go, as short as the moment an import
    // leaves between two groups of files. SQLite's own busy handler tried about every 100 ms by
    // then, and missed such moments for as long as the import ran: after ten seconds the write
    // failed (tst_concurrency's console import, under ASan).
    void shouldLetAWaitingWriteInAtTheFirstMomentTheLibraryIsFree()
    {
        constexpr int Holds = 8;
        const QString library = m_dir.filePath(u"holds.sqlite"_s);
        // Made (in WAL mode) and opened before the other connection takes the lock.
        LibraryStore::OpenResult opened = LibraryStore::open(library);
        QVERIFY2(opened.store, qPrintable(opened.error));
        std::atomic<int> released{0};
        std::atomic<bool> holding{false};
        std::thread holder([&] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
                db.setDatabaseName(library);
                if (db.open()) {
                    QSqlQuery q(db);
                    // Like an import's groups: the write lock for 400 ms, then 10 ms free.
                    for (int i = 0; i < Holds; ++i) {
                        if (!q.exec(u"BEGIN IMMEDIATE"_s))
                            break;
                        holding = true;
                        QThread::msleep(400);
                        (void)q.exec(u"COMMIT"_s);
                        ++released;
                        QThread::msleep(10);
                    }
                }
                holding = true; // done, so the test goes on even when it could not begin
            }
            QSqlDatabase::removeDatabase(u"holder"_s);
        });
        const auto joined = qScopeGuard([&holder] {
            if (holder.joinable())
                holder.join();
        });
        while (!holding)
            QThread::msleep(1);
        const int before = released;
        const QString error = opened.store->log().append(printed(10001));
        const int moments = released - before;
        holder.join();
        QCOMPARE(error, QString());
        QCOMPARE(int(released), Holds);
        // In at the first moment; a second allows for a machine too busy to wake it in time.
        QVERIFY2(moments <= 2, qPrintable(u"got in after %1 more of %2 moments"_s.arg(moments).arg(Holds)));
    }

    void shouldShareOneLibraryBetweenTwoWindowsAndAConsoleImport()
    {
        std::unique_ptr<MainWindow> first = window();
        std::unique_ptr<MainWindow> second = window();
        QVERIFY(first && second);
        QStringList messages;
        for (MainWindow *w : {first.get(), second.get()})
            connect(w->statusBar(), &QStatusBar::messageChanged, this, [&](const QString &m) { messages << m; });

        // The first window shows one procedure that the import will change.
        auto *field = first->findChild<QLineEdit *>(u"searchField"_s);
        QTest::keyClicks(field, u"10007"_s);
        QTRY_VERIFY(!first->model()->isSearching() && first->model()->rowCount() >= 1);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(first->findChild<DetailPane *>(u"detailPane"_s)->procedure().has_value());
        QCOMPARE(first->findChild<DetailPane *>(u"detailPane"_s)->procedure()->sections,
                 m_versions.before.value(u"10007"_s));

        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        import.setProcessEnvironment(env);
        import.start(QStringLiteral(CARELEAF_CLI_PATH), {u"--db"_s, m_library, u"import"_s, m_newDocs});
        QVERIFY(import.waitForStarted());

        // While it runs: both windows search, open procedures and log handouts.
        QRandomGenerator rng(11);
        int rounds = 0;
        while (import.state() != QProcess::NotRunning || rounds < 5) {
            // The second window searches and reads; both write to the education log. The first
            // keeps its procedure on screen.
            MainWindow *w = second.get();
            auto *search = w->findChild<QLineEdit *>(u"searchField"_s);
            search->clear();
            QTest::keyClicks(search, u"%1"_s.arg(10000 + rng.bounded(Count)));
            QElapsedTimer waited;
            waited.start();
            while (w->model()->isSearching() && waited.elapsed() < 30000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QVERIFY(!w->model()->isSearching());
            if (w->model()->rowCount() > 0) {
                auto *list = w->findChild<QListView *>(u"resultList"_s);
                list->setCurrentIndex(w->model()->index(0, 0));
                const QString problem = wholeVersionProblem(*w);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            const QString logError = ((rounds % 2) ? second : first)->store()->log().append(printed(10000 + rounds));
            QVERIFY2(logError.isEmpty(), qPrintable(logError));
            ++rounds;
            QCoreApplication::processEvents();
        }
        const QString problem = wholeVersionProblem(*first);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(120000));
        const QString importErrors = QString::fromUtf8(import.readAllStandardError());
        QCOMPARE(import.exitCode(), 0);
        QVERIFY2(importErrors.isEmpty(), qPrintable(importErrors));
        qInfo("%d rounds of search, read and log during the import", rounds);

        // Without a restart, the first window shows the new version of its procedure.
        QTRY_VERIFY_WITH_TIMEOUT(first->findChild<DetailPane *>(u"detailPane"_s)->procedure()->sections ==
                                     m_versions.after.value(u"10007"_s),
                                 10000);
        for (const QString &m : std::as_const(messages)) {
            QVERIFY2(!m.contains(u"locked"_s, Qt::CaseInsensitive) && !m.contains(u"busy"_s, Qt::CaseInsensitive) &&
                         !m.contains(u"failed"_s, Qt::CaseInsensitive),
                     qPrintable(m));
        }
        QCOMPARE(first->store()->log().entries().size(), qsizetype(rounds));
    }
};

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
