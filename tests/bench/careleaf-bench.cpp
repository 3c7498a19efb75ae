// careleaf-bench: speed and memory of Careleaf's library and search, each figure beside a
// baseline measured in the same run on the same machine. Not run by ctest.
//
//   careleaf-bench --n 100000 --json results.json
//   careleaf-bench --n 1000000 --load bulk --db postgresql://careleaf@localhost/bench
//
// With --db, the library is published to the server with copy's code path, or with --load bulk
// stored there the same bulk way as the SQLite library.
//
// Steps: generate N documents (tests/bench/generator.cpp) as files and import them through the
// real import path (--load bulk: parse and store them in batches, no files); cold start and peak
// RSS of the real main window in a fresh process; query latency of (a) Careleaf's search as the
// GUI calls it, (b) the plain full-text floor, (c) a QSortFilterProxyModel over a
// QStandardItemModel holding the same rows; keystroke-to-results in the real main window.
// With --db, the same library is published to that PostgreSQL database with `copy`'s code path
// and measured the same way, side by side. See README "Performance" for what each figure means.
#include "baselines.h"
#include "documentparser.h"
#include "documents.h"
#include "generator.h"
#include "importer.h"
#include "librarycopy.h"
#include "librarystore.h"
#include "procedurelistmodel.h"
#include "searchengine.h"
#include "searchservice.h"
#include "window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

QElapsedTimer processClock; // started first thing in main: cold start counts from process start

// Codes, code prefixes, words, phrases, misspellings, lay terms and one-letter prefixes.
QStringList benchQueries(int n)
{
    const auto gen = [](int i) { return Bench::generate(i); };
    QStringList q;
    for (int i : {7, n / 3, n / 2, n - 2})
        q << gen(std::clamp(i, 0, n - 1)).code;                                            // exact codes
    q << gen(std::clamp(n / 4 * 5 + 4, 0, n - 1)).code;                                    // an HCPCS code
    q << gen(std::clamp(n / 7, 0, n - 1)).code.left(4) << u"1234"_s << u"2"_s << u"J00"_s; // prefixes
    q << u"magnesium"_s << u"injection"_s << u"knee"_s << u"shoulder injection"_s << u"infusion"_s << u"chemotherapy"_s
      << u"biopsy"_s << u"ultrasound guidance"_s << u"steroid knee"_s << u"nerve block"_s << u"catheter"_s
      << u"kidney stones"_s << u"heart failure"_s << u"dehydration"_s << u"immunoglobulin"_s << u"thyroid biopsy"_s
      << u"potassium infusion"_s << u"wrist aspiration"_s << u"physical therapy"_s;
    q << u"\"nerve block\""_s << u"\"each additional\""_s << u"\"imaging guidance\""_s;           // phrases
    q << u"magnesum"_s << u"chemoterapy"_s << u"injecton"_s << u"ultrasond"_s << u"debridment"_s; // misspellings
    q << u"iv"_s << u"shot"_s << u"drip"_s << u"chemo"_s << u"picc"_s << u"b12"_s;                // lay terms
    q << u"k"_s << u"s"_s << u"m"_s << u"c"_s << u"i"_s;                                          // one letter
    q << u"inj"_s << u"infu"_s << u"kne"_s << u"magn"_s;                                          // prefixes of words
    q << u"variant "_s + QString::number(n / 2) << u"cpt:1500"_s << u"10000-10100"_s << u"injection -knee"_s;
    return q;
}

// The engine's floor: the same words as prefix terms, MATCHed by FTS5 with no ranking work —
// count the matches and read the first page of rowids, which is the least a list with a count needs.
QString floorExpression(const QString &query)
{
    QStringList parts;
    for (const QString &w : queryWords(query))
        parts << u'"' + w + u"\"*"_s;
    return parts.join(u" AND "_s);
}

// The same floor on PostgreSQL: the words as prefix lexemes, count plus the first page of ids.
QString tsqueryFloorExpression(const QString &query)
{
    QStringList parts;
    for (const QString &w : queryWords(query))
        parts << u'\'' + w + u"':*"_s;
    return parts.join(u" & "_s);
}

struct Options
{
    int n = 10000;
    QString json;
    QString workdir;
    bool keep = false;
    int repeats = 5;
    bool bulk = false; // store parsed documents in batches instead of importing files
    QString server;    // a PostgreSQL library to publish to and measure beside SQLite
};

// Query latency of Careleaf, the engine's floor and (for SQLite) the proxy model, then the real
// GUI in a fresh process: cold start, peak RSS, keystrokes.
QJsonObject measure(const QString &db, const QStringList &queries, int repeats)
{
    LibraryStore::OpenResult opened = LibraryStore::open(db);
    if (!opened.store) {
        std::fprintf(stderr, "careleaf-bench: %s\n", qPrintable(opened.error));
        return {};
    }
    const bool server = opened.store->connection().isServer();
    SearchEngine engine(*opened.store);
    QList<double> careleaf;
    QList<double> floor;
    QList<double> proxy;
    QJsonArray perQuery;

    // The floor runs on a connection of its own, outside Careleaf.
    QSqlDatabase raw = QSqlDatabase::addDatabase(server ? u"QPSQL"_s : u"QSQLITE"_s, u"floor"_s);
    if (server) {
        opened.store->connection().address().applyTo(raw);
    } else {
        raw.setDatabaseName(db);
    }
    raw.open();
    const QString countSql = server ? u"SELECT count(*) FROM procedures WHERE search_vector @@ ?::tsquery"_s
                                    : u"SELECT count(*) FROM procedure_fts WHERE procedure_fts MATCH ?"_s;
    // As many rows as the list's first page.
    const QString firstSql = (server ? u"SELECT id FROM procedures WHERE search_vector @@ ?::tsquery LIMIT %1"_s
                                     : u"SELECT rowid FROM procedure_fts WHERE procedure_fts MATCH ? LIMIT %1"_s)
                                 .arg(ProcedureListModel::PageSize);

    // The typical Qt app: every row in a QStandardItemModel, filtered by a proxy model.
    auto *items = new QStandardItemModel(qApp);
    {
        QSqlQuery rows(raw);
        rows.setForwardOnly(true);
        rows.exec(u"SELECT code_system || ' ' || code || ' ' || title || ' ' || descriptor FROM procedures"_s);
        while (rows.next())
            items->appendRow(new QStandardItem(rows.value(0).toString()));
    }
    QSortFilterProxyModel proxyModel;
    proxyModel.setSourceModel(items);
    proxyModel.setFilterCaseSensitivity(Qt::CaseInsensitive);

    for (const QString &query : queries) {
        QList<double> a, b, c;
        int careleafTotal = 0;
        int floorTotal = 0;
        int proxyRows = 0;
        for (int r = 0; r < repeats; ++r) {
            QElapsedTimer q;
            q.start();
            const SearchPage page = engine.search({query, {}, 0, ProcedureListModel::PageSize});
            a << double(q.nsecsElapsed()) / 1e6;
            careleafTotal = page.total;
            if (!page.error.isEmpty())
                std::fprintf(stderr, "careleaf-bench: %s: %s\n", qPrintable(query), qPrintable(page.error));

            const QString expr = server ? tsqueryFloorExpression(query) : floorExpression(query);
            q.restart();
            if (!expr.isEmpty()) {
                QSqlQuery count(raw);
                count.prepare(countSql);
                count.addBindValue(expr);
                if (count.exec() && count.next())
                    floorTotal = count.value(0).toInt();
                QSqlQuery first(raw);
                first.setForwardOnly(true);
                first.prepare(firstSql);
                first.addBindValue(expr);
                if (first.exec()) {
                    while (first.next()) {
                    }
                }
            }
            b << double(q.nsecsElapsed()) / 1e6;

            q.restart();
            proxyModel.setFilterFixedString(query);
            proxyRows = proxyModel.rowCount();
            c << double(q.nsecsElapsed()) / 1e6;
        }
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        std::sort(c.begin(), c.end());
        // Each query's median over the repeats goes into the distributions.
        careleaf << a.at(a.size() / 2);
        floor << b.at(b.size() / 2);
        proxy << c.at(c.size() / 2);
        perQuery.append(QJsonObject{{u"query"_s, query},
                                    {u"careleaf_ms"_s, careleaf.last()},
                                    {u"careleaf_total"_s, careleafTotal},
                                    {u"floor_ms"_s, floor.last()},
                                    {u"floor_total"_s, floorTotal},
                                    {u"proxy_model_ms"_s, proxy.last()},
                                    {u"proxy_model_rows"_s, proxyRows}});
    }
    delete items;
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"floor"_s);
    opened.store.reset();
    const Bench::Percentiles pc = Bench::percentiles(careleaf);
    const Bench::Percentiles pf = Bench::percentiles(floor);
    const Bench::Percentiles pp = Bench::percentiles(proxy);
    const QJsonObject child = Bench::childColdStart(db, QCoreApplication::applicationFilePath());
    return {{u"library"_s, server ? u"postgresql"_s : u"sqlite"_s},
            {u"careleaf"_s, pc.json()},
            {u"floor"_s, pf.json()},
            {u"proxy_model"_s, pp.json()},
            {u"cold_start_ms"_s, child.value(u"cold_start_ms"_s)},
            {u"peak_rss_mb"_s, child.value(u"peak_rss_mb"_s)},
            {u"keystroke_ms"_s, child.value(u"keystroke_ms"_s)},
            {u"gui_thread_per_keystroke_ms"_s, child.value(u"gui_thread_per_keystroke_ms"_s)},
            {u"keystrokes"_s, child.value(u"keystrokes"_s)},
            {u"slowest_keystrokes"_s, child.value(u"slowest_keystrokes"_s)},
            {u"queries"_s, perQuery}};
}

void printTable(const QJsonObject &m)
{
    const auto p = [&](const QString &key, const char *label) {
        const QJsonObject o = m.value(key).toObject();
        std::printf("%-34s %10.2f %10.2f %10.2f\n", label, o.value(u"p50"_s).toDouble(), o.value(u"p95"_s).toDouble(),
                    o.value(u"p99"_s).toDouble());
    };
    const bool server = m.value(u"library"_s).toString() == u"postgresql"_s;
    std::printf("\n%s\n%-34s %10s %10s %10s\n", server ? "PostgreSQL" : "SQLite", "query latency (ms)", "p50", "p95",
                "p99");
    p(u"careleaf"_s, "(a) Careleaf search (GUI path)");
    p(u"floor"_s, server ? "(b) plain tsquery @@ (floor)" : "(b) plain FTS5 MATCH (floor)");
    p(u"proxy_model"_s, "(c) QSortFilterProxyModel");
    const double a95 = m.value(u"careleaf"_s).toObject().value(u"p95"_s).toDouble();
    const double b95 = m.value(u"floor"_s).toObject().value(u"p95"_s).toDouble();
    const double c95 = m.value(u"proxy_model"_s).toObject().value(u"p95"_s).toDouble();
    std::printf("ratios at p95: a/b = %.2f, c/a = %.1f\n", b95 > 0 ? a95 / b95 : 0.0, a95 > 0 ? c95 / a95 : 0.0);
    std::printf("GUI cold start to first results: %.0f ms, peak RSS %.1f MB\n", m.value(u"cold_start_ms"_s).toDouble(),
                m.value(u"peak_rss_mb"_s).toDouble());
    const QJsonObject ks = m.value(u"keystroke_ms"_s).toObject();
    std::printf("keystroke to results: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d keystrokes)\n",
                ks.value(u"p50"_s).toDouble(), ks.value(u"p95"_s).toDouble(), ks.value(u"max"_s).toDouble(),
                m.value(u"keystrokes"_s).toInt());
    const QJsonObject gb = m.value(u"gui_thread_per_keystroke_ms"_s).toObject();
    std::printf("GUI thread busy per keystroke: p50 %.2f ms, p95 %.2f ms, max %.2f ms\n", gb.value(u"p50"_s).toDouble(),
                gb.value(u"p95"_s).toDouble(), gb.value(u"max"_s).toDouble());
    std::printf("slowest keystrokes:");
    for (const QJsonValue &v : m.value(u"slowest_keystrokes"_s).toArray())
        std::printf(" \"%s\" %.1f ms;", qPrintable(v[u"text"_s].toString()), v[u"ms"_s].toDouble());
    std::printf("\n");
}

// Writes result to file when one was asked for.
bool writeJson(const QString &file, const QJsonObject &result)
{
    if (file.isEmpty())
        return true;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(result).toJson()) < 0) {
        std::fprintf(stderr, "careleaf-bench: cannot write %s\n", qPrintable(file));
        return false;
    }
    std::printf("wrote %s\n", qPrintable(file));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    processClock.start();
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines show up as they happen, also in a log file
    if (argc > 1 && qstrcmp(argv[1], "--child-cli-gui") == 0) {
        // The console as it started before only a handout made a QGuiApplication.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication gui(argc, argv);
        QStringList arguments;
        for (int i = 2; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        return Bench::runChildCli(arguments);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"CareleafBench"_s);
    QApplication::setApplicationName(u"careleaf-bench"_s);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings or library

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Careleaf benchmarks, each beside a baseline from the same run."_s);
    parser.addHelpOption();
    const QCommandLineOption nOption(u"n"_s, u"Number of procedures to generate (default 10000)."_s, u"N"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write every figure as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption workOption(u"workdir"_s,
                                        u"Where documents and the library go (default: a temporary "
                                        "folder, removed afterwards)."_s,
                                        u"DIR"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the work folder."_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Runs of each query (default 5)."_s, u"R"_s);
    const QCommandLineOption childOption(u"child-gui"_s, u"(internal) GUI cold start in this process."_s, u"DB"_s);
    const QCommandLineOption loadOption(u"load"_s,
                                        u"How the library is built: files (write documents, import the folder; "
                                        "the default) or bulk (parse and store them in batches of 5,000, no files)."_s,
                                        u"HOW"_s);
    const QCommandLineOption dbOption(u"db"_s,
                                      u"Also publish the library to this PostgreSQL database (copy's code path) and "
                                      "measure it side by side. A database already holding N procedures is reused."_s,
                                      u"URL"_s);
    const QCommandLineOption documentsOption(
        u"documents"_s, u"Measure only how one document's parse and handout grow with its length."_s);
    parser.addOptions({nOption, jsonOption, workOption, keepOption, repeatsOption, childOption, loadOption, dbOption,
                       documentsOption});
    parser.process(app);
    if (parser.isSet(childOption))
        return Bench::runChildGui(parser.value(childOption), processClock);

    Options o;
    if (parser.isSet(nOption))
        o.n = parser.value(nOption).toInt();
    if (parser.isSet(repeatsOption))
        o.repeats = std::max(1, parser.value(repeatsOption).toInt());
    o.json = parser.value(jsonOption);
    o.keep = parser.isSet(keepOption);
    o.server = parser.value(dbOption);
    if (parser.isSet(loadOption)) {
        if (parser.value(loadOption) != u"files"_s && parser.value(loadOption) != u"bulk"_s) {
            std::fprintf(stderr, "careleaf-bench: --load takes files or bulk\n");
            return 2;
        }
        o.bulk = parser.value(loadOption) == u"bulk"_s;
    }
    if (!o.server.isEmpty()) {
        // Fail now, not after building and measuring the SQLite library.
        LibraryStore::OpenResult probe = LibraryStore::open(o.server);
        if (!LibraryAddress::isServer(o.server) || !probe.store) {
            std::fprintf(stderr, "careleaf-bench: --db needs a PostgreSQL library that opens: %s\n",
                         qPrintable(probe.error));
            return 2;
        }
    }
    if (o.n < 10) {
        std::fprintf(stderr, "careleaf-bench: --n must be at least 10\n");
        return 2;
    }
    QTemporaryDir tmp;
    tmp.setAutoRemove(!o.keep);
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : tmp.path();
    QDir().mkpath(work); // a library is never created in a folder that does not exist
    if (parser.isSet(documentsOption)) {
        const QJsonObject growth =
            Bench::documentGrowth(QStringLiteral(CARELEAF_CLI_PATH), work, parser.isSet(repeatsOption) ? o.repeats : 3);
        return !growth.isEmpty() && writeJson(o.json, QJsonObject{{u"documents"_s, growth}}) ? 0 : 1;
    }
    const QString docs = work + u"/documents"_s;
    const QString db = work + u"/library.sqlite"_s;
    double generateSeconds = 0;
    double docsPerSecond = 0;
    double importBytes = 0;
    QJsonObject baselines; // the embedded library's own costs beside theirs (baselines.h)
    bool reuse = false;
    if (parser.isSet(workOption) && QFile::exists(db)) {
        // A library left by an earlier run with --keep: measured again, not rebuilt.
        LibraryStore::OpenResult earlier = LibraryStore::open(db);
        reuse = earlier.store && earlier.store->count() == o.n;
        // Its search index as an import of all of them leaves it (a no-op when it already is).
        if (const QString err = reuse ? earlier.store->mergeSearchIndex(o.n) : QString(); !err.isEmpty()) {
            std::fprintf(stderr, "careleaf-bench: %s\n", qPrintable(err));
            return 1;
        }
    }
    QElapsedTimer t;
    std::printf("careleaf-bench: N = %d, work folder %s\n", o.n, qPrintable(work));
    if (reuse) {
        std::printf("  %s already holds %d procedures: not built again\n", qPrintable(db), o.n);
    } else {
        QFile::remove(db);
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
        LibraryStore::OpenResult opened = LibraryStore::open(db);
        if (!opened.store) {
            std::fprintf(stderr, "careleaf-bench: %s\n", qPrintable(opened.error));
            return 1;
        }
        // 1. Generate and import.
        if (o.bulk) {
            // Parsed and stored in batches of 5,000: the import path without the files.
            t.start();
            if (!Bench::bulkLoad(*opened.store, o.n))
                return 1;
            docsPerSecond = o.n / (double(t.nsecsElapsed()) / 1e9);
            std::printf("  stored %d procedures in batches (%.0f documents/s)\n", o.n, docsPerSecond);
        } else {
            QDir().mkpath(docs);
            t.start();
            for (int i = 0; i < o.n; ++i) {
                QDir().mkpath(docs + u"/%1"_s.arg(i / 1000, 4, 10, QLatin1Char('0')));
                QFile f(docs +
                        u"/%1/doc%2.txt"_s.arg(i / 1000, 4, 10, QLatin1Char('0')).arg(i, 7, 10, QLatin1Char('0')));
                if (!f.open(QIODevice::WriteOnly) || f.write(Bench::generate(i).document) < 0) {
                    std::fprintf(stderr, "careleaf-bench: cannot write %s\n", qPrintable(f.fileName()));
                    return 1;
                }
            }
            generateSeconds = double(t.nsecsElapsed()) / 1e9;
            std::printf("  generated %d documents in %.1f s\n", o.n, generateSeconds);
            t.restart();
            const qint64 bytesBefore = Bench::bytesWritten();
            const ImportReport report = Importer::importPaths(*opened.store, {docs});
            const double importSeconds = double(t.nsecsElapsed()) / 1e9;
            importBytes = double(Bench::bytesWritten() - bytesBefore);
            opened.store.reset();
            baselines.insert(u"import"_s,
                             QJsonObject{{u"seconds"_s, importSeconds}, {u"bytes_written"_s, importBytes}});
            const QString plainFile = work + u"/plain-fts.sqlite"_s;
            baselines.insert(u"plain_fts_load"_s, Bench::plainFtsLoad(docs, plainFile, false));
            baselines.insert(u"plain_fts_load_wal"_s, Bench::plainFtsLoad(docs, plainFile, true));
            docsPerSecond = o.n / importSeconds;
            std::printf("  imported: %s in %.1f s (%.0f documents/s)\n", qPrintable(report.summaryLine()),
                        importSeconds, docsPerSecond);
            if (report.imported != o.n) {
                std::fprintf(stderr, "careleaf-bench: expected %d imported\n", o.n);
                for (const Rejection &r : report.rejections.mid(0, 5))
                    std::fprintf(stderr, "  %s: %s\n", qPrintable(r.path), qPrintable(r.reason));
                return 1;
            }
        }
    }

    // 2.-3. Queries, cold start, memory and keystrokes on each library; typo correction and the
    // console's start on the file library.
    const QStringList queries = benchQueries(o.n);
    QJsonObject sqlite = measure(db, queries, o.repeats);
    baselines.insert(u"typo_correction_ms"_s, Bench::typoCorrection(db, o.repeats));
    // `check` reads the whole library (8.5 GB at a million: ten minutes each way, past the time a
    // command is given); it is timed up to 100,000, and the start alone (--version) at every size.
    baselines.insert(u"console_start_ms"_s,
                     Bench::consoleStart(db, QStringLiteral(CARELEAF_CLI_PATH), QCoreApplication::applicationFilePath(),
                                         o.repeats, o.n <= 100000));
    QJsonObject server;
    double copyPerSecond = 0;
    if (!o.server.isEmpty()) {
        // Published with copy's code path: one transaction, every procedure.
        t.start();
        LibraryStore::OpenResult from = LibraryStore::open(db);
        LibraryStore::OpenResult to = LibraryStore::open(o.server);
        if (!to.store) {
            std::fprintf(stderr, "careleaf-bench: %s\n", qPrintable(to.error));
            return 1;
        }
        if (to.store->count() == o.n) {
            std::printf("  %s already holds %d procedures: not loaded again\n",
                        qPrintable(to.store->connection().displayName()), o.n);
        } else if (o.bulk) {
            // The same bulk path as the SQLite library's, in transactions of 5,000 on the server.
            if (to.store->count() != 0 || !Bench::bulkLoad(*to.store, o.n)) {
                std::fprintf(stderr, "careleaf-bench: the server library must start empty\n");
                return 1;
            }
            copyPerSecond = o.n / (double(t.nsecsElapsed()) / 1e9);
            std::printf("  stored on %s (%.0f procedures/s)\n", qPrintable(to.store->connection().displayName()),
                        copyPerSecond);
        } else {
            const CopyReport copied = LibraryCopy::copy(*from.store, *to.store);
            if (!copied.error.isEmpty() || to.store->count() != o.n) {
                std::fprintf(stderr, "careleaf-bench: copy failed: %s\n", qPrintable(copied.error));
                return 1;
            }
            copyPerSecond = o.n / (double(t.nsecsElapsed()) / 1e9);
            std::printf("  copied to %s: %s (%.0f procedures/s)\n", qPrintable(to.store->connection().displayName()),
                        qPrintable(copied.summaryLine()), copyPerSecond);
        }
        to.store.reset();
        from.store.reset();
        // What autovacuum does after a bulk load, done now so the figures do not depend on when
        // it happens to run: statistics for the planner, the visibility map for counting.
        QSqlDatabase maintenance = QSqlDatabase::addDatabase(u"QPSQL"_s, u"maintenance"_s);
        {
            LibraryAddress::parse(o.server).applyTo(maintenance);
            QSqlQuery vacuum(maintenance);
            if (!maintenance.open() || !vacuum.exec(u"VACUUM (ANALYZE) procedures"_s) ||
                !vacuum.exec(u"VACUUM (ANALYZE) search_words"_s))
                std::fprintf(stderr, "careleaf-bench: VACUUM: %s\n", qPrintable(vacuum.lastError().text()));
            maintenance.close();
        }
        maintenance = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"maintenance"_s);
        server = measure(o.server, queries, o.repeats);
    }

    QJsonObject result{
        {u"n"_s, o.n},
        {u"load"_s, o.bulk ? u"bulk"_s : u"files"_s},
        {u"generate_s"_s, generateSeconds},
        {u"import_docs_per_s"_s, docsPerSecond},
        {u"sqlite"_s, sqlite},
        {u"embedded"_s, baselines},
        {u"bench_peak_rss_mb"_s, Bench::peakRssMb()},
    };
    printTable(sqlite);
    std::printf("import (%s): %.0f documents/s\n", o.bulk ? "bulk" : "files", docsPerSecond);
    Bench::printEmbedded(baselines, o.n, docs);
    if (!server.isEmpty()) {
        result.insert(u"postgresql"_s, server);
        result.insert(o.bulk ? u"server_bulk_procedures_per_s"_s : u"copy_procedures_per_s"_s, copyPerSecond);
        printTable(server);
        const double sq = sqlite.value(u"careleaf"_s).toObject().value(u"p95"_s).toDouble();
        const double pg = server.value(u"careleaf"_s).toObject().value(u"p95"_s).toDouble();
        std::printf(
            "\nCareleaf search p95 at N = %d: SQLite %.2f ms, PostgreSQL %.2f ms (PostgreSQL / SQLite = %.2f)\n", o.n,
            sq, pg, sq > 0 ? pg / sq : 0.0);
    }

    return writeJson(o.json, result) ? 0 : 1;
}
