#include "importer.h"

#include "documentparser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// Why the entry at f is nothing to read as a document: a link that leads nowhere, a folder, or a
// pipe, socket or device (reading one would block or never end). Empty for a regular file.
QString notARegularFile(const QFileInfo &f)
{
    if (f.isSymLink() && !f.exists())
        return Importer::tr("the file is a symbolic link that leads nowhere (or to itself)");
    if (f.isDir())
        return Importer::tr("this is a folder, not a document");
    if (!f.isFile())
        return Importer::tr("this is not a regular file (a pipe, socket or device)");
    return {};
}

} // namespace

QString ImportReport::summaryLine() const
{
    return u"imported %1, updated %2, unchanged %3, rejected %4"_s.arg(imported).arg(updated).arg(unchanged).arg(
        rejected());
}

QStringList Importer::collectFiles(const QStringList &paths, QList<Rejection> *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems->append({path, tr("no such file or folder")});
            continue;
        }
        if (!info.isDir()) {
            files << path;
            continue;
        }
        // Symbolic links to folders are not followed (QDirIterator's default), so a link loop
        // cannot make this walk forever; links to files are imported like files.
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Readable | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo f = it.fileInfo();
            if (f.fileName().startsWith(u'.'))
                continue;
            found << f.filePath();
        }
        // Unreadable files are skipped by the iterator's filter: list them so nothing vanishes silently.
        QDirIterator all(path, QDir::Files | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            all.next();
            const QFileInfo f = all.fileInfo();
            if (f.fileName().startsWith(u'.') || f.isReadable())
                continue;
            const QString why = notARegularFile(f);
            problems->append({f.filePath(), why.isEmpty() ? tr("the file cannot be read (permission denied)") : why});
        }
        std::sort(found.begin(), found.end());
        files += found;
    }
    return files;
}

ImportReport Importer::importPaths(LibraryStore &store, const QStringList &paths, const Progress &progress)
{
    QList<Rejection> problems;
    const QStringList files = collectFiles(paths, &problems);
    ImportReport report = importFiles(store, files, progress);
    report.rejections = problems + report.rejections;
    return report;
}

namespace {

struct Parsed
{
    QString path;
    std::optional<Procedure> procedure;
    QString rejection;
};

Parsed readAndParse(const QString &path)
{
    Parsed out{path, std::nullopt, {}};
    if (QString why = notARegularFile(QFileInfo(path)); !why.isEmpty()) {
        out.rejection = std::move(why);
        return out;
    }
    QFile file(path);
    if (file.size() > DocumentParser::MaxDocumentBytes) {
        out.rejection = Importer::tr("the file is %1 bytes, over the %2 MiB limit for a procedure document")
                            .arg(file.size())
                            .arg(DocumentParser::MaxDocumentBytes / (1024 * 1024));
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.rejection = Importer::tr("the file cannot be read: %1").arg(file.errorString());
        return out;
    }
    // Read one byte past the limit so a file that grew since size() is still caught.
    const QByteArray bytes = file.read(DocumentParser::MaxDocumentBytes + 1);
    ParseResult parsed = DocumentParser::parse(bytes, path);
    if (parsed.ok())
        out.procedure = std::move(parsed.procedure);
    else
        out.rejection = parsed.error;
    return out;
}

// Reads and parses files on a thread of its own, a bounded distance ahead of the caller, which
// stores them in order: on two cores, parsing overlaps the database work.
class ParseAhead
{
public:
    static constexpr size_t Window = 32;

    explicit ParseAhead(const QStringList &files)
        : m_files(files)
        , m_thread([this] { run(); })
    {}
    ~ParseAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    Parsed next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        Parsed p = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return p;
    }

private:
    void run()
    {
        for (const QString &path : m_files) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_queue.size() < Window; });
                if (m_stop)
                    return;
            }
            Parsed p = readAndParse(path);
            {
                std::lock_guard lock(m_mutex);
                m_queue.push_back(std::move(p));
            }
            m_changed.notify_all();
        }
    }

    const QStringList m_files;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Parsed> m_queue;
    bool m_stop = false;
    std::thread m_thread; // last: starts once the members above exist
};

} // namespace

ImportReport Importer::importFiles(LibraryStore &store, const QStringList &files, const Progress &progress)
{
    ImportReport report;
    const int total = int(files.size());
    ParseAhead parser(files);
    for (int i = 0; i < total; ++i) {
        const QString &path = files.at(i);
        if (progress && !progress(i, total, path)) {
            report.cancelled = true;
            break;
        }
        const Parsed parsed = parser.next();
        if (!parsed.procedure) {
            report.rejections.append({path, parsed.rejection});
            continue;
        }
        QString error;
        if (!report.count(store.store(*parsed.procedure, &error))) {
            report.fatalError = tr("%1: %2").arg(path, error);
            return report;
        }
    }
    if (progress && !report.cancelled)
        (void)progress(total, total, QString());
    return report;
}

} // namespace Careleaf
