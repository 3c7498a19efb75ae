// Education log rows of handouts printed while the clinic server could not be reached. They wait
// in a file on this computer, one per server library, until the server takes them: quitting
// Careleaf, a crash or a restart of the workstation loses none. Every Careleaf process and
// careleaf-cli on the computer shares the file, under a lock, so a row is written to the server
// once even when two of them reconnect at the same moment.
#pragma once

#include "educationlog.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Careleaf {

class PendingLog
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::PendingLog)

public:
    // The file for the server library named by key (host, port, database; never a password),
    // under the application's data folder.
    [[nodiscard]] static QString pathFor(const QString &key);

    explicit PendingLog(QString path);

    // Adds a row; the error, naming the file, empty on success.
    [[nodiscard]] QString append(const EducationLogEntry &entry) const;
    // The rows waiting, oldest first; sets *error when the file cannot be read.
    [[nodiscard]] QList<EducationLogEntry> rows(QString *error = nullptr) const;
    // Hands each waiting row to write, oldest first, and forgets each one written; stops at the
    // first error, which it returns (the rest wait for the next time).
    [[nodiscard]] QString flush(const std::function<QString(const EducationLogEntry &)> &write) const;

private:
    [[nodiscard]] QString save(const QList<EducationLogEntry> &rows) const;
    // The rows, with the lock held. A file that cannot be read whole is set aside (renamed, never
    // overwritten) and what could be read of it returned; nullopt, with *error, when it cannot be.
    [[nodiscard]] std::optional<QList<EducationLogEntry>> load(QString *error) const;
    // Runs change on the rows with the lock held; its error, or why the rows could not be had.
    [[nodiscard]] QString withRows(const std::function<QString(QList<EducationLogEntry> &)> &change) const;

    QString m_path;
};

} // namespace Careleaf
