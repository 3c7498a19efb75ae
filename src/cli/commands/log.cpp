#include "clicommon.h"

namespace Careleaf::Cli {

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
            return c.usage(
                tr("--since needs a date as YYYY-MM-DD, not \u201c%1\u201d").arg(p.values.value(u"since"_s)));
    }
    if (!c.openStore())
        return UsageOrDatabase;
    QString error;
    const QList<EducationLogEntry> entries = c.store->log().entries(since, &error);
    if (!error.isEmpty()) {
        c.err << "careleaf-cli: " << error << Qt::endl;
        return UsageOrDatabase;
    }
    if (p.flags.contains(u"csv"_s)) {
        c.out << EducationLog::toCsv(entries);
    } else {
        // One line a row, as written by whichever workstation: a tab or a newline in a field is
        // shown ("\x09"), never allowed to split the row.
        for (const EducationLogEntry &e : entries) {
            c.out << e.printedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << '\t' << printable(e.workstation)
                  << '\t' << printable(e.output) << '\t' << e.copies << '\t'
                  << printable(e.preset.isEmpty() ? e.sections.join(u',') : e.preset) << '\t'
                  << printable(e.procedures.join(u"; "_s)) << '\t'
                  << (e.language.isEmpty() ? u"-"_s : printable(e.language)) << '\n';
        }
    }
    c.out.flush();
    return Ok;
}

} // namespace Careleaf::Cli
