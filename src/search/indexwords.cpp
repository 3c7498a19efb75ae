#include "indexwords.h"

#include "searchquery.h"

#include <algorithm>

namespace Careleaf::IndexWords {

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
