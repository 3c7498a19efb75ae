// The log of education given: one row per handout printed or exported — when, on which
// workstation, which procedures in which content version, which sections, how many copies.
// Never anything about the patient.
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
};

namespace EducationLog {
// RFC 4180 CSV with a header row.
[[nodiscard]] QString toCsv(const QList<EducationLogEntry> &entries);
} // namespace EducationLog

} // namespace Careleaf
