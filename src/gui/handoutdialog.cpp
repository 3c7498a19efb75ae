#include "handoutdialog.h"

#include "librarystore.h"
#include "pdfsavepath.h"
#include "readability.h"
#include "sectionkeys.h"
#include "ui_handoutdialog.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// User presets hold section keys only; nothing about a patient.
const QString PresetGroup = u"handout/presets"_s;

QMap<QString, QStringList> userPresets()
{
    QMap<QString, QStringList> out;
    QSettings settings;
    settings.beginGroup(PresetGroup);
    for (const QString &name : settings.childKeys())
        out.insert(name, settings.value(name).toStringList());
    return out;
}

} // namespace

HandoutDialog::HandoutDialog(const QList<Procedure> &procedures, LibraryStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HandoutDialog>())
    , m_procedures(procedures)
    , m_store(store)
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
    , m_refresh(new QTimer(this))
    , m_letterhead(Handout::savedLetterhead())
{
    m_ui->setupUi(this);
    setWindowTitle(procedures.size() == 1 ? tr("Handout — %1").arg(procedures.first().title)
                                          : tr("Packet of %n Handout(s)", nullptr, int(procedures.size())));

    // Section checkboxes, in the order a handout prints them; those no chosen procedure has are
    // disabled.
    int row = 0;
    for (const QString &key : SectionKeys::canonicalKeys()) {
        auto *box = new QCheckBox(SectionKeys::displayName(key), m_ui->sectionsGroup);
        box->setObjectName(u"section_"_s + key);
        bool present = false;
        for (const Procedure &p : procedures)
            present = present || p.hasSection(key);
        box->setEnabled(present);
        m_ui->sectionsLayout->addWidget(box, row / 2, row % 2);
        ++row;
        m_sectionBoxes.insert(key, box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_applyingPreset)
                m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(QString()));
            changed();
        });
    }

    m_ui->paperSize->addItem(tr("A4"), int(QPageSize::A4));
    m_ui->paperSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_ui->paperSize->setCurrentIndex(m_ui->paperSize->findData(int(PagedPrint::defaultPageSize())));
    m_ui->handoutDate->setDate(QDate::currentDate());

    m_printer->setPageSize(QPageSize(PagedPrint::defaultPageSize()));
    PagedPrint::preparePrinter(*m_printer);
    m_preview = new QPrintPreviewWidget(m_printer.get(), m_ui->previewHost);
    m_preview->setObjectName(u"handoutPreview"_s);
    m_preview->setAccessibleName(tr("Print preview"));
    m_ui->previewLayout->addWidget(m_preview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &HandoutDialog::paint);

    // Typing a name should not re-render on every key: coalesce into one refresh.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);

    auto *print = m_ui->buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(u"printButton"_s);
    auto *pdf = m_ui->buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"exportPdfButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] {
        m_printer->setCopyCount(m_ui->copies->value());
        QPrintDialog dialog(m_printer.get(), this);
        dialog.setWindowTitle(tr("Print Handout"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const QString error = printTo(*m_printer); !error.isEmpty())
            QMessageBox::warning(this, tr("Printing Failed"), error);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            askPdfSavePath(this, m_procedures.size() == 1 ? m_procedures.first().title : tr("Handouts"));
        if (path.isEmpty())
            return;
        if (const QString error = exportPdf(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Export Failed"), error);
    });

    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &HandoutDialog::applyPreset);
    connect(m_ui->savePresetButton, &QToolButton::clicked, this, &HandoutDialog::savePreset);
    connect(m_ui->renamePresetButton, &QToolButton::clicked, this, &HandoutDialog::renamePreset);
    connect(m_ui->deletePresetButton, &QToolButton::clicked, this, &HandoutDialog::deletePreset);
    connect(m_ui->patientName, &QLineEdit::textChanged, this, &HandoutDialog::changed);
    connect(m_ui->includeDate, &QCheckBox::toggled, this, &HandoutDialog::changed);
    connect(m_ui->handoutDate, &QDateEdit::dateChanged, this, &HandoutDialog::changed);
    connect(m_ui->careNote, &QPlainTextEdit::textChanged, this, &HandoutDialog::changed);
    connect(m_ui->largePrint, &QCheckBox::toggled, this, &HandoutDialog::changed);
    connect(m_ui->paperSize, &QComboBox::currentIndexChanged, this, [this] {
        m_printer->setPageSize(QPageSize(QPageSize::PageSizeId(m_ui->paperSize->currentData().toInt())));
        changed();
    });

    reloadPresets(u"full"_s);
    m_ui->patientName->setFocus();
}

HandoutDialog::~HandoutDialog() = default;

void HandoutDialog::reloadPresets(const QString &select)
{
    const QSignalBlocker blocker(m_ui->presetCombo);
    m_ui->presetCombo->clear();
    for (const Handout::Preset &p : Handout::builtInPresets())
        m_ui->presetCombo->addItem(p.name, p.id);
    const QMap<QString, QStringList> mine = userPresets();
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        m_ui->presetCombo->addItem(it.key(), QString(u"user:"_s + it.key()));
    m_ui->presetCombo->addItem(tr("Custom"), QString());
    const int index = m_ui->presetCombo->findData(select);
    m_ui->presetCombo->setCurrentIndex(index >= 0 ? index : m_ui->presetCombo->count() - 1);
    applyPreset(m_ui->presetCombo->currentIndex());
}

void HandoutDialog::applyPreset(int index)
{
    const QString id = m_ui->presetCombo->itemData(index).toString();
    const bool user = id.startsWith(u"user:"_s);
    m_ui->renamePresetButton->setEnabled(user);
    m_ui->deletePresetButton->setEnabled(user);
    if (id.isEmpty())
        return; // "Custom": keep the boxes as they are
    QStringList sections;
    if (user)
        sections = userPresets().value(id.mid(5));
    else if (const auto preset = Handout::builtInPreset(id))
        sections = preset->sections;
    m_applyingPreset = true;
    for (auto it = m_sectionBoxes.cbegin(); it != m_sectionBoxes.cend(); ++it)
        it.value()->setChecked(sections.contains(it.key()));
    m_applyingPreset = false;
    changed();
}

QString HandoutDialog::currentPresetName() const
{
    const QString id = m_ui->presetCombo->currentData().toString();
    return id.startsWith(u"user:"_s) ? id.mid(5) : id;
}

void HandoutDialog::savePreset()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Preset"), tr("Name of the preset:"), QLineEdit::Normal, QString(), &ok)
            .simplified();
    if (!ok || name.isEmpty())
        return;
    QSettings().setValue(PresetGroup + u'/' + name, checkedSections());
    reloadPresets(u"user:"_s + name);
}

void HandoutDialog::renamePreset()
{
    const QString old = currentPresetName();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Preset"), tr("New name:"), QLineEdit::Normal, old, &ok).simplified();
    if (!ok || name.isEmpty() || name == old)
        return;
    QSettings settings;
    settings.setValue(PresetGroup + u'/' + name, settings.value(PresetGroup + u'/' + old));
    settings.remove(PresetGroup + u'/' + old);
    reloadPresets(u"user:"_s + name);
}

void HandoutDialog::deletePreset()
{
    QSettings().remove(PresetGroup + u'/' + currentPresetName());
    reloadPresets(u"full"_s);
}

QStringList HandoutDialog::checkedSections() const
{
    QStringList out;
    for (const QString &key : SectionKeys::canonicalKeys()) {
        if (m_sectionBoxes.value(key)->isChecked())
            out << key;
    }
    return out;
}

HandoutOptions HandoutDialog::options() const
{
    HandoutOptions o;
    o.sections = checkedSections();
    o.patientName = m_ui->patientName->text().trimmed();
    if (m_ui->includeDate->isChecked())
        o.date = m_ui->handoutDate->date();
    o.note = m_ui->careNote->toPlainText();
    o.largePrint = m_ui->largePrint->isChecked();
    o.letterhead = m_letterhead;
    return o;
}

double HandoutDialog::readingGrade() const
{
    QStringList text;
    for (const Procedure &p : m_procedures)
        text << Handout::selectedText(p, checkedSections());
    return Readability::fleschKincaidGrade(text.join(u'\n'));
}

void HandoutDialog::updateReadingGrade()
{
    const double grade = readingGrade();
    if (grade <= 0) {
        m_ui->readingGrade->setText(tr("No text selected."));
        m_ui->readingGrade->setStyleSheet(QString());
        return;
    }
    const QString figure = tr("Reading level: grade %1 (Flesch–Kincaid).").arg(grade, 0, 'f', 1);
    if (grade > 8.0) {
        m_ui->readingGrade->setText(figure + u' ' +
                                    tr("Above grade 8: many patients will find this hard to read; go through it "
                                       "with them."));
        m_ui->readingGrade->setStyleSheet(u"color: #8a4b00; font-weight: 600;"_s);
    } else {
        m_ui->readingGrade->setText(figure);
        m_ui->readingGrade->setStyleSheet(QString());
    }
}

void HandoutDialog::changed()
{
    updateReadingGrade();
    m_refresh->start();
}

void HandoutDialog::paint(QPrinter *printer)
{
    ++m_paints;
    (void)PagedPrint::print(Handout::parts(m_procedures, options()), *printer);
}

void HandoutDialog::log(const QString &output, int copies)
{
    if (!m_store)
        return;
    const QString preset = m_ui->presetCombo->currentData().toString().isEmpty() ? QString() : currentPresetName();
    if (const QString error = Handout::record(*m_store, m_procedures, checkedSections(), preset, copies, output);
        !error.isEmpty())
        QMessageBox::warning(this, tr("Education Log"), error);
    Q_EMIT printed(output);
}

QString HandoutDialog::documentTitle() const
{
    // Shown in the printer queue and the PDF's properties: the procedures, never the patient.
    return m_procedures.size() == 1 ? m_procedures.first().title : tr("Patient handouts");
}

QString HandoutDialog::exportPdf(const QString &path)
{
    const QString error = PagedPrint::exportPdf(Handout::parts(m_procedures, options()), path, documentTitle());
    if (error.isEmpty())
        log(u"pdf"_s, 1);
    return error;
}

QString HandoutDialog::printTo(QPrinter &printer)
{
    printer.setDocName(documentTitle());
    const QString error = PagedPrint::print(Handout::parts(m_procedures, options()), printer);
    if (error.isEmpty())
        log(u"printer"_s, printer.copyCount());
    return error;
}

} // namespace Careleaf
