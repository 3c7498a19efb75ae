#include "indexwords.h"

#include "searchquery.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf::IndexWords {

namespace {

// Starts the line of pairs: INVISIBLE SEPARATOR, which no tokenizer takes for a letter.
constexpr QChar PairsMark = QChar(0x2063);

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// The pairs of characters of each run of Han in text, in order.
QStringList pairsOf(const QString &text)
{
    QStringList out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        run = isHan(text.at(i)) ? run + 1 : 0;
        if (run >= 2)
            out << text.mid(i - 1, 2);
    }
    return out;
}

} // namespace

QString withHanPairs(const QString &text)
{
    const QStringList pairs = pairsOf(text);
    return pairs.isEmpty() ? text : text + u'\n' + PairsMark + pairs.join(u' ');
}

QString readable(const QString &indexed)
{
    if (!indexed.contains(PairsMark))
        return indexed;
    static const QRegularExpression pairsLine(u"\n\u2063[^\n]*"_s);
    return QString(indexed).remove(pairsLine);
}

QStringList hanPairs(const QString &word)
{
    return word.size() >= 3 && std::all_of(word.cbegin(), word.cend(), isHan) ? pairsOf(word) : QStringList();
}

bool hasHan(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), isHan);
}

QString fold(const QString &word)
{
    // Most words are plain ASCII: nothing to decompose.
    if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return word.toLower();
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toLower();
}

QStringList tokens(const QString &text)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool word = i < text.size() && isWordChar(text.at(i));
        if (word && start < 0) {
            start = i;
        } else if (!word && start >= 0) {
            const QString t = fold(text.mid(start, i - start));
            if (!t.isEmpty())
                out << t;
            start = -1;
        }
    }
    return out;
}

QStringList foldedWords(const QStringList &alternative)
{
    QStringList out;
    for (const QString &w : alternative) {
        if (QString f = fold(w); !f.isEmpty())
            out << f;
    }
    return out;
}

} // namespace Careleaf::IndexWords
