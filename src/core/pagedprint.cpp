#include "pagedprint.h"

#include "procedurehtml.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

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

QTextDocument *PagedPrint::makeDocument(const QString &html)
{
    auto *doc = new QTextDocument;
    doc->setUndoRedoEnabled(false);
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(11);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(ProcedureHtml::styleSheet());
    doc->setHtml(html);
    return doc;
}

QString PagedPrint::print(QTextDocument &doc, QPrinter &printer, const QString &footerText)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return tr("the printer or file could not be opened for writing");

    doc.documentLayout()->setPaintDevice(&printer);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());

    QFont footerFont = doc.defaultFont();
    footerFont.setPointSizeF(8);
    const QFontMetricsF fm(footerFont, &printer);
    const qreal footerHeight = fm.height() * 2.2;
    const qreal bodyHeight = page.height() - footerHeight;

    doc.setPageSize(QSizeF(page.width(), bodyHeight));
    const int pageCount = doc.pageCount();
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !printer.newPage()) {
            painter.end();
            return tr("the printer refused page %1").arg(i + 1);
        }
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
        const qreal lineY = bodyHeight + fm.height() * 0.6;
        painter.drawLine(QPointF(0, lineY), QPointF(page.width(), lineY));
        const QRectF footerRect(0, lineY + fm.height() * 0.3, page.width(), fm.height() * 1.2);
        const QString pageText = tr("Page %1 of %2").arg(i + 1).arg(pageCount);
        const qreal pageTextWidth = fm.horizontalAdvance(pageText) + fm.averageCharWidth() * 2;
        painter.drawText(footerRect.adjusted(0, 0, -pageTextWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(footerText, Qt::ElideRight, footerRect.width() - pageTextWidth));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, pageText);
        painter.restore();
    }
    if (!painter.end())
        return tr("the output could not be finished");
    return {};
}

QString PagedPrint::exportPdf(const QString &html, const QString &path, const QString &footerText, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(defaultPageSize()));
    printer.setDocName(title);
    printer.setCreator(u"Careleaf"_s);
    preparePrinter(printer);
    std::unique_ptr<QTextDocument> doc(makeDocument(html));
    const QString error = print(*doc, printer, footerText);
    if (!error.isEmpty())
        return tr("%1: %2").arg(path, error);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return tr("%1: the PDF could not be written").arg(path);
    return {};
}

} // namespace Careleaf
