#include "handoutdialog.h"

#include "accessibility.h"
#include "glossary.h"
#include "languages.h"
#include "librarystore.h"
#include "pdfsavepath.h"
#include "readability.h"
#include "sectionkeys.h"
#include "settings.h"
#include "translations.h"
#include "ui_handoutdialog.h"
#include "windowfit.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// User presets hold section keys only; nothing about a patient.
QMap<QString, QStringList> userPresets()
{
    return Settings().userPresets(SectionKeys::canonicalKeys());
}

// The grade, as "grade X" reads it. Flesch-Kincaid goes below 1, and below 0, for a few short
// words ("-2.2" for "About an hour."): no school grade, so said as below the first.
QString gradeText(double grade)
{
    if (grade < 1.0)
        return QCoreApplication::translate("Careleaf::HandoutDialog", "below 1");
    return QLocale().toString(grade, 'f', 1);
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
    // Before the section boxes, which take the letters Alt does not reach yet.
    auto *print = m_ui->buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(u"printButton"_s);
    auto *pdf = m_ui->buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"exportPdfButton"_s);
    m_ui->buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    buildSectionBoxes();
    fillLanguages();
    updateSectionLevels();

    m_ui->paperSize->addItem(tr("A4"), int(QPageSize::A4));
    m_ui->paperSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    const Settings settings;
    // The paper IT set for the clinic, else the one this locale uses.
    const QPageSize::PageSizeId pageSize = PagedPrint::pageSizeNamed(settings.text(Settings::Key::PaperSize));
    m_ui->paperSize->setCurrentIndex(m_ui->paperSize->findData(int(pageSize)));
    if (settings.isLocked(Settings::Key::PaperSize)) {
        m_ui->paperSize->setEnabled(false);
        m_ui->paperSize->setToolTip(Settings::lockedNote());
        m_ui->paperSize->setAccessibleDescription(Settings::lockedNote());
    }
    m_ui->handoutDate->setDate(QDate::currentDate());

    m_printer->setPageSize(QPageSize(pageSize));
    PagedPrint::preparePrinter(*m_printer);
    m_preview = new QPrintPreviewWidget(m_printer.get(), m_ui->previewHost);
    m_preview->setObjectName(u"handoutPreview"_s);
    m_preview->setAccessibleName(tr("Print preview"));
    // A picture of the pages: the options are where work is done, so neither the preview nor the
    // view and viewport inside it is a Tab stop (the reading level and page count say what it shows).
    m_preview->setFocusPolicy(Qt::NoFocus);
    for (QWidget *inner : m_preview->findChildren<QWidget *>()) {
        inner->setFocusPolicy(Qt::NoFocus);
        if (inner->accessibleName().isEmpty())
            inner->setAccessibleName(tr("Pages of the handout"));
    }
    // Over the pages, while they would print letters as boxes: a handout the patient cannot read
    // is not handed out unnoticed (the preview's boxes are small, and the pane's font may differ).
    m_undrawn = new QLabel(m_ui->previewHost);
    m_undrawn->setObjectName(u"undrawnWarning"_s);
    m_undrawn->setWordWrap(true);
    m_undrawn->setTextFormat(Qt::PlainText); // it names a document's headings and titles
    m_undrawn->setAutoFillBackground(true);
    m_undrawn->setMargin(6);
    QPalette warning = m_undrawn->palette();
    warning.setColor(QPalette::Window, QColor(0xFF, 0xF1, 0xC2));
    warning.setColor(QPalette::WindowText, QColor(0x4A, 0x36, 0x00));
    m_undrawn->setPalette(warning);
    m_undrawn->hide();
    m_ui->previewLayout->addWidget(m_undrawn);
    m_ui->previewLayout->addWidget(m_preview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &HandoutDialog::paint);
    // The lines take only what the last page leaves: said beside the pages when it leaves too
    // little, rather than a page added for them or the box ticked for nothing.
    const auto notePages = [this](const QString &pages, bool again) {
        setPageNote(m_questionsLeftOut ? tr("%1; no room for \u201cMy questions\u201d").arg(pages) : pages, {}, again);
    };
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this,
            [this, notePages] { notePages(tr("%n page(s)", nullptr, m_preview->pageCount()), false); });

    // The pages from the keyboard, wherever it is in the options (the preview is no Tab stop):
    // Ctrl+Page Down and Ctrl+Page Up turn them, and say which one shows.
    const auto turn = [this, notePages](int by) {
        const int page = std::clamp(m_preview->currentPage() + by, 1, std::max(1, m_preview->pageCount()));
        m_preview->setCurrentPage(page);
        notePages(tr("Page %1 of %2").arg(page).arg(m_preview->pageCount()), true);
    };
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    next->setObjectName(u"nextPreviewPage"_s);
    connect(next, &QShortcut::activated, this, [turn] { turn(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previous->setObjectName(u"previousPreviewPage"_s);
    connect(previous, &QShortcut::activated, this, [turn] { turn(-1); });
    m_preview->setToolTip(tr("Ctrl+Page Down and Ctrl+Page Up turn the pages"));

    // Typing a name should not re-render on every key: coalesce into one refresh.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, m_preview, &QPrintPreviewWidget::updatePreview);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto saidSaved = [this](const QString &file) {
        setPageNote(tr("Saved as %1").arg(QFileInfo(file).fileName()), QDir::toNativeSeparators(file), true);
    };
    connect(print, &QPushButton::clicked, this, [this, saidSaved] {
        m_printer->setCopyCount(m_ui->copies->value());
        QPrintDialog dialog(m_printer.get(), this);
        dialog.setWindowTitle(tr("Print Handout"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const QString error = printTo(*m_printer); !error.isEmpty())
            QMessageBox::warning(this, tr("Printing Failed"), error);
        else if (const QString file = m_printer->outputFileName(); !file.isEmpty())
            saidSaved(file);
        else
            setPageNote(tr("Sent to the printer"), m_printer->printerName(), true);
    });
    connect(pdf, &QPushButton::clicked, this, [this, saidSaved] {
        const QString path =
            askPdfSavePath(this, m_procedures.size() == 1 ? m_procedures.first().title : tr("Handouts"));
        if (path.isEmpty())
            return;
        if (const QString error = exportPdf(path); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Export Failed"), error);
            return;
        }
        rememberPdfFolder(path);
        saidSaved(path);
    });

    connect(m_ui->presetCombo, &QComboBox::activated, this, [this](int index) {
        // Chosen by the user: the next handout starts with it (unless IT set the one to start with).
        // Not a staff copy, which is asked for one handout at a time: the next is most likely a
        // patient's, and would carry codes and "Staff copy" in its footer.
        const QString id = m_ui->presetCombo->itemData(index).toString();
        if (const auto builtIn = Handout::builtInPreset(id); builtIn && builtIn->staffCopy)
            return;
        Settings().setValue(Settings::Key::DefaultPreset, id);
    });
    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this, &HandoutDialog::applyPreset);
    connect(m_ui->savePresetButton, &QToolButton::clicked, this, &HandoutDialog::savePreset);
    connect(m_ui->renamePresetButton, &QToolButton::clicked, this, &HandoutDialog::renamePreset);
    connect(m_ui->deletePresetButton, &QToolButton::clicked, this, &HandoutDialog::deletePreset);
    connect(m_ui->patientName, &QLineEdit::textChanged, this, &HandoutDialog::changed);
    connect(m_ui->includeDate, &QCheckBox::toggled, this, &HandoutDialog::changed);
    connect(m_ui->includeDate, &QCheckBox::toggled, m_ui->handoutDate, &QWidget::setEnabled); // not printed: greyed
    connect(m_ui->handoutDate, &QDateEdit::dateChanged, this, &HandoutDialog::changed);
    connect(m_ui->careNote, &QPlainTextEdit::textChanged, this, &HandoutDialog::changed);
    for (QCheckBox *box : {m_ui->largePrint, m_ui->wordsToKnow, m_ui->questions, m_ui->staffCopy, m_ui->bilingual})
        connect(box, &QCheckBox::toggled, this, &HandoutDialog::changed);
    connect(m_ui->patientLanguage, &QComboBox::currentIndexChanged, this, &HandoutDialog::applyLanguage);
    connect(m_ui->paperSize, &QComboBox::currentIndexChanged, this, [this] {
        m_printer->setPageSize(QPageSize(QPageSize::PageSizeId(m_ui->paperSize->currentData().toInt())));
        changed();
    });

    reloadPresets(settings.text(Settings::Key::DefaultPreset, Handout::defaultPresetId()));
    setTabOrder();
    // The options scroll up and down, never sideways: as wide as they need, the preview the rest.
    const int optionsWidth =
        m_ui->optionsPanel->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    m_ui->optionsScroll->setMinimumWidth(optionsWidth);
    // The options, not the box that scrolls them, take focus; it scrolls to the one that has it,
    // however it got it (the dialog opening, Tab, a mnemonic), as a small screen or a large scale
    // factor leaves some of them out of view.
    m_ui->optionsScroll->setFocusPolicy(Qt::NoFocus);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { scrollToOption(now); });
    // The notes beside the buttons (the reading level, the page count or what was saved) share the
    // room the buttons leave and wrap when it runs out: they never make the dialog wider than its
    // screen.
    for (QLabel *note : {m_ui->readingGrade, m_ui->pageCount}) {
        note->setWordWrap(true);
        note->setMinimumWidth(note->fontMetrics().averageCharWidth() * 12);
        note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_ui->bottomLayout->setStretchFactor(note, 1);
    }
    m_ui->buttons->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    fitToScreen(this, QSize(1060, 720));
    keepWheelForScrolling({m_ui->presetCombo, m_ui->patientLanguage, m_ui->paperSize, m_ui->copies, m_ui->handoutDate});
    m_ui->splitter->setSizes({optionsWidth, width() - optionsWidth});
    m_ui->patientName->setFocus();
    // In view once the dialog is shown and laid out.
    QTimer::singleShot(0, this, [this] { scrollToOption(focusWidget()); });
}

void HandoutDialog::scrollToOption(QWidget *option)
{
    if (!option || !m_ui->optionsPanel->isAncestorOf(option))
        return;
    // The whole option, not only a text box's caret line (as ensureWidgetVisible would have it).
    const QPoint at = option->mapTo(m_ui->optionsPanel, QPoint(0, 0));
    const int halfWidth = option->width() / 2;
    const int halfHeight = option->height() / 2;
    m_ui->optionsScroll->ensureVisible(at.x() + halfWidth, at.y() + halfHeight, halfWidth, halfHeight + 4);
}

HandoutDialog::~HandoutDialog()
{
    // Deleted while shown, QDialog hides it after this body has run, and the focus moving away
    // would call scrollToOption() on what is left of it.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void HandoutDialog::buildSectionBoxes()
{
    m_ui->sectionsGroup->installEventFilter(this);
    // The boxes in a widget of their own within the group: a check box right in a group box takes
    // the group's title as its own for a screen reader's key binding, and every section without a
    // letter of its own was said to toggle with Alt+I (which goes to the first section).
    // In the order a patient lives them; only the sections the chosen procedures have are shown,
    // each with a letter for Alt that no other option has (the keyboard reaches any of them at once).
    QSet<QChar> taken = Accessibility::mnemonicsIn(this);
    for (const Handout::Group &group : Handout::sectionGroups()) {
        QLabel *title = nullptr;
        for (const QString &key : group.keys) {
            auto *box = new QCheckBox(m_ui->sectionsList);
            box->setObjectName(u"section_"_s + key);
            bool present = false;
            QStringList filedHere; // sections of unknown headings that say they are for this stage
            for (const Procedure &p : std::as_const(m_procedures)) {
                for (const Section &s : p.sections) {
                    if (p.printKey(s) != key)
                        continue;
                    present = true;
                    if (s.key != key)
                        filedHere << s.heading;
                }
            }
            filedHere.removeDuplicates();
            m_sectionBoxes.insert(key, box);
            box->setAccessibleName(SectionKeys::displayName(key)); // (hidden too: still in the tree)
            if (!present) {
                box->hide();
                continue;
            }
            if (!title) {
                title = new QLabel(u"<b>"_s + group.title.toHtmlEscaped() + u"</b>"_s, m_ui->sectionsList);
                title->setObjectName(u"sectionGroup_"_s + group.id);
                m_ui->sectionsLayout->addWidget(title);
                m_groupLabels << title;
            }
            m_sectionNames.insert(key, Accessibility::withFreeMnemonic(SectionKeys::displayName(key), &taken));
            if (SectionKeys::isStaffKey(key))
                box->setToolTip(tr("For staff: left out of the patient presets"));
            // Where sections of unknown headings print is not where the list shows them
            // (ProcedureHtml::printedUnder()); also said to a screen reader, after the reading level
            // (updateSectionLevels()).
            if (key == u"other"_s) {
                m_sectionNotes.insert(key, tr("Sections under headings Careleaf does not know that do not say the "
                                              "part of the visit they are for. One that follows a section of the "
                                              "patient's care you tick prints with it, ticked here or not."));
            } else if (!filedHere.isEmpty()) {
                QStringList quoted;
                for (const QString &heading : std::as_const(filedHere))
                    quoted << tr("\u201c%1\u201d").arg(Languages::withoutColon(heading));
                m_sectionNotes.insert(key, tr("Also prints %1, whose heading says it is for this part of the visit.",
                                              "", int(quoted.size()))
                                               .arg(QLocale().createSeparatedList(quoted)));
            }
            if (m_sectionNotes.contains(key))
                box->setToolTip(m_sectionNotes.value(key));
            m_ui->sectionsLayout->addWidget(box);
            connect(box, &QCheckBox::toggled, this, [this] {
                if (!m_applyingPreset) {
                    m_ui->presetCombo->setCurrentIndex(m_ui->presetCombo->findData(QString()));
                    updateSectionLevels(); // an unknown section counts where it now prints
                }
                changed();
            });
        }
    }
}

bool HandoutDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_ui->sectionsGroup || event->type() != QEvent::Shortcut)
        return QDialog::eventFilter(watched, event);
    for (int i = 0; i < m_ui->sectionsLayout->count(); ++i) {
        auto *box = qobject_cast<QCheckBox *>(m_ui->sectionsLayout->itemAt(i)->widget());
        if (box && box->isVisibleTo(this) && box->isEnabled()) {
            box->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void HandoutDialog::setTabOrder()
{
    // Top to bottom as the options are laid out, then the buttons.
    QList<QWidget *> order{
        m_ui->presetCombo,     m_ui->savePresetButton, m_ui->renamePresetButton, m_ui->deletePresetButton,
        m_ui->patientName,     m_ui->includeDate,      m_ui->handoutDate,        m_ui->careNote,
        m_ui->patientLanguage, m_ui->bilingual,        m_ui->largePrint,         m_ui->wordsToKnow,
        m_ui->questions,       m_ui->staffCopy,        m_ui->paperSize,          m_ui->copies};
    for (const QString &key : Handout::sectionOrder()) {
        if (QCheckBox *box = m_sectionBoxes.value(key); box && !box->isHidden())
            order << box;
    }
    // The buttons as they are laid out (the platform's order, mirrored right to left).
    QLayout *buttonRow = m_ui->buttons->layout();
    for (int i = 0; i < buttonRow->count(); ++i) {
        if (auto *b = qobject_cast<QAbstractButton *>(buttonRow->itemAt(i)->widget()))
            order << b;
    }
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    // The button box hands its focus to its first button. Left where it was in the focus chain,
    // after the buttons now, Tab from the last button would go through it back to the first:
    // a keyboard trap. Focus goes to the buttons themselves.
    m_ui->buttons->setFocusProxy(nullptr);
}

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
    int index = m_ui->presetCombo->findData(select);
    if (index < 0 || select.isEmpty())
        index = m_ui->presetCombo->findData(Handout::defaultPresetId());
    m_ui->presetCombo->setCurrentIndex(index);
    applyPreset(m_ui->presetCombo->currentIndex());
}

void HandoutDialog::applyPreset(int index)
{
    const QString id = m_ui->presetCombo->itemData(index).toString();
    const bool user = id.startsWith(u"user:"_s);
    // IT's presets are as IT wrote them: neither renamed nor deleted here.
    const Settings settings;
    const bool own = user && !settings.isSystemPreset(id.mid(5)) && !settings.presetLocked(id.mid(5));
    m_ui->renamePresetButton->setEnabled(own);
    m_ui->deletePresetButton->setEnabled(own);
    // With presets locked, none of the user's is written.
    const bool locked = settings.presetLocked({});
    m_ui->savePresetButton->setEnabled(!locked);
    m_ui->savePresetButton->setToolTip(locked ? Settings::lockedNote() : QString());
    if (id.isEmpty())
        return; // "Custom": keep the boxes as they are
    QStringList sections;
    bool staff = false;
    if (user) {
        sections = userPresets().value(id.mid(5));
    } else if (const auto preset = Handout::builtInPreset(id)) {
        sections = preset->sections;
        staff = preset->staffCopy;
    }
    m_applyingPreset = true;
    for (auto it = m_sectionBoxes.cbegin(); it != m_sectionBoxes.cend(); ++it)
        it.value()->setChecked(!it.value()->isHidden() && sections.contains(it.key()));
    m_ui->staffCopy->setChecked(staff);
    m_applyingPreset = false;
    updateSectionLevels();
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
    Settings settings;
    if (settings.presetLocked(name)) {
        QMessageBox::information(this, tr("Save Preset"), Settings::lockedNote());
        return;
    }
    if (settings.isSystemPreset(name)) {
        QMessageBox::information(this, tr("Save Preset"),
                                 tr("\u201c%1\u201d is a preset your administrator set: save yours under another "
                                    "name.")
                                     .arg(name));
        return;
    }
    settings.setUserPreset(name, checkedSections());
    settings.setValue(Settings::Key::DefaultPreset, QString(u"user:"_s + name));
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
    Settings settings;
    if (settings.isSystemPreset(name) || settings.presetLocked(name)) {
        QMessageBox::information(
            this, tr("Rename Preset"),
            tr("\u201c%1\u201d is a preset your administrator set: choose another name.").arg(name));
        return;
    }
    settings.setUserPreset(name, settings.userPresets(SectionKeys::canonicalKeys()).value(old));
    settings.removeUserPreset(old);
    reloadPresets(u"user:"_s + name);
}

void HandoutDialog::deletePreset()
{
    Settings().removeUserPreset(currentPresetName());
    reloadPresets(Handout::defaultPresetId());
}

QStringList HandoutDialog::checkedSections() const
{
    QStringList out;
    for (const QString &key : Handout::sectionOrder()) {
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
    o.staffCopy = m_ui->staffCopy->isChecked();
    o.questions = m_ui->questions->isChecked();
    o.wordsToKnow = m_ui->wordsToKnow->isChecked();
    o.letterhead = m_letterhead;
    o.language = patientLanguage();
    o.bilingual = m_ui->bilingual->isEnabled() && m_ui->bilingual->isChecked();
    if (o.bilingual) {
        for (const QList<Procedure> &versions : m_versions) {
            const Procedure *english = Procedure::versionIn(versions, Procedure::DefaultLanguage);
            o.english << (english ? *english : Procedure{});
        }
    }
    return o;
}

void HandoutDialog::fillLanguages()
{
    // Each procedure's versions from the library; without one, the procedures as given.
    QStringList codes;
    for (const Procedure &p : std::as_const(m_procedures)) {
        const QList<Procedure> versions = m_store && p.id != 0 ? m_store->versionsOf(p) : QList<Procedure>{p};
        for (const Procedure &v : std::as_const(versions)) {
            if (!codes.contains(v.language))
                codes << v.language;
        }
        m_versions << versions;
    }
    // English first (staff read it), then by each language's own name.
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        if ((a == Procedure::DefaultLanguage) != (b == Procedure::DefaultLanguage))
            return a == Procedure::DefaultLanguage;
        return QString::localeAwareCompare(Languages::displayName(a), Languages::displayName(b)) < 0;
    });
    const QSignalBlocker quiet(m_ui->patientLanguage);
    for (const QString &code : std::as_const(codes)) {
        const Languages::Language *language = Languages::find(code);
        QString name = Languages::displayName(code);
        if (language && language->name != Languages::localName(*language))
            name = tr("%1 (%2)").arg(language->name, Languages::localName(*language));
        if (!TranslationScope::hasTranslation(code))
            name = tr("%1 — Careleaf's own words in English").arg(name);
        m_ui->patientLanguage->addItem(name, code);
    }
    m_ui->patientLanguage->setCurrentIndex(
        std::max(0, m_ui->patientLanguage->findData(m_procedures.isEmpty() ? Procedure::DefaultLanguage
                                                                           : m_procedures.first().language)));
    m_ui->patientLanguage->setEnabled(codes.size() > 1);
    enableLanguageOptions();
}

void HandoutDialog::applyLanguage()
{
    // Each procedure's version in that language; one without it stays as it was chosen.
    const QString code = m_ui->patientLanguage->currentData().toString();
    for (qsizetype i = 0; i < m_versions.size() && i < m_procedures.size(); ++i) {
        const Procedure *version = Procedure::versionIn(m_versions.at(i), code);
        m_procedures[i] = version ? *version : m_versions.at(i).first();
    }
    enableLanguageOptions();
    updateSectionLevels();
    changed();
}

void HandoutDialog::enableLanguageOptions()
{
    // Bilingual wants an English version to print beside the patient's: with none among the
    // chosen procedures, the box is off and says why, as the words to know below.
    const bool inEnglish = patientLanguage() == Procedure::DefaultLanguage;
    const bool englishVersion = std::any_of(m_versions.cbegin(), m_versions.cend(), [](const QList<Procedure> &v) {
        return Procedure::versionIn(v, Procedure::DefaultLanguage) != nullptr;
    });
    m_ui->bilingual->setEnabled(!inEnglish && englishVersion);
    const QString noEnglish = inEnglish || englishVersion ? QString()
                              : m_versions.size() == 1
                                  ? tr("This procedure has no English version to print beside it.")
                                  : tr("None of these procedures has an English version to print beside it.");
    m_ui->bilingual->setToolTip(noEnglish);
    m_ui->bilingual->setAccessibleDescription(noEnglish);
    // Words to know come from the English glossary, for the English versions only (as
    // Handout::wordsToKnow takes them): with none, the box is off and says why, not ticked for
    // nothing; the choice comes back with an English version.
    const bool english = std::any_of(m_procedures.cbegin(), m_procedures.cend(),
                                     [](const Procedure &p) { return Glossary::explainsTextIn(p.language); });
    if (english != m_ui->wordsToKnow->isEnabled()) {
        if (english) {
            m_ui->wordsToKnow->setChecked(m_wordsToKnowWanted);
        } else {
            m_wordsToKnowWanted = m_ui->wordsToKnow->isChecked();
            m_ui->wordsToKnow->setChecked(false);
        }
        m_ui->wordsToKnow->setEnabled(english);
    }
    const QString noWords = english ? QString()
                                    : tr("The meanings of medical words are written in English: none are printed "
                                         "for a handout in another language.");
    m_ui->wordsToKnow->setToolTip(noWords);
    m_ui->wordsToKnow->setAccessibleDescription(noWords);
    // Said where everyone sees it, not only in the tooltip of a box the keyboard cannot reach.
    const QString note = QStringList{noEnglish, noWords}.join(u' ').trimmed();
    m_ui->languageNote->setText(note);
    m_ui->languageNote->setVisible(!note.isEmpty());
}

QString HandoutDialog::patientLanguage() const
{
    const QString code = m_ui->patientLanguage->currentData().toString();
    return code.isEmpty() ? Procedure::DefaultLanguage : code;
}

Readability::Formula HandoutDialog::readingFormula() const
{
    return Readability::formulaFor(patientLanguage());
}

QString HandoutDialog::readingText(const QStringList &sections, const QStringList &printed) const
{
    // The text in the handout's language: a procedure left in another has no figure in its formula.
    const QString language = patientLanguage();
    QStringList text;
    for (const Procedure &p : m_procedures) {
        if (p.language == language)
            text << Handout::selectedText(p, sections, printed);
    }
    return text.join(u'\n');
}

double HandoutDialog::readingGrade() const
{
    const QString text = readingText(checkedSections());
    switch (readingFormula()) {
    case Readability::Formula::FleschKincaid:
        return Readability::fleschKincaidGrade(text);
    case Readability::Formula::FernandezHuerta:
        return Readability::fernandezHuertaEase(text);
    case Readability::Formula::None:
        break;
    }
    return 0.0;
}

void HandoutDialog::updateSectionLevels()
{
    const Readability::Formula formula = readingFormula();
    const QStringList checked = checkedSections();
    for (auto it = m_sectionBoxes.cbegin(); it != m_sectionBoxes.cend(); ++it) {
        // As it would print with the others ticked: a section of an unknown heading counts under
        // the section it goes with, and once.
        const QString text = readingText({it.key()}, checked + QStringList{it.key()});
        const bool measured = formula != Readability::Formula::None && Readability::count(text).words > 0;
        QString figure;
        QString description;
        if (measured && formula == Readability::Formula::FleschKincaid) {
            const QString grade = gradeText(Readability::fleschKincaidGrade(text));
            figure = tr("grade %1").arg(grade);
            description = tr("Reading level grade %1").arg(grade);
        } else if (measured) {
            const QString ease = QLocale().toString(qRound(Readability::fernandezHuertaEase(text)));
            figure = tr("ease %1").arg(ease);
            description = tr("Reading ease %1 (Fernández-Huerta)").arg(ease);
        }
        const QString name = m_sectionNames.value(it.key());
        it.value()->setText(figure.isEmpty() ? name : tr("%1 (%2)").arg(name, figure));
        if (const QString note = m_sectionNotes.value(it.key()); !note.isEmpty())
            description =
                description.isEmpty()
                    ? note
                    : tr("%1. %2", "a section box's reading level, then what more it says").arg(description, note);
        it.value()->setAccessibleDescription(description);
    }
}

QStringList HandoutDialog::hardestSentences() const
{
    QList<Readability::Sentence> all;
    const QStringList sections = checkedSections();
    const Readability::Formula formula = readingFormula();
    if (formula == Readability::Formula::None)
        return {}; // no formula: no figure says which sentence is hardest
    for (const Readability::Sentence &s : Readability::sentences(readingText(sections), formula)) {
        // A heading-like fragment of two long words is not a sentence to reword.
        if (Readability::count(s.text, formula).words >= 6)
            all << s;
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.grade > b.grade; });
    QStringList out;
    for (const Readability::Sentence &s : std::as_const(all)) {
        if (!out.contains(s.text))
            out << s.text;
        if (out.size() == 3)
            break;
    }
    return out;
}

void HandoutDialog::updateReadingGrade()
{
    const Readability::Formula formula = readingFormula();
    if (formula == Readability::Formula::None) {
        const Languages::Language *language = Languages::find(patientLanguage());
        const QString name = language ? Languages::localName(*language) : patientLanguage();
        Accessibility::setStatus(m_ui->readingGrade,
                                 tr("Reading level: <b>no formula for %1</b>").arg(name.toHtmlEscaped()));
        m_ui->readingGrade->setToolTip(
            tr("Careleaf measures reading level with formulas made for English (Flesch\u2013Kincaid grade) and "
               "Spanish (Fern\u00e1ndez-Huerta reading ease); an English grade of text in %1 would mislead, so "
               "none is shown. Read it with the patient, or ask a reviewer who reads %1.")
                .arg(name));
        return;
    }
    if (Readability::count(readingText(checkedSections()), formula).words == 0) {
        Accessibility::setStatus(m_ui->readingGrade, tr("No text chosen"));
        m_ui->readingGrade->setToolTip(QString());
        return;
    }
    const double value = readingGrade();
    if (formula == Readability::Formula::FernandezHuerta) {
        const int ease = qRound(value);
        const QString band = ease >= 80   ? tr("easy")
                             : ease >= 70 ? tr("fairly easy")
                             : ease >= 60 ? tr("plain")
                             : ease >= 50 ? tr("fairly hard")
                                          : tr("hard");
        Accessibility::setStatus(
            m_ui->readingGrade,
            tr("Reading ease: <b>%1</b> (%2, Fern\u00e1ndez-Huerta)").arg(QLocale().toString(ease), band));
        m_ui->readingGrade->setToolTip(
            tr("Fern\u00e1ndez-Huerta reading ease of the chosen sections, a formula made for Spanish: 0 to 100, "
               "higher is easier; patient materials aim for 70 or more. Each section's own figure is beside it; "
               "the three hardest sentences are marked in the preview."));
        return;
    }
    Accessibility::setStatus(m_ui->readingGrade, tr("Reading level: <b>grade %1</b>").arg(gradeText(value)));
    m_ui->readingGrade->setToolTip(
        tr("Flesch\u2013Kincaid grade of the chosen sections (each section's own grade is beside it). Most "
           "patients read best at grade 6 to 8; the three hardest sentences are marked in the preview, and "
           "Words to know explains the medical words."));
}

void HandoutDialog::changed()
{
    updateReadingGrade();
    m_refresh->start();
}

void HandoutDialog::paint(QPrinter *printer)
{
    ++m_paints;
    HandoutOptions o = options();
    o.marks = hardestSentences(); // on screen only: printing and export leave them out
    const PagedPrint::Flow flow = Handout::flow(m_procedures, o);
    (void)PagedPrint::print(flow, *printer, &m_questionsLeftOut);
    // What the patient cannot read on it: characters no font draws, and (bilingual) sections with
    // nothing beside them in the patient's language, or in English.
    QStringList warnings;
    if (const QStringList undrawn = PagedPrint::undrawnCharacters(flow); !undrawn.isEmpty())
        warnings << PagedPrint::undrawnWarning(undrawn);
    for (qsizetype i = 0; o.bilingual && i < m_procedures.size() && i < o.english.size(); ++i) {
        const Procedure &p = m_procedures.at(i);
        if (o.english.at(i).title.isEmpty() || p.language == Procedure::DefaultLanguage)
            continue;
        for (const QString &unpaired : Handout::unpairedSections(p, o.english.at(i), o.sections))
            warnings << (m_procedures.size() > 1 ? tr("%1: %2").arg(p.title, unpaired) : unpaired);
    }
    m_undrawn->setText(warnings.join(u'\n'));
    m_undrawn->setVisible(!warnings.isEmpty());
    // Heard with the pages by a screen reader, which never lands on the note itself.
    m_preview->setAccessibleDescription(m_undrawn->text());
}

void HandoutDialog::log(const QString &output, int copies)
{
    if (!m_store)
        return;
    const QString preset = m_ui->presetCombo->currentData().toString().isEmpty() ? QString() : currentPresetName();
    const HandoutOptions o = options();
    if (const QString error = Handout::record(*m_store, m_procedures, checkedSections(), preset, copies, output,
                                              patientLanguage(), o.bilingual ? o.english : QList<Procedure>());
        !error.isEmpty())
        QMessageBox::warning(this, tr("Education Log"), error);
    Q_EMIT printed(output);
}

void HandoutDialog::setPageNote(const QString &text, const QString &toolTip, bool again)
{
    // Beside the buttons, where the nurse looks next: the page count, or that the handout was
    // printed or saved until the next change. Shortened when long, so the row never widens the
    // dialog; the whole of it in the tooltip.
    const QFontMetrics fm(m_ui->pageCount->font());
    const QString shown = fm.elidedText(text, Qt::ElideMiddle, fm.averageCharWidth() * 40);
    Accessibility::setStatus(m_ui->pageCount, shown, text, again); // heard whole
    m_ui->pageCount->setToolTip(toolTip.isEmpty() && shown != text ? text : toolTip);
}

QString HandoutDialog::documentTitle() const
{
    // Shown in the printer queue and the PDF's properties: the procedures, never the patient.
    return m_procedures.size() == 1 ? m_procedures.first().title : tr("Patient handouts");
}

QString HandoutDialog::exportPdf(const QString &path)
{
    const QString error = PagedPrint::exportPdf(Handout::flow(m_procedures, options()), path, documentTitle(),
                                                QPageSize::PageSizeId(m_ui->paperSize->currentData().toInt()));
    if (error.isEmpty())
        log(u"pdf"_s, 1);
    return error;
}

QString HandoutDialog::printTo(QPrinter &printer)
{
    printer.setDocName(documentTitle());
    const QString error = PagedPrint::print(Handout::flow(m_procedures, options()), printer);
    if (error.isEmpty())
        log(u"printer"_s, printer.copyCount());
    return error;
}

} // namespace Careleaf
