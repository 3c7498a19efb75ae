// careleaf: the desktop app. Opens the default library (created with the bundled sample
// library on first start) or the one named with --db / CARELEAF_DB.
#include "filenames.h"
#include "libraryfile.h"
#include "libraryproblemdialog.h"
#include "librarystore.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "samplelibrary.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStatusBar>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The command line, described once for --help and read once for --db. The description strings
// are translated, so the parser is made once an application (and its translator) exists.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate(
                              "main", "Open the library at LOCATION: a SQLite file (a new file starts empty) or the "
                                      "clinic server (postgresql://USER@HOST[:PORT]/DBNAME or service=NAME; the "
                                      "password comes from ~/.pgpass). Default: $CARELEAF_DB, then Preferences > "
                                      "Library, otherwise %1.")
                              .arg(Careleaf::LibraryFile::defaultLocation()),
                          QStringLiteral("LOCATION")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Patient-education procedures for clinic staff: search, read, print."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(db);
    }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Careleaf"));
    QCoreApplication::setApplicationName(QStringLiteral("Careleaf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARELEAF_VERSION));
}

// --help, --version and a wrong option answer without a display: over SSH, in a package's
// tests, in a terminal where no desktop runs (a window cannot even start there, and would
// abort before saying what was wrong with the command line). Only this program's own options
// are judged here: Qt's (-platform, -style, -session a session manager passes...) are Qt's.
QStringList withoutQtOptions(const QStringList &arguments);

bool answersWithoutAWindow(int argc, char *argv[])
{
    // A word that is no option, nor a Qt option's value: refused (refusedArguments()).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QStringList own = withoutQtOptions(arguments);
    for (qsizetype i = 1; i < own.size(); ++i) {
        if (own.at(i) == u"--db"_s)
            ++i;
        else if (own.at(i) == u"--"_s) {
            if (i + 1 < own.size())
                return true;
            break;
        } else if (!own.at(i).startsWith(u'-'))
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
        if (a == "--")
            break;
        if (a == "--db") {
            if (++i >= argc || argv[i][0] == '\0')
                return true; // its value is missing
        } else if (a == "--db=") {
            return true; // its value is empty
        } else if (a.startsWith("--") && !a.startsWith("--db=")) {
            return true; // not an option of this program
        }
    }
    return false;
}

// What the command line holds that the console refuses too: an empty --db (a script's variable
// unset) opened this computer's library in place of the one meant, and a word that is no option
// was taken for nothing. Empty when it holds neither.
QString refusedArguments(const QCommandLineParser &parser, const QCommandLineOption &db)
{
    if (parser.isSet(db) && parser.value(db).isEmpty())
        return QCoreApplication::translate("Careleaf::Cli", "option --db needs a library file or a server's address");
    if (!parser.positionalArguments().isEmpty())
        return QCoreApplication::translate("Careleaf::Cli",
                                           "unknown argument \u201c%1\u201d: a library is given with --db")
            .arg(parser.positionalArguments().first());
    return {};
}

// The arguments without Qt's own options (-platform offscreen, -style Fusion, -reverse), which
// QApplication takes out of argv and a QCoreApplication leaves for this program's parser, which
// would refuse them. Every single-dash option longer than -h, -v and -? is Qt's, but the value
// of --db, whatever it starts with.
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList withValue{u"-platform"_s,
                                       u"-platformpluginpath"_s,
                                       u"-platformtheme"_s,
                                       u"-plugin"_s,
                                       u"-qwindowgeometry"_s,
                                       u"-geometry"_s,
                                       u"-qwindowtitle"_s,
                                       u"-title"_s,
                                       u"-qwindowicon"_s,
                                       u"-icon"_s,
                                       u"-display"_s,
                                       u"-style"_s,
                                       u"-stylesheet"_s,
                                       u"-session"_s,
                                       u"-name"_s};
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (i > 0 && a == u"--"_s) {
            out += arguments.mid(i);
            break;
        }
        if (a == u"--db"_s && i + 1 < arguments.size()) { // its value, whatever it starts with
            out << a << arguments.at(++i);
            continue;
        }
        if (i > 0 && a.size() > 2 && a.startsWith(u'-') && !a.startsWith(u"--"_s)) {
            if (withValue.contains(a))
                ++i;
            continue;
        }
        out << a;
    }
    return out;
}

} // namespace

// Whether a window can be opened at all: on Linux and the like, a display (X11 or Wayland), or a
// platform named for Qt (QT_QPA_PLATFORM, -platform).
static bool hasADesktop(int argc, char *argv[])
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true; // a desktop of its own, no display to name
#endif
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) must fail the write that reaches it, which the store reports
    // as a full disk, instead of killing the process halfway through.
    std::signal(SIGXFSZ, SIG_IGN);
    if (answersWithoutAWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Careleaf::installTranslations();
        CommandLine commandLine;
        // Prints (help, the version, or what is wrong) and exits.
        commandLine.parser.process(withoutQtOptions(QCoreApplication::arguments()));
        if (const QString refused = refusedArguments(commandLine.parser, commandLine.db); !refused.isEmpty()) {
            std::fputs(qPrintable(u"careleaf: "_s + refused + u'\n'), stderr);
            return 2;
        }
        return 0;
    }
    if (!hasADesktop(argc, argv)) {
        // Qt would abort ("Reinstalling the application may fix this problem"), exit 134.
        QCoreApplication app(argc, argv);
        describeApplication();
        Careleaf::installTranslations();
        std::fputs(
            qPrintable(u"careleaf: "_s +
                       QCoreApplication::translate(
                           "main", "there is no desktop to open a window on (neither DISPLAY nor WAYLAND_DISPLAY "
                                   "is set): start Careleaf in a desktop session, or use careleaf-cli here") +
                       u'\n'),
            stderr);
        return 2;
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Careleaf"));
    QApplication::setDesktopFileName(QStringLiteral("org.careleaf.Careleaf"));
    // The language chosen in Preferences, else the system's (right to left where it is written so).
    Careleaf::installTranslations(Careleaf::Settings().text(Careleaf::Settings::Key::Language));

    CommandLine commandLine;
    commandLine.parser.process(app);
    if (const QString refused = refusedArguments(commandLine.parser, commandLine.db); !refused.isEmpty()) {
        std::fputs(qPrintable(u"careleaf: "_s + refused + u'\n'), stderr);
        return 2;
    }

    // The library's name as its bytes (FileNames): Qt decodes a name that is not UTF-8 into another
    // name, which would open another, new library; the store refuses such a name, naming it.
    QString location = commandLine.parser.value(commandLine.db);
    for (int i = 1; i < argc && commandLine.parser.isSet(commandLine.db); ++i) {
        if (qstrcmp(argv[i], "--db") == 0 && i + 1 < argc)
            location = Careleaf::FileNames::decode(argv[++i]);
        else if (qstrncmp(argv[i], "--db=", 5) == 0)
            location = Careleaf::FileNames::decode(argv[i] + 5);
    }
    if (location.isEmpty())
        location = Careleaf::FileNames::decode(qgetenv("CARELEAF_DB"));
    QString settingsProblem;
    if (location.isEmpty())
        location = Careleaf::PreferencesDialog::savedLibraryLocation(&settingsProblem); // Preferences > Library
    Careleaf::LibraryStore::OpenResult opened;
    if (settingsProblem.isEmpty()) {
        opened = Careleaf::openLibrary(location);
    } else {
        // Never this computer's library in place of the one IT meant: said, with another to open.
        opened.error = settingsProblem;
        opened.problem = Careleaf::LibraryStore::Problem::Unreadable;
    }
    QString note;
    if (!opened.store) {
        // Damaged, foreign, newer, read-only...: say so and offer the ways out.
        Careleaf::LibraryProblemDialog problem(location.isEmpty() ? Careleaf::LibraryFile::defaultLocation() : location,
                                               opened);
        if (problem.exec() != QDialog::Accepted)
            return 1;
        opened.store = problem.takeStore();
        note = problem.note();
    }

    Careleaf::MainWindow window(std::move(opened.store));
    window.show();
    if (const QString problems = Careleaf::MainWindow::settingsProblems(); !problems.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral("  ")) + problems;
    if (!note.isEmpty())
        window.statusBar()->showMessage(note, 20000);
    return QApplication::exec();
}
