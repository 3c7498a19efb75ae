#include "importer.h"

#include "documentparser.h"
#include "filenames.h"
#include "libraryfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// Why the entry at path is nothing to read as a document: a link that leads nowhere, a folder, or
// a pipe, socket or device (reading one would block or never end). Empty for a regular file.
// A path inside Careleaf's own resources (":/sample/..."): the sample library, read through Qt.
bool isResource(const QString &path)
{
    return path.startsWith(u":/"_s);
}

QString notARegularFile(const QString &path)
{
    if (isResource(path))
        return QFileInfo(path).isFile() ? QString() : Importer::tr("no such file or folder");
    switch (FileNames::kindOf(path)) {
    case FileNames::Kind::File:
        return {};
    case FileNames::Kind::Missing:
        return Importer::tr("no such file or folder");
    case FileNames::Kind::BrokenLink:
        return Importer::tr("the file is a symbolic link that leads nowhere (or to itself)");
    case FileNames::Kind::Folder:
        return Importer::tr("this is a folder, not a document");
    case FileNames::Kind::Special:
        break;
    }
    return Importer::tr("this is not a regular file (a pipe, socket or device)");
}

using FileId = std::pair<dev_t, ino_t>;

// The file at path (a link followed), when there is one and it is a file of the given kind.
std::optional<FileId> fileIdOf(const QString &path, mode_t kind)
{
    struct stat st;
    if (::stat(FileNames::encode(path).constData(), &st) != 0 || (st.st_mode & S_IFMT) != kind)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

// Every file under folder, depth first in name order; what cannot be walked goes to *problems.
// Names are kept as the file system has them (FileNames), hidden ones too: a name is only a name.
// A folder already in *walked (named twice, as "notes" and "notes/", or inside a folder named
// too) is not walked again: its files and its problems are found once.
void walk(const QString &folder, QStringList *files, QList<Rejection> *problems, QSet<FileId> *walked)
{
    if (const std::optional<FileId> id = fileIdOf(folder, S_IFDIR)) {
        if (walked->contains(*id))
            return;
        walked->insert(*id);
    }
    QString error;
    const QStringList names = FileNames::entries(folder, &error);
    if (!error.isEmpty()) {
        problems->append({FileNames::shown(folder), Importer::tr("the folder cannot be read (%1)").arg(error)});
        return;
    }
    for (const QString &name : names) {
        const QString path = folder + u'/' + name;
        if (FileNames::kindOf(path) != FileNames::Kind::Folder) {
            *files << path;
        } else if (FileNames::isSymLink(path)) {
            // Not followed, so a link loop cannot trap the walk; said, so nothing vanishes.
            problems->append({FileNames::shown(path), Importer::tr("this is a link to a folder, which is not "
                                                                   "followed: import the folder itself")});
        } else {
            walk(path, files, problems, walked);
        }
    }
}

} // namespace

QString ImportReport::summaryLine() const
{
    const QString line =
        u"imported %1, updated %2, unchanged %3, rejected %4"_s.arg(imported).arg(updated).arg(unchanged).arg(
            rejected());
    return notImported > 0 ? line + u", not imported %1"_s.arg(notImported) : line;
}

QStringList Importer::collectFiles(const QStringList &paths, QList<Rejection> *problems)
{
    const qsizetype before = problems->size();
    QStringList found;
    QSet<FileId> walked;
    for (const QString &path : paths) {
        const FileNames::Kind kind = isResource(path) ? FileNames::Kind::File : FileNames::kindOf(path);
        if (kind == FileNames::Kind::Missing) {
            problems->append({FileNames::shown(path), tr("no such file or folder")});
        } else if (kind == FileNames::Kind::Folder) {
            walk(path, &found, problems, &walked);
        } else {
            found << path; // a file, or whatever it is: the reader says why it cannot be imported
        }
    }
    // A name given twice that cannot be read (a missing file) is one problem, said and counted once.
    QSet<std::pair<QString, QString>> said;
    for (qsizetype i = before; i < problems->size();) {
        const Rejection &problem = problems->at(i);
        if (said.contains({problem.path, problem.reason})) {
            problems->removeAt(i);
        } else {
            said.insert({problem.path, problem.reason});
            ++i;
        }
    }
    // A file reached twice (named twice, or named and in a folder named too) is one file, read
    // once: not a second file that "holds the same procedure" as itself, rejected.
    QStringList files;
    QSet<FileId> seen;
    for (const QString &path : std::as_const(found)) {
        if (const std::optional<FileId> file = isResource(path) ? std::nullopt : fileIdOf(path, S_IFREG)) {
            if (seen.contains(*file))
                continue;
            seen.insert(*file);
        }
        files << path;
    }
    return files;
}

ImportReport Importer::importPaths(LibraryStore &store, const QStringList &paths, const Progress &progress,
                                   const QString &language)
{
    QList<Rejection> problems;
    QStringList files = collectFiles(paths, &problems);
    // The library's own files, in a folder imported (a clinic keeping its library beside its
    // documents), are no documents: left out, not rejected as binary (which failed every such
    // import). They are the library with its log and journal, its backups before an upgrade, and
    // the copies recover set aside as damaged. One named on its own is rejected, saying what it is.
    if (const StoreConnection &connection = store.connection(); !connection.isServer()) {
        const QString location = connection.location();
        QStringList libraries = LibraryFile::backups(location);
        const QFileInfo library(location);
        for (const QString &damaged :
             QDir(library.absolutePath()).entryList({library.fileName() + u".damaged-*"_s}, QDir::Files | QDir::Hidden))
            libraries << library.absolutePath() + u'/' + damaged;
        libraries << location;
        QSet<FileId> own;
        for (const QString &file : std::as_const(libraries)) {
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s, u"-upgrading"_s}) {
                if (const std::optional<FileId> id = fileIdOf(file + suffix, S_IFREG))
                    own.insert(*id);
            }
        }
        const auto isOwn = [&own](const QString &path) {
            const std::optional<FileId> id = isResource(path) ? std::nullopt : fileIdOf(path, S_IFREG);
            return id && own.contains(*id);
        };
        files.removeIf([&](const QString &path) {
            if (!isOwn(path))
                return false;
            if (paths.contains(path))
                problems.append(
                    {FileNames::shown(path), tr("this is the library being imported into, not a document")});
            return true;
        });
    }
    ImportReport report = importFiles(store, files, progress, language);
    report.rejections = problems + report.rejections;
    return report;
}

namespace {

struct Parsed
{
    QString path;
    std::optional<PreparedProcedure> procedure;
    QString rejection;
    qint64 modified = 0;  // when two files of one import hold the same procedure, the newer wins
    qint64 bytes = 0;     // read from the file
    QStringList warnings; // DocumentParser's, said of a file stored
};

Parsed readAndParse(const QString &path, const QString &language, const LibraryStore &store, bool index)
{
    Parsed out{path, std::nullopt, {}, FileNames::modified(path), 0, {}};
    if (QString why = notARegularFile(path); !why.isEmpty()) {
        out.rejection = std::move(why);
        return out;
    }
    // Opened by its name's own bytes: Qt would decode a name that is not UTF-8 and miss the file.
    QFile file;
    if (isResource(path)) {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.rejection = Importer::tr("the file cannot be read: %1").arg(file.errorString());
            return out;
        }
    } else {
        const int fd = ::open(FileNames::encode(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            out.rejection =
                errno == EACCES
                    ? Importer::tr("the file cannot be read (permission denied)")
                    : Importer::tr("the file cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return out;
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            out.rejection = Importer::tr("the file cannot be read: %1").arg(file.errorString());
            return out;
        }
    }
    if (file.size() > DocumentParser::MaxDocumentBytes) {
        out.rejection = Importer::tr("the file is %1 bytes, over the %2 MiB limit for a procedure document")
                            .arg(file.size())
                            .arg(DocumentParser::MaxDocumentBytes / (1024 * 1024));
        return out;
    }
    // Read one byte past the limit so a file that grew since size() is still caught. A file that
    // says it is empty is not read: the kernel's files say so too, and reading one may never end
    // (/proc/kmsg waits for the kernel's next message).
    const QByteArray bytes = file.size() == 0 ? QByteArray() : file.read(DocumentParser::MaxDocumentBytes + 1);
    out.bytes = bytes.size();
    ParseResult parsed = DocumentParser::parse(bytes, FileNames::shown(path), language);
    if (parsed.ok()) {
        out.procedure = store.prepare(std::move(*parsed.procedure), index);
        out.warnings = std::move(parsed.warnings);
    } else
        out.rejection = parsed.error;
    return out;
}

// Reads, parses and prepares (LibraryStore::prepare()) files on a thread of its own, a bounded
// distance ahead of the caller, which stores them in order: on two cores, the work that needs no
// database overlaps the work that does. The search index's part of that work is done here while
// files wait to be stored (the writing thread is the slower), and left to store() when they do
// not: a file that turns out unchanged, stored at once, never needs it.
class ParseAhead
{
public:
    // How far ahead: while the caller commits a group (a fraction of a second, longer as the
    // library grows), this thread goes on parsing and indexing files, which the caller then
    // stores all the faster. At 32 files this thread waited through most of each commit, and an
    // import of 100,000 took 20% longer. Bounded by the files' bytes as well, as a parsed file
    // takes many times its size.
    static constexpr size_t Window = 1024;
    static constexpr qint64 WindowBytes = 8 << 20;
    // While at least this many files wait, this thread also works out their search-index part.
    static constexpr size_t IndexAhead = 8;

    ParseAhead(const QStringList &files, const QString &language, const LibraryStore &store)
        : m_files(files)
        , m_language(language)
        , m_store(store)
        , m_thread(QThread::create([this] { run(); }))
    {
        m_thread->setObjectName(u"careleaf-parse-ahead"_s);
        m_thread->start();
    }
    ~ParseAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread->wait();
    }

    Parsed next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        Parsed p = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= p.bytes;
        Q_ASSERT(m_queuedBytes >= 0);
        lock.unlock();
        m_changed.notify_all();
        return p;
    }

    // A file the caller is done with, freed on this thread, which made it: freed by the writing
    // thread, its many small blocks went back to this thread's memory arena under that arena's
    // lock, against this thread's own allocations (4-8% of the writing thread, profiled).
    void done(Parsed &&p)
    {
        bool parsedAll = false;
        {
            std::lock_guard lock(m_mutex);
            m_done.push_back(std::move(p));
            parsedAll = m_parsedAll;
        }
        if (parsedAll)
            m_changed.notify_all();
    }

private:
    void run()
    {
        for (const QString &path : m_files) {
            bool behind = false;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock,
                               [this] { return m_stop || (m_queue.size() < Window && m_queuedBytes < WindowBytes); });
                if (m_stop)
                    return;
                behind = m_queue.size() >= IndexAhead;
                freeDone(lock);
            }
            Parsed p = readAndParse(path, m_language, m_store, behind);
            {
                std::lock_guard lock(m_mutex);
                m_queuedBytes += p.bytes;
                m_queue.push_back(std::move(p));
            }
            m_changed.notify_all();
        }
        // The files the caller still stores (up to a window of them) come back after the last
        // one is parsed: freed here as they come, until the caller is done.
        std::unique_lock lock(m_mutex);
        m_parsedAll = true;
        for (;;) {
            m_changed.wait(lock, [this] { return m_stop || !m_done.empty(); });
            freeDone(lock);
            if (m_stop)
                return;
        }
    }

    // Frees what done() handed back, with lock (held) let go meanwhile.
    void freeDone(std::unique_lock<std::mutex> &lock)
    {
        std::deque<Parsed> finished;
        finished.swap(m_done);
        lock.unlock();
        finished.clear();
        lock.lock();
    }

    const QStringList m_files;
    const QString m_language;
    const LibraryStore &m_store;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Parsed> m_queue;
    qint64 m_queuedBytes = 0;  // read from the files in m_queue
    std::deque<Parsed> m_done; // done(), to be freed here
    bool m_parsedAll = false;  // every file is in m_queue or was taken from it
    bool m_stop = false;
    const std::unique_ptr<QThread> m_thread; // last: starts once the members above exist
};

// Files stored in one transaction, committed in groups and at the end: FTS5 writes (and later
// merges) a segment of its index at every commit, so a commit per file cost several times the
// time and the bytes. The first group is one file and each next one twice as many, up to a
// second's work: the first procedures show at once (in the window, to another reader), and a
// disk that fills early keeps what came before it. Each file is a savepoint of its own
// (LibraryStore::store), so a procedure is never partly written and a file that fails leaves the
// group's others standing; a kill loses at most the group not yet committed (a second's work),
// which the next run imports again.
class GroupCommit
{
public:
    static constexpr qint64 IntervalMs = 1000;

    explicit GroupCommit(LibraryStore &store)
        : m_store(store)
    {}
    Q_DISABLE_COPY_MOVE(GroupCommit)

    // Opens a group unless one is open; report's counts now are what a failed commit returns to.
    [[nodiscard]] QString open(const StoreCounts &report)
    {
        if (m_batch)
            return {};
        m_batch.emplace(m_store);
        if (QString err = m_batch->error(); !err.isEmpty()) {
            m_batch.reset();
            return err;
        }
        m_files = 0;
        m_countsBefore = report;
        m_timer.start();
        return {};
    }
    void stored() { ++m_files; }
    [[nodiscard]] bool due() const { return m_batch && (m_files >= m_size || m_timer.elapsed() >= IntervalMs); }
    // Commits the open group; when the library does not keep it, sets report's counts back to
    // what they were before the group and says how many files were lost.
    [[nodiscard]] QString commit(StoreCounts *report)
    {
        if (!m_batch)
            return {};
        m_size = std::min(m_size * 2, 1 << 20);
        const QString err = m_batch->commit();
        m_batch.reset();
        // A group of no file loses none (a file that failed already said why).
        if (err.isEmpty() || m_files == 0)
            return {};
        *report = m_countsBefore;
        return Importer::tr("the library did not keep the last %n file(s) stored: %1", nullptr, m_files).arg(err);
    }

private:
    LibraryStore &m_store;
    std::optional<LibraryStore::Batch> m_batch; // the open group; rolled back if never committed
    int m_files = 0;                            // in the open group
    int m_size = 1;                             // files the open group commits at, unless a second passes first
    StoreCounts m_countsBefore;
    QElapsedTimer m_timer;
};

} // namespace

ImportReport Importer::importFiles(LibraryStore &store, const QStringList &files, const Progress &progress,
                                   const QString &language)
{
    ImportReport report;
    const int total = int(files.size());
    // What this import stored for each procedure: two files of one import that hold the same
    // procedure never replace each other in silence. The newer file (its modification time; the
    // later name when they tie) is the one kept, and the other is reported with the reason.
    struct Kept
    {
        QString path;
        qint64 modified = 0;
        StoreOutcome outcome = StoreOutcome::Imported;
        QString title; // as that file gives it: a message about the file names its own title
    };
    QHash<QString, Kept> kept;
    ParseAhead parser(files, language, store);
    GroupCommit group(store);
    store.deferIndexEntries(true); // until finish() below
    // Ends the import with what the library holds: the open group committed (or its files counted
    // out when it could not be), fatal (when given) reported after the group's own error.
    const auto finish = [&](const QString &fatal = {}) {
        const QString lost = group.commit(&report);
        // What waited for the end (this import's and a killed one's; only speed depends on it:
        // if it cannot be written now, the next import writes it).
        (void)store.writeDeferredEntries();
        store.afterManyWrites(); // what the groups and the end left in the log, copied into the file
        QStringList errors;
        for (const QString &e : {fatal, lost}) {
            if (!e.isEmpty())
                errors << e;
        }
        if (!errors.isEmpty()) {
            report.fatalError = errors.join(u"; "_s);
            // Every file counted: a summary of 0s read as success to a script (a workstation's
            // role refused, a full disk).
            report.notImported =
                std::max(0, total - report.imported - report.updated - report.unchanged - report.rejected());
        }
        return report;
    };
    for (int i = 0; i < total; ++i) {
        const QString &path = files.at(i);
        if (group.due()) {
            if (const QString lost = group.commit(&report); !lost.isEmpty())
                return finish(lost);
            if (!store.connection().isServer())
                QThread::msleep(LibraryStore::WriterGapMs);
        }
        if (progress && !progress(i, total, FileNames::shown(path))) {
            report.cancelled = true;
            break;
        }
        Parsed parsed = parser.next();
        // Handed back to the parser whichever way this iteration ends.
        const auto handBack = qScopeGuard([&parser, &parsed] { parser.done(std::move(parsed)); });
        if (!parsed.procedure) {
            report.rejections.append({FileNames::shown(path), parsed.rejection});
            continue;
        }
        const QString &identity = parsed.procedure->identity;
        const auto earlier = kept.constFind(identity);
        // Of two files of one procedure the newer is kept; of two changed at the same moment, the
        // one whose name sorts last, whatever order they were named in.
        const bool tie = earlier != kept.cend() && parsed.modified == earlier->modified;
        const auto whyNot = [tie](const QString &other, const QString &title) {
            return tie ? tr("not imported: %1 holds the same procedure (%2), changed at the same moment; of the two, "
                            "the file whose name sorts last is kept")
                             .arg(other, title)
                       : tr("not imported: %1 holds the same procedure (%2) and is newer").arg(other, title);
        };
        const auto sortsFirst = [](const QString &a, const QString &b) {
            const QString nameA = QFileInfo(a).fileName();
            const QString nameB = QFileInfo(b).fileName();
            return nameA != nameB ? nameA < nameB : a < b;
        };
        if (earlier != kept.cend() &&
            (parsed.modified < earlier->modified || (tie && sortsFirst(path, earlier->path)))) {
            report.rejections.append({FileNames::shown(path), whyNot(FileNames::shown(earlier->path), earlier->title)});
            continue;
        }
        if (const QString err = group.open(report); !err.isEmpty())
            return finish(tr("%1: %2").arg(FileNames::shown(path), err));
        QString error;
        const StoreOutcome outcome = store.store(*parsed.procedure, &error);
        if (outcome == StoreOutcome::Failed)
            return finish(tr("%1: %2").arg(FileNames::shown(path), error));
        group.stored();
        if (outcome != StoreOutcome::Unchanged) {
            for (const QString &warning : std::as_const(parsed.warnings))
                report.warnings.append({FileNames::shown(path), warning});
            // Where its text went: under its name (every handout prints it there), or Other.
            const Procedure &p = parsed.procedure->procedure;
            if (std::ranges::all_of(p.sections, [](const Section &s) { return s.key == u"other"_s; }))
                report.warnings.append(
                    {FileNames::shown(path),
                     p.sections.isEmpty() && !p.textUnderName().isEmpty()
                         ? tr("imported, but no section heading was recognised: all its text stands under its name "
                              "(a heading stands alone on its line, between blank lines)")
                         : tr("imported, but no section heading was recognised: all its text is under Other (a "
                              "heading stands alone on its line, between blank lines)")});
        }
        if (earlier == kept.cend()) {
            (void)report.count(outcome);
            kept.insert(identity, {path, parsed.modified, outcome, parsed.procedure->procedure.title});
            continue;
        }
        // This newer file replaced what the earlier one stored: one procedure, counted once, as
        // what happened to it in the library; the earlier file is reported.
        report.rejections.append(
            {FileNames::shown(earlier->path), whyNot(FileNames::shown(path), parsed.procedure->procedure.title)});
        Kept now = *earlier;
        if (now.outcome == StoreOutcome::Unchanged && outcome == StoreOutcome::Updated) {
            --report.unchanged;
            ++report.updated;
            now.outcome = StoreOutcome::Updated;
        }
        now.path = path;
        now.modified = parsed.modified;
        now.title = parsed.procedure->procedure.title;
        kept.insert(identity, now);
    }
    if (!finish().fatalError.isEmpty())
        return report;
    if (!report.cancelled) {
        store.mergeSearchIndex(report.written(), [&] { return !progress || progress(total, total, {}); });
        if (progress)
            (void)progress(total, total, QString());
    }
    return report;
}

} // namespace Careleaf
