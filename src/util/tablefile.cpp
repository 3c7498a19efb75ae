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

namespace {

// What is called name in each data folder and passes is(), IT's first and the user's last.
template<typename Is>
QStringList clinicPaths(const QString &name, Is is)
{
    // The user's folder first, then XDG_DATA_DIRS in order of precedence: read the other way round.
    const QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    QStringList paths;
    for (auto folder = folders.crbegin(); folder != folders.crend(); ++folder) {
        const QString path = *folder + u'/' + name;
        if (is(QFileInfo(path)) && !paths.contains(path))
            paths << path;
    }
    return paths;
}

} // namespace

QStringList clinicFiles(const QString &name)
{
    return clinicPaths(name, [](const QFileInfo &f) { return f.isFile(); });
}

QStringList clinicFolders(const QString &name)
{
    return clinicPaths(name, [](const QFileInfo &f) { return f.isDir(); });
}

} // namespace Careleaf::TableFile
