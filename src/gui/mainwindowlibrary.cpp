// MainWindow and its library: switching libraries, the watcher, the banner and reconnecting when
// the clinic server is away, catching up with changes made elsewhere, and importing documents.
#include "accessibility.h"
#include "detailpane.h"
#include "educationlogdialog.h"
#include "facets.h"
#include "handout.h"
#include "handoutdialog.h"
#include "importer.h"
#include "languages.h"
#include "librarystore.h"
#include "librarywatcher.h"
#include "mainwindow.h"
#include "pagedprint.h"
#include "pdfsavepath.h"
#include "preferencesdialog.h"
#include "procedurehtml.h"
#include "procedurelistdelegate.h"
#include "procedurelistmodel.h"
#include "samplelibrary.h"
#include "searchengine.h"
#include "searchservice.h"
#include "settings.h"
#include "ui_mainwindow.h"
#include "windowfit.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Careleaf {

void MainWindow::watchLibrary()
{
    // Every two seconds, off this thread: can a server library be reached, did another program
    // change the library (SQLite's data_version, the server's change counter)?
    m_watcher = std::make_unique<LibraryWatcher>(m_store->connection().location());
    connect(m_watcher.get(), &LibraryWatcher::unreachable, this, &MainWindow::libraryUnavailable);
    connect(m_watcher.get(), &LibraryWatcher::reachable, this, &MainWindow::libraryReachable);
    connect(m_watcher.get(), &LibraryWatcher::changed, this, [this] {
        if (!m_importRunning && !isLibraryUnavailable())
            catchUpWithLibrary(true); // an import's own end catches up; the reconnect timer is at work
    });
}

bool MainWindow::switchLibrary(const QString &location)
{
    LibraryStore::OpenResult opened = openLibrary(location);
    if (!opened.store) {
        QMessageBox::warning(this, tr("Library"),
                             tr("The library you chose cannot be opened, so Careleaf stays with %1.\n\n%2")
                                 .arg(m_store->connection().displayName(), opened.error));
        return false;
    }
    m_reconnectTimer->stop();
    m_banner->hide();
    m_model->setService(nullptr);
    delete m_service;
    m_engine.reset();
    m_ui->detailPane->setProcedure(std::nullopt);
    m_store = std::move(opened.store);
    m_engine = std::make_unique<SearchEngine>(*m_store);
    m_service = new SearchService(m_store->connection().location(), this);
    m_model->setService(m_service);
    watchLibrary();
    describeLibrary();
    catchUpWithLibrary(false);
    showCurrent();
    statusBar()->showMessage(tr("Opened %1.").arg(m_store->connection().displayName()), 8000);
    return true;
}

bool MainWindow::isLibraryUnavailable() const
{
    return m_reconnectTimer->isActive();
}

void MainWindow::describeLibrary()
{
    const LibraryAddress &address = m_store->connection().address();
    m_importRefusal = m_store->connection().importRefusal();
    // Plain words for the nurse; the file or the server in the tooltip for IT.
    QString text = address.server ? tr("Clinic library: %1").arg(address.shortName()) : tr("Library: This computer");
    if (!m_importRefusal.isEmpty())
        text += tr(" (read-only)");
    m_libraryLabel->setText(text);
    m_libraryLabel->setToolTip(address.server ? address.displayName() : QDir::toNativeSeparators(address.file));
    setImportAllowed(!m_importRunning);
}

void MainWindow::setImportAllowed(bool allowed)
{
    const bool enabled = allowed && m_importRefusal.isEmpty() && !isLibraryUnavailable();
    const QString why =
        !m_importRefusal.isEmpty()
            ? tr("Import is not available: %1 Ask IT to import with the clinic's editor role.").arg(m_importRefusal)
            : QString();
    for (QAction *action : {m_ui->actionImportDocuments, m_ui->actionImportFolder}) {
        action->setEnabled(enabled);
        action->setToolTip(why.isEmpty() ? Accessibility::withoutMnemonic(action->text()) : why);
        action->setStatusTip(why);
    }
}

void MainWindow::libraryUnavailable()
{
    if (isLibraryUnavailable())
        return;
    m_banner->show();
    Accessibility::announce(m_bannerText,
                            tr("<b>Clinic library unavailable — retrying</b><br>Careleaf cannot reach %1. The "
                               "procedure on screen stays readable and printable, and Careleaf reconnects by itself.")
                                .arg(m_store->connection().displayName().toHtmlEscaped()));
    m_reconnectTimer->start();
    setImportAllowed(false);
}

void MainWindow::tryReconnect()
{
    // The watcher asks, on its own thread with a fresh connection: a server that does not answer
    // costs that thread the connect time-out, never the window. The window's own connection is
    // renewed only once the watcher's has worked (libraryReachable).
    m_watcher->recheck();
}

void MainWindow::libraryReachable()
{
    if (!isLibraryUnavailable())
        return;
    if (m_store->reconnect().isEmpty()) {
        reconnected();
        return;
    }
    if (const int waiting = m_store->log().pendingRows(); waiting > 0)
        m_bannerText->setText(
            m_bannerText->text().section(u"<br><i>"_s, 0, 0) + u"<br><i>"_s +
            tr("%n handout(s) printed meanwhile will be added to the education log.", nullptr, waiting) + u"</i>"_s);
}

void MainWindow::reconnected()
{
    m_reconnectTimer->stop();
    m_banner->hide();
    describeLibrary();
    statusBar()->showMessage(tr("The clinic library is back."), 8000);
    // The search thread reconnects on its next query; the list and the procedure catch up now.
    catchUpWithLibrary(false);
}

void MainWindow::catchUpWithLibrary(bool announce)
{
    if (m_store->connection().isServer() && !m_store->connection().isReachable()) {
        libraryUnavailable(); // nothing to catch up with yet; what is on screen stays
        return;
    }
    reloadCodeSystems();
    if (const auto &shown = m_ui->detailPane->procedure()) {
        const std::optional<Procedure> now = m_store->procedure(shown->id);
        if (!now || now->sections != shown->sections || now->descriptor != shown->descriptor ||
            now->layName != shown->layName) {
            m_ui->detailPane->setProcedure(now);
            if (announce)
                statusBar()->showMessage(now ? tr("This procedure was updated in the library.")
                                             : tr("This procedure was removed from the library."),
                                         8000);
        }
    }
    m_model->refresh();
}

void MainWindow::reloadCodeSystems()
{
    QComboBox *system = m_ui->systemFilter;
    const QString current = system->currentData().toString();
    const QSignalBlocker blocker(system);
    system->clear();
    system->addItem(tr("All codes"), QString());
    for (const QString &s : m_store->index().codeSystems())
        system->addItem(s, s);
    system->setCurrentIndex(std::max(0, system->findData(current)));

    // The languages procedures are written in; no filter where there is only one.
    QComboBox *language = m_ui->languageFilter;
    const QString currentLanguage = language->currentData().toString();
    const QSignalBlocker quiet(language);
    language->clear();
    language->addItem(tr("Any language"), QString());
    const QStringList codes = m_store->index().languages();
    for (const QString &code : codes)
        language->addItem(Languages::displayName(code), code);
    language->setCurrentIndex(std::max(0, language->findData(currentLanguage)));
    language->setVisible(codes.size() > 1 || language->currentIndex() > 0);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_importRunning || paths.isEmpty())
        return;
    if (!m_importRefusal.isEmpty()) {
        QMessageBox::information(
            this, tr("Import"),
            tr("Import is not available: %1 Ask IT to import with the clinic's editor role.").arg(m_importRefusal));
        return;
    }
    m_importRunning = true;
    setImportAllowed(false);

    auto *progress = new QProgressDialog(tr("Looking for documents…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(u"importProgress"_s);
    progress->setWindowTitle(tr("Importing Documents"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);

    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto report = std::make_shared<ImportReport>();
    const QString location = m_store->connection().location();
    QPointer<QProgressDialog> guard(progress);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });

    QThread *worker = QThread::create([location, paths, cancel, report, guard] {
        // QtSql connections belong to one thread: the worker opens its own.
        LibraryStore::OpenResult opened = LibraryStore::open(location);
        if (!opened.store) {
            report->fatalError = opened.error;
            return;
        }
        *report = Importer::importPaths(*opened.store, paths, [&](int done, int total, const QString &path) {
            QMetaObject::invokeMethod(
                qApp,
                [guard, done, total, path] {
                    if (!guard)
                        return;
                    guard->setMaximum(total);
                    guard->setValue(done);
                    if (!path.isEmpty())
                        guard->setLabelText(tr("Importing %1 of %2:\n%3").arg(done + 1).arg(total).arg(path));
                    else if (done == total) // every file in; the search index may be merged now
                        guard->setLabelText(tr("Finishing the import: tidying the search index…"));
                },
                Qt::QueuedConnection);
            return !cancel->load();
        });
    });
    worker->setObjectName(u"importWorker"_s);
    connect(worker, &QThread::finished, this, [this, worker, progress, report] {
        worker->deleteLater();
        progress->close();
        progress->deleteLater();
        m_importRunning = false;
        setImportAllowed(true);
        // The new content of the procedure on screen, new code systems, and the new results;
        // recorded as seen, so the change watch does not do it all again.
        catchUpWithLibrary(false);
        showImportSummary(*report);
        Q_EMIT importFinished(report->imported, report->updated, report->unchanged, report->rejected());
    });
    worker->start();
}

void MainWindow::showImportSummary(const ImportReport &report)
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"importSummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Import Finished"));
    // A sentence for the nurse; the technical reasons in the details.
    QStringList parts;
    if (report.imported > 0)
        parts << tr("%n new procedure(s) added", nullptr, report.imported);
    if (report.updated > 0)
        parts << tr("%n updated", nullptr, report.updated);
    if (report.unchanged > 0)
        parts << tr("%n already up to date", nullptr, report.unchanged);
    if (report.rejected() > 0)
        parts << tr("%n file(s) could not be imported", nullptr, report.rejected());
    QString counts =
        parts.isEmpty() ? tr("No procedure documents were found.") : QLocale().createSeparatedList(parts) + u'.';
    counts[0] = counts.at(0).toUpper();
    QString text = counts;
    if (report.cancelled)
        text = tr("The import was cancelled. Documents imported before that are in the library.") + u"\n\n"_s + counts;
    if (!report.fatalError.isEmpty()) {
        box->setIcon(QMessageBox::Critical);
        text = tr("The import stopped because the library could not be written:\n%1").arg(report.fatalError) +
               u"\n\n"_s + counts;
    } else {
        box->setIcon(report.rejected() > 0 || !report.warnings.isEmpty() ? QMessageBox::Warning
                                                                         : QMessageBox::Information);
    }
    box->setText(text);
    if (report.rejected() > 0 || !report.warnings.isEmpty()) {
        box->setInformativeText(
            report.rejected() > 0
                ? tr("Show Details lists each file and why. The others are in the library.")
                : tr("%n file(s) imported with no section heading recognised: Show Details lists them.", nullptr,
                     int(report.warnings.size())));
        QStringList lines;
        for (const Rejection &r : report.rejections + report.warnings)
            lines << QDir::toNativeSeparators(r.path) + u": "_s + r.reason;
        box->setDetailedText(lines.join(u'\n'));
        // Qt's details box takes no focus and has no name: the files and reasons were for the
        // mouse alone, and a screen reader met an unnamed text.
        if (auto *details = box->findChild<QTextEdit *>()) {
            details->setFocusPolicy(Qt::StrongFocus);
            details->setAccessibleName(tr("Files and reasons"));
        }
    }
    box->open();
}

} // namespace Careleaf
