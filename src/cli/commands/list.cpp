#include "clicommon.h"
#include "procedurejson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Careleaf::Cli {

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
        QList<qint64> ids;
        for (const ProcedureSummary &s : all)
            ids << s.id;
        const QHash<qint64, QStringList> languages = c.store->languages(ids);
        for (const ProcedureSummary &s : all) {
            arr.append(QJsonObject{{u"id"_s, s.id},
                                   {u"codeSystem"_s, s.codeSystem},
                                   {u"code"_s, s.code},
                                   {u"title"_s, s.title},
                                   {u"descriptor"_s, s.descriptor},
                                   {u"languages"_s, QJsonArray::fromStringList(languages.value(s.id))}});
        }
        printJson(c.out, arr);
    } else {
        for (const ProcedureSummary &s : all)
            c.out << s.id << '\t' << codeColumn(s.codeSystem, s.code) << '\t' << s.title << '\n';
    }
    c.out.flush();
    return Ok;
}

} // namespace Careleaf::Cli
