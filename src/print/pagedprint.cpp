#include "pagedprint.h"

#include "digits.h"
#include "ink.h"
#include "languages.h"
#include "pageband.h"
#include "pdftext.h"
#include "procedurehtml.h"
#include "translations.h"

#include <QAbstractTextDocumentLayout>
#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Careleaf {

QPageSize::PageSizeId PagedPrint::defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QPageSize::PageSizeId PagedPrint::pageSizeNamed(const QString &paper)
{
    const QString name = paper.trimmed().toLower();
    return name == u"a4"_s ? QPageSize::A4 : name == u"letter"_s ? QPageSize::Letter : defaultPageSize();
}

void PagedPrint::preparePrinter(QPrinter &printer)
{
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
}

namespace {

QAtomicInt refusedLoads;

// The printer's document fetches nothing: the images it may show (the clinic logo) are handed
// to it from memory; anything else a document asks for is refused and counted.
class PrintDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override
    {
        refusedLoads.ref();
        return {};
    }
};

// A little less air between blocks and between lines: enough, on a few pages, to pull a short
// last page back. Large print
// keeps its lines' spacing (a reader with poor eyesight needs it most) and loses only the air
// between blocks.
const QString CompactBlocksCss = u"p { margin-bottom: 2px; } li { margin-bottom: 1px; } h1 { margin-bottom: 0; }"
                                 " h2 { margin-top: 6px; margin-bottom: 2px; } ul, ol { margin-bottom: 2px; }"_s;
const QString CompactLinesCss = u"p { line-height: 112%; } li { line-height: 110%; } p.term { line-height: 108%; }"_s;

// The space the document's blocks take on their last page.
qreal lastPageUse(const QTextDocument &doc, qreal pageHeight)
{
    const qreal height = doc.documentLayout()->documentSize().height();
    return height - std::floor(std::max<qreal>(0, height - 0.01) / pageHeight) * pageHeight;
}

// Page breaks before the pieces after the first: only where the page before is at least half full.
void breakBetweenPieces(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    int titles = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1 || titles++ == 0)
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        const qreal onPage = top - std::floor(top / pageHeight) * pageHeight;
        // A little over half: the page's last words end above where the next title's block starts.
        if (onPage > pageHeight * 0.55) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            doc.markContentsDirty(0, doc.characterCount());
        }
    }
}

// Set on a paragraph that PagedPrint::keepParagraphLinesTogether() moved to a page of its own, and
// on the words leading into a list that keepHeadingsWithText() moved with it.
constexpr int KeptLinesBreak = QTextFormat::UserProperty + 0x44;

// Set on a paragraph whose lines keepParagraphLinesTogether() left apart, as keeping them
// together would have taken another sheet.
constexpr int KeptLinesCostASheet = QTextFormat::UserProperty + 0x45;

// A break before a heading (a procedure's title, or a section's kept with its text), before a
// paragraph kept whole, or before a table kept whole (a row of a bilingual page), goes stale when
// later passes push the text before it down: the page before would hold a line or two, the rest
// blank. Such breaks go; the passes then set again those still needed.
bool dropStaleBreaks(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    bool any = false;
    const auto lowOnItsPage = [pageHeight](qreal y) { return y - std::floor(y / pageHeight) * pageHeight; };
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !table->format().boolProperty(KeptLinesBreak) ||
            !(table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        if (lowOnItsPage(layout->blockBoundingRect(doc.findBlock(table->firstPosition() - 1)).bottom()) <
            pageHeight / 2) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            format.clearProperty(KeptLinesBreak);
            table->setFormat(format);
            doc.markContentsDirty(0, doc.characterCount());
            any = true;
        }
    }
    for (QTextBlock block = doc.begin().next(); block.isValid(); block = block.next()) {
        if ((block.blockFormat().headingLevel() == 0 && !block.blockFormat().boolProperty(KeptLinesBreak)) ||
            !(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        if (lowOnItsPage(layout->blockBoundingRect(block.previous()).bottom()) < pageHeight / 2) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            format.clearProperty(KeptLinesBreak);
            QTextCursor(block).setBlockFormat(format);
            doc.markContentsDirty(0, doc.characterCount());
            any = true;
        }
    }
    return any;
}

// The print font: DejaVu Sans; for Chinese, Korean and Japanese, Noto Sans CJK (fonts-noto-cjk)
// in the shapes the language writes Han characters (Simplified Chinese, Korean forms), its Latin
// letters and digits too, then DejaVu Sans; the system's choice for any other character.
QFont printFont(const QString &language)
{
    QFont font(u"DejaVu Sans"_s);
    const QLocale locale(language);
    QString cjk;
    switch (language.isEmpty() ? QLocale::C : locale.language()) {
    case QLocale::Chinese:
        cjk = locale.script() == QLocale::TraditionalHanScript ? u"Noto Sans CJK TC"_s : u"Noto Sans CJK SC"_s;
        break;
    case QLocale::Korean:
        cjk = u"Noto Sans CJK KR"_s;
        break;
    case QLocale::Japanese:
        cjk = u"Noto Sans CJK JP"_s;
        break;
    default:
        break;
    }
    // The CJK face first: a list's numbers and bullets are set in the first, and DejaVu's, with a
    // smaller ascent than the Han letters beside them, stood above the line like superscripts.
    // Else Han letters (a Chinese version in an English packet, a patient's name) are drawn in
    // Chinese forms: fontconfig's fallback gave them Japanese ones, and Careleaf prints no Japanese.
    if (!cjk.isEmpty())
        font.setFamilies({cjk, u"DejaVu Sans"_s});
    else
        font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    font.setStyleHint(QFont::SansSerif);
    return font;
}

// In a page set in a CJK face (printFont()), the runs of letters that need no shaping (Latin,
// digits, Han, Hangul, kana...) are set unshaped: the face gives a Latin run's digits other glyphs
// ("Dose 2 of 3"), which no character names in the PDF (Qt names a glyph by the font's own map),
// so that a screen reader, copy and paste or a search read "Dose of". Qt leaves unshaped any
// script it does not itself count as needing it, Arabic and Hebrew among them: their runs (a
// patient's name) keep their shaping.
void unshapeSimpleRuns(QTextDocument &doc)
{
    const auto simple = [](QChar::Script s) {
        return s == QChar::Script_Common || s == QChar::Script_Inherited || s == QChar::Script_Latin ||
               s == QChar::Script_Han || s == QChar::Script_Hangul || s == QChar::Script_Hiragana ||
               s == QChar::Script_Katakana || s == QChar::Script_Bopomofo || s == QChar::Script_Greek ||
               s == QChar::Script_Cyrillic;
    };
    QTextCharFormat unshaped;
    unshaped.setFontStyleStrategy(QFont::PreferNoShaping);
    QTextCursor cursor(&doc);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool isSimple = i < text.size() && simple(text.at(i).script());
            if (isSimple && start < 0) {
                start = i;
            } else if (!isSimple && start >= 0) {
                cursor.setPosition(block.position() + int(start));
                cursor.setPosition(block.position() + int(i), QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(unshaped);
                start = -1;
            }
        }
    }
}

// Every block and table the html left to its direction (no dir="...") laid out in direction.
// A block written left to right alone, in a page of the other direction (an English descriptor, a
// similar code's "90714 Tetanus and diphtheria …" in an Arabic staff copy), keeps its own: laid
// out right to left, its code stood after its words, and its brackets turned.
void setDirection(QTextDocument &doc, Qt::LayoutDirection direction)
{
    const auto ownDirection = [direction](const QString &text) {
        bool leftToRight = false;
        for (const QChar c : text) {
            const QChar::Direction d = c.direction();
            if (d == QChar::DirR || d == QChar::DirAL)
                return direction;
            leftToRight = leftToRight || d == QChar::DirL;
        }
        return leftToRight && direction == Qt::RightToLeft ? Qt::LeftToRight : direction;
    };
    QTextCursor cursor(&doc);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::LayoutDirection))
            continue;
        QTextBlockFormat format;
        format.setLayoutDirection(ownDirection(block.text()));
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
    }
    QList<QTextFrame *> frames{doc.rootFrame()};
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeFirst();
        frames += frame->childFrames();
        QTextFrameFormat format = frame->frameFormat();
        if (!format.hasProperty(QTextFormat::LayoutDirection)) {
            format.setLayoutDirection(direction);
            frame->setFrameFormat(format);
            // A table narrower than the page starts where the page's lines do: at the right in
            // Arabic (Qt sets it at the left whatever its direction).
            auto *table = qobject_cast<QTextTable *>(frame);
            if (table && direction == Qt::RightToLeft && !(table->format().alignment() & Qt::AlignHCenter)) {
                QTextTableFormat tableFormat = table->format();
                tableFormat.setAlignment(Qt::AlignRight);
                table->setFormat(tableFormat);
            }
        }
    }
}

void markText(QTextDocument &doc, const QStringList &marks, const QColor &background)
{
    QTextCharFormat format;
    format.setBackground(background);
    for (const QString &mark : marks) {
        if (mark.trimmed().isEmpty())
            continue;
        for (QTextCursor c = doc.find(mark); !c.isNull(); c = doc.find(mark, c))
            c.mergeCharFormat(format);
    }
}

QString questionsHtml(const QString &heading, int lines)
{
    QString html = u"<h2>"_s + ProcedureHtml::escaped(heading) + u"</h2>"_s;
    for (int i = 0; i < lines; ++i)
        html += u"<p class=\"line\">&nbsp;</p><hr>"_s;
    return html;
}

// What is read together is printed on one line (ProcedureHtml::lineBindings()): a phone number,
// a number and its unit, a sign and its number. They printed "≥" / "38.5 °C" across lines and
// pages. The spaces become no-break spaces, which print the same and read back from the PDF as
// spaces (Qt names their glyph in the PDF by the first character drawing it: the space).
void keepReadingTogether(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (const qsizetype at : ProcedureHtml::lineBindings(b.text())) {
            QTextCursor c(&doc);
            c.setPosition(b.position() + int(at));
            c.setPosition(b.position() + int(at) + 1, QTextCursor::KeepAnchor);
            c.insertText(QString(QChar::Nbsp));
        }
    }
}

} // namespace

namespace {

// Characters a font never needs a glyph for (Unicode's Default_Ignorable_Code_Point): variation
// selectors, fillers, joiners; drawn as nothing whatever the fonts.
bool isDefaultIgnorable(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> ranges[] = {
        {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C}, {0x115F, 0x1160}, {0x17B4, 0x17B5},
        {0x180B, 0x180F},   {0x200B, 0x200F},   {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},
        {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3},
        {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
    };
    return std::any_of(std::begin(ranges), std::end(ranges),
                       [c](const auto &range) { return c >= range.first && c <= range.second; });
}

} // namespace

QStringList PagedPrint::undrawnCharacters(const Flow &flow)
{
    QString text = flow.footer + u'\n' + flow.owner + u'\n' + flow.questionsHeading;
    for (const QString &piece : flow.pieces)
        text += u'\n' + QTextDocumentFragment::fromHtml(piece).toPlainText();
    // The font a character is drawn in is the print font or, failing it, any font installed
    // that has it (Qt's fallback): inFontUcs4 asks them all.
    const QFontMetricsF metrics(printFont(flow.language));
    QStringList undrawn;
    QSet<char32_t> seen;
    for (const char32_t c : text.toUcs4()) {
        if (seen.contains(c) || isDefaultIgnorable(c))
            continue;
        seen.insert(c);
        switch (QChar::category(c)) {
        case QChar::Other_Control: // line ends, tabs: no glyph of their own
        case QChar::Other_Format:  // direction marks, zero-width spaces and joiners
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            continue;
        default:
            break;
        }
        if (!metrics.inFontUcs4(c))
            undrawn << QString::fromUcs4(&c, 1);
    }
    return undrawn;
}

QString PagedPrint::undrawnWarning(const QStringList &characters)
{
    constexpr qsizetype Named = 6;
    QStringList named;
    for (const QString &c : characters.mid(0, Named))
        named << u"\u201C%1\u201D (U+%2)"_s.arg(c, Digits::codePoint(c.toUcs4().value(0)));
    QString which = QLocale().createSeparatedList(named);
    if (characters.size() > Named)
        which = tr("%1 and %n more", nullptr, int(characters.size() - Named)).arg(which);
    return tr("Some letters print as empty boxes: no font on this computer draws %1. Install a font that does "
              "(on Debian, fonts-noto-core or fonts-noto-cjk), or ask IT.")
        .arg(which);
}

int PagedPrint::refusedResourceLoads()
{
    return refusedLoads.loadRelaxed();
}

void PagedPrint::numberLists(QTextDocument &doc)
{
    QList<QTextList *> lists; // in the document's order
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (QTextList *list = b.textList(); list && !lists.contains(list))
            lists << list;
    }
    bool changed = false;
    for (qsizetype i = 0; i < lists.size(); ++i) {
        QTextList *list = lists.at(i);
        QTextListFormat format = list->format();
        if (!format.numberSuffix().startsWith(QStringView(ProcedureHtml::StepsStartMark)))
            continue;
        const int start = format.numberSuffix().mid(QStringView(ProcedureHtml::StepsStartMark).size()).toInt();
        format.setNumberSuffix(u"."_s);
        list->setFormat(format);
        changed = true;
        // Steps going on after text between them (3 after 1 and 2) join the list before them at
        // their depth (not a list under its last item), which the text between does not part:
        // its items count on.
        QTextList *before = nullptr;
        for (qsizetype j = i - 1; j >= 0 && lists.at(j)->format().indent() >= format.indent() && !before; --j) {
            if (lists.at(j)->format().indent() == format.indent())
                before = lists.at(j);
        }
        if (before && before->format().style() == format.style() && before->count() == start - 1) {
            const QList<QTextBlock> items = [list] {
                QList<QTextBlock> out;
                for (int k = 0; k < list->count(); ++k)
                    out << list->item(k);
                return out;
            }();
            for (const QTextBlock &item : items)
                before->add(item);
            lists[i] = before;
            continue;
        }
        // Else as many items before the first, hidden: each counts, none is drawn.
        QTextCursor at(list->item(0));
        for (int k = 1; k < std::min(start, 1000); ++k) {
            at.movePosition(QTextCursor::StartOfBlock);
            at.insertBlock(at.blockFormat(), at.charFormat());
            at.block().previous().setVisible(false);
        }
    }
    if (changed)
        doc.markContentsDirty(0, doc.characterCount());
}

std::unique_ptr<QTextDocument> PagedPrint::makeDocument(const QString &html, double pointSize,
                                                        const QMap<QString, QImage> &images, const QColor &accent,
                                                        bool compact, const QString &language)
{
    auto doc = std::make_unique<PrintDocument>();
    doc->setUndoRedoEnabled(false);
    QFont font = printFont(language);
    font.setPointSizeF(pointSize);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(
        ProcedureHtml::styleSheet(Ink::paper(accent), pointSize / 11.0, isLargePrint(pointSize) ? pointSize : 0.0) +
        (compact ? CompactBlocksCss + (isLargePrint(pointSize) ? QString() : CompactLinesCss) : QString()));
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc->setHtml(html);
    // One edit block around every change made to the text: outside one, each insertion laid its
    // paragraph's text out again (QTextCursor places itself on the new line), which made a long
    // paragraph's handout quadratic in its length.
    QTextCursor edits(doc.get());
    edits.beginEditBlock();
    numberLists(*doc);
    keepReadingTogether(*doc);
    if (font.families().value(0) != u"DejaVu Sans"_s) // a CJK face first
        unshapeSimpleRuns(*doc);
    edits.endEditBlock();
    if (const Qt::LayoutDirection direction = PagedPrint::direction(language); direction == Qt::RightToLeft) {
        QTextOption option = doc->defaultTextOption();
        option.setTextDirection(direction);
        doc->setDefaultTextOption(option);
        setDirection(*doc, direction);
    }
    return doc;
}

Qt::LayoutDirection PagedPrint::direction(const QString &language)
{
    const Languages::Language *known = Languages::find(language);
    if (known)
        return known->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    return language.isEmpty() ? Qt::LeftToRight : QLocale(language).textDirection();
}

namespace {

// Where block's lines are, from the top of the first to the foot of the last: Qt moves a line
// pushed to the next page, not the block's rectangle.
std::pair<qreal, qreal> linesSpan(const QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF r = layout->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return {r.top(), r.bottom()};
    // The rectangle starts where the block's layout does; its lines are placed from there (the
    // first lower than 0 when Qt moved it to the next page).
    return {r.top() + lines->lineAt(0).y(), r.top() + lines->lineAt(lines->lineCount() - 1).rect().bottom()};
}

// A row of a bilingual page: two cells, a section beside its translation, each starting with its
// heading (either may be empty). Its columns go on from page to page as the page's own text does.
bool sectionsSideBySide(const QTextTable &table)
{
    if (table.parentFrame() != table.document()->rootFrame() || table.rows() != 1 || table.columns() != 2)
        return false;
    for (int column = 0; column < 2; ++column) {
        if (table.document()->findBlock(table.cellAt(0, column).firstPosition()).blockFormat().headingLevel() > 0)
            return true;
    }
    return false;
}

// A heading of the page's flow (one in a table's cell moves with its table).
bool isHeading(const QTextBlock &block)
{
    return block.isValid() && block.blockFormat().headingLevel() > 0 && !QTextCursor(block).currentTable();
}

// Whether block is laid out in a flow of its own that pages cut as they cut the page's: the
// page's (outside any table), or a column of a bilingual page (a row of two cells, a section beside
// its translation) after the column's first block, which goes with its row (keepTablesWhole()).
// Not a box's, nor a table's of the text.
bool inPageFlow(const QTextBlock &block)
{
    QTextCursor cursor(block);
    const QTextTable *table = cursor.currentTable();
    if (!table)
        return true;
    return table->parentFrame() == block.document()->rootFrame() && table->rows() == 1 && table->columns() == 2 &&
           block.position() > table->cellAt(cursor).firstPosition();
}

// Whether a and b are laid out in the same flow: the page's, or the same cell's.
bool sameFlow(const QTextBlock &a, const QTextBlock &b)
{
    QTextCursor ca(a);
    QTextCursor cb(b);
    const QTextTable *table = ca.currentTable();
    return a.isValid() && b.isValid() && table == cb.currentTable() &&
           (!table || table->cellAt(ca) == table->cellAt(cb));
}

// A heading right above block, in its flow (the heading of a column's section, whose first block
// it is, too).
bool headingAbove(const QTextBlock &block)
{
    const QTextBlock above = block.previous();
    return above.blockFormat().headingLevel() > 0 && sameFlow(above, block);
}

// A table under a heading of its own in its header row (the words to know), whose copies on later
// pages say "(continued)" themselves; a table's column headings are not one.
bool underItsOwnHeading(const QTextTable &table)
{
    return table.format().headerRowCount() > 0 &&
           table.document()->findBlock(table.cellAt(0, 0).firstPosition()).blockFormat().headingLevel() > 0;
}

// Words leading into the list under them ("Follow these steps exactly:", an item "Call us if:"
// above the items under it), of at most MaxLinesMovedForOne lines: a page break after them
// leaves them at a page's foot, the steps on the next without what they are for.
bool leadsIntoList(const QTextBlock &block)
{
    const QString text = block.text().trimmed();
    const QTextBlock next = block.next();
    if (!(text.endsWith(u':') || text.endsWith(u'\uFF1A')) || !next.isValid() || !next.textList() || !block.layout() ||
        block.layout()->lineCount() > PagedPrint::MaxLinesMovedForOne)
        return false;
    return !block.textList() || next.textList()->format().indent() > block.textList()->format().indent();
}

// Where a page break before block goes so that nothing is stranded above it: before the headings
// right above it in its flow (and, with leadIns, the words leading into a list), up to one that
// has a break of its own or starts its column.
QTextBlock breakPointFor(const QTextBlock &block, bool leadIns)
{
    QTextBlock at = block;
    while ((headingAbove(at) || (leadIns && leadsIntoList(at.previous()) && sameFlow(at.previous(), at))) &&
           inPageFlow(at.previous()) && !(at.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
        at = at.previous();
    return at;
}

// Where a heading's text starts: the bottom of the first line of the block after it (and of the
// empty blocks after that, ruled lines to write on). A page break above it strands the heading.

qreal keepWithHeading(const QTextBlock &heading, bool titleWithItsText = false)
{
    QAbstractTextDocumentLayout *layout = heading.document()->documentLayout();
    const QTextBlock next = heading.next();
    if (!next.isValid())
        return layout->blockBoundingRect(heading).bottom();
    // Nothing under a heading that ends its cell (a column's section whose last words are a
    // heading with nothing under it, "Pros and Cons:"): the block after the table, or the other
    // column's first, is not its text. (A table in its cell is, and the next row's is, under a
    // table's heading row.)
    const QTextCursor at(heading);
    if (const QTextTable *table = at.currentTable()) {
        const QTextTableCell cell = table->cellAt(at);
        const bool inItsCell = next.position() >= cell.firstPosition() && next.position() <= cell.lastPosition();
        const QTextCursor after(next);
        if (!inItsCell && (after.currentTable() != table || table->cellAt(after).row() == cell.row()))
            return layout->blockBoundingRect(heading).bottom();
    }
    // Headings one under another ("Medical Policies …", "Related policies …") go together with
    // the text after the last: each kept with the next alone put each on a page of its own.
    // So in a column of a bilingual page; and the words leading into a list under a heading go
    // with the list's first line.
    if (heading.blockFormat().headingLevel() > 0 && sameFlow(heading, next) &&
        (next.blockFormat().headingLevel() > 0 || leadsIntoList(next)))
        return keepWithHeading(next, titleWithItsText);
    // A procedure's title goes with its first section's heading and first line (titleWithItsText):
    // the lines under the title (its full name, other names, a staff line) are not the text it
    // names. Unless they are long (a document's text under its name).
    if (titleWithItsText && isHeading(heading) && heading.blockFormat().headingLevel() == 1) {
        qreal under = 0;
        for (QTextBlock b = next; b.isValid() && !QTextCursor(b).currentTable(); b = b.next()) {
            if (isHeading(b))
                return keepWithHeading(b);
            under += layout->blockBoundingRect(b).height();
            if (under > heading.document()->pageSize().height() / 4)
                break;
        }
    }
    const QRectF following = layout->blockBoundingRect(next);
    qreal keepBottom =
        following.top() + (next.layout() && next.layout()->lineCount() > 0 ? next.layout()->lineAt(0).rect().bottom()
                                                                           : following.height());
    // Not past its flow's end: the empty block after a column's last paragraph is below the
    // whole row (the other column's too), which made every row that a page cut seem to cut a
    // heading from its text and moved it whole to the next page.
    for (QTextBlock b = next.next(); sameFlow(b, next) && b.text().trimmed().isEmpty(); b = b.next())
        keepBottom = layout->blockBoundingRect(b).bottom();
    return keepBottom;
}

// A table whose cells start with a heading (a bilingual handout's section beside its
// translation): where the page would end between a heading and its text.
bool cutsAHeadingFromItsText(const QTextTable &table, qreal pageHeight)
{
    for (int column = 0; column < table.columns(); ++column) {
        const QTextBlock heading = table.document()->findBlock(table.cellAt(0, column).firstPosition());
        if (!heading.isValid() || heading.blockFormat().headingLevel() == 0)
            continue;
        const QRectF rect = heading.document()->documentLayout()->blockBoundingRect(heading);
        // One over a third of a page (a policy's whole title as its heading) is cut as text is:
        // moved whole, it left most of the page above blank.
        if (rect.height() > pageHeight / 3)
            continue;
        const qreal top = rect.top();
        if (int(top / pageHeight) != int((keepWithHeading(heading) - 0.01) / pageHeight))
            return true;
    }
    return false;
}

// Which procedure the text at the top of a page belongs to, when it began on an earlier page:
// its title, and, where the page goes on with a section begun on the page before (continues),
// the last heading under it (a section's, or one within a section). Nothing where the page starts
// a procedure (its title), in a box or the words to know (which start a page under their own
// heading), or with the heading of "My questions" (endHeading), which belong to the whole
// handout; the title alone in a bilingual row (its section is in the row).
struct ContinuedFrom
{
    QString title;
    QString section;
    bool continues = true;
};

// Where each page's text comes from (ContinuedFrom), page after page, its top asked in increasing
// order: the blocks above the pages are walked once for all (walked from the first block again for
// each page, a table of thousands of rows took as long again as its layout).
class PagesContinued
{
public:
    PagesContinued(const QTextDocument &doc, const QString &endHeading)
        : m_doc(doc)
        , m_layout(doc.documentLayout())
        , m_next(doc.begin())
        , m_endHeading(endHeading)
    {}

    std::optional<ContinuedFrom> at(qreal pageTop)
    {
        // What the blocks above the page say, up to the first that reaches onto it.
        while (m_next.isValid() && linesSpan(m_layout, m_next).second <= pageTop + 0.5) {
            take(m_next, &m_from, &m_section);
            m_next = m_next.next();
        }
        ContinuedFrom from = m_from;
        QString section = m_section;
        for (QTextBlock block = m_next; block.isValid(); block = block.next()) {
            const int level = isHeading(block) ? block.blockFormat().headingLevel() : 0;
            if (linesSpan(m_layout, block).second > pageTop + 0.5) {
                if (const QTextTable *table = QTextCursor(block).currentTable()) {
                    // A page that starts inside a table: a bilingual handout's sections, side by
                    // side, go on with their procedure; the words to know say "(continued)"
                    // themselves; a table of the text (doses by day) goes on with its section.
                    if (underItsOwnHeading(*table) || from.title.isEmpty())
                        return std::nullopt;
                    if (!holdsSections(table))
                        return from;
                    return ContinuedFrom{from.title, {}, level == 0}; // at a section's heading: the title
                }
                if (block.text().trimmed().isEmpty())
                    continue; // between two tables: the page starts with what follows
                if (level == 1 || (level > 0 && (from.title.isEmpty() || block.text().simplified() == m_endHeading)))
                    return std::nullopt;
                // A heading within a section ("Pros and Cons" under "Alternatives") goes on with it.
                if (level > 2 && !section.isEmpty())
                    return ContinuedFrom{from.title, section, true};
                if (level > 0)
                    return ContinuedFrom{from.title, {}, false};
                if (from.title.isEmpty() && from.section.isEmpty())
                    return std::nullopt;
                return from;
            }
            take(block, &from, &section);
        }
        return std::nullopt;
    }

private:
    // The title and section a block above the page makes the page's.
    static void take(const QTextBlock &block, ContinuedFrom *from, QString *section)
    {
        const int level = isHeading(block) ? block.blockFormat().headingLevel() : 0;
        if (level == 1) {
            from->title = block.text().simplified();
            from->section.clear();
            section->clear();
        } else if (level > 0) {
            from->section = block.text().simplified();
            if (level == 2)
                *section = from->section;
        }
    }

    // Whether a table holds headings (a bilingual handout's sections side by side), asked once a
    // table.
    bool holdsSections(const QTextTable *table)
    {
        if (table != m_table) {
            m_table = table;
            m_tableHoldsSections = false;
            for (QTextBlock b = m_doc.findBlock(table->firstPosition());
                 b.isValid() && b.position() <= table->lastPosition() && !m_tableHoldsSections; b = b.next())
                m_tableHoldsSections = b.blockFormat().headingLevel() > 0;
        }
        return m_tableHoldsSections;
    }

    const QTextDocument &m_doc;
    QAbstractTextDocumentLayout *m_layout;
    QTextBlock m_next;    // the first block not wholly above the last page asked
    ContinuedFrom m_from; // what the blocks before it say
    QString m_section;    // the last section's own heading (level 2), under the title
    QString m_endHeading;
    const QTextTable *m_table = nullptr;
    bool m_tableHoldsSections = false;
};

// Where a row's text is: from the top of its highest cell's first line to the foot of its lowest's
// last, across its cells, and the height of the tallest cell's lines (the row's own height, not
// the page's foot they skip).
struct RowText
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    qreal left = std::numeric_limits<qreal>::max();
    qreal right = std::numeric_limits<qreal>::lowest();
    qreal tallest = 0;
};

RowText rowText(const QTextTable &table, int row)
{
    const QTextDocument &doc = *table.document();
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    RowText r;
    for (int column = 0; column < table.columns(); ++column) {
        const QTextTableCell cell = table.cellAt(row, column);
        if (cell.row() != row || cell.column() != column)
            continue;
        qreal height = 0;
        for (QTextBlock b = doc.findBlock(cell.firstPosition()); b.isValid() && b.position() <= cell.lastPosition();
             b = b.next()) {
            const auto [from, to] = linesSpan(layout, b);
            r.top = std::min(r.top, from);
            r.bottom = std::max(r.bottom, to);
            const QRectF rect = layout->blockBoundingRect(b);
            r.left = std::min(r.left, rect.left());
            r.right = std::max(r.right, rect.right());
            for (int i = 0; b.layout() && i < b.layout()->lineCount(); ++i)
                height += b.layout()->lineAt(i).height();
        }
        r.tallest = std::max(r.tallest, height);
    }
    return r;
}

// The rule under a table's last row on a page where the table goes on. In the collapsed borders
// of a ruled table Qt (6.4) draws none under a row whose next row is on the next page, and draws
// that row's sides on down to the page's foot: the table stood open at the foot of the page, as
// if the page had been cut, over empty cells.
struct TableFoot
{
    int page = 0;
    QRectF rule;  // in the document's coordinates
    QRectF below; // down to the page's foot: the sides Qt draws on, cleared
    QBrush brush;
};

std::vector<TableFoot> openTableFeet(const QTextDocument &doc, qreal pageHeight, const QPaintDevice *device)
{
    std::vector<TableFoot> feet;
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    // Every table, one in a bilingual handout's column too. (Not one with a cell over two rows:
    // its rows' feet are not the table's.)
    const auto spansRows = [](const QTextTable &table) {
        for (int row = 0; row < table.rows(); ++row) {
            for (int column = 0; column < table.columns(); ++column) {
                if (table.cellAt(row, column).rowSpan() > 1)
                    return true;
            }
        }
        return false;
    };
    QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    while (!frames.isEmpty()) {
        QTextFrame *frame = frames.takeFirst();
        frames += frame->childFrames();
        const auto *table = qobject_cast<const QTextTable *>(frame);
        if (!table || table->rows() < 2 || !table->format().borderCollapse() || table->format().border() <= 0 ||
            spansRows(*table))
            continue;
        // The cells' padding (and half their rule) is the same above and below a cell's text:
        // half the space between two rows' text on one page.
        std::optional<qreal> padding;
        std::vector<std::pair<int, RowText>> open; // rows whose next row is on a later page
        RowText above = rowText(*table, 0);
        for (int row = 1; row < table->rows(); ++row) {
            const RowText below = rowText(*table, row);
            if (above.top <= above.bottom && below.top <= below.bottom) {
                if (pageOf(below.top) > pageOf(above.bottom))
                    open.emplace_back(pageOf(above.bottom), above);
                else if (!padding && below.top >= above.bottom)
                    padding = (below.top - above.bottom) / 2;
            }
            above = below;
        }
        if (!padding || open.empty())
            continue;
        // Its width as Qt draws a grid's: one pixel at the screen's 96 dots an inch.
        const qreal width = device->logicalDpiY() / 96.0;
        const QBrush brush =
            table->format().borderBrush().style() == Qt::NoBrush ? QBrush(Qt::black) : table->format().borderBrush();
        for (const auto &[page, row] : open) {
            const QRectF rule(QPointF(row.left - *padding - width / 2, row.bottom + *padding - width / 2),
                              QPointF(row.right + *padding + width / 2, row.bottom + *padding + width / 2));
            const QRectF below(QPointF(rule.left() - width, rule.bottom()),
                               QPointF(rule.right() + width, (page + 1) * pageHeight));
            feet.push_back({page, rule, below, brush});
        }
    }
    return feet;
}

// As many of text's first words as fit width, with an ellipsis when some are left out; empty when
// not even the first fits ("Magnesium Infusion…", never "Magnesi…"). Text in a script written
// without spaces between its words (Chinese, Japanese, Thai) is shortened anywhere.
QString wholeWordsThatFit(const QFontMetricsF &fm, const QString &text, qreal width)
{
    if (fm.horizontalAdvance(text) <= width)
        return text;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const auto withoutSpaces = [](QChar c) {
        const QChar::Script script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana ||
               script == QChar::Script_Thai || script == QChar::Script_Lao || script == QChar::Script_Khmer;
    };
    if (std::any_of(text.cbegin(), text.cend(), withoutSpaces))
        return fm.elidedText(text, Qt::ElideRight, width);
    const QString ellipsis(QChar(0x2026));
    QString fitted;
    for (const QString &word : words) {
        const QString longer = fitted.isEmpty() ? word : fitted + u' ' + word;
        if (fm.horizontalAdvance(longer + ellipsis) > width)
            break;
        fitted = longer;
    }
    return fitted.isEmpty() ? QString() : fitted + ellipsis;
}

// The line above the text of a page after the first: whose pages these are (the patient's name,
// when there is one) at the end of the line, so that a page parted from the others still finds
// its patient; at its start, which procedure the page belongs to, and, where it goes on with a
// section, which section ("%1 (continued)" in the page's language), so that a patient reading the
// page alone knows what its first lines are about. The name is whole. Where the line is short
// (large print, a long name), the print is smaller, down to smallest, then the section is left out
// before the title (which procedure matters more than which of its sections), then the title is
// shortened to its first words. A name that takes more than half the line has a line of its own
// above the other (ownLine), as too little is left beside it.
struct RunningHead
{
    QString owner;
    QString continued; // "%1 (continued)" in the page's language
    QRectF line;       // where it is drawn, above the body (both lines, with ownLine)
    qreal smallest = 8;
    bool ownLine = false;
    int nameLines = 1; // with ownLine: the lines the name may wrap to (a name longer than the line)

    struct Choice
    {
        QString text; // at the start of the line
        qreal pointSize = 0;
    };

    // What the start of the line says on a page that goes on with from, and in which size, from
    // font's down to smallest.
    [[nodiscard]] Choice choose(QPaintDevice *device, const QFont &font, const std::optional<ContinuedFrom> &from) const
    {
        QStringList says; // the most first
        if (from && !from->continues) {
            says << from->title;
        } else if (from) {
            if (!from->title.isEmpty() && !from->section.isEmpty())
                says << continued.arg(from->title + u" \u2014 "_s + from->section);
            says << continued.arg(from->title.isEmpty() ? from->section : from->title);
        }
        // The name is never cut: where it is wider than the line even in the smallest print, it
        // gets the size it fits in.
        const auto nameFits = [&](qreal size) {
            QFont f = font;
            for (f.setPointSizeF(size); f.pointSizeF() > 5; f.setPointSizeF(f.pointSizeF() - 0.5)) {
                const QFontMetricsF fm(f, device);
                if (ownLine && nameLines > 1 ? nameHeight(fm) <= nameLines * fm.lineSpacing() + 0.5
                                             : (ownLine ? fm.horizontalAdvance(owner) + fm.averageCharWidth()
                                                        : ownerWidth(fm)) <= line.width())
                    break;
            }
            return f.pointSizeF();
        };
        QFont start = font;
        start.setPointSizeF(nameFits(font.pointSizeF()));
        if (says.isEmpty())
            return {{}, start.pointSizeF()};
        const qreal floor = nameFits(std::min(start.pointSizeF(), smallest));
        for (const QString &say : std::as_const(says)) {
            for (QFont f = start;; f.setPointSizeF(std::max(floor, f.pointSizeF() - 0.5))) {
                const QFontMetricsF fm(f, device);
                if (ownerWidth(fm) + fm.horizontalAdvance(say) <= line.width())
                    return {say, f.pointSizeF()};
                if (f.pointSizeF() <= floor)
                    break;
            }
        }
        // Nothing whole fits: the title's first words, in the smallest print; else the section.
        QFont f = start;
        f.setPointSizeF(floor);
        const QFontMetricsF fm(f, device);
        const qreal room = line.width() - ownerWidth(fm);
        if (!from->continues)
            return {wholeWordsThatFit(fm, from->title, room), floor};
        const qreal beside = room - fm.horizontalAdvance(continued.arg(QString()));
        QString words = wholeWordsThatFit(fm, from->title, beside);
        if (words.isEmpty())
            words = wholeWordsThatFit(fm, from->section, beside);
        return {words.isEmpty() ? QString() : continued.arg(words), floor};
    }

    void draw(QPainter &painter, QFont font, const Choice &choice) const
    {
        if (owner.isEmpty() && choice.text.isEmpty())
            return;
        font.setPointSizeF(choice.pointSize);
        painter.setFont(font);
        const QFontMetricsF fm(font, painter.device());
        const bool rtl = painter.layoutDirection() == Qt::RightToLeft;
        qreal room = line.width();
        if (!owner.isEmpty()) {
            // choose() gives a size the whole name fits in; shortened only where the line could
            // not hold it even in 5 pt.
            const qreal beside =
                line.width() - (ownLine ? 0.0 : fm.horizontalAdvance(choice.text) + fm.averageCharWidth() * 4);
            const QString name = ownLine && nameLines > 1
                                     ? owner
                                     : fm.elidedText(owner, Qt::ElideRight, std::max(line.width() * 0.4, beside));
            painter.drawText(line,
                             (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute |
                                 (ownLine ? Qt::AlignTop | Qt::TextWordWrap : Qt::AlignBottom),
                             name);
            if (!ownLine)
                room -= fm.horizontalAdvance(name) + fm.averageCharWidth() * 4;
        }
        painter.drawText(line, (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignBottom,
                         fm.elidedText(choice.text, Qt::ElideRight, room));
    }

    // The height of the name wrapped to the line's width.
    [[nodiscard]] qreal nameHeight(const QFontMetricsF &fm) const
    {
        return fm.boundingRect(QRectF(0, 0, line.width(), 1e6), Qt::TextWordWrap, owner).height();
    }

private:
    // The name and the space after it (a character to spare: eliding measures text a little wider
    // than horizontalAdvance does).
    [[nodiscard]] qreal ownerWidth(const QFontMetricsF &fm) const
    {
        return (owner.isEmpty() || ownLine ? 0.0 : fm.horizontalAdvance(owner) + fm.averageCharWidth() * 4) +
               fm.averageCharWidth();
    }
};

// exportPdf()'s stillWanted while it lays its pages out: the passes below, each a whole layout
// again, end when it says no (a handout of thousands of sections, or a table of thousands of
// rows, took minutes, and a SIGTERM was acted on only when they were done).
thread_local const std::function<bool()> *t_stillWanted = nullptr;

bool stopping()
{
    return t_stillWanted && *t_stillWanted && !(*t_stillWanted)();
}

// Starts table on the next page; false where it does already. kept: the break keeps the table
// whole or with its heading, and goes when stale (dropStaleBreaks()).
bool startOnNextPage(QTextTable *table, bool kept = false)
{
    // The labels over a bilingual page's columns ("English", "Español") go with its first row:
    // they were left alone at the foot of the first page.
    QTextBlock before = table->document()->findBlock(table->firstPosition() - 1);
    if (before.text().isEmpty() && !QTextCursor(before).currentTable()) // the empty block between two tables
        before = before.previous();
    if (QTextTable *labels = QTextCursor(before).currentTable();
        labels && labels != table && before.userState() == PagedPrint::ColumnLabelState)
        table = labels;
    QTextTableFormat format = table->format();
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    if (kept)
        format.setProperty(KeptLinesBreak, true);
    table->setFormat(format);
    return true;
}

// Under the heading that starts its column of a bilingual page, block cannot go to the next page
// alone: the row goes, when it starts on the page block starts on, below its top. True when it
// went.
bool moveRowOfColumnStart(const QTextBlock &block, qreal pageHeight)
{
    QTextTable *row = QTextCursor(block).currentTable();
    if (!row)
        return false;
    const qreal top = block.document()->documentLayout()->frameBoundingRect(row).top();
    const qreal blockTop = block.document()->documentLayout()->blockBoundingRect(block).top();
    const int page = int(blockTop / pageHeight);
    if (int(top / pageHeight) != page || top < page * pageHeight + 1 || !startOnNextPage(row, true))
        return false;
    row->document()->markContentsDirty(0, row->document()->characterCount());
    return true;
}

} // namespace

bool PagedPrint::keepTablesWhole(QTextDocument &doc, qreal pageHeight)
{
    bool any = false;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (int pass = 0; pass < 200 && !stopping(); ++pass) {
        bool moved = false;
        for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF r = layout->frameBoundingRect(table);
            const int first = int(r.top() / pageHeight);
            const bool cut = first != int((r.bottom() - 0.01) / pageHeight);
            // A heading right above the table goes with it, and so do the words leading into it
            // ("Doses for pain:"): the break comes before them.
            const QTextBlock before = doc.findBlock(table->firstPosition() - 1);
            const QString lead = before.text().trimmed();
            const bool leadsIn =
                before.isValid() && !QTextCursor(before).currentTable() &&
                (before.blockFormat().headingLevel() > 0 || lead.endsWith(u':') || lead.endsWith(u'\uFF1A')) &&
                !(before.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
            // Qt sets a table whose first row does not fit on the next page by itself, leaving the
            // words leading into it at the foot of the page before.
            const auto [leadTop, leadBottom] = linesSpan(layout, before);
            const qreal firstRow = linesSpan(layout, doc.findBlock(table->cellAt(0, 0).firstPosition())).first;
            const bool parted = leadsIn && int(firstRow / pageHeight) > int((leadBottom - 0.01) / pageHeight) &&
                                leadTop > int(leadTop / pageHeight) * pageHeight;
            // A short table moves whole rather than be cut; not a bilingual page's row, whose
            // columns a page cuts as it cuts the page's text (moved whole, it left up to half a
            // page blank), unless that leaves a heading at the foot of the page.
            if ((cut && r.top() > first * pageHeight &&
                 ((r.height() < pageHeight / 2 && !sectionsSideBySide(*table)) ||
                  cutsAHeadingFromItsText(*table, pageHeight))) ||
                parted) {
                if (leadsIn) {
                    // With the headings right above them.
                    const QTextBlock breakBefore = breakPointFor(before, false);
                    QTextBlockFormat format = breakBefore.blockFormat();
                    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    QTextCursor(breakBefore).setBlockFormat(format);
                } else {
                    startOnNextPage(table, true);
                }
                doc.markContentsDirty(0, doc.characterCount());
                moved = any = true;
                break;
            }
        }
        if (!moved)
            break;
    }
    return any;
}

namespace {

// Runs moveFirst, which moves the first block from the top that needs it and says whether it
// did, until it moves none: each move changes the layout below it only, so each pass measures
// again from the top. True when one moved.
template<typename MoveFirst>
bool untilNoneMoves(MoveFirst moveFirst)
{
    bool any = false;
    for (int pass = 0; pass < 50 && !stopping() && moveFirst(); ++pass)
        any = true;
    return any;
}

} // namespace

bool PagedPrint::keepHeadingsWithText(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    // A heading moved once stays moved, so this ends.
    return untilNoneMoves([&] {
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            // A heading that starts a column of a bilingual page moves with its row
            // (keepTablesWhole): a break before it would part a section from its translation
            // beside it. One further down the column is kept with its text as on the page.
            // A heading under another moves with the first of them.
            const bool leadIn = block.blockFormat().headingLevel() == 0 && leadsIntoList(block);
            if ((block.blockFormat().headingLevel() == 0 && !leadIn) ||
                block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore || !inPageFlow(block) ||
                (headingAbove(block) && !leadIn))
                continue;
            const QTextBlock next = block.next();
            if (!next.isValid())
                return false;
            const QRectF heading = layout->blockBoundingRect(block);
            // A title high on its page stays there with the lines under it: moved on with its
            // text, it would leave the page less than half full (a page's text ends above where
            // its blocks do: their margins, a box's frame).
            const qreal above = layout->blockBoundingRect(block.previous()).bottom(); // not the title's margin
            const bool low = above - pageOf(heading.top()) * pageHeight > pageHeight * 0.6;
            // Words leading into a list go with the headings right above them.
            const QTextBlock breakBefore = leadIn ? breakPointFor(block, false) : block;
            if (headingAbove(breakBefore)) { // under the heading that starts a column
                if (pageOf(heading.top()) != pageOf(keepWithHeading(block, low) - 0.01) &&
                    moveRowOfColumnStart(block, pageHeight))
                    return true;
                continue;
            }
            const qreal top = layout->blockBoundingRect(breakBefore).top();
            if (pageOf(heading.top()) != pageOf(keepWithHeading(block, low) - 0.01) && pageOf(top) * pageHeight < top &&
                !(breakBefore.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                QTextBlockFormat format = breakBefore.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                format.setProperty(KeptLinesBreak, true); // dropped when stale (dropStaleBreaks())
                QTextCursor(breakBefore).setBlockFormat(format);
                // A table after it that was moved on its own comes along now, without a break of its own.
                if (auto *table = qobject_cast<QTextTable *>(QTextCursor(next).currentFrame());
                    table && table->firstPosition() == next.position()) {
                    QTextTableFormat tableFormat = table->format();
                    tableFormat.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    table->setFormat(tableFormat);
                }
                // The incremental relayout after a format change leaves the document's height
                // stale (pageCount() then misses the last page): lay everything out again.
                doc.markContentsDirty(0, doc.characterCount());
                return true; // the layout changed below this point: measure again
            }
        }
        return false;
    });
}

bool PagedPrint::keepParagraphLinesTogether(QTextDocument &doc, qreal pageHeight, int pagesAtMost)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    auto pageOf = [pageHeight](qreal y) { return int((y + 0.01) / pageHeight); };
    return untilNoneMoves([&] {
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() < 2 || !inPageFlow(block) ||
                block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore ||
                block.blockFormat().boolProperty(KeptLinesCostASheet))
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            const int firstPage = pageOf(top + lines->lineAt(0).y());
            int before = 0; // lines on the first page
            while (before < lines->lineCount() && pageOf(top + lines->lineAt(before).y()) == firstPage)
                ++before;
            const int after = lines->lineCount() - before;
            // One line alone at the foot of a page, or at the head of the next after a short
            // paragraph (a long one moved whole would leave too much of its page blank).
            if (after == 0 || !(before == 1 || (after == 1 && before <= MaxLinesMovedForOne)))
                continue;
            // A heading or the words leading into a list right above go with it
            // (keepHeadingsWithText() would move them anyway, leaving a page with only them).
            const QTextBlock breakBefore = breakPointFor(block, true);
            if (headingAbove(breakBefore) &&
                !(breakBefore.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                // Under the heading that starts its column.
                if (moveRowOfColumnStart(block, pageHeight))
                    return true;
                continue;
            }
            const QTextBlock above = breakBefore.previous();
            if (breakBefore.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore || !above.isValid() ||
                (QTextCursor(breakBefore).currentTable() && !sameFlow(above, breakBefore)) ||
                pageOf(layout->blockBoundingRect(above).bottom() - 0.02) < firstPage)
                continue; // the first on its page already (or its column's): nothing to gain
            const QTextBlockFormat was = breakBefore.blockFormat();
            QTextBlockFormat format = was;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            format.setProperty(KeptLinesBreak, true);
            QTextCursor(breakBefore).setBlockFormat(format);
            doc.markContentsDirty(0, doc.characterCount());
            if (pagesAtMost > 0 && doc.pageCount() > pagesAtMost) {
                // This one would take another sheet: it stays where it is, and the rest are kept
                // together still (one such paragraph had left every other alone at a break).
                QTextCursor(breakBefore).setBlockFormat(was);
                QTextBlockFormat marked = block.blockFormat();
                marked.setProperty(KeptLinesCostASheet, true);
                QTextCursor(block).setBlockFormat(marked);
                doc.markContentsDirty(0, doc.characterCount());
                continue;
            }
            return true;
        }
        return false;
    });
}

namespace {

// Set on a table of rows moved under a copy of its header row, whose words already say they
// go on: rows moved from it again keep them as they are.
constexpr int ContinuedTable = QTextFormat::UserProperty + 0x43; // (not the reading pane's +1)

// Moves table's rows from row on into a table of their own, under a copy of its header rows
// (its words in `continued`, "%1 (continued)", when given), that starts the next page: with a
// break before it (breakBefore), or, for rows the layout has put there already, as it flows (a
// break after a table that ends at a page's foot would leave the next page empty).
void moveRowsToNextPage(QTextTable *table, int row, const QString &continued, bool breakBefore)
{
    QTextTableFormat format = table->format();
    const bool saysContinued = format.boolProperty(ContinuedTable);
    format.setPageBreakPolicy(breakBefore ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
    format.setProperty(ContinuedTable, saysContinued || !continued.isEmpty());
    const int header = format.headerRowCount();
    // One edit: the document is laid out once, at its end, not after every cell copied.
    QTextCursor edit(table->document());
    edit.beginEditBlock();
    QTextCursor after(table->document());
    after.setPosition(table->lastPosition() + 1);
    QTextTable *rest = after.insertTable(header + table->rows() - row, table->columns(), format);
    const auto copy = [table, rest](int from, int to) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(from, column);
            if (cell.row() != from || cell.column() != column)
                continue;
            if (cell.columnSpan() > 1 || cell.rowSpan() > 1)
                rest->mergeCells(to, column, cell.rowSpan(), cell.columnSpan());
            QTextCursor text = cell.firstCursorPosition();
            text.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            QTextTableCell target = rest->cellAt(to, column);
            target.setFormat(cell.format());
            QTextCursor into = target.firstCursorPosition();
            into.setBlockFormat(text.document()->findBlock(cell.firstPosition()).blockFormat());
            into.insertFragment(text.selection());
        }
    };
    for (int r = 0; r < header; ++r) {
        copy(r, r);
        if (saysContinued || continued.isEmpty())
            continue;
        // "Words to know (continued)": the heading's words, in the heading's own format.
        for (int column = 0; column < rest->columns(); ++column) {
            const QTextTableCell cell = rest->cellAt(r, column);
            if (cell.row() != r || cell.column() != column)
                continue;
            for (QTextBlock b = table->document()->findBlock(cell.firstPosition());
                 b.isValid() && b.position() <= cell.lastPosition(); b = b.next()) {
                if (b.text().trimmed().isEmpty())
                    continue;
                QTextCursor words(b);
                words.movePosition(QTextCursor::NextCharacter);
                const QTextCharFormat look = words.charFormat();
                words.movePosition(QTextCursor::StartOfBlock);
                words.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                words.insertText(continued.arg(b.text().trimmed()), look);
                break;
            }
        }
    }
    for (int r = row; r < table->rows(); ++r)
        copy(r, header + r - row);
    table->removeRows(row, table->rows() - row);
    edit.endEditBlock();
}

} // namespace

bool PagedPrint::keepRowsWhole(QTextDocument &doc, qreal pageHeight, const QString &continued)
{
    bool any = false;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    // Each pass moves the first row cut and measures again: the rows after it have moved.
    for (int pass = 0; pass < 100 && !stopping(); ++pass) {
        bool moved = false;
        for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || table->format().headerRowCount() == 0)
                continue;
            const int header = table->format().headerRowCount();
            // Rows on a later page than a heading over a table go under a copy of it that says it
            // goes on: the header Qt repeats by itself says the heading alone ("Words to know"
            // twice). A table's own column headings are repeated as they are ("Dose", not "Dose
            // (continued)"): the running head says the procedure goes on.
            const QString saying = underItsOwnHeading(*table) ? continued : QString();
            const bool canSayContinued = !saying.isEmpty() && !table->format().boolProperty(ContinuedTable);
            const int headerPage = pageOf(linesSpan(layout, doc.findBlock(table->cellAt(0, 0).firstPosition())).first);
            for (int row = header; row < table->rows() && !moved; ++row) {
                const auto [top, bottom, left, right, tallest] = rowText(*table, row);
                // A row on a later page than the header: the first (the header is stranded at a
                // page's foot), or one the header Qt repeats would not say goes on.
                const bool pastHeader = top <= bottom && pageOf(top) > headerPage && (row == header || canSayContinued);
                if (!pastHeader && (top > bottom || pageOf(top) == pageOf(bottom - 0.01) || tallest > pageHeight / 2))
                    continue;
                if (row > header) {
                    moveRowsToNextPage(table, row, saying, !pastHeader);
                } else {
                    // The first row goes with the heading: the table starts the next page.
                    if (!startOnNextPage(table))
                        continue;
                }
                doc.markContentsDirty(0, doc.characterCount());
                moved = any = true;
            }
            if (moved)
                break;
        }
        if (!moved)
            break;
    }
    return any;
}

namespace {

// A box's title is its block's user state: a mark on its words (an anchor) would part their
// letters into two runs, and an Arabic title's first letter was drawn unjoined.
constexpr int BoxTitleState = 0x4341; // "CA"

bool isBoxTitle(const QTextBlock &block)
{
    return block.userState() == BoxTitleState;
}

} // namespace

QString PagedPrint::boxTitleHtml(const QString &escapedTitle)
{
    return u"<p class=\"boxtitle\" style=\"-qt-user-state: %1\">"_s.arg(BoxTitleState) + escapedTitle + u"</p>"_s;
}

bool PagedPrint::continueBoxesUnderTheirTitle(QTextDocument &doc, qreal pageHeight, const QString &continued)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    // Each pass parts the first box cut and measures again: what comes after it has moved.
    return untilNoneMoves([&] {
        for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || table->rows() != 1 || table->columns() != 1)
                continue;
            const QTextTableCell cell = table->cellAt(0, 0);
            const QTextBlock title = doc.findBlock(cell.firstPosition());
            if (!isBoxTitle(title))
                continue;
            const int titlePage = pageOf(linesSpan(layout, title).first);
            QTextBlock from = title.next();
            for (; from.isValid() && from.position() <= cell.lastPosition(); from = from.next()) {
                const auto [top, bottom] = linesSpan(layout, from);
                if (top <= bottom && pageOf(bottom - 0.01) > titlePage)
                    break;
            }
            if (!from.isValid() || from.position() > cell.lastPosition() || from.textList())
                continue;
            // A paragraph the break cuts that cannot go whole to the next page (the first under
            // the title, one taller than half a page) is parted where the break cuts it: its lines
            // on the next page a paragraph of their own, which goes into the box there.
            const auto [fromTop, fromBottom] = linesSpan(layout, from);
            const bool cut = pageOf(fromTop) == titlePage;
            if (cut && (from == title.next() || fromBottom - fromTop > pageHeight / 2)) {
                const QTextLayout *lines = from.layout();
                const qreal blockTop = layout->blockBoundingRect(from).top();
                int at = 1;
                while (at < lines->lineCount() && pageOf(blockTop + lines->lineAt(at).y()) == titlePage)
                    ++at;
                if (at >= lines->lineCount())
                    continue;
                QTextCursor split(&doc);
                split.setPosition(from.position() + lines->lineAt(at).textStart());
                split.insertBlock(from.blockFormat());
                doc.markContentsDirty(0, doc.characterCount());
                return true;
            }
            if (!cut && from == title.next()) {
                // The title alone at a page's foot: the box starts the next page.
                if (!startOnNextPage(table))
                    continue;
                doc.markContentsDirty(0, doc.characterCount());
                return true;
            }
            QTextTableFormat format = table->format();
            const bool saysContinued = format.boolProperty(ContinuedTable);
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            format.setProperty(ContinuedTable, true);
            QTextCursor edit(&doc);
            edit.beginEditBlock();
            QTextCursor after(&doc);
            after.setPosition(table->lastPosition() + 1);
            QTextTable *rest = after.insertTable(1, 1, format);
            QTextTableCell target = rest->cellAt(0, 0);
            target.setFormat(cell.format());
            QTextCursor into = target.firstCursorPosition();
            into.setBlockFormat(title.blockFormat());
            const QString words = title.text().trimmed();
            into.insertText(saysContinued ? words : continued.arg(words), title.begin().fragment().charFormat());
            into.block().setUserState(BoxTitleState);
            into.insertBlock(from.blockFormat(), from.charFormat());
            QTextCursor moving(&doc);
            moving.setPosition(from.position());
            moving.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
            into.insertFragment(moving.selection());
            // With the paragraph break before it: the first part ends with its last paragraph.
            moving.setPosition(from.position() - 1);
            moving.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
            moving.removeSelectedText();
            edit.endEditBlock();
            doc.markContentsDirty(0, doc.characterCount());
            // The second part starts the next page: where the first part's foot (its padding, its
            // rule) reaches onto it by itself, a break before it would leave that page empty.
            if (pageOf(linesSpan(layout, doc.findBlock(rest->firstPosition())).first) == titlePage &&
                startOnNextPage(rest))
                doc.markContentsDirty(0, doc.characterCount());
            return true;
        }
        return false;
    });
}

namespace {

const QString PageNumberAnchor = u"careleaf-page-of-"_s;
constexpr int PageNumberDigits = 3; // room for a packet of up to 999 pages

// Writes in the numbers pageNumberHtml() stands for: the page each piece's title (its <h1>, one a
// piece) starts on. Never wider than what stood for it, so no line is laid out again longer.
void writePageNumbers(QTextDocument &doc, qreal pageHeight, QChar zeroDigit)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QList<int> titlePages;
    struct Reference
    {
        int position;
        int piece;
        QTextCharFormat format;
    };
    QList<Reference> references;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 1)
            titlePages << int(linesSpan(layout, b).first / pageHeight) + 1;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            for (const QString &name : f.charFormat().anchorNames()) {
                if (name.startsWith(PageNumberAnchor))
                    references.append({f.position(), name.mid(PageNumberAnchor.size()).toInt(), f.charFormat()});
            }
        }
    }
    // From the last, so the positions of those before stay as they were.
    for (auto it = references.crbegin(); it != references.crend(); ++it) {
        QTextCursor cursor(&doc);
        cursor.setPosition(it->position);
        // Qt names only an anchor's first character: the digits are pageNumberHtml()'s.
        cursor.setPosition(it->position + PageNumberDigits, QTextCursor::KeepAnchor);
        QTextCharFormat format = it->format;
        format.setAnchor(false);
        format.setAnchorNames({});
        const int page = titlePages.value(it->piece);
        cursor.insertText(page > 0 ? Digits::inScript(QString::number(page), zeroDigit) : QString(), format);
    }
}

} // namespace

QString PagedPrint::pageNumberHtml(int piece, QChar zeroDigit)
{
    return u"<a name=\""_s + PageNumberAnchor + QString::number(piece) + u"\">"_s +
           Digits::inScript(QString(PageNumberDigits, u'0'), zeroDigit) + u"</a>"_s;
}

std::unique_ptr<QTextDocument> PagedPrint::layOut(const Flow &flow, QPaintDevice *device, const QSizeF &bodySize,
                                                  bool *questionsLeftOut)
{
    if (questionsLeftOut)
        *questionsLeftOut = false;
    const QString body = flow.pieces.join(QString());
    // No line of a paragraph alone at a page break, unless that takes another sheet (keepLines).
    // *before: the space used on the last page before that (the use worth making the pages
    // tighter for: paragraphs kept whole push lines onto the last page).
    using Build = std::function<std::unique_ptr<QTextDocument>(bool, qreal *)>;
    // Until once it took another sheet: then not for the layouts tried after.
    bool keepLines = true;
    const Build build = [&](bool compact, qreal *before) {
        auto doc = makeDocument(body, flow.pointSize, flow.images, flow.accent, compact, flow.language);
        doc->documentLayout()->setPaintDevice(device);
        doc->setPageSize(bodySize);
        const qreal height = bodySize.height();
        breakBetweenPieces(*doc, height);
        if (stopping()) // (each step below lays the whole document out again at least once)
            return doc;
        // Moving a heading can cut a table and the other way round: until neither moves; then
        // again while breaks set before went stale.
        const auto keepWhole = [&doc, height] {
            const auto tablesAndHeadings = [&doc, height] {
                for (int round = 0; round < 10 && !stopping(); ++round) {
                    const bool tables = keepTablesWhole(*doc, height);
                    if (!keepHeadingsWithText(*doc, height) && !tables)
                        break;
                }
            };
            tablesAndHeadings();
            for (int round = 0; round < 5 && !stopping() && dropStaleBreaks(*doc, height); ++round)
                tablesAndHeadings();
        };
        // A box comes before all it could move (the note, at the top of the first page).
        continueBoxesUnderTheirTitle(*doc, height, continuedText(flow.language));
        keepWhole();
        if (before)
            *before = lastPageUse(*doc, height);
        if (keepLines && !stopping()) {
            const int pages = doc->pageCount();
            for (int round = 0; round < 5 && !stopping() && keepParagraphLinesTogether(*doc, height, pages); ++round)
                keepWhole();
            if (doc->pageCount() > pages) {
                keepLines = false;
                return build(compact, nullptr);
            }
        }
        // Last: moving a row moves only what comes after it in the table and below it.
        keepRowsWhole(*doc, height, continuedText(flow.language));
        return doc;
    };
    const qreal pageHeight = bodySize.height();
    qreal lastUse = 0;
    auto doc = build(false, &lastUse);
    // A last page under a third full: a little less air may pull it back.
    if (!stopping() && doc->pageCount() > 1 && lastUse < pageHeight / 3) {
        if (auto tighter = build(true, nullptr); tighter->pageCount() < doc->pageCount())
            doc = std::move(tighter);
    }
    if (!flow.questionsHeading.isEmpty() && !stopping()) {
        // Writing lines take what is left of the last page: none when fewer than three fit.
        const int pages = doc->pageCount();
        const qreal left = pages * pageHeight - doc->documentLayout()->documentSize().height();
        const qreal line = QFontMetricsF(doc->defaultFont(), device).lineSpacing() * 2.0;
        int lines = std::min(12, int((left - line * 1.8) / line));
        // Added after the text as it is laid out, which they follow on its last page: laid out
        // again with them, the words to know broke otherwise (a row pulled back, another moved
        // on), which left the questions on a page of their own, or left them out.
        QTextCursor end(doc.get());
        end.movePosition(QTextCursor::End);
        const int textEnd = end.position();
        // Taking lines out again leaves the text's last block with the format of the last one taken
        // out (a rule's: a stray dash under a table at the text's end): it gets its own back.
        const QTextBlockFormat lastBlock = end.blockFormat();
        for (; lines >= 3 && !stopping(); --lines) {
            end.setPosition(textEnd);
            end.insertBlock(QTextBlockFormat(), QTextCharFormat()); // not into the text's last paragraph
            end.insertHtml(questionsHtml(flow.questionsHeading, lines));
            if (const Qt::LayoutDirection direction = PagedPrint::direction(flow.language);
                direction == Qt::RightToLeft)
                setDirection(*doc, direction);
            // Laid out whole after each try: Qt's layout of what changed at the end put a block that
            // starts a page after a break a page further down, which took the lines out for want of
            // room, and left a blank page when they were taken out.
            doc->markContentsDirty(0, doc->characterCount());
            if (doc->pageCount() == pages)
                break;
            end.setPosition(textEnd);
            end.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            end.removeSelectedText();
            end.setBlockFormat(lastBlock);
            doc->markContentsDirty(0, doc->characterCount());
        }
        if (questionsLeftOut)
            *questionsLeftOut = lines < 3;
    }
    writePageNumbers(*doc, pageHeight, flow.zeroDigit);
    markText(*doc, flow.marks, Ink::paper(flow.accent).markBackground);
    return doc;
}

template<typename Words>
QString PagedPrint::inPageLanguage(const QString &language, const Words &words)
{
    std::optional<TranslationScope> scope;
    if (!language.isEmpty())
        scope.emplace(language, QStringList{u"Careleaf::PagedPrint"_s});
    return words();
}

QString PagedPrint::continuedText(const QString &language)
{
    return inPageLanguage(language, [] {
        //: Above a page whose first lines go on with a section begun on the page before, and
        //: after the heading of the words to know where they go on; %1 is the procedure's title
        //: and the section's heading, or one of them where the line is short, or that heading.
        return tr("%1 (continued)");
    });
}

QString PagedPrint::print(const Flow &flow, QPrinter &printer, bool *questionsLeftOut)
{
    if (questionsLeftOut)
        *questionsLeftOut = false;
    // "Page X of Y" in the language of the pages; this class's messages to staff in theirs.
    const auto pageText = [&](int page, int pages) {
        return Digits::inScript(inPageLanguage(flow.language, [&] { return tr("Page %1 of %2").arg(page).arg(pages); }),
                                flow.zeroDigit);
    };
    const Qt::LayoutDirection pageDirection = direction(flow.language);
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("the printer or file could not be opened for writing");
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());

    QFont footerFont = printFont(flow.language);
    const bool large = isLargePrint(flow.pointSize);
    footerFont.setPointSizeF(large ? flow.pointSize : std::max(8.0, flow.pointSize * 0.75));
    const QFontMetricsF fm(footerFont, &printer);
    // The footer wraps to as many lines as it needs beside the widest page number: a phone
    // number or a clinic's name is never cut.
    const QString widestPageText = pageText(999, 999);
    const qreal pageTextWidth = fm.horizontalAdvance(widestPageText) + fm.averageCharWidth() * 3;
    const QRectF footerText =
        fm.boundingRect(QRectF(0, 0, page.width() - pageTextWidth, page.height()), Qt::TextWordWrap, flow.footer);
    const qreal footerHeight = std::max(fm.height(), footerText.height());
    const qreal gap = fm.height() * 0.8;
    // A name that takes more than half the line has a line of its own in the running head: beside
    // it, the procedure was one word ("Sequential… (continued)"). The head keeps 9 mm off the
    // paper's edge (where many printers cannot print); where the margin is too small for it, the
    // body starts lower on every page.
    // A name longer than the line (large print) wraps to a second line rather than print small.
    const bool ownLine = fm.horizontalAdvance(flow.owner) > page.width() / 2;
    const int nameLines =
        ownLine && fm.boundingRect(QRectF(0, 0, page.width(), 1e6), Qt::TextWordWrap, flow.owner).height() >
                       fm.lineSpacing() * 1.5
            ? 2
            : 1;
    const qreal headHeight = fm.height() * (ownLine ? 1.1 * (nameLines + 1) : 1); // a little air between lines
    const qreal top = std::max(0.0, gap + headHeight - (page.top() - 9 / 25.4 * printer.resolution()));
    const qreal bodyHeight = page.height() - top - footerHeight - gap;

    const std::unique_ptr<QTextDocument> doc =
        layOut(flow, &printer, QSizeF(page.width(), bodyHeight), questionsLeftOut);
    const int pages = doc->pageCount();
    const Ink::Scheme ink = Ink::paper(flow.accent);
    const QColor rule = ink.rule;
    const QString continued = continuedText(flow.language);
    // The line above the text of every page after the first, in one size on every page: the
    // smallest any of them needs.
    RunningHead head{flow.owner,
                     continued,
                     QRectF(0, -gap - headHeight, page.width(), headHeight),
                     large ? flow.pointSize : std::max(8.0, footerFont.pointSizeF() * 5 / 6),
                     ownLine,
                     nameLines};
    std::vector<std::optional<ContinuedFrom>> from(pages);
    QFont headFont = footerFont;
    PagesContinued pagesContinued(*doc, flow.questionsHeading);
    for (int i = 1; i < pages; ++i) {
        from[i] = pagesContinued.at(i * bodyHeight);
        headFont.setPointSizeF(std::min(headFont.pointSizeF(), head.choose(&printer, footerFont, from[i]).pointSize));
    }
    head.smallest = headFont.pointSizeF();
    const std::vector<TableFoot> feet = openTableFeet(*doc, bodyHeight, &printer);
    for (int i = 0; i < pages; ++i) {
        if (stopping()) {
            painter.end();
            return tr("stopped");
        }
        if (i > 0 && !printer.newPage()) {
            painter.end();
            return tr("the printer refused page %1").arg(i + 1);
        }
        painter.save();
        painter.translate(0, top);
        if (i > 0) {
            painter.save();
            painter.setLayoutDirection(pageDirection);
            painter.setPen(ink.secondary);
            head.draw(painter, headFont, head.choose(&printer, headFont, from[i]));
            painter.restore();
        }
        {
            // The body through a band of the page that keeps text off it that Qt draws outside.
            PageBand band(&painter, QRectF(0, 0, page.width(), bodyHeight));
            QPainter body(&band);
            body.translate(0, -i * bodyHeight);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, i * bodyHeight, page.width(), bodyHeight);
            ctx.palette = Ink::paperPalette(); // black on white, whatever the desktop's theme
            doc->documentLayout()->draw(&body, ctx);
            for (const TableFoot &foot : feet) {
                if (foot.page != i)
                    continue;
                body.fillRect(foot.below, ctx.palette.base());
                body.fillRect(foot.rule, foot.brush);
            }
        }

        painter.save();
        painter.setLayoutDirection(pageDirection);
        painter.setFont(footerFont);
        painter.setPen(rule);
        const qreal lineY = bodyHeight + gap * 0.45;
        painter.drawLine(QPointF(0, lineY), QPointF(page.width(), lineY));
        painter.setPen(Qt::black);
        // The footer's line at the start of the line (the left, or the right for right-to-left
        // pages), the page number at its end.
        const QRectF footerRect(0, bodyHeight + gap, page.width(), footerHeight);
        const bool rtl = pageDirection == Qt::RightToLeft;
        painter.drawText(
            rtl ? footerRect.adjusted(pageTextWidth, 0, 0, 0) : footerRect.adjusted(0, 0, -pageTextWidth, 0),
            (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignTop | Qt::TextWordWrap, flow.footer);
        painter.drawText(footerRect, (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute | Qt::AlignTop,
                         pageText(i + 1, pages));
        painter.restore();
        painter.restore();
    }
    if (!painter.end())
        return tr("the output could not be finished");
    return {};
}

namespace {

// Why path cannot take a PDF, empty when it can: a new file in a folder that exists, or a PDF
// (or an empty file) written over. Any other file is left alone: a path typed by mistake must
// never turn a library, its log or a document into a handout.
QString pdfTargetProblem(const QString &path)
{
    const QFileInfo target(path);
    if (target.fileName().isEmpty() || target.isDir())
        return PagedPrint::tr("this is a folder: give the name of a file in it, such as handout.pdf");
    if (!target.exists()) {
        if (!target.absoluteDir().exists()) {
            // A file where a folder was meant ("notes.txt/handout.pdf") is said as such.
            for (QFileInfo up(target.absolutePath()); !up.isRoot(); up.setFile(up.absolutePath())) {
                if (up.exists() && !up.isDir())
                    return PagedPrint::tr("%1 is a file, not a folder").arg(up.absoluteFilePath());
                if (up.exists())
                    break;
            }
            return PagedPrint::tr("the folder %1 does not exist").arg(target.absolutePath());
        }
        return {};
    }
    if (!target.isFile())
        return PagedPrint::tr("this is not a file that a PDF can be written to (a folder, or a device)");
    QFile existing(path);
    if (existing.size() == 0)
        return {};
    if (!existing.open(QIODevice::ReadOnly))
        return PagedPrint::tr("the file exists and cannot be read, so it is not overwritten");
    if (!existing.read(5).startsWith("%PDF-"))
        return PagedPrint::tr("the file exists and is not a PDF (it may be a library or a document), so it "
                              "is not overwritten: choose another file name");
    return {};
}

} // namespace

QString PagedPrint::pdfFileName(const QString &path)
{
    // A folder ("reports/", ".", "~") stays as it is, for exportPdf to refuse: never ".pdf" in it
    // or "reports.pdf" beside it.
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (path.isEmpty() || path.endsWith(u".pdf"_s, Qt::CaseInsensitive) || name.isEmpty() || name == u"."_s ||
        name == u".."_s || info.isDir())
        return path;
    return path + u".pdf"_s;
}

QString PagedPrint::exportPdf(const Flow &flow, const QString &path, const QString &title,
                              QPageSize::PageSizeId pageSize, const std::function<bool()> &stillWanted,
                              bool *questionsLeftOut)
{
    if (const QString problem = pdfTargetProblem(path); !problem.isEmpty())
        return tr("%1: %2").arg(path, problem);
    // Printed to a draft, then put in its place whole: a failure (a full disk, a process stopped
    // halfway) leaves the PDF that was there as it was, never an emptied file or half a handout
    // (Qt's PDF writer says nothing of a write that failed: a PDF cut short lacks its end,
    // "%%EOF"). The draft, which holds the patient's name, is in the user's own temporary folder
    // (readable by its user alone), not beside the PDF, where a process killed outright would
    // leave it in a folder others may share.
    const auto failed = [&path](const QString &why) {
        return tr("%1: the PDF could not be written: %2").arg(path, why);
    };
    const auto stopped = [&] { return stillWanted && !stillWanted(); };
    if (stopped())
        return tr("%1: not written: stopped").arg(path);
    QTemporaryFile draft(QDir::tempPath() + u"/careleaf-handout-XXXXXX.pdf"_s);
    if (!draft.open())
        return failed(draft.errorString());
    draft.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(draft.fileName());
    printer.setPageSize(QPageSize(pageSize));
    printer.setDocName(title);
    printer.setCreator(u"Careleaf"_s);
    preparePrinter(printer);
    t_stillWanted = &stillWanted;
    const auto unset = qScopeGuard([] { t_stillWanted = nullptr; });
    if (const QString error = print(flow, printer, questionsLeftOut); !error.isEmpty())
        return tr("%1: %2").arg(path, error);
    if (stopped())
        return tr("%1: not written: stopped").arg(path);
    if (!draft.open())
        return failed(draft.errorString());
    QByteArray pdf = draft.readAll();
    draft.close();
    if (!pdf.startsWith("%PDF-") || !pdf.trimmed().endsWith("%%EOF"))
        return failed(tr("it was cut short (is the disk full?)"));
    // Its text as the characters drawn, for a screen reader, a copy and paste or a search.
    PdfText::restoreCharacters(&pdf, flow.pieces.join(QString()) + flow.footer + flow.owner);
    if (stopped())
        return tr("%1: not written: stopped").arg(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return failed(out.errorString());
    return {};
}

} // namespace Careleaf
