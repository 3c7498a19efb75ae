#include "clicommon.h"
#include "librarycopy.h"
#include "libraryfile.h"

#include <QFileInfo>

namespace Careleaf::Cli {

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
    if (files ? LibraryFile::isSameFile(from, to) : from == to)
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
    c.out << tr("from %1 to %2").arg(source.store->connection().displayName(), target.store->connection().displayName())
          << Qt::endl;
    return Ok;
}

} // namespace Careleaf::Cli
