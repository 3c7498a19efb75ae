// Imports procedure documents from files and folders into a LibraryStore, the files stored in
// groups committed about once a second, each file a savepoint of its own: a procedure is never
// partly written, a failure or a cancel in the middle leaves every earlier file imported, a kill
// loses at most the last second's files (the next run imports them), and the library stays
// consistent.
#pragma once

#include "librarystore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Careleaf {

struct Rejection
{
    QString path; // as shown to people (FileNames::shown)
    QString reason;
};

struct ImportReport : StoreCounts
{
    QList<Rejection> rejections;
    // Files imported whole but read otherwise than their writer likely meant: no section heading
    // recognised, so all their text is under Other (a heading written "## Summary" or
    // "Summary: text"). Said, so that a handout of only "Other" is not the first sign.
    QList<Rejection> warnings;
    QString fatalError;  // the library itself failed (disk full, locked, damaged); import stopped
    int notImported = 0; // with fatalError: the files it left unread or could not store
    bool cancelled = false;

    [[nodiscard]] int rejected() const { return int(rejections.size()); }
    // "imported N, updated N, unchanged N, rejected N" — the console's stdout line; with
    // ", not imported N" after it where the library failed, so every file is counted.
    [[nodiscard]] QString summaryLine() const;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::Importer)

public:
    // Called before each file; return false to stop (the file is not imported).
    using Progress = std::function<bool(int done, int total, const QString &path)>;

    // Expands folders recursively (in name order, hidden files too; links to folders are not
    // followed, so a link loop cannot trap the walk, and are reported). Paths that do not exist and
    // folders that cannot be read become rejections. Names that are not UTF-8 are kept (FileNames).
    [[nodiscard]] static QStringList collectFiles(const QStringList &paths, QList<Rejection> *problems);

    // language: the documents' language (a BCP 47 code of languages.h); empty: each document's
    // own, recognised from its headings.
    [[nodiscard]] static ImportReport importPaths(LibraryStore &store, const QStringList &paths,
                                                  const Progress &progress = {}, const QString &language = {});
    [[nodiscard]] static ImportReport importFiles(LibraryStore &store, const QStringList &files,
                                                  const Progress &progress = {}, const QString &language = {});
};

} // namespace Careleaf
