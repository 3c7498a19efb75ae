#include "documentparser.h"
#include "facets.h"
#include "importer.h"
#include "indexwords.h"
#include "librarycopy.h"
#include "libraryfile.h"
#include "librarystore.h"
#include "readability.h"
#include "samplelibrary.h"
#include "searchengine.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

// Runs SQL on the library file through a connection of its own, as another program would.
bool rawExec(const QString &file, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

// The first column of the first row of a statement, through a connection of its own.
QString rawValue(const QString &file, const QString &sql)
{
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return value;
}

// The statement that makes store's library refuse every new education log row for a while (a
// lock, a full disk, a revoked right: refuse true), or take them again (false).
QString refuseLogRows(const LibraryStore &store, bool refuse)
{
    if (store.connection().isServer())
        return refuse ? u"ALTER TABLE education_log ADD CONSTRAINT refuse CHECK (false) NOT VALID"_s
                      : u"ALTER TABLE education_log DROP CONSTRAINT refuse"_s;
    return refuse ? u"CREATE TRIGGER refuse BEFORE INSERT ON education_log"
                    " BEGIN SELECT RAISE(ABORT, 'refused for now'); END"_s
                  : u"DROP TRIGGER refuse"_s;
}

// A trigger that refuses to `event` (INSERT, UPDATE) the procedures matching `when`, as a full
// disk or a broken constraint would: the procedure fails, saying `why`.
bool refuse(const QString &file, const QString &name, const QString &event, const QString &when, const QString &why)
{
    return rawExec(file,
                   u"CREATE TRIGGER %1 BEFORE %2 ON procedures WHEN %3 BEGIN SELECT RAISE(ABORT, '%4'); END"_s.arg(
                       name, event, when, why));
}

// A library as format 11 left it: without the names' own full-text index and its triggers.
bool dropNamesIndex(const QString &file)
{
    for (const QString &sql : {u"DROP TRIGGER IF EXISTS procedure_names_ai"_s, u"DROP TRIGGER procedure_names_ad"_s,
                               u"DROP TRIGGER procedure_names_au"_s, u"DROP TABLE procedure_names_fts"_s}) {
        if (!rawExec(file, sql))
            return false;
    }
    return true;
}

// A library as format 13 and before left it: the triggers that wrote a new procedure's
// full-text entries (procedure_fts's from format 8, procedure_names_fts's from 12, when the
// library has that index), and no guard against writers of those formats.
bool addInsertTriggers(const QString &file)
{
    if (!rawExec(file, u"DROP TRIGGER procedures_inserted_by_format_14"_s))
        return false;
    if (!rawExec(file, u"CREATE TRIGGER procedures_ai AFTER INSERT ON procedures BEGIN"
                       "  INSERT INTO procedure_fts (rowid, code, names, descriptor, about, body)"
                       "  VALUES (new.id, iif(new.version_of IS NULL, new.code, ''), new.names,"
                       "   iif(new.version_of IS NULL, new.descriptor, ''), new.about, new.body); END"_s))
        return false;
    if (rawValue(file, u"SELECT count(*) FROM sqlite_master WHERE name = 'procedure_names_fts'"_s) == u"0"_s)
        return true;
    return rawExec(file, u"CREATE TRIGGER procedure_names_ai AFTER INSERT ON procedures BEGIN"
                         "  INSERT INTO procedure_names_fts (rowid, code, names, descriptor)"
                         "  VALUES (new.id, iif(new.version_of IS NULL, new.code, ''), new.names,"
                         "   iif(new.version_of IS NULL, new.descriptor, '')); END"_s);
}

// The insert triggers of format 13 and before, then format 14's guard: "0 1" from format 14.
QString insertTriggers(const QString &file)
{
    return rawValue(file, u"SELECT count(*) FILTER (WHERE name IN ('procedures_ai', 'procedure_names_ai')) || ' ' ||"
                          " count(*) FILTER (WHERE name = 'procedures_inserted_by_format_14')"
                          " FROM sqlite_master WHERE type = 'trigger'"_s);
}

// The procedures of a file library's file alone, without its write-ahead log: what a copy of
// the file taken now would hold (the store that wrote it stays open, so its log stays).
QString proceduresInFileAlone(const QString &file)
{
    const QString alone = file + u".alone"_s;
    QFile::remove(alone);
    if (!QFile::copy(file, alone))
        return u"not copied"_s;
    const QString count = rawValue(alone, u"SELECT count(*) FROM procedures"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(alone + suffix);
    return count;
}

// The pieces each full-text index is written in (FTS5's segments).
QStringList pieces(const QString &file)
{
    QStringList counts;
    for (const QString &index : {u"procedure_fts"_s, u"procedure_names_fts"_s})
        counts << rawValue(file, u"SELECT count(DISTINCT segid) FROM %1_idx"_s.arg(index));
    return counts;
}

Procedure parsed(const QByteArray &document)
{
    const ParseResult r = DocumentParser::parse(document, u"generated.txt"_s);
    return r.procedure.value_or(Procedure{});
}

// Test::syntheticDocument(n) with a name word of its own ("Sample wbh" for 17), where the
// synthetic names differ only in their numbers, which no word list holds.
Procedure namedApart(int n)
{
    QString word = u"w"_s;
    for (const QChar digit : QString::number(n))
        word += QChar(u'a' + digit.digitValue());
    return parsed(Test::syntheticDocument(n).replace(QStringLiteral("Sample %1").arg(n).toUtf8(),
                                                     QStringLiteral("Sample %1").arg(word).toUtf8()));
}

SearchPage find(LibraryStore &store, const QString &text, int limit = 10)
{
    SearchEngine engine(store);
    return engine.search({text, {}, 0, limit});
}

} // namespace

class TestLibraryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<LibraryStore> openOrFail(const QString &location)
    {
        LibraryStore::OpenResult r = LibraryStore::open(location);
        if (!r.store)
            qWarning("%s", qPrintable(r.error));
        return std::move(r.store);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Server addresses as libpq takes them; the password never shows.
    // Two spellings of one file are one library; two files that do not exist yet are not.
    void shouldTellWhetherTwoPathsAreOneFile_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const QString dir = m_dir.path();
        QTest::addRow("two missing files") << dir + u"/none/a.sqlite"_s << dir + u"/none/b.sqlite"_s << false;
        QTest::addRow("missing, in existing folders") << dir + u"/a.sqlite"_s << dir + u"/b.sqlite"_s << false;
        QTest::addRow("one missing file, two spellings") << dir + u"/x/../a.sqlite"_s << dir + u"/a.sqlite"_s << true;
        QTest::addRow("through a link to its folder") << dir + u"/link/a.sqlite"_s << dir + u"/real/a.sqlite"_s << true;
        QTest::addRow("an existing file") << dir + u"/real/../real/f.sqlite"_s << dir + u"/real/f.sqlite"_s << true;
        QTest::addRow("empty") << QString() << QString() << false;
    }

    void shouldTellWhetherTwoPathsAreOneFile()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"real"_s)) && QDir().mkpath(m_dir.filePath(u"x"_s)));
        QFile::link(m_dir.filePath(u"real"_s), m_dir.filePath(u"link"_s));
        QFile f(m_dir.filePath(u"real/f.sqlite"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(LibraryFile::isSameFile(a, b), same);
        QCOMPARE(LibraryFile::isSameFile(b, a), same);
    }

    void shouldParseLibraryAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("server");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("error"); // a part of the message, empty when it parses
        QTest::addRow("file") << u"/home/nurse/library.sqlite"_s << false << QString() << 0 << QString() << QString()
                              << QString();
        QTest::addRow("url") << u"postgresql://nurse@db.clinic:5433/careleaf"_s << true << u"db.clinic"_s << 5433
                             << u"careleaf"_s << u"nurse"_s << QString();
        QTest::addRow("postgres scheme, options") << u"postgres://db.clinic/careleaf?sslmode=require"_s << true
                                                  << u"db.clinic"_s << 0 << u"careleaf"_s << QString() << QString();
        QTest::addRow("socket folder") << u"postgresql:///careleaf?host=/var/run/postgresql"_s << true
                                       << u"/var/run/postgresql"_s << 0 << u"careleaf"_s << QString() << QString();
        QTest::addRow("password") << u"postgresql://nurse:s3cret@db/careleaf"_s << true << u"db"_s << 0 << u"careleaf"_s
                                  << u"nurse"_s << QString();
        QTest::addRow("service") << u"service=clinic"_s << true << QString() << 0 << QString() << QString()
                                 << QString();
        QTest::addRow("key=value") << u"host=db dbname=careleaf user='night nurse' port=6000"_s << true << u"db"_s
                                   << 6000 << u"careleaf"_s << u"night nurse"_s << QString();
        QTest::addRow("colon, no port") << u"postgresql://db.clinic:/careleaf"_s << true << QString() << 0 << QString()
                                        << QString() << u"no port"_s;
        QTest::addRow("port out of range")
            << u"host=db port=99999"_s << true << QString() << 0 << QString() << QString() << u"99999"_s;
        QTest::addRow("unclosed quote") << u"host='db"_s << true << QString() << 0 << QString() << QString()
                                        << u"closing quote"_s;
        // Mistyped, refused before any server is asked, with what to mend.
        QTest::addRow("pairs run together with commas")
            << u"host=db,dbname=careleaf"_s << true << QString() << 0 << QString() << QString() << u"with spaces"_s;
        QTest::addRow("pairs run together with semicolons")
            << u"host=db;port=5433"_s << true << QString() << 0 << QString() << QString() << u"with spaces"_s;
        QTest::addRow("a misspelt keyword") << u"hots=db dbname=careleaf"_s << true << QString() << 0 << QString()
                                            << QString() << u"\u201chots\u201d"_s;
        QTest::addRow("a misspelt option in a URL") << u"postgresql://db/careleaf?sslmod=require"_s << true << QString()
                                                    << 0 << QString() << QString() << u"\u201csslmod\u201d"_s;
        QTest::addRow("a password with a semicolon") << u"host=db dbname=careleaf password='ab;user=cd'"_s << true
                                                     << u"db"_s << 0 << u"careleaf"_s << QString() << QString();
        QTest::addRow("ssl=true in a URL") << u"postgresql://db/careleaf?ssl=true"_s << true << u"db"_s << 0
                                           << u"careleaf"_s << QString() << QString();
        // An '@' in a query's value is the value's own, not a password cut short.
        QTest::addRow("an @ in a certificate's folder")
            << u"postgresql://nurse@db.clinic/careleaf?sslrootcert=/home/jo@clinic.org/root.crt"_s << true
            << u"db.clinic"_s << 0 << u"careleaf"_s << u"nurse"_s << QString();
        QTest::addRow("an @ in a user given in the query")
            << u"postgresql://db.clinic/careleaf?user=nurse@server"_s << true << u"db.clinic"_s << 0 << u"careleaf"_s
            << u"nurse@server"_s << QString();
        QTest::addRow("libpq's other settings")
            << u"host=db dbname=careleaf connect_timeout=5 application_name=careleaf"_s << true << u"db"_s << 0
            << u"careleaf"_s << QString() << QString();
    }

    void shouldParseLibraryAddresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, server);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, error);
        QCOMPARE(LibraryAddress::isServer(text), server);
        QString problem;
        const LibraryAddress a = LibraryAddress::parse(text, &problem);
        QCOMPARE(a.server, server);
        if (!error.isEmpty()) {
            QVERIFY2(problem.contains(error), qPrintable(problem));
            return;
        }
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (!server) {
            QCOMPARE(a.file, text);
            return;
        }
        QCOMPARE(a.host, host);
        QCOMPARE(a.port, port);
        QCOMPARE(a.database, database);
        QCOMPARE(a.user, user);
        QVERIFY(!a.displayName().contains(u"s3cret"_s));
        QVERIFY(!a.shortName().contains(u"s3cret"_s));
        if (text.contains(u"sslmode"_s))
            QCOMPARE(a.connectOptions(), u"sslmode='require'"_s);
        if (text.startsWith(u"service"_s))
            QCOMPARE(a.displayName(), u"the clinic library (service clinic)"_s);
    }

    void shouldStartEmptyAtNewPath_data() { Test::addBackendRows(); }

    void shouldStartEmptyAtNewPath()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldStartEmptyAtNewPath"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        QCOMPARE(store->count(), 0);
        QCOMPARE(store->connection().schemaVersion(), store->connection().latestSchemaVersion());
        QVERIFY(store->check().isEmpty());
    }

    // The education log is the clinic's record: shown and exported whole, or not at all with the
    // reason. A read that fails part way (a damaged page of the file, a dropped connection) must
    // never pass for a shorter log.
    void shouldNeverShowTheEducationLogInPart_data() { Test::addBackendRows(); }

    void shouldNeverShowTheEducationLogInPart()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldNeverShowTheEducationLogInPart"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 30; ++i) {
            EducationLogEntry e;
            e.printedAt = start.addSecs(i);
            e.workstation = u"ward %1"_s.arg(i);
            e.procedures = QStringList{u"CPT 96365"_s};
            e.output = u"printer"_s;
            QCOMPARE(store->log().append(e), QString());
        }
        QString error;
        QCOMPARE(store->log().entries({}, &error).size(), 30);
        QCOMPARE(error, QString());

        // A view in the session's own schema, searched before the library's, stands in for the
        // log: its rows after the tenth fail as they are read.
        QSqlDatabase db = Test::storeConnection(*store);
        QVERIFY(db.isValid());
        const QString failing =
            store->connection().isServer() ? u"1 / (id - id)"_s : u"abs(-9223372036854775807 - 1 + id - id)"_s;
        const QString base = store->connection().isServer() ? u"public.education_log"_s : u"main.education_log"_s;
        QSqlQuery q(db);
        QVERIFY2(
            q.exec(u"CREATE TEMP VIEW education_log AS SELECT id, printed_at, workstation, procedures,"
                   " content_versions, sections, preset, CASE WHEN id > 10 THEN %1 ELSE copies END AS copies,"
                   " output, recorded_at, recorded_by, previous_seal, seal, language FROM %2"_s.arg(failing, base)),
            qPrintable(q.lastError().text()));
        const QList<EducationLogEntry> cut = store->log().entries({}, &error);
        const QString tempSchema = store->connection().isServer() ? u"pg_temp"_s : u"temp"_s;
        QVERIFY(q.exec(u"DROP VIEW %1.education_log"_s.arg(tempSchema)));
        QVERIFY2(error.contains(u"education log cannot be read"_s), qPrintable(error));
        QCOMPARE(cut.size(), 0);
        error.clear();
        QCOMPARE(store->log().entries({}, &error).size(), 30);
        QCOMPARE(error, QString());
    }

    // Publishing copies every procedure of the source or none: a list of them that fails part
    // way must not publish part of a library and call it done.
    void shouldCopyNothingFromALibraryThatCannotBeReadWhole()
    {
        auto from = openOrFail(path(u"copy-from.sqlite"_s));
        auto to = openOrFail(path(u"copy-to.sqlite"_s));
        QVERIFY(from && to);
        QCOMPARE(Importer::importPaths(*from, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
        // A session-local view stands in for the procedures: the titles after the second row fail
        // as they are read; every other column reads as stored.
        QSqlQuery q(Test::storeConnection(*from));
        QVERIFY(q.exec(u"PRAGMA main.table_info(procedures)"_s));
        QStringList columns;
        while (q.next()) {
            const QString name = q.value(1).toString();
            columns << (name == u"title"_s
                            ? u"CASE WHEN id > 2 THEN abs(-9223372036854775807 - 1 + id - id) ELSE title END AS title"_s
                            : name);
        }
        QVERIFY(columns.contains(u"id"_s));
        QVERIFY2(q.exec(u"CREATE TEMP VIEW procedures AS SELECT %1 FROM main.procedures"_s.arg(columns.join(u", "_s))),
                 qPrintable(q.lastError().text()));
        const CopyReport report = LibraryCopy::copy(*from, *to);
        QVERIFY(q.exec(u"DROP VIEW temp.procedures"_s));
        QVERIFY2(report.error.contains(u"cannot be read"_s) && report.error.contains(u"Nothing was copied"_s),
                 qPrintable(report.error.isEmpty() ? report.summaryLine() : report.error));
        QCOMPARE(report.total(), 0);
        QCOMPARE(to->count(), 0);
        // Whole again, the same copy publishes everything.
        const CopyReport again = LibraryCopy::copy(*from, *to);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(to->count(), 5);
        QCOMPARE(proceduresInFileAlone(path(u"copy-to.sqlite"_s)), u"5"_s); // the copy's log copied in
    }

    // The log is the clinic's record: every row sealed to the one before, and check() says which
    // row was changed or where rows were removed, on both backends.
    void shouldNoticeTamperingWithTheEducationLog_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<QString>("expected");
        Test::addRowPerBackend(u"a row changed"_s, u"UPDATE education_log SET copies = 7 WHERE id = %2"_s,
                               u"row %2 was changed"_s);
        Test::addRowPerBackend(u"a row removed"_s, u"DELETE FROM education_log WHERE id = %2"_s,
                               u"cut before row %3"_s);
        Test::addRowPerBackend(u"the last row removed"_s, u"DELETE FROM education_log WHERE id = %3"_s,
                               u"removed from the end of the education log"_s);
        Test::addRowPerBackend(u"a workstation renamed"_s,
                               u"UPDATE education_log SET workstation = 'elsewhere' WHERE id = %1"_s,
                               u"row %1 was changed"_s);
        Test::addRowPerBackend(u"a language changed"_s, u"UPDATE education_log SET language = 'en' WHERE id = %2"_s,
                               u"row %2 was changed"_s);
        Test::addRowPerBackend(u"a language given to a row without one"_s,
                               u"UPDATE education_log SET language = 'es' WHERE id = %1"_s, u"row %1 was changed"_s);
    }

    void shouldNoticeTamperingWithTheEducationLog()
    {
        QFETCH(QString, backend);
        QFETCH(QString, tampering);
        QFETCH(QString, expected);
        CARELEAF_NEW_LIBRARY(location, backend, u"tampering"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        for (int i = 0; i < 3; ++i) {
            EducationLogEntry e;
            e.printedAt = QDateTime::currentDateTimeUtc();
            e.workstation = u"ward %1"_s.arg(i);
            e.procedures = QStringList{u"CPT 96365"_s};
            e.output = u"printer"_s;
            // The language is sealed with the row where it is given (the server seals it itself).
            e.language = QStringList{QString(), u"es"_s, u"en"_s}.at(i);
            QCOMPARE(store->log().append(e), QString());
        }
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
        const QList<EducationLogEntry> log = store->log().entries();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).language, u"es"_s);
        QVERIFY(!log.at(0).seal.isEmpty() && log.at(1).previousSeal == log.at(0).seal);
        // %1, %2, %3: the rows' ids (arg() would give a lone %3 the first value).
        const auto ids = [&log](QString text) {
            for (int i = 0; i < 3; ++i)
                text.replace(u"%"_s + QString::number(i + 1), QString::number(log.at(i).id));
            return text;
        };
        QSqlDatabase db = Test::storeConnection(*store);
        QSqlQuery q(db);
        // Through Careleaf's own connection, a file's log refuses changes; sqlite3 with the
        // triggers dropped, or the server's owner, can still make them: check() must notice.
        if (!store->connection().isServer()) {
            QVERIFY(!q.exec(ids(tampering)));
            QVERIFY(q.lastError().text().contains(u"kept as written"_s));
            QVERIFY(q.exec(u"DROP TRIGGER education_log_kept_as_written"_s));
            QVERIFY(q.exec(u"DROP TRIGGER education_log_never_removed"_s));
        }
        QVERIFY2(q.exec(ids(tampering)), qPrintable(q.lastError().text()));
        const QStringList problems = store->check();
        const QString want = ids(expected);
        QVERIFY2(problems.join(u'\n').contains(want), qPrintable(problems.join(u'\n') + u" / wanted: "_s + want));
        // A row removed from the middle is never said to be missing from the end, which stands.
        if (expected.startsWith(u"cut before"_s))
            QVERIFY2(!problems.join(u'\n').contains(u"from the end"_s), qPrintable(problems.join(u'\n')));
    }

    // A row no handout can have: refused by the library itself, whoever writes it.
    void shouldRefuseImpossibleLogRows_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("row");
        Test::addRowPerBackend(u"negative copies"_s, u"copies = -5"_s);
        Test::addRowPerBackend(u"no time"_s, u"printed_at = ''"_s);
        Test::addRowPerBackend(u"no workstation"_s, u"workstation = ''"_s);
        Test::addRowPerBackend(u"an unknown output"_s, u"output = 'fax'"_s);
    }

    void shouldRefuseImpossibleLogRows()
    {
        QFETCH(QString, backend);
        QFETCH(QString, row);
        CARELEAF_NEW_LIBRARY(location, backend, u"impossible"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        QSqlQuery q(Test::storeConnection(*store));
        QString values = u"'2026-11-30T10:00:00.000Z', 'desk', '[]', '[]', '[]', '', 1, 'pdf', "
                         "'2026-11-30T10:00:00.000Z', 'me', '', 'seal'"_s;
        const QString column = row.section(u' ', 0, 0);
        const QStringList columns{u"printed_at"_s, u"workstation"_s, u"procedures"_s, u"content_versions"_s,
                                  u"sections"_s,   u"preset"_s,      u"copies"_s,     u"output"_s};
        QStringList parts = values.split(u", "_s);
        parts[columns.indexOf(column)] = row.section(u"= "_s, 1);
        QVERIFY(!q.exec(u"INSERT INTO education_log (printed_at, workstation, procedures, content_versions, sections,"
                        " preset, copies, output, recorded_at, recorded_by, previous_seal, seal) VALUES (%1)"_s.arg(
                            parts.join(u", "_s))));
        QCOMPARE(store->log().entries().size(), 0);
    }

    // A log row the library cannot take right after a handout was produced waits on this computer
    // and is written when the library next opens: never lost.
    void shouldKeepALogRowThatCouldNotBeWritten_data() { Test::addBackendRows(); }

    void shouldKeepALogRowThatCouldNotBeWritten()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"queued"_s);
        EducationLogEntry e;
        e.printedAt = QDateTime::currentDateTimeUtc();
        e.workstation = u"front desk"_s;
        e.procedures = QStringList{u"CPT 96365 Magnesium Infusion Therapy"_s};
        e.output = u"pdf"_s;
        e.language = u"es"_s; // kept with the row while it waits
        {
            auto store = openOrFail(location);
            QVERIFY(store);
            QSqlQuery q(Test::storeConnection(*store));
            QVERIFY2(q.exec(refuseLogRows(*store, true)), qPrintable(q.lastError().text()));
            const QString error = store->log().append(e);
            QVERIFY2(error.contains(u"waits on this computer"_s), qPrintable(error));
            QCOMPARE(store->log().pendingRows(), 1);
            QVERIFY(q.exec(refuseLogRows(*store, false)));
        }
        auto again = openOrFail(location);
        QVERIFY(again);
        QCOMPARE(again->log().pendingRows(), 0);
        const QList<EducationLogEntry> log = again->log().entries();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().workstation, u"front desk"_s);
        QCOMPARE(log.first().language, u"es"_s);
        QVERIFY(again->check().isEmpty());
    }

    // Where this computer cannot keep the row either (its folder cannot be made: a file stands
    // there), the message says so, and that the row lasts only while this program runs: the
    // console, which ends at once, never claims a row waits that is gone.
    void shouldSayWhenALogRowCannotBeKeptEither_data() { Test::addBackendRows(); }

    void shouldSayWhenALogRowCannotBeKeptEither()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"unkept"_s);
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                               u"/careleaf/pending-education-log"_s;
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(QDir().mkpath(QFileInfo(folder).absolutePath()));
        {
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        const auto unblock = qScopeGuard([&folder] { QFile::remove(folder); });
        auto store = openOrFail(location);
        QVERIFY(store);
        QSqlQuery q(Test::storeConnection(*store));
        QVERIFY2(q.exec(refuseLogRows(*store, true)), qPrintable(q.lastError().text()));
        EducationLogEntry e;
        e.printedAt = QDateTime::currentDateTimeUtc();
        e.workstation = u"front desk"_s;
        e.procedures = QStringList{u"CPT 96365 Magnesium Infusion Therapy"_s};
        e.output = u"pdf"_s;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"waits in memory only"_s));
        const QString error = store->log().append(e);
        QVERIFY2(!error.contains(u"waits on this computer"_s), qPrintable(error));
        QVERIFY2(error.contains(u"could not be kept on this computer either"_s) &&
                     error.contains(u"lost when this program ends"_s),
                 qPrintable(error));
        QVERIFY2(!error.contains(u"procedure"_s), qPrintable(error)); // a log row, not a procedure
        // While this program runs the row still waits, and is written once the library takes it.
        QCOMPARE(store->log().pendingRows(), 1);
        QVERIFY(q.exec(refuseLogRows(*store, false)));
        QCOMPARE(store->log().writePending(), QString());
        QCOMPARE(store->log().entries().size(), 1);
    }

    // A file of waiting rows that cannot be read whole (a disk error, an edit by hand) is set aside
    // rather than overwritten, and what could be read of it is written: check() names the file
    // set aside until IT removes it, since rows it holds may be missing from the log.
    void shouldSayWhenWaitingRowsWereSetAside_data() { Test::addBackendRows(); }

    void shouldSayWhenWaitingRowsWereSetAside()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"setaside"_s);
        const QDir folder(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                          u"/careleaf/pending-education-log"_s);
        QVERIFY(QDir(folder).removeRecursively());
        EducationLogEntry e;
        e.printedAt = QDateTime::currentDateTimeUtc();
        e.workstation = u"front desk"_s;
        e.procedures = QStringList{u"CPT 96365 Magnesium Infusion Therapy"_s};
        e.output = u"pdf"_s;
        {
            auto store = openOrFail(location);
            QVERIFY(store);
            QSqlQuery q(Test::storeConnection(*store));
            QVERIFY2(q.exec(refuseLogRows(*store, true)), qPrintable(q.lastError().text()));
            QVERIFY(store->log().append(e).contains(u"waits on this computer"_s));
            QVERIFY(q.exec(refuseLogRows(*store, false)));
        }
        const QStringList waiting = folder.entryList({u"*.json"_s}, QDir::Files);
        QCOMPARE(waiting.size(), 1);
        const QString file = folder.filePath(waiting.first());
        // The row, and a second that is no row.
        QByteArray bytes = Test::readFile(file).trimmed();
        QVERIFY(bytes.endsWith(']'));
        bytes.chop(1);
        bytes += ", \"half a row\"]";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(bytes), bytes.size());
        }

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"row 2 is not an education log row; kept as"_s));
        auto store = openOrFail(location);
        QVERIFY(store);
        QCOMPARE(store->log().entries().size(), 1); // the row that could be read
        const QStringList aside = folder.entryList({waiting.first() + u".damaged-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(Test::readFile(folder.filePath(aside.first())), bytes); // kept byte for byte
        const QStringList problems = store->check();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(folder.filePath(aside.first())) &&
                     problems.first().contains(u"may be missing from the log"_s),
                 qPrintable(problems.first()));
        QVERIFY(QFile::remove(folder.filePath(aside.first())));
        QVERIFY(store->check().isEmpty());
    }

    // A write that fails without a word from the library (a commit on a connection the server
    // dropped) is still said in words, never as "reports: " with nothing after it.
    void shouldExplainAWriteErrorWithoutWords_data() { Test::addBackendRows(); }

    void shouldExplainAWriteErrorWithoutWords()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"nowords"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        for (const QSqlError &error : {QSqlError(), QSqlError(QString(), QString(), QSqlError::TransactionError),
                                       QSqlError(u" "_s, u"\n"_s, QSqlError::StatementError)}) {
            const QString said = store->connection().explain(error);
            QVERIFY2(said.size() > 20 && !said.trimmed().endsWith(u':'), qPrintable(said));
            QVERIFY2(said.contains(u"try again"_s), qPrintable(said));
        }
    }

    // libpq's messages when no connection could be made are said as such, never as a connection
    // lost (which promised a reconnect to a server that was never reached).
    void shouldSayWhyTheServerCannotBeReached_data()
    {
        QTest::addColumn<QString>("libpq");
        QTest::addColumn<QString>("said");
        QTest::addRow("no socket") << u"connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" "
                                      "failed: No such file or directory\n\tIs the server running locally?"_s
                                   << u"no server answers on this computer's socket"_s;
        QTest::addRow("a refused parameter") << u"connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  "
                                                "permission denied to set parameter \"log_statement\""_s
                                             << u"refused the connection"_s;
        QTest::addRow("refused") << u"connection to server at \"127.0.0.1\", port 9 failed: Connection refused"_s
                                 << u"does not answer"_s;
        QTest::addRow("lost") << u"server closed the connection unexpectedly"_s << u"was lost"_s;
    }

    void shouldSayWhyTheServerCannotBeReached()
    {
        QFETCH(QString, libpq);
        QFETCH(QString, said);
        CARELEAF_NEW_LIBRARY(location, u"postgresql"_s, u"reach"_s); // skips, or fails under CI, without one
        auto store = openOrFail(location);
        QVERIFY(store);
        const QString text =
            store->connection().explain(QSqlError(u"Unable to connect"_s, libpq, QSqlError::ConnectionError));
        QVERIFY2(text.contains(said), qPrintable(text));
        if (said != u"was lost"_s)
            QVERIFY2(!text.contains(u"lost"_s), qPrintable(text));
    }

    void shouldImportIdempotently_data() { Test::addBackendRows(); }

    void shouldImportIdempotently()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldImportIdempotently"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        ImportReport first = Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)});
        QCOMPARE(first.summaryLine(), u"imported 5, updated 0, unchanged 0, rejected 0"_s);
        ImportReport second = Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)});
        QCOMPARE(second.summaryLine(), u"imported 0, updated 0, unchanged 5, rejected 0"_s);
        QCOMPARE(store->count(), 5);
        QVERIFY(store->check().isEmpty());
    }

    // Whatever the parser accepts reads back from the library exactly: invisible characters
    // included. Inputs the fuzzer found live in tests/data/fuzz/documentparser.
    void shouldStoreEveryCharacterOfTheSource_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("file");
        const QDir dir(Test::dataPath(u"fuzz/documentparser"_s));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            Test::addRowPerBackend(name, dir.filePath(name));
    }

    void shouldStoreEveryCharacterOfTheSource()
    {
        QFETCH(QString, backend);
        QFETCH(QString, file);
        const ParseResult parsed = DocumentParser::parse(Test::readFile(file), file);
        if (!parsed.ok()) {
            QVERIFY2(!parsed.error.isEmpty(), "a rejection always says why");
            return;
        }
        CARELEAF_NEW_LIBRARY(location, backend, u"chars"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        QCOMPARE(store->store(*parsed.procedure), StoreOutcome::Imported);
        const QList<ProcedureSummary> all = store->list();
        QCOMPARE(all.size(), 1);
        const std::optional<Procedure> back = store->procedure(all.first().id);
        QVERIFY(back);
        QCOMPARE(back->descriptor, parsed.procedure->descriptor);
        QCOMPARE(back->layName, parsed.procedure->layName);
        QCOMPARE(back->sections.size(), parsed.procedure->sections.size());
        for (qsizetype i = 0; i < back->sections.size(); ++i)
            QCOMPARE(back->sections.at(i).plainText(), parsed.procedure->sections.at(i).plainText());
        QVERIFY(back->sections == parsed.procedure->sections);
    }

    void shouldUpdateChangedDocumentInPlace_data() { Test::addBackendRows(); }

    void shouldUpdateChangedDocumentInPlace()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldUpdateChangedDocumentInPlace"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        const QString seed = Test::seedFiles().at(0);
        QVERIFY(Importer::importFiles(*store, {seed}).imported == 1);
        const qint64 id = store->list().first().id;
        const QDateTime importedAt = store->procedure(id)->importedAt;

        QByteArray changed = Test::readFile(seed);
        changed.replace("mild headache", "mild to moderate headache");
        const QString copy = path(u"changed.txt"_s);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(changed);
        f.close();

        const ImportReport r = Importer::importFiles(*store, {copy});
        QCOMPARE(r.summaryLine(), u"imported 0, updated 1, unchanged 0, rejected 0"_s);
        QCOMPARE(store->count(), 1);
        const auto p = store->procedure(id);
        QVERIFY(p);
        QVERIFY(p->section(u"risks"_s)->plainText().contains(u"mild to moderate headache"_s));
        QCOMPARE(p->importedAt, importedAt);
        QVERIFY(p->updatedAt >= importedAt);
        QCOMPARE(p->source.file, u"changed.txt"_s);
        QCOMPARE(find(*store, u"moderate"_s, 10).total, 1);
        QVERIFY(store->check().isEmpty());
    }

    // A document imported without a code, then given one (or read again by a Careleaf that reads
    // its code line): the same procedure, updated and known by its code, not a second one beside
    // it. Only from a file of the same name: another file with the same descriptor is its own.
    void shouldGiveAProcedureTheCodeItsDocumentGains_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("before"); // the code line before its code was added
        for (const QString &backend : Test::backends()) {
            QTest::addRow("%s, a code line without its code", qPrintable(backend)) << backend << u"CPT4 code"_s;
            QTest::addRow("%s, no code line", qPrintable(backend)) << backend << QString();
        }
    }

    void shouldGiveAProcedureTheCodeItsDocumentGains()
    {
        QFETCH(QString, backend);
        QFETCH(QString, before);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldGiveAProcedureTheCodeItsDocumentGains"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        const QString codeLine = u"CPT4 code 10007\n\n"_s;
        QString document = QString::fromUtf8(Test::syntheticDocument(7));
        QVERIFY(document.contains(codeLine));
        const QTemporaryDir files(path(u"gains-a-code-XXXXXX"_s));
        const QString dir = files.path();
        QVERIFY(files.isValid());
        const auto write = [&dir](const QString &name, const QString &text) {
            QFile f(dir + u'/' + name);
            return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
        };
        QVERIFY(write(u"procedure.txt"_s,
                      QString(document).replace(codeLine, before.isEmpty() ? QString() : before + u"\n\n"_s)));
        QCOMPARE(Importer::importFiles(*store, {dir + u"/procedure.txt"_s}).imported, 1);
        // Its Spanish version, without a code as well: one procedure in two languages.
        QVERIFY(write(u"procedimiento.txt"_s,
                      QString(document).replace(codeLine, before.isEmpty() ? QString() : before + u"\n\n"_s)));
        QCOMPARE(Importer::importFiles(*store, {dir + u"/procedimiento.txt"_s}, {}, u"es"_s).imported, 1);
        QCOMPARE(store->list().size(), 1);
        const ProcedureSummary first = store->list().first();
        QCOMPARE(store->languages({first.id}).value(first.id), (QStringList{u"en"_s, u"es"_s}));
        QCOMPARE(first.code, QString());
        const QDateTime importedAt = store->procedure(first.id)->importedAt;

        QVERIFY(write(u"procedure.txt"_s, document));
        const ImportReport r = Importer::importFiles(*store, {dir + u"/procedure.txt"_s});
        QCOMPARE(r.summaryLine(), u"imported 0, updated 1, unchanged 0, rejected 0"_s);
        // Still one procedure, in both languages.
        QCOMPARE(store->list().size(), 1);
        QCOMPARE(store->list().first().id, first.id);
        QCOMPARE(store->languages({first.id}).value(first.id), (QStringList{u"en"_s, u"es"_s}));
        const auto p = store->procedure(first.id);
        QVERIFY(p);
        QCOMPARE(p->codeSystem, u"CPT"_s);
        QCOMPARE(p->code, u"10007"_s);
        QCOMPARE(p->importedAt, importedAt);
        QCOMPARE(find(*store, u"10007"_s, 10).total, 1);
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
        // Known by its code from now on: imported again, unchanged.
        QCOMPARE(Importer::importFiles(*store, {dir + u"/procedure.txt"_s}).unchanged, 1);
        // Its Spanish version edited, still without the code: it leaves the group, which is grouped
        // again without it (check() holds each group's names against its rows).
        QVERIFY(write(u"procedimiento.txt"_s, QString(document)
                                                  .replace(codeLine, before.isEmpty() ? QString() : before + u"\n\n"_s)
                                                  .replace(u"exists so"_s, u"exists, so"_s)));
        QCOMPARE(Importer::importFiles(*store, {dir + u"/procedimiento.txt"_s}, {}, u"es"_s).updated, 1);
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
        // Its Spanish version gains the code too: updated, the same one procedure.
        QVERIFY(write(u"procedimiento.txt"_s, document));
        QCOMPARE(Importer::importFiles(*store, {dir + u"/procedimiento.txt"_s}, {}, u"es"_s).updated, 1);
        QCOMPARE(store->list().size(), 1);
        QCOMPARE(store->languages({first.id}).value(first.id), (QStringList{u"en"_s, u"es"_s}));

        // Another file with the same descriptor and no code, then given a code of its own: its
        // own procedure, as before.
        QVERIFY(write(u"other.txt"_s, QString(document).replace(codeLine, QString())));
        QCOMPARE(Importer::importFiles(*store, {dir + u"/other.txt"_s}).imported, 1);
        QVERIFY(write(u"second.txt"_s, QString(document).replace(u"10007"_s, u"10008"_s)));
        QCOMPARE(Importer::importFiles(*store, {dir + u"/second.txt"_s}).imported, 1);
        QCOMPARE(store->list().size(), 3);
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
    }

    // The other order: a procedure's Spanish version gains its code before the English one the
    // list shows. It is a procedure of its own until then, found by its code; once the English
    // one gains it too, one procedure again.
    void shouldKeepAVersionThatGainsItsCodeFirstFindable_data() { Test::addBackendRows(); }

    void shouldKeepAVersionThatGainsItsCodeFirstFindable()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldKeepAVersionThatGainsItsCodeFirstFindable"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        const QString codeLine = u"CPT4 code 10009\n\n"_s;
        const QString document = QString::fromUtf8(Test::syntheticDocument(9));
        const QString without = QString(document).replace(codeLine, u"CPT4 code\n\n"_s);
        const QTemporaryDir files(path(u"version-first-XXXXXX"_s));
        QVERIFY(files.isValid());
        const auto import = [&](const QString &name, const QString &text, const QString &language) {
            QFile f(files.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) != text.toUtf8().size())
                return ImportReport{};
            f.close();
            return Importer::importFiles(*store, {files.filePath(name)}, {}, language);
        };
        QCOMPARE(import(u"procedure.txt"_s, without, u"en"_s).imported, 1);
        QCOMPARE(import(u"procedimiento.txt"_s, without, u"es"_s).imported, 1);
        QCOMPARE(store->list().size(), 1);

        QCOMPARE(import(u"procedimiento.txt"_s, document, u"es"_s).updated, 1);
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
        const SearchPage byCode = find(*store, u"10009"_s, 10);
        QVERIFY2(!byCode.hits.isEmpty() && byCode.hits.first().code == u"10009"_s, qPrintable(byCode.error));

        QCOMPARE(import(u"procedure.txt"_s, document, u"en"_s).updated, 1);
        QCOMPARE(store->list().size(), 1);
        const qint64 id = store->list().first().id;
        QCOMPARE(store->languages({id}).value(id), (QStringList{u"en"_s, u"es"_s}));
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
    }

    // A failure in the middle of a folder import: earlier files stay, the failing one is absent
    // (not half-written), and the library passes its integrity check.
    void shouldKeepEarlierFilesWhenAFileFailsToStore()
    {
        const QString file = path(u"atomic.sqlite"_s);
        {
            auto store = openOrFail(file);
            QVERIFY(store);
        }
        QVERIFY(refuse(file, u"fail_refill"_s, u"INSERT"_s, u"new.descriptor LIKE 'Refilling%'"_s,
                       u"simulated disk failure"_s));
        auto store = openOrFail(file);
        const ImportReport r = Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)});
        QVERIFY(r.fatalError.contains(u"simulated disk failure"_s));
        QVERIFY(r.fatalError.contains(u"002_58b2bf221185fe5b.txt"_s));
        QCOMPARE(r.imported, 2);
        QCOMPARE(store->count(), 2);
        QCOMPARE(find(*store, u"refilling"_s, 10).total, 0);
        QVERIFY(store->check().isEmpty());
        QCOMPARE(proceduresInFileAlone(file), u"2"_s); // the log copied in, as after an import that ends well
    }

    void shouldStopCleanlyWhenCancelled_data() { Test::addBackendRows(); }

    void shouldStopCleanlyWhenCancelled()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldStopCleanlyWhenCancelled"_s);
        auto store = openOrFail(location);
        const ImportReport r = Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)},
                                                     [](int done, int, const QString &) { return done < 3; });
        QVERIFY(r.cancelled);
        QCOMPARE(r.imported, 3);
        QCOMPARE(store->list().size(), 3);
        QVERIFY(store->check().isEmpty());
    }

    // An import commits its files in groups (a commit per file cost several times the time and
    // the bytes), but never holds more than about a second's work uncommitted: another reader,
    // and the library after a kill, has every file but the last second's. A file that fails is
    // undone alone; the group's others stay.
    void shouldCommitAnImportAtLeastEverySecond_data() { Test::addBackendRows(); }

    void shouldCommitAnImportAtLeastEverySecond()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"groups"_s);
        const QString docs = path(u"groups-%1"_s.arg(backend));
        constexpr int Files = 30;
        QVERIFY(Test::writeDocuments(docs, 0, Files));
        auto store = openOrFail(location);
        auto reader = openOrFail(location);
        QVERIFY(store && reader);
        constexpr int PerFileMs = 120;
        int worstLag = 0;
        const ImportReport r = Importer::importPaths(*store, {docs}, [&](int done, int, const QString &) {
            const int visible = reader->count();
            worstLag = std::max(worstLag, done - visible);
            QThread::msleep(PerFileMs); // a slow disk, or a large document
            return true;
        });
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        QCOMPARE(r.imported, Files);
        QCOMPARE(reader->count(), Files);
        // A second's work at most, and the file being stored: 1000 / 120 ms, rounded up, plus one.
        QVERIFY2(worstLag <= 1000 / PerFileMs + 2, qPrintable(QString::number(worstLag)));
        QVERIFY2(worstLag > 1, "the files are stored in groups, not one commit each");
    }

    // The import parses ahead of what it stores, as far as a few megabytes of files: files near
    // the size limit, more of them than that holds, are all stored, each whole (its last line
    // too), the largest at the limit itself. (A window whose bytes are not given back stops the
    // import after the fifth file: the test then hangs until its time is up.)
    void shouldImportFilesMoreThanTheParsingAheadHolds()
    {
        const QString file = path(u"large-files.sqlite"_s);
        const QString docs = path(u"large-files"_s);
        constexpr int Files = 7;
        QHash<QString, QList<Section>> sections; // each file's, by its code
        for (int n = 0; n < Files; ++n) {
            QByteArray doc = Test::syntheticDocument(n);
            const QByteArray line = "Patients rest after procedure " + QByteArray::number(n) + " and walk a little.\n";
            const qint64 size = n == 0 ? DocumentParser::MaxDocumentBytes : DocumentParser::MaxDocumentBytes * 9 / 10;
            while (doc.size() + line.size() <= size)
                doc += line;
            QVERIFY(Test::writeDocument(docs, n, doc));
            const ParseResult parsed = DocumentParser::parse(doc, u"large.txt"_s);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            sections.insert(parsed.procedure->code, parsed.procedure->sections);
        }
        auto store = openOrFail(file);
        QVERIFY(store);
        const ImportReport r = Importer::importPaths(*store, {docs});
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        for (const Rejection &rejected : r.rejections)
            QFAIL(qPrintable(rejected.path + u": "_s + rejected.reason));
        QCOMPARE(r.imported, Files);
        QCOMPARE(store->count(), Files);
        for (const ProcedureSummary &summary : store->list()) {
            const std::optional<Procedure> stored = store->procedure(summary.id);
            QVERIFY(stored);
            QVERIFY(stored->sections == sections.value(stored->code));
        }
        QCOMPARE(store->check(), QStringList());
    }

    // An import's new procedures get their names' word list (name_words) when it ends, in one
    // insert a transaction (SqliteIndex::writeDeferred()): the same rows and counts as procedures
    // stored one at a time. Until then a mark in the library says from which procedure on they
    // wait, which check() accepts (and only it: without the mark the missing rows are damage),
    // and the next import writes what a killed or failed end left.
    void shouldWriteAnImportsNameWordsWhenItEnds()
    {
        const QString docs = path(u"deferred-docs"_s);
        const QString more = path(u"deferred-more"_s);
        QVERIFY(Test::writeDocuments(docs, 0, 40));
        QVERIFY(Test::writeDocuments(more, 40, 5));
        const auto listed = [](const QString &file) -> QString {
            return rawValue(file, u"SELECT group_concat(r, '|') FROM (SELECT p.identity || ' ' || n.word || ' '"
                                  " || n.sort_title AS r FROM name_words n JOIN procedures p ON p.id = n.procedure_id"
                                  " ORDER BY 1)"_s) +
                   u" / "_s +
                   rawValue(file, u"SELECT group_concat(r, '|') FROM (SELECT word || ' ' || procedures || ' ' || broad"
                                  " AS r FROM name_word_counts ORDER BY 1)"_s);
        };
        const auto mark = [](const QString &file) {
            return rawValue(file, u"SELECT value FROM careleaf_meta WHERE key = 'name_words_from'"_s);
        };
        const auto storeEach = [](LibraryStore &store, const QString &folder) {
            int stored = 0;
            for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files, QDir::Name)) {
                QFile f(info.filePath());
                const ParseResult parsed =
                    f.open(QIODevice::ReadOnly) ? DocumentParser::parse(f.readAll(), info.fileName()) : ParseResult();
                stored += parsed.procedure && store.store(*parsed.procedure) == StoreOutcome::Imported;
            }
            return stored;
        };
        const QString single = path(u"deferred-single.sqlite"_s);
        {
            auto store = openOrFail(single);
            QVERIFY(store);
            QCOMPARE(storeEach(*store, docs) + storeEach(*store, more), 45);
        }
        QVERIFY(rawValue(single, u"SELECT count(*) FROM name_words"_s).toInt() > 45);

        const QString imported = path(u"deferred-imported.sqlite"_s);
        {
            auto store = openOrFail(imported);
            QVERIFY(store);
            QCOMPARE(Importer::importPaths(*store, {docs}).imported, 40);
            QCOMPARE(Importer::importPaths(*store, {more}).imported, 5);
            QCOMPARE(store->check(), QStringList());
        }
        QCOMPARE(mark(imported), QString());
        QCOMPARE(listed(imported), listed(single));

        // An import killed after its groups were committed, before its end.
        const QString killed = path(u"deferred-killed.sqlite"_s);
        {
            auto store = openOrFail(killed);
            QVERIFY(store);
            store->deferIndexEntries(true);
            LibraryStore::Batch group(*store);
            QCOMPARE(group.error(), QString());
            QCOMPARE(storeEach(*store, docs), 40);
            QCOMPARE(group.commit(), QString());
        }
        QCOMPARE(mark(killed), rawValue(killed, u"SELECT min(id) FROM procedures"_s));
        QCOMPARE(rawValue(killed, u"SELECT count(*) FROM name_words"_s), u"0"_s);
        const QString unmarked = path(u"deferred-unmarked.sqlite"_s);
        QVERIFY(QFile::copy(killed, unmarked));
        QVERIFY(rawExec(unmarked, u"DELETE FROM careleaf_meta WHERE key = 'name_words_from'"_s));
        {
            auto store = openOrFail(unmarked);
            QVERIFY(store);
            const QStringList problems = store->check();
            QVERIFY2(problems.join(u'\n').contains(u"the names' word list lacks"_s), qPrintable(problems.join(u'\n')));
        }
        // A procedure after the mark written again outside an import: its rows wait too.
        QFile first(QDir(docs).entryInfoList(QDir::Files, QDir::Name).first().filePath());
        QVERIFY(first.open(QIODevice::ReadOnly));
        const ParseResult renamed = DocumentParser::parse(
            first.readAll().replace("Generated Procedure 0", "Renamed Procedure 0"), u"renamed.txt"_s);
        QVERIFY(renamed.procedure);
        // Finished by the next import's end, or a few procedures at a time, a transaction each.
        const QString sliced = path(u"deferred-sliced.sqlite"_s);
        QVERIFY(QFile::copy(killed, sliced));
        for (const QString &file : {killed, sliced}) {
            auto store = openOrFail(file);
            QVERIFY(store);
            QCOMPARE(store->check(), QStringList());
            QCOMPARE(store->store(*renamed.procedure), StoreOutcome::Updated);
            QCOMPARE(rawValue(file, u"SELECT count(*) FROM name_words"_s), u"0"_s);
            QCOMPARE(store->check(), QStringList());
            if (file == sliced) {
                QCOMPARE(store->writeDeferredEntries(7), QString());
                QCOMPARE(mark(file), QString());
            }
            QCOMPARE(Importer::importPaths(*store, {more}).imported, 5);
            QCOMPARE(store->check(), QStringList());
            QCOMPARE(mark(file), QString());
        }
        QCOMPARE(rawValue(killed, u"SELECT count(*) FROM name_words WHERE word = 'renamed'"_s), u"1"_s);
        {
            auto store = openOrFail(single);
            QVERIFY(store);
            QCOMPARE(store->store(*renamed.procedure), StoreOutcome::Updated);
        }
        QCOMPARE(listed(killed), listed(single));
        QCOMPARE(listed(sliced), listed(single));

        // An end that fails (here the list refuses every row) fails the list alone: the import
        // stands, its mark waits, and the next import's end writes the list.
        const QString refused = path(u"deferred-refused.sqlite"_s);
        {
            auto store = openOrFail(refused);
            QVERIFY(store);
            QVERIFY(rawExec(refused, u"CREATE TRIGGER refuse_words BEFORE INSERT ON name_words"
                                     " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
            // The warning says what is missing, that nothing else is, and gives SQLite's reason.
            QTest::ignoreMessage(QtWarningMsg,
                                 QRegularExpression(u"^the word list of the new procedures' names was not written "
                                                    "\\(.*refused for the test.*\\)\\. Every procedure is stored"_s));
            const ImportReport r = Importer::importPaths(*store, {docs});
            QCOMPARE(r.fatalError, QString());
            QCOMPARE(r.imported, 40);
            QCOMPARE(mark(refused), rawValue(refused, u"SELECT min(id) FROM procedures"_s));
            QCOMPARE(store->check(), QStringList());
            QVERIFY(rawExec(refused, u"DROP TRIGGER refuse_words"_s));
            QCOMPARE(Importer::importPaths(*store, {more}).imported, 5);
            QCOMPARE(store->check(), QStringList());
        }
        QCOMPARE(mark(refused), QString());
        QCOMPARE(listed(refused), listed(imported));
    }

    // An import that writes a good part of the library leaves each full-text index in one piece
    // (FTS5 writes a piece at every commit and merges them a few at a time): a row is then looked
    // up once, not once in each piece. A few files added to a larger library leave the pieces
    // as they are: a merge rewrites the whole index.
    void shouldMergeTheSearchIndexAfterAnImportOfMuchOfTheLibrary()
    {
        const QString file = path(u"merged.sqlite"_s);
        const QString docs = path(u"merged-docs"_s);
        const QString more = path(u"merged-more"_s);
        QVERIFY(Test::writeDocuments(docs, 0, 200));
        QVERIFY(Test::writeDocuments(more, 200, 20));
        auto store = openOrFail(file);
        QVERIFY(store);
        // Groups of 1, 2, 4 ... files: FTS5 writes a piece at each.
        QCOMPARE(Importer::importPaths(*store, {docs}).imported, 200);
        QCOMPARE(pieces(file), (QStringList{u"1"_s, u"1"_s}));
        QCOMPARE(store->check(), QStringList());
        QCOMPARE(Importer::importPaths(*store, {more}).imported, 20);
        const QStringList after = pieces(file);
        QVERIFY2(after.first().toInt() > 1 && after.last().toInt() > 1, qPrintable(after.join(u' ')));
        QCOMPARE(store->check(), QStringList());
        // Never inside a batch, whose one transaction would hold every step.
        {
            LibraryStore::Batch batch(*store);
            QCOMPARE(batch.error(), QString());
            QVERIFY(!store->mergeSearchIndex(1000).isEmpty());
            QCOMPARE(batch.commit(), QString());
        }
        QCOMPARE(pieces(file), after);
        // Stopped between steps (the import's progress says stop once every file is in): the
        // pieces stay as they are, every file imported.
        const QString stopped = path(u"merge-stopped.sqlite"_s);
        auto other = openOrFail(stopped);
        QVERIFY(other);
        const ImportReport r =
            Importer::importPaths(*other, {docs}, [](int done, int total, const QString &) { return done < total; });
        QCOMPARE(r.imported, 200);
        QVERIFY(!r.cancelled);
        QVERIFY(rawValue(stopped, u"SELECT count(DISTINCT segid) FROM procedure_fts_idx"_s).toInt() > 1);
    }

    // A group's new procedures get their full-text entries together before it commits: one piece
    // of each index for the group, where an entry written with each row made a piece for every
    // procedure (FTS5 writes one at every savepoint and statement after a write). An update of a
    // procedure whose entries are held back (stored in the same group; a language version's
    // family) first writes them (its trigger takes the row's old words out); a procedure rolled
    // back takes its own rows with it and undoes the entries written inside its savepoint, and
    // the rows before it get theirs at the commit.
    void shouldWriteAGroupsFullTextEntriesTogether()
    {
        const QString file = path(u"together.sqlite"_s);
        auto store = openOrFail(file);
        QVERIFY(store);
        QVERIFY(refuse(file, u"refuse_revising_3"_s, u"UPDATE"_s, u"instr(new.document, 'number 3 of') > 0"_s,
                       u"refused for the test"_s));
        QCOMPARE(insertTriggers(file), u"0 1"_s);
        {
            LibraryStore::Batch batch(*store);
            for (int i = 0; i < 30; ++i)
                QCOMPARE(store->store(parsed(Test::syntheticDocument(i))), StoreOutcome::Imported);
            QCOMPARE(batch.commit(), QString());
        }
        QCOMPARE(pieces(file), (QStringList{u"1"_s, u"1"_s}));
        QCOMPARE(store->check(), QStringList());
        {
            LibraryStore::Batch batch(*store);
            for (int i : {30, 31})
                QCOMPARE(store->store(parsed(Test::syntheticDocument(i))), StoreOutcome::Imported);
            QCOMPARE(store->store(parsed(Test::revisedDocument(4))), StoreOutcome::Updated);
            QCOMPARE(store->store(parsed(Test::syntheticDocument(32))), StoreOutcome::Imported);
            QString error;
            QCOMPARE(store->store(parsed(Test::revisedDocument(3)), &error), StoreOutcome::Failed);
            QVERIFY2(error.contains(u"refused for the test"_s), qPrintable(error));
            QCOMPARE(store->store(parsed(Test::syntheticDocument(33))), StoreOutcome::Imported);
            QCOMPARE(batch.commit(), QString());
        }
        QCOMPARE(store->check(), QStringList());
        QCOMPARE(store->count(), 34);
        for (int i : {3, 30, 31, 32, 33}) {
            for (const QString &index : {u"procedure_fts"_s, u"procedure_names_fts"_s}) {
                const QString phrase = index == u"procedure_fts"_s ? u"generated risk %1"_s : u"sample %1"_s;
                QCOMPARE(rawValue(file, u"SELECT count(*) FROM %1 WHERE %1 MATCH '\"%2\"'"_s.arg(index, phrase.arg(i))),
                         u"1"_s);
            }
            QCOMPARE(find(*store, u"sample %1"_s.arg(i)).hits.value(0).code, QString::number(10000 + i));
        }
        const SearchPage revised = find(*store, u"revised so tests can tell"_s);
        QCOMPARE(revised.total, 1);
        QCOMPARE(revised.hits.first().code, u"10004"_s);

        // A procedure stored and changed in one group; a language version that fails once its
        // family's rows are updated (its own row inserted, the rows before it written inside its
        // savepoint), then one that does not.
        const auto language = [](const QString &name) {
            return *DocumentParser::parse(Test::readFile(Test::dataPath(u"languages/"_s + name)), name).procedure;
        };
        QVERIFY(refuse(file, u"refuse_spanish"_s, u"UPDATE"_s, u"instr(new.document, 'Terapia de infusi') > 0"_s,
                       u"refused for the test"_s));
        {
            LibraryStore::Batch batch(*store);
            QCOMPARE(store->store(parsed(Test::syntheticDocument(40))), StoreOutcome::Imported);
            QCOMPARE(store->store(parsed(Test::revisedDocument(40))), StoreOutcome::Updated);
            QCOMPARE(store->store(language(u"en.txt"_s)), StoreOutcome::Imported);
            QCOMPARE(store->store(language(u"es.txt"_s)), StoreOutcome::Failed);
            QCOMPARE(batch.commit(), QString());
        }
        QCOMPARE(store->check(), QStringList());
        QCOMPARE(find(*store, u"revised so tests can tell"_s).total, 2);
        const SearchHit english = find(*store, u"iv infusion therapy"_s).hits.value(0);
        QCOMPARE(english.title, u"IV Infusion Therapy"_s);
        QCOMPARE(store->languages({english.id}).value(english.id), QStringList{u"en"_s});
        QCOMPARE(find(*store, u"enfermera brazo"_s).total, 0);
        QVERIFY(rawExec(file, u"DROP TRIGGER refuse_spanish"_s));
        {
            LibraryStore::Batch batch(*store);
            QCOMPARE(store->store(parsed(Test::syntheticDocument(41))), StoreOutcome::Imported);
            QCOMPARE(store->store(language(u"es.txt"_s)), StoreOutcome::Imported);
            QCOMPARE(batch.commit(), QString());
        }
        QCOMPARE(store->check(), QStringList());
        QCOMPARE(store->languages({english.id}).value(english.id), (QStringList{u"en"_s, u"es"_s}));
        QCOMPARE(find(*store, u"enfermera brazo"_s).hits.value(0).title, u"IV Infusion Therapy"_s); // Spanish words
        QCOMPARE(find(*store, u"sample 41"_s).hits.value(0).code, u"10041"_s);

        // The names' words of the rows held back are written a few hundred procedures at a time
        // (256), inside the savepoint of the procedure that makes them that many: here a language
        // version that then fails, whose rollback undoes them; the commit writes them again.
        QVERIFY(refuse(file, u"refuse_russian"_s, u"UPDATE"_s, u"instr(new.document, 'Внутривенная') > 0"_s,
                       u"refused for the test"_s));
        const QString namesOfTheGroup =
            u"SELECT count(DISTINCT w.procedure_id) FROM name_words w"
            " JOIN procedures p ON p.id = w.procedure_id AND p.code BETWEEN '10100' AND '10354'"_s;
        {
            LibraryStore::Batch batch(*store);
            for (int i = 100; i < 355; ++i)
                QCOMPARE(store->store(parsed(Test::syntheticDocument(i))), StoreOutcome::Imported);
            QCOMPARE(rawValue(file, namesOfTheGroup), u"0"_s); // not committed: another connection sees none
            QCOMPARE(store->store(language(u"ru.txt"_s)), StoreOutcome::Failed);
            QCOMPARE(batch.commit(), QString());
        }
        QCOMPARE(rawValue(file, namesOfTheGroup), u"255"_s);
        QCOMPARE(store->check(), QStringList());
        QCOMPARE(store->languages({english.id}).value(english.id), (QStringList{u"en"_s, u"es"_s}));
        QCOMPARE(find(*store, u"sample 354"_s).hits.value(0).code, u"10354"_s);

        // The same with a procedure of its own that fails in the list's own statement, the one
        // that writes the 256 (nothing else is written inside its savepoint); then, in the next
        // group, a procedure whose words were written in such a statement is updated.
        QVERIFY(rawExec(file, u"CREATE TRIGGER refuse_words BEFORE INSERT ON name_words"
                              " WHEN new.procedure_id = (SELECT id FROM procedures WHERE code = '10655')"
                              " BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
        {
            LibraryStore::Batch batch(*store);
            for (int i = 400; i < 655; ++i)
                QCOMPARE(store->store(parsed(Test::syntheticDocument(i))), StoreOutcome::Imported);
            QString error;
            QCOMPARE(store->store(parsed(Test::syntheticDocument(655)), &error), StoreOutcome::Failed);
            QVERIFY2(error.contains(u"refused for the test"_s), qPrintable(error));
            QCOMPARE(batch.commit(), QString());
        }
        QVERIFY(rawExec(file, u"DROP TRIGGER refuse_words"_s));
        QCOMPARE(store->check(), QStringList());
        QCOMPARE(rawValue(file, u"SELECT count(*) FROM procedures WHERE code BETWEEN '10400' AND '10655'"_s), u"255"_s);
        {
            LibraryStore::Batch batch(*store);
            for (int i = 700; i < 956; ++i)
                QCOMPARE(store->store(parsed(Test::syntheticDocument(i))), StoreOutcome::Imported);
            QCOMPARE(store->store(parsed(Test::revisedDocument(700))), StoreOutcome::Updated);
            QCOMPARE(store->store(parsed(Test::syntheticDocument(956))), StoreOutcome::Imported);
            QCOMPARE(batch.commit(), QString());
        }
        QCOMPARE(store->check(), QStringList());
        QCOMPARE(find(*store, u"sample 956"_s).hits.value(0).code, u"10956"_s);
        QCOMPARE(find(*store, u"revised so tests can tell"_s).total, 3);
    }

    // An import prepares the files ahead on its parsing thread while the store writes
    // (LibraryStore::prepare(), with the search index's entries or without): what it stores is
    // what store() of the procedure stores, in every table the search index keeps.
    void shouldStoreWhatAnotherThreadPrepared()
    {
        const QString together = path(u"prepared-together.sqlite"_s);
        const QString alone = path(u"prepared-alone.sqlite"_s);
        auto store = openOrFail(together);
        auto reference = openOrFail(alone);
        QVERIFY(store);
        QVERIFY(reference);
        constexpr int Each = 60;
        QList<PreparedProcedure> prepared;
        QList<StoreOutcome> meanwhile;
        {
            std::jthread preparing([&store, &prepared] {
                for (int i = 0; i < Each; ++i)
                    prepared << store->prepare(namedApart(2 * i + 1), i % 3 != 0);
            });
            for (int i = 0; i < Each; ++i)
                meanwhile << store->store(namedApart(2 * i));
        }
        QCOMPARE(meanwhile, QList<StoreOutcome>(Each, StoreOutcome::Imported));
        {
            LibraryStore::Batch batch(*store);
            for (const PreparedProcedure &p : std::as_const(prepared))
                QCOMPARE(store->store(p), StoreOutcome::Imported);
            QCOMPARE(batch.commit(), QString());
        }
        for (int i = 0; i < 2 * Each; ++i)
            QCOMPARE(reference->store(namedApart(i % Each * 2 + i / Each)), StoreOutcome::Imported);
        QCOMPARE(store->count(), 2 * Each);
        QVERIFY(store->check().isEmpty());
        // Each query yields one text column, r: the rows are compared in order, ids aside.
        for (const QString &sql : {
                 u"SELECT identity || content_sha256 || document || names || descriptor || about || body ||"
                 " settings || ifnull(duration_minutes, '') || language || family || ifnull(version_of, '') AS r"
                 " FROM procedures ORDER BY identity"_s,
                 u"SELECT p.identity || ' ' || k.key || ' ' || k.sort_name AS r FROM procedure_keys k"
                 " JOIN procedures p ON p.id = k.procedure_id ORDER BY r"_s,
                 u"SELECT p.identity || ' ' || w.word || ' ' || w.sort_title AS r FROM name_words w"
                 " JOIN procedures p ON p.id = w.procedure_id ORDER BY r"_s,
                 u"SELECT word || ' ' || procedures || ' ' || broad AS r FROM name_word_counts ORDER BY r"_s,
                 u"SELECT word AS r FROM spelling_words ORDER BY r"_s,
                 u"SELECT p.identity AS r FROM procedure_fts f JOIN procedures p ON p.id = f.rowid"
                 " WHERE procedure_fts MATCH 'rest' ORDER BY r"_s,
                 u"SELECT p.identity AS r FROM procedure_names_fts f JOIN procedures p ON p.id = f.rowid"
                 " WHERE procedure_names_fts MATCH 'sample' ORDER BY r"_s,
             }) {
            const QString rows = u"SELECT count(*) || ': ' || group_concat(r, '|') FROM (%1)"_s.arg(sql);
            const QString expected = rawValue(alone, rows);
            QVERIFY2(!expected.isEmpty() && !expected.startsWith(u"0:"_s), qPrintable(sql));
            QCOMPARE(rawValue(together, rows), expected);
        }
    }

    // A batch (an import's group) keeps a larger cache and checkpoints the write-ahead log less
    // often, both only on its own connection and only while it is open: what comes after it
    // (the window's searches, a handout's log row) runs with SQLite's usual settings.
    void shouldWidenTheFileLibrarysSettingsOnlyForABatch()
    {
        auto store = openOrFail(path(u"settings.sqlite"_s));
        QVERIFY(store);
        const auto settings = [&store] {
            QSqlQuery q(store->connection().db());
            QStringList values;
            for (const QString &pragma : {u"cache_size"_s, u"wal_autocheckpoint"_s, u"journal_size_limit"_s})
                values << (q.exec(u"PRAGMA "_s + pragma) && q.next() ? q.value(0).toString() : u"?"_s);
            return values.join(u' ');
        };
        QCOMPARE(settings(), u"-2000 1000 4194304"_s);
        for (const bool keep : {true, false}) {
            LibraryStore::Batch batch(*store);
            QCOMPARE(settings(), u"-65536 65536 -1"_s);
            QCOMPARE(store->store(namedApart(keep ? 1 : 2)), StoreOutcome::Imported);
            if (keep)
                QCOMPARE(batch.commit(), QString());
        }
        // The log a batch made large is cut back when it starts again (4 MB), as on every
        // connection (the window's, when an import's connection is gone).
        QCOMPARE(settings(), u"-2000 1000 4194304"_s);
        QCOMPARE(store->count(), 1);
    }

    // An import's groups checkpoint only every 256 MB of log (batchSettings()): what is left in the
    // log at its end is copied into the file then, not by whoever writes next (a handout's log row,
    // in the window while it waits). So it is after an import that stops on an error
    // (shouldKeepEarlierFilesWhenAFileFailsToStore) and after a copy
    // (shouldCopyNothingFromALibraryThatCannotBeReadWhole).
    void shouldCopyAnImportsLogIntoTheFile()
    {
        const QString file = path(u"checkpointed.sqlite"_s);
        auto store = openOrFail(file);
        QVERIFY(store);
        {
            // A group's commit alone leaves it in the log (else this test would test nothing).
            LibraryStore::Batch batch(*store);
            QCOMPARE(store->store(namedApart(1)), StoreOutcome::Imported);
            QCOMPARE(batch.commit(), QString());
            QCOMPARE(proceduresInFileAlone(file), u"0"_s);
        }
        const ImportReport report = Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)});
        QCOMPARE(report.summaryLine(), u"imported 5, updated 0, unchanged 0, rejected 0"_s);
        QCOMPARE(proceduresInFileAlone(file), u"6"_s);
    }

    // A batch lets the write-ahead log grow to 256 MB; once it is copied into the file, the next
    // write cuts it back to 4 MB, whichever connection makes it: here the window's, open all
    // along, after the import's connection is gone (the window imports on a connection of its
    // own), so the batch's log does not stay on disk while the window is open.
    void shouldCutTheLogBackAfterABatch()
    {
        const QString file = path(u"cutback.sqlite"_s);
        const QString log = file + u"-wal"_s;
        constexpr qint64 Limit = 4 * 1024 * 1024;
        auto window = openOrFail(file);
        QVERIFY(window);
        {
            auto importing = openOrFail(file);
            QVERIFY(importing);
            LibraryStore::Batch batch(*importing);
            for (int i = 0; i < 2500; ++i)
                QCOMPARE(importing->store(parsed(Test::syntheticDocument(i))), StoreOutcome::Imported);
            QCOMPARE(batch.commit(), QString());
            importing->afterManyWrites();
            QVERIFY2(QFileInfo(log).size() > Limit, qPrintable(QString::number(QFileInfo(log).size())));
        }
        EducationLogEntry e;
        e.printedAt = QDateTime::currentDateTimeUtc();
        e.workstation = u"front desk"_s;
        e.procedures = QStringList{u"CPT 10001 Sample 1"_s};
        e.output = u"pdf"_s;
        QCOMPARE(window->log().append(e), QString());
        QVERIFY2(QFileInfo(log).size() <= Limit, qPrintable(QString::number(QFileInfo(log).size())));
        QCOMPARE(window->count(), 2500);
    }

    // SQLite rolls a whole transaction back after some errors (a full disk, an I/O error): the
    // batch stops at the next procedure, whose savepoint would otherwise start a transaction of
    // its own and commit it alone, without the entries held back for the procedures before it.
    void shouldStopABatchWhoseTransactionTheDatabaseEnded()
    {
        const QString file = path(u"ended.sqlite"_s);
        auto store = openOrFail(file);
        QVERIFY(store);
        {
            LibraryStore::Batch batch(*store);
            QCOMPARE(store->store(parsed(Test::syntheticDocument(1))), StoreOutcome::Imported);
            QSqlQuery rollback(store->connection().db());
            QVERIFY(rollback.exec(u"ROLLBACK"_s));
            QString error;
            QCOMPARE(store->store(parsed(Test::syntheticDocument(2)), &error), StoreOutcome::Failed);
            QVERIFY2(error.contains(u"ended the transaction"_s), qPrintable(error));
            QVERIFY(!batch.commit().isEmpty());
        }
        QCOMPARE(store->count(), 0);
        QCOMPARE(store->check(), QStringList());
        QCOMPARE(store->store(parsed(Test::syntheticDocument(2))), StoreOutcome::Imported);
        QCOMPARE(store->check(), QStringList());
    }

    // From format 14 the full-text entries of a new procedure are its writer's to make: a
    // Careleaf of an earlier format (here, any connection without format 14's function), still
    // open while a newer one upgraded the library, cannot insert one, and says why.
    void shouldLetOnlyAWriterOfFormat14InsertProcedures()
    {
        const QString file = path(u"guarded.sqlite"_s);
        {
            auto store = openOrFail(file);
            QVERIFY(store);
            QCOMPARE(store->store(parsed(Test::syntheticDocument(1))), StoreOutcome::Imported);
        }
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(u"INSERT INTO procedures (identity, code_system, code, descriptor, title, names, body,"
                            " document, content_sha256, source_file, source_sha256, reading_grade, imported_at,"
                            " updated_at) SELECT identity || '-older', code_system, code, descriptor, title, names,"
                            " body, document, content_sha256, source_file, source_sha256, reading_grade,"
                            " imported_at, updated_at FROM procedures"_s));
            error = q.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        QVERIFY2(error.contains(u"careleaf_format_14_or_newer"_s), qPrintable(error));
        auto store = openOrFail(file);
        QVERIFY(store);
        QCOMPARE(store->count(), 1);
        QCOMPARE(store->store(parsed(Test::syntheticDocument(2))), StoreOutcome::Imported);
        QCOMPARE(store->check(), QStringList());
    }

    // A library written by Careleaf 0.1 (format 1) opens, is upgraded in place and keeps every
    // procedure; the columns format 2 derives (filters, exact names) are filled from the documents,
    // format 5 gives every procedure its name for people and its reading grade again, and format 8
    // splits its text for the index.
    void shouldUpgradeFormatOneLibrary()
    {
        const QString file = path(u"v1.sqlite"_s);
        QVERIFY(QFile::copy(Test::dataPath(u"library-v1.sqlite"_s), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        auto store = openOrFail(file);
        QVERIFY(store);
        QCOMPARE(store->connection().schemaVersion(), store->connection().latestSchemaVersion());
        QCOMPARE(store->count(), 6);
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
        SearchEngine engine(*store);
        QCOMPARE(engine.search({u"magnesium drip"_s, {}, 0, 10}).hits.first().title, u"Magnesium Infusion Therapy"_s);
        // The words typo correction offers were filled in by the upgrade.
        QCOMPARE(engine.correction(u"magnesum"_s), u"magnesium"_s);
        // Format 8 split every procedure's text: what it is about (summary, purpose, indications)
        // in a column of the index of its own, the rest apart, and nothing of it twice.
        QCOMPARE(rawValue(file, u"SELECT count(*) FROM procedures WHERE about = '' OR body = ''"_s), u"0"_s);
        QCOMPARE(rawValue(file, u"SELECT count(*) FROM procedure_fts WHERE procedure_fts MATCH 'about : magnesium'"_s),
                 u"1"_s);
        QCOMPARE(
            rawValue(
                file,
                u"SELECT count(*) FROM procedures WHERE instr(body, 'primarily used to correct magnesium deficiency') > 0"_s),
            u"0"_s);
        QCOMPARE(
            rawValue(
                file,
                u"SELECT count(*) FROM procedures WHERE instr(about, 'primarily used to correct magnesium deficiency') > 0"_s),
            u"1"_s);
        SearchFilters home;
        home.settingsMask = Facets::Home;
        const SearchPage homePage = engine.search({QString(), home, 0, 10});
        QCOMPARE(homePage.total, 1);
        QCOMPARE(homePage.hits.first().title, u"Home Infusion/Specialty Drug Administration"_s);
        const SearchPage chemo = engine.search({u"sequential"_s, {}, 0, 10});
        QCOMPARE(chemo.hits.first().title, u"Sequential IV Chemotherapy Infusion"_s);
        const std::optional<Procedure> stored = store->procedure(chemo.hits.first().id);
        QVERIFY(stored);
        QCOMPARE(stored->title, u"Sequential IV Chemotherapy Infusion"_s);
        QCOMPARE(stored->readingGrade, qRound(Readability::fleschKincaidGrade(stored->bodyText(false)) * 10) / 10.0);
        // Importing the same documents again changes nothing: the content is what format 1 stored.
        const ImportReport again = Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)});
        QCOMPARE(again.summaryLine(), u"imported 0, updated 0, unchanged 5, rejected 0"_s);
    }

    // Format 10: a typed prefix stands for the words of the spelling list that start with it, so
    // the list gains those it left out before (a digit after two other characters, over 100
    // characters): an upgraded library finds "hba1c" from "hba" as a new one does.
    void shouldListEveryWordAPrefixMayStandForOnUpgrade()
    {
        const QString file = path(u"v9.sqlite"_s);
        const QString longWord = u"xyloquartz"_s + QString(100, u'e');
        {
            auto store = openOrFail(file);
            QVERIFY(store);
            QByteArray doc = Test::syntheticDocument(7);
            doc.replace("generated risk", QByteArray("hba1c risk and " + longWord.toUtf8() + " risk"));
            const ParseResult parsed = DocumentParser::parse(doc, u"hba1c.txt"_s);
            QVERIFY(parsed.procedure);
            QCOMPARE(store->store(*parsed.procedure), StoreOutcome::Imported);
        }
        const QString listed = u"SELECT count(*) FROM spelling_words WHERE word IN ('hba1c', '%1')"_s.arg(longWord);
        QCOMPARE(rawValue(file, listed), u"2"_s);
        // The library as format 9 left it.
        const QString unlisted = u" FROM spelling_words WHERE word GLOB '*[0-9]*' OR length(word) > 100"_s;
        QVERIFY(rawExec(file,
                        u"INSERT INTO spelling_trigrams (spelling_trigrams, rowid, word) SELECT 'delete', id, word"_s +
                            unlisted));
        QVERIFY(rawExec(file, u"DELETE"_s + unlisted));
        QVERIFY(rawExec(file, u"DROP INDEX procedures_id_title"_s));
        QVERIFY(rawExec(file, u"DROP TABLE name_words"_s)); // format 11's
        QVERIFY(rawExec(file, u"DROP TABLE name_word_counts"_s));
        QVERIFY(dropNamesIndex(file));    // 12's
        QVERIFY(addInsertTriggers(file)); // and the full-text entries written by triggers, up to 13
        QVERIFY(
            rawExec(file, u"UPDATE careleaf_meta SET value = '9' WHERE key IN ('schema_version', 'format_written')"_s));
        QCOMPARE(rawValue(file, listed), u"0"_s);
        auto store = openOrFail(file);
        QVERIFY(store);
        QCOMPARE(store->connection().schemaVersion(), store->connection().latestSchemaVersion());
        QCOMPARE(insertTriggers(file), u"0 1"_s);
        QCOMPARE(rawValue(file, listed), u"2"_s);
        // Codes stay out of the list.
        QCOMPARE(rawValue(file, u"SELECT count(*) FROM spelling_words WHERE word = '10007'"_s), u"0"_s);
        SearchEngine engine(*store);
        for (const QString &query : {u"hba"_s, u"xyloquartz"_s}) {
            const SearchPage page = engine.search({query, {}, 0, 10});
            QVERIFY2(page.total == 1 && page.hits.first().code == u"10007"_s, qPrintable(query));
        }
    }

    // name_words (format 11) holds each word of a procedure's code, names and descriptor as the
    // full-text index has them, with its title in list order: it follows a renamed procedure,
    // holds nothing for a version in another language (its family's first row has its words),
    // and a library of format 10 gets it filled on upgrade. The names' own full-text index
    // (format 12) holds the same terms as the whole one's code, names and descriptor, and is
    // built on upgrade from 10 and 11; check() finds a procedure missing from it.
    void shouldKeepNameWordsInStepWithTheLibrary()
    {
        const QString file = path(u"namewords.sqlite"_s);
        const QString docs = path(u"namewords"_s);
        QVERIFY(Test::writeDocuments(docs, 0, 3));
        // Names that Careleaf's own word splitting and FTS5's take apart differently: letters
        // with separate accents, a letter outside the basic plane, a spacing mark.
        QByteArray odd = Test::syntheticDocument(2);
        odd.replace("Sample 2", u"Re\u0301sume\u0301 abc\U0001D400def x\u0903yz nai\u0308ve"_s.toUtf8());
        QVERIFY(Test::writeDocument(docs, 2, odd));
        const auto rows = [&file](const QString &where) {
            return rawValue(file, u"SELECT group_concat(r, '|') FROM (SELECT n.word || ' ' || lower(n.sort_title) AS r"
                                  " FROM name_words n JOIN procedures p ON p.id = n.procedure_id WHERE "_s +
                                      where + u" ORDER BY 1)"_s)
                .split(u'|', Qt::SkipEmptyParts);
        };
        {
            auto store = openOrFail(file);
            QVERIFY(store);
            QCOMPARE(Importer::importPaths(*store, {docs}).imported, 3);
        }
        QVERIFY(rows(u"p.code = '10001'"_s).contains(u"sample generated procedure 1"_s));
        // Not a code or a number: no typed prefix stands for one (the code tiers find codes).
        QVERIFY(!rows(u"p.code = '10001'"_s).contains(u"10001 generated procedure 1"_s));
        // The words of a procedure are exactly the full-text index's terms of its code, names and
        // descriptor (those a prefix may stand for: two letters or more, ASCII), however it
        // splits them: a walk that checks no row relies on it.
        QVERIFY(rawExec(file, u"CREATE VIRTUAL TABLE terms USING fts5vocab(procedure_fts, instance)"_s));
        // The names' own index (format 12) holds exactly the whole index's terms of the code,
        // names and descriptor, row by row, column by column, place by place.
        const auto namesIndexDiffers = [&file] {
            if (!rawExec(file, u"CREATE VIRTUAL TABLE IF NOT EXISTS name_terms"
                               " USING fts5vocab(procedure_names_fts, instance)"_s))
                return u"no names index"_s;
            const QString whole = u"SELECT doc, col, offset, term FROM terms WHERE col <> 'about' AND col <> 'body'"_s;
            const QString names = u"SELECT doc, col, offset, term FROM name_terms"_s;
            const QString differ = rawValue(file, u"SELECT (SELECT count(*) FROM (%1 EXCEPT %2))"
                                                  " + (SELECT count(*) FROM (%2 EXCEPT %1))"_s.arg(whole, names));
            const bool checked = rawExec(
                file, u"INSERT INTO procedure_names_fts (procedure_names_fts, rank) VALUES ('integrity-check', 1)"_s);
            const bool dropped = rawExec(file, u"DROP TABLE name_terms"_s);
            return checked && dropped ? differ : u"integrity-check failed"_s;
        };
        QCOMPARE(namesIndexDiffers(), u"0"_s);
        QVERIFY(rawValue(file, u"SELECT count(*) FROM terms WHERE col = 'names'"_s).toInt() > 0);
        for (const QString &code : {u"10001"_s, u"10002"_s}) {
            const QString id = rawValue(file, u"SELECT id FROM procedures WHERE code = '%1'"_s.arg(code));
            const QString indexed =
                rawValue(file, u"SELECT group_concat(term, ' ') FROM (SELECT DISTINCT term FROM terms WHERE doc = %1"
                               " AND col IN ('code', 'names', 'descriptor') AND length(term) >= 2"
                               " AND substr(term, 1, 1) NOT GLOB '[0-9]' AND substr(term, 2, 1) NOT GLOB '[0-9]'"
                               " AND term NOT GLOB '*[^a-z0-9]*' ORDER BY term)"_s.arg(id));
            const QString listed = rawValue(
                file, u"SELECT group_concat(word, ' ') FROM (SELECT word FROM name_words WHERE procedure_id = %1"
                      " ORDER BY word)"_s.arg(id));
            QVERIFY(!listed.isEmpty());
            QCOMPARE(listed, indexed);
        }
        // Each word counted once for each procedure whose names hold it, however often written.
        const auto miscounted = [&file] {
            return rawValue(file, u"SELECT count(*) FROM name_word_counts c WHERE c.broad = 0"
                                  " AND c.procedures <> (SELECT count(*) FROM name_words n WHERE n.word = c.word)"_s);
        };
        QCOMPARE(miscounted(), u"0"_s);
        QCOMPARE(rawValue(file, u"SELECT procedures FROM name_word_counts WHERE word = 'sample'"_s), u"2"_s);

        // Renamed: the old title's rows go, the new name's words come.
        QByteArray renamed = Test::syntheticDocument(1);
        renamed.replace("Generated Procedure 1 (commonly referred to as Sample 1)", "Renamed Procedure 1");
        QVERIFY(Test::writeDocument(docs, 1, renamed));
        {
            auto store = openOrFail(file);
            QVERIFY(store);
            QCOMPARE(Importer::importPaths(*store, {docs}).updated, 1);
        }
        const QStringList after = rows(u"p.code = '10001'"_s);
        QVERIFY(after.contains(u"renamed renamed procedure 1"_s));
        QVERIFY(!after.contains(u"sample renamed procedure 1"_s));
        for (const QString &row : after)
            QVERIFY2(row.endsWith(u" renamed procedure 1"_s), qPrintable(row));
        // Written again: counted again only for what it now holds.
        QCOMPARE(miscounted(), u"0"_s);
        QCOMPARE(namesIndexDiffers(), u"0"_s);
        QCOMPARE(rawValue(file, u"SELECT procedures FROM name_word_counts WHERE word = 'sample'"_s), u"1"_s);
        const auto checked = [this, &file] {
            auto store = openOrFail(file);
            return store ? store->check() : QStringList{u"cannot open"_s};
        };
        QCOMPARE(checked(), QStringList()); // check() agrees with the list after a rename

        // English and Spanish versions of one procedure: the first row holds the words of both
        // (folded as the index folds them: "infusión" is "infusion"), the other none.
        {
            auto store = openOrFail(file);
            QVERIFY(store);
            for (const QString &name : {u"es.txt"_s, u"en.txt"_s}) {
                const ParseResult parsed =
                    DocumentParser::parse(Test::readFile(Test::dataPath(u"languages/"_s + name)), name);
                QVERIFY(parsed.procedure);
                QCOMPARE(store->store(*parsed.procedure), StoreOutcome::Imported);
            }
        }
        QVERIFY(rows(u"p.version_of IS NOT NULL"_s).isEmpty());
        // The family is one procedure: its words counted once, though its first row was written twice.
        QCOMPARE(miscounted(), u"0"_s);
        QCOMPARE(rawValue(file, u"SELECT procedures FROM name_word_counts WHERE word = 'terapia'"_s), u"1"_s);
        const QStringList family = rows(u"p.code = '96365'"_s);
        QVERIFY2(family.contains(u"terapia iv infusion therapy"_s), qPrintable(family.join(u", "_s)));
        QVERIFY2(family.contains(u"infusion iv infusion therapy"_s), qPrintable(family.join(u", "_s)));
        QVERIFY2(family.contains(u"intravenosa iv infusion therapy"_s), qPrintable(family.join(u", "_s)));
        QCOMPARE(checked(), QStringList());

        QCOMPARE(namesIndexDiffers(), u"0"_s);

        // Libraries of format 10 and 11: upgraded, the words of every procedure filled in, the
        // names' own index built; a word and a letter of the next one find the renamed procedure.
        const QStringList all = rows(u"1 = 1"_s);
        for (const int format : {10, 11}) {
            if (format == 10) {
                QVERIFY(rawExec(file, u"DROP TABLE name_words"_s));
                QVERIFY(rawExec(file, u"DROP TABLE name_word_counts"_s));
            }
            QVERIFY(dropNamesIndex(file));
            QVERIFY(addInsertTriggers(file));
            QVERIFY(rawExec(file, u"UPDATE careleaf_meta SET value = '%1' WHERE key IN ('schema_version', "
                                  "'format_written')"_s.arg(format)));
            {
                auto store = openOrFail(file);
                QVERIFY(store);
                QCOMPARE(store->connection().schemaVersion(), store->connection().latestSchemaVersion());
                QCOMPARE(insertTriggers(file), u"0 1"_s);
                for (const QString &query : {u"renamed"_s, u"renamed p"_s, u"renamed pr"_s}) {
                    const SearchPage page = SearchEngine(*store).search({query, {}, 0, 5});
                    QVERIFY2(page.hits.size() == 1 && page.hits.first().code == u"10001"_s, qPrintable(query));
                }
                QCOMPARE(store->check(), QStringList());
            }
            QCOMPARE(rows(u"1 = 1"_s), all);
            QCOMPARE(miscounted(), u"0"_s);
            QCOMPARE(namesIndexDiffers(), u"0"_s);
        }

        // check() holds each full-text index against the rows it was made from: a procedure
        // gone from the names' index is found.
        QVERIFY(rawExec(file,
                        u"INSERT INTO procedure_names_fts (procedure_names_fts, rowid, code, names, descriptor)"
                        " SELECT 'delete', id, code, names, descriptor FROM procedure_text ORDER BY id LIMIT 1"_s));
        auto store = openOrFail(file);
        QVERIFY(store);
        const QStringList problems = store->check();
        QVERIFY2(problems.size() == 1 && problems.first().contains(u"search index does not match"_s),
                 qPrintable(problems.join(u'\n')));
    }

    // check() holds the tables search reads beside the full-text index against what they are made
    // from: the name keys (an exact name, a name's first letters) against each family's names
    // on both backends, and the file library's names' word list against the names' full-text
    // index. Each damage is named with its procedure or word.
    void shouldFindDamageToTheNameKeysAndTheNamesWordList_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("row");      // the procedure %1 of expected stands for
        QTest::addColumn<QString>("expected"); // a line of check()'s
        Test::addRowPerBackend(u"a name key gone"_s,
                               u"DELETE FROM procedure_keys WHERE key = '=generated procedure 2'"_s,
                               u"code = '10002'"_s, u"procedure %1: its name keys do not match its names"_s);
        Test::addRowPerBackend(u"a first letter pointing at another name"_s,
                               u"UPDATE procedure_keys SET sort_name = 'sample 4' WHERE key = '^s'"
                               " AND procedure_id = (SELECT id FROM procedures WHERE code = '10003')"_s,
                               u"code = '10003'"_s, u"procedure %1: its name keys do not match its names"_s);
        Test::addRowPerBackend(u"a version's name gone from its family's keys"_s,
                               u"DELETE FROM procedure_keys WHERE key = '=terapia de infusión intravenosa'"_s,
                               u"code = '96365' AND language = 'en'"_s,
                               u"procedure %1: its name keys do not match its names"_s);
        Test::addRowPerBackend(u"a version given keys of its own"_s,
                               u"INSERT INTO procedure_keys (key, sort_name, procedure_id)"
                               " SELECT '=goteo', 'goteo', id FROM procedures WHERE language = 'es'"_s,
                               u"code = '96365' AND language = 'es'"_s,
                               u"procedure %1: its name keys do not match its names"_s);
        const QString sqlite = u"sqlite"_s;
        if (!Test::backends().contains(sqlite))
            return;
        QTest::addRow("sqlite/a word gone from the list")
            << sqlite
            << u"DELETE FROM name_words WHERE word = 'generated'"
               " AND procedure_id = (SELECT id FROM procedures WHERE code = '10002')"_s
            << u"code = '10002'"_s << u"procedure %1: the names' word list lacks \"generated\", a word of its names"_s;
        QTest::addRow("sqlite/a word its names do not hold")
            << sqlite
            << u"INSERT INTO name_words (word, sort_title, procedure_id)"
               " SELECT 'zebra', title, id FROM procedures WHERE code = '10001'"_s
            << u"code = '10001'"_s << u"procedure %1: the names' word list holds \"zebra\", which its names do not"_s;
        QTest::addRow("sqlite/an old title")
            << sqlite
            << u"UPDATE name_words SET sort_title = 'Old title'"
               " WHERE procedure_id = (SELECT id FROM procedures WHERE code = '10003')"_s
            << u"code = '10003'"_s
            << u"procedure %1: the names' word list holds \"as\" under another title than its own"_s;
        QTest::addRow("sqlite/a count one too many")
            << sqlite << u"UPDATE name_word_counts SET procedures = procedures + 1 WHERE word = 'sample'"_s << QString()
            << u"the names' word list counts the procedures whose names hold \"sample\" wrongly"_s;
        QTest::addRow("sqlite/a word's count gone")
            << sqlite << u"DELETE FROM name_word_counts WHERE word = 'infusion'"_s << QString()
            << u"the names' word list counts the procedures whose names hold \"infusion\" wrongly"_s;
    }

    void shouldFindDamageToTheNameKeysAndTheNamesWordList()
    {
        QFETCH(QString, backend);
        QFETCH(QString, damage);
        QFETCH(QString, row);
        QFETCH(QString, expected);
        CARELEAF_NEW_LIBRARY(location, backend, u"damagedkeys"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        const QString docs = path(u"damagedkeys"_s);
        QVERIFY(Test::writeDocuments(docs, 1, 3));
        for (const QString &language : {u"en"_s, u"es"_s}) {
            const QString copy = docs + u"/96365-%1.txt"_s.arg(language);
            QFile::remove(copy); // the same folder for every row
            QVERIFY(QFile::copy(Test::dataPath(u"languages/%1.txt"_s.arg(language)), copy));
        }
        QCOMPARE(Importer::importPaths(*store, {docs}).imported, 5);
        QCOMPARE(store->count(), 4);
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));

        QSqlQuery q(Test::storeConnection(*store));
        QVERIFY2(q.exec(damage), qPrintable(q.lastError().text()));
        QVERIFY2(q.numRowsAffected() > 0, qPrintable(damage));
        if (!row.isEmpty()) {
            QVERIFY(q.exec(u"SELECT id FROM procedures WHERE "_s + row) && q.next());
            expected = expected.arg(q.value(0).toLongLong());
        }
        q.finish();
        const QStringList problems = store->check();
        QVERIFY2(problems.contains(expected) || problems.join(u'\n').contains(expected),
                 qPrintable(problems.join(u'\n') + u"\nwanted: "_s + expected));
    }

    // check() reads the procedures a thousand rows at a time, a family's rows together: a family
    // whose rows two reads share is held together, and no row after the first read goes unchecked.
    void shouldCheckAFamilyThatTwoReadsShare_data() { Test::addBackendRows(); }

    void shouldCheckAFamilyThatTwoReadsShare()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"twoReads"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        const QString docs = path(u"tworeads"_s);
        // Codes 10000 to 11199, in the order of their families; the 1,000th (10999) in Spanish too,
        // whose row comes after the first read's last one.
        QVERIFY(Test::writeDocuments(docs, 0, 1200));
        QByteArray spanish = Test::readFile(Test::dataPath(u"languages/es.txt"_s));
        spanish.replace("96365", "10999");
        QVERIFY(Test::writeDocument(docs, 5000, spanish));
        const ImportReport report = Importer::importPaths(*store, {docs});
        QCOMPARE(report.imported, 1201);
        QCOMPARE(store->count(), 1200);
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));

        QSqlQuery q(Test::storeConnection(*store));
        QVERIFY(q.exec(u"SELECT id FROM procedures WHERE code = '11199'"_s) && q.next());
        const qint64 last = q.value(0).toLongLong();
        QVERIFY(q.exec(u"UPDATE procedures SET content_sha256 = 'x' WHERE id = %1"_s.arg(last)));
        q.finish();
        QCOMPARE(store->check(), QStringList{u"procedure %1: content checksum does not match"_s.arg(last)});
    }

    void shouldRefuseLibraryFromNewerVersion()
    {
        const QString file = path(u"newer.sqlite"_s);
        {
            auto store = openOrFail(file);
            QVERIFY(store);
        }
        // As a newer Careleaf leaves it: its format, and the format it brought the library to.
        QVERIFY(rawExec(file, u"UPDATE careleaf_meta SET value = '99'"
                              " WHERE key IN ('schema_version', 'format_written')"_s));
        const QByteArray before = Test::readFile(file);
        const LibraryStore::OpenResult r = LibraryStore::open(file);
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(u"newer version of Careleaf"_s), qPrintable(r.error));
        QVERIFY(r.error.contains(file));
        QVERIFY(r.error.contains(u"format 99"_s));
        QCOMPARE(Test::readFile(file), before);
    }

    // A library of format 15 held the Arabic text as FTS5 splits it, at every vowel mark and
    // shadda: "يُعطى" was found only as typed with its mark. The upgrade indexes the procedures
    // written in such a script again with their words' search forms (a family as one: its first
    // row, the English, holds the Arabic version's text).
    void shouldFindArabicWordsWithoutTheirMarksAfterUpgrade()
    {
        const QString file = path(u"v15.sqlite"_s);
        {
            auto store = openOrFail(file);
            QVERIFY(store);
            for (const QString &name : {u"ar.txt"_s, u"en.txt"_s}) {
                const ParseResult parsed =
                    DocumentParser::parse(Test::readFile(Test::dataPath(u"languages/"_s + name)), name);
                QVERIFY2(parsed.procedure, qPrintable(parsed.error));
                QCOMPARE(store->store(*parsed.procedure), StoreOutcome::Imported);
            }
        }
        const QString familyRow = u"(SELECT id FROM procedures WHERE language = 'en')"_s; // holds both texts
        // The library as format 15 left it: the text without the line of search forms.
        for (const QString &column : {u"names"_s, u"about"_s, u"body"_s}) {
            const QString indexed = rawValue(file, u"SELECT %1 FROM procedures WHERE id = %2"_s.arg(column, familyRow));
            QString old = IndexWords::readable(indexed);
            if (column != u"names"_s)
                QVERIFY2(old != indexed, qPrintable(column));
            QVERIFY(rawExec(file, u"UPDATE procedures SET %1 = '%2' WHERE id = %3"_s.arg(
                                      column, old.replace(u'\'', u"''"_s), familyRow)));
        }
        QVERIFY(rawExec(file,
                        u"UPDATE careleaf_meta SET value = '15' WHERE key IN ('schema_version', 'format_written')"_s));
        {
            // Upgraded: found as typed without the marks the text has.
            auto store = openOrFail(file);
            QVERIFY(store);
            QCOMPARE(store->connection().schemaVersion(), store->connection().latestSchemaVersion());
            SearchEngine engine(*store);
            for (const QString &query : {u"\u064A\u0639\u0637\u0649"_s, u"\u0646\u0627\u062F\u0631\u0627"_s}) {
                const SearchPage page = engine.search({query, {}, 0, 5});
                QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
                QVERIFY2(!page.hits.isEmpty() && page.hits.first().code == u"96365"_s, qPrintable(query));
                QVERIFY2(page.correctedQuery.isEmpty(), qPrintable(page.correctedQuery));
            }
            QCOMPARE(store->check(), QStringList());
        }
    }

    // A format number changed by hand (not by a newer Careleaf) is named as such, with the way back;
    // check() notices a number Careleaf did not write.
    void shouldExplainAFormatNumberChangedByHand()
    {
        const QString file = path(u"hand.sqlite"_s);
        QString latest;
        {
            auto store = openOrFail(file);
            QVERIFY(store);
            latest = QString::number(store->connection().latestSchemaVersion());
        }
        QVERIFY(rawExec(file, u"UPDATE careleaf_meta SET value = '999' WHERE key = 'schema_version'"_s));
        const LibraryStore::OpenResult r = LibraryStore::open(file);
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(u"changed by hand"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"format 999"_s) && !r.error.contains(u"pgpass"_s), qPrintable(r.error));
        QVERIFY(rawExec(file, u"UPDATE careleaf_meta SET value = '4' WHERE key = 'format_written'"_s));
        QVERIFY(rawExec(file, u"UPDATE careleaf_meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(latest)));
        auto store = openOrFail(file);
        QVERIFY(store);
        const QStringList problems = store->check();
        QVERIFY2(problems.size() == 1 && problems.first().contains(u"changed by hand"_s),
                 qPrintable(problems.join(u'\n')));
    }

    void shouldRefuseFilesThatAreNotLibraries_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::addRow("text file") << QByteArray("hello, this is not a database\n") << u"not an SQLite database"_s;
        QTest::addRow("random bytes") << QByteArray(4096, '\x5a') << u"not an SQLite database"_s;
    }

    void shouldRefuseFilesThatAreNotLibraries()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString file = path(u"foreign-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const LibraryStore::OpenResult r = LibraryStore::open(file);
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
        QCOMPARE(Test::readFile(file), content);
    }

    // A library already in the latest format but not in WAL mode (a restored backup: VACUUM INTO
    // writes a rollback journal) is switched to WAL when opened, so readers never wait on a writer.
    void shouldOpenLatestFormatLibraryInWalMode()
    {
        const QString file = path(u"journal.sqlite"_s);
        {
            auto store = openOrFail(file);
            QVERIFY(store);
        }
        QVERIFY(rawExec(file, u"PRAGMA journal_mode = DELETE"_s));
        QCOMPARE(rawValue(file, u"PRAGMA journal_mode"_s), u"delete"_s);
        auto store = openOrFail(file);
        QVERIFY(store);
        QCOMPARE(store->connection().schemaVersion(), store->connection().latestSchemaVersion());
        QCOMPARE(rawValue(file, u"PRAGMA journal_mode"_s), u"wal"_s);
    }

    void shouldRefuseOtherSqliteDatabases()
    {
        const QString file = path(u"other-app.sqlite"_s);
        QVERIFY(rawExec(file, u"CREATE TABLE customers (id INTEGER)"_s));
        const LibraryStore::OpenResult r = LibraryStore::open(file);
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(u"not a Careleaf library"_s), qPrintable(r.error));
    }

    void shouldResolveKeys_data() { Test::addBackendRows(); }

    void shouldResolveKeys()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldResolveKeys"_s);
        auto store = openOrFail(location);
        const ImportReport r = Importer::importPaths(
            *store, {Test::dataPath(u"with_code_inline.txt"_s), Test::dataPath(u"with_code_next_block.txt"_s)});
        QCOMPARE(r.imported, 2);
        QCOMPARE(store->resolve(u"96413"_s).size(), 1);
        QCOMPARE(store->resolve(u"CPT:96413"_s), store->resolve(u"96413"_s));
        QCOMPARE(store->resolve(u"cpt4:96413"_s), store->resolve(u"96413"_s));
        QCOMPARE(store->resolve(u"hcpcs:j1030"_s).size(), 1);
        QCOMPARE(store->resolve(u"HCPCS:96413"_s).size(), 0);
        // Any prefix search reads, and a system as the library stores it.
        const QString icd = path(u"icd-%1.txt"_s.arg(backend));
        QFile f(icd);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8(Test::syntheticDocument(3))
                    .replace(u"CPT4 code 10003"_s, u"ICD-10-CM code Z12.11"_s)
                    .toUtf8());
        f.close();
        QCOMPARE(Importer::importFiles(*store, {icd}).imported, 1);
        QCOMPARE(store->resolve(u"icd10cm:z12.11"_s).size(), 1);
        QCOMPARE(store->resolve(u"ICD-10-CM:Z12.11"_s), store->resolve(u"icd10cm:z12.11"_s));
        QCOMPARE(store->resolve(u"icd:Z12.11"_s).size(), 0); // icd: is ICD-10-PCS, as in search
        const qint64 id = store->resolve(u"J1030"_s).first();
        QCOMPARE(store->resolve(QString::number(id)), QList<qint64>{id});
        QVERIFY(store->resolve(u"424242"_s).isEmpty());
    }

    // Documents of one code in several languages are versions of one procedure: one row in the
    // list and in search, found by the words of each, each version updated on its own; a
    // Spanish document for a code with no English version stands alone.
    void shouldKeepEachLanguageAVersionOfOneProcedure_data() { Test::addBackendRows(); }

    void shouldKeepEachLanguageAVersionOfOneProcedure()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"versions"_s);
        auto store = openOrFail(location);
        QVERIFY(store);
        const auto parsed = [](const QString &name, const QByteArray &replace = {}, const QByteArray &with = {}) {
            QByteArray bytes = Test::readFile(Test::dataPath(u"languages/"_s + name));
            if (!replace.isEmpty())
                bytes.replace(replace, with);
            return *DocumentParser::parse(bytes, name).procedure;
        };
        // Spanish first: it is the procedure until the English document comes.
        QCOMPARE(store->store(parsed(u"es.txt"_s)), StoreOutcome::Imported);
        QCOMPARE(store->count(), 1);
        QCOMPARE(store->list().first().title, u"Terapia de infusión intravenosa"_s);
        QString error;
        const StoreOutcome englishOutcome = store->store(parsed(u"en.txt"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(englishOutcome, StoreOutcome::Imported);
        QCOMPARE(store->count(), 1);
        const QList<ProcedureSummary> listed = store->list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().title, u"IV Infusion Therapy"_s);
        QCOMPARE(store->languages({listed.first().id}).value(listed.first().id), (QStringList{u"en"_s, u"es"_s}));
        QCOMPARE(store->list(nullptr, true).size(), 2);

        SearchEngine engine(*store);
        const auto found = [&engine](const QString &query) {
            const SearchPage page = engine.search({query, {}, 0, 10});
            QStringList titles;
            for (const SearchHit &h : page.hits)
                titles << h.title;
            return titles;
        };
        QCOMPARE(found(u"infusion"_s), QStringList{u"IV Infusion Therapy"_s});
        QCOMPARE(found(u"enfermera brazo"_s), QStringList{u"IV Infusion Therapy"_s});
        QCOMPARE(found(u"96365"_s), QStringList{u"IV Infusion Therapy"_s});
        QCOMPARE(found(u"goteo"_s), QStringList{u"IV Infusion Therapy"_s}); // a Spanish alias

        // The Spanish text changes; the English version is untouched.
        const qint64 english = listed.first().id;
        const QString englishChecksum = store->contentChecksum(english);
        QCOMPARE(store->store(parsed(u"es.txt"_s, "limpia", "desinfecta")), StoreOutcome::Updated);
        QCOMPARE(store->contentChecksum(english), englishChecksum);
        QCOMPARE(store->procedure(english)->title, u"IV Infusion Therapy"_s);
        QCOMPARE(found(u"desinfecta"_s), QStringList{u"IV Infusion Therapy"_s});
        QVERIFY(found(u"limpia"_s).isEmpty());
        QCOMPARE(store->count(), 1);

        // Spanish only, another code: a procedure of its own.
        QCOMPARE(store->store(parsed(u"es.txt"_s, "96365", "96366")), StoreOutcome::Imported);
        QCOMPARE(store->count(), 2);
        QCOMPARE(found(u"96366"_s), QStringList{u"Terapia de infusión intravenosa"_s});
        // Its English version comes later: it becomes the procedure's first row.
        QCOMPARE(store->store(parsed(u"en.txt"_s, "96365", "96366")), StoreOutcome::Imported);
        QCOMPARE(store->count(), 2);
        QCOMPARE(found(u"96366"_s), QStringList{u"IV Infusion Therapy"_s});
        const qint64 later = store->resolve(u"96366"_s).first();
        QCOMPARE(store->versions(later).size(), 2);
        QCOMPARE(found(u"enfermera"_s).size(), 2); // each procedure's Spanish version
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
    }

    // A new library starts with the samples and their Spanish versions: five procedures, each in
    // English and Spanish, found by a Spanish word; the Spanish versions say they are sample
    // translations.
    void shouldStartWithTheSamplesInEnglishAndSpanish()
    {
        auto store = openOrFail(path(u"samples-es.sqlite"_s));
        QVERIFY(store);
        const ImportReport report = SampleLibrary::importInto(*store);
        QCOMPARE(report.imported, 10);
        QCOMPARE(report.rejected(), 0);
        QCOMPARE(store->count(), 5);
        for (const ProcedureSummary &s : store->list())
            QCOMPARE(store->languages({s.id}).value(s.id), (QStringList{u"en"_s, u"es"_s}));
        SearchEngine engine(*store);
        QCOMPARE(engine.search({u"magnesio"_s, {}, 0, 5}).hits.value(0).title, u"Magnesium Infusion Therapy"_s);
        int sampleTranslations = 0;
        for (const ProcedureSummary &s : store->list(nullptr, true))
            sampleTranslations += store->procedure(s.id)->sampleTranslation ? 1 : 0;
        QCOMPARE(sampleTranslations, 5);
    }

    void shouldFindCodesFirst_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("firstCode");
        Test::addRowPerBackend(u"full code"_s, u"96413"_s, u"96413"_s);
        Test::addRowPerBackend(u"partial code"_s, u"9641"_s, u"96413"_s);
        Test::addRowPerBackend(u"partial code 3"_s, u"963"_s, u"96372"_s);
        Test::addRowPerBackend(u"HCPCS code"_s, u"j1030"_s, u"J1030"_s);
        Test::addRowPerBackend(u"HCPCS prefix"_s, u"J10"_s, u"J1030"_s);
    }

    void shouldFindCodesFirst()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldFindCodesFirst"_s);
        QFETCH(QString, query);
        QFETCH(QString, firstCode);
        auto store = openOrFail(location);
        (void)Importer::importPaths(
            *store, {QStringLiteral(CARELEAF_SAMPLE_DIR), Test::dataPath(u"with_code_inline.txt"_s),
                     Test::dataPath(u"with_code_next_line.txt"_s), Test::dataPath(u"with_code_next_block.txt"_s)});
        const SearchPage page = find(*store, query, 10);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(!page.hits.isEmpty());
        QCOMPARE(page.hits.first().code, firstCode);
    }

    void shouldFindSeedsByLayWords_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("firstTitleStart");
        Test::addRowPerBackend(u"chemo"_s, u"chemo"_s, u"Sequential IV Chemotherapy Infusion"_s);
        Test::addRowPerBackend(u"pump"_s, u"pump"_s, u"Refilling and Maintenance"_s);
        Test::addRowPerBackend(u"magnesium"_s, u"magnesium"_s, u"Magnesium Infusion Therapy"_s);
        Test::addRowPerBackend(u"home infusion"_s, u"home infusion"_s, u"Home Infusion"_s);
        Test::addRowPerBackend(u"injection"_s, u"injection"_s, u"Injection(s)"_s);
        Test::addRowPerBackend(u"alias"_s, u"magnesium drip"_s, u"Magnesium Infusion Therapy"_s);
        Test::addRowPerBackend(u"prefix as typed"_s, u"magn"_s, u"Magnesium Infusion Therapy"_s);
    }

    void shouldFindSeedsByLayWords()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldFindSeedsByLayWords"_s);
        QFETCH(QString, query);
        QFETCH(QString, firstTitleStart);
        auto store = openOrFail(location);
        (void)Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)});
        const SearchPage page = find(*store, query, 10);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(!page.hits.isEmpty());
        QVERIFY2(page.hits.first().title.startsWith(firstTitleStart), qPrintable(page.hits.first().title));
    }

    // Anything a user types is safe: never an SQL or FTS error, never a crash.
    void shouldSurviveAnyQuery_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("query");
        const QStringList hostile{
            u"\"chemo"_s,
            u"chemo\""_s,
            u"\"\"\""_s,
            u"*"_s,
            u"chemo*"_s,
            u"**"_s,
            u":"_s,
            u"code:96417"_s,
            u"("_s,
            u"(chemo"_s,
            u")"_s,
            u"-"_s,
            u"-chemo"_s,
            u"--"_s,
            u"AND"_s,
            u"chemo AND"_s,
            u"OR NOT"_s,
            u"NEAR(chemo pump)"_s,
            u"^chemo"_s,
            u"chemo'; DROP TABLE procedures; --"_s,
            u"' OR 1=1 --"_s,
            u"{code}: 9*"_s,
            u"\\"_s,
            u"%"_s,
            u"_"_s,
            u"   "_s,
            u"\u0000"_s,
            u"\u202Echemo"_s,
            u"чемо"_s,
            u"化学療法"_s,
            QString(5000, u'a'),
            QString(300, u'"'),
            u"a b c d e f g h i j k l m n o p q r s t"_s,
        };
        for (qsizetype i = 0; i < hostile.size(); ++i)
            Test::addRowPerBackend(QString::number(i), hostile.at(i));
    }

    void shouldSurviveAnyQuery()
    {
        QFETCH(QString, backend);
        CARELEAF_NEW_LIBRARY(location, backend, u"shouldSurviveAnyQuery"_s);
        QFETCH(QString, query);
        auto store = openOrFail(location);
        (void)Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)});
        const SearchPage page = find(*store, query, 50);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(store->count(), 5);
    }
};

QTEST_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
