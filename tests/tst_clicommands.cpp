// The console's commands run in-process through Cli::run, as they were written to be, and say
// byte for byte what the careleaf-cli program says for the same arguments: the contract
// (DESIGN.md) holds for both, and a command can be tested without starting a process.
#include "cli.h"
#include "testsupport.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

struct InProcess
{
    int exitCode = -1;
    QString out;
    QString err;
};

InProcess runInProcess(const QStringList &args, const QString &envDb = {})
{
    InProcess r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = Cli::run(args, envDb, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_library;

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Careleaf"_s);
        QCoreApplication::setApplicationName(u"careleaf-cli"_s);
        installTranslations();
        m_library = m_dir.filePath(u"inprocess.sqlite"_s);
        const InProcess imported =
            runInProcess({u"--db"_s, m_library, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.startsWith(u"imported 5, updated 0, unchanged 0, rejected 0"_s),
                 qPrintable(imported.out));
    }

    // Every command's lines and exit code, in-process and from the program, the same.
    void shouldSayWhatTheProgramSays_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("help") << QStringList{u"--help"_s} << 0;
        QTest::addRow("version") << QStringList{u"--version"_s} << 0;
        QTest::addRow("no command") << QStringList{} << 2;
        QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
        QTest::addRow("list") << QStringList{u"list"_s} << 0;
        QTest::addRow("list json") << QStringList{u"list"_s, u"--json"_s} << 0;
        QTest::addRow("list, unknown option") << QStringList{u"list"_s, u"--fancy"_s} << 2;
        QTest::addRow("search") << QStringList{u"search"_s, u"chemo"_s} << 0;
        QTest::addRow("search json, limit")
            << QStringList{u"search"_s, u"--json"_s, u"--limit"_s, u"2"_s, u"infusion"_s} << 0;
        QTest::addRow("search, a word excluded with one dash")
            << QStringList{u"search"_s, u"infusion"_s, u"-chemotherapy"_s} << 0;
        QTest::addRow("search, bad limit") << QStringList{u"search"_s, u"--limit"_s, u"zero"_s, u"x"_s} << 2;
        QTest::addRow("show") << QStringList{u"show"_s, u"4"_s} << 0;
        QTest::addRow("show text") << QStringList{u"show"_s, u"--text"_s, u"1"_s} << 0;
        QTest::addRow("show json") << QStringList{u"show"_s, u"--json"_s, u"4"_s} << 0;
        QTest::addRow("show, unknown key") << QStringList{u"show"_s, u"99999"_s} << 1;
        QTest::addRow("handout without --out") << QStringList{u"handout"_s, u"4"_s} << 2;
        QTest::addRow("log") << QStringList{u"log"_s} << 0;
        QTest::addRow("check") << QStringList{u"check"_s} << 0;
        QTest::addRow("recover without a way") << QStringList{u"recover"_s} << 2;
        QTest::addRow("copy without libraries") << QStringList{u"copy"_s} << 2;
        QTest::addRow("admin without a command") << QStringList{u"admin"_s} << 2;
        QTest::addRow("import nothing") << QStringList{u"import"_s} << 2;
    }

    void shouldSayWhatTheProgramSays()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const QStringList withDb = QStringList{u"--db"_s, m_library} + args;
        const InProcess mine = runInProcess(withDb);
        const Test::CliRun program = Test::runCli(withDb, Test::cliEnvironment(m_dir.filePath(u"home"_s)));
        QCOMPARE(mine.exitCode, exitCode);
        QCOMPARE(program.exitCode, exitCode);
        // --help names the default library, which is in each one's own home.
        if (args == QStringList{u"--help"_s}) {
            QCOMPARE(mine.out.section(u"Default:"_s, 0, 0), program.out.section(u"Default:"_s, 0, 0));
            return;
        }
        QCOMPARE(mine.out, program.out);
        QCOMPARE(mine.err, program.err);
    }

    // CARELEAF_DB reaches the command as the program passes it.
    void shouldTakeTheLibraryFromTheEnvironment()
    {
        const InProcess r = runInProcess({u"list"_s}, m_library);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u'\n'), 5);
    }

    // A handout in-process: the PDF is written, the log has its row.
    void shouldWriteAHandoutInProcess()
    {
        const QString pdf = m_dir.filePath(u"inprocess.pdf"_s);
        const InProcess r = runInProcess(
            {u"--db"_s, m_library, u"handout"_s, u"--patient"_s, u"Ada In-Process"_s, u"--out"_s, pdf, u"4"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(pdf).size() > 0);
        QString error;
        const QString text = Test::pdfText(pdf, &error);
        if (text.isEmpty())
            CARELEAF_SKIP_OR_FAIL(u"the PDF cannot be read: "_s + error);
        QVERIFY(text.contains(u"Ada In-Process"_s));
        const InProcess log = runInProcess({u"--db"_s, m_library, u"log"_s});
        QVERIFY2(log.out.contains(u"Sequential IV Chemotherapy Infusion"_s), qPrintable(log.out));
        QVERIFY(!log.out.contains(u"Ada"_s));
    }

    // Whether a handout has something to print is asked as the handout files its sections: a
    // section whose unknown heading names its stage is that stage's. The before sheet of a
    // document whose only before-content is "Diet Before Your Colonoscopy" was refused, and
    // --sections other wrote a page with its name alone.
    void shouldAskWhetherAHandoutHasSectionsAsItFilesThem_data()
    {
        QTest::addColumn<QStringList>("choice");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("the before sheet") << QStringList{u"--preset"_s, u"before"_s} << 0;
        QTest::addRow("the after sheet") << QStringList{u"--preset"_s, u"after"_s} << 0;
        QTest::addRow("other alone") << QStringList{u"--sections"_s, u"other"_s} << 1;
    }
    void shouldAskWhetherAHandoutHasSectionsAsItFilesThem()
    {
        QFETCH(QStringList, choice);
        QFETCH(int, exitCode);
        const QString document = m_dir.filePath(u"colonoscopy.txt"_s);
        QFile file(document);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Search all medical codes\n\nColonoscopy, flexible\n\nCPT4 code 45378\n\n"
                   "Name of the Procedure:\n\nColonoscopy\n\nRecovery\n\nRest today.\n\n"
                   "Diet Before Your Colonoscopy\n\nEat only soft, plain food for two days.\n");
        file.close();
        const QString library = m_dir.filePath(u"stages.sqlite"_s);
        QCOMPARE(runInProcess({u"--db"_s, library, u"import"_s, document}).exitCode, 0);
        const QString pdf = m_dir.filePath(u"stages.pdf"_s);
        QFile::remove(pdf);
        const InProcess r = runInProcess(QStringList{u"--db"_s, library, u"handout"_s} + choice +
                                         QStringList{u"--out"_s, pdf, u"45378"_s});
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(QFileInfo::exists(pdf), exitCode == 0);
        if (exitCode != 0) {
            QVERIFY2(r.err.contains(u"has none of the sections chosen (other); it has: recovery,preparation"_s),
                     qPrintable(r.err));
            return;
        }
        QString error;
        const QString text = Test::pdfText(pdf, &error);
        if (text.isEmpty())
            CARELEAF_SKIP_OR_FAIL(u"the PDF cannot be read: "_s + error);
        QCOMPARE(text.contains(u"Eat only soft, plain food"_s), choice.last() == u"before"_s);
        QCOMPARE(text.contains(u"Rest today."_s), choice.last() == u"after"_s);
    }

    // "My questions" left out for want of room is said, as the composer says it: the console
    // dropped it in silence.
    void shouldSayWhenMyQuestionsHaveNoRoom()
    {
        const QString library = m_dir.filePath(u"questions.sqlite"_s);
        const QString document = m_dir.filePath(u"portflush.txt"_s);
        const QString pdf = m_dir.filePath(u"questions.pdf"_s);
        const auto handout = [&](int paragraphs) {
            QByteArray text = "Search all medical codes\n\nPort flush\n\nCPT4 code 96523\n\n"
                              "Name of the Procedure:\n\nPort Flush\n\nRecovery\n\n";
            for (int i = 0; i < paragraphs; ++i)
                text += "Rest today and drink water; call us if the arm swells.\n\n";
            QFile file(document);
            [&] { QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); }();
            file.write(text);
            file.close();
            [&] { QCOMPARE(runInProcess({u"--db"_s, library, u"import"_s, document}).exitCode, 0); }();
            return runInProcess({u"--db"_s, library, u"handout"_s, u"--out"_s, pdf, u"96523"_s});
        };
        const InProcess roomy = handout(3);
        QCOMPARE(roomy.exitCode, 0);
        QVERIFY2(!roomy.err.contains(u"My questions"_s), qPrintable(roomy.err));
        // Paragraph by paragraph, the first page fills until the lines no longer fit on it.
        InProcess full;
        for (int paragraphs = 4; paragraphs < 60 && !full.err.contains(u"My questions"_s); ++paragraphs)
            full = handout(paragraphs);
        QCOMPARE(full.exitCode, 0);
        QVERIFY2(full.err.contains(u"no room for \u201cMy questions\u201d"_s), qPrintable(full.err));
        QString error;
        const QString text = Test::pdfText(pdf, &error);
        if (text.isEmpty())
            CARELEAF_SKIP_OR_FAIL(u"the PDF cannot be read: "_s + error);
        QVERIFY2(!text.contains(u"My questions"_s), qPrintable(text.right(300)));
    }

    // A procedure named twice is printed once, and
    // the log names it once: a packet with a procedure again wastes paper and confuses.
    void shouldPrintAProcedureGivenTwiceOnce()
    {
        const QString once = m_dir.filePath(u"once.pdf"_s);
        const QString twice = m_dir.filePath(u"twice.pdf"_s);
        QCOMPARE(runInProcess({u"--db"_s, m_library, u"handout"_s, u"--out"_s, once, u"4"_s, u"1"_s}).exitCode, 0);
        const InProcess r =
            runInProcess({u"--db"_s, m_library, u"handout"_s, u"--out"_s, twice, u"4"_s, u"1"_s, u"4"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"4 is Sequential IV Chemotherapy Infusion again, given as 4"_s), qPrintable(r.err));
        QString error;
        const QString a = Test::pdfText(once, &error);
        const QString b = Test::pdfText(twice, &error);
        if (a.isEmpty() || b.isEmpty())
            CARELEAF_SKIP_OR_FAIL(u"the PDF cannot be read: "_s + error);
        QCOMPARE(b.count(u"Sequential IV Chemotherapy Infusion"_s), a.count(u"Sequential IV Chemotherapy Infusion"_s));
        const InProcess log = runInProcess({u"--db"_s, m_library, u"log"_s});
        const QString last = log.out.trimmed().section(u'\n', -1);
        QCOMPARE(last.count(u"Sequential IV Chemotherapy Infusion"_s), 1);
    }

    // A password in an address never reaches the output of a command run in-process either.
    void shouldNeverEchoAPasswordInProcess()
    {
        const InProcess r = runInProcess({u"--db"_s, u"postgresql://nurse:Sekr1tPassw0rd@[::1/careleaf"_s, u"list"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(!QString(r.out + r.err).contains(u"Sekr1tPassw0rd"_s), qPrintable(r.err));
    }
};

QTEST_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
