// Lays a QTextDocument out on pages of a printer or PDF and paints a footer on each
// ("Page X of Y" and a caller-given line). Used by File > Print, Export PDF and careleaf-cli.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QPageSize>
#include <QString>

class QPrinter;
class QTextDocument;

namespace Careleaf {

class PagedPrint
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::PagedPrint)

public:
    // Letter where the locale uses it (US, Canada, Mexico, ...), A4 elsewhere.
    [[nodiscard]] static QPageSize::PageSizeId defaultPageSize();

    // Sets margins and page size defaults on a printer the caller configured.
    static void preparePrinter(QPrinter &printer);

    // One procedure (or other unit) of a print job: starts on a new page, carries its own footer.
    struct Part
    {
        QString html;
        QString footerText;           // e.g. "CPT 96417 · Magnesium Infusion Therapy"
        double pointSize = 11.0;      // body text; headings scale with it
        QMap<QString, QImage> images; // named images the html may show (our own template's only)
    };

    // Paints the parts on printer, each from a new page, with its footer and "Page X of Y"
    // numbered across the whole job. Returns an error message, empty on success.
    [[nodiscard]] static QString print(const QList<Part> &parts, QPrinter &printer);

    // A document set up with our style sheet and fonts, holding html. Owned by the caller.
    // How many times a print document asked to load a resource (an image, a style sheet) and
    // was refused, since the program started. Clinical text is escaped, so this stays 0.
    [[nodiscard]] static int refusedResourceLoads();

    [[nodiscard]] static QTextDocument *makeDocument(const QString &html, double pointSize = 11.0,
                                                     const QMap<QString, QImage> &images = {});

    // Moves each heading that would end a page to the start of the next, so no heading is
    // stranded without its text. doc must already be laid out on pages of pageHeight.
    static void keepHeadingsWithText(QTextDocument &doc, qreal pageHeight);

    // Writes the parts to a PDF file at path. Returns an error message, empty on success.
    [[nodiscard]] static QString exportPdf(const QList<Part> &parts, const QString &path, const QString &title);
};

} // namespace Careleaf
