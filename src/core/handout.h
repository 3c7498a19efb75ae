// Patient handouts: which sections, for whom, how large, on whose letterhead. Turns procedures
// into print-job parts (PagedPrint) — one procedure or a packet with a cover page.
//
// What is typed about the patient (name, note) lives only in HandoutOptions for the one job;
// nothing here writes it anywhere.
#pragma once

#include "educationlog.h"
#include "pagedprint.h"
#include "procedure.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QStringList>

namespace Careleaf {

class LibraryStore;

struct Letterhead
{
    QString clinicName;
    QString address;
    QString phone;
    QImage logo; // drawn from memory, never loaded by the document

    [[nodiscard]] bool isEmpty() const { return clinicName.isEmpty() && address.isEmpty() && phone.isEmpty(); }
};

struct HandoutOptions
{
    QStringList sections;    // canonical keys to print, in any order (printed in tab order)
    QString patientName;     // optional, this job only
    QDate date;              // printed in the header when valid
    QString note;            // from the care team, printed in a box; this job only
    bool largePrint = false; // body at 16 pt
    Letterhead letterhead;
};

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::Handout)

public:
    struct Preset
    {
        QString id; // "before", "after", "full"
        QString name;
        QStringList sections;
    };
    [[nodiscard]] static QList<Preset> builtInPresets();
    [[nodiscard]] static std::optional<Preset> builtInPreset(const QString &id);

    // Body size in points for normal and large print.
    static constexpr double NormalPointSize = 11.0;
    static constexpr double LargePointSize = 16.0;

    // One part per procedure, after a cover page when there are several (a packet).
    [[nodiscard]] static QList<PagedPrint::Part> parts(const QList<Procedure> &procedures, const HandoutOptions &o);
    [[nodiscard]] static QString procedureHtml(const Procedure &p, const HandoutOptions &o);
    [[nodiscard]] static QString coverHtml(const QList<Procedure> &procedures, const HandoutOptions &o);
    [[nodiscard]] static QString footerText(const Procedure &p, const HandoutOptions &o);
    // The text a reading grade is computed over: the chosen sections of one procedure.
    [[nodiscard]] static QString selectedText(const Procedure &p, const QStringList &sections);

    // The clinic letterhead from Preferences (the app's settings; shared with careleaf-cli).
    [[nodiscard]] static Letterhead savedLetterhead();
    static void saveLetterhead(const QString &clinicName, const QString &address, const QString &phone,
                               const QString &logoFile);

    // The education-log row for a job: procedures with their content versions, never the patient.
    [[nodiscard]] static EducationLogEntry logEntry(const QList<Procedure> &procedures, const QStringList &sections,
                                                    const QString &preset, int copies, const QString &output,
                                                    const QStringList &contentVersions);
    // Writes the log row for a job printed or exported, with each procedure's stored content
    // version. The error, empty on success.
    [[nodiscard]] static QString record(LibraryStore &store, const QList<Procedure> &procedures,
                                        const QStringList &sections, const QString &preset, int copies,
                                        const QString &output);
};

} // namespace Careleaf
