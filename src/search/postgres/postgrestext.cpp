// Words as the clinic server indexes and searches them, folded by Careleaf (not by the server's
// locale) so both backends agree: tsvector literals, word arrays, tsquery text for a plan.
#include "postgrestext.h"

#include "searchquery.h"

#include <QMap>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Careleaf::PostgresText {

const QString SortTitle = sortTitle(u"title"_s);

// A text[] literal: {"a","b"}. Words hold only letters, digits and marks: quoting is enough.
QString textArray(const QStringList &words)
{
    return words.isEmpty() ? u"{}"_s : u"{\""_s + words.join(u"\",\""_s) + u"\"}"_s;
}

QString sortTitle(const QString &title)
{
    return u"left(lower("_s + title + u"), 300)"_s;
}

// A tsvector literal ('word':1A,5A 'other':2B ...). PostgreSQL keeps positions up to 16383 and
// 256 per word; a text too long for that still has every word, with fewer positions. words
// gets the distinct words of at least minWordLength characters.
QString tsvectorLiteral(const IndexedText &text, QStringList *words, int minWordLength)
{
    constexpr int MaxPosition = 16383;
    constexpr int MaxPositions = 255;
    constexpr qsizetype MaxWordBytes = 2000;     // the server refuses longer words
    constexpr qsizetype MaxLiteral = 900 * 1024; // the server's limit is 1 MB
    struct Column
    {
        const QString *text;
        char weight;
    };
    // PostgreSQL has four weights: what the procedure is about shares the descriptor's.
    const Column columns[] = {
        {&text.code, 'A'}, {&text.names, 'B'}, {&text.descriptor, 'C'}, {&text.about, 'C'}, {&text.body, 'D'},
    };
    QMap<QString, QStringList> positions;
    int position = 1;
    for (const Column &column : columns) {
        for (const QString &word : tokens(IndexWords::withoutUnmarkedForms(*column.text))) {
            QString w = word;
            while (w.size() * 3 > MaxWordBytes && w.toUtf8().size() > MaxWordBytes)
                w.chop(1);
            QStringList &at = positions[w];
            if (at.size() < MaxPositions)
                at << QString::number(std::min(position, MaxPosition)) + QLatin1Char(column.weight);
            ++position;
        }
        position += 1; // a phrase never runs from one column into the next
    }
    if (words) {
        words->clear();
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            if (it.key().size() >= minWordLength)
                *words << it.key();
        }
    }
    QString out = u""_s; // an empty vector (a version in another language) is '', not NULL
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        out += u'\'' + it.key() + u"':"_s + it.value().join(u',') + u' ';
    if (out.size() <= MaxLiteral)
        return out;
    // Only a pathological document gets here: keep every word, without positions.
    out.clear();
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        out += u'\'' + it.key() + u"' "_s;
    return out;
}

// One alternative: a prefix term, or a phrase whose last word is a prefix. A prefix with an
// expansion becomes its words, the same matches without the index's slow prefix scan.
QString alternative(const QStringList &words, const Expansions &expansions)
{
    QStringList parts = foldedWords(words);
    if (parts.isEmpty())
        return {};
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        parts[i] = u'\'' + parts[i] + u'\'';
    QString &last = parts.last();
    if (const auto it = expansions.constFind(last); it != expansions.cend()) {
        QStringList any;
        for (const QString &w : *it)
            any << u'\'' + w + u'\'';
        last = any.size() == 1 ? any.first() : u'(' + any.join(u" | "_s) + u')';
    } else {
        last = u'\'' + last + u"':*"_s;
    }
    return parts.size() == 1 ? parts.first() : u'(' + parts.join(u" <-> "_s) + u')';
}

// All groups must match; within a group any alternative. Empty when a group has no alternative
// left (a word of diacritics alone): nothing can match it.
QString groupsQuery(const QList<QList<QStringList>> &groups, const Expansions &expansions)
{
    QStringList all;
    for (const QList<QStringList> &group : groups) {
        QStringList any;
        for (const QStringList &words : group) {
            if (const QString a = alternative(words, expansions); !a.isEmpty())
                any << a;
        }
        if (any.isEmpty())
            return {};
        all << u'(' + any.join(u" | "_s) + u')';
    }
    return all.join(u" & "_s);
}

QString excludedQuery(const QList<QStringList> &excluded, const Expansions &expansions)
{
    QStringList any;
    for (const QStringList &words : excluded) {
        if (const QString a = alternative(words, expansions); !a.isEmpty())
            any << a;
    }
    return any.join(u" | "_s);
}

} // namespace Careleaf::PostgresText
