#include "cli.h"

#include "handout.h"
#include "importer.h"
#include "librarycopy.h"
#include "pagedprint.h"
#include "procedurehtml.h"
#include "procedurejson.h"
#include "samplelibrary.h"
#include "searchengine.h"
#include "sectionkeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Careleaf::Cli {

namespace {

QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Careleaf::Cli", s, disambiguation, n);
}

// Options of one command: which take a value, which are flags. Everything else is positional;
// "--" ends the options.
struct Parsed
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error;
};

Parsed parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Parsed p;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsEnded || !a.startsWith(u"--"_s) || a == u"-"_s) {
            p.positional << a;
            continue;
        }
        if (a == u"--"_s) {
            optionsEnded = true;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    p.error = tr("option --%1 needs a value").arg(name);
                    return p;
                }
                value = args.at(++i);
            }
            p.values.insert(name, value);
        } else if (flagOptions.contains(name) && !hasInlineValue) {
            p.flags.insert(name);
        } else {
            p.error = tr("unknown option --%1").arg(name);
            return p;
        }
    }
    return p;
}

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

private:
    static void note(int signal) { s_signal = signal; }
    static inline volatile std::sig_atomic_t s_signal = 0;
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

QJsonDocument::JsonFormat jsonFormat()
{
    return QJsonDocument::Indented;
}

void printJson(QTextStream &out, const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out << QString::fromUtf8(doc.toJson(jsonFormat()));
}

QString codeColumn(const QString &system, const QString &code)
{
    return (system.isEmpty() ? u"-"_s : system) + u'\t' + (code.isEmpty() ? u"-"_s : code);
}

struct Context
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::Cli) // the console's one context, in the .ts and at run time

public:
    QTextStream &out;
    QTextStream &err;
    QString location;
    std::unique_ptr<LibraryStore> store;

    bool openStore()
    {
        LibraryStore::OpenResult r = openLibrary(location);
        if (!r.store) {
            err << "careleaf-cli: " << r.error << Qt::endl;
            printWaysOut(r.problem);
            return false;
        }
        store = std::move(r.store);
        return true;
    }

    [[nodiscard]] QString path() const { return location.isEmpty() ? LibraryStore::defaultLocation() : location; }

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
        if (const QStringList backups = LibraryStore::backups(path()); !backups.isEmpty())
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
        out << tr("ok: %1 procedures, library format %2").arg(store->count()).arg(store->schemaVersion()) << Qt::endl;
        return Ok;
    }

    int usage(const QString &message)
    {
        err << "careleaf-cli: " << message << Qt::endl << tr("Try 'careleaf-cli --help'.") << Qt::endl;
        return UsageOrDatabase;
    }

    // One procedure for KEY, or an error printed and nullopt.
    std::optional<Procedure> resolveOne(const QString &key)
    {
        const QList<qint64> ids = store->resolve(key);
        if (ids.isEmpty()) {
            err << "careleaf-cli: " << tr("no procedure matches \"%1\"").arg(key) << Qt::endl;
            return std::nullopt;
        }
        if (ids.size() > 1) {
            QStringList choices;
            for (qint64 id : ids) {
                // A key that works: SYSTEM:CODE, or the id where the document gives no code.
                if (const auto p = store->procedure(id))
                    choices << (p->code.isEmpty() ? u"%1 (%2)"_s.arg(id).arg(p->title) : p->codeSystem + u':' + p->code);
            }
            err << "careleaf-cli: " << tr("\"%1\" is ambiguous; use one of: %2").arg(key, choices.join(u", "_s))
                << Qt::endl;
            return std::nullopt;
        }
        auto p = store->procedure(ids.first());
        if (!p)
            err << "careleaf-cli: " << tr("procedure %1 cannot be read from the library").arg(ids.first()) << Qt::endl;
        return p;
    }
};

int cmdImport(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {}, {});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (p.positional.isEmpty())
        return c.usage(tr("import needs at least one file or folder"));
    if (!c.openStore())
        return UsageOrDatabase;
    // Ctrl+C or a kill (SIGTERM) stops after the file in hand, and what was done is still said.
    const StopSignals stop;
    const ImportReport report = Importer::importPaths(*c.store, p.positional, [&stop](int, int, const QString &) {
        return stop.signal() == 0;
    });
    c.out << report.summaryLine() << Qt::endl;
    for (const Rejection &r : report.rejections)
        c.err << r.path << ": " << r.reason << Qt::endl;
    if (!report.fatalError.isEmpty()) {
        c.err << "careleaf-cli: " << report.fatalError << Qt::endl;
        return UsageOrDatabase;
    }
    if (const int signal = stop.signal(); signal != 0) {
        c.err << "careleaf-cli: "
              << tr("stopped by %1: the documents counted above are in the library; import again to finish")
                     .arg(signal == SIGINT ? u"Ctrl+C (SIGINT)"_s : u"SIGTERM"_s)
              << Qt::endl;
        return 128 + signal; // as a shell reports a process a signal ended
    }
    return report.rejected() > 0 ? Problems : Ok;
}

int cmdList(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {}, {u"json"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (!p.positional.isEmpty())
        return c.usage(tr("list takes no arguments"));
    if (!c.openStore())
        return UsageOrDatabase;
    QString error;
    const QList<ProcedureSummary> all = c.store->list(&error);
    if (!error.isEmpty()) {
        c.err << "careleaf-cli: " << error << Qt::endl;
        return UsageOrDatabase;
    }
    if (p.flags.contains(u"json"_s)) {
        QJsonArray arr;
        for (const ProcedureSummary &s : all) {
            arr.append(QJsonObject{{u"id"_s, s.id},
                                   {u"codeSystem"_s, s.codeSystem},
                                   {u"code"_s, s.code},
                                   {u"title"_s, s.title},
                                   {u"descriptor"_s, s.descriptor}});
        }
        printJson(c.out, arr);
    } else {
        for (const ProcedureSummary &s : all)
            c.out << s.id << '\t' << codeColumn(s.codeSystem, s.code) << '\t' << s.title << '\n';
    }
    c.out.flush();
    return Ok;
}

QString plainSnippet(QString s)
{
    s.remove(highlightStart);
    s.remove(highlightEnd);
    return s;
}

int cmdSearch(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"limit"_s}, {u"json"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (p.positional.isEmpty())
        return c.usage(tr("search needs a query"));
    int limit = 20;
    if (p.values.contains(u"limit"_s)) {
        bool ok = false;
        limit = p.values.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1)
            return c.usage(tr("--limit needs a positive number"));
    }
    if (!c.openStore())
        return UsageOrDatabase;
    SearchEngine engine(*c.store);
    const SearchPage page = engine.search({p.positional.join(u' '), {}, 0, limit});
    if (!page.error.isEmpty()) {
        c.err << "careleaf-cli: " << tr("search failed: %1").arg(page.error) << Qt::endl;
        return UsageOrDatabase;
    }
    if (!page.correctedQuery.isEmpty())
        c.err << tr("Showing results for %1").arg(page.correctedQuery) << Qt::endl;
    if (p.flags.contains(u"json"_s)) {
        QJsonArray arr;
        for (const SearchHit &h : page.hits) {
            arr.append(QJsonObject{{u"id"_s, h.id},
                                   {u"codeSystem"_s, h.codeSystem},
                                   {u"code"_s, h.code},
                                   {u"title"_s, h.title},
                                   {u"descriptor"_s, h.descriptor},
                                   {u"snippet"_s, plainSnippet(h.snippet)},
                                   {u"score"_s, h.score}});
        }
        printJson(c.out, arr);
    } else {
        for (const SearchHit &h : page.hits)
            c.out << h.id << '\t' << codeColumn(h.codeSystem, h.code) << '\t' << h.title << '\n';
    }
    c.out.flush();
    return Ok;
}

int cmdShow(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {}, {u"json"_s, u"text"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (p.positional.size() != 1)
        return c.usage(tr("show needs exactly one KEY"));
    if (p.flags.contains(u"json"_s) && p.flags.contains(u"text"_s))
        return c.usage(tr("choose one of --json and --text"));
    if (!c.openStore())
        return UsageOrDatabase;
    const auto procedure = c.resolveOne(p.positional.first());
    if (!procedure)
        return Problems;
    if (p.flags.contains(u"json"_s))
        printJson(c.out, ProcedureJson::toJson(*procedure));
    else
        c.out << ProcedureHtml::plainText(*procedure);
    c.out.flush();
    return Ok;
}

int cmdHandout(Context &c, const QStringList &args)
{
    const Parsed p =
        parseArgs(args, {u"out"_s, u"sections"_s, u"preset"_s, u"patient"_s, u"note"_s}, {u"large-print"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    const QString outPath = p.values.value(u"out"_s);
    if (outPath.isEmpty())
        return c.usage(tr("handout needs --out FILE.pdf"));
    if (p.positional.isEmpty())
        return c.usage(tr("handout needs at least one KEY"));
    if (p.values.contains(u"sections"_s) && p.values.contains(u"preset"_s))
        return c.usage(tr("choose one of --sections and --preset"));

    HandoutOptions options;
    // For the patient unless a staff copy is asked for.
    std::optional<Handout::Preset> chosen = Handout::builtInPreset(Handout::defaultPresetId());
    if (p.values.contains(u"preset"_s)) {
        chosen = Handout::builtInPreset(p.values.value(u"preset"_s));
        if (!chosen) {
            QStringList ids;
            for (const Handout::Preset &pr : Handout::builtInPresets())
                ids << pr.id;
            return c.usage(
                tr("unknown preset \"%1\"; choose one of %2").arg(p.values.value(u"preset"_s), ids.join(u", "_s)));
        }
    }
    QString preset = chosen->id;
    options.sections = chosen->sections;
    options.staffCopy = chosen->staffCopy;
    if (p.values.contains(u"sections"_s)) {
        preset.clear();
        options.sections.clear();
        for (const QString &key : p.values.value(u"sections"_s).split(u',', Qt::SkipEmptyParts)) {
            if (!SectionKeys::isCanonicalKey(key.trimmed()))
                return c.usage(tr("unknown section \"%1\"; sections are: %2")
                                   .arg(key.trimmed(), SectionKeys::canonicalKeys().join(u","_s)));
            options.sections << key.trimmed();
        }
        if (options.sections.isEmpty())
            return c.usage(tr("--sections needs at least one section"));
    }
    options.patientName = p.values.value(u"patient"_s);
    options.note = p.values.value(u"note"_s); // this job only, like the patient's name
    options.largePrint = p.flags.contains(u"large-print"_s);
    options.date = QDate::currentDate();
    options.letterhead = Handout::savedLetterhead();

    if (!c.openStore())
        return UsageOrDatabase;
    QList<Procedure> procedures;
    for (const QString &key : p.positional) {
        auto procedure = c.resolveOne(key);
        if (!procedure)
            return Problems;
        procedures << *procedure;
    }
    const QString title = procedures.size() == 1 ? procedures.first().title : tr("Patient handouts");
    const QString error = PagedPrint::exportPdf(Handout::flow(procedures, options), outPath, title);
    if (!error.isEmpty()) {
        c.err << "careleaf-cli: " << error << Qt::endl;
        return UsageOrDatabase;
    }
    if (const QString logError = Handout::record(*c.store, procedures, options.sections, preset, 1, u"pdf"_s);
        !logError.isEmpty()) {
        c.err << "careleaf-cli: " << logError << Qt::endl;
        return UsageOrDatabase;
    }
    c.out << tr("wrote %1").arg(QFileInfo(outPath).absoluteFilePath()) << Qt::endl;
    return Ok;
}

int cmdLog(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"since"_s}, {u"csv"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (!p.positional.isEmpty())
        return c.usage(tr("log takes no arguments"));
    QDate since;
    if (p.values.contains(u"since"_s)) {
        since = QDate::fromString(p.values.value(u"since"_s), Qt::ISODate);
        if (!since.isValid())
            return c.usage(tr("--since needs a date as YYYY-MM-DD"));
    }
    if (!c.openStore())
        return UsageOrDatabase;
    QString error;
    const QList<EducationLogEntry> entries = c.store->educationLog(since, &error);
    if (!error.isEmpty()) {
        c.err << "careleaf-cli: " << error << Qt::endl;
        return UsageOrDatabase;
    }
    if (p.flags.contains(u"csv"_s)) {
        c.out << EducationLog::toCsv(entries);
    } else {
        for (const EducationLogEntry &e : entries) {
            c.out << e.printedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << '\t' << e.workstation << '\t'
                  << e.output << '\t' << e.copies << '\t' << (e.preset.isEmpty() ? e.sections.join(u',') : e.preset)
                  << '\t' << e.procedures.join(u"; "_s) << '\n';
        }
    }
    c.out.flush();
    return Ok;
}

int cmdCheck(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {}, {});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (!p.positional.isEmpty())
        return c.usage(tr("check takes no arguments"));
    if (!c.openStore())
        return UsageOrDatabase;
    const QStringList problems = c.store->check();
    for (const QString &problem : problems)
        c.err << c.store->displayName() << ": " << problem << Qt::endl;
    if (!problems.isEmpty()) {
        c.out << tr("%n problem(s) found", nullptr, int(problems.size())) << Qt::endl;
        return Problems;
    }
    return c.reportOk();
}

// recover --backup [FILE] | --fresh: sets the library file aside (never overwriting it) and puts
// the newest automatic backup, FILE, or a fresh library in its place.
int cmdRecover(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {}, {u"backup"_s, u"fresh"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    const bool fromBackup = p.flags.contains(u"backup"_s);
    const bool fresh = p.flags.contains(u"fresh"_s);
    if (fromBackup == fresh || p.positional.size() > (fromBackup ? 1 : 0))
        return c.usage(tr("recover takes --backup [FILE] or --fresh"));
    const QString location = c.path();
    if (LibraryAddress::isServer(location)) {
        c.err << "careleaf-cli: "
              << tr("recover works on a library file on this computer; %1 is on the clinic server, which IT backs up "
                    "and restores")
                     .arg(LibraryAddress::parse(location).displayName())
              << Qt::endl;
        return UsageOrDatabase;
    }
    if (const QString why = LibraryStore::notALibraryFile(location); !why.isEmpty()) {
        c.err << "careleaf-cli: " << why << Qt::endl;
        return UsageOrDatabase;
    }
    QString movedTo;
    if (fromBackup) {
        QString backup = p.positional.value(0);
        if (backup.isEmpty()) {
            const QStringList backups = LibraryStore::backups(location);
            if (backups.isEmpty()) {
                c.err << "careleaf-cli: " << tr("%1 has no automatic backup").arg(location) << Qt::endl;
                return UsageOrDatabase;
            }
            backup = backups.first();
        }
        if (const QString error = LibraryStore::restoreBackup(location, backup, &movedTo); !error.isEmpty()) {
            c.err << "careleaf-cli: " << error << Qt::endl;
            return UsageOrDatabase;
        }
        c.out << tr("restored %1 from %2").arg(location, backup) << Qt::endl;
    } else if (QFileInfo::exists(location)) {
        if (const QString error = LibraryStore::setAside(location, &movedTo); !error.isEmpty()) {
            c.err << "careleaf-cli: " << error << Qt::endl;
            return UsageOrDatabase;
        }
    }
    if (!movedTo.isEmpty())
        c.out << tr("the previous file is kept as %1").arg(movedTo) << Qt::endl;
    if (!c.openStore())
        return UsageOrDatabase;
    return c.reportOk();
}

// copy --from A --to B: every procedure of A into B in one transaction.
int cmdCopy(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"from"_s, u"to"_s}, {});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (!p.positional.isEmpty() || !p.values.contains(u"from"_s) || !p.values.contains(u"to"_s))
        return c.usage(tr("copy needs --from LIBRARY and --to LIBRARY"));
    const QString from = p.values.value(u"from"_s);
    const QString to = p.values.value(u"to"_s);
    const bool files = !LibraryAddress::isServer(from) && !LibraryAddress::isServer(to);
    if (files ? LibraryStore::isSameFile(from, to) : from == to)
        return c.usage(tr("copy needs two different libraries"));
    if (!LibraryAddress::isServer(from) && !QFileInfo::exists(from)) {
        c.err << "careleaf-cli: " << tr("%1 does not exist").arg(from) << Qt::endl;
        return UsageOrDatabase;
    }
    LibraryStore::OpenResult source = LibraryStore::open(from);
    if (!source.store) {
        c.err << "careleaf-cli: " << source.error << Qt::endl;
        return UsageOrDatabase;
    }
    LibraryStore::OpenResult target = LibraryStore::open(to);
    if (!target.store) {
        c.err << "careleaf-cli: " << target.error << Qt::endl;
        return UsageOrDatabase;
    }
    const CopyReport report = LibraryCopy::copy(*source.store, *target.store);
    if (!report.error.isEmpty()) {
        c.err << "careleaf-cli: " << report.error << Qt::endl;
        return UsageOrDatabase;
    }
    c.out << report.summaryLine() << Qt::endl;
    c.out << tr("from %1 to %2").arg(source.store->displayName(), target.store->displayName()) << Qt::endl;
    return Ok;
}

// admin init-server ADDRESS [--editor NAME] [--workstation NAME]
int cmdAdmin(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"editor"_s, u"workstation"_s}, {});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (p.positional.value(0) != u"init-server"_s || p.positional.size() > 2)
        return c.usage(tr("admin takes: init-server ADDRESS [--editor NAME] [--workstation NAME]"));
    const QString address = p.positional.size() == 2 ? p.positional.at(1) : c.location;
    if (!LibraryAddress::isServer(address))
        return c.usage(tr("init-server needs a server address, such as postgresql://postgres@db.clinic/careleaf"));
    ServerAdmin::Roles roles;
    if (p.values.contains(u"editor"_s))
        roles.editor = p.values.value(u"editor"_s);
    if (p.values.contains(u"workstation"_s))
        roles.workstation = p.values.value(u"workstation"_s);
    LibraryStore::OpenResult opened = LibraryStore::open(address);
    if (!opened.store) {
        // A library this role may not upgrade: the owner's job, which is what init-server is.
        c.err << "careleaf-cli: "
              << (opened.problem == LibraryStore::Problem::ReadOnly
                      ? tr("%1 needs setting up or upgrading, which only the owner of the database or a superuser "
                           "may do: run init-server as the owner, for example sudo -u postgres careleaf-cli admin "
                           "init-server postgresql:///DATABASE")
                            .arg(LibraryAddress::parse(address).displayName())
                      : opened.error)
              << Qt::endl;
        return UsageOrDatabase;
    }
    QString error;
    const QStringList done = ServerAdmin::initServer(*opened.store, roles, &error);
    if (!error.isEmpty()) {
        c.err << "careleaf-cli: " << error << Qt::endl;
        return UsageOrDatabase;
    }
    for (const QString &line : done)
        c.out << line << Qt::endl;
    return Ok;
}

} // namespace

QString helpText()
{
    return tr("Usage: careleaf-cli [--db LOCATION] COMMAND [ARGS]\n"
              "\n"
              "Careleaf's console: import procedure documents, search and read the library, write handouts.\n"
              "\n"
              "LOCATION is a SQLite library file, or the clinic's PostgreSQL server:\n"
              "  postgresql://USER@HOST[:PORT]/DBNAME, service=NAME (pg_service.conf), or host=... dbname=...\n"
              "Passwords come from ~/.pgpass or PGPASSFILE, as for psql; never put one on a command line.\n"
              "Default: $CARELEAF_DB if set, otherwise the Careleaf app's own library (%1),\n"
              "created with the sample library on first use. A new file given with --db starts empty.\n"
              "\n"
              "Commands:\n"
              "  import PATH...            import files or folders (recursive). Prints\n"
              "                            \"imported N, updated N, unchanged N, rejected N\" and one\n"
              "                            \"<path>: <reason>\" line per rejected file on stderr.\n"
              "  list [--json]             every procedure: id, code system, code, title\n"
              "  search [--json] [--limit N] QUERY...\n"
              "                            best matches first (default limit 20)\n"
              "  show [--json|--text] KEY  one procedure; KEY is an id, a code (96417) or SYSTEM:CODE (CPT:96417)\n"
              "  handout [--sections K,K..] [--preset NAME] [--patient NAME] [--note TEXT] [--large-print]\n"
              "          --out FILE.pdf KEY...\n"
              "                            write a patient handout PDF; several KEYs make a packet. Presets:\n"
              "                            patient (default), before, expect, after, and full (a staff copy:\n"
              "                            everything, with codes). The note prints in a box at the top; the\n"
              "                            name and the note are never stored. Recorded in the log.\n"
              "  log [--since DATE] [--csv] the log of education given (handouts printed or exported)\n"
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
              "  -h, --help                show this help\n"
              "  -v, --version             show the version\n"
              "\n"
              "Exit status: 0 success; 1 some files rejected, a KEY not found, or problems found by check;\n"
              "2 usage error or the library cannot be opened or written.\n")
        .arg(LibraryStore::defaultLocation());
}

namespace {

int runCommand(const QStringList &arguments, const QString &envDb, QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    Context c{out, err, envDb, {}};
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
        if (c.location.isEmpty())
            return c.usage(tr("option --db needs a value"));
    }
    if (args.isEmpty())
        return c.usage(tr("no command given"));
    const QString command = args.takeFirst();
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        out << helpText();
        return Ok;
    }
    if (command == u"import"_s)
        return cmdImport(c, args);
    if (command == u"list"_s)
        return cmdList(c, args);
    if (command == u"search"_s)
        return cmdSearch(c, args);
    if (command == u"show"_s)
        return cmdShow(c, args);
    if (command == u"handout"_s)
        return cmdHandout(c, args);
    if (command == u"check"_s)
        return cmdCheck(c, args);
    if (command == u"log"_s)
        return cmdLog(c, args);
    if (command == u"recover"_s)
        return cmdRecover(c, args);
    if (command == u"copy"_s)
        return cmdCopy(c, args);
    if (command == u"admin"_s)
        return cmdAdmin(c, args);
    return c.usage(tr("unknown command \"%1\"").arg(command));
}

} // namespace

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
