// Words to know: plain-language meanings of medical words (resources/glossary/glossary.tsv, at
// most grade 6 each), plus a clinic's own in <data location>/careleaf/glossary.tsv, whose lines
// replace the shipped meaning of the same headword. Handouts define the words their text uses in
// a "Words to know" box; the detail pane underlines them with the meaning as a tooltip.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>

namespace Careleaf {

class Glossary
{
public:
    struct Entry
    {
        QString term;       // the headword shown to the patient
        QStringList forms;  // every form that counts as the term, the headword first
        QString definition; // for a grade-6 reader
    };
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int entry = -1; // index into entries()
    };

    // Whether the glossary explains text in language (BCP 47): its words and meanings are English,
    // and another language's words that look alike are not its words.
    [[nodiscard]] static bool explainsTextIn(const QString &language);
    // The shipped glossary and the clinic's own files, read once, and the lines of them left out
    // ("file:line: why").
    [[nodiscard]] static const Glossary &standard();
    [[nodiscard]] static const QStringList &standardProblems();
    // careleaf/glossary.tsv in XDG_DATA_DIRS and in the user's data folder, those that exist (IT's
    // first: the user's rewords theirs).
    [[nodiscard]] static QStringList clinicFiles();
    // Reads files in order, later headwords replacing earlier ones; a line that is not
    // term<TAB>definition goes to *problems as "file:line: why".
    [[nodiscard]] static Glossary load(const QStringList &files, QStringList *problems = nullptr);

    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    // Every whole-word occurrence of a form in text, in order; the longest form wins where forms
    // overlap ("blood clot" before "blood").
    [[nodiscard]] QList<Match> matches(const QString &text) const;
    // The entries text uses, each once, in order of first use.
    [[nodiscard]] QList<Entry> termsIn(const QString &text) const;

private:
    void add(Entry entry);
    void compile();

    struct Form
    {
        std::u32string folded; // case-folded code points; one space between words
        int entry = -1;
    };

    QList<Entry> m_entries;
    // The forms by their first (case-folded) character, longest first: at each place a word may
    // start, the first that fits is the match.
    QHash<char32_t, QList<Form>> m_formsByFirst;
};

} // namespace Careleaf
