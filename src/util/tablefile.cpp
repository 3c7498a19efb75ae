#include "tablefile.h"

#include <QFile>

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

} // namespace Careleaf::TableFile
