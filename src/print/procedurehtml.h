// HTML for the detail pane and for printing. Every piece of source text goes through escaped()
// into a fixed template of ours: nothing in a document can add markup, load a resource or change
// the layout, and no direction override can reorder what staff read.
#pragma once

#include "ink.h"
#include "procedure.h"
#include "sectionkeys.h"

#include <QCoreApplication>

namespace Careleaf {

class ProcedureHtml
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::ProcedureHtml)

public:
    // Source text as it is shown: unchanged, except that the source's own Unicode direction
    // overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069) appear as visible
    // "[U+202E]" marks instead of silently reordering the text around them: "dose 5<RLO>01" must
    // not read as "dose 510".
    [[nodiscard]] static QString shownText(const QString &text);
    // Where text holds phone numbers, as (start, length): 7 to 15 digits (Western or
    // Arabic-Indic) in groups apart, three or more groups joined, or with an area code in
    // parentheses ("(217) 555-0142", "+34 912 345 678", "1-800-555-0100"); not a date, a dose,
    // a number in one group or two joined ("555-0142", which may be a range).
    [[nodiscard]] static QList<std::pair<qsizetype, qsizetype>> phoneNumbers(const QString &text);
    // Where a printed line must not break, so that what is read together stays together: the
    // spaces of a phone number and its extension, between a number and the short word after it
    // ("400 mg", "38.5 °C", "12 h", "9:00 a. m."), and between a sign and its number
    // ("≥ 38.5", "(< 4.0", "1.5 × 10⁹/L"): the indexes of those spaces, made no-break spaces on
    // paper. A no-break space prints and reads back from a PDF as a space, so the PDF's text is
    // the source's words. (A break after a slash or a dash, "mg/" / "m²", is left to Qt: a word
    // joiner, the one way to forbid it, reads back as a space in some readers.)
    [[nodiscard]] static QList<qsizetype> lineBindings(const QString &text);
    // text with lineBindings() made.
    [[nodiscard]] static QString withLineBindings(const QString &text);
    // A phone number's groups kept in their order in right-to-left text: in text that holds
    // letters written right to left, each of phoneNumbers() kept left to right (inDirection()).
    // Other text unchanged.
    [[nodiscard]] static QString numbersLeftToRight(const QString &text);
    // text laid out in direction, whatever the paragraph's: between a left-to-right or
    // right-to-left embedding (U+202A, U+202B) and its end (U+202C), which draw nothing.
    // Embeddings, not isolates (U+2066-U+2069): DejaVu Sans, the print font, has no isolates, and
    // Qt draws a character from any installed font that has it, there Noto Sans Mono, whose
    // taller line then made every line holding one taller: a handout printed a page longer on a
    // desktop with that font.
    [[nodiscard]] static QString inDirection(const QString &text, Qt::LayoutDirection direction);
    // text with a zero-width space (U+200B, which draws nothing) every BreakEvery characters of a
    // run longer than LongestUnbreakable in which a line may not break (a 400,000-letter "word"
    // of a damaged file): Qt's line breaker scans such a run again for every line it makes, and
    // took 37 s to lay out one such word, in the handout and in the pane. A few characters apart,
    // so its lines are as full as Qt's breaking anywhere made them. Other text unchanged.
    static constexpr qsizetype LongestUnbreakable = 160;
    static constexpr qsizetype BreakEvery = 4;
    [[nodiscard]] static QString breakableRuns(const QString &text);
    // shownText(), numbersLeftToRight(), breakableRuns(), HTML-escaped: the only way source text
    // enters our HTML.
    [[nodiscard]] static QString escaped(const QString &text);

    // The style sheet for QTextDocument::setDefaultStyleSheet (resources/styles/procedure.css) in
    // the colours of scheme, every point size multiplied by scale (zoom, large print) and raised
    // to smallest where it falls below (large print: nothing smaller than the body).
    [[nodiscard]] static QString styleSheet(const Ink::Scheme &scheme, double scale = 1.0, double smallest = 0);

    // The title, the document's full name beneath it when the title shortens it, aliases.
    // Said beside the name of a sample translation Careleaf's authors wrote (Procedure::sampleTranslation).
    [[nodiscard]] static QString sampleTranslationNote();
    [[nodiscard]] static QString titleHtml(const Procedure &p);
    // "Also known as: ..." with the aliases other than the title, or nothing. leftToRight: set so
    // on any page (English names on an Arabic one).
    [[nodiscard]] static QString aliasesHtml(const Procedure &p, bool leftToRight = false);
    // "Also known as: a; b", the names apart as the language of Careleaf's words parts a list.
    [[nodiscard]] static QString alsoKnownAs(const QStringList &aliases);
    // The code and the official descriptor, once, compactly: for staff.
    [[nodiscard]] static QString staffLineHtml(const Procedure &p, bool leftToRight = false);
    // Procedure::textUnderName as paragraphs: never left out, the pane, every handout and the
    // plain text show them beneath the title.
    [[nodiscard]] static QString nameTextHtml(const Procedure &p);
    // Header of the detail pane: titleHtml, staffLineHtml and nameTextHtml.
    [[nodiscard]] static QString headerHtml(const Procedure &p);
    // Where sections are shown: the reading pane, a printed page, or a column of a bilingual page
    // (half the page: a table of more than a few short columns is a row to a paragraph there).
    enum class Place
    {
        Pane,
        Page,
        PageColumn
    };
    // The sections of p whose key is in keys, in the order of keys, each with its heading. On
    // paper, a table of a language written right to left has its columns in reverse, its first
    // the rightmost (Qt lays columns out left to right whatever the direction); on screen they
    // stay in the source's order, which a screen reader and a copy read. On paper, a table whose
    // columns cannot stand side by side in a line of the print's size (largePrint or not) is
    // printed a row to a paragraph.
    // On paper (Page, PageColumn) a section of a heading Careleaf does not know goes with the one
    // it follows (printedUnder()); printed is the whole handout's keys where keys is a part of
    // them (a bilingual page's row), else keys.
    [[nodiscard]] static QString sectionsHtml(const Procedure &p, const QStringList &keys, Place place = Place::Pane,
                                              bool largePrint = true, const QStringList &printed = {});
    // The sections given, as sectionsHtml() prints each (sections of p).
    [[nodiscard]] static QString sectionListHtml(const Procedure &p, const QList<const Section *> &sections,
                                                 Place place, bool largePrint);
    // The sections of p a handout of the sections printed prints under key, in the document's
    // order. A section of a heading Careleaf does not know ("other") whose heading says the stage
    // of the visit it is for ("Medicines to Stop Before Surgery") is filed under that stage's key
    // (Procedure::printKey()), after the stage's own sections, printed with them or not at all:
    // an after-care sheet does not tell the patient what to stop before. One that does not say
    // goes right after the known section it follows in the document ("Stop These Medicines"
    // after Preparation), when that one is printed and is not a staff section, and one under a
    // heading before every known section with the first of printed, at the top; under "other"
    // come the rest (text before every section without a heading: a note above the descriptor).
    // Before, every one waited for the end, and a handout without "other" (Before the
    // procedure) left out what the patient had to do before it.
    [[nodiscard]] static QList<const Section *> printedUnder(const Procedure &p, const QString &key,
                                                             const QStringList &printed);
    // What one detail-pane tab shows; the Overview tab starts with the header.
    [[nodiscard]] static QString tabHtml(const Procedure &p, const SectionKeys::Tab &tab);
    // All section keys in the order the detail pane's tabs show them.
    [[nodiscard]] static QStringList printOrder();

    // Plain text of a whole procedure, for `careleaf-cli show --text`.
    [[nodiscard]] static QString plainText(const Procedure &p);
    // A list of steps that does not start at 1 says where it does in its numbers' suffix
    // ("#from3"), which Qt 6.4's HTML reader keeps and PagedPrint::numberLists() reads.
    static constexpr char16_t StepsStartMark[] = u"#from";
};

} // namespace Careleaf
