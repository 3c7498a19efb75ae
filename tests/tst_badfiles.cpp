// Bad files in one import: binary, empty, invalid UTF-8, UTF-16 without a byte-order mark, NUL
// bytes, a 10 MB single line, a 100,000-line file, a symbolic-link loop, a named pipe, an
// unreadable file, and names with spaces and non-ASCII characters. Each bad file gets a reason
// on its own line, the good files beside them still land, and nothing hangs.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestBadFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{Careleaf::Test::scratchTemplate()};
    QString m_docs;

    [[nodiscard]] bool write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(m_docs + u'/' + name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Careleaf::Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_docs = m_dir.filePath(u"docs"_s);
        QVERIFY(QDir().mkpath(m_docs + u"/nested/deeper"_s));
    }

    void shouldGiveEachBadFileAReasonAndImportTheRest()
    {
        // The good ones, with awkward names.
        QVERIFY(write(u"good one.txt"_s, Careleaf::Test::syntheticDocument(1)));
        QVERIFY(write(u"Ärztliche Übersicht – ü.txt"_s, Careleaf::Test::syntheticDocument(2)));
        QVERIFY(write(u"nested/deeper/höhe 3.txt"_s, Careleaf::Test::syntheticDocument(3)));
        QByteArray manyLines = Careleaf::Test::syntheticDocument(4);
        manyLines += "\nProcedure Description\n\n";
        for (int i = 0; i < 100'000; ++i)
            manyLines += "  \xE2\x80\xA2 step\n";
        QVERIFY(write(u"hundred thousand lines.txt"_s, manyLines));

        // The bad ones, and the reason each must get.
        const QList<std::pair<QString, QString>> bad{
            {u"binary.bin"_s, u"binary"_s},
            {u"empty.txt"_s, u"empty"_s},
            {u"invalid utf8.txt"_s, u"not valid UTF-8"_s},
            {u"utf16 no bom.txt"_s, u"UTF-16"_s},
            {u"nul bytes.txt"_s, u"NUL byte"_s},
            {u"one huge line.txt"_s, u"over the 2 MiB limit"_s},
            {u"loop-a"_s, u"leads nowhere"_s},
            {u"pipe"_s, u"not a regular file"_s},
        };
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary += char(i * 37 % 256);
        QVERIFY(write(u"binary.bin"_s, binary));
        QVERIFY(write(u"empty.txt"_s, {}));
        QByteArray invalid = Careleaf::Test::syntheticDocument(5);
        invalid.insert(40, "\xC3\x28\xFF");
        QVERIFY(write(u"invalid utf8.txt"_s, invalid));
        const QString utf16Text = QString::fromUtf8(Careleaf::Test::syntheticDocument(6));
        QVERIFY(write(u"utf16 no bom.txt"_s,
                      QByteArray(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2)));
        QByteArray nul = Careleaf::Test::syntheticDocument(7);
        nul.insert(60, QByteArray("\0\0\0", 3));
        QVERIFY(write(u"nul bytes.txt"_s, nul));
        QVERIFY(write(u"one huge line.txt"_s, QByteArray(10 * 1024 * 1024, 'a')));
        QVERIFY(QFile::link(m_docs + u"/loop-b"_s, m_docs + u"/loop-a"_s));
        QVERIFY(QFile::link(m_docs + u"/loop-a"_s, m_docs + u"/loop-b"_s));
        QVERIFY(QFile::link(m_docs, m_docs + u"/nested/back-to-top"_s)); // a folder loop
        QCOMPARE(mkfifo(QFile::encodeName(m_docs + u"/pipe"_s).constData(), 0644), 0);
        // Unreadable: root reads anything, so as root the console runs as "nobody".
        QVERIFY(write(u"unreadable.txt"_s, Careleaf::Test::syntheticDocument(8)));
        QVERIFY(QFile::setPermissions(m_docs + u"/unreadable.txt"_s, QFile::WriteOwner));
        QStringList wrapper;
        if (geteuid() == 0 && !QStandardPaths::findExecutable(u"setpriv"_s).isEmpty()) {
            wrapper = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
            QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther |
                                                    QFile::WriteOther);
            QDirIterator dirs(m_docs, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            QFile::setPermissions(m_docs, QFile::permissions(m_docs) | QFile::ExeOther | QFile::ReadOther);
            while (dirs.hasNext())
                QFile::setPermissions(dirs.next(),
                                      QFile::permissions(dirs.filePath()) | QFile::ExeOther | QFile::ReadOther);
            QDirIterator files(m_docs, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString f = files.next();
                if (!f.endsWith(u"unreadable.txt"_s))
                    QFile::setPermissions(f, QFile::permissions(f) | QFile::ReadOther);
            }
        }
        const bool canTestUnreadable = geteuid() != 0 || !wrapper.isEmpty();

        const QString library = m_dir.filePath(u"library.sqlite"_s);
        QElapsedTimer clock;
        clock.start();
        const Careleaf::Test::CliRun run =
            Careleaf::Test::runCli({u"--db"_s, library, u"import"_s, m_docs},
                                   Careleaf::Test::cliEnvironment(m_dir.filePath(u"home"_s)), wrapper);
        qInfo("import of the bad folder took %lld ms", clock.elapsed());
        QVERIFY2(!run.crashed && run.exitCode >= 0, "the import crashed or hung");
        QCOMPARE(run.exitCode, 1); // some files rejected
        const QString &out = run.out;
        const QString &err = run.err;
        QVERIFY2(out.startsWith(u"imported 4, updated 0, unchanged 0, rejected "_s), qPrintable(out));

        const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
        for (const auto &[name, reason] : bad) {
            const QString prefix = m_docs + u'/' + name + u": "_s;
            const auto line =
                std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix); });
            QVERIFY2(line != lines.cend(), qPrintable(name + u" has no line in:\n"_s + err));
            QVERIFY2(line->contains(reason), qPrintable(*line));
        }
        if (canTestUnreadable) {
            QVERIFY2(err.contains(m_docs + u"/unreadable.txt: "_s) && err.contains(u"cannot be read"_s),
                     qPrintable(err));
        }
        // The other end of the link loop is reported too, never silently dropped.
        QVERIFY2(err.contains(m_docs + u"/loop-b: "_s), qPrintable(err));
        QCOMPARE(Careleaf::Test::procedureCount(library), 4);
    }

    // A file that says it is empty is not read: the kernel's files say so, and reading one may
    // never end (the kernel's log, /proc/kmsg, which root may read; any user may read
    // /proc/self/status, which holds text). Rejected as empty, and the import ends.
    void shouldNotReadAFileThatSaysItIsEmpty_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("the kernel's log") << u"/proc/kmsg"_s;
        QTest::addRow("a process's status") << u"/proc/self/status"_s;
    }

    void shouldNotReadAFileThatSaysItIsEmpty()
    {
        QFETCH(QString, file);
        if (!QFileInfo::exists(file))
            QSKIP("no such file here");
        const QString link = m_dir.filePath(QFileInfo(file).fileName() + u".txt"_s);
        QVERIFY(QFile::link(file, link));
        QProcess cli;
        cli.setProcessEnvironment(Careleaf::Test::cliEnvironment(m_dir.filePath(u"home"_s)));
        cli.start(QStringLiteral(CARELEAF_CLI_PATH),
                  {u"--db"_s, m_dir.filePath(QFileInfo(file).fileName() + u".sqlite"_s), u"import"_s, link});
        const bool finished = cli.waitForFinished(30'000);
        if (!finished) {
            cli.kill();
            cli.waitForFinished();
        }
        QVERIFY2(finished, "the import hung reading a file that says it is empty");
        QCOMPARE(cli.exitCode(), 1);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(link + u": "_s), qPrintable(err));
        if (geteuid() == 0 || file != u"/proc/kmsg"_s)
            QVERIFY2(err.contains(u"empty"_s), qPrintable(err));
    }
};

QTEST_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
