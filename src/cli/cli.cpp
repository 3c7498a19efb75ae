#include "cli.h"

#include "clicommon.h"
#include "libraryfile.h"
#include "sectionkeys.h"
#include "settings.h"

#include <QDir>

#include <algorithm>

namespace Careleaf::Cli {

QString helpText()
{
    return tr("Usage: careleaf-cli [--db LOCATION] COMMAND [ARGS]\n"
              "\n"
              "Careleaf's console: import procedure documents, search and read the library, write handouts.\n"
              "\n"
              "LOCATION is a SQLite library file, or the clinic's PostgreSQL server:\n"
              "  postgresql://USER@HOST[:PORT]/DBNAME, service=NAME (pg_service.conf), or host=... dbname=...\n"
              "Passwords come from ~/.pgpass or PGPASSFILE, as for psql; never put one on a command line.\n"
              "Default: $CARELEAF_DB if set, then the clinic server chosen in the app's Preferences (or by\n"
              "IT), otherwise the Careleaf app's own library (%1), created with the sample library on\n"
              "first use. A new file given with --db starts empty; a file's name must be UTF-8. A handout\n"
              "starts with the preset IT set (else patient) and the paper the app's settings give.\n"
              "\n"
              "Commands:\n"
              "  import [--language CODE] PATH...\n"
              "                            import files or folders (recursive). Prints\n"
              "                            \"imported N, updated N, unchanged N, rejected N\" and one\n"
              "                            \"<path>: <reason>\" line per rejected file on stderr (and per\n"
              "                            file imported with no section heading recognised, or with a\n"
              "                            code system Careleaf does not know). Each document's language\n"
              "                            is recognised from its headings (a translation that kept English\n"
              "                            ones from its text's script), or is CODE.\n"
              "  list [--json]             every procedure: id, code system, code, title (JSON: languages too)\n"
              "  search [--json] [--limit N] [--language CODE] QUERY...\n"
              "                            best matches first (default limit 20); only those in CODE\n"
              "  show [--json|--text] [--language CODE] KEY\n"
              "                            one procedure; KEY is an id, a code (96417) or SYSTEM:CODE (CPT:96417);\n"
              "                            its version in CODE (default English, else the first imported)\n"
              "  handout [--sections K,K..] [--preset NAME] [--patient NAME] [--note TEXT] [--large-print]\n"
              "          [--language CODE [--bilingual]] --out FILE.pdf KEY...\n"
              "                            write a patient handout PDF; several KEYs make a packet. Presets:\n"
              "                            patient (the default, unless IT set another), before, expect, after,\n"
              "                            full (a staff copy: everything, with codes), and those IT set and\n"
              "                            the user saved, by their names. The note prints in a box at the\n"
              "                            top; the name and the note are never stored. Recorded in the log.\n"
              "                            --language prints each procedure's version in CODE, and the\n"
              "                            handout's own words in CODE; --bilingual prints each section\n"
              "                            beside its English version (one with none alone, and a section\n"
              "                            with nothing beside it in the other language, said on stderr).\n"
              "                            \"My questions\" takes the last page's room, and is\n"
              "                            left out, said on stderr, where fewer than three lines fit. A\n"
              "                            FILE not ending in .pdf gets .pdf added; its name must be UTF-8.\n"
              "                            It is written whole or not at all: a PDF it replaces stays as\n"
              "                            it was on any failure.\n"
              "  log [--since DATE] [--csv]\n"
              "                            the log of education given (handouts printed or exported)\n"
              "  check                     verify the library's integrity\n"
              "  recover --backup [FILE] | --fresh\n"
              "                            for a damaged library: move the file aside (it is never\n"
              "                            overwritten) and restore the newest automatic backup (taken\n"
              "                            before each format upgrade), FILE, or start a fresh library\n"
              "  copy --from LIBRARY --to LIBRARY\n"
              "                            publish every procedure of one library into another (a file to the\n"
              "                            clinic server, or back) in one transaction: all or nothing\n"
              "  admin init-server ADDRESS [--editor NAME] [--workstation NAME]\n"
              "                            set up the clinic server (as the database owner): the library, an\n"
              "                            editor role that imports (careleaf_editor) and a read-only workstation\n"
              "                            role that searches, prints and adds to the education log\n"
              "                            (careleaf_workstation)\n"
              "\n"
              "Options:\n"
              "  --db LOCATION             the library to use\n"
              "  -h, --help                show this help (after a COMMAND, that command's own)\n"
              "  -v, --version             show the version\n"
              "\n"
              "Exit status: 0 success; 1 some files rejected, a KEY not found, a KEY with none of the chosen\n"
              "sections, or problems found by check; 2 usage error, the library cannot be opened, read or\n"
              "written, recover on a library that opens and passes check, or the output could not be written;\n"
              "130 or 143 when Ctrl+C or SIGTERM stops an import (after its summary) or a handout (whose PDF\n"
              "is then not written).\n")
        .arg(LibraryFile::defaultLocation());
}

namespace {

// One command's part of the help ("careleaf-cli handout --help"): its lines of helpText(), which
// stay the one description of every command; the whole help for a command it does not describe.
QString commandHelp(const QString &command)
{
    const QString all = helpText();
    const QStringList lines = all.split(u'\n');
    const auto starts = [&command](const QString &line) {
        return line == u"  "_s + command || line.startsWith(u"  "_s + command + u' ');
    };
    const auto from = std::find_if(lines.cbegin(), lines.cend(), starts);
    if (from == lines.cend())
        return all;
    // The usage, then its description (on the same line for a short one: "check   verify ...").
    const QString first = from->trimmed();
    const qsizetype gap = first.indexOf(u"   "_s);
    QString out = tr("Usage: careleaf-cli [--db LOCATION] %1").arg(gap < 0 ? first : first.left(gap)) + u'\n';
    if (gap >= 0)
        out += u"    "_s + first.mid(gap).trimmed() + u'\n';
    // Its lines go on, indented further, until the next command or the end of the list.
    for (auto line = from + 1; line != lines.cend() && line->startsWith(u"   "_s); ++line)
        out += *line + u'\n';
    return out + u'\n' + tr("careleaf-cli --help describes every command, LOCATION and the exit status.") + u'\n';
}

int runCommand(const QStringList &arguments, const QString &envDb, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    Context c{out, err, envDb, {}, {}};
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString a = args.takeFirst();
        if (a == u"-h"_s || a == u"--help"_s) {
            out << helpText();
            return Ok;
        }
        if (a == u"-v"_s || a == u"--version"_s) {
            out << "careleaf-cli " << QStringLiteral(CARELEAF_VERSION) << Qt::endl;
            return Ok;
        }
        if (a == u"--db"_s) {
            if (args.isEmpty())
                return c.usage(tr("option --db needs a value"));
            c.location = args.takeFirst();
        } else if (a.startsWith(u"--db="_s)) {
            c.location = a.mid(5);
        } else {
            return c.usage(tr("unknown option %1").arg(a));
        }
        // Blank, or another option ("--db --json"), or standard input's "-": never a library file
        // of that name.
        if (c.location.trimmed().isEmpty())
            return c.usage(tr("option --db needs a library file or a server's address"));
        if (c.location.startsWith(u'-'))
            return c.usage(tr("option --db needs a library file or a server's address (a file whose name "
                              "starts with '-' is written ./%1)")
                               .arg(c.location));
    }
    if (c.location.trimmed().isEmpty())
        c.location.clear(); // a blank CARELEAF_DB is none
    // "~/x.sqlite" quoted, so the shell left it: the home folder, as the shell would have.
    if (c.location == u"~"_s || c.location.startsWith(u"~/"_s))
        c.location = QDir::homePath() + c.location.mid(1);
    if (args.isEmpty())
        return c.usage(tr("no command given"));
    const QString command = args.takeFirst();
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        out << commandHelp(command);
        return Ok;
    }
    const Settings settings;
    // What Careleaf ignores of IT's file, every time, until IT corrects it.
    for (const QString &warning : settings.systemFileWarnings(SectionKeys::canonicalKeys()))
        err << "careleaf-cli: " << warning << Qt::endl;
    // Neither --db nor CARELEAF_DB: the library the window opens (Preferences > Library, or
    // IT's), else this computer's own (an empty location).
    if (c.location.isEmpty())
        c.location = settings.libraryLocation(&c.settingsProblem);
    static const QHash<QString, int (*)(Context &, const QStringList &)> commands{
        {u"import"_s, cmdImport},   {u"list"_s, cmdList},   {u"search"_s, cmdSearch}, {u"show"_s, cmdShow},
        {u"handout"_s, cmdHandout}, {u"check"_s, cmdCheck}, {u"log"_s, cmdLog},       {u"recover"_s, cmdRecover},
        {u"copy"_s, cmdCopy},       {u"admin"_s, cmdAdmin},
    };
    const auto found = commands.constFind(command);
    if (found == commands.cend())
        return c.usage(tr("unknown command \"%1\"").arg(command));
    const int rc = (*found)(c, args);
    // Failed on a library file that opened but is damaged inside (pages a disk spoilt): said as a
    // library that does not open is, naming it, with the ways out, not in SQLite's words alone
    // ("vtable constructor failed: procedure_fts"). Its pages alone are read: a failure of
    // another kind (a PDF that cannot be written, a busy library) is no damage.
    if (rc == UsageOrDatabase && c.store && command != u"check"_s && c.store->damagedInside()) {
        c.err << "careleaf-cli: "
              << tr("%1 is damaged: its pages cannot all be read (careleaf-cli check lists what is wrong). Careleaf "
                    "has not changed it.")
                     .arg(c.path())
              << Qt::endl;
        c.printWaysOut(LibraryStore::Problem::Damaged);
    }
    return rc;
}

} // namespace

QString commandOf(const QStringList &arguments)
{
    // The global options as runCommand reads them: --db takes the next argument.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--db"_s)
            ++i;
        else if (!a.startsWith(u'-'))
            return a;
    }
    return {};
}

bool draws(const QStringList &arguments)
{
    return commandOf(arguments) == u"handout"_s;
}

int run(const QStringList &arguments, const QString &envDb, QTextStream &out, QTextStream &err)
{
    // A password typed into any address (--db, CARELEAF_DB, copy's libraries, init-server's) never
    // reaches the output, whatever message would quote it: everything passes through here.
    QStringList secrets = LibraryAddress::secretsIn(envDb);
    for (const QString &a : arguments)
        secrets += LibraryAddress::secretsIn(a);
    if (secrets.isEmpty())
        return runCommand(arguments, envDb, out, err);
    QString outText;
    QString errText;
    int rc = 0;
    {
        QTextStream bufferedOut(&outText);
        QTextStream bufferedErr(&errText);
        rc = runCommand(arguments, envDb, bufferedOut, bufferedErr);
    }
    out << LibraryAddress::redacted(outText, secrets);
    err << LibraryAddress::redacted(errText, secrets);
    out.flush();
    err.flush();
    return rc;
}

} // namespace Careleaf::Cli
