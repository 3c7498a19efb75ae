// LibraryStore's side of a library file: whether a file is a library at all and whole, opening
// it, and the automatic backups and set-aside copies beside it. Only an SQLite library is a file.
#include "filenames.h"
#include "libraryfile.h"
#include "librarystore.h"
#include "storeinternals.h"
#include "tieredsearch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Careleaf {

using namespace StoreInternals;

namespace {

// The SQLite header says how many pages the file holds; a file shorter than that was cut off.
// Returns the missing byte count, 0 when the file is whole or the header does not say.
qint64 missingBytes(const QByteArray &header, qint64 fileSize)
{
    if (header.size() < 100)
        return 0;
    const auto u16 = [&](int at) { return (quint32(quint8(header[at])) << 8) | quint8(header[at + 1]); };
    const auto u32 = [&](int at) { return (u16(at) << 16) | u16(at + 2); };
    quint32 pageSize = u16(16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = u32(28);
    // The page count is valid only when the "version valid for" number matches the change counter.
    if (pages == 0 || u32(92) != u32(24) || pageSize < 512)
        return 0;
    const qint64 expected = qint64(pageSize) * pages;
    return expected > fileSize ? expected - fileSize : 0;
}

// The bytes the open library file lacks; 0 when it is whole, when the header does not say, or
// while another Careleaf is writing it. A checkpoint writes page 1 (and its new page count) before
// the pages after it, while the write-ahead log is there (the last connection to close deletes
// it after its checkpoint); a transaction without a log writes beside its rollback journal. So the header is read
// first, then whether a log is there, and only then the file's size: a size taken before the header (a QFileInfo made
// earlier) could be from before another Careleaf's checkpoint, which said a library being made was cut off. A file
// still short is looked at again for a moment: a write in flight ends, a cut-off file stays short.
qint64 missingBytesNow(QFile &file)
{
    const QString location = file.fileName();
    qint64 missing = 0;
    for (int look = 0; look < 10; ++look) {
        if (look > 0)
            QThread::msleep(50);
        if (!file.seek(0))
            return 0;
        const QByteArray header = file.read(100);
        if (QFileInfo(location + u"-wal"_s).size() > 0 || QFileInfo(location + u"-journal"_s).size() > 0)
            return 0;
        struct stat st;
        if (::fstat(file.handle(), &st) != 0)
            return 0;
        missing = missingBytes(header, st.st_size);
        if (missing == 0)
            return 0;
    }
    return missing;
}

} // namespace

QString LibraryFile::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/careleaf/library.sqlite"_s;
}

bool LibraryFile::isDefaultLocation(const QString &path)
{
    return isSameFile(path, defaultLocation());
}

bool LibraryFile::isSameFile(const QString &a, const QString &b)
{
    const auto resolved = [](const QString &path) {
        const QFileInfo info(path);
        if (info.exists())
            return info.canonicalFilePath();
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
    };
    return !a.isEmpty() && !b.isEmpty() && resolved(a) == resolved(b);
}

LibraryStore::OpenResult LibraryStore::open(const QString &location)
{
    OpenResult result;
    const auto fail = [&](Problem problem, const QString &error) {
        result.problem = problem;
        result.error = error;
        result.store.reset();
        return std::move(result);
    };
    // SQLite and Qt take a name as UTF-8: one with other bytes would name another, new library
    // (and no server's address has them).
    if (FileNames::keepsBytes(location))
        return fail(Problem::NotAFile, tr("%1: the library's name is not UTF-8, and Careleaf would open another file "
                                          "in its place. Rename the file, or give a link to it whose name is UTF-8.")
                                           .arg(FileNames::shown(location)));
    if (LibraryAddress::isServer(location))
        return openServer(location);
    if (const QString why = LibraryFile::notALibraryFile(location); !why.isEmpty())
        return fail(Problem::NotAFile, why);
    const QFileInfo info(location);
    if (info.exists() && info.size() > 0) {
        QFile f(location);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Problem::Unreadable, tr("%1 cannot be read: %2").arg(location, f.errorString()));
        const QByteArray header = f.read(100);
        if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return fail(Problem::NotALibrary,
                        tr("%1 is not a Careleaf library (it is not an SQLite database file)").arg(location));
        // With a log beside it the file may be legitimately short: a checkpoint interrupted by a
        // crash, or another Careleaf's in flight, and SQLite finishes the job from the log.
        if (const qint64 missing = missingBytesNow(f); missing > 0)
            return fail(Problem::Damaged, tr("%1 is damaged: the file is %2 bytes shorter than the library it "
                                             "holds, so it was cut off (a full disk, or an interrupted copy). "
                                             "Careleaf has not changed it.")
                                              .arg(location, QString::number(missing)));
        if (!info.isWritable())
            return fail(Problem::ReadOnly, tr("%1 is read-only: Careleaf writes to its library (imports and the "
                                              "education log). Make the file writable, or choose another library.")
                                               .arg(location));
    }
    const bool created = !info.exists() || info.size() == 0;
    if (const QString missing = LibraryFile::missingFolder(location); !missing.isEmpty())
        return fail(Problem::Unreadable, missing);
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(Problem::ReadOnly, tr("cannot create the folder %1").arg(info.absolutePath()));
    // The library writes its log files beside itself (-wal, -shm) and a new one is created there:
    // a folder it cannot write to is said as such, not as a library that does not open.
    const QFileInfo folder(info.absolutePath());
    const bool logFilesWritable =
        QFileInfo(location + u"-wal"_s).isWritable() && QFileInfo(location + u"-shm"_s).isWritable();
    if (!folder.isWritable() && (!info.exists() || !logFilesWritable))
        return fail(Problem::ReadOnly, tr("%1 is in a folder Careleaf cannot write to (%2): a library needs its "
                                          "folder writable, for its log files (-wal, -shm) and to be created. "
                                          "Make the folder writable, or choose a library in another folder.")
                                           .arg(location, folder.absoluteFilePath()));

    OpenResult opened = connectAndMigrate(std::unique_ptr<LibraryStore>(new LibraryStore(
        std::make_unique<StoreConnection>(location, LibraryAddress::parse(location), makeSqliteBackend()))));
    opened.created = created;
    return opened;
}

namespace {

// A backup's name: "<name>.format-" + N + "-backup.sqlite" beside the library.
QString backupPrefix(const QFileInfo &library)
{
    return library.completeBaseName() + u".format-"_s;
}
const QString BackupSuffix = u"-backup.sqlite"_s;

} // namespace

QString LibraryFile::backupName(const QString &location, int format)
{
    const QFileInfo info(location);
    return info.absoluteDir().filePath(backupPrefix(info) + QString::number(format) + BackupSuffix);
}

QStringList LibraryFile::backups(const QString &location)
{
    // The names are compared as text, not as a wildcard pattern: a library's own name may hold
    // '[', '*' or '?', or a byte kept from a name that is not UTF-8, which no pattern can hold.
    const QFileInfo info(location);
    const QString prefix = backupPrefix(info);
    const QString &suffix = BackupSuffix;
    QFileInfoList found;
    for (const QString &name : info.absoluteDir().entryList(QDir::Files, QDir::Unsorted)) {
        if (name.size() <= prefix.size() + suffix.size() || !name.startsWith(prefix) || !name.endsWith(suffix))
            continue;
        const QStringView format = QStringView(name).sliced(prefix.size(), name.size() - prefix.size() - suffix.size());
        if (std::all_of(format.begin(), format.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            found << QFileInfo(info.absoluteDir().filePath(name));
    }
    std::sort(found.begin(), found.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() > b.lastModified(); });
    QStringList out;
    for (const QFileInfo &f : std::as_const(found))
        out << f.absoluteFilePath();
    return out;
}

QString LibraryFile::notALibraryFile(const QString &location)
{
    // SQLite would take these as instructions, not names, and leave stray folders behind.
    if (location.startsWith(u"file:"_s, Qt::CaseInsensitive) || location.startsWith(u':'))
        return tr("%1 is an SQLite address (a URI or an in-memory database), not a library file: give Careleaf "
                  "the path of the file")
            .arg(location);
    struct stat st;
    if (::stat(QFile::encodeName(location).constData(), &st) != 0)
        return {}; // nothing there yet: a new library
    QString kind;
    if (S_ISDIR(st.st_mode))
        kind = tr("a folder");
    else if (S_ISCHR(st.st_mode))
        kind = tr("a character device");
    else if (S_ISBLK(st.st_mode))
        kind = tr("a block device");
    else if (S_ISFIFO(st.st_mode))
        kind = tr("a pipe");
    else if (S_ISSOCK(st.st_mode))
        kind = tr("a socket");
    else if (!S_ISREG(st.st_mode))
        kind = tr("not a regular file");
    if (kind.isEmpty())
        return {};
    return tr("%1 is %2, not a library file: choose a library file (it is left as it is)").arg(location, kind);
}

QString LibraryFile::missingFolder(const QString &location)
{
    const QFileInfo info(location);
    if (info.exists() || info.absoluteDir().exists() || isDefaultLocation(location))
        return {};
    return tr("the folder %1 does not exist: check the library's name, or create the folder first")
        .arg(info.absolutePath());
}

QString LibraryFile::checkBackup(const QString &location, const QString &backup)
{
    if (!QFileInfo(backup).isFile())
        return tr("the backup %1 does not exist or is not a file").arg(backup);
    if (isSameFile(location, backup))
        return tr("%1 is the library itself, not a backup of it").arg(backup);
    // SQLite would take an empty file for a new library: a copy that failed part way would be
    // "restored" as a library with no procedures.
    if (QFileInfo(backup).size() == 0)
        return tr("the backup %1 is empty: it holds no library").arg(backup);
    bool opens = false;
    const QString problem = problemOfACopy(backup, &opens);
    if (problem.isEmpty())
        return {};
    return opens ? tr("the backup %1 fails its check: %2").arg(backup, problem)
                 : tr("the backup %1 is not a library Careleaf can open: %2").arg(backup, problem);
}

QString LibraryFile::problemOfACopy(const QString &file, bool *opens)
{
    bool ignored = false;
    if (!opens)
        opens = &ignored;
    *opens = false;
    // Opened as a copy: one in an older format would be upgraded by opening it, rows waiting on
    // this computer would be written into it, and the file itself is never written to.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(u"copy.sqlite"_s);
    if (!scratch.isValid() || !QFile::copy(file, copy))
        return tr("%1 cannot be read").arg(file);
    if (QFile::exists(file + u"-wal"_s) && !QFile::copy(file + u"-wal"_s, copy + u"-wal"_s))
        return tr("%1 cannot be read").arg(file + u"-wal"_s);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    LibraryStore::OpenResult opened = LibraryStore::open(copy);
    if (!opened.store)
        return QString(opened.error).replace(copy, file);
    *opens = true;
    const QStringList problems = opened.store->check();
    return problems.isEmpty() ? QString() : QString(problems.first()).replace(copy, file);
}

QString LibraryFile::setAside(const QString &location, QString *movedTo)
{
    if (const QString why = notALibraryFile(location); !why.isEmpty())
        return why;
    const QString target = location + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFile::exists(target))
        return tr("%1 already exists; try again in a second").arg(target);
    if (!QFile::rename(location, target))
        return tr("%1 cannot be moved aside to %2 (is its folder writable?)").arg(location, target);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(location + suffix))
            (void)QFile::rename(location + suffix, target + suffix);
    }
    if (movedTo)
        *movedTo = target;
    return {};
}

QString LibraryFile::restoreBackup(const QString &location, const QString &backup, QString *movedTo)
{
    // Checked before anything is moved: a wrong backup leaves the library where it was.
    if (const QString problem = checkBackup(location, backup); !problem.isEmpty())
        return problem;
    if (QFileInfo::exists(location)) {
        if (const QString err = setAside(location, movedTo); !err.isEmpty())
            return err;
    }
    if (!QFile::copy(backup, location))
        return tr("%1 cannot be copied to %2").arg(backup, location);
    QFile::setPermissions(location, QFile::permissions(location) | QFile::WriteOwner);
    return {};
}

} // namespace Careleaf
