#include "baselines.h"

#include "cli.h"
#include "documentparser.h"
#include "generator.h"
#include "librarystore.h"
#include "searchengine.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Careleaf::Bench {

namespace {

QJsonObject spread(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    const auto at = [&ms](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size()))); };
    return {{u"p50"_s, at(0.5)}, {u"p95"_s, at(0.95)}, {u"max"_s, ms.last()}, {u"count"_s, int(ms.size())}};
}

} // namespace

qint64 bytesWritten()
{
    QFile io(u"/proc/self/io"_s);
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

QJsonObject plainFtsLoad(const QString &folder, const QString &databaseFile, bool writeAheadLog)
{
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(databaseFile + suffix);
    const QString name = u"plain-fts"_s;
    // Removed once the connection's objects below are gone, however the load ends.
    const auto removeConnection = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
    QJsonObject out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databaseFile);
        const qint64 before = bytesWritten();
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db);
        const bool opened =
            db.open() &&
            (!writeAheadLog || (q.exec(u"PRAGMA journal_mode = WAL"_s) && q.exec(u"PRAGMA synchronous = NORMAL"_s)));
        if (!opened || !q.exec(u"CREATE VIRTUAL TABLE docs USING fts5(name, text)"_s) || !db.transaction()) {
            std::fprintf(stderr, "careleaf-bench: plain load: %s\n", qPrintable(db.lastError().text()));
            return {};
        }
        q.prepare(u"INSERT INTO docs (name, text) VALUES (?, ?)"_s);
        int files = 0;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            q.addBindValue(f.fileName());
            q.addBindValue(QString::fromUtf8(f.readAll()));
            if (!q.exec())
                std::fprintf(stderr, "careleaf-bench: plain load: %s\n", qPrintable(q.lastError().text()));
            ++files;
        }
        db.commit();
        q.finish();
        db.close();
        out = {{u"files"_s, files},
               {u"seconds"_s, double(t.nsecsElapsed()) / 1e9},
               {u"bytes_written"_s, double(bytesWritten() - before)},
               {u"file_bytes"_s, double(QFileInfo(databaseFile).size())}};
    }
    return out;
}

QJsonObject typoCorrection(const QString &db, int repeats)
{
    LibraryStore::OpenResult opened = LibraryStore::open(db);
    if (!opened.store)
        return {};
    SearchEngine engine(*opened.store);
    // Misspellings of the generator's words and of the seeds' (one letter dropped, doubled,
    // swapped), and words that are right (the common case: nothing to correct).
    const QStringList words{u"magnesum"_s,  u"infusoin"_s,   u"chemotheraphy"_s, u"ultrasund"_s,  u"dehydratoin"_s,
                            u"injectoin"_s, u"colonscopy"_s, u"vomitting"_s,     u"anesthesai"_s, u"procedrue"_s,
                            u"recovrey"_s,  u"bandadge"_s,   u"medication"_s,    u"treatment"_s,  u"catheterr"_s,
                            u"physicial"_s, u"guidnace"_s,   u"antibiotcs"_s,    u"nausea"_s,     u"infection"_s};
    QList<double> ms;
    QJsonArray answers;
    for (const QString &word : words) {
        QString answer;
        for (int r = 0; r < repeats; ++r) {
            QElapsedTimer t;
            t.start();
            answer = engine.correction(word);
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        answers.append(QJsonObject{{u"word"_s, word}, {u"correction"_s, answer}});
    }
    QJsonObject out = spread(ms);
    out.insert(u"answers"_s, answers);
    return out;
}

QJsonObject consoleStart(const QString &db, const QString &cli, const QString &self, int repeats, bool check)
{
    QList<QStringList> commands{{u"--db"_s, db, u"search"_s, u"chemotherapy"_s},
                                {u"--db"_s, db, u"search"_s, u"--json"_s, u"--limit"_s, u"5"_s, u"infusion"_s}};
    if (check)
        commands.append({u"--db"_s, db, u"check"_s});
    const auto timed = [](const QString &program, const QStringList &args) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        p.waitForFinished(600000);
        return double(t.nsecsElapsed()) / 1e6;
    };
    QList<double> now;
    QList<double> before;
    for (int r = 0; r < repeats; ++r) {
        for (const QStringList &args : commands) {
            if (args.contains(u"check"_s) && r > 0)
                continue; // a whole-library check is long at a large N: once is enough
            now << timed(cli, args);
            before << timed(self, QStringList{u"--child-cli-gui"_s} + args);
        }
    }
    // The start alone: a command that does no work of its own (--version), ten times each way.
    QList<double> startNow;
    QList<double> startBefore;
    for (int r = 0; r < 10; ++r) {
        startNow << timed(cli, {u"--version"_s});
        startBefore << timed(self, {u"--child-cli-gui"_s, u"--version"_s});
    }
    const auto ratioOf = [](const QJsonObject &a, const QJsonObject &b) {
        return b.value(u"p50"_s).toDouble() > 0 ? a.value(u"p50"_s).toDouble() / b.value(u"p50"_s).toDouble() : 0.0;
    };
    const QJsonObject a = spread(now);
    const QJsonObject b = spread(before);
    const QJsonObject sa = spread(startNow);
    const QJsonObject sb = spread(startBefore);
    return {{u"core_application"_s, a},
            {u"gui_application"_s, b},
            {u"check"_s, check},
            {u"ratio_p50"_s, ratioOf(a, b)},
            {u"start_only"_s,
             QJsonObject{{u"now"_s, sa}, {u"with_gui_application"_s, sb}, {u"ratio_p50"_s, ratioOf(sa, sb)}}}};
}

// Generates, parses and stores documents 0..n-1 in transactions of 5,000: the import path
// without the files.
bool bulkLoad(LibraryStore &store, int n)
{
    constexpr int BatchSize = 5000;
    QElapsedTimer t;
    t.start();
    for (int first = 0; first < n; first += BatchSize) {
        LibraryStore::Batch batch(store);
        if (!batch.error().isEmpty()) {
            std::fprintf(stderr, "careleaf-bench: %s\n", qPrintable(batch.error()));
            return false;
        }
        for (int i = first; i < std::min(n, first + BatchSize); ++i) {
            const ParseResult parsed = DocumentParser::parse(Bench::generate(i).document, u"bench.txt"_s);
            QString error;
            if (!parsed.ok() || store.store(*parsed.procedure, &error) != StoreOutcome::Imported) {
                std::fprintf(stderr, "careleaf-bench: document %d: %s%s\n", i, qPrintable(parsed.error),
                             qPrintable(error));
                return false; // the batch rolls back
            }
        }
        if (const QString err = batch.commit(); !err.isEmpty()) {
            std::fprintf(stderr, "careleaf-bench: %s\n", qPrintable(err));
            return false;
        }
        if ((first / BatchSize) % 20 == 0 || first + BatchSize >= n) {
            std::printf("  stored %d (%.0f s)\n", std::min(n, first + BatchSize), double(t.nsecsElapsed()) / 1e9);
            std::fflush(stdout);
        }
    }
    // As an import ends.
    if (const QString err = store.mergeSearchIndex(n); !err.isEmpty()) {
        std::fprintf(stderr, "careleaf-bench: %s\n", qPrintable(err));
        return false;
    }
    return true;
}

void printEmbedded(const QJsonObject &e, int n, const QString &documents)
{
    const QJsonObject import = e.value(u"import"_s).toObject();
    const QJsonObject plain = e.value(u"plain_fts_load"_s).toObject();
    const QJsonObject plainWal = e.value(u"plain_fts_load_wal"_s).toObject();
    if (!import.isEmpty() && !plain.isEmpty()) {
        qint64 textBytes = 0;
        QDirIterator it(documents, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            textBytes += QFileInfo(it.next()).size();
        const double perDoc = double(textBytes) / n;
        const double importPerDoc = import.value(u"bytes_written"_s).toDouble() / n;
        const double plainPerDoc = plain.value(u"bytes_written"_s).toDouble() / n;
        std::printf("\nimport through the files: %.1f s, %.0f bytes written per document (the document: %.0f)\n",
                    import.value(u"seconds"_s).toDouble(), importPerDoc, perDoc);
        std::printf("(d) plain bulk FTS5 load: %.1f s, %.0f bytes written per document\n",
                    plain.value(u"seconds"_s).toDouble(), plainPerDoc);
        if (!plainWal.isEmpty())
            std::printf("    the same in WAL mode: %.1f s, %.0f bytes written per document\n",
                        plainWal.value(u"seconds"_s).toDouble(), plainWal.value(u"bytes_written"_s).toDouble() / n);
        std::printf("import / plain load: time %.2f, bytes %.2f; written per document / its size: %.1f\n",
                    import.value(u"seconds"_s).toDouble() / std::max(1e-9, plain.value(u"seconds"_s).toDouble()),
                    importPerDoc / std::max(1.0, plainPerDoc), importPerDoc / std::max(1.0, perDoc));
    }
    const QJsonObject typo = e.value(u"typo_correction_ms"_s).toObject();
    std::printf("typo correction: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d corrections)\n",
                typo.value(u"p50"_s).toDouble(), typo.value(u"p95"_s).toDouble(), typo.value(u"max"_s).toDouble(),
                typo.value(u"count"_s).toInt());
    const QJsonObject console = e.value(u"console_start_ms"_s).toObject();
    std::printf("console command (%s) start to exit p50: %.1f ms; with a QGuiApplication as before: %.1f "
                "ms (ratio %.2f)\n",
                console.value(u"check"_s).toBool() ? "search, check" : "search",
                console.value(u"core_application"_s).toObject().value(u"p50"_s).toDouble(),
                console.value(u"gui_application"_s).toObject().value(u"p50"_s).toDouble(),
                console.value(u"ratio_p50"_s).toDouble());
    const QJsonObject start = console.value(u"start_only"_s).toObject();
    std::printf(
        "console start alone (--version) p50: %.1f ms; with a QGuiApplication as before: %.1f ms (ratio %.2f)\n",
        start.value(u"now"_s).toObject().value(u"p50"_s).toDouble(),
        start.value(u"with_gui_application"_s).toObject().value(u"p50"_s).toDouble(),
        start.value(u"ratio_p50"_s).toDouble());
}

int runChildCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Cli::run(arguments, QString(), out, err);
}

} // namespace Careleaf::Bench
