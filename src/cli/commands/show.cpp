#include "clicommon.h"
#include "procedurehtml.h"
#include "procedurejson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Careleaf::Cli {

int cmdShow(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"language"_s}, {u"json"_s, u"text"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (p.positional.size() != 1)
        return c.usage(tr("show needs exactly one KEY"));
    if (p.flags.contains(u"json"_s) && p.flags.contains(u"text"_s))
        return c.usage(tr("choose one of --json and --text"));
    QString language;
    if (!c.languageOption(p, &language))
        return UsageOrDatabase;
    if (!c.openStore())
        return UsageOrDatabase;
    int failure = Ok;
    const auto procedure = c.resolveOne(p.positional.first(), language, &failure);
    if (!procedure)
        return failure;
    if (p.flags.contains(u"json"_s)) {
        QJsonObject o = ProcedureJson::toJson(*procedure);
        o.insert(u"languages"_s, QJsonArray::fromStringList(c.store->languages({procedure->id}).value(procedure->id)));
        printJson(c.out, o);
    } else {
        c.out << ProcedureHtml::plainText(*procedure);
    }
    c.out.flush();
    return Ok;
}

} // namespace Careleaf::Cli
