#include "mainwindow.h"

#include "accessibility.h"
#include "detailpane.h"
#include "educationlogdialog.h"
#include "emptyviewnote.h"
#include "facets.h"
#include "glossary.h"
#include "handout.h"
#include "handoutdialog.h"
#include "importer.h"
#include "indexwords.h"
#include "languages.h"
#include "librarystore.h"
#include "librarywatcher.h"
#include "pagedprint.h"
#include "pdfsavepath.h"
#include "preferencesdialog.h"
#include "procedurehtml.h"
#include "procedurelistdelegate.h"
#include "procedurelistmodel.h"
#include "samplelibrary.h"
#include "searchengine.h"
#include "searchservice.h"
#include "sectionkeys.h"
#include "settings.h"
#include "synonyms.h"
#include "ui_mainwindow.h"
#include "windowfit.h"
#include "wrappingrow.h"

#include <QAccessible>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QThread>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

constexpr int ZoomStep = 10;

} // namespace

MainWindow::MainWindow(std::unique_ptr<LibraryStore> store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(std::move(store))
    , m_engine(std::make_unique<SearchEngine>(*m_store))
    , m_service(new SearchService(m_store->connection().location(), this))
    , m_model(new ProcedureListModel(this))
{
    m_ui->setupUi(this);
    // Qt's own clear button in the search field has no name a screen reader could say.
    for (QToolButton *clear : m_ui->searchField->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the search"));
    setWindowIcon(QIcon(u":/icons/careleaf.png"_s));

    m_ui->resultList->setModel(m_model);
    m_ui->resultList->setItemDelegate(new ProcedureListDelegate(m_ui->resultList));
    // Several rows make a packet (File > Handout…).
    m_ui->resultList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);

    m_matchCount = new QLabel(this);
    m_matchCount->setObjectName(u"matchCount"_s);
    // A status label's accessible name is its text, so a screen reader hears each new status
    // (QLabel sends the name change); what the label is for is its description.
    m_matchCount->setAccessibleDescription(tr("Number of matches"));
    m_selectionCount = new QLabel(this);
    m_selectionCount->setObjectName(u"selectionCount"_s);
    m_selectionCount->setAccessibleDescription(tr("Number of procedures selected"));
    m_selectionCount->hide();
    // Room between it and the library's name beside it, which a status bar does not separate.
    const int room = m_selectionCount->fontMetrics().averageCharWidth() * 3;
    m_selectionCount->setContentsMargins(isRightToLeft() ? room : 0, 0, isRightToLeft() ? 0 : room, 0);
    m_libraryLabel = new QLabel(this);
    m_libraryLabel->setObjectName(u"libraryLabel"_s);
    statusBar()->addWidget(m_matchCount, 1);
    statusBar()->addPermanentWidget(m_selectionCount);
    statusBar()->addPermanentWidget(m_libraryLabel);
    // A message in the status bar (nothing to print, saved, the library back) is said as well: a
    // screen reader speaks a status only where the keyboard is, and Ctrl+P seemed to do nothing.
    // Not a menu item's tip, which the screen reader reads with the item.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (!message.isEmpty() && !QApplication::activePopupWidget())
            Accessibility::say(this, message, true);
    });
    // Where the eyes are: a blank list with its reason in the status bar alone reads as broken.
    m_emptyList = new EmptyViewNote(m_ui->resultList);
    m_emptyList->setObjectName(u"emptyListMessage"_s);

    // Above the search field, only while the clinic server cannot be reached.
    m_banner = new QFrame(this);
    m_banner->setObjectName(u"libraryBanner"_s);
    m_banner->setAutoFillBackground(true);
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xFF, 0xF1, 0xC2));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x4A, 0x36, 0x00));
    m_banner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"libraryBannerText"_s);
    m_bannerText->setWordWrap(false); // a wrapped label asks for far more height than its two lines
    m_bannerText->setAccessibleDescription(tr("Library status"));
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();
    qobject_cast<QBoxLayout *>(m_ui->centralWidget->layout())->insertWidget(0, m_banner);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setObjectName(u"reconnectTimer"_s);
    m_reconnectTimer->setInterval(2000);
    connect(m_reconnectTimer, &QTimer::timeout, this, &MainWindow::tryReconnect);

    connect(m_ui->searchField, &QLineEdit::textChanged, m_model, &ProcedureListModel::setQuery);
    connect(m_model, &ProcedureListModel::resultsShown, this, &MainWindow::onResultsShown);
    connect(m_model, &ProcedureListModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &ProcedureListModel::searchFailed, this, [this](const QString &message) {
        if (m_store->connection().isServer() && !m_store->connection().isReachable()) {
            libraryUnavailable();
            return;
        }
        statusBar()->showMessage(tr("Search failed: %1").arg(message), 8000);
    });
    connect(m_ui->resultList->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrent);
    // A row selected without the current row moving with it (a screen reader's "select" action on
    // a row) becomes the current row, and the pane shows it.
    connect(m_ui->resultList->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QItemSelectionModel *selection = m_ui->resultList->selectionModel();
        const QModelIndexList rows = selection->selectedRows();
        if (rows.size() == 1 && rows.first() != m_ui->resultList->currentIndex())
            selection->setCurrentIndex(rows.first(), QItemSelectionModel::NoUpdate);
        updateSelectionStatus();
    });
    connect(m_ui->resultList, &QListView::activated, this, [this] {
        showCurrent();
        m_ui->detailPane->tabs()->currentWidget()->setFocus();
    });
    m_ui->searchField->installEventFilter(this);
    m_ui->resultList->installEventFilter(this);

    m_ui->detailPane->setAccent(Handout::savedLetterhead().accent);
    connect(m_ui->detailPane, &DetailPane::languageChosen, this, [this](const QString &code) {
        if (const Procedure *version = Procedure::versionIn(m_paneVersions, code)) {
            m_panePreviews = false; // a version picked is a choice: typing on does not undo it
            showVersion(*version);
        }
    });
    setupActions();
    setupFilters();
    describeLibrary();
    restoreSettings();
    m_model->setService(m_service);
    showCurrent();
    m_ui->searchField->setFocus();

    watchLibrary();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    m_ui->actionFindProcedure->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_ui->actionZoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_ui->actionZoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);

    connect(m_ui->actionFindProcedure, &QAction::triggered, this, &MainWindow::focusSearch);
    m_ui->actionFindNext->setShortcuts(QKeySequence::FindNext);
    m_ui->actionFindPrevious->setShortcuts(QKeySequence::FindPrevious);
    connect(m_ui->actionFindNext, &QAction::triggered, this, [this] { m_ui->detailPane->findNext(false); });
    connect(m_ui->actionFindPrevious, &QAction::triggered, this, [this] { m_ui->detailPane->findNext(true); });
    connect(m_ui->actionZoomIn, &QAction::triggered, this, &MainWindow::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, this, &MainWindow::zoomOut);
    connect(m_ui->actionZoomReset, &QAction::triggered, this, &MainWindow::zoomReset);
    connect(m_ui->actionDividerLeft, &QAction::triggered, this, [this] { moveDivider(-1); });
    connect(m_ui->actionDividerRight, &QAction::triggered, this, [this] { moveDivider(1); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::printCurrent);
    connect(m_ui->actionHandout, &QAction::triggered, this, &MainWindow::showHandoutDialog);
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        dialog.setObjectName(u"preferencesDialog"_s);
        if (dialog.exec() != QDialog::Accepted)
            return;
        m_ui->detailPane->setAccent(Handout::savedLetterhead().accent);
        // The library changed: switch now, no restart. --db and CARELEAF_DB win only at start.
        const QString chosen = dialog.chosenLibraryLocation();
        if (chosen.isEmpty() ? m_store->connection().isServer() : chosen != m_store->connection().location())
            (void)switchLibrary(chosen);
    });
    m_ui->actionPreferences->setMenuRole(QAction::PreferencesRole);
    connect(m_ui->actionEducationLog, &QAction::triggered, this, [this] {
        auto *dialog = new EducationLogDialog(m_store.get(), this);
        dialog->setObjectName(u"educationLogDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, &MainWindow::previewCurrent);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportCurrentPdf);
    connect(m_ui->actionImportDocuments, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Procedure Documents"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Procedure documents (*.txt);;All files (*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    connect(m_ui->actionImportFolder, &QAction::triggered, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Import a Folder of Procedure Documents"),
                                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!dir.isEmpty())
            importPaths({dir});
    });
}

void MainWindow::setupFilters()
{
    QComboBox *system = m_ui->systemFilter;
    QComboBox *language = m_ui->languageFilter;
    reloadCodeSystems();

    QComboBox *setting = m_ui->settingFilter;
    setting->addItem(tr("Any setting"), 0);
    setting->addItem(tr("Hospital"), int(Facets::Hospital));
    setting->addItem(tr("Outpatient clinic"), int(Facets::OutpatientClinic));
    setting->addItem(tr("Home"), int(Facets::Home));
    setting->addItem(tr("Infusion center"), int(Facets::InfusionCenter));

    QComboBox *duration = m_ui->durationFilter;
    duration->addItem(tr("Any duration"), 0);
    duration->addItem(tr("Up to 30 minutes"), 30);
    duration->addItem(tr("Up to 1 hour"), 60);
    duration->addItem(tr("Up to 2 hours"), 120);
    duration->addItem(tr("Up to 4 hours"), 240);

    // One row, or more where the list is narrower than the four side by side (at 1.5 times on a
    // small screen the pane would otherwise get what is left of the row's width).
    auto *row = new WrappingRow(m_ui->filterRow);
    row->setSpacing(4);
    for (QComboBox *box : {system, setting, duration, language}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        // Never narrower than the longest choice: "All co…" tells no one anything.
        box->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        row->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    }
}

void MainWindow::applyFilters()
{
    SearchFilters filters;
    filters.system = m_ui->systemFilter->currentData().toString();
    filters.settingsMask = m_ui->settingFilter->currentData().toInt();
    filters.maxDurationMinutes = m_ui->durationFilter->currentData().toInt();
    filters.language = m_ui->languageFilter->currentData().toString();
    m_model->setFilters(filters);
}

void MainWindow::syncPaneWithList()
{
    // What you see is what you print: the pane shows the procedure chosen in the list, never one
    // the list no longer holds, and, until one is chosen, the best match of what is typed now.
    // While the clinic server is away, what is on screen stays.
    if (isLibraryUnavailable())
        return;
    const auto &shown = m_ui->detailPane->procedure();
    const bool typed = somethingTyped();
    if (shown && !(m_panePreviews && typed)) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (paneShows(m_model->idAt(row))) {
                // Still the list's choice: highlighted again where it now stands (the new list
                // has no current row), and showCurrent() leaves the pane as it is.
                if (!m_panePreviews && m_ui->resultList->currentIndex().row() != row) {
                    const QScopedValueRollback highlighting(m_highlightingChosen, true);
                    m_ui->resultList->setCurrentIndex(m_model->index(row));
                }
                return;
            }
        }
    }
    if (m_model->rowCount() > 0 && typed) {
        // Typing took it away: preview the best match, as a dictionary does (the list's own
        // choice is left to the user).
        if (QString whyNone; !paneShows(m_model->idAt(0)))
            showProcedure(readProcedure(m_model->idAt(0), &whyNone), whyNone);
        else if (const Procedure version = versionToShow(*shown); version.id != shown->id)
            showProcedure(version); // "magnes", then "magnesio": its Spanish version
        m_panePreviews = true;
    } else if (shown) {
        showProcedure(std::nullopt,
                      m_model->rowCount() > 0 ? QString()
                      : filtersLeaveOut()
                          ? tr("No procedure matches what you typed with these filters, so none is chosen.")
                          : tr("No procedure matches what you typed, so none is chosen."));
    }
}

void MainWindow::onResultsShown()
{
    updateStatus();
    updateSelectionStatus(); // a new list keeps no selection
    syncPaneWithList();
    const QString corrected = m_model->correctedQuery();
    const bool wasShown = !m_ui->correctionLabel->isHidden();
    m_ui->correctionLabel->setVisible(!corrected.isEmpty());
    if (!corrected.isEmpty()) {
        // Said again when it comes back (another misspelling of the same word).
        Accessibility::setStatus(m_ui->correctionLabel,
                                 m_model->isClosest()
                                     ? tr("No procedure has all the words; showing the closest, for <b>%1</b>")
                                           .arg(corrected.toHtmlEscaped())
                                     : tr("Showing results for <b>%1</b>").arg(corrected.toHtmlEscaped()),
                                 {}, !wasShown);
    }
    updateEmptyList();
    // Said in the list too, where the keyboard goes next: its rows are not matches of what was typed.
    if (!corrected.isEmpty()) {
        m_ui->resultList->setAccessibleDescription(
            QTextDocumentFragment::fromHtml(m_ui->correctionLabel->text()).toPlainText());
    }
    const QString effective = corrected.isEmpty() ? m_model->query() : corrected;
    m_ui->detailPane->setHighlightTerms(m_engine->highlightTerms(effective));
}

void MainWindow::restoreSettings()
{
    const Settings settings;
    m_firstStart = !restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray());
    // A size remembered on a larger screen, or none: what this screen has room for.
    if (m_firstStart || (screen() && !screen()->availableGeometry().contains(frameGeometry())))
        fitToScreen(this, m_firstStart ? QSize(1180, 760) : size());
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    m_defaultSplit = !m_ui->splitter->restoreState(settings.value(Settings::Key::SplitterState).toByteArray());
    m_ui->detailPane->setZoomPercent(settings.value(Settings::Key::ZoomPercent, 100).toInt());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Laid out in the desktop's own style and fonts only now: the list as wide as the filters'
    // one row, between 3/10 and half of the width (the pane never less than the list), and room
    // for every tab title.
    if (std::exchange(m_defaultSplit, false)) {
        QTimer::singleShot(0, this, [this] {
            const QList<int> sizes = m_ui->splitter->sizes(); // the width less the handle's
            const int total = sizes.value(0) + sizes.value(1);
            const int list = std::clamp(m_ui->filterRow->sizeHint().width(), total * 3 / 10, total / 2);
            m_ui->splitter->setSizes({list, total - list});
        });
    }
    if (m_firstStart) {
        m_firstStart = false;
        QTimer::singleShot(0, this, &MainWindow::makeRoomForTabTitles);
    }
}

void MainWindow::makeRoomForTabTitles()
{
    QTabWidget *tabs = m_ui->detailPane->tabs();
    int lack = tabs->tabBar()->sizeHint().width() - tabs->width() + 8;
    if (lack <= 0)
        return;
    QList<int> sizes = m_ui->splitter->sizes();
    // Wider, as far as the screen allows; the new room goes to the pane.
    if (screen()) {
        const QRect available = screen()->availableGeometry();
        if (const int grow = std::min(lack, available.width() - frameGeometry().width()); grow > 0) {
            resize(width() + grow, height());
            move(std::max(available.left(), std::min(x(), available.right() - frameGeometry().width())), y());
            sizes = {sizes.value(0), sizes.value(1) + grow};
            lack -= grow;
        }
    }
    // The rest from the list, down to 3/10 of the width (its filters wrap): on a 1024-pixel
    // screen, beside the language filter, the last tabs were behind the tab bar's arrows.
    const int total = sizes.value(0) + sizes.value(1);
    if (const int take = std::min(lack, sizes.value(0) - total * 3 / 10); take > 0)
        sizes = {sizes.value(0) - take, sizes.value(1) + take};
    m_ui->splitter->setSizes(sizes);
}

void MainWindow::saveSettings() const
{
    Settings settings;
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::SplitterState, m_ui->splitter->saveState());
    settings.setValue(Settings::Key::ZoomPercent, m_ui->detailPane->zoomPercent());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importRunning) {
        // The worker thread writes through its own connection; let it finish its file first.
        statusBar()->showMessage(tr("An import is running; cancel it before quitting."), 5000);
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

// The row the keyboard goes on from when it comes into the list, selected (marked, and said so
// to a screen reader, as it is opened), unless rows are selected already (a packet chosen with
// Ctrl+click). Qt, on Tab into a list read again, makes its first row current only, unmarked.
void MainWindow::enterList()
{
    QListView *list = m_ui->resultList;
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex current = list->currentIndex().isValid() ? list->currentIndex() : m_model->index(0);
    if (!list->selectionModel()->hasSelection())
        list->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    else if (!list->currentIndex().isValid())
        list->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    QListView *list = m_ui->resultList;
    if (watched == list && event->type() == QEvent::FocusIn) {
        // Tab, Shift+Tab or a shortcut; a click chooses its own row, and a window coming back to
        // the front changes nothing.
        switch (static_cast<QFocusEvent *>(event)->reason()) {
        case Qt::TabFocusReason:
        case Qt::BacktabFocusReason:
        case Qt::ShortcutFocusReason:
            enterList();
            break;
        default:
            break;
        }
        // The row the keyboard is on is what a screen reader hears last: Qt says the list itself
        // has the focus after the row (moving in, Orca said "Matching procedures, list" and no
        // procedure). A click tells its row itself.
        if (QAccessible::isActive() && static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason) {
            QTimer::singleShot(0, list, [list] {
                if (!list->hasFocus() || !list->currentIndex().isValid())
                    return;
                QAccessibleEvent row(list, QAccessible::Focus);
                row.setChild(list->currentIndex().row());
                QAccessible::updateAccessibility(&row);
            });
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_ui->searchField) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_model->rowCount() > 0) {
                list->setFocus();
                enterList();
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter in the search field opens the best match.
            if (m_model->rowCount() > 0) {
                list->setCurrentIndex(m_model->index(0));
                Q_EMIT list->activated(list->currentIndex());
                return true;
            }
            break;
        case Qt::Key_Escape:
            m_ui->searchField->clear();
            return true;
        default:
            break;
        }
    } else if (watched == list && key->key() == Qt::Key_Up && list->currentIndex().row() == 0) {
        focusSearch();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::focusSearch()
{
    m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchField->selectAll();
}

void MainWindow::showCurrent()
{
    const qint64 id = m_model->idAt(m_ui->resultList->currentIndex().row());
    // A new result list has no current row yet: keep the procedure on screen until one is chosen.
    // The chosen row found again in a new list is already on screen, in the language picked.
    if ((id == 0 && m_ui->detailPane->procedure()) || m_highlightingChosen)
        return;
    m_panePreviews = false;
    std::optional<Procedure> procedure;
    QString whyNone;
    if (id > 0)
        procedure = readProcedure(id, &whyNone);
    if (!procedure && id > 0 && m_store->connection().isServer() && !m_store->connection().isReachable()) {
        // Keep what is on screen readable rather than blank it.
        libraryUnavailable();
        return;
    }
    showProcedure(procedure, whyNone);
}

std::optional<Procedure> MainWindow::readProcedure(qint64 id, QString *whyNone) const
{
    QString error;
    std::optional<Procedure> procedure = m_store->procedure(id, &error);
    if (procedure || error.isEmpty())
        return procedure;
    // Not a procedure that is gone, nor the pane's "pick a procedure": a library whose pages
    // cannot be read is said, with the file, for IT, and left as it is.
    // (The pages are read through only when SQLite says so: a whole library's check is long.)
    *whyNone = LibraryStore::soundsDamaged(error) && !m_store->connection().isServer() && m_store->damagedInside()
                   ? tr("This procedure cannot be read: the library %1 is damaged (its pages cannot all be read). "
                        "Careleaf has not changed it. Tell IT: careleaf-cli check lists what is wrong, and "
                        "careleaf-cli recover puts a backup back or starts a fresh library.")
                         .arg(QDir::toNativeSeparators(m_store->connection().location()))
                   : tr("This procedure cannot be read from the library: %1").arg(error);
    return std::nullopt;
}

void MainWindow::showProcedure(const std::optional<Procedure> &procedure, const QString &whyNone)
{
    // Its versions in other languages, for the pane's language switch.
    m_paneVersions.clear();
    QStringList languages;
    if (procedure) {
        m_paneVersions = m_store->versionsOf(*procedure);
        if (m_paneVersions.size() < 2)
            m_paneVersions.clear();
        for (const Procedure &version : std::as_const(m_paneVersions))
            languages << version.language;
    }
    if (m_paneVersions.isEmpty()) {
        m_ui->detailPane->setLanguages(languages, procedure ? procedure->language : QString());
        showVersion(procedure, whyNone);
        return;
    }
    const Procedure &version = versionToShow(*procedure);
    m_ui->detailPane->setLanguages(languages, version.language);
    showVersion(version, whyNone);
}

// The version a nurse means: the one in the language the list is kept to, else the one holding
// more of the words typed than the row's own version ("magnesio" finds the magnesium infusion by
// its Spanish version, which then shows, not the English one the row is named by).
const Procedure &MainWindow::versionToShow(const Procedure &row) const
{
    if (const Procedure *kept = Procedure::versionIn(m_paneVersions, m_ui->languageFilter->currentData().toString()))
        return *kept;
    // What was typed, not a correction of it: "magnesim" is as close to Spanish "magnesio" as
    // to "magnesium", and says nothing of the language wanted.
    QStringList typed;
    for (const QString &word : m_model->query().split(u' ', Qt::SkipEmptyParts)) {
        if (!word.startsWith(u'-')) // "-magnesio" asks for no Spanish
            typed += IndexWords::tokens(word);
    }
    if (typed.isEmpty())
        return row;
    // Two for each word the version has, one for each that starts one of its words (the word
    // being typed); Chinese, written without spaces, anywhere in the text.
    const auto found = [&typed](const Procedure &version) {
        const QStringList words = IndexWords::tokens(version.title + u'\n' + version.bodyText());
        const QSet<QString> whole(words.cbegin(), words.cend());
        int score = 0;
        for (const QString &word : typed) {
            if (whole.contains(word) || (IndexWords::hasHan(word) && version.bodyText().contains(word)))
                score += 2;
            else if (std::any_of(words.cbegin(), words.cend(),
                                 [&word](const QString &w) { return w.startsWith(word); }))
                score += 1;
        }
        return score;
    };
    const Procedure *best = &row;
    int most = found(row);
    for (const Procedure &version : m_paneVersions) {
        if (const int score = found(version); score > most) {
            best = &version;
            most = score;
        }
    }
    return *best;
}

bool MainWindow::somethingTyped() const
{
    return !m_model->query().trimmed().isEmpty();
}

bool MainWindow::paneShows(qint64 id) const
{
    const auto &shown = m_ui->detailPane->procedure();
    return shown && (shown->id == id || std::any_of(m_paneVersions.cbegin(), m_paneVersions.cend(),
                                                    [id](const Procedure &p) { return p.id == id; }));
}

void MainWindow::showVersion(const std::optional<Procedure> &procedure, const QString &whyNone)
{
    m_ui->detailPane->setProcedure(procedure, whyNone);
    const bool has = procedure.has_value();
    m_ui->actionPrint->setEnabled(has);
    m_ui->actionPrintPreview->setEnabled(has);
    m_ui->actionExportPdf->setEnabled(has);
    setWindowTitle(has ? tr("%1 — Careleaf").arg(procedure->title) : tr("Careleaf"));
}

void MainWindow::changeEvent(QEvent *event)
{
    // The title names the procedure shown: a screen reader keeps the name it read first (libatspi
    // caches it) and, back from the composer, named the procedure shown before.
    if (event->type() == QEvent::WindowTitleChange && QAccessible::isActive()) {
        QAccessibleEvent renamed(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&renamed);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateStatus()
{
    const int total = m_model->totalCount();
    const QString query = m_ui->searchField->text().trimmed();
    QString status;
    if (query.isEmpty())
        status = tr("%n procedure(s) in the library", nullptr, total);
    else if (total == 0 && filtersLeaveOut()) // with filters set: the list's note says what to do
        status = tr("No matches for “%1” with these filters").arg(query);
    else if (total == 0)
        status = tr("No matches for “%1”").arg(query);
    else if (m_model->isClosest() && !m_model->totalIsExact()) // not matches: the banner says so
        status = tr("More than %n closest match(es) for “%1”", nullptr, total - 1).arg(query);
    else if (m_model->isClosest())
        status = tr("%n closest match(es) for “%1”", nullptr, total).arg(query);
    else if (!m_model->totalIsExact())
        status = tr("More than %n match(es) for “%1”", nullptr, total - 1).arg(query);
    else
        status = tr("%n match(es) for “%1”", nullptr, total).arg(query);
    // Said in answer to what was asked (the words, a filter: its results come within moments), not
    // when the library changed under it long after (a colleague's import, every two seconds):
    // that is shown only.
    constexpr qint64 AnswerMs = 5000;
    const QString asked = query + u'\x1f' + m_ui->systemFilter->currentText() + m_ui->settingFilter->currentText() +
                          m_ui->durationFilter->currentText() + m_ui->languageFilter->currentText();
    if (std::exchange(m_statusAsked, asked) != asked)
        m_statusAskedAt.start();
    if (m_statusAskedAt.isValid() && m_statusAskedAt.elapsed() < AnswerMs)
        Accessibility::setStatus(m_matchCount, status);
    else
        m_matchCount->setText(status);
}

void MainWindow::updateSelectionStatus()
{
    const qsizetype selected = m_ui->resultList->selectionModel()->selectedRows().size();
    if (selected < 2) {
        m_selectionCount->hide();
        m_selectionCount->clear();
        return;
    }
    // Said as it changes: Shift+Down adds a row without a word from the list itself.
    Accessibility::setStatus(m_selectionCount,
                             tr("%n selected: %1 makes one handout of them", nullptr, int(selected))
                                 .arg(m_ui->actionHandout->shortcut().toString(QKeySequence::NativeText)));
    m_selectionCount->show();
}

QString MainWindow::settingsProblems()
{
    QStringList said;
    // What Careleaf ignores of IT's file, every start until IT corrects it: the file, then its lines.
    const Settings settings;
    if (QStringList ignored = settings.systemFileWarnings(SectionKeys::canonicalKeys()); !ignored.isEmpty()) {
        const QString file = settings.systemFile() + u": "_s;
        for (QString &line : ignored) {
            if (line.startsWith(file))
                line.remove(0, file.size());
        }
        said
            << tr("Ignored in the administrator's settings (%1): %2").arg(settings.systemFile(), ignored.join(u"; "_s));
    }
    // A letterhead's logo that cannot be read or colour that is none: handouts print without.
    QStringList letterhead;
    (void)Handout::savedLetterhead(&letterhead);
    said += letterhead;
    // Lines of the clinic's own synonyms, words to know and language tables Careleaf cannot read
    // (file and line): left out, the rest used.
    QStringList tables;
    (void)Synonyms::load(Synonyms::clinicFiles(), &tables);
    tables += Glossary::standardProblems();
    tables += Languages::problems();
    if (!tables.isEmpty())
        said << tr("Lines left out of the clinic's tables: %1").arg(tables.join(u"; "_s));
    return said.join(u"  "_s);
}

bool MainWindow::filtersLeaveOut() const
{
    return std::ranges::any_of(std::initializer_list<const QComboBox *>{m_ui->systemFilter, m_ui->settingFilter,
                                                                        m_ui->durationFilter, m_ui->languageFilter},
                               [](const QComboBox *box) { return box->currentIndex() > 0; });
}

void MainWindow::updateEmptyList()
{
    const QString query = m_model->query().trimmed();
    const bool filtered = filtersLeaveOut();
    const QString setFiltersBack =
        tr("The filters above leave procedures out: set them back to “All codes”, “Any setting”, “Any duration” "
           "and “Any language” to search the whole library.");
    if (m_model->rowCount() > 0)
        m_emptyList->say({});
    else if (!m_model->searchError().isEmpty()) // not "no match": the search was not done
        m_emptyList->say(tr("The search could not be done."), m_model->searchError());
    else if (!query.isEmpty() && filtered)
        m_emptyList->say(tr("No procedure matches “%1” with these filters.").arg(query), setFiltersBack);
    else if (!query.isEmpty())
        m_emptyList->say(tr("No procedure matches “%1”.").arg(query),
                         tr("Check the spelling, or try fewer words, the procedure’s code, or another name for it."));
    else if (filtered)
        m_emptyList->say(tr("No procedure fits these filters."), setFiltersBack);
    else
        m_emptyList->say(tr("The library has no procedures yet."),
                         m_importRefusal.isEmpty()
                             ? tr("Import procedure documents with File › Import Documents (%1) or Import Folder.")
                                   .arg(m_ui->actionImportDocuments->shortcut().toString(QKeySequence::NativeText))
                             : tr("Whoever keeps the clinic’s library imports its procedures."));
}

void MainWindow::setZoom(int percent)
{
    m_ui->detailPane->setZoomPercent(percent);
    statusBar()->showMessage(tr("Text size %1%").arg(m_ui->detailPane->zoomPercent()), 2000);
    Settings().setValue(Settings::Key::ZoomPercent, m_ui->detailPane->zoomPercent());
}

void MainWindow::zoomIn()
{
    setZoom(m_ui->detailPane->zoomPercent() + ZoomStep);
}

void MainWindow::zoomOut()
{
    setZoom(m_ui->detailPane->zoomPercent() - ZoomStep);
}

void MainWindow::zoomReset()
{
    setZoom(100);
}

void MainWindow::moveDivider(int direction)
{
    // A splitter's handle takes no keyboard focus: this is the keyboard's way to drag it.
    QSplitter *splitter = m_ui->splitter;
    const QList<int> sizes = splitter->sizes();
    if (sizes.size() != 2)
        return;
    const auto least = [splitter](int i) {
        const QWidget *w = splitter->widget(i);
        return std::max(w->minimumWidth(), w->minimumSizeHint().width());
    };
    // The list is the first widget: on the left, or on the right in a right-to-left layout.
    const int step = std::max(splitter->width() / 10, 1) * direction * (isRightToLeft() ? -1 : 1);
    const int total = sizes.at(0) + sizes.at(1);
    const int list = std::clamp(sizes.at(0) + step, least(0), std::max(total - least(1), least(0)));
    if (list == sizes.at(0) || list > total) {
        QApplication::beep();
        return;
    }
    splitter->setSizes({list, total - list});
}

QList<Procedure> MainWindow::selectedProcedures() const
{
    QList<Procedure> out;
    QModelIndexList rows = m_ui->resultList->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        // The version the pane shows (in the language chosen there), else the list's own.
        const qint64 id = m_model->idAt(index.row());
        if (paneShows(id))
            out << *m_ui->detailPane->procedure();
        else if (auto p = m_store->procedure(id))
            out << *p;
    }
    if (out.isEmpty() && m_ui->detailPane->procedure())
        out << *m_ui->detailPane->procedure();
    return out;
}

void MainWindow::showHandoutDialog()
{
    QList<Procedure> procedures = selectedProcedures();
    if (procedures.isEmpty() && m_model->rowCount() > 0) {
        // Nothing chosen yet: the best match, which the pane then shows too.
        if (auto best = m_store->procedure(m_model->idAt(0))) {
            showProcedure(best);
            m_panePreviews = somethingTyped();
            procedures << *m_ui->detailPane->procedure(); // the version shown (versionToShow())
        }
    }
    if (procedures.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to print yet: type a code or a few words and choose a procedure."), 8000);
        return;
    }
    auto *dialog = new HandoutDialog(procedures, m_store.get(), this);
    dialog->setObjectName(u"handoutDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::logPrint(const Procedure &p, const QString &output, int copies)
{
    const auto full = Handout::builtInPreset(u"full"_s);
    if (const QString error = Handout::record(*m_store, {p}, full->sections, full->id, copies, output, p.language);
        !error.isEmpty())
        statusBar()->showMessage(error, 8000);
}

PagedPrint::Flow MainWindow::wholeProcedureFlow(const Procedure &p) const
{
    // Everything the document holds, codes included: a staff copy.
    const auto staff = Handout::builtInPreset(u"full"_s);
    HandoutOptions o;
    o.sections = staff->sections;
    o.staffCopy = true;
    o.questions = false;
    o.wordsToKnow = false;
    o.letterhead = Handout::savedLetterhead();
    o.language = p.language; // its own words, date and direction in the procedure's language
    return Handout::flow({p}, o);
}

bool MainWindow::paintProcedure(const Procedure &p, QPrinter *printer)
{
    PagedPrint::preparePrinter(*printer);
    const QString error = PagedPrint::print(wholeProcedureFlow(p), *printer);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Printing Failed"), tr("The procedure could not be printed: %1").arg(error));
    return error.isEmpty();
}

// Print, Print Preview and Export PDF keep the procedure shown when they were chosen: while their
// dialog is open the library is still followed, and another workstation may change or remove it.
void MainWindow::printCurrent()
{
    const std::optional<Procedure> shown = m_ui->detailPane->procedure();
    if (!shown)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(PagedPrint::defaultPageSize()));
    printer.setDocName(shown->title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Procedure"));
    if (dialog.exec() == QDialog::Accepted) {
        // A print that failed gave the patient nothing: not logged.
        if (paintProcedure(*shown, &printer)) {
            logPrint(*shown, u"printer"_s, printer.copyCount());
            warnOfUndrawnLetters(*shown);
        }
    }
}

void MainWindow::warnOfUndrawnLetters(const Procedure &p)
{
    if (const QStringList undrawn = PagedPrint::undrawnCharacters(wholeProcedureFlow(p)); !undrawn.isEmpty())
        QMessageBox::warning(this, tr("Letters Print as Boxes"), PagedPrint::undrawnWarning(undrawn));
}

void MainWindow::previewCurrent()
{
    const std::optional<Procedure> shown = m_ui->detailPane->procedure();
    if (!shown)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(PagedPrint::defaultPageSize()));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(u"printPreview"_s);
    dialog.setWindowTitle(tr("Print Preview"));
    // Whether the last paint worked: the preview accepts its dialog after printing, whether or not.
    bool painted = false;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &shown, &painted](QPrinter *printer) { painted = paintProcedure(*shown, printer); });
    // Its tool bar for the keyboard too: Qt's tool bar buttons take no focus, so Print, Page Setup
    // and the pages were for the mouse alone. Its zoom and page fields named for a screen reader
    // (by their value, and by nothing).
    for (QToolButton *button : dialog.findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::TabFocus);
    for (QComboBox *zoom : dialog.findChildren<QComboBox *>())
        Accessibility::nameComboBox(zoom, tr("Zoom"));
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
        if (!qobject_cast<QComboBox *>(field->parentWidget()))
            field->setAccessibleName(tr("Page number"));
    }
    // The pages themselves, where the keyboard starts: a screen reader met a silent, unnamed stop.
    for (QGraphicsView *pages : dialog.findChildren<QGraphicsView *>()) {
        pages->setAccessibleName(tr("Pages"));
        pages->setAccessibleDescription(tr("The pages as they will print: Page Up and Page Down scroll them"));
        // The keyboard starts in them, not in the unnamed widget around them.
        if (QWidget *around = pages->parentWidget(); around && around != &dialog)
            around->setFocusProxy(pages);
    }
    fitToScreen(&dialog, QSize(900, 1000));
    // Printed from the preview (which closes it), as from File > Print: logged.
    if (dialog.exec() == QDialog::Accepted && painted)
        logPrint(*shown, u"printer"_s, printer.copyCount());
}

void MainWindow::exportCurrentPdf()
{
    const std::optional<Procedure> p = m_ui->detailPane->procedure();
    if (!p)
        return;
    const QString path = askPdfSavePath(this, p->title);
    if (path.isEmpty())
        return;
    const QString error = PagedPrint::exportPdf(wholeProcedureFlow(*p), path, p->title);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Failed"), error); // it says the file and why
    else {
        logPrint(*p, u"pdf"_s, 1);
        rememberPdfFolder(path);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
        warnOfUndrawnLetters(*p);
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Careleaf"),
                       tr("<h3>Careleaf %1</h3>"
                          "<p>Patient-education procedures for clinic staff: search, read, print.</p>"
                          "<p>Library: %2<br>%3</p>")
                           .arg(QStringLiteral(CARELEAF_VERSION), m_store->connection().displayName().toHtmlEscaped(),
                                tr("%n procedure(s)", nullptr, m_store->count())));
}

} // namespace Careleaf
