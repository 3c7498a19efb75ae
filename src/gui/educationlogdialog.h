// View > Education Log: what was printed, when and where, with a date filter and CSV export.
#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Careleaf {

class EmptyViewNote;

class LibraryStore;

class EducationLogDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EducationLogDialog)

public:
    // store is owned by the caller and must outlive the dialog.
    explicit EducationLogDialog(LibraryStore *store, QWidget *parent = nullptr);

    void reload();
    // Writes the entries shown as CSV, whole or not at all; the error, empty on success.
    [[nodiscard]] QString exportCsv(const QString &path) const;

private:
    LibraryStore *m_store;
    QDateEdit *m_since;
    QTableWidget *m_table;
    QLabel *m_error;                  // why the log cannot be shown; hidden when it can
    EmptyViewNote *m_empty = nullptr; // in the table while the log has no entries since the date
    QPushButton *m_export = nullptr;  // disabled while the log cannot be read
};

} // namespace Careleaf
