// A password typed into a library address never comes back: not in the console's output for any
// command or any malformed address, not in a window, not in the settings or any file Careleaf
// writes. The password is one easy to grep for.
#include "libraryaddress.h"
#include "libraryproblemdialog.h"
#include "librarystore.h"
#include "testsupport.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

const QString Password = u"Sekr3tPassw0rdXyz"_s;

// Every form the password can take in an output: as typed, percent-encoded, quoted.
QStringList needles()
{
    return {Password, QString::fromLatin1(QUrl::toPercentEncoding(Password)), Password.left(12)};
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{Test::scratchTemplate()};

    static void verifyNoPassword(const QString &where, const QString &text)
    {
        for (const QString &n : needles())
            QVERIFY2(!text.contains(n), qPrintable(u"%1 shows the password: %2"_s.arg(where, text)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
    }

    // Addresses Qt or libpq cannot use, each with the password in it.
    void shouldNeverEchoAPasswordFromTheConsole_data()
    {
        QTest::addColumn<QString>("address");
        const QString p = Password;
        QTest::addRow("a port that is not a number") << u"postgresql://nurse:%1@db.clinic:54x2/careleaf"_s.arg(p);
        QTest::addRow("a port out of range") << u"postgresql://nurse:%1@db.clinic:99999/careleaf"_s.arg(p);
        QTest::addRow("a space in the host") << u"postgresql://nurse:%1@db clinic/careleaf"_s.arg(p);
        QTest::addRow("a %% in the password") << u"postgresql://nurse:%1%zz@db.clinic/careleaf"_s.arg(p);
        QTest::addRow("an unclosed [") << u"postgresql://nurse:%1@[::1/careleaf"_s.arg(p);
        QTest::addRow("a server that is not there") << u"postgresql://nurse:%1@127.0.0.1:9/careleaf"_s.arg(p);
        QTest::addRow("key=value, bad port") << u"host=db.clinic port=x password=%1 dbname=careleaf"_s.arg(p);
        QTest::addRow("key=value, quoted") << u"host=db.clinic password='%1 x' dbname=careleaf port=abc"_s.arg(p);
        QTest::addRow("key=value, unclosed quote") << u"host=db.clinic password='%1"_s.arg(p);
        QTest::addRow("unknown keyword") << u"hots=db.clinic password=%1"_s.arg(p);
        // Mistyped addresses, never taken for a file's name (a file of that name, the password
        // in it, and the name echoed back as the file's).
        QTest::addRow("one slash") << u"postgresql:/nurse:%1@db.clinic/careleaf"_s.arg(p);
        QTest::addRow("no colon") << u"postgres//nurse:%1@db.clinic/careleaf"_s.arg(p);
        QTest::addRow("another scheme") << u"pg://nurse:%1@db.clinic/careleaf"_s.arg(p);
        QTest::addRow("no scheme") << u"nurse:%1@db.clinic/careleaf"_s.arg(p);
        QTest::addRow("unknown keyword, a path") << u"hots=/var/run/postgresql dbname=x password=%1"_s.arg(p);
        QTest::addRow("one slash, a query") << u"postgresql:/nurse:%1@db.clinic/careleaf?sslmode=require"_s.arg(p);
        QTest::addRow("key=value, a comma") << u"host=db.clinic,password=%1"_s.arg(p);
        QTest::addRow("key=value, a semicolon") << u"user=nurse host=db.clinic;password=%1"_s.arg(p);
        QTest::addRow("a JDBC address") << u"jdbc:postgresql://db.clinic/careleaf?user=nurse&password=%1"_s.arg(p);
        QTest::addRow("a space before ://") << u"postgresql ://nurse:%1@db.clinic/careleaf"_s.arg(p);
        QTest::addRow("the password where the port goes") << u"nurse@db.clinic:%1/careleaf"_s.arg(p);
        QTest::addRow("the password where the port goes, no database") << u"nurse@db.clinic:%1"_s.arg(p);
        QTest::addRow("colons for equals signs") << u"host:db.clinic password:%1"_s.arg(p);
        // A '/', '?' or '#' in a password ends the user's part: QUrl takes the rest for the port,
        // the database or the query.
        QTest::addRow("a slash in the password") << u"postgresql://nurse:%1/x@db.clinic/careleaf"_s.arg(p);
        QTest::addRow("a question mark in the password") << u"postgresql://nurse:%1?x@db.clinic:5432/careleaf"_s.arg(p);
        QTest::addRow("a hash in the password") << u"postgresql://nurse:%1#x@db.clinic/careleaf"_s.arg(p);
        QTest::addRow("digits, then a slash in the password")
            << u"postgresql://nurse:12345/%1@db.clinic/careleaf"_s.arg(p);
    }

    void shouldNeverEchoAPasswordFromTheConsole()
    {
        QFETCH(QString, address);
        const QString file = m_dir.filePath(u"local.sqlite"_s);
        const QString pdf = m_dir.filePath(u"h.pdf"_s);
        const QList<QStringList> commands{
            {u"--db"_s, address, u"list"_s},
            {u"--db"_s, address, u"search"_s, u"chemo"_s},
            {u"--db"_s, address, u"show"_s, u"1"_s},
            {u"--db"_s, address, u"check"_s},
            {u"--db"_s, address, u"log"_s},
            {u"--db"_s, address, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)},
            {u"--db"_s, address, u"handout"_s, u"--out"_s, pdf, u"1"_s},
            {u"--db"_s, address, u"recover"_s, u"--fresh"_s},
            {u"--db"_s, address, u"recover"_s, u"--backup"_s},
            {u"copy"_s, u"--from"_s, address, u"--to"_s, file},
            {u"copy"_s, u"--from"_s, file, u"--to"_s, address},
            {u"admin"_s, u"init-server"_s, address},
        };
        const QProcessEnvironment env = Test::cliEnvironment(m_dir.filePath(u"home"_s));
        for (const QStringList &args : commands) {
            const Test::CliRun r = Test::runCli(args, env);
            QVERIFY2(!r.crashed && r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + r.err));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(args.join(u' ')));
            verifyNoPassword(args.value(2), r.out + r.err);
        }
        // From the environment as well.
        QProcessEnvironment withDb = env;
        withDb.insert(u"CARELEAF_DB"_s, address);
        const Test::CliRun r = Test::runCli({u"list"_s}, withDb);
        QCOMPARE(r.exitCode, 2);
        verifyNoPassword(u"CARELEAF_DB"_s, r.out + r.err);
        // recover never makes a file of an address, so the same address still means the server.
        QVERIFY(!QFileInfo::exists(address));
        QDirIterator it(QDir::currentPath(), QDir::Files | QDir::Hidden);
        while (it.hasNext())
            verifyNoPassword(u"a file in the current folder"_s, it.next());
    }

    // The parser's own messages, which the window shows too.
    void shouldExplainABadAddressWithoutThePassword_data() { shouldNeverEchoAPasswordFromTheConsole_data(); }

    void shouldExplainABadAddressWithoutThePassword()
    {
        QFETCH(QString, address);
        QString error;
        (void)LibraryAddress::parse(address, &error);
        verifyNoPassword(u"the parse error"_s, error);
        const LibraryStore::OpenResult r = LibraryStore::open(address);
        QVERIFY(!r.store);
        verifyNoPassword(u"the open error"_s, r.error);
        LibraryProblemDialog dialog(address, r);
        dialog.show();
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            verifyNoPassword(u"the problem window"_s, label->text() + label->toolTip());
        verifyNoPassword(u"the problem window's title"_s, dialog.windowTitle());
    }

    void shouldFindThePasswordInEveryForm_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("secret");
        QTest::addRow("url") << u"postgresql://u:abc%40def@h/d"_s << u"abc@def"_s;
        QTest::addRow("url, raw") << u"postgres://u:abc%40def@h/d"_s << u"abc%40def"_s;
        QTest::addRow("malformed url") << u"postgresql://u:s e c@h x:p/d"_s << u"s e c"_s;
        QTest::addRow("key=value") << u"host=h password=topsecret"_s << u"topsecret"_s;
        QTest::addRow("quoted") << u"host=h password='top secret'"_s << u"top secret"_s;
        QTest::addRow("query") << u"postgresql://h/d?password=topsecret&sslmode=require"_s << u"topsecret"_s;
        QTest::addRow("url, upper case") << u"POSTGRESQL://u:Topsecret@h/d"_s << u"Topsecret"_s;
        QTest::addRow("key=value, upper case") << u"host=h PASSWORD = topsecret"_s << u"topsecret"_s;
        QTest::addRow("mistyped url") << u"postgresql:/u:topsecret@h/d"_s << u"topsecret"_s;
        QTest::addRow("no scheme") << u"u:topsecret@h/d"_s << u"topsecret"_s;
        QTest::addRow("key=value, a comma") << u"host=h,password=topsecret"_s << u"topsecret"_s;
        QTest::addRow("key=value, a semicolon") << u"host=h;password=topsecret"_s << u"topsecret"_s;
        QTest::addRow("jdbc") << u"jdbc:postgresql://h/d?user=u&password=topsecret"_s << u"topsecret"_s;
        QTest::addRow("in the port") << u"u@h:topsecret/d"_s << u"topsecret"_s;
        QTest::addRow("in the port, no database") << u"u@h:topsecret"_s << u"topsecret"_s;
        QTest::addRow("colons") << u"host:h password:topsecret"_s << u"topsecret"_s;
        QTest::addRow("passwd") << u"host=h passwd=topsecret"_s << u"topsecret"_s;
    }

    void shouldFindThePasswordInEveryForm()
    {
        QFETCH(QString, address);
        QFETCH(QString, secret);
        QVERIFY2(LibraryAddress::secretsIn(address).contains(secret),
                 qPrintable(LibraryAddress::secretsIn(address).join(u" | "_s)));
        QVERIFY(!LibraryAddress::withoutPassword(address).contains(secret));
    }

    // A file's name that holds a colon, an '@' or an '=' is still a file's.
    void shouldTakeAFileNameForAFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("a time and a ward") << u"/srv/clinic/Backup 10:30@ward.sqlite"_s;
        QTest::addRow("an equals sign in a folder") << u"/srv/a=b/library.sqlite"_s;
        QTest::addRow("a colon") << u"library 2026:12.sqlite"_s;
        QTest::addRow("an @ in a folder") << u"/srv/ward@clinic/library.sqlite"_s;
        QTest::addRow("a time in a folder") << u"/srv/backup 10:30/library.sqlite"_s;
        QTest::addRow("a folder named pwd") << u"/home/nurse/pwd/library.sqlite"_s;
    }

    void shouldTakeAFileNameForAFile()
    {
        QFETCH(QString, name);
        QVERIFY(!LibraryAddress::isServer(name));
        QCOMPARE(LibraryAddress::parse(name).file, name);
    }

    void shouldFindNoPasswordWhereNoAddressIs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("a command") << u"search"_s;
        QTest::addRow("a file") << u"/tmp/library.sqlite"_s;
        QTest::addRow("the word alone") << u"password"_s;
        QTest::addRow("a url of another scheme") << u"https://u:p@h/d"_s;
        QTest::addRow("an e-mail address") << u"write to mailto:jane.doe@clinic.example"_s;
        QTest::addRow("a port") << u"nurse@db.clinic:5432/careleaf"_s;
    }

    void shouldFindNoPasswordWhereNoAddressIs()
    {
        QFETCH(QString, text);
        QVERIFY2(LibraryAddress::secretsIn(text).isEmpty(), qPrintable(LibraryAddress::secretsIn(text).join(u" | "_s)));
        QCOMPARE(LibraryAddress::withoutPassword(text), text);
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
