// Lays a QTextDocument out on pages of a printer or PDF and paints a footer on each
// ("Page X of Y" and a caller-given line). Used by File > Print, Export PDF and careleaf-cli.
#pragma once

#include <QCoreApplication>
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

    // Paints doc on printer, page by page, with footerText and page numbers at the bottom.
    // Returns an error message, empty on success. doc's layout is changed to the printer's pages.
    [[nodiscard]] static QString print(QTextDocument &doc, QPrinter &printer, const QString &footerText);

    // A document set up with our style sheet and fonts, holding html. Owned by the caller.
    [[nodiscard]] static QTextDocument *makeDocument(const QString &html);

    // Writes html to a PDF file at path. Returns an error message, empty on success.
    [[nodiscard]] static QString exportPdf(const QString &html, const QString &path, const QString &footerText,
                                           const QString &title);
};

} // namespace Careleaf
