// The clinic server: roles the server enforces, publishing with copy, imports from two
// workstations at once, and what happens when the server goes away and comes back.
#include "documentparser.h"
#include "importer.h"
#include "librarycopy.h"
#include "pendinglog.h"
#include "procedurelistmodel.h"
#include "searchengine.h"
#include "searchservice.h"
#include "serveradmin.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;
using namespace Careleaf;

namespace {

QString clusterPassword()
{
    return QString::fromLatin1(Test::readFile(qEnvironmentVariable("CARELEAF_TEST_PG_DIR") + u"/password"_s)).trimmed();
}

QString withUser(const QString &url, const QString &user)
{
    QUrl u(url);
    u.setUserName(user);
    return u.toString();
}

// A raw statement as one role, outside Careleaf: what the server allows that role.
QSqlError execAs(const QString &url, const QString &statement)
{
    const QUrl u(url);
    static int counter = 0;
    const QString name = u"raw-%1"_s.arg(++counter);
    QSqlError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            error = db.lastError();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                error = q.lastError();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{Test::scratchTemplate()};
    QString m_serverMissing;

    std::unique_ptr<LibraryStore> openOrFail(const QString &location)
    {
        LibraryStore::OpenResult r = LibraryStore::open(location);
        if (!r.store)
            qWarning("%s", qPrintable(r.error));
        return std::move(r.store);
    }

    // Roles are the cluster's, not the database's: names of this run only.
    static ServerAdmin::Roles roles()
    {
        ServerAdmin::Roles r;
        r.editor = u"t%1_editor"_s.arg(QCoreApplication::applicationPid());
        r.workstation = u"t%1_workstation"_s.arg(QCoreApplication::applicationPid());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariable("CARELEAF_TEST_PG").isEmpty()) {
            m_serverMissing = u"no PostgreSQL test server here: CARELEAF_TEST_PG is not set (scripts/test starts one "
                              "with scripts/pg-server)"_s;
        }
    }

    void init()
    {
        if (!m_serverMissing.isEmpty())
            CARELEAF_SKIP_OR_FAIL(m_serverMissing);
    }

    // The workstation role reads and logs; the server refuses everything else, whatever the client.
    void shouldEnforceRolesOnTheServer()
    {
        CARELEAF_NEW_LIBRARY(owner, u"postgresql"_s, u"roles"_s);
        auto admin = openOrFail(owner);
        QVERIFY(admin);
        QString error;
        const QStringList done = ServerAdmin::initServer(*admin, roles(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(done.size() >= 3);
        const QString password = clusterPassword();
        for (const QString &role : {roles().editor, roles().workstation})
            QCOMPARE(Test::serverExec({u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(role, password)}), QString());

        // The editor imports.
        auto editor = openOrFail(withUser(owner, roles().editor));
        QVERIFY(editor);
        QVERIFY(editor->connection().importRefusal().isEmpty());
        QCOMPARE(Importer::importPaths(*editor, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);

        // The workstation reads, searches and logs.
        const QString workstationUrl = withUser(owner, roles().workstation);
        auto workstation = openOrFail(workstationUrl);
        QVERIFY(workstation);
        QCOMPARE(workstation->count(), 5);
        SearchEngine engine(*workstation);
        QCOMPARE(engine.search({u"magnesium drip"_s, {}, 0, 5}).hits.first().title, u"Magnesium Infusion Therapy"_s);
        const QString refusal = workstation->connection().importRefusal();
        QVERIFY2(refusal.contains(roles().workstation) && refusal.contains(u"read-only"_s), qPrintable(refusal));
        EducationLogEntry entry;
        entry.printedAt = QDateTime::currentDateTimeUtc();
        entry.workstation = u"front desk"_s;
        entry.procedures = QStringList{u"CPT:96417"_s};
        entry.copies = 1;
        entry.output = u"printer"_s;
        QCOMPARE(workstation->log().append(entry), QString());
        QCOMPARE(workstation->log().entries().size(), 1);
        // The server, not the workstation, says who wrote the row and when.
        QCOMPARE(workstation->log().entries().first().recordedBy, roles().workstation);
        QVERIFY(qAbs(workstation->log().entries().first().recordedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

        // An import attempted anyway: the server says no, in one plain sentence, and nothing changed.
        const ImportReport attempt = Importer::importPaths(*workstation, {Test::dataPath(u"with_code_inline.txt"_s)});
        QVERIFY(attempt.fatalError.contains(u"read-only"_s));
        QVERIFY2(!attempt.fatalError.contains(u"SELECT"_s) && !attempt.fatalError.contains(u"INSERT"_s),
                 qPrintable(attempt.fatalError));
        QCOMPARE(workstation->count(), 5);

        // Straight SQL as the workstation role: refused by the server for every change.
        const QString raw = withUser(workstationUrl, roles().workstation);
        QUrl rawUrl(raw);
        rawUrl.setPassword(password);
        const QString asWorkstation = rawUrl.toString();
        for (const QString &statement :
             {u"INSERT INTO procedures (identity, code_system, code, descriptor, title, names, body, document,"
              " content_sha256, source_file, source_sha256, reading_grade, imported_at, updated_at)"
              " VALUES ('x', '', '', '', '', '', '', '{}', '', '', '', 0, '', '')"_s,
              u"UPDATE procedures SET title = 'changed'"_s, u"DELETE FROM procedures"_s,
              u"DELETE FROM procedure_keys"_s, u"DELETE FROM name_words"_s, u"DELETE FROM search_words"_s,
              u"UPDATE education_log SET copies = 9"_s, u"DELETE FROM education_log"_s, u"DROP TABLE procedures"_s}) {
            const QSqlError e = execAs(asWorkstation, statement);
            QVERIFY2(e.isValid(), qPrintable(statement));
            QVERIFY2(e.nativeErrorCode() == u"42501"_s, qPrintable(statement + u": "_s + e.text()));
        }
        // The log grows only through the server's careleaf_append_log: a row of the workstation's own
        // making, with an id ahead of the counter, is refused.
        const QSqlError ownRow =
            execAs(asWorkstation, u"INSERT INTO education_log (id, printed_at, workstation,"
                                  " procedures, content_versions, sections, preset, copies, output)"
                                  " VALUES (1000, '2026-01-01', 'x', '[]', '[]', '[]', '', 1, 'pdf')"_s);
        QCOMPARE(ownRow.nativeErrorCode(), u"42501"_s);
        QCOMPARE(admin->count(), 5);
        // Every later handout is still logged, by the server's own numbering.
        QCOMPARE(workstation->log().append(entry), QString());
        QCOMPARE(admin->log().entries().size(), 2);
        QVERIFY2(admin->check().isEmpty(), qPrintable(admin->check().join(u'\n')));

        // A server of format 8 (careleaf_append_log without a language, granted to the roles) upgraded:
        // the workstation still logs, and the log now records the language, sealed.
        const QString oldFunction =
            u"careleaf_append_log(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT, BOOLEAN)"_s;
        admin.reset();
        for (const QString &statement :
             {u"ALTER TABLE education_log DROP COLUMN language"_s,
              u"DROP FUNCTION careleaf_append_log(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT, TEXT, BOOLEAN)"_s,
              u"CREATE FUNCTION %1 RETURNS BIGINT LANGUAGE sql SECURITY DEFINER AS 'SELECT 0::bigint'"_s.arg(
                  oldFunction),
              u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(oldFunction),
              u"GRANT EXECUTE ON FUNCTION %1 TO %2, %3"_s.arg(oldFunction, roles().editor, roles().workstation),
              // A change counted a statement, as before format 13.
              u"CREATE OR REPLACE FUNCTION careleaf_count_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
              " UPDATE careleaf_meta SET value = (value::bigint + 1)::text WHERE key = 'content_version';"
              " RETURN NULL; END $$"_s,
              u"UPDATE careleaf_meta SET value = '8' WHERE key = 'schema_version'"_s}) {
            const QSqlError error = execAs(owner, statement);
            QVERIFY2(!error.isValid(), qPrintable(statement + u": "_s + error.text()));
        }
        admin = openOrFail(owner); // upgrades
        QVERIFY(admin);
        auto upgraded = openOrFail(workstationUrl);
        QVERIFY(upgraded);
        entry.language = u"es"_s;
        QCOMPARE(upgraded->log().append(entry), QString());
        QCOMPARE(admin->log().entries().size(), 3);
        QCOMPARE(admin->log().entries().last().language, u"es"_s);
        QVERIFY2(admin->check().isEmpty(), qPrintable(admin->check().join(u'\n')));
        // The editor's right came across too.
        {
            auto upgradedEditor = openOrFail(withUser(owner, roles().editor));
            QVERIFY(upgradedEditor);
            QCOMPARE(upgradedEditor->log().append(entry), QString());
        }
        QVERIFY(execAs(owner, u"SELECT %1::regprocedure"_s.arg(u"'"_s + oldFunction + u"'"_s)).isValid()); // gone

        // Rows no handout can have are refused through the server's own door too: a time in 1999 or
        // none, negative copies; a workstation naming itself another does not change who the server
        // records.
        const QString append =
            u"SELECT careleaf_append_log(%1, 'front desk', '[]', '[]', '[]', '', %2, 'pdf', 'en', false)"_s;
        for (const auto &[printedAt, copies] :
             {std::pair{u"'1999-01-01T00:00:00.000Z'"_s, 1}, std::pair{u"''"_s, 1},
              std::pair{u"'2026-02-30T00:00:00Z'"_s, 1},
              std::pair{u"to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"_s, -5}}) {
            const QSqlError refused = execAs(asWorkstation, append.arg(printedAt).arg(copies));
            QVERIFY2(refused.isValid(), qPrintable(printedAt));
        }
        QCOMPARE(admin->log().entries().size(), 4);
        QVERIFY(!execAs(asWorkstation,
                        append.arg(u"to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"_s).arg(2))
                     .isValid());
        const QList<EducationLogEntry> log = admin->log().entries();
        QCOMPARE(log.size(), 5);
        QCOMPARE(log.last().recordedBy, roles().workstation);
        QCOMPARE(log.last().language, u"en"_s);
        QVERIFY(admin->check().isEmpty());

        // The editor counts its changes and nothing else: the format number is the owner's.
        QUrl editorUrl(withUser(owner, roles().editor));
        editorUrl.setPassword(password);
        QVERIFY(!execAs(editorUrl.toString(), u"UPDATE careleaf_meta SET value = '999' WHERE key = 'schema_version'"_s)
                     .isValid());
        QVERIFY(!execAs(editorUrl.toString(), u"UPDATE careleaf_meta SET value = '0 x' WHERE key = 'log_head'"_s)
                     .isValid());
        QVERIFY(openOrFail(workstationUrl));
        QVERIFY(admin->check().isEmpty());

        // Upgraded, the server counts a change once a transaction: a copy of three procedures, one.
        const QString docs = m_dir.filePath(u"counted"_s);
        QVERIFY(Test::writeDocuments(docs, 0, 3));
        auto local = openOrFail(m_dir.filePath(u"counted.sqlite"_s));
        QVERIFY(local);
        QCOMPARE(Importer::importPaths(*local, {docs}).imported, 3);
        const auto changes = [&admin] { return admin->connection().contentVersion().section(u'|', 0, 0).toLongLong(); };
        const qint64 before = changes();
        QCOMPARE(LibraryCopy::copy(*local, *admin).imported, 3);
        QCOMPARE(changes(), before + 1);
    }

    // A role already there that holds more than its rights (a superuser, the database's owner,
    // a role past row security) is refused as the workstation's or the editor's: init-server took
    // the superuser as the workstation role, said the server refused it any change, and it
    // imported.
    void shouldRefuseARoleThatHoldsMoreThanItsRights_data()
    {
        QTest::addColumn<QString>("which");  // "editor" or "workstation"
        QTest::addColumn<QString>("create"); // how the role is made; empty: the connection's own
        QTest::addColumn<QString>("said");
        QTest::addRow("the workstation is the connection's own (a superuser)")
            << u"workstation"_s << QString() << u"is a superuser"_s;
        QTest::addRow("the workstation owns the database")
            << u"workstation"_s << u"OWNER"_s << u"is the owner of the database"_s;
        QTest::addRow("the workstation is a superuser") << u"workstation"_s << u"SUPERUSER"_s << u"is a superuser"_s;
        QTest::addRow("the editor bypasses row security")
            << u"editor"_s << u"BYPASSRLS"_s << u"bypasses row security"_s;
        QTest::addRow("the workstation may create roles") << u"workstation"_s << u"CREATEROLE"_s << u"create roles"_s;
        QTest::addRow("the workstation writes all data")
            << u"workstation"_s << u"IN ROLE pg_write_all_data"_s << u"pg_write_all_data"_s;
        QTest::addRow("the workstation is the editor's member")
            << u"workstation"_s << u"MEMBER"_s << u"is a member of the editor role"_s;
    }

    void shouldRefuseARoleThatHoldsMoreThanItsRights()
    {
        QFETCH(QString, which);
        QFETCH(QString, create);
        QFETCH(QString, said);
        CARELEAF_NEW_LIBRARY(owner, u"postgresql"_s, u"strongrole"_s);
        auto admin = openOrFail(owner);
        QVERIFY(admin);
        QSqlQuery q(admin->connection().db());
        QVERIFY(q.exec(u"SELECT current_database(), current_user"_s) && q.next());
        const QString database = q.value(0).toString();
        const QString connection = q.value(1).toString();
        q.finish();
        ServerAdmin::Roles r = roles();
        if (create == u"MEMBER"_s)
            r.editor = u"t%1_strong_editor"_s.arg(QCoreApplication::applicationPid()); // granted nothing yet
        QString name = connection;
        const bool special = create == u"OWNER"_s || create == u"MEMBER"_s;
        if (!create.isEmpty()) {
            name = u"t%1_strong"_s.arg(QCoreApplication::applicationPid());
            QCOMPARE(Test::serverExec({u"DROP ROLE IF EXISTS %1"_s.arg(name),
                                       u"CREATE ROLE %1 LOGIN %2"_s.arg(name, special ? QString() : create)}),
                     QString());
        }
        if (create == u"OWNER"_s)
            QCOMPARE(Test::serverExec({u"ALTER DATABASE \"%1\" OWNER TO %2"_s.arg(database, name)}), QString());
        if (create == u"MEMBER"_s)
            QCOMPARE(
                Test::serverExec({u"DROP ROLE IF EXISTS %1"_s.arg(r.editor), u"CREATE ROLE %1 LOGIN"_s.arg(r.editor),
                                  u"GRANT %1 TO %2"_s.arg(r.editor, name)}),
                QString());
        const auto dropped = qScopeGuard([&] {
            if (create.isEmpty())
                return;
            (void)Test::serverExec({u"ALTER DATABASE \"%1\" OWNER TO %2"_s.arg(database, connection)});
            if (create == u"MEMBER"_s)
                (void)Test::serverExec({u"DROP ROLE IF EXISTS %1"_s.arg(r.editor)});
            (void)Test::serverExec({u"DROP ROLE IF EXISTS %1"_s.arg(name)});
        });
        (which == u"editor"_s ? r.editor : r.workstation) = name;
        QString error;
        const QStringList done = ServerAdmin::initServer(*admin, r, &error);
        QVERIFY2(done.isEmpty(), qPrintable(done.join(u'\n')));
        QVERIFY2(error.contains(u"the %1 role %2 "_s.arg(which, name)) && error.contains(said), qPrintable(error));
    }

    // init-server by a role that does not own the database: one sentence, and the right advice.
    void shouldTellANonOwnerWhoMaySetUpTheServer()
    {
        CARELEAF_NEW_LIBRARY(owner, u"postgresql"_s, u"notowner"_s);
        {
            auto admin = openOrFail(owner);
            QVERIFY(admin);
            QString error;
            (void)ServerAdmin::initServer(*admin, roles(), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QString password = clusterPassword();
        QCOMPARE(Test::serverExec({u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(roles().editor, password)}), QString());
        QUrl editorUrl(withUser(owner, roles().editor));
        const Test::CliRun r = Test::runCli({u"admin"_s, u"init-server"_s, editorUrl.toString(), u"--editor"_s,
                                             roles().editor, u"--workstation"_s, roles().workstation},
                                            Test::cliEnvironment(m_dir.filePath(u"notowner-home"_s)));
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = r.err.trimmed().split(u'\n');
        QVERIFY2(lines.size() == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"owner"_s) && !r.err.contains(u"editor role"_s) && !r.err.contains(u"WARNING"_s),
                 qPrintable(r.err));
    }

    // The console: init-server, copy, CARELEAF_DB, and an import the workstation role may not make.
    void shouldRunTheConsoleAgainstTheServer()
    {
        CARELEAF_NEW_LIBRARY(owner, u"postgresql"_s, u"console"_s);
        const QString home = m_dir.filePath(u"console-home"_s);
        QProcessEnvironment env = Test::cliEnvironment(home);
        ServerAdmin::Roles r;
        r.editor = u"c%1_editor"_s.arg(QCoreApplication::applicationPid());
        r.workstation = u"c%1_workstation"_s.arg(QCoreApplication::applicationPid());
        Test::CliRun init = Test::runCli(
            {u"admin"_s, u"init-server"_s, owner, u"--editor"_s, r.editor, u"--workstation"_s, r.workstation}, env);
        QCOMPARE(init.exitCode, 0);
        QVERIFY2(init.out.contains(u"role %1: created"_s.arg(r.workstation)), qPrintable(init.out));
        // Again: nothing to create, the rights set again.
        init = Test::runCli(
            {u"admin"_s, u"init-server"_s, owner, u"--editor"_s, r.editor, u"--workstation"_s, r.workstation}, env);
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(u"already there"_s));
        for (const QString &role : {r.editor, r.workstation})
            QCOMPARE(Test::serverExec({u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(role, clusterPassword())}), QString());

        const QString file = m_dir.filePath(u"console.sqlite"_s);
        QCOMPARE(Test::runCli({u"--db"_s, file, u"import"_s, QStringLiteral(CARELEAF_SAMPLE_DIR)}, env).exitCode, 0);
        const Test::CliRun copy =
            Test::runCli({u"copy"_s, u"--from"_s, file, u"--to"_s, withUser(owner, r.editor)}, env);
        QCOMPARE(copy.exitCode, 0);
        QVERIFY2(copy.out.startsWith(u"copied 5: imported 5, updated 0, unchanged 0"_s), qPrintable(copy.out));

        env.insert(u"CARELEAF_DB"_s, withUser(owner, r.workstation));
        const Test::CliRun search = Test::runCli({u"search"_s, u"magnesium drip"_s}, env);
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains(u"Magnesium Infusion Therapy"_s));
        const Test::CliRun refused = Test::runCli({u"import"_s, Test::dataPath(u"with_code_inline.txt"_s)}, env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"read-only"_s) && !refused.err.contains(u"SQL"_s), qPrintable(refused.err));
        // The workstation prints, and the server keeps the record.
        const QString id = search.out.section(u'\t', 0, 0);
        const Test::CliRun handout =
            Test::runCli({u"handout"_s, u"--out"_s, m_dir.filePath(u"console.pdf"_s), id}, env);
        QVERIFY2(handout.exitCode == 0, qPrintable(handout.err));
        const Test::CliRun log = Test::runCli({u"log"_s}, env);
        QCOMPARE(log.exitCode, 0);
        QVERIFY2(log.out.contains(u"pdf"_s) && log.out.contains(u"Magnesium"_s), qPrintable(log.out));
        // IT took the right to log away by mistake: the handout is written and said so first, and
        // the message says what the workstation lacks (not the import advice an editor gets).
        QCOMPARE(Test::serverExec({u"REVOKE EXECUTE ON FUNCTION careleaf_append_log(TEXT, TEXT, TEXT, TEXT, TEXT, "
                                   "TEXT, INTEGER, TEXT, TEXT, BOOLEAN) FROM %1"_s.arg(r.workstation)},
                                  QUrl(owner).path().mid(1)),
                 QString());
        const QString unlogged = m_dir.filePath(u"unlogged.pdf"_s);
        const Test::CliRun refusedLog = Test::runCli({u"handout"_s, u"--out"_s, unlogged, id}, env);
        QCOMPARE(refusedLog.exitCode, 2);
        QVERIFY2(refusedLog.out.contains(u"wrote "_s + unlogged), qPrintable(refusedLog.out));
        QVERIFY2(refusedLog.err.contains(u"right to add to it"_s) &&
                     refusedLog.err.contains(u"waits on this computer"_s) && !refusedLog.err.contains(u"import"_s),
                 qPrintable(refusedLog.err));
        QVERIFY(Test::readFile(unlogged).startsWith("%PDF-"));
        QCOMPARE(Test::runCli({u"copy"_s, u"--from"_s, file}, env).exitCode, 2);
        QCOMPARE(Test::runCli({u"admin"_s, u"init-server"_s, file}, env).exitCode, 2);
    }

    // Publishing a file to the server and back: everything, with dates and sources, in one go.
    void shouldCopyBothWays()
    {
        CARELEAF_NEW_LIBRARY(server, u"postgresql"_s, u"publish"_s);
        const QString file = m_dir.filePath(u"publish.sqlite"_s);
        auto local = openOrFail(file);
        QVERIFY(local);
        QCOMPARE(Importer::importPaths(*local, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
        auto remote = openOrFail(server);
        QVERIFY(remote);
        const auto changes = [&remote] {
            return remote->connection().contentVersion().section(u'|', 0, 0).toLongLong();
        };
        const qint64 before = changes();
        CopyReport up = LibraryCopy::copy(*local, *remote);
        QVERIFY2(up.error.isEmpty(), qPrintable(up.error));
        QCOMPARE(up.summaryLine(), u"copied 5: imported 5, updated 0, unchanged 0"_s);
        // One transaction, one change counted: a count a statement made every write of a large
        // copy walk all the counts before it (quadratic; 40,000 procedures took minutes more).
        QCOMPARE(changes(), before + 1);
        QCOMPARE(LibraryCopy::copy(*local, *remote).summaryLine(), u"copied 5: imported 0, updated 0, unchanged 5"_s);
        for (const ProcedureSummary &s : local->list()) {
            const auto mine = local->procedure(s.id);
            const QList<qint64> theirs = remote->resolve(QString::number(remote->list().at(0).id));
            QVERIFY(!theirs.isEmpty());
            bool found = false;
            for (const ProcedureSummary &r : remote->list()) {
                const auto other = remote->procedure(r.id);
                if (other->identity() != mine->identity())
                    continue;
                found = true;
                QVERIFY(other->sections == mine->sections);
                QCOMPARE(other->importedAt, mine->importedAt);
                QCOMPARE(other->source.file, mine->source.file);
                QCOMPARE(remote->contentChecksum(r.id), local->contentChecksum(s.id));
            }
            QVERIFY(found);
        }
        auto back = openOrFail(m_dir.filePath(u"back.sqlite"_s));
        QVERIFY(back);
        QCOMPARE(LibraryCopy::copy(*remote, *back).imported, 5);
        QVERIFY(back->check().isEmpty());
        QVERIFY(remote->check().isEmpty());
    }

    // A copy that fails half-way leaves the destination as it was.
    void shouldCopyAllOrNothing()
    {
        CARELEAF_NEW_LIBRARY(server, u"postgresql"_s, u"halfway"_s);
        auto local = openOrFail(m_dir.filePath(u"halfway.sqlite"_s));
        QVERIFY(local);
        QCOMPARE(Importer::importPaths(*local, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
        auto remote = openOrFail(server);
        QVERIFY(remote);
        const QString db = QUrl(server).path().mid(1);
        QCOMPARE(Test::serverExec({u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                                   " IF new.descriptor LIKE 'Refilling%' THEN RAISE EXCEPTION 'simulated disk failure';"
                                   " END IF; RETURN new; END $$"_s,
                                   u"CREATE TRIGGER refuse BEFORE INSERT ON procedures FOR EACH ROW"
                                   " EXECUTE FUNCTION refuse()"_s},
                                  db),
                 QString());
        const CopyReport report = LibraryCopy::copy(*local, *remote);
        QVERIFY2(report.error.contains(u"simulated disk failure"_s), qPrintable(report.error));
        QVERIFY(report.error.contains(u"Nothing was copied"_s));
        QCOMPARE(report.total(), 0);
        QCOMPARE(remote->count(), 0);
        QVERIFY(remote->check().isEmpty());
    }

    // A newer keystroke cancels the statement the server is running (PQcancel, from the libpq
    // that Qt's driver loaded: Careleaf does not link it). The driver's handle is a "pg_conn*",
    // which a check for "PGconn*" missed: no search on a server was ever cancelled.
    void shouldCancelTheRunningStatement()
    {
        CARELEAF_NEW_LIBRARY(server, u"postgresql"_s, u"cancel"_s);
        auto store = openOrFail(server);
        QVERIFY(store);
        const std::function<void()> interrupt = store->connection().interrupter();
        QSqlDatabase db = Test::storeConnection(*store);
        QElapsedTimer clock;
        clock.start();
        QThread *canceller = QThread::create([&interrupt] {
            QThread::msleep(300);
            interrupt();
        });
        canceller->start();
        QSqlQuery q(db);
        const bool ran = q.exec(u"SELECT pg_sleep(30)"_s);
        canceller->wait();
        delete canceller;
        QVERIFY(!ran);
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(q.lastError().text().contains(u"cancel"_s), qPrintable(q.lastError().text()));
    }

    // A word in more names than either library ranks (500): not counted to the end, read a page at
    // a time in title order (on the server from name_words), the section-text tier after it,
    // nothing lost or repeated at any page size, the total exact once the last page is in.
    void shouldPageABroadSearchWithoutCountingItAll_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("names");
        QTest::newRow("one word") << u"generated"_s << 600;
        QTest::newRow("a prefix") << u"genera"_s << 600;
        QTest::newRow("two words, both broad") << u"sample generated"_s << 600;
        QTest::newRow("a phrase") << u"\"generated procedure\""_s << 600;
        QTest::newRow("a word and one letter") << u"generated s"_s << 600;
    }

    void shouldPageABroadSearchWithoutCountingItAll()
    {
        QFETCH(QString, query);
        QFETCH(int, names);
        static QString server;
        static QString file;
        if (server.isEmpty()) {
            // 600 procedures named "Generated Procedure N", 20 with the word in their text only,
            // and 250 whose titles come first and hold none of the words: a page of a broad tier
            // is in title order however far into the alphabet its titles start.
            const QString docs = m_dir.filePath(u"broad"_s);
            QVERIFY(Test::writeDocuments(docs, 0, 600));
            for (int n = 600; n < 870; ++n) {
                QByteArray doc = Test::syntheticDocument(n);
                if (n < 620)
                    doc.replace("Generated Procedure", "Other Procedure").replace("generated library", "test library");
                else
                    doc.replace("Generated", "Aardvark").replace("generated", "aardvark");
                QFile f(docs + u"/other-%1.txt"_s.arg(n));
                QVERIFY(f.open(QIODevice::WriteOnly));
                QCOMPARE(f.write(doc), doc.size());
            }
            CARELEAF_NEW_LIBRARY(created, u"postgresql"_s, u"broad"_s);
            for (const QString &location : {created, m_dir.filePath(u"broad.sqlite"_s)}) {
                auto store = openOrFail(location);
                QVERIFY(store);
                QCOMPARE(Importer::importPaths(*store, {docs}).imported, 870);
            }
            server = created;
            file = m_dir.filePath(u"broad.sqlite"_s);
        }
        auto remote = openOrFail(server);
        auto local = openOrFail(file);
        QVERIFY(remote && local);
        SearchEngine remoteEngine(*remote);
        SearchEngine localEngine(*local);

        // The reference: everything in one page, which ends before the page does, so its total is exact.
        const SearchPage everything = localEngine.search({query, {}, 0, 1000});
        QCOMPARE(everything.total, names + 20);
        QVERIFY(everything.totalIsExact);
        QSet<QString> expected;
        for (const SearchHit &hit : everything.hits)
            expected.insert(hit.code);
        // The first of the names in title order: procedures 0, 1, 10, 100, 101, ...
        QStringList titles;
        for (int n = 0; n < 600; ++n)
            titles << u"Generated Procedure %1"_s.arg(n);
        std::sort(titles.begin(), titles.end(),
                  [](const QString &a, const QString &b) { return a.toLower().toUtf8() < b.toLower().toUtf8(); });

        for (auto *engine : {&remoteEngine, &localEngine}) {
            const char *library = engine == &localEngine ? "SQLite" : "PostgreSQL";
            const SearchPage first = engine->search({query, {}, 0, 20});
            QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
            QVERIFY2(!first.totalIsExact, library);
            QVERIFY2(first.total > 500, library);
            QCOMPARE(first.hits.size(), 20);
            for (int i = 0; i < 20; ++i)
                QCOMPARE(first.hits.at(i).title, titles.at(i));
            // A filter every one of them passes: the same page, read another way.
            SearchFilters cpt;
            cpt.system = u"CPT"_s;
            const SearchPage filtered = engine->search({query, cpt, 0, 20});
            QVERIFY2(filtered.error.isEmpty(), qPrintable(filtered.error));
            QCOMPARE(filtered.hits.size(), 20);
            for (int i = 0; i < 20; ++i)
                QCOMPARE(filtered.hits.at(i).title, titles.at(i));

            for (int pageSize : {7, 50, names}) {
                QStringList seen;
                SearchPage page;
                for (int offset = 0; offset < 2000; offset += pageSize) {
                    page = engine->search({query, {}, offset, pageSize});
                    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
                    for (const SearchHit &hit : std::as_const(page.hits))
                        seen << hit.code;
                    if (page.totalIsExact)
                        break;
                    QVERIFY(page.total > offset + pageSize); // a full page: at least one more
                }
                QVERIFY2(page.totalIsExact, library);
                QCOMPARE(page.total, names + 20);
                QCOMPARE(seen.size(), names + 20);
                QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), expected);
                // The names first, in title order; the 20 found in the text alone after them.
                for (int i = 0; i < names; ++i)
                    QCOMPARE(seen.at(i), QString::number(10000 + titles.at(i).section(u' ', 2).toInt()));
            }

            // A one-letter prefix beside a broad word is still checked: nothing starts with x, so
            // no procedure has both, and what is listed is the closest, for the word alone.
            const SearchPage none = engine->search({query.section(u' ', 0, 0) + u" x"_s, {}, 0, 20});
            QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
            QVERIFY(none.total == 0 || none.closest);
            QVERIFY2(!none.correctedQuery.split(u' ').contains(u"x"_s), qPrintable(none.correctedQuery));
        }

        // The list grows as it is scrolled and knows the total at the end.
        for (const QString &location : {server, file}) {
            SearchService service(location);
            ProcedureListModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setService(&service);
            model.setQuery(query);
            QVERIFY(Test::settled(model));
            QVERIFY2(!model.totalIsExact(), qPrintable(location));
            QVERIFY(model.totalCount() > 500);
            while (model.canFetchMore({})) {
                model.fetchMore({});
                QVERIFY(Test::settled(model));
            }
            QVERIFY(model.totalIsExact());
            QCOMPARE(model.totalCount(), names + 20);
            QCOMPARE(model.rowCount(), names + 20);
        }
    }

    // name_words follows every change of a procedure's names or title, and a library of the
    // format before it gets it filled on upgrade.
    void shouldKeepNameWordsInStepWithTheLibrary()
    {
        CARELEAF_NEW_LIBRARY(server, u"postgresql"_s, u"namewords"_s);
        const QString docs = m_dir.filePath(u"namewords"_s);
        QVERIFY(Test::writeDocuments(docs, 0, 3));
        const QUrl url(server);
        const auto rows = [&](const QString &where) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"namewords"_s);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            QStringList out;
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"SELECT n.word || ' ' || n.sort_title FROM name_words n JOIN procedures p"
                       " ON p.id = n.procedure_id WHERE "_s +
                       where + u" ORDER BY 1"_s);
                while (q.next())
                    out << q.value(0).toString();
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"namewords"_s);
            return out;
        };
        {
            auto store = openOrFail(server);
            QVERIFY(store);
            QCOMPARE(Importer::importPaths(*store, {docs}).imported, 3);
        }
        QVERIFY(rows(u"p.code = '10001'"_s).contains(u"sample generated procedure 1"_s));
        QVERIFY(rows(u"p.code = '10001'"_s).contains(u"10001 generated procedure 1"_s));

        // Renamed: the old title's rows go, the new name's words come.
        QByteArray renamed = Test::syntheticDocument(1);
        renamed.replace("Generated Procedure 1 (commonly referred to as Sample 1)", "Renamed Procedure 1");
        QVERIFY(Test::writeDocument(docs, 1, renamed));
        {
            auto store = openOrFail(server);
            QVERIFY(store);
            QCOMPARE(Importer::importPaths(*store, {docs}).updated, 1);
        }
        const QStringList after = rows(u"p.code = '10001'"_s);
        QVERIFY(after.contains(u"renamed renamed procedure 1"_s));
        QVERIFY(!after.contains(u"sample renamed procedure 1"_s));
        for (const QString &row : after)
            QVERIFY2(row.endsWith(u" renamed procedure 1"_s), qPrintable(row));

        // A library of format 3: upgraded, the words of every procedure filled in.
        const QStringList all = rows(u"true"_s);
        QVERIFY(!execAs(server, u"DROP TABLE name_words"_s).isValid());
        QVERIFY(!execAs(server, u"UPDATE careleaf_meta SET value = '3' WHERE key = 'schema_version'"_s).isValid());
        {
            auto store = openOrFail(server);
            QVERIFY(store);
            QCOMPARE(SearchEngine(*store).search({u"renamed"_s, {}, 0, 5}).hits.size(), 1);
        }
        QCOMPARE(rows(u"true"_s), all);
    }

    // Two workstations importing the same files at the same moment: one procedure each, never two.
    void shouldNeverDuplicateWithConcurrentImports()
    {
        CARELEAF_NEW_LIBRARY(server, u"postgresql"_s, u"together"_s);
        const QString docs = m_dir.filePath(u"together"_s);
        QVERIFY(QDir().mkpath(docs));
        QVERIFY(Test::writeDocuments(docs, 0, 120));
        {
            auto create = openOrFail(server);
            QVERIFY(create);
        }
        std::atomic<int> failures{0};
        QString errors[2];
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] {
                LibraryStore::OpenResult r = LibraryStore::open(server);
                if (!r.store) {
                    errors[i] = r.error;
                    ++failures;
                    return;
                }
                const ImportReport report = Importer::importPaths(*r.store, {docs});
                if (!report.fatalError.isEmpty() || report.imported + report.updated + report.unchanged != 120) {
                    errors[i] = report.fatalError + u' ' + report.summaryLine();
                    ++failures;
                }
            }));
            threads[i]->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(300000));
        QVERIFY2(failures == 0, qPrintable(errors[0] + u" / "_s + errors[1]));
        auto store = openOrFail(server);
        QCOMPARE(store->count(), 120);
        QVERIFY(store->check().isEmpty());
    }

    // The server restarts under an open session: searches fail plainly while it is down, and the
    // same store works again after reconnect(), reads and writes alike.
    void shouldReconnectAfterTheServerRestarts()
    {
        Test::PrivateServer server;
        if (const QString err = server.start(); !err.isEmpty())
            QFAIL(qPrintable(err));
        QCOMPARE(execAs(server.url(u"postgres"_s), u"CREATE DATABASE restart"_s).text(), QString());
        auto store = openOrFail(server.url(u"restart"_s));
        QVERIFY(store);
        QCOMPARE(Importer::importPaths(*store, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
        SearchEngine engine(*store);
        const int chemo = engine.search({u"chemo"_s, {}, 0, 5}).total;
        QVERIFY(chemo > 0);

        QCOMPARE(server.stop(), QString());
        QVERIFY(!store->connection().isReachable());
        QVERIFY(!engine.search({u"chemo"_s, {}, 0, 5}).error.isEmpty());
        const QString down = store->reconnect();
        QVERIFY2(down.contains(u"cannot be reached"_s), qPrintable(down));
        QVERIFY2(!down.contains(u"careleaf:"_s), "the password is never shown");

        QCOMPARE(server.start(), QString());
        QCOMPARE(store->reconnect(), QString());
        QVERIFY(store->connection().isReachable());
        QCOMPARE(engine.search({u"chemo"_s, {}, 0, 5}).total, chemo);
        const ImportReport more = Importer::importPaths(*store, {Test::dataPath(u"with_code_inline.txt"_s)});
        QVERIFY2(more.fatalError.isEmpty(), qPrintable(more.fatalError));
        QCOMPARE(store->count(), 6);
    }

    // Handouts printed while the server is away are logged when it is back, even when Careleaf
    // was closed in between: the rows wait in a file on this computer, and the next Careleaf to
    // connect (the app, the console, another window) writes each of them once.
    void shouldLogHandoutsPrintedWhileTheServerWasAwayAfterCareleafRestarts()
    {
        Test::PrivateServer server;
        if (const QString err = server.start(); !err.isEmpty())
            QFAIL(qPrintable(err));
        // A name of this run's own: rows wait per server library, and an earlier run's server may
        // have had the same port.
        const QString database = u"away_%1"_s.arg(QCoreApplication::applicationPid());
        QCOMPARE(execAs(server.url(u"postgres"_s), u"CREATE DATABASE "_s + database).text(), QString());
        const QString url = server.url(database);
        const auto entry = [](const QString &procedure, int copies) {
            EducationLogEntry e;
            e.printedAt = QDateTime::currentDateTimeUtc();
            e.workstation = u"front desk, room 2"_s;
            e.procedures = QStringList{procedure};
            e.contentVersions = QStringList{u"abc123"_s};
            e.sections = QStringList{u"overview"_s, u"risks"_s};
            e.preset = u"Before the visit"_s;
            e.copies = copies;
            e.output = u"pdf"_s;
            return e;
        };
        {
            auto store = openOrFail(url);
            QVERIFY(store);
            const EducationLogEntry before = entry(u"CPT 96365 Intravenous Infusion"_s, 1);
            QCOMPARE(store->log().append(before), QString());
            QCOMPARE(server.stop(), QString());
            // The server had this row, but its answer was lost with the connection: it waits again.
            QCOMPARE(store->log().append(before), QString());
            QCOMPARE(store->log().append(entry(u"CPT 96417 Magnesium Infusion Therapy"_s, 2)), QString());
            QCOMPARE(store->log().append(entry(u"HCPCS J1260 Ondansetron, \"quoted\""_s, 1)), QString());
            QCOMPARE(store->log().pendingRows(), 3);
        } // Careleaf quits before the server is back

        QCOMPARE(server.start(), QString());
        auto first = openOrFail(url);
        auto second = openOrFail(url); // a second window, or the console, at the same moment
        QVERIFY(first && second);
        QCOMPARE(first->log().pendingRows(), 0);
        const QList<EducationLogEntry> log = first->log().entries();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).procedures, QStringList{u"CPT 96417 Magnesium Infusion Therapy"_s});
        QCOMPARE(log.at(1).copies, 2);
        QCOMPARE(log.at(1).sections, (QStringList{u"overview"_s, u"risks"_s}));
        QCOMPARE(log.at(1).preset, u"Before the visit"_s);
        QCOMPARE(log.at(1).workstation, u"front desk, room 2"_s);
        QCOMPARE(log.at(1).output, u"pdf"_s);
        QCOMPARE(log.at(2).procedures, QStringList{u"HCPCS J1260 Ondansetron, \"quoted\""_s});
        QCOMPARE(second->log().entries().size(), 3);
    }

    // A file of waiting rows that cannot be read is set aside whole for IT, never overwritten or
    // dropped, and the rows that arrive after it are kept as before.
    void shouldSetADamagedFileOfWaitingLogRowsAside()
    {
        const QString path = PendingLog::pathFor(u"damaged test library %1"_s.arg(QCoreApplication::applicationPid()));
        const QDir folder = QFileInfo(path).absolutePath();
        const QString asideNames = QFileInfo(path).fileName() + u".damaged-*"_s;
        QVERIFY(folder.mkpath(u"."_s));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[{\"printed_at\": \"2026-11-24T05:00:00.000Z\", \"procedures\": [\"CPT 96365\"]}, {\"printed");
        }
        const PendingLog pending(path);
        QString error;
        QVERIFY(pending.rows(&error).isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        EducationLogEntry e;
        e.printedAt = QDateTime::currentDateTimeUtc();
        e.procedures = QStringList{u"CPT 96417"_s};
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not a list of education log rows.*kept as"_s));
        QCOMPARE(pending.append(e), QString());
        const QStringList aside = folder.entryList({asideNames}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(folder.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().endsWith("{\"printed"));
        QList<EducationLogEntry> written;
        QCOMPARE(pending.flush([&](const EducationLogEntry &row) {
            written << row;
            return QString();
        }),
                 QString());
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().procedures, e.procedures);
        QVERIFY(!QFile::exists(path));
        // A failed write keeps the row for next time.
        QCOMPARE(pending.append(e), QString());
        QCOMPARE(pending.flush([](const EducationLogEntry &) { return u"the server went away"_s; }),
                 u"the server went away"_s);
        QCOMPARE(pending.rows().size(), 1);
        QVERIFY(QFile::remove(path));
        QVERIFY(kept.remove());
    }

    // The server stops in the middle of an import: every procedure stored before is whole, the
    // file in flight is absent, and the import says what happened in plain words.
    void shouldKeepTheLibraryWholeWhenTheServerStopsDuringImport()
    {
        Test::PrivateServer server;
        if (const QString err = server.start(); !err.isEmpty())
            QFAIL(qPrintable(err));
        QCOMPARE(execAs(server.url(u"postgres"_s), u"CREATE DATABASE cut"_s).text(), QString());
        const QString docs = m_dir.filePath(u"cut"_s);
        QVERIFY(QDir().mkpath(docs));
        QVERIFY(Test::writeDocuments(docs, 0, 1500));
        const QString location = server.url(u"cut"_s);
        {
            auto create = openOrFail(location);
            QVERIFY(create);
        }
        std::atomic<int> progress{0};
        ImportReport report;
        std::unique_ptr<QThread> importer(QThread::create([&] {
            LibraryStore::OpenResult r = LibraryStore::open(location);
            if (!r.store)
                return;
            report = Importer::importPaths(*r.store, {docs}, [&](int done, int, const QString &) {
                progress = done;
                return true;
            });
        }));
        importer->start();
        QTRY_VERIFY_WITH_TIMEOUT(progress >= 100, 60000);
        QCOMPARE(server.stop(), QString());
        QVERIFY(importer->wait(120000));
        QVERIFY2(!report.fatalError.isEmpty(), "the import must notice the server went away");
        QVERIFY2(report.fatalError.contains(u"server"_s), qPrintable(report.fatalError));
        // What the console prints too, which ends at once: no promise that it reconnects by itself.
        QVERIFY2(!report.fatalError.contains(u"reconnect"_s, Qt::CaseInsensitive), qPrintable(report.fatalError));
        QVERIFY(report.imported < 1500);

        QCOMPARE(server.start(), QString());
        auto store = openOrFail(location);
        QVERIFY(store);
        QCOMPARE(store->count(), report.imported);
        QVERIFY2(store->check().isEmpty(), qPrintable(store->check().join(u'\n')));
        // Importing again completes the library.
        const ImportReport again = Importer::importPaths(*store, {docs});
        QVERIFY2(again.fatalError.isEmpty(), qPrintable(again.fatalError));
        QCOMPARE(store->count(), 1500);
    }
};

QTEST_MAIN(TestServer)
#include "tst_server.moc"
