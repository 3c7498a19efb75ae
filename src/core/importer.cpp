#include "importer.h"

#include "documentparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

QString ImportReport::summaryLine() const
{
    return u"imported %1, updated %2, unchanged %3, rejected %4"_s.arg(imported).arg(updated).arg(unchanged).arg(
        rejected());
}

QStringList Importer::collectFiles(const QStringList &paths, QList<Rejection> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems->append({path, tr("no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Readable | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo f = it.fileInfo();
            if (f.fileName().startsWith(u'.'))
                continue;
            found << f.filePath();
        }
        // Unreadable files are skipped by the iterator's filter: list them so nothing vanishes silently.
        QDirIterator all(path, QDir::Files | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            all.next();
            const QFileInfo f = all.fileInfo();
            if (!f.fileName().startsWith(u'.') && !f.isReadable())
                problems->append({f.filePath(), tr("the file cannot be read (permission denied)")});
        }
        std::sort(found.begin(), found.end());
        files += found;
    }
    return files;
}

ImportReport Importer::importPaths(LibraryStore &store, const QStringList &paths, const Progress &progress)
{
    QList<Rejection> problems;
    const QStringList files = collectFiles(paths, &problems);
    ImportReport report = importFiles(store, files, progress);
    report.rejections = problems + report.rejections;
    return report;
}

ImportReport Importer::importFiles(LibraryStore &store, const QStringList &files, const Progress &progress)
{
    ImportReport report;
    const int total = int(files.size());
    for (int i = 0; i < total; ++i) {
        const QString &path = files.at(i);
        if (progress && !progress(i, total, path)) {
            report.cancelled = true;
            break;
        }
        QFile file(path);
        if (file.size() > DocumentParser::MaxDocumentBytes) {
            report.rejections.append({path, tr("the file is %1 bytes, over the %2 MiB limit for a procedure document")
                                                .arg(file.size())
                                                .arg(DocumentParser::MaxDocumentBytes / (1024 * 1024))});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            report.rejections.append({path, tr("the file cannot be read: %1").arg(file.errorString())});
            continue;
        }
        // Read one byte past the limit so a file that grew since size() is still caught.
        const QByteArray bytes = file.read(DocumentParser::MaxDocumentBytes + 1);
        const ParseResult parsed = DocumentParser::parse(bytes, path);
        if (!parsed.ok()) {
            report.rejections.append({path, parsed.error});
            continue;
        }
        QString error;
        switch (store.store(*parsed.procedure, &error)) {
        case StoreOutcome::Imported:
            ++report.imported;
            break;
        case StoreOutcome::Updated:
            ++report.updated;
            break;
        case StoreOutcome::Unchanged:
            ++report.unchanged;
            break;
        case StoreOutcome::Failed:
            report.fatalError = tr("%1: %2").arg(path, error);
            return report;
        }
    }
    if (progress && !report.cancelled)
        (void)progress(total, total, QString());
    return report;
}

} // namespace Careleaf
