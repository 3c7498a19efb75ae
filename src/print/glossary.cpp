#include "glossary.h"

#include "tablefile.h"

#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

QString Glossary::defaultClinicFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/careleaf/glossary.tsv"_s;
}

const Glossary &Glossary::standard()
{
    static const Glossary glossary = load({u":/glossary/glossary.tsv"_s, defaultClinicFile()});
    return glossary;
}

Glossary Glossary::load(const QStringList &files, QStringList *problems)
{
    Glossary g;
    for (const QString &path : files) {
        TableFile::forEachRecord(path, [&](int lineNumber, const QString &line) {
            const QStringList parts = line.split(u'\t');
            QStringList forms;
            if (parts.size() == 2) {
                for (const QString &form : parts.at(0).split(u'|'))
                    if (!form.trimmed().isEmpty())
                        forms << form.simplified();
            }
            if (forms.isEmpty() || parts.value(1).trimmed().isEmpty()) {
                if (problems)
                    *problems << u"%1:%2: expected term<TAB>definition"_s.arg(path).arg(lineNumber);
                return;
            }
            g.add({forms.first(), forms, parts.at(1).simplified()});
        });
    }
    g.compile();
    return g;
}

void Glossary::add(Entry entry)
{
    const QString key = entry.term.toCaseFolded();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).term.toCaseFolded() == key) {
            m_entries[i] = std::move(entry);
            return;
        }
    }
    m_entries << std::move(entry);
}

void Glossary::compile()
{
    m_byForm.clear();
    QStringList forms;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        for (const QString &form : m_entries.at(i).forms) {
            const QString key = form.toCaseFolded();
            if (m_byForm.contains(key))
                continue; // the first entry that names a form keeps it
            m_byForm.insert(key, int(i));
            forms << form;
        }
    }
    // Longest first, so "blood clot" is found before "blood".
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &form : std::as_const(forms)) {
        // A space in a form matches any run of white space (a line break in a paragraph too).
        escaped << QRegularExpression::escape(form).replace(u"\\ "_s, u"\\s+"_s);
    }
    m_pattern =
        QRegularExpression(u"(?<![\\p{L}\\p{N}])(?:"_s + escaped.join(u'|') + u")(?![\\p{L}\\p{N}])"_s,
                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    m_pattern.optimize();
}

QList<Glossary::Match> Glossary::matches(const QString &text) const
{
    QList<Match> out;
    if (m_entries.isEmpty() || text.isEmpty())
        return out;
    for (const QRegularExpressionMatch &m : m_pattern.globalMatch(text)) {
        const QString form = m.captured().simplified().toCaseFolded();
        const auto it = m_byForm.constFind(form);
        if (it != m_byForm.cend())
            out.append({m.capturedStart(), m.capturedLength(), *it});
    }
    return out;
}

QList<Glossary::Entry> Glossary::termsIn(const QString &text) const
{
    QList<Entry> out;
    QList<int> seen;
    for (const Match &m : matches(text)) {
        if (!seen.contains(m.entry)) {
            seen << m.entry;
            out << m_entries.at(m.entry);
        }
    }
    return out;
}

} // namespace Careleaf
