// The app on a clinic server: what a read-only workstation sees, and the banner, the readable
// and printable procedure, and the reconnection when the server goes away and comes back.
#include "detailpane.h"
#include "educationlogdialog.h"
#include "emptyviewnote.h"
#include "handoutdialog.h"
#include "importer.h"
#include "librarycopy.h"
#include "libraryfile.h"
#include "libraryproblemdialog.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "procedurelistmodel.h"
#include "serveradmin.h"
#include "testsupport.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestServerWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};

    static std::unique_ptr<MainWindow> windowOn(const QString &location)
    {
        LibraryStore::OpenResult r = LibraryStore::open(location);
        if (!r.store) {
            qWarning("%s", qPrintable(r.error));
            return nullptr;
        }
        auto w = std::make_unique<MainWindow>(std::move(r.store));
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("window not exposed");
        return w;
    }

    static void search(MainWindow &w, const QString &text)
    {
        auto *field = w.findChild<QLineEdit *>(u"searchField"_s);
        field->setFocus();
        field->clear();
        QTest::keyClicks(field, text);
        QTRY_VERIFY(!w.model()->isSearching());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations();
    }

    void init()
    {
        if (!qEnvironmentVariable("CARELEAF_TEST_PG").isEmpty())
            return;
        const QString why = u"no PostgreSQL test server here: CARELEAF_TEST_PG is not set (scripts/test starts one)"_s;
        CARELEAF_SKIP_OR_FAIL(why);
    }

    // The workstation role sees import disabled and why; the editor role does not.
    void shouldDisableImportForTheWorkstationRole()
    {
        CARELEAF_NEW_LIBRARY(owner, u"postgresql"_s, u"gui_roles"_s);
        ServerAdmin::Roles roles;
        roles.editor = u"g%1_editor"_s.arg(QCoreApplication::applicationPid());
        roles.workstation = u"g%1_workstation"_s.arg(QCoreApplication::applicationPid());
        {
            LibraryStore::OpenResult admin = LibraryStore::open(owner);
            QVERIFY2(admin.store, qPrintable(admin.error));
            QCOMPARE(Importer::importPaths(*admin.store, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
            QString error;
            (void)ServerAdmin::initServer(*admin.store, roles, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QString password =
            QString::fromLatin1(Test::readFile(qEnvironmentVariable("CARELEAF_TEST_PG_DIR") + u"/password"_s))
                .trimmed();
        for (const QString &role : {roles.editor, roles.workstation})
            QCOMPARE(Test::serverExec({u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(role, password)}), QString());
        QUrl url(owner);

        url.setUserName(roles.workstation);
        auto workstation = windowOn(url.toString());
        QVERIFY(workstation);
        auto *import = workstation->findChild<QAction *>(u"actionImportDocuments"_s);
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->toolTip().contains(u"read-only"_s), qPrintable(import->toolTip()));
        QVERIFY(!workstation->findChild<QAction *>(u"actionImportFolder"_s)->isEnabled());
        const QString label = workstation->findChild<QLabel *>(u"libraryLabel"_s)->text();
        QVERIFY2(label.contains(u"Clinic library"_s) && label.contains(u"read-only"_s), qPrintable(label));
        search(*workstation, u"magnesium"_s);
        QVERIFY(workstation->model()->rowCount() > 0);
        workstation.reset();

        url.setUserName(roles.editor);
        auto editor = windowOn(url.toString());
        QVERIFY(editor);
        QVERIFY(editor->findChild<QAction *>(u"actionImportDocuments"_s)->isEnabled());
        QVERIFY(!editor->findChild<QLabel *>(u"libraryLabel"_s)->text().contains(u"read-only"_s));
    }

    // Preferences > Library: the clinic server by host, port, database and user, password from
    // PGPASSFILE; the window switches at once, and nothing secret lands in the settings.
    void shouldSwitchLibraryFromPreferences()
    {
        CARELEAF_NEW_LIBRARY(server, u"postgresql"_s, u"gui_prefs"_s);
        {
            LibraryStore::OpenResult r = LibraryStore::open(server);
            QVERIFY2(r.store, qPrintable(r.error));
            QCOMPARE(Importer::importPaths(*r.store, {Test::dataPath(u"with_code_inline.txt"_s)}).imported, 1);
        }
        const QUrl url(server);
        auto w = windowOn(m_dir.filePath(u"local.sqlite"_s));
        QVERIFY(w);
        const auto choose = [&](bool clinic) {
            QTimer::singleShot(0, this, [&, clinic] {
                auto *dialog = w->findChild<PreferencesDialog *>(u"preferencesDialog"_s);
                QVERIFY(dialog);
                if (clinic) {
                    dialog->findChild<QRadioButton *>(u"libraryServer"_s)->setChecked(true);
                    dialog->findChild<QLineEdit *>(u"serverHost"_s)->setText(url.host());
                    dialog->findChild<QSpinBox *>(u"serverPort"_s)->setValue(url.port());
                    dialog->findChild<QLineEdit *>(u"serverDatabase"_s)->setText(url.path().mid(1));
                    dialog->findChild<QLineEdit *>(u"serverUser"_s)->setText(url.userName());
                    dialog->findChild<QPushButton *>(u"testConnection"_s)->click();
                    const QString result = dialog->findChild<QLabel *>(u"testResult"_s)->text();
                    QVERIFY2(result.contains(u"Connected"_s), qPrintable(result));
                } else {
                    dialog->findChild<QRadioButton *>(u"libraryLocal"_s)->setChecked(true);
                }
                dialog->accept();
            });
            w->findChild<QAction *>(u"actionPreferences"_s)->trigger();
        };
        choose(true);
        QVERIFY(w->store()->connection().isServer());
        const QString label = w->findChild<QLabel *>(u"libraryLabel"_s)->text();
        QVERIFY2(label.contains(u"Clinic library"_s) && label.contains(url.path().mid(1)), qPrintable(label));
        search(*w, u"96413"_s);
        QTRY_COMPARE(w->model()->rowCount(), 1);
        const QString password =
            QString::fromLatin1(Test::readFile(qEnvironmentVariable("CARELEAF_TEST_PG_DIR") + u"/password"_s))
                .trimmed();
        QSettings settings(u"Careleaf"_s, u"Careleaf"_s);
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(password), qPrintable(key));
        QCOMPARE(PreferencesDialog::savedLibraryLocation(),
                 LibraryAddress::serverUrl(url.host(), url.port(), url.path().mid(1), url.userName()));
        choose(false);
        QVERIFY(!w->store()->connection().isServer());
        QCOMPARE(w->store()->connection().location(), LibraryFile::defaultLocation());
        QVERIFY(PreferencesDialog::savedLibraryLocation().isEmpty());
    }

    // The app starts while the clinic server is away: no repair or fresh start is offered (there
    // is nothing on this computer to repair), it keeps trying, and connects once the server is back.
    void shouldWaitForTheServerAtStart()
    {
        Test::PrivateServer server;
        if (const QString err = server.start(); !err.isEmpty())
            QFAIL(qPrintable(err));
        const QString location = server.url(u"postgres"_s);
        {
            LibraryStore::OpenResult created = LibraryStore::open(location);
            QVERIFY2(created.store, qPrintable(created.error));
        }
        QCOMPARE(server.stop(), QString());
        LibraryStore::OpenResult failed = LibraryStore::open(location);
        QVERIFY(!failed.store);
        QCOMPARE(failed.problem, LibraryStore::Problem::Unreachable);
        QVERIFY2(!failed.error.contains(location), "the password is never shown");
        LibraryProblemDialog dialog(location, failed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(u"restoreBackupButton"_s)->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(u"freshLibraryButton"_s)->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"tryAgainButton"_s)->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"localLibraryButton"_s)->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"problemText"_s)->text().contains(u"tries again"_s));
        QCOMPARE(server.start(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        const std::unique_ptr<LibraryStore> store = dialog.takeStore();
        QVERIFY(store && store->connection().isServer());

        // Or, while it is away, this computer's own library.
        LibraryProblemDialog local(u"postgresql://careleaf@127.0.0.1:1/careleaf"_s, failed);
        local.findChild<QPushButton *>(u"localLibraryButton"_s)->click();
        QCOMPARE(local.result(), int(QDialog::Accepted));
        const std::unique_ptr<LibraryStore> mine = local.takeStore();
        QVERIFY(mine && !mine->connection().isServer());
        QCOMPARE(mine->connection().location(), LibraryFile::defaultLocation());
    }

    // The server stops with a procedure on screen: the banner says so, the procedure stays and
    // prints, the print is logged once the server is back, and the banner goes by itself.
    void shouldKeepWorkingThroughAServerRestart()
    {
        Test::PrivateServer server;
        if (const QString err = server.start(); !err.isEmpty())
            QFAIL(qPrintable(err));
        QCOMPARE(Test::serverExec({}), QString()); // the shared server is fine; this one is ours
        {
            LibraryStore::OpenResult created = LibraryStore::open(server.url(u"postgres"_s));
            QVERIFY2(created.store, qPrintable(created.error));
            QCOMPARE(Importer::importPaths(*created.store, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
        }
        auto w = windowOn(server.url(u"postgres"_s));
        QVERIFY(w);
        QVERIFY(!w->findChild<QLabel *>(u"libraryLabel"_s)->text().contains(u"careleaf:"_s));
        // The address was typed with its password: no window, label, tooltip or box shows it.
        const QString password = QUrl(server.url(u"postgres"_s)).password();
        QVERIFY(password.size() >= 8);
        const auto verifyHidden = [&password](QWidget *window) {
            QVERIFY(!window->windowTitle().contains(password));
            for (QWidget *child : window->findChildren<QWidget *>()) {
                QString text = child->toolTip() + child->accessibleName() + child->statusTip();
                if (auto *label = qobject_cast<QLabel *>(child))
                    text += label->text();
                QVERIFY2(!text.contains(password), qPrintable(child->objectName()));
            }
        };
        verifyHidden(w.get());
        QString about;
        QTimer::singleShot(0, this, [&about] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                about = box->text();
                box->accept();
            }
        });
        w->findChild<QAction *>(u"actionAbout"_s)->trigger();
        QVERIFY(about.contains(u"Careleaf"_s));
        QVERIFY2(!about.contains(password), qPrintable(about));
        search(*w, u"magnesium"_s);
        QTRY_VERIFY(w->model()->rowCount() > 0);
        auto *list = w->findChild<QListView *>(u"resultList"_s);
        list->setCurrentIndex(list->model()->index(0, 0));
        auto *pane = w->findChild<DetailPane *>();
        QTRY_VERIFY(pane->procedure().has_value());
        const QString title = pane->procedure()->title;
        auto *banner = w->findChild<QWidget *>(u"libraryBanner"_s);
        QVERIFY(banner->isHidden());

        QCOMPARE(server.stop(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(w->findChild<QLabel *>(u"libraryBannerText"_s)->text().contains(u"Clinic library unavailable"_s));
        QVERIFY(w->isLibraryUnavailable());
        QVERIFY(!w->findChild<QAction *>(u"actionImportDocuments"_s)->isEnabled());
        // Searching while the server is away keeps the procedure on screen.
        search(*w, u"chemo"_s);
        QCOMPARE(pane->procedure()->title, title);
        // The list says the search was not done, not that nothing matched or that the library
        // has nothing yet (with an import the window offers no more).
        QCOMPARE(w->model()->rowCount(), 0);
        auto *note = w->findChild<EmptyViewNote *>(u"emptyListMessage"_s);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->plainText().startsWith(u"The search could not be done."_s), qPrintable(note->plainText()));
        QVERIFY(w->findChild<QAction *>(u"actionPrint"_s)->isEnabled());

        // A handout while the server is away: written, and logged later.
        w->showHandoutDialog();
        HandoutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<HandoutDialog *>(u"handoutDialog"_s)) != nullptr);
        const QString pdf = m_dir.filePath(u"offline.pdf"_s);
        QCOMPARE(dialog->exportPdf(pdf), QString());
        dialog->close();
        QString error;
        const QString text = Test::pdfText(pdf, &error);
        QVERIFY2(!Test::words(text).isEmpty(), qPrintable(u"no text in the PDF: "_s + error));
        QVERIFY(text.contains(title.split(u' ').first()));
        QCOMPARE(w->store()->log().pendingRows(), 1);

        // The log cannot be read while the server is away: the dialog says so, never an empty
        // log, and exports nothing.
        w->findChild<QAction *>(u"actionEducationLog"_s)->trigger();
        EducationLogDialog *log = nullptr;
        QTRY_VERIFY((log = w->findChild<EducationLogDialog *>(u"educationLogDialog"_s)) != nullptr);
        auto *why = log->findChild<QLabel *>(u"logError"_s);
        QVERIFY(why->isVisible());
        QVERIFY2(why->text().contains(u"cannot be read"_s), qPrintable(why->text()));
        QVERIFY(!log->findChild<QPushButton *>(u"exportCsvButton"_s)->isEnabled());
        const QString csv = m_dir.filePath(u"offline-log.csv"_s);
        QVERIFY(log->exportCsv(csv).startsWith(u"Nothing was exported"_s));
        QVERIFY(!QFile::exists(csv));
        if (const QString dir = qEnvironmentVariable("CARELEAF_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(log->grab().save(dir + u"/careleaf-log-unavailable.png"_s));
        log->close();

        QCOMPARE(server.start(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 15000);
        QVERIFY(!w->isLibraryUnavailable());
        QCOMPARE(w->store()->log().pendingRows(), 0);
        QCOMPARE(w->store()->log().entries().size(), 1);
        QVERIFY(w->findChild<QAction *>(u"actionImportDocuments"_s)->isEnabled());
        search(*w, u"chemo"_s);
        QTRY_VERIFY(w->model()->rowCount() > 0);
        QCOMPARE(pane->procedure()->title, title);
        verifyHidden(w.get());
        // Nor any file Careleaf wrote: settings, the rows that waited, anything in its home.
        w.reset();
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            QVERIFY2(!Test::readFile(file).contains(password.toUtf8()), qPrintable(file));
        }
    }
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
