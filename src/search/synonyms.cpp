#include "synonyms.h"

#include "searchquery.h"
#include "tablefile.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

void loadFile(Synonyms &s, const QString &path, QStringList *problems)
{
    TableFile::forEachRecord(path, [&](int lineNumber, const QString &line) {
        const QStringList parts = line.split(u'\t', Qt::SkipEmptyParts);
        if (parts.size() != 2 || queryWords(parts.at(0)).isEmpty() || queryWords(parts.at(1)).isEmpty()) {
            if (problems)
                *problems << u"%1:%2: expected two terms separated by a tab"_s.arg(path).arg(lineNumber);
            return;
        }
        s.add(parts.at(0), parts.at(1));
    });
}

} // namespace

QString Synonyms::defaultUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/careleaf/synonyms.tsv"_s;
}

Synonyms Synonyms::load(const QString &userFile, QStringList *problems)
{
    Synonyms s;
    loadFile(s, u":/search/synonyms.tsv"_s, problems);
    if (!userFile.isEmpty())
        loadFile(s, userFile, problems);
    return s;
}

void Synonyms::add(const QString &a, const QString &b)
{
    const QStringList wa = queryWords(a);
    const QStringList wb = queryWords(b);
    if (wa.isEmpty() || wb.isEmpty() || wa == wb)
        return;
    auto insert = [this](const QStringList &key, const QStringList &value) {
        QList<QStringList> &list = m_map[key.join(u' ')];
        if (!list.contains(value))
            list << value;
        m_longest = std::max(m_longest, int(key.size()));
    };
    insert(wa, wb);
    insert(wb, wa);
}

QList<QStringList> Synonyms::equivalents(const QStringList &words) const
{
    return m_map.value(words.join(u' '));
}

QStringList Synonyms::baseForms(const QString &word)
{
    QStringList forms;
    auto add = [&forms, &word](const QString &f) {
        if (f.size() >= 4 && f != word && !forms.contains(f))
            forms << f;
    };
    const qsizetype n = word.size();
    if (n < 5)
        return forms;
    if (word.endsWith(u"ies"_s)) {
        add(word.left(n - 3) + u'y');
    } else if (word.endsWith(u"sses"_s) || word.endsWith(u"xes"_s) || word.endsWith(u"ches"_s) ||
               word.endsWith(u"shes"_s)) {
        add(word.left(n - 2));
    } else if (word.endsWith(u's') && !word.endsWith(u"ss"_s) && !word.endsWith(u"us"_s) && !word.endsWith(u"is"_s)) {
        add(word.left(n - 1));
    } else if (word.endsWith(u"ing"_s) && n > 6) {
        add(word.left(n - 3));
    } else if (word.endsWith(u"ed"_s) && n > 5) {
        add(word.left(n - 2));
        add(word.left(n - 1)); // "infused" -> "infuse"
    }
    return forms;
}

} // namespace Careleaf
