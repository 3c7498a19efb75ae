#include "tablefile.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Careleaf::TableFile {

bool forEachRecord(const QString &path, const std::function<void(int lineNumber, const QString &line)> &record)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            record(lineNumber, line);
    }
    return true;
}

QStringList clinicFiles(const QString &name)
{
    // The user's folder first, then XDG_DATA_DIRS in order of precedence: read the other way round.
    const QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    QStringList files;
    for (auto folder = folders.crbegin(); folder != folders.crend(); ++folder) {
        const QString path = *folder + u'/' + name;
        if (QFileInfo(path).isFile() && !files.contains(path))
            files << path;
    }
    return files;
}

} // namespace Careleaf::TableFile
