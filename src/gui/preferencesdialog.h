// Edit > Preferences…: Handouts (the clinic letterhead and heading colour printed on every handout,
// shared with careleaf-cli) and Library (this computer or the clinic server).
#pragma once

#include <QColor>
#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Careleaf {

class Settings;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

    // Where the library chosen under Library lives: empty for this computer's own library, or a
    // server address (no password). The same value savedLibraryLocation() returns once accepted.
    [[nodiscard]] QString chosenLibraryLocation() const;
    // The library the app opens when neither --db nor CARELEAF_DB names one (Settings); *problem
    // set, and no location, when a library setting means neither a file nor a server.
    [[nodiscard]] static QString savedLibraryLocation(QString *problem = nullptr);

private:
    void setAccent(const QColor &accent);
    // The languages Careleaf can speak, chosen (empty: the system's) selected.
    void fillLanguages(const QString &chosen);
    void showLocks(const Settings &settings);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QColor m_accent; // invalid: Careleaf's own
};

} // namespace Careleaf
