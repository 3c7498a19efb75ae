#include "pagedprint.h"

#include "procedurehtml.h"

#include <QAbstractTextDocumentLayout>
#include <QAtomicInt>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

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

} // namespace

int PagedPrint::refusedResourceLoads()
{
    return refusedLoads.loadRelaxed();
}

QTextDocument *PagedPrint::makeDocument(const QString &html, double pointSize, const QMap<QString, QImage> &images)
{
    auto *doc = new PrintDocument;
    doc->setUndoRedoEnabled(false);
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(ProcedureHtml::styleSheet(pointSize / 11.0));
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc->setHtml(html);
    return doc;
}

void PagedPrint::keepHeadingsWithText(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    // Each pass may move later blocks; a heading moved once stays moved, so this ends.
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 ||
                block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QTextBlock next = block.next();
            if (!next.isValid())
                break;
            const QRectF heading = layout->blockBoundingRect(block);
            const QRectF following = layout->blockBoundingRect(next);
            qreal keepBottom = following.top() + (next.layout() && next.layout()->lineCount() > 0
                                                      ? next.layout()->lineAt(0).rect().bottom()
                                                      : following.height());
            // Empty blocks right after (ruled lines for writing on) belong with the heading too.
            for (QTextBlock b = next.next(); b.isValid() && b.text().trimmed().isEmpty(); b = b.next())
                keepBottom = layout->blockBoundingRect(b).bottom();
            if (pageOf(heading.top()) != pageOf(keepBottom - 0.01) &&
                pageOf(heading.top()) * pageHeight < heading.top()) {
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(format);
                // The incremental relayout after a format change leaves the document's height
                // stale (pageCount() then misses the last page): lay everything out again.
                doc.markContentsDirty(0, doc.characterCount());
                moved = true;
                break; // the layout changed below this point: measure again
            }
        }
        if (!moved)
            return;
    }
}

QString PagedPrint::print(const QList<Part> &parts, QPrinter &printer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("the printer or file could not be opened for writing");
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());

    // Lay every part out first: the footer needs the page count of the whole job.
    std::vector<std::unique_ptr<QTextDocument>> docs;
    QFont footerFont;
    int totalPages = 0;
    qreal bodyHeight = 0;
    qreal footerLine = 0;
    for (const Part &part : parts) {
        auto doc = std::unique_ptr<QTextDocument>(makeDocument(part.html, part.pointSize, part.images));
        doc->documentLayout()->setPaintDevice(&printer);
        if (docs.empty()) {
            footerFont = doc->defaultFont();
            footerFont.setPointSizeF(std::max(8.0, part.pointSize * 0.75));
            footerLine = QFontMetricsF(footerFont, &printer).height();
            bodyHeight = page.height() - footerLine * 2.2;
        }
        doc->setPageSize(QSizeF(page.width(), bodyHeight));
        keepHeadingsWithText(*doc, bodyHeight);
        totalPages += doc->pageCount();
        docs.push_back(std::move(doc));
    }
    const QFontMetricsF fm(footerFont, &printer);

    int pageNumber = 0;
    for (size_t d = 0; d < docs.size(); ++d) {
        QTextDocument &doc = *docs[d];
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (pageNumber > 0 && !printer.newPage()) {
                painter.end();
                return tr("the printer refused page %1").arg(pageNumber + 1);
            }
            ++pageNumber;
            painter.save();
            painter.translate(0, -i * bodyHeight);
            const QRectF visible(0, i * bodyHeight, page.width(), bodyHeight);
            painter.setClipRect(visible);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = visible;
            doc.documentLayout()->draw(&painter, ctx);
            painter.restore();

            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const qreal lineY = bodyHeight + footerLine * 0.6;
            painter.drawLine(QPointF(0, lineY), QPointF(page.width(), lineY));
            const QRectF footerRect(0, lineY + footerLine * 0.3, page.width(), footerLine * 1.2);
            const QString pageText = tr("Page %1 of %2").arg(pageNumber).arg(totalPages);
            const qreal pageTextWidth = fm.horizontalAdvance(pageText) + fm.averageCharWidth() * 2;
            painter.drawText(
                footerRect.adjusted(0, 0, -pageTextWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(parts.at(qsizetype(d)).footerText, Qt::ElideRight, footerRect.width() - pageTextWidth));
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, pageText);
            painter.restore();
        }
    }
    if (!painter.end())
        return tr("the output could not be finished");
    return {};
}

QString PagedPrint::exportPdf(const QList<Part> &parts, const QString &path, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(defaultPageSize()));
    printer.setDocName(title);
    printer.setCreator(u"Careleaf"_s);
    preparePrinter(printer);
    const QString error = print(parts, printer);
    if (!error.isEmpty())
        return tr("%1: %2").arg(path, error);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return tr("%1: the PDF could not be written").arg(path);
    return {};
}

} // namespace Careleaf
