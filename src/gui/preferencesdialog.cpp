#include "preferencesdialog.h"

#include "accessibility.h"
#include "handout.h"
#include "ink.h"
#include "languages.h"
#include "librarystore.h"
#include "settings.h"
#include "translations.h"
#include "ui_preferencesdialog.h"
#include "windowfit.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Careleaf {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    // Each page scrolls where the screen is too low for it (150 % on a laptop's screen): its
    // notes and a connection's error were cut mid-line, with no way to read the rest.
    const QSize natural = sizeHint();
    QTabWidget *tabs = m_ui->preferencesTabs;
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *page = tabs->widget(i);
        const QString title = tabs->tabText(i);
        auto *scroll = new QScrollArea;
        scroll->setObjectName(page->objectName() + u"Scroll"_s);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setFocusPolicy(Qt::NoFocus); // no Tab stop of its own: its fields are
        tabs->removeTab(i);
        scroll->setWidget(page);
        tabs->insertTab(i, scroll, title);
    }
    tabs->setCurrentIndex(0); // Handouts: what most people come here for
    // Tab as the eye reads: the tab bar, the page's fields, then OK and Cancel (after them, as
    // before). The pages moved into their scroll areas went to the end of the chain: the Library
    // page's fields came after the buttons, and the Handouts page's before the tab bar.
    QList<QWidget *> chain{tabs->tabBar()};
    for (int i = 0; i < tabs->count(); ++i) {
        QWidget *page = tabs->widget(i);
        for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && w->focusPolicy() & Qt::TabFocus && !chain.contains(w))
                chain << w;
        }
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    m_ui->clinicName->setFocus(); // it opens with the keyboard in the first field, not on the bar
    // Each tab says whether it is the one shown; the bar is named as a whole, not by that tab.
    m_ui->preferencesTabs->setTabsName(m_ui->preferencesTabs->accessibleName());
    const Letterhead l = Handout::savedLetterhead();
    setAccent(l.accent);
    connect(m_ui->accentColor, &QPushButton::clicked, this, [this] {
        const QColor chosen =
            QColorDialog::getColor(m_accent.isValid() ? m_accent : Ink::defaultAccent(), this, tr("Heading Colour"));
        if (chosen.isValid())
            setAccent(chosen);
    });
    connect(m_ui->accentReset, &QPushButton::clicked, this, [this] { setAccent({}); });
    m_ui->clinicName->setMaxLength(Handout::MostInALetterheadLine);
    m_ui->clinicPhone->setMaxLength(Handout::MostInALetterheadLine);
    // The address takes no more than a handout prints either (a longer one is left off the paper
    // whole).
    m_ui->clinicAddress->setMaxLength(int(Handout::MostInAnAddress));
    m_ui->clinicName->setText(l.clinicName);
    m_ui->clinicAddress->setPlainText(l.address);
    m_ui->clinicPhone->setText(l.phone);
    const Settings settings;
    m_ui->logoFile->setText(settings.path(Settings::Key::LogoFile)); // IT's "logo.png" as the file it is
    const bool server = settings.libraryIsServer();
    m_ui->libraryLocal->setChecked(!server);
    m_ui->libraryServer->setChecked(server);
    m_ui->serverHost->setText(settings.text(Settings::Key::LibraryHost));
    m_ui->serverPort->setValue(settings.value(Settings::Key::LibraryPort, 5432).toInt());
    m_ui->serverDatabase->setText(settings.text(Settings::Key::LibraryDatabase, u"careleaf"_s));
    m_ui->serverUser->setText(settings.text(Settings::Key::LibraryUser));
    m_ui->serverFields->setEnabled(server);
    fillLanguages(settings.text(Settings::Key::Language));
    showLocks(settings);
    // The keyboard starts in the first field that can be changed, not on the tab bar (which
    // shows its focus faintly or not at all in some styles).
    QWidget *page = m_ui->preferencesTabs->currentWidget();
    for (QWidget *w = page->nextInFocusChain(); page->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->isEnabled() && w->isVisibleTo(page) && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus();
            break;
        }
    }
    connect(m_ui->libraryServer, &QRadioButton::toggled, m_ui->serverFields, &QWidget::setEnabled);
    connect(m_ui->testConnection, &QPushButton::clicked, this, [this] {
        m_ui->testResult->setText(tr("Connecting…"));
        m_ui->testResult->repaint();
        LibraryStore::OpenResult opened = LibraryStore::open(chosenLibraryLocation());
        if (!opened.store) {
            // Heard wherever the keyboard is, at every press (the same result too).
            Accessibility::setStatus(m_ui->testResult, opened.error, {}, true);
            // Read whole: the page scrolls to it, once laid out with all its lines.
            if (auto *scroll = qobject_cast<QScrollArea *>(m_ui->preferencesTabs->currentWidget()))
                scrollToWhenLaidOut(scroll, m_ui->testResult);
            return;
        }
        const QString refusal = opened.store->connection().importRefusal();
        Accessibility::setStatus(
            m_ui->testResult,
            refusal.isEmpty()
                ? tr("Connected: %n procedure(s); this user may import.", nullptr, opened.store->count())
                : tr("Connected: %n procedure(s); read-only (search, read, print).", nullptr, opened.store->count()),
            {}, true);
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->chooseLogo, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose Logo"), m_ui->logoFile->text(),
                                                          tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
        if (!file.isEmpty())
            m_ui->logoFile->setText(file);
    });
    fitToScreen(this, natural);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillLanguages(const QString &chosen)
{
    QComboBox *box = m_ui->applicationLanguage;
    // (The C locale, of a desktop that sets none, has no language's name.)
    const QString system = QLocale().nativeLanguageName();
    box->addItem(system.isEmpty() ? tr("The system's language") : tr("The system's language (%1)").arg(system),
                 QString());
    for (const QString &code : translatedLanguages()) {
        QString name = Languages::displayName(code);
        // A language whose translation holds a handout's words only: the rest reads English.
        if (!translatesTheApplication(code))
            name = tr("%1 (handout words only; the rest in English)").arg(name);
        box->addItem(name, code);
    }
    box->setCurrentIndex(std::max(0, box->findData(languageCode(chosen)))); // (also as an earlier one saved it)
}

void PreferencesDialog::setAccent(const QColor &accent)
{
    m_accent = accent;
    // As it prints: the paper's version of the colour, with its name.
    const QColor printed = Ink::paper(accent).accent;
    // Framed, so a dark green is seen on a dark theme's button too.
    QPixmap swatch(16, 16);
    swatch.fill(printed);
    QPainter frame(&swatch);
    frame.setPen(m_ui->accentColor->palette().color(QPalette::ButtonText));
    frame.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    frame.end();
    m_ui->accentColor->setIcon(QIcon(swatch));
    const QString name = accent.isValid() ? printed.name() : tr("Careleaf green");
    m_ui->accentColor->setText(name);
    // Heard with its name, as it is seen: "Heading colour: Careleaf green".
    m_ui->accentColor->setAccessibleName(tr("Heading colour: %1").arg(name));
    m_ui->accentReset->setEnabled(accent.isValid());
}

QString PreferencesDialog::chosenLibraryLocation() const
{
    if (!m_ui->libraryServer->isChecked())
        return {};
    return LibraryAddress::serverUrl(m_ui->serverHost->text(), m_ui->serverPort->value(), m_ui->serverDatabase->text(),
                                     m_ui->serverUser->text());
}

QString PreferencesDialog::savedLibraryLocation(QString *problem)
{
    return Settings().libraryLocation(problem);
}

void PreferencesDialog::showLocks(const Settings &settings)
{
    // What IT set for every user of this computer: shown, greyed, with who decides.
    using K = Settings::Key;
    const QList<std::pair<K, QList<QWidget *>>> controls{
        {K::ClinicName, {m_ui->clinicName}},
        {K::ClinicAddress, {m_ui->clinicAddress}},
        {K::ClinicPhone, {m_ui->clinicPhone}},
        {K::LogoFile, {m_ui->logoFile, m_ui->chooseLogo}},
        {K::AccentColor, {m_ui->accentColor, m_ui->accentReset}},
        {K::LibraryKind, {m_ui->libraryLocal, m_ui->libraryServer}},
        {K::LibraryHost, {m_ui->serverHost}},
        {K::LibraryPort, {m_ui->serverPort}},
        {K::LibraryDatabase, {m_ui->serverDatabase}},
        {K::LibraryUser, {m_ui->serverUser}},
        {K::Language, {m_ui->applicationLanguage}},
    };
    bool anyLocked = false;
    for (const auto &[key, widgets] : controls) {
        if (!settings.isLocked(key))
            continue;
        anyLocked = true;
        for (QWidget *w : widgets) {
            w->setEnabled(false);
            w->setProperty("lockedByAdministrator", true);
            w->setToolTip(Settings::lockedNote());
            w->setAccessibleDescription(Settings::lockedNote());
        }
    }
    if (settings.isLocked(K::LibraryKind) && settings.isLocked(K::LibraryHost))
        m_ui->testConnection->setEnabled(true); // looking is always allowed
    m_ui->lockedNote->setVisible(anyLocked);
    m_ui->lockedNote->setText(tr("Greyed settings are set by your administrator for everyone on this computer."));
}

void PreferencesDialog::accept()
{
    // Kept as the handout reads it ("~/logo.png" is the home folder's; another name without a
    // folder, beside the file it is kept in: the user's, unless IT locks it).
    const Settings current;
    const QString logo = Settings::pathIn(m_ui->logoFile->text(), current.isLocked(Settings::Key::LogoFile)
                                                                      ? current.fileOf(Settings::Key::LogoFile)
                                                                      : current.userFile());
    if (!logo.isEmpty() && Handout::letterheadLogo(logo).isNull()) {
        QMessageBox::warning(this, tr("Logo"), tr("%1 is not an image Careleaf can read.").arg(logo));
        return;
    }
    if (m_ui->libraryServer->isChecked() &&
        (m_ui->serverHost->text().trimmed().isEmpty() || m_ui->serverDatabase->text().trimmed().isEmpty())) {
        QMessageBox::warning(this, tr("Library"), tr("The clinic server needs a host and a database name."));
        m_ui->serverHost->setFocus();
        return;
    }
    Settings settings;
    settings.setValue(Settings::Key::LibraryKind, m_ui->libraryServer->isChecked() ? u"server"_s : u"file"_s);
    settings.setValue(Settings::Key::LibraryHost, m_ui->serverHost->text().trimmed());
    settings.setValue(Settings::Key::LibraryPort, m_ui->serverPort->value());
    settings.setValue(Settings::Key::LibraryDatabase, m_ui->serverDatabase->text().trimmed());
    settings.setValue(Settings::Key::LibraryUser, m_ui->serverUser->text().trimmed());
    settings.setValue(Settings::Key::Language, m_ui->applicationLanguage->currentData().toString());
    Handout::saveLetterhead(m_ui->clinicName->text().trimmed(), m_ui->clinicAddress->toPlainText().trimmed(),
                            m_ui->clinicPhone->text().trimmed(), logo, m_accent);
    QDialog::accept();
}

} // namespace Careleaf
