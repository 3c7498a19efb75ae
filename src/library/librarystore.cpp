#include "librarystore.h"

#include "digits.h"
#include "facets.h"
#include "logging.h"
#include "pendinglog.h"
#include "procedurejson.h"
#include "searchquery.h"
#include "storeinternals.h"
#include "tieredsearch.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <sys/stat.h>
#include <tuple>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLibrary, "careleaf.library", QtInfoMsg)

namespace Careleaf {

using namespace StoreInternals;

LibraryStore::LibraryStore(std::unique_ptr<StoreConnection> connection)
    : m_connection(std::move(connection))
    , m_index(m_connection->backend().makeIndex(m_connection->name()))
    , m_log(*m_connection)
{}

LibraryStore::~LibraryStore()
{
    resetStatements(); // before the connection they were prepared on goes
}

LibraryStore::OpenResult LibraryStore::openServer(const QString &location)
{
    OpenResult result;
    QString parseError;
    LibraryAddress address = LibraryAddress::parse(location, &parseError);
    if (!parseError.isEmpty()) {
        result.problem = Problem::Other;
        result.error = tr("the clinic server address cannot be used: %1").arg(parseError);
        return result;
    }
    return connectAndMigrate(std::unique_ptr<LibraryStore>(
        new LibraryStore(std::make_unique<StoreConnection>(location, std::move(address), makePostgresBackend()))));
}

LibraryStore::OpenResult LibraryStore::connectAndMigrate(std::unique_ptr<LibraryStore> store)
{
    OpenResult result;
    Problem problem = Problem::None;
    QString error;
    {
        const StoreConnection &connection = *store->m_connection;
        QSqlDatabase database = QSqlDatabase::addDatabase(connection.backend().driverName(), connection.name());
        if (!database.isValid()) {
            problem = Problem::Other;
            error = tr("%1 cannot be opened: Qt's %2 driver is not installed (on Debian: apt-get install "
                       "libqt6sql6-psql or libqt6sql6-sqlite)")
                        .arg(connection.displayName(), connection.backend().driverName());
        } else {
            error = store->connectDatabase(database, &problem);
        }
    }
    if (error.isEmpty())
        error = store->migrate(&problem);
    if (!error.isEmpty()) {
        result.problem = problem;
        result.error = error;
        return result;
    }
    // Handouts printed on this computer while the server was away, by this or an earlier run.
    if (const QString err = store->m_log.writePending(); !err.isEmpty())
        qCWarning(lcLibrary).noquote()
            << tr("Education log rows still wait for %1: %2").arg(store->m_connection->displayName(), err);
    result.store = std::move(store);
    return result;
}

QString LibraryStore::connectDatabase(QSqlDatabase &database, Problem *problem) const
{
    const StoreConnection &c = *m_connection;
    const QString shown = c.displayName();
    if (c.isServer()) {
        // A server that does not answer is reported within seconds, and a dropped network is
        // noticed by the keepalives and the TCP user time-out (5 s) instead of hanging a statement
        // until TCP gives up.
        c.address().applyTo(database,
                            {u"connect_timeout=5"_s, u"application_name=Careleaf"_s, u"keepalives_idle=10"_s,
                             u"keepalives_interval=3"_s, u"keepalives_count=3"_s, u"tcp_user_timeout=5000"_s});
    } else {
        database.setDatabaseName(c.location());
    }
    if (!database.open()) {
        const QSqlError error = database.lastError();
        *problem = c.backend().classify(error, c.location());
        if (c.isServer())
            return tr("%1 cannot be reached: %2").arg(shown, c.explain(error));
        return tr("%1 cannot be opened: %2").arg(shown, error.text());
    }
    if (const QString err = c.backend().configure(database); !err.isEmpty()) {
        const bool damaged = soundsDamaged(err);
        *problem = damaged ? Problem::Damaged : Problem::Other;
        return damaged ? tr("%1 is damaged: the database reports \u201c%2\u201d. Careleaf has not changed it.")
                             .arg(shown, err)
                       : tr("%1 cannot be opened: %2").arg(shown, err);
    }
    return {};
}

void LibraryStore::resetStatements()
{
    m_connection->backend().forgetStatements();
    m_index->forgetStatements();
    m_findByIdentity.reset();
    m_findWithoutCode.reset();
    m_insert.reset();
    m_update.reset();
    m_familyRows.reset();
}

QString LibraryStore::reconnect()
{
    resetStatements();
    m_connection->m_batch = false;
    m_index->transactionEnded(false); // whatever was open ends with the connection
    QSqlDatabase database = db();
    database.close();
    Problem problem = Problem::None;
    if (QString err = connectDatabase(database, &problem); !err.isEmpty())
        return err;
    // The server may have been replaced by one holding an older or newer library.
    if (QString err = migrate(&problem); !err.isEmpty())
        return err;
    m_connection->countWrite(); // whatever changed while away is read again
    return m_log.writePending();
}

LibraryStore::Batch::Batch(LibraryStore &store)
    : m_store(store)
    , m_error(store.beginBatch())
    , m_open(m_error.isEmpty())
{}

LibraryStore::Batch::~Batch()
{
    if (m_open)
        m_store.rollbackBatch();
}

QString LibraryStore::Batch::commit()
{
    if (!m_open)
        return m_error;
    m_open = false;
    return m_store.commitBatch();
}

void LibraryStore::applyBatchSettings(bool begin) const
{
    QSqlQuery q(db());
    for (const QString &setting : m_connection->backend().batchSettings(begin))
        (void)q.exec(setting); // only ever a matter of speed
}

QString LibraryStore::beginBatch()
{
    QSqlDatabase database = db();
    QSqlQuery q(database);
    if (!q.exec(m_connection->backend().beginWriteStatement()))
        return m_connection->explain(q.lastError());
    m_connection->m_batch = true;
    m_batchLocked = false;
    applyBatchSettings(true);
    return {};
}

QString LibraryStore::commitBatch()
{
    m_connection->m_batch = false;
    QSqlDatabase database = db();
    QSqlQuery q(database);
    // (A failed statement's error is not always "valid": a server gone mid-statement gives none.)
    QSqlError error = m_index->writeHeldBack(database);
    const bool committed = !error.isValid() && q.exec(u"COMMIT"_s);
    if (!committed) {
        if (!error.isValid())
            error = q.lastError();
        (void)q.exec(u"ROLLBACK"_s);
        applyBatchSettings(false);
        m_index->transactionEnded(false);
        return m_connection->explain(error);
    }
    applyBatchSettings(false);
    m_index->transactionEnded(true);
    m_connection->countWrite();
    return {};
}

void LibraryStore::rollbackBatch()
{
    m_connection->m_batch = false;
    QSqlQuery q(db());
    (void)q.exec(u"ROLLBACK"_s);
    applyBatchSettings(false);
    m_index->transactionEnded(false);
}

QString LibraryStore::writeSql(bool update, int format) const
{
    // Where the backend keeps the index entries in the row itself, they are written with the row.
    QString setIndex;
    QString insertIndex;
    QString insertIndexValue;
    if (format >= AboutColumnFormat) {
        setIndex += u", about = ?, language = ?, family = ?"_s;
        insertIndex += u", about, language, family"_s;
        insertIndexValue += u", ?, ?, ?"_s;
    }
    setIndex += setIndexColumns();
    for (const auto &[column, placeholder] : m_index->rowColumns()) {
        insertIndex += u", "_s + column;
        insertIndexValue += u", "_s + placeholder;
    }
    if (update)
        return u"UPDATE procedures SET code_system = ?, code = ?, descriptor = ?, title = ?, names = ?, body = ?,"
               " document = ?, content_sha256 = ?, source_file = ?, source_sha256 = ?, reading_grade = ?,"
               " updated_at = ?, settings = ?, duration_minutes = ?"_s +
               setIndex + u" WHERE id = ? RETURNING id"_s;
    return u"INSERT INTO procedures (code_system, code, descriptor, title, names, body, document, content_sha256,"
           " source_file, source_sha256, reading_grade, updated_at, settings, duration_minutes"_s +
           insertIndex + u", identity, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"_s +
           insertIndexValue + u", ?, ?) RETURNING id"_s;
}

PreparedProcedure LibraryStore::prepare(Procedure procedure, bool index) const
{
    PreparedProcedure out;
    out.identity = procedure.identity();
    out.content = ProcedureJson::contentJson(procedure);
    out.hash = QString::fromLatin1(contentHash(out.content));
    out.procedure = std::move(procedure);
    if (index)
        addIndexEntries(&out, AboutColumnFormat); // as every format since writes it (store())
    return out;
}

void LibraryStore::addIndexEntries(PreparedProcedure *p, int format) const
{
    p->text = indexedText(p->procedure);
    if (format < AboutColumnFormat) {
        // Before that format the section text was one column.
        const QString body = p->procedure.bodyText();
        p->text.body = body.isNull() ? u""_s : body;
        p->text.about.clear();
    }
    p->entries = m_index->entries(p->text, normalisedNames(p->procedure), p->procedure.code.toLower());
    p->indexed = true;
}

StoreOutcome LibraryStore::store(const Procedure &procedure, QString *error, bool keepDates)
{
    return store(prepare(procedure, false), error, keepDates);
}

StoreOutcome LibraryStore::store(const PreparedProcedure &ready, QString *error, bool keepDates)
{
    const Procedure &p = ready.procedure;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return StoreOutcome::Failed;
    };
    QSqlDatabase database = db();
    const bool inBatch = m_connection->inBatch();
    Transaction tx(*m_connection, m_index.get());
    if (!tx.isOpen())
        return fail(m_connection->explain(tx.error()));

    const QString &identity = ready.identity;
    // A batch keeps its lock to the end: taken once, by the first procedure it keeps (a lock
    // taken in a savepoint rolled back is gone with it). It is named by the family, whose
    // versions groupVersions() reads and writes (both engines lock the whole library now).
    if (!inBatch || !m_batchLocked) {
        if (const QString err = m_connection->backend().lockIdentity(database, p.identityInAnyLanguage());
            !err.isEmpty())
            return fail(err);
    }
    const QString &hash = ready.hash;
    // Prepared once per connection; sql is built only then.
    auto prepared = [&database](std::unique_ptr<QSqlQuery> &query, auto sql) -> QSqlQuery & {
        if (!query) {
            query = std::make_unique<QSqlQuery>(database);
            query->prepare(sql());
        }
        return *query;
    };
    const int format = writingFormat();
    if (format != m_statementsFormat) {
        m_findByIdentity.reset();
        m_findWithoutCode.reset();
        m_insert.reset();
        m_update.reset();
        m_statementsFormat = format;
    }
    // The row a document updates, with its group: its family, and whether it is the version the
    // list shows (a version of no other). Only from the format that groups versions.
    struct Found
    {
        qint64 id = 0;
        QString importedAt;
        QString family;
        bool shown = true;
    };
    // Built only when a statement is prepared: store() runs for every file an import reads.
    const auto columns = [format] {
        return u"id, imported_at, %1"_s.arg(format >= AboutColumnFormat ? u"family, version_of IS NULL"_s : u"'', 1"_s);
    };
    const auto read = [](const QSqlQuery &q) {
        return Found{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    };
    QSqlQuery &find = prepared(m_findByIdentity, [&columns] {
        return u"SELECT %1, content_sha256 FROM procedures WHERE identity = ?"_s.arg(columns());
    });
    find.addBindValue(identity);
    if (!find.exec())
        return fail(m_connection->explain(find.lastError()));
    std::optional<Found> found;
    if (find.next()) {
        if (find.value(4).toString() == hash) {
            find.finish();
            return StoreOutcome::Unchanged;
        }
        found = read(find);
    }
    find.finish();
    // A document given its code later (or whose code line Careleaf has since learnt to read,
    // "CPT® code"): the procedure it made without one, from a file of the same name with the
    // same descriptor in the same language, is this one, updated and known by its code from
    // now on, not left beside a second.
    bool gainsItsCode = false;
    if (!found && !p.code.isEmpty()) {
        Procedure without = p;
        without.code.clear();
        QSqlQuery &before = prepared(m_findWithoutCode, [&columns] {
            return u"SELECT %1 FROM procedures WHERE identity IN (?, ?) AND source_file = ? ORDER BY id LIMIT 1"_s.arg(
                columns());
        });
        before.addBindValue(without.identity());
        without.codeSystem.clear(); // its code line not read at all
        before.addBindValue(without.identity());
        before.addBindValue(p.source.file);
        if (!before.exec())
            return fail(m_connection->explain(before.lastError()));
        if (before.next()) {
            found = read(before);
            gainsItsCode = true;
        }
        before.finish();
    }
    const bool exists = found.has_value();
    const qint64 existingId = exists ? found->id : 0;
    const auto stamp = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    const QString now = keepDates && p.updatedAt.isValid() ? stamp(p.updatedAt) : nowUtc();
    const QString importedAt =
        exists ? found->importedAt : (keepDates && p.importedAt.isValid() ? stamp(p.importedAt) : nowUtc());
    if (exists) {
        if (const QSqlError err = writeHeldBackBeforeUpdating({existingId}); err.isValid())
            return fail(m_connection->explain(err));
    }

    // The stored document is the content; where it came from and when live in their own columns.
    const QString document = QString::fromUtf8(ready.content);

    QSqlQuery &q = exists ? prepared(m_update, [this, format] { return writeSql(true, format); })
                          : prepared(m_insert, [this, format] { return writeSql(false, format); });
    // A null QString binds as SQL NULL; the schema wants '' for "not given".
    auto text = [](const QString &s) { return s.isNull() ? QString(u""_s) : s; };
    // Not indexed yet, or written as an upgrade's step before AboutColumnFormat writes it.
    PreparedProcedure completed;
    const PreparedProcedure *withEntries = &ready;
    if (!ready.indexed || format < AboutColumnFormat) {
        completed = ready;
        addIndexEntries(&completed, format);
        withEntries = &completed;
    }
    const IndexedText &indexed = withEntries->text;
    const IndexEntries &entries = withEntries->entries;
    q.addBindValue(text(p.codeSystem));
    q.addBindValue(indexed.code);
    q.addBindValue(indexed.descriptor);
    q.addBindValue(text(p.title));
    q.addBindValue(indexed.names);
    q.addBindValue(indexed.body);
    q.addBindValue(document);
    q.addBindValue(hash);
    q.addBindValue(text(p.source.file));
    q.addBindValue(text(p.source.sha256));
    q.addBindValue(p.readingGrade);
    q.addBindValue(now);
    q.addBindValue(Facets::settings(p));
    q.addBindValue(durationValue(p));
    if (format >= AboutColumnFormat) {
        q.addBindValue(indexed.about);
        q.addBindValue(p.language);
        q.addBindValue(p.identityInAnyLanguage());
    }
    for (const QVariant &v : std::as_const(entries.rowValues))
        q.addBindValue(v);
    if (exists) {
        q.addBindValue(existingId);
    } else {
        q.addBindValue(identity);
        q.addBindValue(importedAt);
    }
    const bool written = q.exec() && q.next();
    const QSqlError writeError = q.lastError();
    const qint64 id = written ? q.value(0).toLongLong() : 0;
    q.finish();
    if (!written)
        return fail(m_connection->explain(writeError));
    if (const QSqlError err = m_index->write(id, entries, exists, format); err.isValid())
        return fail(m_connection->explain(err));
    if (gainsItsCode) {
        QSqlQuery renamed(database);
        renamed.prepare(u"UPDATE procedures SET identity = ? WHERE id = ?"_s);
        renamed.addBindValue(identity);
        renamed.addBindValue(id);
        if (!renamed.exec())
            return fail(m_connection->explain(renamed.lastError()));
    }
    if (format >= AboutColumnFormat) {
        const QString family = p.identityInAnyLanguage();
        const bool leftItsGroup = exists && !found->family.isEmpty() && found->family != family;
        // The version the list shows gains its code: its versions in other languages come with it,
        // still without their code until their own documents gain it. One procedure, as before.
        if (gainsItsCode && leftItsGroup && found->shown) {
            QSqlQuery moved(database);
            moved.prepare(u"UPDATE procedures SET family = ? WHERE family = ?"_s);
            moved.addBindValue(family);
            moved.addBindValue(found->family);
            if (!moved.exec())
                return fail(m_connection->explain(moved.lastError()));
        }
        if (const QString err = groupVersions(family, format); !err.isEmpty())
            return fail(err);
        // A row that left its group alone (a version that gained its code before the one shown,
        // a changed descriptor): the group it left, grouped again without it.
        if (leftItsGroup && !(gainsItsCode && found->shown)) {
            if (const QString err = groupVersions(found->family, format); !err.isEmpty())
                return fail(err);
        }
    }
    if (!inBatch) {
        if (const QSqlError err = m_index->writeHeldBack(database); err.isValid())
            return fail(m_connection->explain(err));
    }
    if (!tx.commit())
        return fail(m_connection->explain(tx.error()));
    m_batchLocked = inBatch;
    m_connection->countWrite();
    return exists ? StoreOutcome::Updated : StoreOutcome::Imported;
}

QSqlError LibraryStore::writeHeldBackBeforeUpdating(const QList<qint64> &ids)
{
    if (std::none_of(ids.cbegin(), ids.cend(), [this](qint64 id) { return m_index->holdsBack(id); }))
        return {};
    QSqlDatabase database = db();
    return m_index->writeHeldBack(database);
}

QString LibraryStore::mergeSearchIndex(int written, const std::function<bool()> &keepGoing)
{
    const auto failed = [](const QString &error) {
        qCWarning(lcLibrary, "the search index was not merged: %s", qPrintable(error));
        return error;
    };
    if (m_connection->inBatch())
        return failed(u"it is never merged inside a batch"_s); // a caller's mistake
    if (!m_index->mergesPieces() || written <= 0)
        return {};
    // A merge rewrites the whole index: worth it when the pieces written since are a good part
    // of it, and never after a few procedures added to a large library. The library's size is
    // its span of ids, two look-ups (a count of every row read 12 MB at a million, cold).
    QSqlQuery rows(db());
    if (!rows.exec(u"SELECT (SELECT max(id) FROM procedures) - (SELECT min(id) FROM procedures) + 1"_s) ||
        !rows.next() || qint64(written) * 4 < rows.value(0).toLongLong())
        return {};
    rows.finish();
    // Merging changes no procedure: not counted as a write (LibraryWatcher elsewhere sees the
    // commits, and reads the same results again).
    bool merged = true;
    for (bool first = true; merged && (!keepGoing || keepGoing()); first = false) {
        Transaction tx(*m_connection);
        if (!tx.isOpen())
            return failed(m_connection->explain(tx.error()));
        QSqlDatabase database = db();
        if (const QString err = m_index->mergeStep(database, first, &merged); !err.isEmpty())
            return failed(err);
        if (!tx.commit())
            return failed(m_connection->explain(tx.error()));
        // Without a pause between two steps a waiting writer would seldom find the library free,
        // and give up after its busy timeout while a large index is merged.
        if (merged)
            QThread::msleep(WriterGapMs);
    }
    return {};
}

QString LibraryStore::writeDeferredEntries(qint64 procedures)
{
    m_index->deferEntries(false);
    const auto failed = [](const QString &error) {
        // Not explain(): its texts are about a procedure not saved, and every one was.
        qCWarning(lcLibrary,
                  "the word list of the new procedures' names was not written (%s). Every procedure is stored "
                  "and found; the next import writes the list.",
                  qPrintable(error));
        return error;
    };
    if (m_connection->inBatch())
        return failed(u"it is never written inside a batch"_s); // a caller's mistake
    bool wrote = false;
    for (bool more = m_index->entriesWait(); more;) {
        if (wrote)
            QThread::msleep(WriterGapMs); // a waiting writer gets in
        Transaction tx(*m_connection, m_index.get());
        if (!tx.isOpen())
            return failed(tx.error().text());
        applyBatchSettings(true);
        QSqlDatabase database = db();
        const QSqlError error = m_index->writeDeferred(database, procedures, &more);
        const bool committed = !error.isValid() && tx.commit();
        applyBatchSettings(false);
        if (!committed)
            return failed((error.isValid() ? error : tx.error()).text());
        wrote = true;
        m_connection->countWrite();
    }
    return {};
}

void LibraryStore::afterManyWrites()
{
    QSqlQuery q(db());
    for (const QString &statement : m_connection->backend().afterManyWrites())
        (void)q.exec(statement);
}

std::optional<Procedure> LibraryStore::procedure(qint64 id, QString *error) const
{
    if (error)
        error->clear();
    QSqlQuery q(db());
    q.prepare(u"SELECT document, imported_at, updated_at, source_file, source_sha256 FROM procedures WHERE id = ?"_s);
    q.addBindValue(id);
    const bool ran = q.exec();
    if (!ran || !q.next()) {
        if (error && (!ran || q.lastError().isValid()))
            *error = queryError(q);
        return std::nullopt;
    }
    QJsonParseError parsed{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parsed);
    auto p = ProcedureJson::fromJson(doc.object());
    if (!p) {
        if (error)
            *error = q.lastError().isValid() ? queryError(q)
                     : parsed.error != QJsonParseError::NoError
                         ? tr("its stored text is no longer whole (%1 at character %2)")
                               .arg(parsed.errorString())
                               .arg(parsed.offset)
                         : tr("its stored text is not a procedure");
        return std::nullopt;
    }
    p->id = id;
    p->importedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    p->updatedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    p->source = SourceInfo{q.value(3).toString(), q.value(4).toString()};
    return p;
}

bool LibraryStore::soundsDamaged(const QString &error)
{
    return error.contains(u"malformed"_s) || error.contains(u"not a database"_s);
}

QList<qint64> LibraryStore::resolve(const QString &key, QString *error) const
{
    if (error)
        error->clear();
    QList<qint64> ids;
    // "٩٦٣٧٤" is 96374, and a full-width "ｃｐｔ：９６３７４" is CPT:96374.
    const QString k = Digits::plain(key.trimmed());
    if (k.isEmpty())
        return ids;
    QSqlQuery q(db());
    const qsizetype colon = k.indexOf(u':');
    if (colon > 0) {
        // As search reads a prefix ("icd10cm:", "cpt4:"), or the system as stored ("ICD-10-CM:").
        QString system = codeSystemNamed(k.left(colon));
        if (system.isEmpty())
            system = k.left(colon).toUpper();
        q.prepare(u"SELECT id FROM procedures WHERE upper(code_system) = ? AND upper(code) = ? ORDER BY id"_s);
        q.addBindValue(system);
        q.addBindValue(k.mid(colon + 1).trimmed().toUpper());
    } else {
        q.prepare(u"SELECT id FROM procedures WHERE code <> '' AND upper(code) = ? ORDER BY id"_s);
        q.addBindValue(k.toUpper());
    }
    QString failed = readRows(q, q.exec(), [&] { ids << q.value(0).toLongLong(); });
    if (ids.isEmpty() && failed.isEmpty() && colon < 0) {
        bool isNumber = false;
        const qint64 id = k.toLongLong(&isNumber);
        if (isNumber) {
            q.prepare(u"SELECT id FROM procedures WHERE id = ?"_s);
            q.addBindValue(id);
            failed = readRows(q, q.exec(), [&] { ids << id; });
        }
    }
    if (error)
        *error = failed;
    return failed.isEmpty() ? ids : QList<qint64>{};
}

QList<ProcedureSummary> LibraryStore::list(QString *error, bool everyVersion) const
{
    QList<ProcedureSummary> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const bool ran = q.exec(u"SELECT id, code_system, code, title, descriptor FROM procedures"_s +
                            (everyVersion ? QString() : procedureRows()) + u" ORDER BY "_s +
                            m_connection->backend().caseless(u"title"_s) + u", id"_s);
    const QString failed = readRows(q, ran, [&] {
        out.append(ProcedureSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString()});
    });
    if (failed.isEmpty())
        return out;
    if (error)
        *error = tr("the procedures cannot be read: %1").arg(failed);
    return {};
}

QString LibraryStore::setIndexColumns() const
{
    QString set;
    for (const auto &[column, placeholder] : m_index->rowColumns())
        set += u", "_s + column + u" = "_s + placeholder;
    return set;
}

int LibraryStore::writingFormat() const
{
    return m_upgradingTo > 0 ? m_upgradingTo : m_connection->schemaVersion();
}

QString LibraryStore::procedureRows() const
{
    // Before format 8 (while an upgrade re-derives rows) every row was a procedure of its own.
    return writingFormat() >= AboutColumnFormat ? u" WHERE version_of IS NULL"_s : QString();
}

QList<qint64> LibraryStore::versions(qint64 id) const
{
    QList<qint64> ids;
    QSqlQuery q(db());
    q.prepare(u"SELECT o.id FROM procedures p JOIN procedures o ON o.family = p.family WHERE p.id = ? ORDER BY o.id"_s);
    q.addBindValue(id);
    const bool ran = q.exec();
    (void)readRows(q, ran, [&] { ids << q.value(0).toLongLong(); });
    return ids.isEmpty() ? QList<qint64>{id} : ids;
}

QList<Procedure> LibraryStore::versionsOf(const Procedure &p) const
{
    QList<Procedure> out{p};
    for (qint64 id : versions(p.id)) {
        if (id == p.id)
            continue;
        if (std::optional<Procedure> version = procedure(id))
            out << *version;
    }
    return out;
}

QHash<qint64, QStringList> LibraryStore::languages(const QList<qint64> &ids) const
{
    QHash<qint64, QStringList> out;
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        QStringList list;
        for (qint64 id : ids.mid(from, Chunk))
            list << QString::number(id);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        const bool ran = q.exec(u"SELECT p.id, o.language FROM procedures p JOIN procedures o ON o.family = p.family"
                                " WHERE p.id IN ("_s +
                                list.join(u',') + u") ORDER BY p.id, o.language <> 'en', o.language"_s);
        (void)readRows(q, ran, [&] { out[q.value(0).toLongLong()] << q.value(1).toString(); });
    }
    return out;
}

int LibraryStore::count() const
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT count(*) FROM procedures"_s + procedureRows()) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString LibraryStore::contentChecksum(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT content_sha256 FROM procedures WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace Careleaf
