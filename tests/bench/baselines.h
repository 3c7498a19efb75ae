// The embedded library's own costs beside their baselines, for careleaf-bench (see README,
// Performance): import time and bytes written against a plain bulk FTS5 load of the same texts,
// typo correction, and the console's start with and without a QGuiApplication.
#pragma once

#include "librarystore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Careleaf::Bench {

// Bytes this process has passed to write() so far (/proc/self/io wchar): what SQLite writes,
// counted the same way for the import and for the baseline.
[[nodiscard]] qint64 bytesWritten();

// (d) The plain bulk load: every file under folder as one row (name, text) of an FTS5 table in a
// new SQLite file, one transaction, nothing else. Seconds, bytes written, the file's size. With
// SQLite's defaults, as Python's sqlite3 leaves them (a rollback journal, synchronous = FULL):
// the load the import's targets are measured against. With writeAheadLog, in the mode the
// library is kept in (WAL, synchronous = NORMAL), beside it: there every page is written twice,
// to the log and then to the file.
[[nodiscard]] QJsonObject plainFtsLoad(const QString &folder, const QString &databaseFile, bool writeAheadLog);

// Typo correction of misspelled words made from the words of the library, each timed (p50, p95,
// max ms), never reading the whole vocabulary.
[[nodiscard]] QJsonObject typoCorrection(const QString &db, int repeats);

// careleaf-cli commands that draw nothing (two searches, and `check` when asked) timed from
// process start to exit, beside the same command started the old way, with a QGuiApplication
// (`careleaf-bench --child-cli-gui`): p50 ms of each and their ratio; "check" says whether
// `check` was among them.
[[nodiscard]] QJsonObject consoleStart(const QString &db, const QString &cli, const QString &self, int repeats,
                                       bool check);
// The figures above, printed under the query table.
void printEmbedded(const QJsonObject &embedded, int n, const QString &documents);
// Generates, parses and stores documents 0..n-1 in transactions of 5,000 (--load bulk).
[[nodiscard]] bool bulkLoad(LibraryStore &store, int n);
// The old way, in this process: a QGuiApplication exists (main made one), then the console runs.
int runChildCli(const QStringList &arguments);

} // namespace Careleaf::Bench
