// Helpers shared by the tests: fixture paths, reading files, word sequences, external tools.
#pragma once

#include "procedure.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Careleaf::Test {

[[nodiscard]] QString dataPath(const QString &relative);
[[nodiscard]] QStringList seedFiles(); // the five seed documents, sorted
[[nodiscard]] QByteArray readFile(const QString &path);
// Words (letters and digits runs) in order, lower-cased.
[[nodiscard]] QStringList words(const QString &text);
// Every word the parsed procedure holds, in document order (descriptor, lay name, then each
// section's heading and blocks).
[[nodiscard]] QStringList procedureWords(const Procedure &p);
// Runs pdftotext on a PDF; empty when the tool is missing (callers skip with the reason).
[[nodiscard]] QString pdfText(const QString &pdfPath, QString *error);
// Rows in a library file, read through a connection of its own; -1 when it cannot be read.
[[nodiscard]] int procedureCount(const QString &libraryFile);
// Writes a synthetic but well-formed procedure document with the given code and words.
[[nodiscard]] QByteArray syntheticDocument(int n);
// The same procedure as syntheticDocument(n), revised: other words in two of its sections.
[[nodiscard]] QByteArray revisedDocument(int n);

} // namespace Careleaf::Test
