// The data files a clinic may edit (lay terms, the glossary, and any table like them): UTF-8 text,
// one record a line, fields separated by tabs; blank lines and lines starting with '#' are skipped.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Careleaf::TableFile {

// Calls record(lineNumber, line) for each record of the file at path, the line trimmed and
// numbered from 1 as an editor numbers it, so a problem can name its line. A line that is not
// UTF-8 (a file saved as Latin-1) is left out, and said in *problems: its letters would be
// printed as "caf\uFFFD". False, said in *problems, when the file cannot be read (no permission,
// a folder, a link to nothing) or is no regular file (a named pipe, which would wait for ever).
bool forEachRecord(const QString &path, const std::function<void(int lineNumber, const QString &line)> &record,
                   QStringList *problems = nullptr);

// The clinic's own files called name ("careleaf/synonyms.tsv") that are there (whether they can
// be read or not: forEachRecord() says so): IT's for every user of the computer, in the folders of
// XDG_DATA_DIRS (/usr/local/share, /usr/share), the last folder first, then the user's own
// (XDG_DATA_HOME): each later one adds to or rewords the earlier.
[[nodiscard]] QStringList clinicFiles(const QString &name);
// The same for folders ("careleaf/languages"): one that cannot be read is left out and said in
// *problems.
[[nodiscard]] QStringList clinicFolders(const QString &name, QStringList *problems = nullptr);

} // namespace Careleaf::TableFile
