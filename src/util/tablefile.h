// The data files a clinic may edit (lay terms, the glossary, and any table like them): UTF-8 text,
// one record a line, fields separated by tabs; blank lines and lines starting with '#' are skipped.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Careleaf::TableFile {

// Calls record(lineNumber, line) for each record of the file at path, the line trimmed and
// numbered from 1 as an editor numbers it, so a problem can name its line. False when the file
// cannot be opened (a clinic that has no file of its own).
bool forEachRecord(const QString &path, const std::function<void(int lineNumber, const QString &line)> &record);

// The clinic's own files called name ("careleaf/synonyms.tsv") that exist: IT's for every user of
// the computer, in the folders of XDG_DATA_DIRS (/usr/local/share, /usr/share), the last folder
// first, then the user's own (XDG_DATA_HOME): each later one adds to or rewords the earlier.
[[nodiscard]] QStringList clinicFiles(const QString &name);
// The same for folders ("careleaf/languages").
[[nodiscard]] QStringList clinicFolders(const QString &name);

} // namespace Careleaf::TableFile
