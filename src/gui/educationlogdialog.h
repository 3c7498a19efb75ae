// View > Education Log: what was printed, when and where, with a date filter and CSV export.
#pragma once

#include <QDialog>

class QDateEdit;
class QTableWidget;

namespace Careleaf {

class LibraryStore;

class EducationLogDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EducationLogDialog)

public:
    // store is owned by the caller and must outlive the dialog.
    explicit EducationLogDialog(LibraryStore *store, QWidget *parent = nullptr);

    void reload();
    [[nodiscard]] QString exportCsv(const QString &path) const;

private:
    LibraryStore *m_store;
    QDateEdit *m_since;
    QTableWidget *m_table;
};

} // namespace Careleaf
