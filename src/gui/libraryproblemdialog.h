// Shown when the library does not open (damaged, cut off, from a newer Careleaf, another
// program's file, read-only, ...): what is wrong in plain words, and the ways out. Open another
// library, restore the automatic backup taken before the last format upgrade, or start a fresh
// library. The file that failed is never overwritten: restoring or starting fresh moves it aside
// first (<file>.damaged-<date-time>).
#pragma once

#include "librarystore.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace Careleaf {

class LibraryProblemDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryProblemDialog)

public:
    // location: the library that failed (a path); failed: what open() said about it.
    LibraryProblemDialog(const QString &location, const LibraryStore::OpenResult &failed, QWidget *parent = nullptr);
    ~LibraryProblemDialog() override;

    // After accept(): the library that opened, and a note for the status bar (where the old
    // file was kept). Empty before.
    [[nodiscard]] std::unique_ptr<LibraryStore> takeStore() { return std::move(m_store); }
    [[nodiscard]] QString note() const { return m_note; }

    // The actions behind the buttons; each accepts the dialog when a library opens, and shows
    // what went wrong otherwise. Open Another Library… asks for a file, then calls openOther().
    void openOther(const QString &path);
    void restoreBackup();
    void startFresh();

private:
    void present(const QString &location, const LibraryStore::OpenResult &failed);
    void opened(LibraryStore::OpenResult result, const QString &location, const QString &note);

    QString m_location;
    QLabel *m_text = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_fresh = nullptr;
    QPushButton *m_tryAgain = nullptr; // a clinic server: connect again (also every few seconds)
    QPushButton *m_local = nullptr;    // a clinic server: this computer's own library meanwhile
    QTimer *m_retry = nullptr;
    std::unique_ptr<LibraryStore> m_store;
    QString m_note;
};

} // namespace Careleaf
