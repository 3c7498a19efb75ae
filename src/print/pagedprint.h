// Lays procedure text out on the pages of a printer or PDF: paper-safe ink whatever the desktop
// theme, a footer on every page ("Page X of Y" and a line that wraps rather than being cut),
// headings kept with their text, no page but the last left less than half full, and "My
// questions" taking the space left at the end. Used by the handout composer, File > Print,
// Export PDF and careleaf-cli.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPaintDevice;
class QPrinter;
class QTextDocument;

namespace Careleaf {

class PagedPrint
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::PagedPrint)

public:
    // Letter where the locale uses it (US, Canada, Mexico, ...), A4 elsewhere.
    [[nodiscard]] static QPageSize::PageSizeId defaultPageSize();
    // The paper a setting names ("A4", "Letter", any case: handout/paper), else defaultPageSize().
    [[nodiscard]] static QPageSize::PageSizeId pageSizeNamed(const QString &paper);

    // Sets margins and page size defaults on a printer the caller configured.
    static void preparePrinter(QPrinter &printer);

    // What one print job shows, in order.
    // Body text of this size or more is large print: nothing on its pages is printed smaller than
    // the body (the running head, the footer, the words to know, the letterhead's contact line),
    // as large-print guidance asks; a reader who needs it for the body needs it for those as much.
    static constexpr double LargePrint = 16.0;
    [[nodiscard]] static constexpr bool isLargePrint(double pointSize) { return pointSize >= LargePrint; }

    struct Flow
    {
        // Each piece (one procedure) holds exactly one <h1>, its title. A piece after the first
        // starts a new page, unless that would leave the page before it less than half full.
        QStringList pieces;
        QString footer;               // on every page; wraps to more lines rather than being cut
        double pointSize = 11.0;      // body text; headings and everything else scale with it
        QMap<QString, QImage> images; // named images the html may show (our own template's only)
        QColor accent;                // headings; invalid: Careleaf's own
        QStringList marks;            // text marked on the page (the composer's hardest sentences)
        // Not empty: this heading and ruled lines for writing on take the space left on the last
        // page, when three lines or more fit there.
        QString questionsHeading;
        // The language (BCP 47) of the words print() adds ("Page X of Y"), and of the pages' direction:
        // right to left for a language written so. Empty: the application's language, left to right.
        QString language;
        // The zero of the digits the page numbers are written in (Handout::zeroDigit).
        QChar zeroDigit = u'0';
        // Not empty: whose pages these are (the patient's name), at the top of every page after
        // the first, so that a page parted from the others still says whose it is.
        QString owner;
    };

    // path as a PDF's name: as given when it ends in ".pdf" (any case), else with ".pdf" added, as a
    // save dialog does, so "handout.txt" never holds a PDF.
    [[nodiscard]] static QString pdfFileName(const QString &path);
    // Paints the flow on printer. Returns an error message, empty on success. *questionsLeftOut
    // (when given) says whether the flow asked for "My questions" and the last page had no room.
    [[nodiscard]] static QString print(const Flow &flow, QPrinter &printer, bool *questionsLeftOut = nullptr);
    // Writes the flow to a PDF file at path: a new file, or a PDF replaced, whole or not at all;
    // never over any other file (a library typed by mistake). stillWanted (when given) is asked
    // before printing and before the PDF takes its place: false leaves path as it was. Returns an
    // error message, empty on success; *questionsLeftOut as print() says it.
    [[nodiscard]] static QString exportPdf(const Flow &flow, const QString &path, const QString &title,
                                           QPageSize::PageSizeId pageSize = defaultPageSize(),
                                           const std::function<bool()> &stillWanted = {},
                                           bool *questionsLeftOut = nullptr);

    // The characters of flow's text that no font on this computer draws, each once, in the order
    // they first appear: printed, each is an empty box (a Thai or Burmese name on a desktop
    // without a font for it). Empty when every character is drawn.
    [[nodiscard]] static QStringList undrawnCharacters(const Flow &flow);
    // What to tell staff of undrawnCharacters(): which, and how to mend it.
    [[nodiscard]] static QString undrawnWarning(const QStringList &characters);

    // How many times a print document asked to load a resource (an image, a style sheet) and
    // was refused, since the program started. Clinical text is escaped, so this stays 0.
    [[nodiscard]] static int refusedResourceLoads();

    // A document set up for paper (fixed ink, our style sheet and font) holding html.
    // compact: a little less space between lines and blocks, to save a page.
    // language (BCP 47): the pages' direction (of every block and table the html does not mark
    // dir="ltr" or dir="rtl") and the font Chinese, Japanese or Korean characters are drawn in.
    // Numbers each list of steps of doc (made from ProcedureHtml's HTML) from where the document
    // numbers it ("3." after a note between steps 2 and 3), which Qt 6.4's HTML reader does not:
    // it started every list at 1. makeDocument() does it; the reading pane too.
    static void numberLists(QTextDocument &doc);
    [[nodiscard]] static std::unique_ptr<QTextDocument> makeDocument(const QString &html, double pointSize = 11.0,
                                                                     const QMap<QString, QImage> &images = {},
                                                                     const QColor &accent = {}, bool compact = false,
                                                                     const QString &language = {});
    // The direction pages in language (BCP 47) are laid out in.
    [[nodiscard]] static Qt::LayoutDirection direction(const QString &language);

    // Moves each short table (a box, a row of words to know) that a page break would cut in two
    // to the start of the next page, and each table a break would cut between a heading in one of
    // its cells and that heading's text (a bilingual handout's section beside its translation).
    // True when it moved one.
    static bool keepTablesWhole(QTextDocument &doc, qreal pageHeight);

    // Moves each heading that would end a page to the start of the next, so no heading is
    // stranded without its text, and so the words leading into a list ("Follow these steps:"),
    // with the headings above them. doc must already be laid out on pages of pageHeight. True
    // when it moved one.
    static bool keepHeadingsWithText(QTextDocument &doc, qreal pageHeight);

    // Moves each paragraph (or list item) that a page break would leave one line of alone, at
    // the foot of a page, or at the head of the next when the paragraph has at most
    // MaxLinesMovedForOne lines before the break, to the start of the next page, with the
    // heading right above it. A patient reading one line alone loses the thread. Not in tables
    // (keepRowsWhole()). With pagesAtMost, not one whose move would make doc longer than that:
    // its lines stay apart. True when it moved one.
    static bool keepParagraphLinesTogether(QTextDocument &doc, qreal pageHeight, int pagesAtMost = 0);
    static constexpr int MaxLinesMovedForOne = 4;

    // In a table with a header row (the words to know), which Qt repeats on each page the table
    // runs onto: moves each row a page break would cut to the start of the next page, so an entry
    // is never read in two pieces. Rows taller than half a page are cut as a paragraph is. The
    // rows moved go under a copy of the header row, its words in `continued` ("%1 (continued)")
    // when given. True when it moved one.
    static bool keepRowsWhole(QTextDocument &doc, qreal pageHeight, const QString &continued = {});

    // A box (the care team's note) that a page break cuts: its paragraphs from the first one the
    // break reaches go into a box of their own that starts the next page, under its title in
    // `continued` ("Your instructions (continued)"), so the box's second part says what it is. A
    // paragraph that cannot go whole (the first under the title, one taller than half a page) is
    // parted at the break; a title alone at a page's foot takes its box to the next page. A box's
    // title is boxTitleHtml()'s. A list is not parted (its numbers would start again). True when
    // it moved one.
    static bool continueBoxesUnderTheirTitle(QTextDocument &doc, qreal pageHeight, const QString &continued);

    // A box's title, its words escaped, as a paragraph (of class boxtitle) that
    // continueBoxesUnderTheirTitle() knows.
    [[nodiscard]] static QString boxTitleHtml(const QString &escapedTitle);
    // The user state (-qt-user-state) of the labels over a bilingual page's columns, which go to
    // the next page with the first row under them.
    static constexpr int ColumnLabelState = 0x434C; // "CL"

    // Html standing for the number of the page on which the flow's piece `piece` (counted from 0)
    // starts its title, written with zeroDigit ("In this packet", "… page 2"): layOut() writes the
    // number in once the pages are laid out.
    [[nodiscard]] static QString pageNumberHtml(int piece, QChar zeroDigit = u'0');

    // The flow laid out on pages of bodySize on device, as print() paints it: breaks chosen,
    // headings kept with their text, the end laid out. For tests and the composer's figures.
    // *questionsLeftOut as print() sets it.
    [[nodiscard]] static std::unique_ptr<QTextDocument>
    layOut(const Flow &flow, QPaintDevice *device, const QSizeF &bodySize, bool *questionsLeftOut = nullptr);

private:
    // words() (a translation) in the language of the pages, language (BCP 47); empty: the
    // application's language.
    template<typename Words>
    static QString inPageLanguage(const QString &language, const Words &words);
    // "%1 (continued)" in the language of the pages.
    static QString continuedText(const QString &language);
};

} // namespace Careleaf
