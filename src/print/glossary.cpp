#include "glossary.h"

#include "procedure.h"
#include "tablefile.h"

#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <string>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace Careleaf {

QStringList Glossary::clinicFiles()
{
    return TableFile::clinicFiles(u"careleaf/glossary.tsv"_s);
}

bool Glossary::explainsTextIn(const QString &language)
{
    return language == Procedure::DefaultLanguage;
}

namespace {

struct Standard
{
    QStringList problems;
    Glossary glossary;
};

const Standard &standardGlossary()
{
    static const Standard read = [] {
        Standard s;
        s.glossary = Glossary::load(QStringList{u":/glossary/glossary.tsv"_s} + Glossary::clinicFiles(), &s.problems);
        return s;
    }();
    return read;
}

} // namespace

const Glossary &Glossary::standard()
{
    return standardGlossary().glossary;
}

const QStringList &Glossary::standardProblems()
{
    return standardGlossary().problems;
}

Glossary Glossary::load(const QStringList &files, QStringList *problems)
{
    Glossary g;
    for (const QString &path : files) {
        TableFile::forEachRecord(
            path,
            [&](int lineNumber, const QString &line) {
                const QStringList parts = line.split(u'\t');
                QStringList forms;
                if (parts.size() == 2) {
                    for (const QString &form : parts.at(0).split(u'|'))
                        if (!form.trimmed().isEmpty())
                            forms << form.simplified();
                }
                if (forms.isEmpty() || parts.value(1).trimmed().isEmpty()) {
                    if (problems)
                        *problems << u"%1:%2: expected term<TAB>definition"_s.arg(path, QString::number(lineNumber));
                    return;
                }
                g.add({forms.first(), forms, parts.at(1).simplified()});
            },
            problems);
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

// The code point that starts at at (a surrogate pair read whole); *next is where the next starts.
char32_t pointAt(const QString &text, qsizetype at, qsizetype *next)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
        *next = at + 2;
        return QChar::surrogateToUcs4(c, text.at(at + 1));
    }
    *next = at + 1;
    return c.unicode();
}

// Whether a letter or a digit (in any script) ends where at starts (before) or starts at it:
// a glossary word is matched whole, never inside a longer word.
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
    qsizetype next = 0;
    return at < text.size() && QChar::isLetterOrNumber(pointAt(text, at, &next));
}

// Where form (case-folded code points) ends when it stands in text at start, case aside (a
// space in the form stands for any run of white space, a line break in a paragraph too), or -1.
qsizetype endOf(const std::u32string &form, const QString &text, qsizetype start)
{
    qsizetype at = start;
    for (const char32_t c : form) {
        if (at >= text.size())
            return -1;
        qsizetype next = 0;
        const char32_t t = pointAt(text, at, &next);
        if (c == U' ') {
            if (!QChar::isSpace(t))
                return -1;
            at = next;
            while (at < text.size() && QChar::isSpace(pointAt(text, at, &next)))
                at = next;
        } else if (QChar::toCaseFolded(t) == c) {
            at = next;
        } else {
            return -1;
        }
    }
    return at;
}

} // namespace

void Glossary::compile()
{
    m_formsByFirst.clear();
    std::unordered_set<std::u32string> seen;
    QList<Form> forms;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        for (const QString &form : m_entries.at(i).forms) {
            std::u32string folded;
            for (const char32_t c : form.toUcs4())
                folded += QChar::toCaseFolded(c);
            if (!seen.insert(folded).second)
                continue; // the first entry that names a form keeps it
            forms.append({folded, int(i)});
        }
    }
    // Longest first, so "blood clot" is found before "blood".
    std::stable_sort(forms.begin(), forms.end(),
                     [](const Form &a, const Form &b) { return a.folded.size() > b.folded.size(); });
    for (Form &form : forms)
        m_formsByFirst[form.folded.front()].append(std::move(form));
}

QList<Glossary::Match> Glossary::matches(const QString &text) const
{
    QList<Match> out;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype next = 0;
        const auto candidates = m_formsByFirst.constFind(QChar::toCaseFolded(pointAt(text, at, &next)));
        if (candidates != m_formsByFirst.cend() && !letterOrNumberBefore(text, at)) {
            for (const Form &form : *candidates) {
                const qsizetype end = endOf(form.folded, text, at);
                if (end > at && !letterOrNumberAt(text, end)) {
                    out.append({at, end - at, form.entry});
                    next = end;
                    break;
                }
            }
        }
        at = next;
    }
    return out;
}

QList<Glossary::Entry> Glossary::termsIn(const QString &text) const
{
    const QList<Match> found = matches(text);
    // Whether text uses an entry's headword or a form of it ("infusions", "infused": its first five
    // letters): else the patient looks for the word the handout uses ("NPO"), not the headword
    // ("nil by mouth").
    QSet<int> headwordUsed;
    for (const Match &m : found) {
        const QString headword = m_entries.at(m.entry).term.toCaseFolded();
        if (text.mid(m.start, m.length).toCaseFolded().startsWith(headword.left(5)))
            headwordUsed.insert(m.entry);
    }
    QList<Entry> out;
    QList<int> seen;
    for (const Match &m : found) {
        if (seen.contains(m.entry))
            continue;
        seen << m.entry;
        Entry entry = m_entries.at(m.entry);
        if (!headwordUsed.contains(m.entry))
            entry.term = text.mid(m.start, m.length) + u" ("_s + entry.term + u')'; // "NPO (nil by mouth)"
        out << entry;
    }
    return out;
}

} // namespace Careleaf
