#include "librarystore.h"

#include "documentparser.h"
#include "facets.h"
#include "logging.h"
#include "pendinglog.h"
#include "procedurejson.h"
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
#include <QVariant>

#include <sys/stat.h>
#include <tuple>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLibrary, "careleaf.library", QtInfoMsg)

namespace Careleaf {

using namespace StoreInternals;

LibraryStore::LibraryStore(QString location, LibraryAddress address, QString connectionName,
                           std::unique_ptr<StoreBackend> backend)
    : m_location(std::move(location))
    , m_address(std::move(address))
    , m_connectionName(std::move(connectionName))
    , m_backend(std::move(backend))
{}

LibraryStore::~LibraryStore()
{
    resetStatements();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase LibraryStore::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
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
        new LibraryStore(location, std::move(address), nextConnectionName(), makePostgresBackend())));
}

LibraryStore::OpenResult LibraryStore::connectAndMigrate(std::unique_ptr<LibraryStore> store)
{
    OpenResult result;
    Problem problem = Problem::None;
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(store->m_backend->driverName(), store->m_connectionName);
        if (!database.isValid()) {
            problem = Problem::Other;
            error = tr("%1 cannot be opened: Qt's %2 driver is not installed (on Debian: apt-get install "
                       "libqt6sql6-psql or libqt6sql6-sqlite)")
                        .arg(store->displayName(), store->m_backend->driverName());
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
    if (const QString err = store->writePendingLog(); !err.isEmpty())
        qCWarning(lcLibrary).noquote() << tr("Education log rows still wait for %1: %2").arg(store->displayName(), err);
    result.store = std::move(store);
    return result;
}

QString LibraryStore::connectDatabase(QSqlDatabase &database, Problem *problem) const
{
    const QString shown = m_address.displayName();
    if (m_address.server) {
        // A server that does not answer is reported within seconds, and a dropped network is
        // noticed by the keepalives and the TCP user time-out (5 s) instead of hanging a statement
        // until TCP gives up.
        m_address.applyTo(database, {u"connect_timeout=5"_s, u"application_name=Careleaf"_s, u"keepalives_idle=10"_s,
                                     u"keepalives_interval=3"_s, u"keepalives_count=3"_s, u"tcp_user_timeout=5000"_s});
    } else {
        database.setDatabaseName(m_location);
    }
    if (!database.open()) {
        const QSqlError error = database.lastError();
        *problem = m_backend->classify(error, m_location);
        if (m_address.server)
            return tr("%1 cannot be reached: %2").arg(shown, m_backend->explainWriteError(error));
        return tr("%1 cannot be opened: %2").arg(shown, error.text());
    }
    if (const QString err = m_backend->configure(database); !err.isEmpty()) {
        const bool damaged = err.contains(u"malformed"_s) || err.contains(u"not a database"_s);
        *problem = damaged ? Problem::Damaged : Problem::Other;
        return damaged ? tr("%1 is damaged: the database reports \u201c%2\u201d. Careleaf has not changed it.")
                             .arg(shown, err)
                       : tr("%1 cannot be opened: %2").arg(shown, err);
    }
    return {};
}

void LibraryStore::resetStatements()
{
    m_backend->forgetStatements();
    m_findByIdentity.reset();
    m_insert.reset();
    m_update.reset();
    m_deleteKeys.reset();
    m_insertKeys.reset();
}

bool LibraryStore::isReachable() const
{
    if (!m_address.server)
        return true;
    QSqlQuery q(db());
    return q.exec(u"SELECT 1"_s) && q.next();
}

QString LibraryStore::reconnect()
{
    resetStatements();
    m_batch = false;
    QSqlDatabase database = db();
    database.close();
    Problem problem = Problem::None;
    if (QString err = connectDatabase(database, &problem); !err.isEmpty())
        return err;
    // The server may have been replaced by one holding an older or newer library.
    if (QString err = migrate(&problem); !err.isEmpty())
        return err;
    ++m_localWrites; // whatever changed while away is read again
    return writePendingLog();
}

QString LibraryStore::importRefusal() const
{
    QSqlDatabase database = db();
    return m_backend->importRefusal(database);
}

QString LibraryStore::beginBatch()
{
    QSqlDatabase database = db();
    QSqlQuery q(database);
    if (!q.exec(m_backend->beginWriteStatement()))
        return explainWriteError(q.lastError());
    m_batch = true;
    m_batchLocked = false;
    return {};
}

QString LibraryStore::commitBatch()
{
    m_batch = false;
    QSqlQuery q(db());
    if (!q.exec(u"COMMIT"_s)) {
        const QSqlError error = q.lastError();
        (void)q.exec(u"ROLLBACK"_s);
        m_backend->transactionEnded(false);
        return explainWriteError(error);
    }
    m_backend->transactionEnded(true);
    ++m_localWrites;
    return {};
}

void LibraryStore::rollbackBatch()
{
    m_batch = false;
    QSqlQuery q(db());
    (void)q.exec(u"ROLLBACK"_s);
    m_backend->transactionEnded(false);
}

QString LibraryStore::writeSql(bool update) const
{
    // Where the backend keeps the index entries in the row itself, they are written with the row.
    QString setIndex;
    QString insertIndex;
    QString insertIndexValue;
    for (const auto &[column, placeholder] : m_backend->indexColumns()) {
        setIndex += u", "_s + column + u" = "_s + placeholder;
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

QSqlError LibraryStore::writeNames(qint64 id, const QStringList &names, const QString &code, bool replace)
{
    QSqlDatabase database = db();
    if (!m_deleteKeys) {
        m_deleteKeys = std::make_unique<QSqlQuery>(database);
        m_deleteKeys->prepare(u"DELETE FROM procedure_keys WHERE procedure_id = ?"_s);
        // One statement per procedure, whatever the number of names.
        m_insertKeys = std::make_unique<QSqlQuery>(database);
        m_insertKeys->prepare(u"INSERT INTO procedure_keys (key, sort_name, procedure_id) "_s +
                              m_backend->keysFromJson());
    }
    if (replace) {
        m_deleteKeys->addBindValue(id);
        if (!m_deleteKeys->exec())
            return m_deleteKeys->lastError();
    }
    // "=name" for every name; "^x" and "^xy" with the alphabetically first name that starts so.
    QMap<QString, QString> keys;
    for (const QString &name : names)
        keys.insert(u'=' + name, name);
    QStringList all = names;
    if (!code.isEmpty())
        all << code;
    for (const QString &name : std::as_const(all)) {
        for (qsizetype n = 1; n <= SearchPlan::ShortPrefix && n <= name.size(); ++n) {
            const QString key = u'^' + name.left(n);
            if (!keys.contains(key) || name < keys.value(key))
                keys.insert(key, name);
        }
    }
    QJsonArray rows;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        rows.append(QJsonArray{it.key(), it.value()});
    m_insertKeys->addBindValue(id);
    m_insertKeys->addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!m_insertKeys->exec())
        return m_insertKeys->lastError();
    return {};
}

QString LibraryStore::explainWriteError(const QSqlError &error) const
{
    return m_backend->explainWriteError(error);
}

StoreOutcome LibraryStore::store(const Procedure &p, QString *error, bool keepDates)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return StoreOutcome::Failed;
    };
    QSqlDatabase database = db();
    Transaction tx(database, *m_backend, m_batch);
    if (!tx.isOpen())
        return fail(explainWriteError(tx.error()));

    const QString identity = p.identity();
    // A batch keeps its lock to the end: taken once.
    if (!m_batch || !m_batchLocked) {
        if (const QString err = m_backend->lockIdentity(database, identity); !err.isEmpty())
            return fail(err);
        m_batchLocked = m_batch;
    }
    const QByteArray content = ProcedureJson::contentJson(p);
    const QString hash = QString::fromLatin1(contentHash(content));
    // Prepared once per connection; sql is built only then.
    auto prepared = [&database](std::unique_ptr<QSqlQuery> &query, auto sql) -> QSqlQuery & {
        if (!query) {
            query = std::make_unique<QSqlQuery>(database);
            query->prepare(sql());
        }
        return *query;
    };
    QSqlQuery &find = prepared(m_findByIdentity, [] {
        return u"SELECT id, content_sha256, imported_at FROM procedures WHERE identity = ?"_s;
    });
    find.addBindValue(identity);
    if (!find.exec())
        return fail(explainWriteError(find.lastError()));
    const bool exists = find.next();
    const qint64 existingId = exists ? find.value(0).toLongLong() : 0;
    if (exists && find.value(1).toString() == hash) {
        find.finish();
        return StoreOutcome::Unchanged;
    }
    const auto stamp = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    const QString now = keepDates && p.updatedAt.isValid() ? stamp(p.updatedAt) : nowUtc();
    const QString importedAt =
        exists ? find.value(2).toString() : (keepDates && p.importedAt.isValid() ? stamp(p.importedAt) : nowUtc());
    find.finish();

    // The stored document is the content; where it came from and when live in their own columns.
    const QString document = QString::fromUtf8(content);

    QSqlQuery &q = exists ? prepared(m_update, [this] { return writeSql(true); })
                          : prepared(m_insert, [this] { return writeSql(false); });
    // A null QString binds as SQL NULL; the schema wants '' for "not given".
    auto text = [](const QString &s) { return s.isNull() ? QString(u""_s) : s; };
    const IndexedText indexed{text(p.code), namesText(p), text(p.descriptor), text(p.bodyText())};
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
    const QVariantList indexValues = m_backend->indexValues(indexed);
    for (const QVariant &v : indexValues)
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
        return fail(explainWriteError(writeError));
    if (const QSqlError err = writeNames(id, normalisedNames(p), p.code.toLower(), exists); err.isValid())
        return fail(explainWriteError(err));
    if (const QString err = m_backend->index(database, id, indexValues); !err.isEmpty())
        return fail(err);
    if (!tx.commit())
        return fail(explainWriteError(tx.error()));
    ++m_localWrites;
    return exists ? StoreOutcome::Updated : StoreOutcome::Imported;
}

std::optional<Procedure> LibraryStore::procedure(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT document, imported_at, updated_at, source_file, source_sha256 FROM procedures WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    auto p = ProcedureJson::fromJson(doc.object());
    if (!p)
        return std::nullopt;
    p->id = id;
    p->importedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    p->updatedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    p->source = SourceInfo{q.value(3).toString(), q.value(4).toString()};
    return p;
}

QList<qint64> LibraryStore::resolve(const QString &key) const
{
    QList<qint64> ids;
    const QString k = key.trimmed();
    if (k.isEmpty())
        return ids;
    QSqlQuery q(db());
    const qsizetype colon = k.indexOf(u':');
    if (colon > 0) {
        QString system = k.left(colon).toUpper();
        if (system == u"CPT4"_s)
            system = u"CPT"_s;
        q.prepare(u"SELECT id FROM procedures WHERE upper(code_system) = ? AND upper(code) = ? ORDER BY id"_s);
        q.addBindValue(system);
        q.addBindValue(k.mid(colon + 1).trimmed().toUpper());
    } else {
        q.prepare(u"SELECT id FROM procedures WHERE code <> '' AND upper(code) = ? ORDER BY id"_s);
        q.addBindValue(k.toUpper());
    }
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    if (ids.isEmpty() && colon < 0) {
        bool isNumber = false;
        const qint64 id = k.toLongLong(&isNumber);
        if (isNumber) {
            q.prepare(u"SELECT id FROM procedures WHERE id = ?"_s);
            q.addBindValue(id);
            if (q.exec() && q.next())
                ids << id;
        }
    }
    return ids;
}

QList<ProcedureSummary> LibraryStore::list(QString *error) const
{
    QList<ProcedureSummary> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const bool ran = q.exec(u"SELECT id, code_system, code, title, descriptor FROM procedures ORDER BY "_s +
                            m_backend->caseless(u"title"_s) + u", id"_s);
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

int LibraryStore::count() const
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT count(*) FROM procedures"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

SearchPage LibraryStore::search(const SearchPlan &plan, int offset, int limit) const
{
    QSqlDatabase database = db();
    return m_backend->search(database, plan, std::max(0, offset), std::clamp(limit, 1, 10000));
}

QList<QPair<QString, int>> LibraryStore::vocabulary(QString *error) const
{
    QSqlDatabase database = db();
    return m_backend->vocabulary(database, error);
}

std::optional<QList<QPair<QString, int>>> LibraryStore::similarWords(const QString &word, QString *error) const
{
    QSqlDatabase database = db();
    return m_backend->similarWords(database, word, error);
}

int LibraryStore::documentFrequency(const QString &word, QString *error) const
{
    QSqlDatabase database = db();
    return m_backend->documentFrequency(database, word, error);
}

QString LibraryStore::contentVersion() const
{
    QSqlDatabase database = db();
    return m_backend->dataVersion(database) + u'|' + QString::number(m_localWrites);
}

QHash<qint64, QString> LibraryStore::texts(const QList<qint64> &ids) const
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, descriptor, body FROM procedures WHERE id IN ("_s + list.join(u',') + u')')) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString() + u'\n' + q.value(2).toString());
    }
    return out;
}

std::function<void()> LibraryStore::interrupter() const
{
    QSqlDatabase database = db();
    return m_backend->interrupter(database);
}

QStringList LibraryStore::codeSystems() const
{
    QStringList out;
    QSqlQuery q(db());
    if (q.exec(u"SELECT DISTINCT code_system FROM procedures WHERE code_system <> '' ORDER BY code_system"_s)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QString LibraryStore::contentChecksum(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT content_sha256 FROM procedures WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace Careleaf
