// The log of education given: one row per handout printed or exported — when, on which
// workstation, which procedures in which content version, which sections, how many copies.
// Never anything about the patient.
//
// The log is the clinic's record, so it is tamper-evident: each row carries a seal, the SHA-256 of
// the seal of the row before it and of its own fields, and the library keeps the number of rows
// and the last seal. A row changed or removed afterwards (with sqlite3, or by a database
// administrator) no longer matches, and `careleaf-cli check` says which. A seal is no signature:
// someone who rewrites every later seal too is not caught; what it guarantees is that the log
// cannot be edited in passing, by mistake or by a tool that does not know about it.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Careleaf {

struct EducationLogEntry
{
    qint64 id = 0;
    QDateTime printedAt;         // UTC
    QString workstation;         // host name
    QStringList procedures;      // "CPT 96417 Magnesium Infusion Therapy", one per procedure
    QStringList contentVersions; // content checksum of each procedure as printed, same order
    QStringList sections;        // canonical keys printed
    QString preset;              // preset id or name; empty for a hand-picked choice
    int copies = 1;
    QString output; // "printer" or "pdf"
    // The handout's language (BCP 47: "en", "es"); empty for rows written before format 9.
    QString language;
    // Set by the library as the row is written, never by the workstation: when the library took
    // the row, and who it was (the clinic server's session user; the computer's user for a file).
    QDateTime recordedAt;
    QString recordedBy;
    QString previousSeal; // the seal of the row before; empty for the first
    QString seal;
};

namespace EducationLog {
// RFC 4180 CSV with a header row.
[[nodiscard]] QString toCsv(const QList<EducationLogEntry> &entries);

// The row's seal: SHA-256 (hex) of previous and the row's fields as stored (see the .cpp; the
// clinic server computes the same in careleaf_append_log). An empty language is left out, so rows
// written before the log had one keep their seals.
[[nodiscard]] QString seal(const QString &previous, const QString &printedAt, const QString &recordedAt,
                           const QString &recordedBy, const QString &workstation, const QString &procedures,
                           const QString &contentVersions, const QString &sections, const QString &preset, int copies,
                           const QString &output, const QString &language = {});
// What the library keeps about its log in careleaf_meta ("log_head"): "<rows> <last seal>".
[[nodiscard]] QString head(qint64 rows, const QString &lastSeal);
} // namespace EducationLog

} // namespace Careleaf
