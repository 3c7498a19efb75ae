#include "clicommon.h"
#include "languages.h"
#include "procedurejson.h"
#include "searchengine.h"
#include "synonyms.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace Careleaf::Cli {

int cmdSearch(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"limit"_s, u"language"_s}, {u"json"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    // The options first: "--limit chemo" took the query for the limit, and is said as such.
    int limit = 20;
    if (p.values.contains(u"limit"_s)) {
        bool ok = false;
        limit = p.values.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1)
            return c.usage(tr("--limit needs a number from 1 to %1, not \u201c%2\u201d")
                               .arg(QString::number(std::numeric_limits<int>::max()), p.values.value(u"limit"_s)));
    }
    SearchFilters filters;
    if (!c.languageOption(p, &filters.language))
        return UsageOrDatabase;
    if (p.positional.isEmpty())
        return c.usage(tr("search needs a query"));
    // Not UTF-8, the query had no word Careleaf could read, and listed every procedure.
    if (const QString why = Context::textProblem(tr("the query"), p.positional.join(u' ')); !why.isEmpty())
        return c.usage(why);
    if (!c.openStore())
        return UsageOrDatabase;
    // The clinic's own synonyms and language tables: a line Careleaf cannot read is said (file and
    // line), and the rest used.
    QStringList problems;
    SearchEngine engine(*c.store, Synonyms::load(Synonyms::clinicFiles(), &problems));
    for (const QString &problem : problems + Languages::problems())
        c.err << "careleaf-cli: " << printable(problem) << Qt::endl;
    const SearchPage page = engine.search({p.positional.join(u' '), filters, 0, limit});
    if (!page.error.isEmpty()) {
        c.err << "careleaf-cli: " << tr("search failed: %1").arg(page.error) << Qt::endl;
        return UsageOrDatabase;
    }
    if (page.closest)
        c.err << tr("No procedure has all the words; showing the closest, for %1").arg(page.correctedQuery) << Qt::endl;
    else if (!page.correctedQuery.isEmpty())
        c.err << tr("Showing results for %1").arg(page.correctedQuery) << Qt::endl;
    if (p.flags.contains(u"json"_s)) {
        QJsonArray arr;
        QList<qint64> ids;
        for (const SearchHit &h : page.hits)
            ids << h.id;
        const QHash<qint64, QStringList> languages = c.store->languages(ids);
        for (const SearchHit &h : page.hits) {
            arr.append(QJsonObject{{u"id"_s, h.id},
                                   {u"codeSystem"_s, h.codeSystem},
                                   {u"code"_s, h.code},
                                   {u"title"_s, h.title},
                                   {u"descriptor"_s, h.descriptor},
                                   {u"languages"_s, QJsonArray::fromStringList(languages.value(h.id))},
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

} // namespace Careleaf::Cli
