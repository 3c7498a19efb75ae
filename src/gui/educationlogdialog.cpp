#include "educationlogdialog.h"

#include "accessibility.h"
#include "emptyviewnote.h"
#include "languages.h"
#include "librarystore.h"
#include "windowfit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// "Español (es)"; rows written before the log kept languages show nothing.
QString languageName(const QString &code)
{
    return code.isEmpty() ? QString() : u"%1 (%2)"_s.arg(Languages::displayName(code), code);
}

// The cell the keyboard is on, framed where Fusion tinted it at 1.1:1.
class FocusedCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        Accessibility::drawItemFocus(painter, option, Accessibility::focusColour(option.palette, QPalette::Base));
    }
};

} // namespace

EducationLogDialog::EducationLogDialog(LibraryStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_since(new DateField(QDate::currentDate().addMonths(-1), this))
    , m_table(new QTableWidget(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Education Log"));
    fitToScreen(this, QSize(900, 500));
    m_since->setObjectName(u"logSince"_s);
    m_since->setAccessibleName(tr("Show entries since"));
    m_since->setCalendarPopup(true);
    m_table->setObjectName(u"logTable"_s);
    m_table->setAccessibleName(tr("Education log entries"));
    m_table->setColumnCount(8);
    // "Recorded by": who the library says wrote the row (the server's user), whatever the
    // workstation calls itself.
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Workstation"), tr("Procedures"), tr("Sections"), tr("Copies"),
                                        tr("Output"), tr("Recorded by"), tr("Language")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab goes on to the buttons, as out of any field: a row is read whole, Up and Down move
    // between rows.
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegate(new FocusedCellDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_empty = new EmptyViewNote(m_table);
    m_empty->setObjectName(u"logEmpty"_s);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Since:"), this);
    label->setBuddy(m_since);
    top->addWidget(label);
    top->addWidget(m_since);
    top->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(u"exportCsvButton"_s);
    m_error->setObjectName(u"logError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_export = csv;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table);
    layout->addWidget(buttons);

    connect(m_since, &QDateEdit::dateChanged, this, &EducationLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Education Log"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/education-log.csv"_s,
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportCsv(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Export Failed"), error);
    });
    reload();
}

void EducationLogDialog::reload()
{
    QString error;
    const QList<EducationLogEntry> entries = m_store->log().entries(m_since->date(), &error);
    // Never an empty table that looks like "nothing was printed": say why there is nothing.
    if (!error.isEmpty())
        error[0] = error.at(0).toUpper();
    m_error->setText(u"<b>%1</b>"_s.arg(error.toHtmlEscaped()));
    m_error->setVisible(!error.isEmpty());
    m_export->setEnabled(error.isEmpty());
    m_table->setRowCount(int(entries.size()));
    if (entries.isEmpty() && error.isEmpty()) {
        m_empty->say(tr("Nothing was printed or exported since %1.")
                         .arg(QLocale().toString(m_since->date(), QLocale::LongFormat)),
                     tr("Choose an earlier date in Since to see older entries."));
    } else {
        m_empty->say({});
    }
    for (int row = 0; row < entries.size(); ++row) {
        const EducationLogEntry &e = entries.at(row);
        const QStringList cells{QLocale().toString(e.printedAt.toLocalTime(), QLocale::ShortFormat),
                                e.workstation,
                                e.procedures.join(u"; "_s),
                                e.preset.isEmpty() ? e.sections.join(u", "_s) : e.preset,
                                QString::number(e.copies),
                                e.output,
                                e.recordedBy,
                                languageName(e.language)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
}

QString EducationLogDialog::exportCsv(const QString &path) const
{
    QString error;
    const QList<EducationLogEntry> entries = m_store->log().entries(m_since->date(), &error);
    if (!error.isEmpty())
        return tr("Nothing was exported: %1").arg(error);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(EducationLog::toCsv(entries).toUtf8()) < 0 || !f.commit())
        return tr("%1 cannot be written: %2").arg(path, f.errorString());
    return {};
}

} // namespace Careleaf
