// Asking where to save a PDF: a file name made from the document's title, in the folder the last
// PDF was saved in (or IT's), else Documents, else home.
#pragma once

#include <QString>

class QWidget;

namespace Careleaf {

// The chosen path, ending in ".pdf"; empty when the user cancelled.
[[nodiscard]] QString askPdfSavePath(QWidget *parent, const QString &title);
// After a PDF was written: its folder is where the next one is offered.
void rememberPdfFolder(const QString &savedPdf);

} // namespace Careleaf
