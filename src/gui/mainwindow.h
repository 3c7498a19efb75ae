// The main window: search field and result list on the left, the tabbed detail pane on the
// right, File/Edit/View/Help menus. Owns the GUI thread's LibraryStore; imports run on a worker
// thread with their own connection.
#pragma once

#include "pagedprint.h"
#include "procedure.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

class QLabel;
class QTimer;
class QPrinter;

class QThread;

namespace Ui {
class MainWindow;
}

namespace Careleaf {

class LibraryStore;
class EmptyViewNote;
class LibraryWatcher;
class ProcedureListModel;
class SearchEngine;
class SearchService;
struct ImportReport;

class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // store is owned by the window from here on.
    explicit MainWindow(std::unique_ptr<LibraryStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ProcedureListModel *model() const { return m_model; }
    // What the window's status bar says as Careleaf starts, until it is mended: the lines of IT's
    // settings file that are ignored, and a letterhead's logo or colour handouts print without.
    // Empty when there is nothing to say.
    [[nodiscard]] static QString settingsProblems();
    [[nodiscard]] LibraryStore *store() const { return m_store.get(); }
    [[nodiscard]] SearchService *searchService() const { return m_service; }
    // Opens another library (empty: this computer's own) in place of the current one; on failure
    // says why and keeps the current one.
    bool switchLibrary(const QString &location);
    // True while the clinic server cannot be reached (the banner is up).
    [[nodiscard]] bool isLibraryUnavailable() const;
    // What File > Print, Print Preview and Export PDF put on paper: the whole procedure, a staff
    // copy, its own words in the procedure's language.
    [[nodiscard]] PagedPrint::Flow wholeProcedureFlow(const Procedure &p) const;

public Q_SLOTS:
    // Imports files and folders on a worker thread, with a progress dialog that can cancel,
    // and shows a summary listing every rejected file. Emits importFinished.
    void importPaths(const QStringList &paths);
    void zoomIn();
    void zoomOut();
    void zoomReset();
    // View > Move Divider Left/Right: the divider between the list and the pane moves a tenth of
    // their width that way on screen (-1 left, 1 right), as far as each side's least width allows.
    void moveDivider(int direction);
    void focusSearch();
    // File > Handout…: the composer for the selected procedures (a packet when several).
    void showHandoutDialog();

Q_SIGNALS:
    void importFinished(int imported, int updated, int unchanged, int rejected);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enterList();
    void setupActions();
    void setupFilters();
    void reloadCodeSystems();
    void applyFilters();
    void onResultsShown();
    void syncPaneWithList();
    void makeRoomForTabTitles();
    void restoreSettings();
    void saveSettings() const;
    void showCurrent();
    // The procedure id names, or none, with *whyNone set when the library could not be read.
    [[nodiscard]] std::optional<Procedure> readProcedure(qint64 id, QString *whyNone) const;
    // whyNone: what the pane says when there is no procedure to show.
    void showProcedure(const std::optional<Procedure> &procedure, const QString &whyNone = {});
    // One version of the procedure shown (its language chosen in the pane).
    void showVersion(const std::optional<Procedure> &procedure, const QString &whyNone = {});
    // The list row (or a version of it) is what the pane shows.
    [[nodiscard]] bool paneShows(qint64 id) const;
    [[nodiscard]] const Procedure &versionToShow(const Procedure &row) const;
    // Whether the search field holds a query (not only spaces): the pane then previews its best match.
    [[nodiscard]] bool somethingTyped() const;
    void updateStatus();
    // Says in the status bar, and to a screen reader, how many rows are selected when more than
    // one is: they make one handout.
    void updateSelectionStatus();
    // Printed or saved, p's letters that no font draws (PagedPrint::undrawnCharacters), said.
    void warnOfUndrawnLetters(const Procedure &p);
    // Says in the empty list why it is empty (nothing matches, the filters, no procedures yet).
    void updateEmptyList();
    // A filter is set to other than its "all" choice: it leaves procedures out of every search.
    [[nodiscard]] bool filtersLeaveOut() const;
    void setZoom(int percent);
    void showImportSummary(const ImportReport &report);
    void printCurrent();
    void previewCurrent();
    void exportCurrentPdf();
    // Prints p on printer; false when it could not, said to the user.
    [[nodiscard]] bool paintProcedure(const Procedure &p, QPrinter *printer);
    void about();
    void openHandout();
    // The procedures selected in the list, in list order; the current one when none is selected.
    [[nodiscard]] QList<Procedure> selectedProcedures() const;
    void logPrint(const Procedure &p, const QString &output, int copies);
    // Another program (a console import, another workstation's app) changed the library: the
    // list, the filters and the procedure on screen catch up, without a restart.
    void watchLibrary();
    // Filters, list and the procedure on screen re-read from the library; announce says so in
    // the status bar when the procedure on screen changed.
    void catchUpWithLibrary(bool announce);
    // The status bar's library label and whether import is allowed (a clinic server's read-only
    // workstation role may not): set whenever a library is opened or reconnected.
    void describeLibrary();
    void setImportAllowed(bool allowed);
    // The clinic server went away: the banner says so, the procedure on screen stays readable and
    // printable, and a timer reconnects; reconnected() puts everything back.
    void libraryUnavailable();
    void tryReconnect();
    void libraryReachable();
    void reconnected();

    std::unique_ptr<Ui::MainWindow> m_ui;
    // Every version (language) of the procedure in the pane, when it has more than one.
    QList<Procedure> m_paneVersions;
    // The pane previews the best match of what is typed (no row was chosen): it follows the typing.
    bool m_panePreviews = false;
    // The list's row of the procedure chosen before is being made current again: nothing to show.
    bool m_highlightingChosen = false;
    std::unique_ptr<LibraryStore> m_store;
    std::unique_ptr<SearchEngine> m_engine; // highlight terms only; searching runs on m_service's thread
    SearchService *m_service = nullptr;
    ProcedureListModel *m_model = nullptr;
    QLabel *m_matchCount = nullptr;
    QLabel *m_selectionCount = nullptr;
    QLabel *m_libraryLabel = nullptr;
    EmptyViewNote *m_emptyList = nullptr; // in the list, while it has no rows: why, and what to try
    bool m_importRunning = false;
    bool m_firstStart = false;   // no window size remembered: make room for the tab titles once shown
    bool m_defaultSplit = false; // no divider remembered: placed once shown (showEvent)
    std::unique_ptr<LibraryWatcher> m_watcher;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QString m_importRefusal;       // why this connection may not import; empty when it may
    QString m_statusAsked;         // the words and filters the status last answered
    QElapsedTimer m_statusAskedAt; // since they changed: a status said is an answer to them
};

} // namespace Careleaf
