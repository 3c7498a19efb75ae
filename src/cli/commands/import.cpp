#include "clicommon.h"
#include "importer.h"
#include "languages.h"
#include "samplelibrary.h"

namespace Careleaf::Cli {

int cmdImport(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"language"_s}, {});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (p.positional.isEmpty())
        return c.usage(tr("import needs at least one file or folder"));
    const QString language = p.values.value(u"language"_s);
    if (p.values.contains(u"language"_s) && !Languages::find(language))
        return c.usage(tr("--language: \u201c%1\u201d is not a language Careleaf knows (known: %2)")
                           .arg(language, Languages::knownCodes()));
    if (!c.openStore())
        return UsageOrDatabase;
    // Ctrl+C or a kill (SIGTERM) stops after the file in hand, and what was done is still said.
    const StopSignals stop;
    const ImportReport report = Importer::importPaths(
        *c.store, p.positional, [&stop](int, int, const QString &) { return stop.signal() == 0; },
        language.isEmpty() ? QString() : Languages::find(language)->code);
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

} // namespace Careleaf::Cli
