// Crash-safe import: careleaf-cli import over a few thousand documents, killed with SIGKILL at
// twenty different moments (ten in the sanitizer build, where each import is several times slower). After each kill
// `careleaf-cli check` passes (SQLite's integrity check included), every procedure is whole in its old or its new
// version, and importing again completes the job.
#include "librarystore.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

// Under the sanitizers an import runs several times slower: a third of the documents still takes
// longer than the release build's whole import, so the kills still land across it.
constexpr int DocumentCount = Test::underSanitizer ? 1000 : 3000;
constexpr int Moments = Test::underSanitizer ? 10 : 20;
constexpr int FreshMoments = Moments / 5; // kills of the first import into a new library; the rest kill updates

} // namespace

// Each moment is a killed import, a check and a whole import again: minutes, by design.
CARELEAF_LONG_TEST_FUNCTIONS(20);

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_oldDocs;
    QString m_newDocs;
    Test::TwoVersions m_versions;

    [[nodiscard]] Test::CliRun cli(const QStringList &args) const
    {
        return Test::runCli(args, Test::cliEnvironment(m_dir.filePath(u"home"_s)));
    }

    // Starts an import and kills it after delayMs; true when it was still running then.
    [[nodiscard]] bool importAndKill(const QString &library, const QString &docs, int delayMs) const
    {
        QProcess p;
        p.setProcessEnvironment(Test::cliEnvironment(m_dir.filePath(u"home"_s)));
        p.start(QStringLiteral(CARELEAF_CLI_PATH), {u"--db"_s, library, u"import"_s, docs});
        if (!p.waitForStarted())
            return false;
        const bool finished = p.waitForFinished(delayMs);
        if (!finished)
            p.kill(); // SIGKILL: no handler, no cleanup, no flush
        p.waitForFinished();
        return !finished;
    }

    // Every procedure in the library is whole in the old or the new version; returns how many
    // are new, or -1 after a failed comparison.
    int verifyWholeVersions(const QString &library, int expectedAtLeast)
    {
        LibraryStore::OpenResult opened = LibraryStore::open(library);
        if (!opened.store) {
            qWarning("cannot open %s: %s", qPrintable(library), qPrintable(opened.error));
            return -1;
        }
        int newer = 0;
        const QList<ProcedureSummary> all = opened.store->list();
        if (all.size() < expectedAtLeast || all.size() > DocumentCount) {
            qWarning("%lld procedures, expected %d to %d", qlonglong(all.size()), expectedAtLeast, DocumentCount);
            return -1;
        }
        for (const ProcedureSummary &s : all) {
            const std::optional<Procedure> p = opened.store->procedure(s.id);
            if (!p) {
                qWarning("procedure %lld listed but unreadable", qlonglong(s.id));
                return -1;
            }
            if (const QString problem = m_versions.wholeVersionProblem(*p); !problem.isEmpty()) {
                qWarning("%s", qPrintable(problem));
                return -1;
            }
            newer += m_versions.isNew(*p) ? 1 : 0;
        }
        return newer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_oldDocs = m_dir.filePath(u"old"_s);
        m_newDocs = m_dir.filePath(u"new"_s);
        QVERIFY(m_versions.write(m_oldDocs, m_newDocs, DocumentCount));
    }

    void shouldSurviveSigkillAtManyMoments()
    {
        // The library every update run starts from: all old versions.
        const QString base = m_dir.filePath(u"base.sqlite"_s);
        const Test::CliRun first = cli({u"--db"_s, base, u"import"_s, m_oldDocs});
        QCOMPARE(first.exitCode, 0);

        // How long a whole update import takes here, to spread the kills across it.
        const QString timed = m_dir.filePath(u"timed.sqlite"_s);
        QVERIFY(QFile::copy(base, timed));
        QElapsedTimer clock;
        clock.start();
        const Test::CliRun full = cli({u"--db"_s, timed, u"import"_s, m_newDocs});
        const qint64 duration = clock.elapsed();
        QCOMPARE(full.exitCode, 0);
        QCOMPARE(full.out.trimmed(), u"imported 0, updated %1, unchanged 0, rejected 0"_s.arg(DocumentCount));

        // Kills that land mid-import. A run that finishes before its kill (this machine is
        // shared; speed varies) does not count: the estimate shrinks and the moment is retried.
        qint64 estimate = duration;
        int moment = 0;
        for (int attempt = 0; moment < Moments && attempt < 3 * Moments; ++attempt) {
            // The first moments kill the first import into a new library (a procedure is absent
            // or old); the rest an update of every procedure (old or new).
            const bool fresh = moment < FreshMoments;
            const QString library = m_dir.filePath(u"killed-%1.sqlite"_s.arg(attempt));
            if (!fresh)
                QVERIFY(QFile::copy(base, library));
            const int delay = fresh ? int(30 + moment * estimate / (FreshMoments + 1))
                                    : int(20 + (moment - FreshMoments) * estimate / (Moments - FreshMoments + 1));
            const bool killed = importAndKill(library, fresh ? m_oldDocs : m_newDocs, delay);

            const Test::CliRun check = cli({u"--db"_s, library, u"check"_s});
            QVERIFY2(
                check.exitCode == 0,
                qPrintable(u"moment %1 (%2 ms): check says %3 %4"_s.arg(moment).arg(delay).arg(check.out, check.err)));
            const int newer = verifyWholeVersions(library, fresh ? 0 : DocumentCount);
            QVERIFY2(newer >= 0, qPrintable(u"moment %1 (%2 ms)"_s.arg(moment).arg(delay)));
            if (killed) {
                qInfo("moment %d: killed after %d ms; %d procedures present, %d in the new version", moment, delay,
                      Test::procedureCount(library), newer);
                // Importing again completes the job.
                const Test::CliRun again = cli({u"--db"_s, library, u"import"_s, fresh ? m_oldDocs : m_newDocs});
                QVERIFY2(again.exitCode == 0, qPrintable(again.err));
                QCOMPARE(cli({u"--db"_s, library, u"check"_s}).exitCode, 0);
                QCOMPARE(verifyWholeVersions(library, DocumentCount), fresh ? 0 : DocumentCount);
                ++moment;
            } else {
                estimate = estimate * 3 / 4;
            }
            QFile::remove(library);
        }
        QVERIFY2(moment == Moments, qPrintable(u"only %1 of %2 kills landed mid-import"_s.arg(moment).arg(Moments)));
    }
};

QTEST_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
