// Settings for every user of a computer, set by IT in XDG_CONFIG_DIRS (/etc/xdg/Careleaf/
// Careleaf.conf): defaults a user may change, and locked settings no user can, shown greyed with
// "Set by your administrator" — in the app, and honoured by the console.
#include "handout.h"
#include "handoutdialog.h"
#include "preferencesdialog.h"
#include "sectionkeys.h"
#include "settings.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_system; // a folder of XDG_CONFIG_DIRS

    // The console's environment with its own home, IT's folder first in XDG_CONFIG_DIRS.
    QProcessEnvironment withITsFile(const QString &home) const
    {
        QProcessEnvironment env = Test::cliEnvironment(home);
        env.insert(u"XDG_CONFIG_DIRS"_s, m_system);
        return env;
    }

    void writeSystemFile(const QByteArray &text)
    {
        QVERIFY(QDir().mkpath(m_system + u"/Careleaf"_s));
        QFile f(m_system + u"/Careleaf/Careleaf.conf"_s);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        // A percent sign in the folder's name stays a letter in every message that names the file.
        m_system = m_dir.filePath(u"etc-xdg 100%1"_s);
        // An empty first folder, as a desktop session has: the first folder that has the file wins.
        qputenv("XDG_CONFIG_DIRS", QFile::encodeName(m_dir.filePath(u"empty"_s) + u':' + m_system));
    }

    void init()
    {
        QFile::remove(m_system + u"/Careleaf/Careleaf.conf"_s);
        QSettings(QSettings::NativeFormat, QSettings::UserScope, u"Careleaf"_s, u"Careleaf"_s).clear();
    }

    void shouldTakeDefaultsFromITAndLetTheUserChangeThem()
    {
        writeSystemFile("[letterhead]\nclinicName=Riverside Clinic\nphone=(217) 555-0142\n"
                        "[handout]\ndefaultPreset=after\npaper=a4\n");
        Settings settings;
        QCOMPARE(settings.systemFile(), m_system + u"/Careleaf/Careleaf.conf"_s);
        QCOMPARE(settings.text(Settings::Key::ClinicName), u"Riverside Clinic"_s);
        QVERIFY(!settings.isLocked(Settings::Key::ClinicName));
        QVERIFY(settings.setValue(Settings::Key::ClinicName, u"Hilltop Practice"_s));
        QCOMPARE(Settings().text(Settings::Key::ClinicName), u"Hilltop Practice"_s);
        QCOMPARE(Handout::savedLetterhead().clinicName, u"Hilltop Practice"_s);
        QCOMPARE(Handout::savedLetterhead().phone, u"(217) 555-0142"_s);
    }

    void shouldKeepLockedSettingsAsITSetThem()
    {
        writeSystemFile("[letterhead]\nclinicName=Riverside Clinic\naddress=\"120 River Road, Springfield\"\n"
                        "[library]\nkind=server\nhost=db.clinic\ndatabase=careleaf\nuser=careleaf_workstation\n"
                        "[handout]\ndefaultPreset=after\npaper=a4\n"
                        "[Locked]\nsettings=letterhead, library, handout/paper\n");
        Settings settings;
        QVERIFY(settings.isLocked(Settings::Key::ClinicName));
        QVERIFY(settings.isLocked(Settings::Key::LibraryHost));
        QVERIFY(settings.isLocked(Settings::Key::PaperSize));
        QVERIFY(!settings.isLocked(Settings::Key::DefaultPreset));
        QVERIFY(!settings.setValue(Settings::Key::ClinicName, u"Hilltop Practice"_s));
        // A value written into the user's file behind the app's back does not count either.
        QSettings(QSettings::NativeFormat, QSettings::UserScope, u"Careleaf"_s, u"Careleaf"_s)
            .setValue(u"letterhead/clinicName"_s, u"Hilltop Practice"_s);
        QCOMPARE(Settings().text(Settings::Key::ClinicName), u"Riverside Clinic"_s);
        QCOMPARE(Settings().text(Settings::Key::ClinicAddress), u"120 River Road, Springfield"_s);
        QCOMPARE(Settings().libraryLocation(), u"postgresql://careleaf_workstation@db.clinic:5432/careleaf"_s);

        // Preferences shows IT's values, greyed, and says who decides.
        PreferencesDialog preferences;
        preferences.show();
        auto *name = preferences.findChild<QLineEdit *>(u"clinicName"_s);
        QCOMPARE(name->text(), u"Riverside Clinic"_s);
        QVERIFY(!name->isEnabled());
        QCOMPARE(name->toolTip(), u"Set by your administrator"_s);
        QVERIFY(!preferences.findChild<QRadioButton *>(u"libraryLocal"_s)->isEnabled());
        QVERIFY(preferences.findChild<QLabel *>(u"lockedNote"_s)->isVisible());
        preferences.accept();
        QCOMPARE(Settings().text(Settings::Key::ClinicName), u"Riverside Clinic"_s);

        // The composer: IT's paper, greyed; IT's default preset to start with.
        Procedure p;
        p.title = u"Port Flush"_s;
        p.descriptor = u"Port flush"_s;
        p.sections = {Section{u"summary"_s, u"Summary"_s, {Block{BlockType::Paragraph, u"A flush."_s, {}, 1}}},
                      Section{u"recovery"_s, u"Recovery"_s, {Block{BlockType::Paragraph, u"Rest."_s, {}, 1}}}};
        HandoutDialog composer({p}, nullptr);
        auto *paper = composer.findChild<QComboBox *>(u"paperSize"_s);
        QCOMPARE(paper->currentData().toInt(), int(QPageSize::A4));
        QVERIFY(!paper->isEnabled());
        QCOMPARE(composer.findChild<QComboBox *>(u"presetCombo"_s)->currentData().toString(), u"after"_s);
    }

    // Every lock IT writes counts: a second settings line, a second [Locked] group, a list written
    // as freedesktop.org's files write them (its ';' a comment's start here: said). QSettings kept
    // the last line alone, and the user's clinic name printed on every handout.
    void shouldLockWhatEveryLockLineNames_data()
    {
        QTest::addColumn<QByteArray>("locks");
        QTest::addColumn<bool>("said");
        QTest::addRow("two lines") << QByteArray("[Locked]\nsettings=letterhead\nsettings=handout\n") << false;
        QTest::addRow("two groups") << QByteArray("[Locked]\nsettings=letterhead\n[view]\nzoomPercent=120\n"
                                                  "[locked]\nsettings=handout\n")
                                    << false;
        QTest::addRow("a freedesktop.org list") << QByteArray("[Locked]\nsettings=letterhead;handout\n") << true;
        QTest::addRow("a freedesktop.org list, quoted")
            << QByteArray("[Locked]\nsettings=\"letterhead;handout\"\n") << true;
        QTest::addRow("in [General], as QSettings writes it")
            << QByteArray("[General]\nLocked\\settings=letterhead, handout\n") << false;
    }
    void shouldLockWhatEveryLockLineNames()
    {
        QFETCH(QByteArray, locks);
        QFETCH(bool, said);
        writeSystemFile("[letterhead]\nclinicName=Riverside Clinic\n[handout]\npaper=A4\n" + locks);
        QSettings mine(QSettings::NativeFormat, QSettings::UserScope, u"Careleaf"_s, u"Careleaf"_s);
        mine.setValue(u"letterhead/clinicName"_s, u"Hilltop Practice"_s);
        mine.setValue(u"handout/paper"_s, u"Letter"_s);
        mine.sync();
        const Settings settings;
        QVERIFY(settings.isLocked(Settings::Key::ClinicName));
        QVERIFY(settings.isLocked(Settings::Key::PaperSize));
        QCOMPARE(settings.text(Settings::Key::ClinicName), u"Riverside Clinic"_s);
        QCOMPARE(settings.text(Settings::Key::PaperSize), u"A4"_s);
        QCOMPARE(settings.libraryLocation(), QString()); // this computer's: nothing refused
        const QStringList warnings = settings.systemFileWarnings();
        QCOMPARE(warnings.size(), said ? 1 : 0);
        if (said)
            QVERIFY2(warnings.constFirst().contains(u"written apart by commas"_s), qPrintable(warnings.join(u'\n')));
    }

    // A comment after a lock stays a comment.
    void shouldReadACommentAfterALockAsOne_data()
    {
        QTest::addColumn<QByteArray>("locks");
        QTest::addRow("words") << QByteArray("settings=letterhead ; the clinic's name on every handout\n");
        // One word after a list's last name: a comment, not a lock of no setting, which would
        // have kept the library closed.
        QTest::addRow("a word after a list") << QByteArray("settings=letterhead;handout ; IT\n");
    }

    void shouldReadACommentAfterALockAsOne()
    {
        QFETCH(QByteArray, locks);
        writeSystemFile("[letterhead]\nclinicName=Riverside Clinic\n[Locked]\n" + locks);
        const Settings settings;
        QVERIFY(settings.isLocked(Settings::Key::ClinicName));
        QVERIFY(!settings.isLocked(Settings::Key::LibraryHost));
        QString problem;
        QVERIFY(settings.libraryLocation(&problem).isEmpty());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // XDG_CONFIG_DIRS unset or empty is /etc/xdg, as freedesktop.org has it: empty, IT's file and
    // its locks were not read at all.
    void shouldLookInEtcXdgWhereXdgConfigDirsIsEmpty_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QStringList>("folders");
        QTest::addRow("empty") << QByteArray("") << QStringList{u"/etc/xdg"_s};
        QTest::addRow("colons alone") << QByteArray("::") << QStringList{u"/etc/xdg"_s};
        QTest::addRow("two") << QByteArray("/opt/a:/opt/b") << QStringList{u"/opt/a"_s, u"/opt/b"_s};
    }
    void shouldLookInEtcXdgWhereXdgConfigDirsIsEmpty()
    {
        QFETCH(QByteArray, value);
        QFETCH(QStringList, folders);
        const QByteArray before = qgetenv("XDG_CONFIG_DIRS");
        const auto restore = qScopeGuard([&before] { qputenv("XDG_CONFIG_DIRS", before); });
        qputenv("XDG_CONFIG_DIRS", value);
        QCOMPARE(Settings::systemFolders(), folders);
        qunsetenv("XDG_CONFIG_DIRS");
        QCOMPARE(Settings::systemFolders(), QStringList{u"/etc/xdg"_s});
    }

    // A line of IT's file saved as Latin-1 is said and not read: "Clínica San José" printed
    // "Cl\uFFFDnica San Jos" on every handout, unsaid.
    void shouldNotReadALineThatIsNotUtf8()
    {
        writeSystemFile("[letterhead]\nclinicName=Cl\xEDnica San Jos\xE9\nphone=(217) 555-0142\n");
        const Settings settings;
        QCOMPARE(settings.text(Settings::Key::ClinicName), QString());
        QCOMPARE(settings.text(Settings::Key::ClinicPhone), u"(217) 555-0142"_s);
        const QStringList warnings = settings.systemFileWarnings();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(u"line 2: this line is not UTF-8 text"_s),
                 qPrintable(warnings.join(u'\n')));
        QVERIFY(warnings.constFirst().contains(u"letterhead/clinicName"_s));
        // In a comment alone, the setting is read.
        writeSystemFile("[letterhead]\nclinicName=Riverside ; la cl\xEDnica\n");
        QCOMPARE(Settings().text(Settings::Key::ClinicName), u"Riverside"_s);
        QCOMPARE(Settings().systemFileWarnings(), QStringList());
    }

    // A logo named without a folder is the one beside the file that names it: it was looked for
    // in the folder Careleaf was started from.
    void shouldFindALogoBesideITsFile()
    {
        writeSystemFile("[letterhead]\nclinicName=Riverside Clinic\nlogoFile=logo.png\n");
        QImage logo(40, 20, QImage::Format_RGB32);
        logo.fill(Qt::darkGreen);
        QVERIFY(logo.save(m_system + u"/Careleaf/logo.png"_s));
        QCOMPARE(Settings().path(Settings::Key::LogoFile), m_system + u"/Careleaf/logo.png"_s);
        const QString elsewhere = QDir::currentPath();
        const auto back = qScopeGuard([&elsewhere] { QDir::setCurrent(elsewhere); });
        QVERIFY(QDir::setCurrent(QDir::tempPath()));
        QVERIFY(!Handout::savedLetterhead().logo.isNull());
    }

    // "~/" is the home folder, as a shell and a file dialog read it, in IT's file and the user's:
    // it was taken for a folder named "~" beside the settings file, and the logo was left off.
    void shouldReadATildeAsTheHomeFolder_data()
    {
        QTest::addColumn<bool>("its"); // written in IT's file, else in the user's
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("inHome"); // the path under the home folder it names
        QTest::addRow("IT's logo") << true << u"~/clinic/logo.png"_s << u"/clinic/logo.png"_s;
        QTest::addRow("the user's logo") << false << u"~/logo.png"_s << u"/logo.png"_s;
        QTest::addRow("odd spelling") << false << u" ~/art/../logo.png"_s << u"/logo.png"_s;
        QTest::addRow("a folder named ~x is no home") << false << u"~x/logo.png"_s << QString();
    }

    void shouldReadATildeAsTheHomeFolder()
    {
        QFETCH(bool, its);
        QFETCH(QString, written);
        QFETCH(QString, inHome);
        const QString home = QDir::homePath();
        const QString logo = home + (inHome.isEmpty() ? u"/logo.png"_s : inHome);
        QVERIFY(QDir().mkpath(QFileInfo(logo).absolutePath()));
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(logo));
        const auto removed = qScopeGuard([&logo] { QFile::remove(logo); });
        if (its) {
            writeSystemFile("[letterhead]\nlogoFile=" + written.toUtf8() + '\n');
        } else {
            writeSystemFile("");
            QVERIFY(Settings().setValue(Settings::Key::LogoFile, written));
        }
        if (inHome.isEmpty()) {
            QVERIFY(Settings().path(Settings::Key::LogoFile).endsWith(u"/Careleaf/~x/logo.png"_s));
            QVERIFY(Handout::savedLetterhead().logo.isNull());
            return;
        }
        QCOMPARE(Settings().path(Settings::Key::LogoFile), logo);
        QVERIFY(!Handout::savedLetterhead().logo.isNull());
        // The PDF folder the same way.
        QVERIFY(Settings().setValue(Settings::Key::PdfFolder, u"~"_s));
        QCOMPARE(Settings().path(Settings::Key::PdfFolder), home);
    }

    // A mistake in the user's own file is theirs to correct, not IT's.
    void shouldSayWhoCorrectsALibrarySetting()
    {
        QSettings mine(QSettings::NativeFormat, QSettings::UserScope, u"Careleaf"_s, u"Careleaf"_s);
        mine.setValue(u"library/kind"_s, u"sever"_s);
        mine.sync();
        QString problem;
        QCOMPARE(Settings().libraryLocation(&problem), QString());
        QVERIFY2(problem.endsWith(u"Correct it in Preferences."_s), qPrintable(problem));
        mine.remove(u"library/kind"_s);
        mine.sync();
        writeSystemFile("[library]\nkind=sever\n");
        QCOMPARE(Settings().libraryLocation(&problem), QString());
        QVERIFY2(problem.endsWith(u"Ask IT to correct it."_s), qPrintable(problem));
    }

    // IT's presets are as IT wrote them: one of the user's by the same name does not replace it
    // (the console's default handout printed Personnel and policies), nor can the user write or
    // remove it; with presets locked, the user's own are not read. The console names any preset.
    void shouldKeepITsPresetsAsITWroteThem()
    {
        writeSystemFile("[handout/presets]\nshort=summary, risks\n[handout]\ndefaultPreset=user:short\n");
        QSettings mine(QSettings::NativeFormat, QSettings::UserScope, u"Careleaf"_s, u"Careleaf"_s);
        mine.setValue(u"handout/presets/short"_s, QStringList{u"policies"_s, u"personnel"_s});
        mine.setValue(u"handout/presets/mine"_s, QStringList{u"recovery"_s});
        mine.sync();
        Settings settings;
        QCOMPARE(settings.userPresets().value(u"short"_s), (QStringList{u"summary"_s, u"risks"_s}));
        QCOMPARE(settings.userPresets().value(u"mine"_s), QStringList{u"recovery"_s});
        QVERIFY(settings.isSystemPreset(u"short"_s));
        QVERIFY(!settings.isSystemPreset(u"mine"_s));
        settings.setUserPreset(u"short"_s, {u"personnel"_s});
        settings.removeUserPreset(u"short"_s);
        QCOMPARE(Settings().userPresets().value(u"short"_s), (QStringList{u"summary"_s, u"risks"_s}));

        const QString home = m_dir.filePath(u"home-presets"_s);
        QProcessEnvironment env = withITsFile(home);
        const QString library = m_dir.filePath(u"presets.sqlite"_s);
        QCOMPARE(Test::runCli({u"--db"_s, library, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}, env).exitCode, 0);
        for (const QString &name : {u"short"_s, u"user:short"_s}) {
            const Test::CliRun r = Test::runCli(
                {u"--db"_s, library, u"handout"_s, u"--preset"_s, name, u"--out"_s, m_dir.filePath(u"p.pdf"_s), u"1"_s},
                env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const Test::CliRun unknown = Test::runCli({u"--db"_s, library, u"handout"_s, u"--preset"_s, u"bogus"_s,
                                                   u"--out"_s, m_dir.filePath(u"p.pdf"_s), u"1"_s},
                                                  env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"patient, before, expect, after, full, short"_s), qPrintable(unknown.err));
        const Test::CliRun log = Test::runCli({u"--db"_s, library, u"log"_s, u"--csv"_s}, env);
        QCOMPARE(log.out.count(u",user:short,1,pdf,"_s), 2);

        writeSystemFile("[handout/presets]\nshort=summary, risks\n[Locked]\nsettings=handout/presets\n");
        QCOMPARE(Settings().userPresets().keys(), QStringList{u"short"_s});
        QVERIFY(!Settings().isSystemPreset(u"mine"_s));
        QVERIFY(Settings().presetLocked(u"mine"_s));
        // Locked with the whole group: IT's still IT's, the user's not read.
        writeSystemFile("[handout/presets]\nshort=summary, risks\n[Locked]\nsettings=handout\n");
        QCOMPARE(Settings().userPresets().keys(), QStringList{u"short"_s});
    }

    // The console prints on IT's letterhead too.
    void shouldPrintOnITsLetterheadFromTheConsole()
    {
        writeSystemFile("[letterhead]\nclinicName=Riverside Clinic\nphone=(217) 555-0142\n"
                        "[Locked]\nsettings=letterhead\n");
        QProcessEnvironment env = withITsFile(m_dir.filePath(u"home"_s));
        const QString library = m_dir.filePath(u"it.sqlite"_s);
        QCOMPARE(Test::runCli({u"--db"_s, library, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}, env).exitCode, 0);
        const QString pdf = m_dir.filePath(u"it.pdf"_s);
        QCOMPARE(Test::runCli({u"--db"_s, library, u"handout"_s, u"--out"_s, pdf, u"1"_s}, env).exitCode, 0);
        QString error;
        const QString text = Test::pdfText(pdf, &error);
        QVERIFY2(text.contains(u"Riverside Clinic"_s), qPrintable(error + text.left(300)));
        QVERIFY(text.contains(u"(217) 555-0142"_s));
    }

    // A letterhead's logo that cannot be read, or a colour that is none: the handout is printed
    // without them, and the console says which setting, in which file (it said nothing).
    void shouldSayALetterheadsLogoOrColourThatCannotBeUsed_data()
    {
        QTest::addColumn<QByteArray>("letterhead");
        QTest::addColumn<QStringList>("said");
        QTest::addRow("a logo that is not there")
            << QByteArray("logoFile=/nonexistent/careleaf/logo-typo.png\n")
            << QStringList{u"letterhead/logoFile"_s, u"/nonexistent/careleaf/logo-typo.png"_s, u"no logo"_s};
        QTest::addRow("a colour that is none")
            << QByteArray("accentColor=greenish\n") << QStringList{u"letterhead/accentColor"_s, u"“greenish”"_s};
        QTest::addRow("both") << QByteArray("logoFile=/nonexistent/logo.png\naccentColor=greenish\n")
                              << QStringList{u"letterhead/logoFile"_s, u"letterhead/accentColor"_s};
        QTest::addRow("neither") << QByteArray("accentColor=#1f6b4a\n") << QStringList{};
        // Laid out whole before a page, deaf to a stop: an address of megabytes.
        QTest::addRow("an address longer than a letterhead holds")
            << "address=" + QByteArray(3'000'000, 'a') + "\n"
            << QStringList{u"letterhead/address"_s, u"3000000 characters"_s, u"left off"_s};
        // Said as IT would mend it (Qt said "File not found"); a pipe made the handout wait for ever.
        QTest::addRow("a logo that is a folder")
            << QByteArray("logoFile=logo-folder\n") << QStringList{u"logo-folder"_s, u"(it is a folder)"_s};
        QTest::addRow("a logo that is a named pipe")
            << QByteArray("logoFile=logo-pipe\n") << QStringList{u"logo-pipe"_s, u"(it is not a regular file)"_s};
    }

    void shouldSayALetterheadsLogoOrColourThatCannotBeUsed()
    {
        QFETCH(QByteArray, letterhead);
        QFETCH(QStringList, said);
        writeSystemFile("[letterhead]\nclinicName=Riverside Clinic\n" + letterhead);
        QVERIFY(QDir().mkpath(m_system + u"/Careleaf/logo-folder"_s));
        const QByteArray pipe = QFile::encodeName(m_system + u"/Careleaf/logo-pipe"_s);
        QVERIFY(QFileInfo::exists(QString::fromLocal8Bit(pipe)) || ::mkfifo(pipe.constData(), 0600) == 0);
        QProcessEnvironment env = withITsFile(m_dir.filePath(u"home"_s));
        const QString library = m_dir.filePath(u"letterhead.sqlite"_s);
        QCOMPARE(Test::runCli({u"--db"_s, library, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}, env).exitCode, 0);
        const QString pdf = m_dir.filePath(u"letterhead.pdf"_s);
        const Test::CliRun run = Test::runCli({u"--db"_s, library, u"handout"_s, u"--out"_s, pdf, u"1"_s}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &words : said)
            QVERIFY2(run.err.contains(words), qPrintable(run.err));
        if (said.isEmpty()) // what the handout says of its own pages ("My questions") may remain
            QVERIFY2(!run.err.contains(u"letterhead"_s) && !run.err.contains(m_system), qPrintable(run.err));
        else
            QVERIFY2(run.err.contains(m_system), qPrintable(run.err)); // IT's file, named
        QString error;
        QVERIFY2(Test::pdfText(pdf, &error).contains(u"Riverside Clinic"_s), qPrintable(error));
    }

    // The preset the window last used is the window's: the console still starts with the patient
    // handout, unless IT set another.
    void shouldKeepThePatientPresetInTheConsoleUnlessITSetAnother()
    {
        writeSystemFile("");
        const QString home = m_dir.filePath(u"home-user-preset"_s);
        QVERIFY(QDir().mkpath(home + u"/config/Careleaf"_s));
        {
            QFile user(home + u"/config/Careleaf/Careleaf.conf"_s);
            QVERIFY(user.open(QIODevice::WriteOnly));
            user.write("[handout]\ndefaultPreset=full\n");
        }
        QProcessEnvironment env = withITsFile(home);
        const QString library = m_dir.filePath(u"user-preset.sqlite"_s);
        QCOMPARE(Test::runCli({u"--db"_s, library, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}, env).exitCode, 0);
        QCOMPARE(Test::runCli(
                     {u"--db"_s, library, u"handout"_s, u"--out"_s, m_dir.filePath(u"user-preset.pdf"_s), u"1"_s}, env)
                     .exitCode,
                 0);
        const Test::CliRun log = Test::runCli({u"--db"_s, library, u"log"_s, u"--csv"_s}, env);
        QVERIFY2(log.out.contains(u",patient,1,pdf,"_s) && !log.out.contains(u",full,"_s), qPrintable(log.out));
    }

    // The console opens the library the window opens, and starts a handout as the window does:
    // IT's preset, on IT's paper. --db and --preset still choose for one command.
    void shouldUseITsLibraryPresetAndPaperFromTheConsole()
    {
        writeSystemFile("[library]\nkind=server\nhost=127.0.0.1\nport=1\ndatabase=careleaf\n"
                        "[handout]\ndefaultPreset=full\npaper=Letter\n[Locked]\nsettings=library, handout\n");
        const QString home = m_dir.filePath(u"home-it"_s);
        QProcessEnvironment env = withITsFile(home);
        env.insert(u"LANG"_s, u"en_GB.UTF-8"_s); // a locale on A4: the paper must be IT's
        env.insert(u"LC_ALL"_s, u"en_GB.UTF-8"_s);

        // The clinic server, not this computer's library: it does not answer here.
        const Test::CliRun list = Test::runCli({u"list"_s}, env);
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.err.contains(u"127.0.0.1"_s), qPrintable(list.err));
        QVERIFY(!QFileInfo::exists(home + u"/data/careleaf/library.sqlite"_s));

        const QString library = m_dir.filePath(u"it-preset.sqlite"_s);
        QCOMPARE(Test::runCli({u"--db"_s, library, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}, env).exitCode, 0);
        const QString pdf = m_dir.filePath(u"it-preset.pdf"_s);
        const Test::CliRun handout = Test::runCli({u"--db"_s, library, u"handout"_s, u"--out"_s, pdf, u"1"_s}, env);
        QVERIFY2(handout.exitCode == 0, qPrintable(handout.err));
        // US Letter: 612 x 792 points.
        QVERIFY(Test::readFile(pdf).contains("/MediaBox [0 0 612.000000 792.000000]"));
        const QString patient = m_dir.filePath(u"it-patient.pdf"_s);
        QCOMPARE(Test::runCli(
                     {u"--db"_s, library, u"handout"_s, u"--preset"_s, u"patient"_s, u"--out"_s, patient, u"1"_s}, env)
                     .exitCode,
                 0);
        const Test::CliRun log = Test::runCli({u"--db"_s, library, u"log"_s, u"--csv"_s}, env);
        const QStringList rows = log.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(1).contains(u",full,1,pdf,"_s) || rows.at(2).contains(u",full,1,pdf,"_s), qPrintable(log.out));
        QVERIFY2(rows.at(1).contains(u",patient,1,pdf,"_s) || rows.at(2).contains(u",patient,1,pdf,"_s),
                 qPrintable(log.out));
    }

    // A library setting that means neither this computer's file nor a server (a typing mistake in
    // IT's file) is said, naming the setting, its value and its file: never this computer's
    // library in its place, where the clinic's handouts would be logged unseen. "[locked]" and
    // "Server" as a hand may write them are understood.
    void shouldRefuseALibrarySettingThatMeansNeither_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("named"); // the setting named, or empty when the server is meant
        const QByteArray server = "host=127.0.0.1\nport=1\ndatabase=careleaf\n";
        QTest::addRow("a kind misspelt") << "[library]\nkind=sever\n" + server << u"library/kind"_s;
        QTest::addRow("a kind of another word") << "[library]\nkind=postgres\n" + server << u"library/kind"_s;
        QTest::addRow("a port out of range")
            << QByteArray("[library]\nkind=server\nhost=db\nport=99999\n") << u"library/port"_s;
        QTest::addRow("a port that is no number")
            << QByteArray("[library]\nkind=server\nhost=db\nport=5432x\n") << u"library/port"_s;
        QTest::addRow("a host with spaces")
            << QByteArray("[library]\nkind=server\nhost=db clinic lan\n") << u"library/host"_s;
        QTest::addRow("a host with its port")
            << QByteArray("[library]\nkind=server\nhost=db.clinic:5433\n") << u"library/host"_s;
        QTest::addRow("a host with a scheme")
            << QByteArray("[library]\nkind=server\nhost=http://db\n") << u"library/host"_s;
        // A password tried where none belongs: named as the host's fault, never shown.
        QTest::addRow("a password in the host")
            << QByteArray("[library]\nkind=server\nhost=db.clinic password=Sekr3tPassw0rd\n") << u"library/host"_s;
        // More than a name where a name goes: named, its value (a password?) never shown.
        QTest::addRow("a password in the database")
            << QByteArray("[library]\nkind=server\nhost=db\ndatabase=careleaf password=Sekr3tPassw0rd\n")
            << u"library/database"_s;
        QTest::addRow("a password in the user")
            << QByteArray("[library]\nkind=server\nhost=db\nuser=bob password=Sekr3tPassw0rd\n") << u"library/user"_s;
        QTest::addRow("a user with its password")
            << QByteArray("[library]\nkind=server\nhost=db\nuser=bob:Sekr3tPassw0rd\n") << u"library/user"_s;
        QTest::addRow("a password of its own") << "[library]\nkind=server\n" + server + "password=Sekr3tPassw0rd\n"
                                               << u"line 6: Careleaf never reads a password"_s;
        QTest::addRow("an empty kind") << "[library]\nkind=\n" + server << u"library/kind"_s;
        // Lines that are no setting where the library may be set: the library IT meant is unknown.
        QTest::addRow("a line without its =") << "[library]\nkind server\n" + server << u"line 2"_s;
        QTest::addRow("a group without its bracket") << "[library\nkind=server\n" + server << u"line 1"_s;
        QTest::addRow("a setting Careleaf does not have") << "[library]\nkind=server\n" + server + "hots=db2\n"
                                                          << u"library/hots"_s;
        QTest::addRow("a lock of no setting") << "[library]\nkind=server\n" + server + "[locked]\nsettings=libary\n"
                                              << u"libary"_s;
        // After a ';', as freedesktop.org's lists go on: it was passed over without a word.
        QTest::addRow("a lock of no setting after a ';'")
            << "[library]\nkind=server\n" + server + "[locked]\nsettings=letterhead;libary\n"
            << u"libary"_s;
        QTest::addRow("a lock of no setting after the second ';'")
            << "[library]\nkind=server\n" + server + "[locked]\nsettings=letterhead;handout;libary ; IT\n"
            << u"libary"_s;
        QTest::addRow("a password after the host")
            << QByteArray("[library]\nkind=server\nhost=db.clinic Sekr3tPassw0rd\n") << u"library/host"_s;
        QTest::addRow("a misspelt library group") << "[libary]\nkind=server\n" + server << u"libary/kind"_s;
        QTest::addRow("an unclosed quotation mark")
            << "[letterhead]\nclinicName=\"Riverside\n[library]\nkind=server\n" + server
            << u"line 2: a quotation mark"_s;
        QTest::addRow("a password in a group's name")
            << "[library password=Sekr3tPassw0rd]\nkind=server\n" + server << u"line 1: a group's name holds a value"_s;
        QTest::addRow("locked in capitals") << "[library]\nkind=server\n" + server + "[LOCKED]\nSETTINGS=library\n"
                                            << QString();
        QTest::addRow("Server, capitalised") << "[library]\nkind=Server\n" + server << QString();
        QTest::addRow("locked in lower case") << "[library]\nkind=server\n" + server + "[locked]\nsettings=library\n"
                                              << QString();
    }

    void shouldRefuseALibrarySettingThatMeansNeither()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, named);
        writeSystemFile(file);
        const QString home = m_dir.filePath(u"home-typo-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QProcessEnvironment env = withITsFile(home);
        if (QString::fromLatin1(file).contains(u"[locked]"_s, Qt::CaseInsensitive)) {
            // The user's own choice of this computer's library is overridden by IT's lock.
            QVERIFY(QDir().mkpath(home + u"/config/Careleaf"_s));
            QFile user(home + u"/config/Careleaf/Careleaf.conf"_s);
            QVERIFY(user.open(QIODevice::WriteOnly));
            user.write("[library]\nkind=file\n");
        }
        for (const QStringList &args : {QStringList{u"list"_s}, QStringList{u"recover"_s, u"--fresh"_s}}) {
            const Test::CliRun r = Test::runCli(args, env);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(!r.err.contains(u"Sekr3tPassw0rd"_s), qPrintable(r.err));
            if (named.isEmpty()) {
                QVERIFY2(r.err.contains(u"127.0.0.1:1"_s), qPrintable(r.err)); // the server, which is not there
            } else {
                QVERIFY2(r.err.contains(named) && r.err.contains(m_system) &&
                             r.err.contains(u"ask IT"_s, Qt::CaseInsensitive),
                         qPrintable(r.err));
            }
        }
        QVERIFY(!QFileInfo::exists(home + u"/data/careleaf/library.sqlite"_s));
    }

    // A file as QSettings reads it, none of it a mistake: a byte-order mark, comments after a ';' and
    // on '#' lines, a quoted value, a lock list that goes on over a line ending in a backslash.
    void shouldReadITsFileAsQSettingsDoes()
    {
        writeSystemFile("\xEF\xBB\xBF# Careleaf for the clinic\n[letterhead]\nclinicName=\"Riverside Clinic; Family\"\n"
                        "[handout] ; paper and preset\npaper=\"Letter\" ; as in the US\n[Locked]\n"
                        "settings=handout/paper, \\\n letterhead ; IT\n");
        Settings settings;
        QVERIFY2(settings.systemFileWarnings().isEmpty(), qPrintable(settings.systemFileWarnings().join(u'\n')));
        QString problem;
        QVERIFY(settings.libraryLocation(&problem).isEmpty());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(settings.text(Settings::Key::PaperSize), u"Letter"_s);
        QCOMPARE(settings.text(Settings::Key::ClinicName), u"Riverside Clinic; Family"_s);
        QVERIFY(settings.isLocked(Settings::Key::PaperSize));
        QVERIFY(settings.isLocked(Settings::Key::ClinicName));
    }

    // IT's file that cannot be read: its defaults, its locks and its library are unknown. A link
    // to nothing (a share not mounted) or to itself was taken for no file at all: the computer's
    // own library opened, IT's locks gone. A named pipe made every command wait for ever.
    void shouldRefuseTheLibraryWhileITsFileCannotBeRead_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("why");
        QTest::addRow("a folder of that name") << u"folder"_s << u"it is a folder"_s;
        QTest::addRow("a link to nothing") << u"link"_s << u"it is a link to nothing"_s;
        QTest::addRow("a link to itself") << u"loop"_s << u"it is a link to nothing"_s;
        QTest::addRow("a named pipe") << u"pipe"_s << u"it is not a regular file"_s;
    }

    void shouldRefuseTheLibraryWhileITsFileCannotBeRead()
    {
        QFETCH(QString, kind);
        QFETCH(QString, why);
        const QString file = m_system + u"/Careleaf/Careleaf.conf"_s;
        QVERIFY(QDir().mkpath(m_system + u"/Careleaf"_s));
        if (kind == u"folder"_s)
            QVERIFY(QDir().mkpath(file));
        else if (kind == u"link"_s)
            QVERIFY(QFile::link(m_system + u"/share/Careleaf.conf"_s, file));
        else if (kind == u"loop"_s)
            QVERIFY(QFile::link(file, file));
        else
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        const auto removed = qScopeGuard([&file] {
            if (!QFile::remove(file))
                QDir(file).removeRecursively();
        });
        const QString home = m_dir.filePath(u"home-unread-conf-"_s + kind);
        QProcessEnvironment env = withITsFile(home);
        const Test::CliRun r = Test::runCli({u"list"_s}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(file + u" cannot be read ("_s) && r.err.contains(why), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(home + u"/data/careleaf/library.sqlite"_s));
    }

    // Mistakes that leave the library known are ignored, and said by every command and the window.
    void shouldSayWhatItIgnoresInITsFile_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("said");
        QTest::addRow("a paper Careleaf has not")
            << QByteArray("[handout]\npaper=A5\n") << u"line 2: handout/paper is \u201cA5\u201d"_s;
        QTest::addRow("a setting misspelt") << QByteArray("[letterhead]\nclinicNmae=Riverside Clinic\n")
                                            << u"line 2: Careleaf has no setting letterhead/clinicNmae"_s;
        QTest::addRow("a group misspelt") << QByteArray("[letterheed]\nclinicName=Riverside Clinic\n")
                                          << u"line 1: Careleaf has no group [letterheed]"_s;
        QTest::addRow("a line that is no setting")
            << QByteArray("[handout]\npaper letter\n") << u"line 2: this line is neither a setting"_s;
        QTest::addRow("after a byte-order mark, behind a comment")
            << QByteArray("\xEF\xBB\xBF[handout]\npaper=A5 ; for the small printer\n")
            << u"line 2: handout/paper is \u201cA5\u201d"_s;
        // Printed without a word before: the section it does not know left out in silence, and an
        // empty preset blamed on the procedure ("has none of the sections chosen ()").
        QTest::addRow("a preset's section misspelt")
            << QByteArray("[handout/presets]\nMine=summary, bogus, risks\n")
            << u"line 2: the preset \u201cMine\u201d names \u201cbogus\u201d, which is no section"_s;
        QTest::addRow("a preset of no section")
            << QByteArray("[handout/presets]\nMine=\n") << u"line 2: the preset \u201cMine\u201d names no section"_s;
        // Said to print without it, then offered, and every handout of it failed ("has none of
        // the sections chosen (bogus)").
        QTest::addRow("a preset of no section Careleaf has")
            << QByteArray("[handout/presets]\nMine=bogus, risk\n")
            << u"line 2: the preset \u201cMine\u201d names no section Careleaf has (bogus, risk; sections are: "_s;
        QTest::addRow("a language Careleaf does not speak")
            << QByteArray("[view]\nlanguage=xx\n") << u"line 2: view/language is \u201cxx\u201d"_s;
    }

    void shouldSayWhatItIgnoresInITsFile()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, said);
        writeSystemFile(file);
        QCOMPARE(Settings().systemFileWarnings(SectionKeys::canonicalKeys()).size(), 1);
        const QString home = m_dir.filePath(u"home-ignored-"_s + QString::fromLatin1(QTest::currentDataTag()));
        QProcessEnvironment env = withITsFile(home);
        const Test::CliRun r = Test::runCli({u"list"_s}, env);
        QCOMPARE(r.exitCode, 0); // this computer's library, as IT's file says
        QVERIFY2(r.err.contains(m_system + u"/Careleaf/Careleaf.conf: "_s + said), qPrintable(r.err));
        QVERIFY(!r.out.isEmpty());
    }

    // IT's default preset starts the console's handouts, locked or not; a preset that is none is said.
    void shouldStartTheConsolesHandoutWithITsPreset_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("logged");
        QTest::addColumn<bool>("warned");
        QTest::addRow("unlocked") << QByteArray("[handout]\ndefaultPreset=before\n") << u"before"_s << false;
        QTest::addRow("locked") << QByteArray("[handout]\ndefaultPreset=after\n[Locked]\nsettings=handout\n")
                                << u"after"_s << false;
        QTest::addRow("IT's own") << QByteArray("[handout]\ndefaultPreset=user:Clinic\n[handout/presets]\n"
                                                "Clinic=summary, preparation\n")
                                  << u"user:Clinic"_s << false;
        QTest::addRow("no preset") << QByteArray("[handout]\ndefaultPreset=bogus\n") << u"patient"_s << true;
        // An empty one is none: every handout failed, "1 (…) has none of the sections chosen ()".
        QTest::addRow("IT's own, empty") << QByteArray(
                                                "[handout]\ndefaultPreset=user:Clinic\n[handout/presets]\nClinic=\n")
                                         << u"patient"_s << false;
        // So is one of no section Careleaf has ("has none of the sections chosen (bogus)").
        QTest::addRow("IT's own, of no section Careleaf has")
            << QByteArray("[handout]\ndefaultPreset=user:Clinic\n[handout/presets]\nClinic=bogus\n") << u"patient"_s
            << false;
    }

    void shouldStartTheConsolesHandoutWithITsPreset()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, logged);
        QFETCH(bool, warned);
        writeSystemFile(file);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QProcessEnvironment env = withITsFile(m_dir.filePath(u"home-preset-"_s + tag));
        const QString library = m_dir.filePath(u"preset-"_s + tag + u".sqlite"_s);
        QCOMPARE(Test::runCli({u"--db"_s, library, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}, env).exitCode, 0);
        const Test::CliRun handout = Test::runCli(
            {u"--db"_s, library, u"handout"_s, u"--out"_s, m_dir.filePath(u"preset-"_s + tag + u".pdf"_s), u"1"_s},
            env);
        QVERIFY2(handout.exitCode == 0, qPrintable(handout.err));
        QCOMPARE(handout.err.contains(u"handout/defaultPreset is \u201cbogus\u201d"_s), warned);
        const Test::CliRun log = Test::runCli({u"--db"_s, library, u"log"_s, u"--csv"_s}, env);
        QVERIFY2(log.out.contains(u","_s + logged + u",1,pdf,"_s), qPrintable(log.out));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
