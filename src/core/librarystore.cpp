#include "librarystore.h"

#include "facets.h"
#include "procedurejson.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
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
#include <QVariant>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"careleaf-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// What a procedure is, without where it came from or when: equal content means "unchanged".
QByteArray contentHash(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
}

// The lay name and aliases as query words ("magnesium drip"): the exact-name tier of search.
QStringList normalisedNames(const Procedure &p)
{
    QStringList out{queryWords(p.title).join(u' ')};
    for (const QString &alias : p.aliases) {
        const QString name = queryWords(alias).join(u' ');
        if (!name.isEmpty() && !out.contains(name))
            out << name;
    }
    return out;
}

QVariant durationValue(const Procedure &p)
{
    const std::optional<int> minutes = Facets::maxDurationMinutes(p);
    return minutes ? QVariant(*minutes) : QVariant(QMetaType(QMetaType::Int));
}

QString namesText(const Procedure &p)
{
    QStringList names{p.title};
    names += p.aliases;
    if (p.layName != p.title)
        names << p.layName;
    return names.join(u'\n');
}

// Rolls back unless committed, so every early return leaves the database as it was.
class Transaction
{
public:
    Transaction(QSqlDatabase &db, const QString &begin)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_open = q.exec(begin);
        if (!m_open)
            m_error = q.lastError().text();
    }
    ~Transaction()
    {
        if (m_open) {
            QSqlQuery q(m_db);
            (void)q.exec(u"ROLLBACK"_s);
        }
    }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s)) {
            m_error = q.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace

QString LibraryStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/careleaf/library.sqlite"_s;
}

LibraryStore::LibraryStore(QString location, QString connectionName, std::unique_ptr<StoreBackend> backend)
    : m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
    , m_backend(std::move(backend))
{}

LibraryStore::~LibraryStore()
{
    m_findByIdentity.reset();
    m_insert.reset();
    m_update.reset();
    m_deleteKeys.reset();
    m_insertKeys.reset();
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

LibraryStore::OpenResult LibraryStore::open(const QString &location)
{
    OpenResult result;
    if (location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s)) {
        result.error = tr("%1: this version of Careleaf opens SQLite libraries only").arg(location);
        return result;
    }
    const QFileInfo info(location);
    if (info.isDir()) {
        result.error = tr("%1 is a folder, not a library file").arg(location);
        return result;
    }
    if (info.exists() && info.size() > 0) {
        QFile f(location);
        if (!f.open(QIODevice::ReadOnly)) {
            result.error = tr("%1 cannot be read: %2").arg(location, f.errorString());
            return result;
        }
        if (f.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
            result.error = tr("%1 is not a Careleaf library (it is not an SQLite database file)").arg(location);
            return result;
        }
    }
    result.created = !info.exists() || info.size() == 0;
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        result.error = tr("cannot create the folder %1").arg(info.absolutePath());
        return result;
    }

    auto backend = makeSqliteBackend();
    const QString name = nextConnectionName();
    std::unique_ptr<LibraryStore> store(new LibraryStore(location, name, std::move(backend)));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(store->m_backend->driverName(), name);
        database.setDatabaseName(location);
        if (!database.open()) {
            result.error = tr("%1 cannot be opened: %2").arg(location, database.lastError().text());
            return result;
        }
        if (const QString err = store->m_backend->configure(database); !err.isEmpty()) {
            result.error = tr("%1 cannot be opened: %2").arg(location, err);
            return result;
        }
    }
    if (const QString err = store->migrate(); !err.isEmpty()) {
        result.error = err;
        return result;
    }
    result.store = std::move(store);
    return result;
}

QString LibraryStore::migrate()
{
    QSqlDatabase database = db();
    const QStringList tables = database.tables();
    int version = 0;
    if (tables.contains(u"careleaf_meta"_s)) {
        QSqlQuery q(database);
        if (!q.exec(u"SELECT value FROM careleaf_meta WHERE key = 'schema_version'"_s) || !q.next())
            return tr("%1 is damaged: its format version cannot be read").arg(m_location);
        version = q.value(0).toInt();
    } else if (!tables.isEmpty()) {
        return tr("%1 is an SQLite database but not a Careleaf library").arg(m_location);
    }

    const int latest = m_backend->latestSchemaVersion();
    if (version > latest) {
        return tr("%1 was written by a newer version of Careleaf (library format %2; this version reads up to "
                  "format %3). Open it with a newer Careleaf, or choose another library.")
            .arg(m_location)
            .arg(version)
            .arg(latest);
    }
    for (int v = version + 1; v <= latest; ++v) {
        Transaction tx(database, m_backend->beginWriteStatement());
        if (!tx.isOpen())
            return tr("%1 cannot be upgraded: %2").arg(m_location, tx.error());
        QSqlQuery q(database);
        for (const QString &statement : m_backend->migration(v)) {
            if (!q.exec(statement))
                return tr("%1 cannot be upgraded to format %2: %3").arg(m_location).arg(v).arg(q.lastError().text());
        }
        q.prepare(u"INSERT INTO careleaf_meta (key, value) VALUES ('schema_version', ?)"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(QString::number(v));
        if (!q.exec())
            return tr("%1 cannot be upgraded to format %2: %3").arg(m_location).arg(v).arg(q.lastError().text());
        if (v == 2) {
            // Columns derived from each document: computed here, in the same transaction.
            if (const QString err = refreshDerivedColumns(); !err.isEmpty())
                return tr("%1 cannot be upgraded to format %2: %3").arg(m_location).arg(v).arg(err);
        }
        if (!tx.commit())
            return tr("%1 cannot be upgraded to format %2: %3").arg(m_location).arg(v).arg(tx.error());
    }
    m_schemaVersion = latest;
    return {};
}

QString LibraryStore::writeNames(qint64 id, const QStringList &names, const QString &code, bool replace)
{
    QSqlDatabase database = db();
    if (!m_deleteKeys) {
        m_deleteKeys = std::make_unique<QSqlQuery>(database);
        m_deleteKeys->prepare(u"DELETE FROM procedure_keys WHERE procedure_id = ?"_s);
        // One statement per procedure, whatever the number of names.
        m_insertKeys = std::make_unique<QSqlQuery>(database);
        m_insertKeys->prepare(u"INSERT INTO procedure_keys (key, sort_name, procedure_id)"
                              " SELECT value ->> 0, value ->> 1, ? FROM json_each(?)"_s);
    }
    if (replace) {
        m_deleteKeys->addBindValue(id);
        if (!m_deleteKeys->exec())
            return m_deleteKeys->lastError().text();
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
        return m_insertKeys->lastError().text();
    return {};
}

QString LibraryStore::refreshDerivedColumns()
{
    QSqlDatabase database = db();
    QSqlQuery read(database);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT id, document FROM procedures"_s))
        return read.lastError().text();
    QList<std::tuple<qint64, QByteArray, QStringList, QString, int, QVariant>> rows;
    while (read.next()) {
        const auto p = ProcedureJson::fromJson(QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object());
        if (!p)
            return tr("procedure %1: its stored document cannot be read").arg(read.value(0).toLongLong());
        rows.append({read.value(0).toLongLong(), ProcedureJson::contentJson(*p), normalisedNames(*p), p->code.toLower(),
                     Facets::settings(*p), durationValue(*p)});
    }
    read.finish();
    // Documents are rewritten in the current content form and re-hashed, so re-importing an
    // unchanged file still reports "unchanged" after an upgrade.
    QSqlQuery write(database);
    write.prepare(u"UPDATE procedures SET document = ?, content_sha256 = ?, settings = ?,"
                  " duration_minutes = ? WHERE id = ?"_s);
    for (const auto &[id, content, names, code, settings, duration] : std::as_const(rows)) {
        if (const QString err = writeNames(id, names, code, true); !err.isEmpty())
            return err;
        write.addBindValue(QString::fromUtf8(content));
        write.addBindValue(QString::fromLatin1(contentHash(content)));
        write.addBindValue(settings);
        write.addBindValue(duration);
        write.addBindValue(id);
        if (!write.exec())
            return write.lastError().text();
    }
    return {};
}

StoreOutcome LibraryStore::store(const Procedure &p, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return StoreOutcome::Failed;
    };
    QSqlDatabase database = db();
    Transaction tx(database, m_backend->beginWriteStatement());
    if (!tx.isOpen())
        return fail(tr("the library cannot be written: %1").arg(tx.error()));

    const QString identity = p.identity();
    const QByteArray content = ProcedureJson::contentJson(p);
    const QString hash = QString::fromLatin1(contentHash(content));
    auto prepared = [&database](std::unique_ptr<QSqlQuery> &query, const QString &sql) -> QSqlQuery & {
        if (!query) {
            query = std::make_unique<QSqlQuery>(database);
            query->prepare(sql);
        }
        return *query;
    };
    QSqlQuery &find =
        prepared(m_findByIdentity, u"SELECT id, content_sha256, imported_at FROM procedures WHERE identity = ?"_s);
    find.addBindValue(identity);
    if (!find.exec())
        return fail(tr("the library cannot be read: %1").arg(find.lastError().text()));
    const bool exists = find.next();
    const qint64 existingId = exists ? find.value(0).toLongLong() : 0;
    if (exists && find.value(1).toString() == hash) {
        find.finish();
        return StoreOutcome::Unchanged;
    }
    const QString importedAt = exists ? find.value(2).toString() : nowUtc();
    find.finish();

    // The stored document is the content; where it came from and when live in their own columns.
    const QString document = QString::fromUtf8(content);
    const QString now = nowUtc();

    QSqlQuery &q =
        exists
            ? prepared(
                  m_update,
                  u"UPDATE procedures SET code_system = ?, code = ?, descriptor = ?, title = ?, names = ?, body = ?,"
                  " document = ?, content_sha256 = ?, source_file = ?, source_sha256 = ?, reading_grade = ?,"
                  " updated_at = ?, settings = ?, duration_minutes = ? WHERE id = ?"_s)
            : prepared(m_insert, u"INSERT INTO procedures (code_system, code, descriptor, title, names, body, document,"
                                 " content_sha256, source_file, source_sha256, reading_grade, updated_at, settings,"
                                 " duration_minutes, identity, imported_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // A null QString binds as SQL NULL; the schema wants '' for "not given".
    auto text = [](const QString &s) { return s.isNull() ? QString(u""_s) : s; };
    q.addBindValue(text(p.codeSystem));
    q.addBindValue(text(p.code));
    q.addBindValue(text(p.descriptor));
    q.addBindValue(text(p.title));
    q.addBindValue(namesText(p));
    q.addBindValue(text(p.bodyText()));
    q.addBindValue(document);
    q.addBindValue(hash);
    q.addBindValue(text(p.source.file));
    q.addBindValue(text(p.source.sha256));
    q.addBindValue(p.readingGrade);
    q.addBindValue(now);
    q.addBindValue(Facets::settings(p));
    q.addBindValue(durationValue(p));
    if (exists) {
        q.addBindValue(existingId);
    } else {
        q.addBindValue(identity);
        q.addBindValue(importedAt);
    }
    const bool written = q.exec();
    const QString writeError = q.lastError().text();
    const qint64 id = exists ? existingId : q.lastInsertId().toLongLong();
    q.finish();
    if (!written)
        return fail(tr("the procedure cannot be stored: %1").arg(writeError));
    if (const QString err = writeNames(id, normalisedNames(p), p.code.toLower(), exists); !err.isEmpty())
        return fail(tr("the procedure cannot be stored: %1").arg(err));
    if (!tx.commit())
        return fail(tr("the procedure cannot be stored: %1").arg(tx.error()));
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

QList<ProcedureSummary> LibraryStore::list() const
{
    QList<ProcedureSummary> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, code_system, code, title, descriptor FROM procedures ORDER BY title COLLATE NOCASE, id"_s))
        return out;
    while (q.next()) {
        out.append(ProcedureSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toString()});
    }
    return out;
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

QList<QPair<QString, int>> LibraryStore::vocabulary() const
{
    QSqlDatabase database = db();
    return m_backend->vocabulary(database);
}

QString LibraryStore::contentVersion() const
{
    QSqlDatabase database = db();
    return m_backend->dataVersion(database) + u'|' + QString::number(m_localWrites);
}

QHash<qint64, QString> LibraryStore::texts(const QList<qint64> &ids) const
{
    QSqlDatabase database = db();
    return m_backend->texts(database, ids);
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

QString LibraryStore::logEducation(const EducationLogEntry &e)
{
    QSqlDatabase database = db();
    QSqlQuery q(database);
    q.prepare(u"INSERT INTO education_log (printed_at, workstation, procedures, content_versions, sections, preset,"
              " copies, output) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    auto list = [](const QStringList &l) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
    };
    q.addBindValue(e.printedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(e.workstation.isNull() ? QString(u""_s) : e.workstation);
    q.addBindValue(list(e.procedures));
    q.addBindValue(list(e.contentVersions));
    q.addBindValue(list(e.sections));
    q.addBindValue(e.preset.isNull() ? QString(u""_s) : e.preset);
    q.addBindValue(e.copies);
    q.addBindValue(e.output.isNull() ? QString(u""_s) : e.output);
    if (!q.exec())
        return tr("the education log cannot be written: %1").arg(q.lastError().text());
    ++m_localWrites;
    return {};
}

QList<EducationLogEntry> LibraryStore::educationLog(const QDate &since) const
{
    QList<EducationLogEntry> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, printed_at, workstation, procedures, content_versions, sections, preset, copies, output"
              " FROM education_log WHERE printed_at >= ? ORDER BY printed_at, id"_s);
    // The log stores UTC; "since a day" means from the start of that local day.
    q.addBindValue(since.isValid() ? since.startOfDay().toUTC().toString(Qt::ISODateWithMs) : QString(u""_s));
    if (!q.exec())
        return out;
    auto list = [](const QVariant &v) {
        QStringList l;
        for (const QJsonValue &item : QJsonDocument::fromJson(v.toString().toUtf8()).array())
            l << item.toString();
        return l;
    };
    while (q.next()) {
        out.append(EducationLogEntry{q.value(0).toLongLong(),
                                     QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                                     q.value(2).toString(), list(q.value(3)), list(q.value(4)), list(q.value(5)),
                                     q.value(6).toString(), q.value(7).toInt(), q.value(8).toString()});
    }
    return out;
}

QStringList LibraryStore::check() const
{
    QSqlDatabase database = db();
    QStringList problems = m_backend->integrityProblems(database);
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, identity, document, content_sha256 FROM procedures ORDER BY id"_s)) {
        problems << tr("the procedures cannot be read: %1").arg(q.lastError().text());
        return problems;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(2).toString().toUtf8(), &parseError);
        const auto p = ProcedureJson::fromJson(doc.object());
        if (parseError.error != QJsonParseError::NoError || !p) {
            problems << tr("procedure %1: its stored document cannot be read").arg(id);
            continue;
        }
        if (p->identity() != q.value(1).toString())
            problems << tr("procedure %1: stored identity does not match its content").arg(id);
        if (QString::fromLatin1(contentHash(ProcedureJson::contentJson(*p))) != q.value(3).toString())
            problems << tr("procedure %1: content checksum does not match").arg(id);
    }
    return problems;
}

} // namespace Careleaf
