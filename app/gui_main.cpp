// careleaf: the desktop app. Opens the default library (created with the bundled sample
// library on first start) or the one named with --db / CARELEAF_DB.
#include "libraryproblemdialog.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "samplelibrary.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStatusBar>

#include <csignal>

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) must fail the write that reaches it, which the store reports
    // as a full disk, instead of killing the process halfway through.
    std::signal(SIGXFSZ, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Careleaf"));
    QApplication::setApplicationName(QStringLiteral("Careleaf"));
    QApplication::setApplicationDisplayName(QStringLiteral("Careleaf"));
    QApplication::setApplicationVersion(QStringLiteral(CARELEAF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.careleaf.Careleaf"));
    Careleaf::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Patient-education procedures for clinic staff: search, read, print."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open the library at LOCATION: a SQLite file (a new file starts empty) or "
                                        "the clinic server (postgresql://USER@HOST[:PORT]/DBNAME or "
                                        "service=NAME; the password comes from ~/.pgpass). Default: $CARELEAF_DB, "
                                        "then Preferences > Library, otherwise %1.")
            .arg(Careleaf::LibraryStore::defaultLocation()),
        QStringLiteral("LOCATION"));
    parser.addOption(dbOption);
    parser.process(app);

    QString location = parser.value(dbOption);
    if (location.isEmpty())
        location = qEnvironmentVariable("CARELEAF_DB");
    if (location.isEmpty())
        location = Careleaf::PreferencesDialog::savedLibraryLocation(); // Preferences > Library
    Careleaf::LibraryStore::OpenResult opened = Careleaf::openLibrary(location);
    QString note;
    if (!opened.store) {
        // Damaged, foreign, newer, read-only...: say so and offer the ways out.
        Careleaf::LibraryProblemDialog problem(
            location.isEmpty() ? Careleaf::LibraryStore::defaultLocation() : location, opened);
        if (problem.exec() != QDialog::Accepted)
            return 1;
        opened.store = problem.takeStore();
        note = problem.note();
    }

    Careleaf::MainWindow window(std::move(opened.store));
    window.show();
    if (!note.isEmpty())
        window.statusBar()->showMessage(note, 20000);
    return QApplication::exec();
}
