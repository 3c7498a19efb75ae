#include "librarystore.h"

#include "documentparser.h"
#include "facets.h"
#include "pendinglog.h"
#include "procedurejson.h"
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

// Rolls back unless committed, so every early return leaves the database as it was, and tells
// the backend how its transaction ended. Inside a batch (LibraryStore::beginBatch) it does
// nothing: the batch's own transaction decides.
class Transaction
{
public:
    Transaction(QSqlDatabase &db, const StoreBackend &backend, bool inBatch = false)
        : m_db(db)
        , m_backend(backend)
        , m_inBatch(inBatch)
    {
        if (m_inBatch)
            return;
        QSqlQuery q(m_db);
        m_open = q.exec(backend.beginWriteStatement());
        if (!m_open)
            m_error = q.lastError();
    }
    ~Transaction()
    {
        if (m_open) {
            QSqlQuery q(m_db);
            (void)q.exec(u"ROLLBACK"_s);
            m_backend.transactionEnded(false);
        }
    }
    [[nodiscard]] bool isOpen() const { return m_open || m_inBatch; }
    [[nodiscard]] QSqlError error() const { return m_error; }
    [[nodiscard]] bool commit()
    {
        if (m_inBatch)
            return true;
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s)) {
            m_error = q.lastError();
            return false;
        }
        m_open = false;
        m_backend.transactionEnded(true);
        return true;
    }

private:
    QSqlDatabase &m_db;
    const StoreBackend &m_backend;
    bool m_inBatch = false;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace

QString LibraryStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/careleaf/library.sqlite"_s;
}

bool LibraryStore::isDefaultLocation(const QString &path)
{
    return isSameFile(path, defaultLocation());
}

bool LibraryStore::isSameFile(const QString &a, const QString &b)
{
    const auto resolved = [](const QString &path) {
        const QFileInfo info(path);
        if (info.exists())
            return info.canonicalFilePath();
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
    };
    return !a.isEmpty() && !b.isEmpty() && resolved(a) == resolved(b);
}

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

namespace {

// The SQLite header says how many pages the file holds; a file shorter than that was cut off.
// Returns the missing byte count, 0 when the file is whole or the header does not say.
qint64 missingBytes(const QByteArray &header, qint64 fileSize)
{
    if (header.size() < 100)
        return 0;
    const auto u16 = [&](int at) { return (quint32(quint8(header[at])) << 8) | quint8(header[at + 1]); };
    const auto u32 = [&](int at) { return (u16(at) << 16) | u16(at + 2); };
    quint32 pageSize = u16(16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = u32(28);
    // The page count is valid only when the "version valid for" number matches the change counter.
    if (pages == 0 || u32(92) != u32(24) || pageSize < 512)
        return 0;
    const qint64 expected = qint64(pageSize) * pages;
    return expected > fileSize ? expected - fileSize : 0;
}

} // namespace

LibraryStore::OpenResult LibraryStore::open(const QString &location)
{
    OpenResult result;
    const auto fail = [&](Problem problem, const QString &error) {
        result.problem = problem;
        result.error = error;
        result.store.reset();
        return std::move(result);
    };
    if (LibraryAddress::isServer(location))
        return openServer(location);
    if (const QString why = notALibraryFile(location); !why.isEmpty())
        return fail(Problem::NotAFile, why);
    const QFileInfo info(location);
    if (info.exists() && info.size() > 0) {
        QFile f(location);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Problem::Unreadable, tr("%1 cannot be read: %2").arg(location, f.errorString()));
        const QByteArray header = f.read(100);
        if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return fail(Problem::NotALibrary,
                        tr("%1 is not a Careleaf library (it is not an SQLite database file)").arg(location));
        // With a write-ahead log beside it the file may be legitimately short: a checkpoint
        // interrupted by a crash writes page 1 before the pages after it, and SQLite finishes
        // the job from the log on the next open.
        const bool hasLog = QFileInfo(location + u"-wal"_s).size() > 0;
        if (const qint64 missing = hasLog ? 0 : missingBytes(header, info.size()); missing > 0)
            return fail(Problem::Damaged, tr("%1 is damaged: the file is %2 bytes shorter than the library it "
                                             "holds, so it was cut off (a full disk, or an interrupted copy). "
                                             "Careleaf has not changed it.")
                                              .arg(location)
                                              .arg(missing));
        if (!info.isWritable())
            return fail(Problem::ReadOnly, tr("%1 is read-only: Careleaf writes to its library (imports and the "
                                              "education log). Make the file writable, or choose another library.")
                                               .arg(location));
    }
    const bool created = !info.exists() || info.size() == 0;
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(Problem::ReadOnly, tr("cannot create the folder %1").arg(info.absolutePath()));

    OpenResult opened = connectAndMigrate(std::unique_ptr<LibraryStore>(
        new LibraryStore(location, LibraryAddress::parse(location), nextConnectionName(), makeSqliteBackend())));
    opened.created = created;
    return opened;
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
        qWarning().noquote() << tr("Education log rows still wait for %1: %2").arg(store->displayName(), err);
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

QString LibraryStore::pendingLogPath() const
{
    // One file per library, whoever writes to it: a server's host, port, database or service, or
    // the file itself.
    const QString key =
        m_address.server
            ? u"%1:%2/%3 service=%4"_s.arg(m_address.host).arg(m_address.port).arg(m_address.database,
                                                                                m_address.service)
            : u"file:"_s + QFileInfo(m_location).absoluteFilePath();
    return PendingLog::pathFor(key);
}

int LibraryStore::pendingLogRows() const
{
    const int inFile = int(PendingLog(pendingLogPath()).rows().size());
    return int(m_pendingLog.size()) + inFile;
}

QString LibraryStore::writePendingLog()
{
    while (!m_pendingLog.isEmpty()) {
        if (QString err = writeLogRow(m_pendingLog.first(), true); !err.isEmpty())
            return err;
        m_pendingLog.removeFirst();
    }
    return PendingLog(pendingLogPath()).flush([this](const EducationLogEntry &e) { return writeLogRow(e, true); });
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

QStringList LibraryStore::backups(const QString &location)
{
    const QFileInfo info(location);
    QFileInfoList found = info.absoluteDir().entryInfoList(
        {u"%1.format-*-backup.sqlite"_s.arg(info.completeBaseName())}, QDir::Files, QDir::Time);
    QStringList out;
    for (const QFileInfo &f : std::as_const(found))
        out << f.absoluteFilePath();
    return out;
}

QString LibraryStore::notALibraryFile(const QString &location)
{
    // SQLite would take these as instructions, not names, and leave stray folders behind.
    if (location.startsWith(u"file:"_s, Qt::CaseInsensitive) || location.startsWith(u':'))
        return tr("%1 is an SQLite address (a URI or an in-memory database), not a library file: give Careleaf "
                  "the path of the file")
            .arg(location);
    struct stat st;
    if (::stat(QFile::encodeName(location).constData(), &st) != 0)
        return {}; // nothing there yet: a new library
    QString kind;
    if (S_ISDIR(st.st_mode))
        kind = tr("a folder");
    else if (S_ISCHR(st.st_mode))
        kind = tr("a character device");
    else if (S_ISBLK(st.st_mode))
        kind = tr("a block device");
    else if (S_ISFIFO(st.st_mode))
        kind = tr("a pipe");
    else if (S_ISSOCK(st.st_mode))
        kind = tr("a socket");
    else if (!S_ISREG(st.st_mode))
        kind = tr("not a regular file");
    if (kind.isEmpty())
        return {};
    return tr("%1 is %2, not a library file: choose a library file (it is left as it is)").arg(location, kind);
}

QString LibraryStore::checkBackup(const QString &location, const QString &backup)
{
    if (!QFileInfo(backup).isFile())
        return tr("the backup %1 does not exist or is not a file").arg(backup);
    if (isSameFile(location, backup))
        return tr("%1 is the library itself, not a backup of it").arg(backup);
    // Opened as a copy: a backup in an older format would be upgraded by opening it, and the
    // backup itself is never written to.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(u"backup.sqlite"_s);
    if (!scratch.isValid() || !QFile::copy(backup, copy))
        return tr("the backup %1 cannot be read").arg(backup);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    OpenResult opened = open(copy);
    if (!opened.store)
        return tr("the backup %1 is not a library Careleaf can open: %2")
            .arg(backup, QString(opened.error).replace(copy, backup));
    if (const QStringList problems = opened.store->check(); !problems.isEmpty())
        return tr("the backup %1 fails its check: %2").arg(backup, problems.first());
    return {};
}

QString LibraryStore::setAside(const QString &location, QString *movedTo)
{
    if (const QString why = notALibraryFile(location); !why.isEmpty())
        return why;
    const QString target = location + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFile::exists(target))
        return tr("%1 already exists; try again in a second").arg(target);
    if (!QFile::rename(location, target))
        return tr("%1 cannot be moved aside to %2 (is its folder writable?)").arg(location, target);
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(location + suffix))
            (void)QFile::rename(location + suffix, target + suffix);
    }
    if (movedTo)
        *movedTo = target;
    return {};
}

QString LibraryStore::restoreBackup(const QString &location, const QString &backup, QString *movedTo)
{
    // Checked before anything is moved: a wrong backup leaves the library where it was.
    if (const QString problem = checkBackup(location, backup); !problem.isEmpty())
        return problem;
    if (QFileInfo::exists(location)) {
        if (const QString err = setAside(location, movedTo); !err.isEmpty())
            return err;
    }
    if (!QFile::copy(backup, location))
        return tr("%1 cannot be copied to %2").arg(backup, location);
    QFile::setPermissions(location, QFile::permissions(location) | QFile::WriteOwner);
    return {};
}

QString LibraryStore::migrate(Problem *problem)
{
    QSqlDatabase database = db();
    const QString shown = displayName();
    // Read-only checks first: a file that is refused is never written to.
    QSqlError tablesError;
    const QStringList tables = m_backend->tables(database, &tablesError);
    if (tablesError.isValid()) {
        *problem = m_backend->classify(tablesError, m_location);
        if (m_address.server)
            return tr("%1 cannot be read: %2").arg(shown, m_backend->explainWriteError(tablesError));
        if (*problem == Problem::Other)
            *problem = Problem::Damaged;
        return tr("%1 is damaged: the database reports \u201c%2\u201d. Careleaf has not changed it.")
            .arg(shown, tablesError.databaseText());
    }
    int version = 0;
    if (tables.contains(u"careleaf_meta"_s)) {
        QSqlQuery q(database);
        if (!q.exec(u"SELECT value FROM careleaf_meta WHERE key = 'schema_version'"_s) || !q.next()) {
            if (m_address.server) {
                *problem = m_backend->classify(q.lastError(), m_location);
                return tr("%1 cannot be read: %2").arg(shown, m_backend->explainWriteError(q.lastError()));
            }
            *problem = Problem::Damaged;
            return tr("%1 is damaged: its format version cannot be read. Careleaf has not changed it.").arg(shown);
        }
        version = q.value(0).toInt();
    } else if (!tables.isEmpty()) {
        *problem = Problem::NotALibrary;
        return m_address.server
                   ? tr("%1 holds other tables but no Careleaf library; choose another database").arg(shown)
                   : tr("%1 is an SQLite database but not a Careleaf library").arg(shown);
    }

    const int latest = m_backend->latestSchemaVersion();
    if (version > latest) {
        *problem = Problem::NewerFormat;
        // A newer Careleaf writes its own format as the one it brought the library to; a number
        // changed by hand leaves that behind.
        QSqlQuery written(database);
        if (written.exec(u"SELECT value FROM careleaf_meta WHERE key = 'format_written'"_s) && written.next() &&
            written.value(0).toInt() > 0 && written.value(0).toInt() <= latest) {
            const int real = written.value(0).toInt();
            return tr("%1 says it is library format %2, but Careleaf last brought it to format %3, which this "
                      "version reads: the format number was changed by hand, not by a newer Careleaf. Ask IT to "
                      "set it back (UPDATE careleaf_meta SET value = '%3' WHERE key = 'schema_version').")
                .arg(shown)
                .arg(version)
                .arg(real);
        }
        return tr("%1 was written by a newer version of Careleaf (library format %2; this version reads up to "
                  "format %3). Open it with a newer Careleaf, or choose another library.")
            .arg(shown)
            .arg(version)
            .arg(latest);
    }
    m_schemaVersion = version;
    if (m_address.server && version < latest) {
        // Workstations never change the server's schema: that is IT's job, with the owner's role.
        if (const QString refusal = m_backend->importRefusal(database); !refusal.isEmpty()) {
            *problem = Problem::ReadOnly;
            return version == 0 ? tr("%1 holds no Careleaf library yet, and %2 Ask IT to run: careleaf-cli admin "
                                     "init-server <address>")
                                      .arg(shown, refusal)
                                : tr("%1 needs an upgrade from library format %2 to %3, which this connection may "
                                     "not make: %4 Ask IT to run: careleaf-cli admin init-server <address>")
                                      .arg(shown)
                                      .arg(version)
                                      .arg(latest)
                                      .arg(refusal);
        }
    }
    if (const QString err = m_backend->prepareForWriting(database); !err.isEmpty()) {
        *problem = Problem::Other;
        return tr("%1 cannot be opened for writing: %2").arg(shown, err);
    }
    if (version == latest)
        return {};
    if (version > 0) {
        // A consistent copy of the library as it is, before anything changes it.
        QString backup;
        if (const QString err = m_backend->backupBeforeUpgrade(database, m_location, version, &backup);
            !err.isEmpty()) {
            *problem = m_backend->classify(QSqlError(err, err, QSqlError::StatementError), m_location);
            return tr("%1 needs an upgrade to format %2, but the backup taken first could not be written to %3: "
                      "%4. Nothing was changed.")
                .arg(shown)
                .arg(latest)
                .arg(backup, err);
        }
    }
    const auto failed = [&](const QString &message) {
        *problem = Problem::Other;
        return message;
    };
    for (int v = version + 1; v <= latest; ++v) {
        Transaction tx(database, *m_backend);
        if (!tx.isOpen())
            return failed(tr("%1 cannot be upgraded: %2").arg(shown, explainWriteError(tx.error())));
        QSqlQuery q(database);
        for (const QString &statement : m_backend->migration(v)) {
            if (!q.exec(statement))
                return failed(tr("%1 cannot be upgraded to format %2: %3")
                                  .arg(shown)
                                  .arg(v)
                                  .arg(explainWriteError(q.lastError())));
        }
        // The format number, and the format Careleaf itself last brought the library to: a number
        // changed by hand afterwards shows as the two disagreeing (formatProblems()).
        q.prepare(u"INSERT INTO careleaf_meta (key, value) VALUES ('schema_version', ?), ('format_written', ?)"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(QString::number(v));
        q.addBindValue(QString::number(v));
        if (!q.exec())
            return failed(
                tr("%1 cannot be upgraded to format %2: %3").arg(shown).arg(v).arg(explainWriteError(q.lastError())));
        if (v == 2 || v == NamesForPeopleFormat || v == SealedLogFormat) {
            // Columns derived from each document, and the log's seals: computed here, in the same
            // transaction.
            const QString err = v == 2                      ? refreshDerivedColumns()
                                : v == NamesForPeopleFormat ? deriveNamesAndGradesAgain()
                                                            : sealExistingLog();
            if (!err.isEmpty())
                return failed(tr("%1 cannot be upgraded to format %2: %3").arg(shown).arg(v).arg(err));
        }
        if (!tx.commit())
            return failed(
                tr("%1 cannot be upgraded to format %2: %3").arg(shown).arg(v).arg(explainWriteError(tx.error())));
    }
    m_schemaVersion = latest;
    return {};
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

QString LibraryStore::deriveNamesAndGradesAgain()
{
    QString error;
    const QList<ProcedureSummary> all = list(&error);
    if (!error.isEmpty())
        return error;
    // Inside the upgrade's own transaction: every procedure is stored again, or none.
    const bool wasBatch = m_batch;
    m_batch = true;
    for (const ProcedureSummary &s : all) {
        std::optional<Procedure> p = procedure(s.id);
        if (!p) {
            error = tr("procedure %1: its stored document cannot be read").arg(s.id);
            break;
        }
        DocumentParser::deriveFromContent(*p);
        if (store(*p, &error, true) == StoreOutcome::Failed)
            break;
    }
    m_batch = wasBatch;
    m_batchLocked = false;
    return error;
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
        if (const QSqlError err = writeNames(id, names, code, true); err.isValid())
            return err.text();
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

QString LibraryStore::logEducation(const EducationLogEntry &e)
{
    const QString error = writeLogRow(e);
    if (error.isEmpty())
        return {};
    // The handout was printed: its record must not be lost with the connection, a refused
    // write or a locked file, nor when Careleaf quits before the library takes it. It waits on
    // this computer and is written when the library next opens (or the server is back).
    if (const QString kept = PendingLog(pendingLogPath()).append(e); !kept.isEmpty()) {
        qWarning().noquote() << tr("The education log row waits in memory only: %1").arg(kept);
        m_pendingLog << e;
    }
    if (m_address.server && !isReachable())
        return {}; // an outage: the banner says so, and the row is written on reconnecting
    return tr("%1; the row waits on this computer and is added when the library takes it").arg(error);
}

QString LibraryStore::writeLogRow(const EducationLogEntry &e, bool unlessLogged)
{
    QSqlDatabase database = db();
    auto list = [](const QStringList &l) {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
    };
    auto text = [](const QString &s) { return s.isNull() ? QString(u""_s) : s; };
    const QString printedAt = e.printedAt.toUTC().toString(Qt::ISODateWithMs);
    const QString workstation = text(e.workstation);
    const QString procedures = list(e.procedures);
    const QString contentVersions = list(e.contentVersions);
    const QString sections = list(e.sections);
    const QString preset = text(e.preset);
    const QString output = text(e.output);
    const auto failed = [this](const QSqlError &error) {
        return tr("the education log cannot be written: %1").arg(explainWriteError(error));
    };

    if (const QString call = m_backend->appendLogCall(); !call.isEmpty()) {
        // The server takes the row, sets who and when, and seals it.
        QSqlQuery q(database);
        q.prepare(call);
        for (const QVariant &v : {QVariant(printedAt), QVariant(workstation), QVariant(procedures),
                                  QVariant(contentVersions), QVariant(sections), QVariant(preset),
                                  QVariant(e.copies), QVariant(output), QVariant(unlessLogged)})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q.lastError());
        ++m_localWrites;
        return {};
    }

    // A file: sealed here, in one write transaction with the library's count of rows and last seal.
    Transaction tx(database, *m_backend, m_batch);
    if (!tx.isOpen())
        return failed(tx.error());
    QSqlQuery q(database);
    if (unlessLogged) {
        // A row that waited may have been written before its acknowledgement was lost: the same
        // workstation's row of the same millisecond is that row.
        q.prepare(u"SELECT 1 FROM education_log WHERE printed_at = ? AND workstation = ? AND procedures = ?"_s);
        q.addBindValue(printedAt);
        q.addBindValue(workstation);
        q.addBindValue(procedures);
        if (!q.exec())
            return failed(q.lastError());
        if (q.next())
            return tx.commit() ? QString() : failed(tx.error());
    }
    if (!q.exec(u"SELECT value FROM careleaf_meta WHERE key = 'log_head'"_s))
        return failed(q.lastError());
    const QString head = q.next() ? q.value(0).toString() : EducationLog::head(0, {});
    const qint64 rows = head.section(u' ', 0, 0).toLongLong();
    const QString previous = text(head.section(u' ', 1));
    const QString recordedAt = nowUtc();
    const QString recordedBy = text(m_backend->recorder(database));
    const QString seal = EducationLog::seal(previous, printedAt, recordedAt, recordedBy, workstation, procedures,
                                            contentVersions, sections, preset, e.copies, output);
    q.prepare(u"INSERT INTO education_log (printed_at, workstation, procedures, content_versions, sections, preset,"
              " copies, output, recorded_at, recorded_by, previous_seal, seal)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(printedAt), QVariant(workstation), QVariant(procedures),
                              QVariant(contentVersions), QVariant(sections), QVariant(preset), QVariant(e.copies),
                              QVariant(output), QVariant(recordedAt), QVariant(recordedBy), QVariant(previous),
                              QVariant(seal)})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q.lastError());
    if (const QSqlError err = setLogHead(EducationLog::head(rows + 1, seal)); err.isValid())
        return failed(err);
    if (!tx.commit())
        return failed(tx.error());
    ++m_localWrites;
    return {};
}

QSqlError LibraryStore::setLogHead(const QString &head)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO careleaf_meta (key, value) VALUES ('log_head', ?)"
              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(head);
    return q.exec() ? QSqlError() : q.lastError();
}

QString LibraryStore::sealExistingLog()
{
    // Rows written before format 6 (no recorder, no time recorded) are sealed as they are, in order.
    QSqlDatabase database = db();
    QSqlQuery read(database);
    read.setForwardOnly(true);
    QList<QStringList> rows;
    const bool ran = read.exec(u"SELECT id, printed_at, recorded_at, recorded_by, workstation, procedures,"
                               " content_versions, sections, preset, copies, output FROM education_log ORDER BY id"_s);
    const QString failed = readRows(read, ran, [&] {
        QStringList row;
        for (int i = 0; i < 11; ++i)
            row << read.value(i).toString();
        rows << row;
    });
    if (!failed.isEmpty())
        return failed;
    QSqlQuery write(database);
    write.prepare(u"UPDATE education_log SET previous_seal = ?, seal = ? WHERE id = ?"_s);
    QString previous;
    for (const QStringList &r : std::as_const(rows)) {
        const QString seal = EducationLog::seal(previous, r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), r.at(6),
                                                r.at(7), r.at(8), r.at(9).toInt(), r.at(10));
        write.addBindValue(previous);
        write.addBindValue(seal);
        write.addBindValue(r.at(0).toLongLong());
        if (!write.exec())
            return write.lastError().text();
        previous = seal;
    }
    if (const QSqlError err = setLogHead(EducationLog::head(rows.size(), previous)); err.isValid())
        return err.text();
    QSqlQuery q(database);
    for (const QString &statement : m_backend->logSealedStatements()) {
        if (!q.exec(statement))
            return q.lastError().text();
    }
    return {};
}

QStringList LibraryStore::formatProblems() const
{
    QSqlQuery q(db());
    if (!q.exec(u"SELECT key, value FROM careleaf_meta WHERE key IN ('schema_version', 'format_written')"_s))
        return {tr("the library's format cannot be read: %1").arg(q.lastError().text())};
    QHash<QString, QString> meta;
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    if (meta.value(u"format_written"_s) != meta.value(u"schema_version"_s))
        return {tr("the library says it is format %1, but Careleaf last brought it to format %2: the format number "
                   "was changed by hand")
                    .arg(meta.value(u"schema_version"_s), meta.value(u"format_written"_s, tr("(unknown)")))};
    return {};
}

QStringList LibraryStore::logTampering() const
{
    QStringList problems;
    QSqlDatabase database = db();
    QSqlQuery q(database);
    q.setForwardOnly(true);
    const bool ran = q.exec(u"SELECT id, printed_at, recorded_at, recorded_by, workstation, procedures,"
                            " content_versions, sections, preset, copies, output, previous_seal, seal"
                            " FROM education_log ORDER BY id"_s);
    QString previous;
    qint64 rows = 0;
    const QString failed = readRows(q, ran, [&] {
        ++rows;
        const qint64 id = q.value(0).toLongLong();
        const QString seal = EducationLog::seal(
            q.value(11).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toInt(), q.value(10).toString());
        if (seal != q.value(12).toString())
            problems << tr("education log row %1 was changed after it was written (it no longer matches its seal)")
                            .arg(id);
        if (q.value(11).toString() != previous)
            problems << tr("the education log was cut before row %1: a row before it was removed or changed")
                            .arg(id);
        previous = q.value(12).toString();
    });
    if (!failed.isEmpty())
        return {tr("the education log cannot be read: %1").arg(failed)};
    QSqlQuery h(database);
    const QString head = h.exec(u"SELECT value FROM careleaf_meta WHERE key = 'log_head'"_s) && h.next()
                             ? h.value(0).toString()
                             : QString();
    const qint64 recorded = head.section(u' ', 0, 0).toLongLong();
    if (head.isEmpty())
        problems << tr("the education log's count of rows is missing from the library");
    else if (recorded > rows)
        problems << tr("%n row(s) removed from the end of the education log", nullptr, int(recorded - rows));
    else if (recorded < rows || head.section(u' ', 1) != previous)
        problems << tr("the education log's last rows were added or changed outside Careleaf");
    return problems;
}

QList<EducationLogEntry> LibraryStore::educationLog(const QDate &since, QString *error) const
{
    QList<EducationLogEntry> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, printed_at, workstation, procedures, content_versions, sections, preset, copies, output,"
              " recorded_at, recorded_by, previous_seal, seal FROM education_log WHERE printed_at >= ?"
              " ORDER BY printed_at, id"_s);
    // The log stores UTC; "since a day" means from the start of that local day.
    q.addBindValue(since.isValid() ? since.startOfDay().toUTC().toString(Qt::ISODateWithMs) : QString(u""_s));
    auto list = [](const QVariant &v) {
        QStringList l;
        for (const QJsonValue &item : QJsonDocument::fromJson(v.toString().toUtf8()).array())
            l << item.toString();
        return l;
    };
    const bool ran = q.exec();
    const QString failed = readRows(q, ran, [&] {
        out.append(EducationLogEntry{q.value(0).toLongLong(),
                                     QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                                     q.value(2).toString(), list(q.value(3)), list(q.value(4)), list(q.value(5)),
                                     q.value(6).toString(), q.value(7).toInt(), q.value(8).toString(),
                                     QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs),
                                     q.value(10).toString(), q.value(11).toString(), q.value(12).toString()});
    });
    if (failed.isEmpty())
        return out;
    if (error) {
        *error = m_address.server && !isReachable()
                     ? tr("the education log cannot be read: %1 cannot be reached").arg(displayName())
                     : tr("the education log cannot be read: %1").arg(failed);
    }
    return {};
}

QStringList LibraryStore::check() const
{
    QSqlDatabase database = db();
    QStringList problems = m_backend->integrityProblems(database);
    problems += formatProblems();
    problems += logTampering();
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
