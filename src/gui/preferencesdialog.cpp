#include "preferencesdialog.h"

#include "handout.h"
#include "ui_preferencesdialog.h"

#include <QFileDialog>
#include <QImageReader>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Careleaf {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    const Letterhead l = Handout::savedLetterhead();
    m_ui->clinicName->setText(l.clinicName);
    m_ui->clinicAddress->setPlainText(l.address);
    m_ui->clinicPhone->setText(l.phone);
    m_ui->logoFile->setText(QSettings(u"Careleaf"_s, u"Careleaf"_s).value(u"letterhead/logoFile"_s).toString());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->chooseLogo, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose Logo"), m_ui->logoFile->text(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
        if (!file.isEmpty())
            m_ui->logoFile->setText(file);
    });
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    const QString logo = m_ui->logoFile->text().trimmed();
    if (!logo.isEmpty() && QImageReader(logo).read().isNull()) {
        QMessageBox::warning(this, tr("Logo"), tr("%1 is not an image Careleaf can read.").arg(logo));
        return;
    }
    Handout::saveLetterhead(m_ui->clinicName->text().trimmed(), m_ui->clinicAddress->toPlainText().trimmed(),
                            m_ui->clinicPhone->text().trimmed(), logo);
    QDialog::accept();
}

} // namespace Careleaf
