#include "pdfsavepath.h"

#include "pagedprint.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Careleaf {

QString askPdfSavePath(QWidget *parent, const QString &title)
{
    // A title can hold '/', ':' and other characters file systems refuse.
    static const QRegularExpression unsafe(uR"([^\w\- ]+)"_s);
    QString name = title.left(60);
    name = name.replace(unsafe, u" "_s).simplified();
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                              (name.isEmpty() ? u"procedure"_s : name) + u".pdf"_s;
    return PagedPrint::pdfFileName(
        QFileDialog::getSaveFileName(parent, QCoreApplication::translate("Careleaf", "Export PDF"), suggested,
                                     QCoreApplication::translate("Careleaf", "PDF documents (*.pdf)")));
}

} // namespace Careleaf
