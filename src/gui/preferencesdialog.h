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

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Careleaf
