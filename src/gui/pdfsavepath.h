// Asking where to save a PDF: a file name made from the document's title, in Documents.
#pragma once

#include <QString>

class QWidget;

namespace Careleaf {

// The chosen path, ending in ".pdf"; empty when the user cancelled.
[[nodiscard]] QString askPdfSavePath(QWidget *parent, const QString &title);

} // namespace Careleaf
