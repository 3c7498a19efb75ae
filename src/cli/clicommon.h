// What the console's commands share: their one translation context, the option parser, the
// library they work on (Context), and the output helpers. Internal to careleaf_cli.
#pragma once

#include "cli.h"
#include "libraryfile.h"
#include "librarystore.h"
#include "samplelibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <optional>

namespace Careleaf::Cli {

using namespace Qt::StringLiterals;

// The console's strings are in one context, "Careleaf::Cli", in the .ts and at run time.
[[nodiscard]] QString tr(const char *s, const char *disambiguation = nullptr, int n = -1);

// Options of one command: which take a value, which are flags. Everything else is positional;
// "--" ends the options. Options are long ones only, so a word with one dash is a word: the
// query `careleaf-cli search chemo -nausea` excludes nausea (QCommandLineParser, which the window
// uses, would refuse -nausea as an unknown option, breaking the console contract). Every command begins alike (its
// options parsed, its positional arguments counted, then the library opened), written out in each so that a command's
// file reads as its usage line does.
struct Parsed
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error;
};

[[nodiscard]] Parsed parseArgs(const QStringList &args, const QStringList &valueOptions,
                               const QStringList &flagOptions);

// While it exists, SIGINT and SIGTERM are noted instead of ending the process at once, so a long
// command can stop between two steps and report what it did.
class StopSignals
{
public:
    StopSignals()
    {
        s_signal = 0;
        m_int = std::signal(SIGINT, &StopSignals::note);
        m_term = std::signal(SIGTERM, &StopSignals::note);
    }
    ~StopSignals()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    Q_DISABLE_COPY_MOVE(StopSignals)
    [[nodiscard]] int signal() const { return s_signal; }
    // The signal noted, as people know it ("Ctrl+C (SIGINT)"), and the exit status a shell gives
    // a process it ended (130, 143).
    [[nodiscard]] QString name() const { return s_signal == SIGINT ? u"Ctrl+C (SIGINT)"_s : u"SIGTERM"_s; }
    [[nodiscard]] int exitCode() const { return 128 + s_signal; }

private:
    static void note(int signal) { s_signal = signal; }
    static inline volatile std::sig_atomic_t s_signal = 0;
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

[[nodiscard]] QJsonDocument::JsonFormat jsonFormat();
void printJson(QTextStream &out, const QJsonValue &v);
// "SYSTEM<TAB>CODE", a "-" for what the document does not give.
[[nodiscard]] QString codeColumn(const QString &system, const QString &code);
// text as one line a terminal shows as it is: control characters (a newline, an escape
// sequence) written "\x0A", "\x1B", and direction overrides "[U+202E]". For what comes from
// outside (a file's name, a table's line) on a "<path>: <reason>" line.
[[nodiscard]] QString printable(const QString &text);
// A search hit's snippet without its highlight markers.
[[nodiscard]] QString plainSnippet(QString s);

struct Context
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::Cli) // the console's one context, in the .ts and at run time

public:
    QTextStream &out;
    QTextStream &err;
    QString location;
    std::unique_ptr<LibraryStore> store;
    // Why the settings name no library (Settings::libraryLocation), when location came from them.
    QString settingsProblem;

    // False, having said why, when the library the settings name cannot be known: never this
    // computer's library in its place.
    bool settingsNameALibrary()
    {
        if (settingsProblem.isEmpty())
            return true;
        err << "careleaf-cli: " << settingsProblem << Qt::endl;
        return false;
    }

    bool openStore()
    {
        if (!settingsNameALibrary())
            return false;
        LibraryStore::OpenResult r = openLibrary(location);
        if (!r.store) {
            err << "careleaf-cli: " << r.error << Qt::endl;
            printWaysOut(r.problem);
            return false;
        }
        store = std::move(r.store);
        return true;
    }

    [[nodiscard]] QString path() const { return location.isEmpty() ? LibraryFile::defaultLocation() : location; }

    // What staff can do about a library that does not open.
    void printWaysOut(LibraryStore::Problem problem)
    {
        using P = LibraryStore::Problem;
        if (problem == P::None || problem == P::Unreadable || problem == P::ReadOnly || problem == P::NoSpace)
            return;
        if (problem == P::NotAFile) {
            // Nothing to move aside or replace: it is not a library file at all.
            err << tr("Ways out:") << Qt::endl;
            err << "  " << tr("open a library file: careleaf-cli --db FILE.sqlite ...") << Qt::endl;
            return;
        }
        if (LibraryAddress::isServer(path())) {
            // Nothing on this computer to recover: the server is IT's.
            err << tr("Ways out:") << Qt::endl;
            err << "  " << tr("check the address, the user and ~/.pgpass, and that the server is running") << Qt::endl;
            err << "  " << tr("work on this computer's library meanwhile: careleaf-cli --db FILE.sqlite ...")
                << Qt::endl;
            return;
        }
        const QString db = location.isEmpty() ? QString() : u"--db \"%1\" "_s.arg(location);
        err << tr("Ways out:") << Qt::endl;
        err << "  " << tr("open another library: careleaf-cli --db OTHER.sqlite ...") << Qt::endl;
        if (const QStringList backups = LibraryFile::backups(path()); !backups.isEmpty())
            err << "  "
                << tr("restore the backup taken before the last upgrade (%1, %2): careleaf-cli %3recover --backup")
                       .arg(backups.first(), QFileInfo(backups.first()).lastModified().toString(Qt::ISODate), db)
                << Qt::endl;
        err << "  " << tr("start a fresh library, keeping this file aside: careleaf-cli %1recover --fresh").arg(db)
            << Qt::endl;
    }

    // "ok: N procedures, library format F" on stdout, for check and recover.
    int reportOk()
    {
        out << tr("ok: %1 procedures, library format %2").arg(store->count()).arg(store->connection().schemaVersion())
            << Qt::endl;
        return Ok;
    }

    int usage(const QString &message)
    {
        err << "careleaf-cli: " << message << Qt::endl << tr("Try 'careleaf-cli --help'.") << Qt::endl;
        return UsageOrDatabase;
    }

    // One procedure for KEY, or an error printed and nullopt, with *failure the exit status: Problems
    // when KEY finds none or several, UsageOrDatabase when the library cannot be read (a damaged
    // one is not taken for a KEY it has no procedure for). A procedure written in several
    // languages is one: language (a BCP 47 code) chooses its version, English otherwise, or the
    // first imported.
    std::optional<Procedure> resolveOne(const QString &key, const QString &language, int *failure);
    // --language's value as a known BCP 47 code, in the tables' spelling ("ES" -> "es"); empty
    // when not given. False, with the usage error printed, when Careleaf has no table for it.
    [[nodiscard]] bool languageOption(const Parsed &p, QString *code);
    // Why text given for what (an option, "the query") cannot be printed or searched as typed: it
    // is not UTF-8, or holds a control character (a line break or a tab only where lines may be);
    // empty when it can.
    [[nodiscard]] static QString textProblem(const QString &what, const QString &text, bool lines = false);
};

// The commands, one file each under commands/; args are what follows the command's name.
[[nodiscard]] int cmdImport(Context &c, const QStringList &args);
[[nodiscard]] int cmdList(Context &c, const QStringList &args);
[[nodiscard]] int cmdSearch(Context &c, const QStringList &args);
[[nodiscard]] int cmdShow(Context &c, const QStringList &args);
[[nodiscard]] int cmdHandout(Context &c, const QStringList &args);
[[nodiscard]] int cmdLog(Context &c, const QStringList &args);
[[nodiscard]] int cmdCheck(Context &c, const QStringList &args);
[[nodiscard]] int cmdRecover(Context &c, const QStringList &args);
[[nodiscard]] int cmdCopy(Context &c, const QStringList &args);
[[nodiscard]] int cmdAdmin(Context &c, const QStringList &args);

} // namespace Careleaf::Cli
