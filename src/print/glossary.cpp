#include "glossary.h"

#include "tablefile.h"

#include <QSet>
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

namespace {

QString foldedByCharacter(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        c = c.toCaseFolded();
    return out;
}

// Whether a letter or a digit (in any script) ends at at (before) or starts at it (after): a
// glossary word is matched whole, never inside a longer word.
bool letterOrNumberBefore(const QString &text, qsizetype at)
{
    if (at <= 0)
        return false;
    const QChar c = text.at(at - 1);
    if (c.isLowSurrogate() && at >= 2 && text.at(at - 2).isHighSurrogate())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(text.at(at - 2), c));
    return c.isLetterOrNumber();
}

bool letterOrNumberAt(const QString &text, qsizetype at)
{
    if (at >= text.size())
        return false;
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, text.at(at + 1)));
    return c.isLetterOrNumber();
}

// Where form ends when it stands in text at start (case aside; a space in the form stands for
// any run of white space, a line break in a paragraph too), or -1.
qsizetype endOf(const QString &form, const QString &text, qsizetype start)
{
    qsizetype at = start;
    for (const QChar c : form) {
        if (at >= text.size())
            return -1;
        if (c == u' ') {
            if (!text.at(at).isSpace())
                return -1;
            while (at < text.size() && text.at(at).isSpace())
                ++at;
        } else if (text.at(at++).toCaseFolded() != c) {
            return -1;
        }
    }
    return at;
}

} // namespace

void Glossary::compile()
{
    m_formsByFirst.clear();
    QSet<QString> seen;
    QList<Form> forms;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        for (const QString &form : m_entries.at(i).forms) {
            const QString folded = foldedByCharacter(form);
            if (seen.contains(folded))
                continue; // the first entry that names a form keeps it
            seen.insert(folded);
            forms.append({folded, int(i)});
        }
    }
    // Longest first, so "blood clot" is found before "blood".
    std::stable_sort(forms.begin(), forms.end(),
                     [](const Form &a, const Form &b) { return a.folded.size() > b.folded.size(); });
    for (Form &form : forms)
        m_formsByFirst[form.folded.front().unicode()].append(std::move(form));
}

QList<Glossary::Match> Glossary::matches(const QString &text) const
{
    QList<Match> out;
    qsizetype at = 0;
    while (at < text.size()) {
        const auto candidates = m_formsByFirst.constFind(text.at(at).toCaseFolded().unicode());
        if (candidates != m_formsByFirst.cend() && !letterOrNumberBefore(text, at)) {
            bool found = false;
            for (const Form &form : *candidates) {
                const qsizetype end = endOf(form.folded, text, at);
                if (end > at && !letterOrNumberAt(text, end)) {
                    out.append({at, end - at, form.entry});
                    at = end;
                    found = true;
                    break;
                }
            }
            if (found)
                continue;
        }
        ++at;
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
