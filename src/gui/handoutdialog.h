// File > Handout…: choose a preset or sections (only those the procedures have, in the order a
// patient lives them, each with its reading grade), the patient's name and date, instructions from
// the care team, large print, words to know, "My questions", paper and copies; a live print
// preview beside it with the hardest sentences marked; Print… and Export PDF…. Several procedures
// make a packet. Every print or export adds a row to the education log.
//
// The patient's name and the note live in this dialog's widgets for this job only: they are never
// written to the library, the settings, a log or a file other than the PDF the user asks for.
#pragma once

#include "handout.h"
#include "readability.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QTimer;

namespace Ui {
class HandoutDialog;
}

namespace Careleaf {

class LibraryStore;

class HandoutDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoutDialog)

public:
    // store is used to log what was printed; owned by the caller and must outlive the dialog.
    HandoutDialog(const QList<Procedure> &procedures, LibraryStore *store, QWidget *parent = nullptr);
    ~HandoutDialog() override;

    // What prints (the preview's marks left out).
    [[nodiscard]] HandoutOptions options() const;
    [[nodiscard]] QStringList checkedSections() const;
    // The reading formula for the handout's language, and the chosen sections' figure in it: a
    // Flesch-Kincaid grade, a Fernández-Huerta ease, or 0 where the language has no formula.
    [[nodiscard]] Readability::Formula readingFormula() const;
    [[nodiscard]] double readingGrade() const;
    // The three hardest sentences of the chosen sections, marked in the preview.
    [[nodiscard]] QStringList hardestSentences() const;
    [[nodiscard]] QPrintPreviewWidget *preview() const { return m_preview; }
    // How many times the preview has been painted (tests watch it update).
    [[nodiscard]] int previewPaints() const { return m_paints; }

    // Writes the handout to path and logs it; the error, empty on success. Export PDF… uses this.
    [[nodiscard]] QString exportPdf(const QString &path);
    // Prints on printer (as configured by the caller) and logs it. Print… uses this.
    [[nodiscard]] QString printTo(QPrinter &printer);

Q_SIGNALS:
    void printed(const QString &output);

protected:
    // Alt+I (Sections to print) goes to its first box, not back to the last one used there.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildSectionBoxes();
    // Scrolls the options so that option, when it is one, is wholly in view.
    void scrollToOption(QWidget *option);
    void setTabOrder();
    [[nodiscard]] QString documentTitle() const;
    void applyPreset(int index);
    void reloadPresets(const QString &select = {});
    void savePreset();
    void renamePreset();
    void deletePreset();
    void changed();
    void updateReadingGrade();
    void paint(QPrinter *printer);
    void log(const QString &output, int copies);
    void fillLanguages();
    void updateSectionLevels();
    // The language chosen for the patient (BCP 47), English when none is.
    [[nodiscard]] QString patientLanguage() const;
    // The text of sections in the handout's language, as a handout of printed (sections, when
    // empty) prints them.
    [[nodiscard]] QString readingText(const QStringList &sections, const QStringList &printed = {}) const;
    void applyLanguage();
    // The note beside the buttons: the page count, or that the handout was printed or saved
    // (where: the tooltip).
    // again: said to a screen reader also when it is what was said last (saved again).
    void setPageNote(const QString &text, const QString &toolTip = {}, bool again = false);
    // Bilingual and Words to know, as the chosen language allows them.
    void enableLanguageOptions();
    [[nodiscard]] QString currentPresetName() const;

    std::unique_ptr<Ui::HandoutDialog> m_ui;
    QList<Procedure> m_procedures;
    // Every version of each chosen procedure (the one chosen first), in the order they were chosen.
    QList<QList<Procedure>> m_versions;
    LibraryStore *m_store;
    QMap<QString, QCheckBox *> m_sectionBoxes;
    // Each shown box's section name with its mnemonic ("&Risks"), by key.
    QHash<QString, QString> m_sectionNames;
    // Where sections of unknown headings print, by the box they print with (its tooltip)
    QHash<QString, QString> m_sectionNotes;
    QList<QLabel *> m_groupLabels;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
    QTimer *m_refresh = nullptr;
    Letterhead m_letterhead;
    int m_paints = 0;
    bool m_questionsLeftOut = false; // the last preview had no room for "My questions"
    // Over the pages: which letters no font draws, and (bilingual) sections with nothing beside them
    // in the other language; hidden when none.
    QLabel *m_undrawn = nullptr;
    bool m_wordsToKnowWanted = true; // the box's choice while no English version takes it
    bool m_applyingPreset = false;
};

} // namespace Careleaf
