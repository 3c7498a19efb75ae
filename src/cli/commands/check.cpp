#include "clicommon.h"

namespace Careleaf::Cli {

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
        c.err << c.store->connection().displayName() << ": " << problem << Qt::endl;
    if (!problems.isEmpty()) {
        c.out << tr("%n problem(s) found", nullptr, int(problems.size())) << Qt::endl;
        return Problems;
    }
    return c.reportOk();
}

} // namespace Careleaf::Cli
