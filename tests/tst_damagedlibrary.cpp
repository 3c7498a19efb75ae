// A damaged or foreign library file, through the console: truncated, overwritten with random
// bytes, from a newer Careleaf, not a database, read-only, and a full disk. Each gets a plain
// message naming the file and the ways out, exit status 2, no crash, and the file as it was.
// `recover` sets the file aside and restores the automatic backup or starts fresh.
#include "filenames.h"
#include "libraryfile.h"
#include "librarystore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestDamagedLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_good; // a library with the seeds, format 3

    // wrapper: a program the console runs under (setpriv, or a shell that sets a limit).
    [[nodiscard]] Test::CliRun cli(const QStringList &args, const QStringList &wrapper = {}) const
    {
        return Test::runCli(args, Test::cliEnvironment(m_dir.filePath(u"home"_s)), wrapper);
    }

    // Runs statements on the SQLite file at path through a connection of its own, then folds the
    // write-ahead log into the file.
    [[nodiscard]] static bool execOn(const QString &path, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"direct"_s);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &statement : statements)
                ok = ok && q.exec(statement);
            ok = ok && q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"direct"_s);
        return ok;
    }

    [[nodiscard]] QString copyOfGood(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_good, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(u"good.sqlite"_s);
        QCOMPARE(cli({u"--db"_s, m_good, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}).exitCode, 0);
        // Fold the write-ahead log into the file, so copies of it are whole libraries.
        QVERIFY(execOn(m_good, {}));
    }

    void shouldExplainDamagedAndForeignFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("offersRecovery");
        QTest::addColumn<QString>("name"); // of the file, when not the kind's
        QTest::addRow("truncated") << u"truncated"_s << u"damaged"_s << true << QString();
        QTest::addRow("random bytes") << u"random"_s << u"not an SQLite database"_s << true << QString();
        QTest::addRow("random pages after the header") << u"random-pages"_s << u"damaged"_s << true << QString();
        QTest::addRow("newer Careleaf") << u"newer"_s << u"newer version of Careleaf"_s << true << QString();
        QTest::addRow("a text file") << u"text"_s << u"not an SQLite database"_s << true << QString();
        QTest::addRow("another program's database") << u"foreign"_s << u"not a Careleaf library"_s << true << QString();
        // A name is words, never a pattern: its "%1" stays in the message as it is.
        QTest::addRow("truncated, named with a percent sign")
            << u"truncated"_s << u"bytes shorter than the library"_s << true << u"cut 100%1"_s;
        QTest::addRow("newer, named with a percent sign")
            << u"newer"_s << u"newer version of Careleaf (library format 99"_s << true << u"clinic 100%1"_s;
    }

    void shouldExplainDamagedAndForeignFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFETCH(bool, offersRecovery);
        QFETCH(QString, name);
        if (name.isEmpty())
            name = kind;
        const QString path = copyOfGood(name + u".sqlite"_s);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        if (kind == u"truncated"_s) {
            QVERIFY(f.resize(f.size() / 3));
        } else if (kind == u"random"_s || kind == u"random-pages"_s) {
            QByteArray bytes(int(f.size()), Qt::Uninitialized);
            QRandomGenerator rng(7);
            for (char &b : bytes)
                b = char(rng.bounded(256));
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == u"random-pages"_s)
                QVERIFY(f.seek(100)); // keep SQLite's header, destroy the schema and the rows
            QVERIFY(f.write(bytes.constData(), f.size() - f.pos()) > 0);
            f.close();
        } else if (kind == u"newer"_s) {
            // As a newer Careleaf leaves it: its format, and the format it brought the library to.
            QVERIFY(execOn(path, {u"UPDATE careleaf_meta SET value = '99'"
                                  " WHERE key IN ('schema_version', 'format_written')"_s}));
        } else if (kind == u"text"_s) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("These are my notes, not a library.\n");
            f.close();
        } else if (kind == u"foreign"_s) {
            QFile::remove(path);
            QVERIFY(execOn(path, {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s}));
        }
        const QByteArray before = sha(path);
        for (const QStringList &command : {QStringList{u"list"_s}, QStringList{u"check"_s},
                                           QStringList{u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}}) {
            const Test::CliRun r = cli(QStringList{u"--db"_s, path} + command);
            QVERIFY2(!r.crashed, qPrintable(command.first()));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(path) && r.err.contains(expected), qPrintable(r.err));
            QVERIFY2(!r.err.contains(u"QSQLITE"_s) && !r.err.contains(u"Unable to"_s), qPrintable(r.err));
            if (offersRecovery) {
                QVERIFY2(r.err.contains(u"Ways out"_s), qPrintable(r.err));
                QVERIFY2(r.err.contains(u"recover --fresh"_s), qPrintable(r.err));
            }
            QCOMPARE(sha(path), before); // never written to
        }

        // The fresh start keeps the file aside, byte for byte.
        const Test::CliRun fresh = cli({u"--db"_s, path, u"recover"_s, u"--fresh"_s});
        QCOMPARE(fresh.exitCode, 0);
        const QStringList aside = QDir(m_dir.path()).entryList({name + u".sqlite.damaged-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(sha(m_dir.filePath(aside.first())), before);
        QCOMPARE(cli({u"--db"_s, path, u"check"_s}).exitCode, 0);
    }

    // A library another Careleaf is writing is not cut off: a checkpoint writes page 1, with the
    // new page count, before the pages after it. Consoles making a new library at once said the one
    // being made was damaged (its size was taken before its header was read). Here the file is short
    // for a moment, as while such a write is in flight, and it opens once it is whole.
    void shouldNotCallALibraryBeingWrittenCutOff()
    {
        const QString path = copyOfGood(u"being-written.sqlite"_s);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        f.close();
        const qsizetype kept = whole.size() / 2;
        QVERIFY(f.resize(kept));
        std::thread writer([&] {
            QThread::msleep(20);
            QFile rest(path);
            if (rest.open(QIODevice::ReadWrite) && rest.seek(kept))
                rest.write(whole.sliced(kept));
        });
        const LibraryStore::OpenResult opened = LibraryStore::open(path);
        writer.join();
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.problem, LibraryProblem::None);
    }

    // A library that opens and passes check has nothing to recover: `recover` says so and leaves
    // it where it is, with its procedures, rather than empty the workstation's library or put an
    // older copy in its place (--backup did).
    void shouldLeaveAHealthyLibraryWhereItIs_data()
    {
        QTest::addColumn<QStringList>("way");
        QTest::addRow("fresh") << QStringList{u"--fresh"_s};
        QTest::addRow("a backup") << QStringList{u"--backup"_s, u"BACKUP"_s};
        // It has none: that was said instead.
        QTest::addRow("the newest backup") << QStringList{u"--backup"_s};
    }
    void shouldLeaveAHealthyLibraryWhereItIs()
    {
        QFETCH(QStringList, way);
        const QString library = copyOfGood(u"healthy.sqlite"_s);
        QVERIFY(!library.isEmpty());
        if (way.contains(u"BACKUP"_s)) {
            const QString backup = copyOfGood(u"older.sqlite"_s);
            QVERIFY(!backup.isEmpty());
            way.replace(1, backup);
        }
        const QByteArray before = sha(library);
        const Test::CliRun r = cli(QStringList{u"--db"_s, library, u"recover"_s} + way);
        QCOMPARE(sha(library), before); // judged from a copy: not written to, not even upgraded
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(library) && r.err.contains(u"nothing to recover"_s), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QVERIFY(QDir(m_dir.path()).entryList({u"healthy.sqlite.damaged-*"_s}).isEmpty());
        const Test::CliRun check = cli({u"--db"_s, library, u"check"_s});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.startsWith(u"ok: 5 procedures"_s), qPrintable(check.out));
    }

    // A library whose pages were spoilt after it opened (a disk's fault): a command that fails on
    // them says the library is damaged, naming it, with the ways out, where it gave SQLite's
    // words alone ("vtable constructor failed: procedure_fts"). Also show and handout, which
    // took the damage for a KEY with no procedure ("no procedure matches", exit 1): the
    // procedures' table spoilt, or only the overflow pages that hold the rest of their text.
    void shouldSayALibraryDamagedInsideIsDamaged_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("spoilt");
        QTest::addRow("list") << QStringList{u"list"_s} << u"pages 6-8"_s;
        QTest::addRow("search") << QStringList{u"search"_s, u"chemo"_s} << u"pages 6-8"_s;
        for (const QString &spoilt : {u"leaf"_s, u"overflow"_s}) {
            QTest::addRow("show, %s pages", qPrintable(spoilt)) << QStringList{u"show"_s, u"1"_s} << spoilt;
            QTest::addRow("handout, %s pages", qPrintable(spoilt))
                << QStringList{u"handout"_s, u"--out"_s, u"OUT"_s, u"1"_s} << spoilt;
        }
        // Which said its error twice, the second time as "the last 0 files" not kept.
        QTest::addRow("import, leaf pages")
            << QStringList{u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)} << u"leaf"_s;
    }
    void shouldSayALibraryDamagedInsideIsDamaged()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, spoilt);
        const QString library = copyOfGood(u"spoilt.sqlite"_s);
        QVERIFY(!library.isEmpty());
        const bool numbered = spoilt.startsWith(u"pages"_s);
        const QString spoiling = Test::spoilPages(library, numbered ? QList<qint64>{6, 7, 8} : QList<qint64>{},
                                                  numbered ? QString() : spoilt);
        QVERIFY2(spoiling.isEmpty(), qPrintable(spoiling));
        const QString out = m_dir.filePath(u"spoilt.pdf"_s);
        QFile::remove(out);
        command.replaceInStrings(u"OUT"_s, out);
        const QByteArray before = sha(library);
        const Test::CliRun r = cli(QStringList{u"--db"_s, library} + command);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(library + u" is damaged"_s) && r.err.contains(u"recover --fresh"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"no procedure matches"_s) && !r.err.contains(u"last 0"_s), qPrintable(r.err));
        QCOMPARE(sha(library), before);
        QVERIFY(!QFile::exists(out));
    }

    // Upgrading a format-1 library leaves a backup of it; when the upgraded file is later damaged,
    // `recover --backup` puts the backup back and the library opens with its procedures.
    void shouldBackUpBeforeUpgradingAndRestoreTheBackup_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("plain") << u"old"_s;
        // Brackets, a star and a percent sign are letters of a name, not a pattern's.
        QTest::addRow("a name with pattern characters") << u"old [2] *100%1"_s;
    }

    void shouldBackUpBeforeUpgradingAndRestoreTheBackup()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name + u".sqlite"_s);
        QVERIFY(QFile::copy(Test::dataPath(u"library-v1.sqlite"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = sha(path);
        const Test::CliRun upgraded = cli({u"--db"_s, path, u"check"_s});
        QCOMPARE(upgraded.exitCode, 0);
        const QStringList backups = LibraryFile::backups(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first(), m_dir.filePath(name + u".format-1-backup.sqlite"_s));
        const int count = Test::procedureCount(backups.first());
        QVERIFY(count > 0);

        QFile f(path);
        QVERIFY(f.resize(4096 + 10)); // cut off
        const Test::CliRun broken = cli({u"--db"_s, path, u"list"_s});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(u"recover --backup"_s), qPrintable(broken.err));
        const Test::CliRun restored = cli({u"--db"_s, path, u"recover"_s, u"--backup"_s});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(u"ok: %1 procedures"_s.arg(count)));
        QVERIFY(original != sha(path)); // upgraded again, from the backup
        QCOMPARE(cli({u"--db"_s, path, u"check"_s}).exitCode, 0);
    }

    // A name with a byte that is not UTF-8 is refused before anything is read or written; its
    // backups are none, looked for without a word from Qt (a pattern cannot hold such a byte).
    void shouldFindNoBackupsForANameThatIsNotUtf8()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        const QString path = FileNames::decode(QFile::encodeName(m_dir.path()) + "/lib\xE9.sqlite");
        QVERIFY(FileNames::keepsBytes(path));
        QVERIFY(LibraryFile::backups(path).isEmpty());
    }

    // A file-size limit stands in for a full disk: the import stops with plain words, the files
    // before it are kept, the library stays sound, and nothing crashes.
    // recover checks a backup before it moves anything: a file that is not a library, or the
    // library itself, leaves the library where it was and whole.
    void shouldRefuseABackupThatIsNotOne_data()
    {
        QTest::addColumn<QString>("backup");
        QTest::addColumn<QString>("reason");
        QTest::addRow("a text file") << u"/etc/passwd"_s << u"not a library"_s;
        QTest::addRow("the library itself") << u"SELF"_s << u"the library itself"_s;
        QTest::addRow("the library, spelled another way") << u"SELF/."_s << u"the library itself"_s;
        QTest::addRow("nothing") << u"/nonexistent/backup.sqlite"_s << u"does not exist"_s;
        QTest::addRow("a damaged copy") << u"DAMAGED"_s << u"backup"_s;
        // SQLite takes an empty file for a new library: it was "restored", with no procedures.
        QTest::addRow("an empty file") << u"EMPTY"_s << u"is empty"_s;
    }

    void shouldRefuseABackupThatIsNotOne()
    {
        QFETCH(QString, backup);
        QFETCH(QString, reason);
        const QString library = copyOfGood(u"keep.sqlite"_s);
        QVERIFY(!library.isEmpty());
        if (backup == u"SELF"_s)
            backup = library;
        else if (backup == u"SELF/."_s)
            backup = QFileInfo(library).path() + u"/./"_s + QFileInfo(library).fileName();
        else if (backup == u"DAMAGED"_s) {
            backup = copyOfGood(u"damaged-backup.sqlite"_s);
            QFile f(backup);
            QVERIFY(f.resize(3000));
        } else if (backup == u"EMPTY"_s) {
            backup = m_dir.filePath(u"empty-backup.sqlite"_s);
            QFile f(backup);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        }
        const QByteArray before = Test::readFile(library);
        const Test::CliRun r = cli({u"--db"_s, library, u"recover"_s, u"--backup"_s, backup});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(Test::readFile(library), before);
        QVERIFY(QDir(m_dir.path()).entryList({u"keep.sqlite.damaged-*"_s}).isEmpty());
        const Test::CliRun check = cli({u"--db"_s, library, u"check"_s});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.startsWith(u"ok: 5 procedures"_s));
    }

    // Not a library file at all: a device, a folder, an SQLite URI or ":memory:". Said for what it
    // is, nothing moved or created, and no way out that would move it.
    void shouldRefuseWhatIsNotALibraryFile_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("reason");
        QTest::addRow("a character device") << u"/dev/full"_s << u"character device"_s;
        QTest::addRow("the null device") << u"/dev/null"_s << u"character device"_s;
        QTest::addRow("a folder") << u"FOLDER"_s << u"a folder"_s;
        QTest::addRow("an SQLite URI") << u"file:/tmp/x.sqlite?mode=ro"_s << u"SQLite address"_s;
        QTest::addRow("a relative SQLite URI") << u"file:lib.sqlite"_s << u"SQLite address"_s;
        QTest::addRow("in memory") << u":memory:"_s << u"SQLite address"_s;
        // A mistyped name is never a tree of folders to create.
        QTest::addRow("in a folder that does not exist") << u"typo/ward/library.sqlite"_s << u"does not exist"_s;
    }

    void shouldRefuseWhatIsNotALibraryFile()
    {
        QFETCH(QString, location);
        QFETCH(QString, reason);
        const QString cwd = m_dir.filePath(u"cwd-"_s + QString::number(qHash(location)));
        QVERIFY(QDir().mkpath(cwd));
        if (location == u"FOLDER"_s) {
            location = m_dir.filePath(u"a-folder"_s);
            QVERIFY(QDir().mkpath(location));
        }
        // From a folder of its own, so a stray file or folder would show.
        for (const QStringList &args :
             {QStringList{u"--db"_s, location, u"list"_s}, QStringList{u"--db"_s, location, u"recover"_s, u"--fresh"_s},
              QStringList{u"--db"_s, location, u"recover"_s, u"--backup"_s, m_good}}) {
            const Test::CliRun r = Test::runCli(args, Test::cliEnvironment(m_dir.filePath(u"home"_s)),
                                                {u"/bin/sh"_s, u"-c"_s, u"cd '%1' && exec \"$0\" \"$@\""_s.arg(cwd)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(reason), qPrintable(r.err));
            QVERIFY2(!r.err.contains(u"disk is full"_s) && !r.err.contains(u"recover --fresh"_s) &&
                         !r.err.contains(u"moved aside"_s),
                     qPrintable(r.err));
        }
        QCOMPARE(QDir(cwd).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        if (location.startsWith(u"/dev/"_s))
            QVERIFY(QFileInfo(location).exists() && !QFileInfo(location).isFile());
    }

    void shouldSayTheDiskIsFull()
    {
        const QString docs = m_dir.filePath(u"many"_s);
        QVERIFY(QDir().mkpath(docs));
        for (int n = 0; n < 300; ++n) {
            QFile f(docs + u"/doc-%1.txt"_s.arg(n, 4, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray doc = Test::syntheticDocument(n);
            // Bulk, so the limit is reached after some files.
            doc += "\nAlternatives\n\n" + QByteArray("Words that take room in the library. ").repeated(60) + '\n';
            f.write(doc);
        }
        const QString path = m_dir.filePath(u"full.sqlite"_s);
        const Test::CliRun r = cli({u"--db"_s, path, u"import"_s, docs},
                                   {u"/bin/sh"_s, u"-c"_s, u"ulimit -f 1200; exec \"$0\" \"$@\""_s}); // 600 KiB
        // (a new library's format steps alone write about 300 KiB to its write-ahead log)
        QVERIFY2(!r.crashed, "killed by the file-size limit");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"disk is full"_s) && r.err.contains(u"import again"_s), qPrintable(r.err));
        // Its summary counts every file: those the full disk kept out as not imported (the line
        // added up to fewer than the files given, and to 0s where nothing could be stored).
        static const QRegularExpression summary(
            uR"(^imported (\d+), updated (\d+), unchanged (\d+), rejected (\d+), not imported (\d+)$)"_s);
        const QRegularExpressionMatch counts = summary.match(r.out.trimmed());
        QVERIFY2(counts.hasMatch(), qPrintable(r.out));
        int counted = 0;
        for (int i = 1; i <= 5; ++i)
            counted += counts.captured(i).toInt();
        QCOMPARE(counted, 300);
        QVERIFY(counts.captured(5).toInt() > 0);
        const Test::CliRun check = cli({u"--db"_s, path, u"check"_s});
        QCOMPARE(check.exitCode, 0);
        const int kept = Test::procedureCount(path);
        QVERIFY2(kept > 0 && kept < 300, qPrintable(QString::number(kept) + r.out + r.err));
        // With room again, the same import completes.
        const Test::CliRun again = cli({u"--db"_s, path, u"import"_s, docs});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(Test::procedureCount(path), 300);
    }

    // A read-only library: root can write any file, so as root the console runs as "nobody".
    void shouldSayTheLibraryIsReadOnly()
    {
        const QString shared = m_dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(shared));
        const QString path = shared + u"/readonly.sqlite"_s;
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QStringList wrapper;
        if (geteuid() == 0) {
            if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
                QSKIP("running as root without setpriv: cannot make a file read-only for this test");
            // nobody must reach the file: open the folders on the way.
            for (QString dir = shared; dir.startsWith(m_dir.path()); dir = QFileInfo(dir).path())
                QFile::setPermissions(dir, QFile::permissions(dir) | QFile::ExeOther | QFile::ReadOther);
            QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther);
            wrapper = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        }
        const QByteArray before = sha(path);
        const Test::CliRun r = cli({u"--db"_s, path, u"list"_s}, wrapper);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path) && r.err.contains(u"read-only"_s), qPrintable(r.err));
        QCOMPARE(sha(path), before);
    }

    // A library the user may write in a folder they may not (a shared folder set up wrong): said
    // as such, with no "start a fresh library" that would set a good library aside; and a new
    // library there the same. Root writes any folder, so as root the console runs as "nobody".
    void shouldSayTheLibrarysFolderIsReadOnly()
    {
        const QString shared = m_dir.filePath(u"read-only-folder"_s);
        QVERIFY(QDir().mkpath(shared));
        const QString path = shared + u"/library.sqlite"_s;
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther));
        QStringList wrapper;
        if (geteuid() == 0) {
            if (QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
                QSKIP("running as root without setpriv: cannot make a folder read-only for this test");
            QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther);
            wrapper = {u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s};
        }
        QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                                  QFile::ReadOther | QFile::ExeOther));
        const auto writable =
            qScopeGuard([&shared] { QFile::setPermissions(shared, QFile::permissions(shared) | QFile::WriteOwner); });
        const QByteArray before = sha(path);
        for (const QString &library : QStringList{path, shared + u"/new.sqlite"_s}) {
            const Test::CliRun r = cli({u"--db"_s, library, u"list"_s}, wrapper);
            QVERIFY(!r.crashed);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(library) && r.err.contains(u"folder Careleaf cannot write to"_s),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(u"recover"_s), qPrintable(r.err));
        }
        QCOMPARE(sha(path), before);
        QVERIFY(!QFileInfo::exists(shared + u"/new.sqlite"_s));
    }
};

QTEST_MAIN(TestDamagedLibrary)
#include "tst_damagedlibrary.moc"
