#include "searchquery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Careleaf {

ParsedQuery parseQuery(const QString &text)
{
    ParsedQuery q;
    // Bound the work before looking at the text: a pasted page is not a query.
    const QString input = text.left(1024);
    QString word;
    auto flush = [&q, &word] {
        if (!word.isEmpty() && q.terms.size() < ParsedQuery::MaxTerms) {
            const QString term = word.left(ParsedQuery::MaxTermLength).toLower();
            if (!q.terms.contains(term))
                q.terms << term;
        }
        word.clear();
    };
    for (QChar c : input) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();

    static const QRegularExpression codeLike(uR"(^(?=[A-Za-z0-9.]*\d)[A-Za-z0-9.]{1,10}$)"_s);
    const QString trimmed = input.trimmed();
    if (codeLike.match(trimmed).hasMatch())
        q.codeCandidate = trimmed.toUpper();
    return q;
}

QString fts5MatchExpression(const ParsedQuery &q)
{
    QStringList parts;
    for (const QString &t : q.terms)
        parts << u'"' + t + u"\"*"_s; // terms hold only letters and digits: no quote to escape
    return parts.join(u" AND "_s);
}

} // namespace Careleaf
