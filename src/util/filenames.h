// File names as the file system has them. On Linux a name is bytes, not always UTF-8: a Latin-1
// name from a Windows share ("M\xFCller.txt") is a name like any other, and must be importable.
// Qt decodes names as UTF-8 and loses such bytes; these functions keep them: each byte that is not
// part of valid UTF-8 becomes the lone surrogate U+DC00 + byte in the QString (as Python's
// "surrogateescape" does), and comes back as the same byte.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace Careleaf::FileNames {

[[nodiscard]] QString decode(const QByteArray &bytes);
[[nodiscard]] QByteArray encode(const QString &name);
// For people and for storing: the name with each kept byte written "\xFC".
[[nodiscard]] QString shown(const QString &name);
// Whether name holds a byte that is not UTF-8 (kept as above): such a name reaches any other
// Qt or SQLite function as another name.
[[nodiscard]] bool keepsBytes(const QString &name);

enum class Kind
{
    Missing,
    File,
    Folder,
    BrokenLink, // a symbolic link that leads nowhere (or to itself)
    Special,    // a pipe, socket or device: reading one would block or never end
};
// What is at path, links followed; BrokenLink for a link to nothing.
[[nodiscard]] Kind kindOf(const QString &path);
[[nodiscard]] bool isSymLink(const QString &path);
// Why the file at path cannot be read, as the one who mends it needs to hear it ("it is a folder",
// "it is not a regular file": a pipe, never opened, as that would wait for ever; "its folder
// cannot be opened"; "it is a link to nothing"; "permission denied"; "there is no such file");
// empty when it is a regular file this process may read.
[[nodiscard]] QString whyUnreadable(const QString &path);
// Opens file to read (with mode's flags, QIODevice::Text) unless whyUnreadable() says why not;
// empty when open, else why (whyUnreadable()'s, or the reason the open failed).
[[nodiscard]] QString openToRead(QFile &file, QIODevice::OpenMode mode = {});
// The modification time (seconds and nanoseconds since the epoch, as one number); 0 when unknown.
[[nodiscard]] qint64 modified(const QString &path);

// The entries of a folder (not "." and ".."), names decoded, sorted; *error says why when it
// cannot be read (empty result then).
[[nodiscard]] QStringList entries(const QString &folder, QString *error);

} // namespace Careleaf::FileNames
