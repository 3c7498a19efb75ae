#include "tablefile.h"

#include "filenames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Careleaf::TableFile {

bool forEachRecord(const QString &path, const std::function<void(int lineNumber, const QString &line)> &record,
                   QStringList *problems)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (const QString why = FileNames::openToRead(f, QIODevice::Text); !why.isEmpty()) {
        if (problems)
            *problems << u"%1: cannot be read (%2): left out"_s.arg(shown, why);
        return false;
    }
    // Lines that are not UTF-8 are each named, up to a few: a file in another encoding (UTF-16, a
    // binary) says so in a few lines, not one for each of its lines at every start.
    constexpr int NamedAtMost = 10;
    int notUtf8 = 0;
    int lineNumber = 0;
    while (!f.atEnd()) {
        ++lineNumber;
        const QByteArray bytes = f.readLine().trimmed();
        if (bytes.isEmpty() || bytes.startsWith('#'))
            continue;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = QString(utf8(bytes)).trimmed();
        if (utf8.hasError()) {
            if (problems && ++notUtf8 <= NamedAtMost)
                *problems << u"%1:%2: not UTF-8 text (a file saved as Latin-1?); the line is left out"_s.arg(
                    shown, QString::number(lineNumber));
            continue;
        }
        record(lineNumber, line);
    }
    if (problems && notUtf8 > NamedAtMost)
        *problems << u"%1: %2 more lines that are not UTF-8 text are left out"_s.arg(shown).arg(notUtf8 - NamedAtMost);
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
    // A link to nothing (or to itself) is there too: the clinic meant a file.
    return clinicPaths(name,
                       [](const QFileInfo &f) { return FileNames::kindOf(f.filePath()) != FileNames::Kind::Missing; });
}

QStringList clinicFolders(const QString &name, QStringList *problems)
{
    return clinicPaths(name, [problems](const QFileInfo &f) {
        if (!f.isDir())
            return false;
        if (!f.isReadable() || !f.isExecutable()) {
            if (problems)
                *problems << QDir::toNativeSeparators(f.filePath()) + u": cannot be read: left out"_s;
            return false;
        }
        return true;
    });
}

} // namespace Careleaf::TableFile
