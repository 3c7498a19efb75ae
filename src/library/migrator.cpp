// LibraryStore's format migrations (one numbered list per backend, applied in order, a backup of
// a file library first), the values derived again after a format step, and `check`.
#include "documentparser.h"
#include "libraryfile.h"
#include "librarystore.h"
#include "procedurejson.h"
#include "storeinternals.h"
#include "tieredsearch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Careleaf {

using namespace StoreInternals;

QString LibraryStore::migrate(Problem *problem)
{
    StoreConnection &c = *m_connection;
    const StoreBackend &backend = c.backend();
    QSqlDatabase database = db();
    const QString shown = c.displayName();
    // Read-only checks first: a file that is refused is never written to.
    int version = 0;
    const auto readVersion = [&]() -> QString {
        QSqlError tablesError;
        const QStringList tables = backend.tables(database, &tablesError);
        if (tablesError.isValid()) {
            *problem = backend.classify(tablesError, c.location());
            if (c.isServer())
                return tr("%1 cannot be read: %2").arg(shown, c.explain(tablesError));
            if (*problem == Problem::Other)
                *problem = Problem::Damaged;
            return tr("%1 is damaged: the database reports \u201c%2\u201d. Careleaf has not changed it.")
                .arg(shown, tablesError.databaseText());
        }
        version = 0;
        if (tables.contains(u"careleaf_meta"_s)) {
            QSqlQuery q(database);
            if (!q.exec(u"SELECT value FROM careleaf_meta WHERE key = 'schema_version'"_s) || !q.next()) {
                if (c.isServer()) {
                    *problem = backend.classify(q.lastError(), c.location());
                    return tr("%1 cannot be read: %2").arg(shown, c.explain(q.lastError()));
                }
                *problem = Problem::Damaged;
                return tr("%1 is damaged: its format version cannot be read. Careleaf has not changed it.").arg(shown);
            }
            version = q.value(0).toInt();
        } else if (!tables.isEmpty()) {
            *problem = Problem::NotALibrary;
            return c.isServer()
                       ? tr("%1 holds other tables but no Careleaf library; choose another database").arg(shown)
                       : tr("%1 is an SQLite database but not a Careleaf library").arg(shown);
        }
        return {};
    };
    if (const QString err = readVersion(); !err.isEmpty())
        return err;

    const int latest = backend.latestSchemaVersion();
    // Two Careleafs opening a file of an older format at once (a window and a console import)
    // both upgraded it: one's backup deleted the other's, and its steps failed on tables the
    // other had made. The first to take the lock beside the file upgrades it; the others wait,
    // then read the format again. (A folder where no lock can be made takes no backup either:
    // that refusal says so below.)
    QLockFile upgrading(c.isServer() ? QString() : LibraryFile::upgradeLockName(c.location()));
    if (!c.isServer() && version < latest) {
        constexpr int WaitMs = 120'000;
        upgrading.setStaleLockTime(0); // an upgrade may take minutes; a lock is stale only when its Careleaf is gone
        if (!upgrading.tryLock(WaitMs) && upgrading.error() == QLockFile::LockFailedError) {
            *problem = Problem::Other;
            return tr("%1 is being upgraded by another Careleaf, which has not finished in two minutes. Try again "
                      "when it has; if no Careleaf is running, remove %2.")
                .arg(shown, QDir::toNativeSeparators(upgrading.fileName()));
        }
        if (const QString err = readVersion(); !err.isEmpty())
            return err;
    }
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
                .arg(shown, QString::number(version), QString::number(real));
        }
        return tr("%1 was written by a newer version of Careleaf (library format %2; this version reads up to "
                  "format %3). Open it with a newer Careleaf, or choose another library.")
            .arg(shown, QString::number(version), QString::number(latest));
    }
    c.m_schemaVersion = version;
    if (c.isServer() && version < latest) {
        // Workstations never change the server's schema: that is IT's job, with the owner's role.
        if (const QString refusal = backend.importRefusal(database); !refusal.isEmpty()) {
            *problem = Problem::ReadOnly;
            return version == 0 ? tr("%1 holds no Careleaf library yet, and %2 Ask IT to run: careleaf-cli admin "
                                     "init-server <address>")
                                      .arg(shown, refusal)
                                : tr("%1 needs an upgrade from library format %2 to %3, which this connection may "
                                     "not make: %4 Ask IT to run: careleaf-cli admin init-server <address>")
                                      .arg(shown, QString::number(version), QString::number(latest), refusal);
        }
    }
    if (const QString err = backend.prepareForWriting(database); !err.isEmpty()) {
        *problem = Problem::Other;
        return tr("%1 cannot be opened for writing: %2").arg(shown, err);
    }
    if (version == latest)
        return {};
    if (version > 0) {
        // A consistent copy of the library as it is, before anything changes it.
        QString backup;
        if (const QString err = backend.backupBeforeUpgrade(database, c.location(), version, &backup); !err.isEmpty()) {
            *problem = backend.classify(QSqlError(err, err, QSqlError::StatementError), c.location());
            return tr("%1 needs an upgrade to format %2, but the backup taken first could not be written to %3: "
                      "%4. Nothing was changed.")
                .arg(shown, QString::number(latest), backup, err);
        }
    }
    const auto failed = [&](const QString &message) {
        *problem = Problem::Other;
        return message;
    };
    for (int v = version + 1; v <= latest; ++v) {
        Transaction tx(c, m_index.get()); // derived rows write index entries
        if (!tx.isOpen())
            return failed(tr("%1 cannot be upgraded: %2").arg(shown, c.explain(tx.error())));
        QSqlQuery q(database);
        for (const QString &statement : backend.migration(v)) {
            if (!q.exec(statement))
                return failed(tr("%1 cannot be upgraded to format %2: %3")
                                  .arg(shown, QString::number(v), c.explain(q.lastError())));
        }
        // The format number, and the format Careleaf itself last brought the library to: a number
        // changed by hand afterwards shows as the two disagreeing (formatProblems()).
        q.prepare(u"INSERT INTO careleaf_meta (key, value) VALUES ('schema_version', ?), ('format_written', ?)"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(QString::number(v));
        q.addBindValue(QString::number(v));
        if (!q.exec())
            return failed(
                tr("%1 cannot be upgraded to format %2: %3").arg(shown, QString::number(v), c.explain(q.lastError())));
        if (v == 2 || v == NamesForPeopleFormat || v == SealedLogFormat || v == AboutColumnFormat ||
            v == SearchFormsFormat) {
            // Columns derived from each document, and the log's seals: computed here, in the same
            // transaction.
            m_upgradingTo = v;
            const QString err = v == 2                      ? refreshDerivedColumns()
                                : v == NamesForPeopleFormat ? deriveNamesAndGradesAgain()
                                : v == SealedLogFormat      ? m_log.sealExisting()
                                : v == AboutColumnFormat    ? splitIndexedText()
                                                            : indexSearchFormsAgain();
            m_upgradingTo = 0;
            if (!err.isEmpty())
                return failed(tr("%1 cannot be upgraded to format %2: %3").arg(shown, QString::number(v), err));
        }
        if (const QString err = m_index->fillEntries(database, v); !err.isEmpty())
            return failed(tr("%1 cannot be upgraded to format %2: %3").arg(shown, QString::number(v), err));
        if (!tx.commit())
            return failed(
                tr("%1 cannot be upgraded to format %2: %3").arg(shown, QString::number(v), c.explain(tx.error())));
    }
    c.m_schemaVersion = latest;
    afterManyWrites();
    return {};
}

QString LibraryStore::deriveNamesAndGradesAgain()
{
    QString error;
    const QList<ProcedureSummary> all = list(&error);
    if (!error.isEmpty())
        return error;
    // Inside the upgrade's own transaction: every procedure is stored again, or none.
    const bool wasBatch = m_connection->m_batch;
    m_connection->m_batch = true;
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
    m_connection->m_batch = wasBatch;
    m_batchLocked = false;
    return error;
}

QString LibraryStore::splitIndexedText()
{
    QSqlDatabase database = db();
    const QString setIndex = setIndexColumns();
    QSqlQuery read(database);
    read.setForwardOnly(true);
    read.prepare(u"SELECT id, document FROM procedures WHERE id > ? ORDER BY id LIMIT 500"_s);
    QSqlQuery write(database);
    write.prepare(u"UPDATE procedures SET about = ?, body = ?, language = ?, family = ?"_s + setIndex +
                  u" WHERE id = ?"_s);
    // A few hundred documents at a time: a library of a million is never all in memory.
    qint64 after = 0;
    for (;;) {
        read.addBindValue(after);
        if (!read.exec())
            return read.lastError().text();
        QList<std::tuple<qint64, IndexedText, QString, QString>> rows;
        while (read.next()) {
            const qint64 id = read.value(0).toLongLong();
            const auto p = ProcedureJson::fromJson(QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object());
            if (!p)
                return tr("procedure %1: its stored document cannot be read").arg(id);
            rows.append({id, indexedText(*p), p->language, p->identityInAnyLanguage()});
        }
        read.finish();
        if (rows.isEmpty())
            return {};
        for (const auto &[id, text, language, family] : std::as_const(rows)) {
            write.addBindValue(text.about);
            write.addBindValue(text.body);
            write.addBindValue(language);
            write.addBindValue(family);
            for (const QVariant &value : m_index->rowValues(text))
                write.addBindValue(value);
            write.addBindValue(id);
            if (!write.exec())
                return write.lastError().text();
        }
        after = std::get<0>(rows.last());
    }
}

QString LibraryStore::indexSearchFormsAgain()
{
    // Only procedures with a letter of a script written with marks (Hebrew to Myanmar: Arabic
    // among them) can have words with search forms: a library of a million in English is read
    // by SQLite alone, not parsed. A family's first row holds every version's text (and the
    // others none): the family is indexed again as one (groupVersions()).
    const QString marked = u"*[\u0591-\u109F]*"_s;
    QSqlDatabase database = db();
    QSqlQuery read(database);
    read.setForwardOnly(true);
    read.prepare(u"SELECT id, document, family FROM procedures"
                 " WHERE id > ? AND (names GLOB ? OR about GLOB ? OR body GLOB ?) ORDER BY id LIMIT 500"_s);
    QSqlQuery write(database);
    write.prepare(u"UPDATE procedures SET names = ?, about = ?, body = ?"_s + setIndexColumns() + u" WHERE id = ?"_s);
    qint64 after = 0;
    for (;;) {
        read.addBindValue(after);
        for (int column = 0; column < 3; ++column)
            read.addBindValue(marked);
        if (!read.exec())
            return read.lastError().text();
        QList<std::tuple<qint64, Procedure, QString>> rows;
        while (read.next()) {
            const qint64 id = read.value(0).toLongLong();
            auto p = ProcedureJson::fromJson(QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object());
            if (!p)
                return tr("procedure %1: its stored document cannot be read").arg(id);
            rows.append({id, std::move(*p), read.value(2).toString()});
        }
        read.finish();
        if (rows.isEmpty())
            return {};
        for (const auto &[id, p, family] : std::as_const(rows)) {
            const IndexedText text = indexedText(p);
            write.addBindValue(text.names);
            write.addBindValue(text.about);
            write.addBindValue(text.body);
            for (const QVariant &value : m_index->rowValues(text))
                write.addBindValue(value);
            write.addBindValue(id);
            if (!write.exec())
                return write.lastError().text();
            const IndexEntries entries = m_index->entries(text, normalisedNames(p), p.code.toLower());
            if (const QSqlError err = m_index->write(id, entries, true, SearchFormsFormat); err.isValid())
                return err.text();
            if (const QString err = groupVersions(family, SearchFormsFormat); !err.isEmpty())
                return err;
        }
        after = std::get<0>(rows.last());
    }
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
        if (const QSqlError err = m_index->writeNameKeys(id, names, code, true); err.isValid())
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

bool LibraryStore::damagedInside() const
{
    QSqlDatabase database = db();
    return m_connection->backend().damagedInside(database);
}

QStringList LibraryStore::check() const
{
    QSqlDatabase database = db();
    // It reads every page, some more than once: a batch's larger page cache (a file's check of
    // 100,000 procedures: 6.8 s of SQLite's integrity check alone with the usual 2 MB, 4.3 s).
    applyBatchSettings(true);
    const auto usual = qScopeGuard([this] { applyBatchSettings(false); });
    const StoreBackend &backend = m_connection->backend();
    // (SQLite's full-text integrity check writes: outside the snapshot below, which only reads.)
    QStringList problems = backend.integrityProblems(database);
    const bool indexesMatch = problems.isEmpty();
    problems += formatProblems();
    problems += m_log.tampering();
    problems += m_log.setAsideRows();

    // What follows compares tables read by several statements: one snapshot, so a write another
    // connection commits meanwhile (an import on the clinic server) never passes for damage.
    QSqlQuery snapshot(database);
    const bool inSnapshot = snapshot.exec(backend.beginSnapshotStatement());
    const auto ended = qScopeGuard([&snapshot, inSnapshot] {
        if (inSnapshot)
            (void)snapshot.exec(u"COMMIT"_s);
    });
    // The tables the engine keeps beside its full-text index are held against that index: while
    // it does not match the procedures, their problems would only repeat it.
    if (indexesMatch)
        problems += m_index->integrityProblems();

    // The procedures a family at a time (the rows of one procedure in its languages), read a
    // thousand rows before any is checked, then their name keys in one query: a server
    // connection drops what is left of a query being read when another one runs.
    struct Row
    {
        qint64 id;
        QString identity, document, checksum, family, language;
    };
    QString keysError;
    const auto checkFamilies = [&](QList<QList<Row>> &families) {
        QList<qint64> ids;
        for (const QList<Row> &family : std::as_const(families)) {
            for (const Row &row : family)
                ids << row.id;
        }
        QHash<qint64, QList<QPair<QString, QString>>> stored;
        if (keysError.isEmpty()) { // said once
            stored = m_index->storedNameKeys(ids, &keysError);
            if (!keysError.isEmpty())
                problems << tr("the name keys cannot be read: %1").arg(keysError);
        }
        for (QList<Row> &family : families) {
            // As groupVersions() made them: the first row's name keys from familyNames() and its
            // own code, none for the others. Not held against a family with a row that cannot be
            // read.
            std::sort(family.begin(), family.end(), [](const Row &a, const Row &b) {
                return versionOrder(a.language, a.id) < versionOrder(b.language, b.id);
            });
            QList<Procedure> versions;
            bool read = true;
            for (const Row &row : std::as_const(family)) {
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(row.document.toUtf8(), &parseError);
                std::optional<Procedure> p = ProcedureJson::fromJson(doc.object());
                if (parseError.error != QJsonParseError::NoError || !p) {
                    problems << tr("procedure %1: its stored document cannot be read").arg(row.id);
                    read = false;
                    continue;
                }
                if (p->identity() != row.identity)
                    problems << tr("procedure %1: stored identity does not match its content").arg(row.id);
                if (QString::fromLatin1(contentHash(ProcedureJson::contentJson(*p))) != row.checksum)
                    problems << tr("procedure %1: content checksum does not match").arg(row.id);
                versions << std::move(*p);
            }
            if (!read || !keysError.isEmpty())
                continue;
            const QList<QPair<QString, QString>> keys =
                nameKeys(familyNames(versions), versions.first().code.toLower());
            for (const Row &row : std::as_const(family)) {
                const bool first = &row == &family.first();
                if (stored.value(row.id) != (first ? keys : QList<QPair<QString, QString>>()))
                    problems << tr("procedure %1: its name keys do not match its names (a search by name may "
                                   "miss it or show it twice)")
                                    .arg(row.id);
            }
        }
    };
    constexpr int Chunk = 1000;
    QSqlQuery q(database);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, identity, document, content_sha256, family, language FROM procedures"
              " WHERE (family, id) > (?, ?) ORDER BY family, id LIMIT %1"_s.arg(Chunk));
    QList<QList<Row>> families; // read whole, or (the last) as far as the reads so far went
    // Before every row: an empty family, not a null one (a server compares NULL to nothing).
    std::pair<QString, qint64> after{QString(u""_s), 0};
    for (;;) {
        q.addBindValue(after.first);
        q.addBindValue(after.second);
        QList<Row> rows;
        const QString error = readRows(q, q.exec(), [&] {
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString()});
        });
        q.finish();
        if (!error.isEmpty()) {
            problems << tr("the procedures cannot be read: %1").arg(error);
            return problems;
        }
        for (Row &row : rows) {
            if (families.isEmpty() || row.family != families.last().first().family)
                families.append(QList<Row>());
            families.last().append(std::move(row));
        }
        if (rows.size() < Chunk)
            break;
        // The last family may go on in the next read: it waits for it.
        QList<Row> open = families.takeLast();
        after = {open.last().family, open.last().id};
        checkFamilies(families);
        families = {std::move(open)};
    }
    checkFamilies(families);
    return problems;
}

} // namespace Careleaf
