#include "pdfsavepath.h"

#include "pagedprint.h"
#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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
    // The folder the last PDF went to (or the one IT set), else Documents, else home: never the
    // folder Careleaf happened to be started from.
    QString folder = Settings().path(Settings::Key::PdfFolder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggested = folder + u'/' + (name.isEmpty() ? u"procedure"_s : name) + u".pdf"_s;
    return PagedPrint::pdfFileName(
        QFileDialog::getSaveFileName(parent, QCoreApplication::translate("Careleaf", "Export PDF"), suggested,
                                     QCoreApplication::translate("Careleaf", "PDF documents (*.pdf)")));
}

void rememberPdfFolder(const QString &savedPdf)
{
    Settings().setValue(Settings::Key::PdfFolder, QFileInfo(savedPdf).absolutePath());
}

} // namespace Careleaf
