// Edit > Preferences…: the clinic letterhead printed on every handout (shared with careleaf-cli).
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Careleaf {

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
    // The library the app opens when neither --db nor CARELEAF_DB names one.
    [[nodiscard]] static QString savedLibraryLocation();

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Careleaf
