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
    QString language;
    if (!c.languageOption(p, &language))
        return UsageOrDatabase;
    if (!c.openStore())
        return UsageOrDatabase;
    // A clinic's own language table with a line Careleaf cannot read: said, and the rest used.
    for (const QString &problem : Languages::problems())
        c.err << "careleaf-cli: " << tr("language table %1").arg(printable(problem)) << Qt::endl;
    // Ctrl+C or a kill (SIGTERM) stops after the file in hand, and what was done is still said.
    const StopSignals stop;
    const ImportReport report = Importer::importPaths(
        *c.store, p.positional, [&stop](int, int, const QString &) { return stop.signal() == 0; }, language);
    c.out << report.summaryLine() << Qt::endl;
    for (const Rejection &r : report.rejections)
        c.err << printable(r.path) << ": " << printable(r.reason) << Qt::endl;
    for (const Rejection &w : report.warnings)
        c.err << printable(w.path) << ": " << printable(w.reason) << Qt::endl;
    if (!report.fatalError.isEmpty()) {
        c.err << "careleaf-cli: " << report.fatalError << Qt::endl;
        return UsageOrDatabase;
    }
    if (stop.signal() != 0) {
        // After the last document, only the merge of the search index (LibraryStore::mergeSearchIndex) stops.
        c.err << "careleaf-cli: "
              << (report.cancelled
                      ? tr("stopped by %1: the documents counted above are in the library; import again to finish")
                      : tr("stopped by %1 while the search index was being tidied: every document is in the "
                           "library, and search may be slower until the next large import"))
                     .arg(stop.name())
              << Qt::endl;
        return stop.exitCode();
    }
    return report.rejected() > 0 ? Problems : Ok;
}

} // namespace Careleaf::Cli
