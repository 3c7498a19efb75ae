// Patient handouts: which sections, for whom, how large, on whose letterhead. Turns procedures
// into one print flow (PagedPrint) — one procedure, or a packet that starts with a short list.
//
// Handouts are for patients unless a staff copy is asked for: codes, the official descriptor,
// personnel, health-plan policies and similar codes are staff material.
//
// What is typed about the patient (name, note) lives only in HandoutOptions for the one job;
// nothing here writes it anywhere.
#pragma once

#include "educationlog.h"
#include "glossary.h"
#include "pagedprint.h"
#include "procedure.h"

#include <QColor>
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
    QImage logo;   // drawn from memory, never loaded by the document
    QColor accent; // headings and the clinic's name; invalid: Careleaf's own

    [[nodiscard]] bool isEmpty() const { return clinicName.isEmpty() && address.isEmpty() && phone.isEmpty(); }
};

struct HandoutOptions
{
    QStringList sections;    // canonical keys to print, in any order (printed in Handout::sectionOrder())
    QString patientName;     // optional, this job only
    QDate date;              // printed in the header when valid
    QString note;            // from the care team, in a box at the top of the first page; this job only
    bool largePrint = false; // body at 16 pt
    bool staffCopy = false;  // codes and the official descriptor printed, "Staff copy" in the footer
    bool questions = true;   // "My questions" lines in the space left at the end
    bool wordsToKnow = true; // the glossary's words the printed text uses, defined at the end
    QStringList marks;       // sentences marked on the page (the composer's preview only)
    // The patient's language (BCP 47): the handout's own words (headings, "Page X of Y", the date)
    // are printed in it, right to left for a language written so.
    QString language = QStringLiteral("en");
    // With a language other than English: each section of a procedure printed beside its English
    // version (two columns, the same section on the same row) so staff can go through it with the
    // patient. english holds the English version of each procedure, in the same order; an empty
    // Procedure where there is none (that procedure prints in the patient's language alone).
    bool bilingual = false;
    QList<Procedure> english;
    Letterhead letterhead;
};

class Handout
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::Handout)

public:
    struct Preset
    {
        QString id; // "patient", "before", "expect", "after", "full"
        QString name;
        QStringList sections;
        bool staffCopy = false;
    };
    [[nodiscard]] static QList<Preset> builtInPresets();
    // By id; "staff" names the staff copy too.
    [[nodiscard]] static std::optional<Preset> builtInPreset(const QString &id);
    // What a handout prints when nobody chose: the patient handout.
    [[nodiscard]] static QString defaultPresetId() { return QStringLiteral("patient"); }

    // Sections in the order a patient lives them: before, during, after, and more.
    struct Group
    {
        QString id;
        QString title;
        QStringList keys;
    };
    [[nodiscard]] static QList<Group> sectionGroups();
    [[nodiscard]] static QStringList sectionOrder();

    // The classes whose tr() words a handout prints (TranslationScope contexts).
    [[nodiscard]] static QStringList printedWordContexts();

    // What a letterhead holds, in characters: its name or phone line, and its address.
    static constexpr int MostInALetterheadLine = 200;
    static constexpr int MostInAnAddress = 1000;
    // Body size in points for normal and large print.
    static constexpr double NormalPointSize = 11.0;
    static constexpr double LargePointSize = PagedPrint::LargePrint;

    // The whole job: letterhead, patient and date, the packet's list and the care team's note at
    // the top of the first page; each procedure; the words to know; "My questions" at the end.
    [[nodiscard]] static PagedPrint::Flow flow(const QList<Procedure> &procedures, const HandoutOptions &o);
    [[nodiscard]] static QString footerText(const QList<Procedure> &procedures, const HandoutOptions &o);
    // How dates and numbers are written on the handout: in its language, in the desk's regional
    // style where the desk uses that language too (a US clinic writes "November 30, 2026").
    [[nodiscard]] static QLocale locale(const HandoutOptions &o);
    // The zero of the digits the handout's own numbers (the date, the page numbers) are written
    // in: the language's own (Arabic-Indic) where a procedure's text writes its numbers so, else
    // Western, as codes and phone numbers are written and Qt numbers the steps (in Western digits
    // whatever the text's).
    [[nodiscard]] static QChar zeroDigit(const QList<Procedure> &procedures, const HandoutOptions &o);
    // The text a reading grade is computed over: the chosen sections of one procedure, as a
    // handout of the sections printed (sections, when empty) prints them (with the sections of
    // unknown headings that go with them: ProcedureHtml::printedUnder()).
    [[nodiscard]] static QString selectedText(const Procedure &p, const QStringList &sections,
                                              const QStringList &printed = {});
    // Whether a handout of sections prints one of p's sections of unknown headings with the
    // section it follows (ProcedureHtml::printedUnder()).
    [[nodiscard]] static bool placesUnknownSection(const Procedure &p, const QStringList &sections);
    // What a bilingual handout of the chosen sections prints of p beside nothing of english, and
    // of english beside nothing of p (a row of English "Anesthesia" with no Spanish version): a
    // sentence for each side, in the application's language, naming their headings; empty when
    // every row holds both languages. The nurse is told: a patient's column left empty beside a
    // section is not the patient's to read.
    [[nodiscard]] static QStringList unpairedSections(const Procedure &p, const Procedure &english,
                                                      const QStringList &sections);
    // The glossary's words the chosen sections of the procedures use, each once.
    [[nodiscard]] static QList<Glossary::Entry> wordsToKnow(const QList<Procedure> &procedures,
                                                            const QStringList &sections);

    // The clinic letterhead from Preferences (the app's settings; shared with careleaf-cli).
    // A logo that cannot be read or a colour that is none is left out, and said in *problems
    // (when given), naming the setting and its file.
    [[nodiscard]] static Letterhead savedLetterhead(QStringList *problems = nullptr);
    // The logo in file as a letterhead prints it, or a null image and why not (*why, when given).
    [[nodiscard]] static QImage letterheadLogo(const QString &file, QString *why = nullptr);
    static void saveLetterhead(const QString &clinicName, const QString &address, const QString &phone,
                               const QString &logoFile, const QColor &accent = {});

    // The education-log row for a job: procedures with their content versions and the handout's
    // language (BCP 47), never the patient. beside: the English versions a bilingual handout
    // printed beside them (what sections printed depends on them too).
    [[nodiscard]] static EducationLogEntry logEntry(const QList<Procedure> &procedures, const QStringList &sections,
                                                    const QString &preset, int copies, const QString &output,
                                                    const QString &language, const QStringList &contentVersions,
                                                    const QList<Procedure> &beside = {});
    // Writes the log row for a job printed or exported, with each procedure's stored content
    // version. The error, empty on success.
    [[nodiscard]] static QString record(LibraryStore &store, const QList<Procedure> &procedures,
                                        const QStringList &sections, const QString &preset, int copies,
                                        const QString &output, const QString &language,
                                        const QList<Procedure> &beside = {});
};

} // namespace Careleaf
