#include "libraryproblemdialog.h"

#include "libraryfile.h"
#include "samplelibrary.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Careleaf {

LibraryProblemDialog::LibraryProblemDialog(const QString &location, const LibraryStore::OpenResult &failed,
                                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"libraryProblemDialog"_s);
    setWindowTitle(tr("Careleaf Cannot Open Its Library"));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(u"problemText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // file names and database words shown as they are
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMinimumWidth(460);

    auto *buttons = new QDialogButtonBox(this);
    auto *other = buttons->addButton(tr("&Open Another Library…"), QDialogButtonBox::ActionRole);
    other->setObjectName(u"openOtherButton"_s);
    m_restore = buttons->addButton(tr("&Restore Backup"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"restoreBackupButton"_s);
    m_fresh = buttons->addButton(tr("Start a &Fresh Library"), QDialogButtonBox::ActionRole);
    m_fresh->setObjectName(u"freshLibraryButton"_s);
    m_tryAgain = buttons->addButton(tr("&Try Again"), QDialogButtonBox::ActionRole);
    m_tryAgain->setObjectName(u"tryAgainButton"_s);
    m_local = buttons->addButton(tr("Use This &Computer's Library"), QDialogButtonBox::ActionRole);
    m_local->setObjectName(u"localLibraryButton"_s);
    auto *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(u"quitButton"_s);

    connect(other, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open Library"), QFileInfo(m_location).absolutePath(),
                                         tr("Careleaf libraries (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            openOther(path);
    });
    connect(m_restore, &QPushButton::clicked, this, &LibraryProblemDialog::restoreBackup);
    const auto tryAgain = [this] {
        opened(LibraryStore::open(m_location), m_location, tr("Connected to the clinic library."));
    };
    connect(m_tryAgain, &QPushButton::clicked, this, tryAgain);
    connect(m_local, &QPushButton::clicked, this, [this] {
        opened(openLibrary(QString()), LibraryFile::defaultLocation(),
               tr("Working on this computer's library; the clinic server was not reachable."));
    });
    // A server that is restarting comes back by itself: keep trying while the window is up.
    m_retry = new QTimer(this);
    m_retry->setObjectName(u"retryTimer"_s);
    m_retry->setInterval(5000);
    connect(m_retry, &QTimer::timeout, this, tryAgain);
    connect(m_fresh, &QPushButton::clicked, this, &LibraryProblemDialog::startFresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);

    present(location, failed);
}

LibraryProblemDialog::~LibraryProblemDialog() = default;

void LibraryProblemDialog::present(const QString &location, const LibraryStore::OpenResult &failed)
{
    using P = LibraryStore::Problem;
    m_location = location;
    QString text = failed.error;
    if (!text.isEmpty())
        text[0] = text[0].toUpper(); // messages start with the library's name, made for mid-sentence use
    const bool server = LibraryAddress::isServer(location);
    m_tryAgain->setVisible(server);
    m_local->setVisible(server);
    if (server) {
        // Nothing on this computer to repair or replace: the server is IT's.
        m_restore->hide();
        m_fresh->hide();
        if (failed.problem == P::Unreachable)
            m_retry->start();
        else
            m_retry->stop();
        m_text->setText(text + u"\n\n"_s +
                        (m_retry->isActive()
                             ? tr("Careleaf tries again every few seconds. You can also work on this computer's "
                                  "own library meanwhile, or open a library file.")
                             : tr("You can try again, work on this computer's own library meanwhile, or open a "
                                  "library file.")));
        return;
    }
    m_retry->stop();
    const QStringList backups = LibraryFile::backups(location);
    // Moving the file aside needs its folder writable: not offered where it cannot work, nor
    // where the file is fine and the problem lies elsewhere (permissions, space).
    const bool replaceable = failed.problem == P::Damaged || failed.problem == P::NotALibrary ||
                             failed.problem == P::NewerFormat || failed.problem == P::Other;
    m_restore->setVisible(replaceable && !backups.isEmpty());
    if (!backups.isEmpty()) {
        const QFileInfo newest(backups.first());
        m_restore->setText(
            tr("&Restore Backup of %1").arg(QLocale().toString(newest.lastModified(), QLocale::ShortFormat)));
        m_restore->setToolTip(QDir::toNativeSeparators(newest.absoluteFilePath()));
    }
    m_fresh->setVisible(replaceable);
    text += u"\n\n"_s;
    if (replaceable)
        text += tr("You can open another library, %1start a fresh library. The file is kept: it is moved aside, "
                   "never overwritten.")
                    .arg(backups.isEmpty() ? QString() : tr("restore the backup taken before the last upgrade, or "));
    else
        text += tr("You can open another library, or fix the problem and start Careleaf again.");
    m_text->setText(text);
}

void LibraryProblemDialog::opened(LibraryStore::OpenResult result, const QString &location, const QString &note)
{
    if (!result.store) {
        present(location, result);
        return;
    }
    m_store = std::move(result.store);
    m_note = note;
    accept();
}

void LibraryProblemDialog::openOther(const QString &path)
{
    opened(LibraryStore::open(path), path, tr("Opened %1").arg(QDir::toNativeSeparators(path)));
}

void LibraryProblemDialog::restoreBackup()
{
    const QStringList backups = LibraryFile::backups(m_location);
    if (backups.isEmpty())
        return;
    QString movedTo;
    if (const QString error = LibraryFile::restoreBackup(m_location, backups.first(), &movedTo); !error.isEmpty()) {
        LibraryStore::OpenResult failed;
        failed.error = error;
        failed.problem = LibraryStore::Problem::Other;
        present(m_location, failed);
        return;
    }
    opened(LibraryStore::open(m_location), m_location,
           tr("Restored the library from its backup; the damaged file is kept as %1")
               .arg(QDir::toNativeSeparators(movedTo)));
}

void LibraryProblemDialog::startFresh()
{
    QString movedTo;
    if (QFileInfo::exists(m_location)) {
        if (const QString error = LibraryFile::setAside(m_location, &movedTo); !error.isEmpty()) {
            LibraryStore::OpenResult failed;
            failed.error = error;
            failed.problem = LibraryStore::Problem::Other;
            present(m_location, failed);
            return;
        }
    }
    // The app's own library starts with the sample procedures, as on first start.
    opened(openLibrary(LibraryFile::isDefaultLocation(m_location) ? QString() : m_location), m_location,
           tr("Started a fresh library; the previous file is kept as %1").arg(QDir::toNativeSeparators(movedTo)));
}

} // namespace Careleaf
