// A library's education log (educationlog.h): rows appended (by the server's own function on
// PostgreSQL), sealed to the row before, read back whole or not at all, and the rows waiting on
// this workstation while the library is out of reach (pendinglog.h).
#pragma once

#include "educationlog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Careleaf {

class StoreConnection;

class EducationLogStore
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::LibraryStore) // the messages keep their translation context
    Q_DISABLE_COPY_MOVE(EducationLogStore)

public:
    explicit EducationLogStore(StoreConnection &connection);

    // Appends one row; the error, empty on success. While a clinic server cannot be reached the
    // row waits in a file on this computer (PendingLog; in memory only if that file cannot be
    // written) and is written by LibraryStore::reconnect(), or by the next store opened on that
    // library by any Careleaf on this computer: pendingRows().
    [[nodiscard]] QString append(const EducationLogEntry &entry);
    [[nodiscard]] int pendingRows() const;
    // Writes the rows waiting for this library; the error, empty when none is left.
    [[nodiscard]] QString writePending();
    // Rows printed on or after since (local date; invalid for all), oldest first. All of them, or
    // none with *error set: a log that cannot be read whole is never shown or exported in part.
    [[nodiscard]] QList<EducationLogEntry> entries(const QDate &since = {}, QString *error = nullptr) const;

    // --- For the library's format steps and check() ---
    // Seals the rows written before format 6, in order, and keeps the log as written from then on.
    [[nodiscard]] QString sealExisting();
    // What is wrong with the rows' seals and the library's count of them; each as one line.
    [[nodiscard]] QStringList tampering() const;
    // Each file of waiting rows for this library that could not be read whole and was set aside
    // (PendingLog), as one line: rows it holds may be missing from the log until IT looks.
    [[nodiscard]] QStringList setAsideRows() const;

private:
    [[nodiscard]] QString pendingPath() const;
    // unlessLogged: a row that waited, written only when the log does not hold it already.
    [[nodiscard]] QString writeRow(const EducationLogEntry &entry, bool unlessLogged = false);
    [[nodiscard]] QSqlError setHead(const QString &head);

    StoreConnection &m_connection;
    QList<EducationLogEntry> m_pending; // printed while the library was away, not in the file
};

} // namespace Careleaf
