// A library file on this computer, before and beside the store that opens it: whether a path
// can be a library at all, the default library's place, the automatic backups taken before each
// format upgrade, and moving a damaged file aside. SQLite's: a server library is no file.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Careleaf {

class LibraryFile
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::LibraryStore) // the messages keep their translation context

public:
    // Automatic backups of the library at location, newest first: <name>.format-N-backup.sqlite
    // beside it, each the library as it was in format N, taken just before upgrading it.
    [[nodiscard]] static QStringList backups(const QString &location);
    // The name of the backup of the library at location in format N, as backups() finds it.
    [[nodiscard]] static QString backupName(const QString &location, int format);
    // The lock a Careleaf upgrading the library at location holds (<location>-upgrading), so
    // that two opening it at once do not both upgrade it.
    [[nodiscard]] static QString upgradeLockName(const QString &location) { return location + u"-upgrading"; }
    // Moves the file at location (with its -wal and -shm files) aside to
    // <location>.damaged-<date-time>, so a fresh or restored library can take its place without
    // overwriting it. Sets *movedTo; returns an error in plain words, empty on success.
    [[nodiscard]] static QString setAside(const QString &location, QString *movedTo);
    // Why location cannot be a library file (a folder, a device, a pipe, an SQLite URI), in plain
    // words; empty when it is a regular file or nothing exists there yet.
    [[nodiscard]] static QString notALibraryFile(const QString &location);
    // Why no library can be at location: its folder does not exist. Only the default library's
    // folder is made; any other missing folder is a typing mistake, never a tree to create.
    [[nodiscard]] static QString missingFolder(const QString &location);
    // What is wrong with the library file at file, read from a copy (the file is never written):
    // why it does not open (*opens false) or its check's first problem; empty when it is sound.
    [[nodiscard]] static QString problemOfACopy(const QString &file, bool *opens = nullptr);
    // Why backup cannot replace the library at location: missing, not a Careleaf library, failing
    // its check, or the library itself. Empty when it can. Reads a copy; writes nothing.
    [[nodiscard]] static QString checkBackup(const QString &location, const QString &backup);
    // Checks backup (checkBackup), then sets the file at location aside (when there is one) and
    // puts a copy of backup there; nothing is moved when the backup does not pass.
    [[nodiscard]] static QString restoreBackup(const QString &location, const QString &backup, QString *movedTo);

    // The GUI's own library, shared with careleaf-cli: <data location>/careleaf/library.sqlite.
    [[nodiscard]] static QString defaultLocation();
    // True when path names the same file as defaultLocation(), whether or not either exists.
    [[nodiscard]] static bool isDefaultLocation(const QString &path);
    // True when two paths name the same file, whether or not it exists yet: the file itself when
    // there is one, else its folder with links resolved. QFileInfo's operator== compares canonical
    // paths, which are empty for a file that does not exist, so it finds any two missing files equal.
    [[nodiscard]] static bool isSameFile(const QString &a, const QString &b);
};

} // namespace Careleaf
