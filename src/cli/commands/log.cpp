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
            return c.usage(tr("--since needs a date as YYYY-MM-DD"));
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
        for (const EducationLogEntry &e : entries) {
            c.out << e.printedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << '\t' << e.workstation << '\t'
                  << e.output << '\t' << e.copies << '\t' << (e.preset.isEmpty() ? e.sections.join(u',') : e.preset)
                  << '\t' << e.procedures.join(u"; "_s) << '\t' << (e.language.isEmpty() ? u"-"_s : e.language) << '\n';
        }
    }
    c.out.flush();
    return Ok;
}

} // namespace Careleaf::Cli
