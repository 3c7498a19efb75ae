#include "educationlogstore.h"

#include "logging.h"
#include "pendinglog.h"
#include "storeconnection.h"
#include "storeinternals.h"
#include "tieredsearch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Careleaf {

using namespace StoreInternals;

EducationLogStore::EducationLogStore(StoreConnection &connection)
    : m_connection(connection)
{}

QString EducationLogStore::pendingPath() const
{
    // One file per library, whoever writes to it: a server's host, port, database or service, or
    // the file itself.
    const LibraryAddress &a = m_connection.address();
    const QString key = a.server ? u"%1:%2/%3 service=%4"_s.arg(a.host).arg(a.port).arg(a.database, a.service)
                                 : u"file:"_s + QFileInfo(m_connection.location()).absoluteFilePath();
    return PendingLog::pathFor(key);
}

int EducationLogStore::pendingRows() const
{
    const int inFile = int(PendingLog(pendingPath()).rows().size());
    return int(m_pending.size()) + inFile;
}

QStringList EducationLogStore::setAsideRows() const
{
    const QFileInfo pending(pendingPath());
    QStringList problems;
    const QFileInfoList aside =
        QDir(pending.absolutePath()).entryInfoList({pending.fileName() + u".damaged-*"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : aside) {
        problems << tr("education log rows that waited on this computer could not all be read, and the file was set "
                       "aside as %1: the rows it holds may be missing from the log (remove the file once IT has "
                       "looked at it)")
                        .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
    }
    return problems;
}

QString EducationLogStore::writePending()
{
    while (!m_pending.isEmpty()) {
        if (QString err = writeRow(m_pending.first(), true); !err.isEmpty())
            return err;
        m_pending.removeFirst();
    }
    return PendingLog(pendingPath()).flush([this](const EducationLogEntry &e) { return writeRow(e, true); });
}

QString EducationLogStore::append(const EducationLogEntry &e)
{
    const QString error = writeRow(e);
    if (error.isEmpty())
        return {};
    // The handout was printed: its record must not be lost with the connection, a refused
    // write or a locked file, nor when Careleaf quits before the library takes it. It waits on
    // this computer and is written when the library next opens (or the server is back).
    const QString notKept = PendingLog(pendingPath()).append(e);
    if (!notKept.isEmpty()) {
        qCWarning(lcLibrary).noquote() << tr("The education log row waits in memory only: %1").arg(notKept);
        m_pending << e;
        // Said even in an outage: the banner's promise (written on reconnecting) holds only
        // while this program runs, and a console command ends at once.
        return tr("%1; the row could not be kept on this computer either (%2): it is lost when this program "
                  "ends, unless the library takes it first")
            .arg(error, notKept);
    }
    if (m_connection.isServer() && !m_connection.isReachable())
        return {}; // an outage: the banner says so, and the row is written on reconnecting
    return tr("%1; the row waits on this computer and is added when the library takes it").arg(error);
}

QString EducationLogStore::writeRow(const EducationLogEntry &e, bool unlessLogged)
{
    QSqlDatabase database = m_connection.db();
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
    const QString language = text(e.language);
    const auto failed = [this](const QSqlError &error) {
        // Refused for want of a right: the library's words for it are about importing, which a
        // workstation does not do; adding to the log is a right it is meant to have.
        if (m_connection.backend().classify(error, m_connection.location()) == LibraryProblem::ReadOnly &&
            m_connection.isServer())
            return tr("the education log cannot be written: the clinic server refused this connection's role the "
                      "right to add to it (%1). Ask IT to grant it: careleaf-cli admin init-server sets the "
                      "roles up.")
                .arg(error.databaseText().section(u'\n', 0, 0).trimmed());
        return tr("the education log cannot be written: %1").arg(m_connection.explain(error));
    };

    if (const QString call = m_connection.backend().appendLogCall(); !call.isEmpty()) {
        // The server takes the row, sets who and when, and seals it.
        QSqlQuery q(database);
        q.prepare(call);
        for (const QVariant &v : {QVariant(printedAt), QVariant(workstation), QVariant(procedures),
                                  QVariant(contentVersions), QVariant(sections), QVariant(preset), QVariant(e.copies),
                                  QVariant(output), QVariant(language), QVariant(unlessLogged)})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q.lastError());
        m_connection.countWrite();
        return {};
    }

    // A file: sealed here, in one write transaction with the library's count of rows and last seal.
    Transaction tx(m_connection);
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
    const QString recordedBy = text(m_connection.backend().recorder(database));
    const QString seal = EducationLog::seal(previous, printedAt, recordedAt, recordedBy, workstation, procedures,
                                            contentVersions, sections, preset, e.copies, output, language);
    q.prepare(u"INSERT INTO education_log (printed_at, workstation, procedures, content_versions, sections, preset,"
              " copies, output, recorded_at, recorded_by, previous_seal, seal, language)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(printedAt), QVariant(workstation), QVariant(procedures), QVariant(contentVersions),
          QVariant(sections), QVariant(preset), QVariant(e.copies), QVariant(output), QVariant(recordedAt),
          QVariant(recordedBy), QVariant(previous), QVariant(seal), QVariant(language)})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q.lastError());
    if (const QSqlError err = setHead(EducationLog::head(rows + 1, seal)); err.isValid())
        return failed(err);
    if (!tx.commit())
        return failed(tx.error());
    m_connection.countWrite();
    return {};
}

QSqlError EducationLogStore::setHead(const QString &head)
{
    QSqlQuery q(m_connection.db());
    q.prepare(u"INSERT INTO careleaf_meta (key, value) VALUES ('log_head', ?)"
              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(head);
    return q.exec() ? QSqlError() : q.lastError();
}

QString EducationLogStore::sealExisting()
{
    // Rows written before format 6 (no recorder, no time recorded) are sealed as they are, in order.
    QSqlDatabase database = m_connection.db();
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
        const QString seal = EducationLog::seal(previous, r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), r.at(6), r.at(7),
                                                r.at(8), r.at(9).toInt(), r.at(10));
        write.addBindValue(previous);
        write.addBindValue(seal);
        write.addBindValue(r.at(0).toLongLong());
        if (!write.exec())
            return write.lastError().text();
        previous = seal;
    }
    if (const QSqlError err = setHead(EducationLog::head(rows.size(), previous)); err.isValid())
        return err.text();
    QSqlQuery q(database);
    for (const QString &statement : m_connection.backend().logSealedStatements()) {
        if (!q.exec(statement))
            return q.lastError().text();
    }
    return {};
}

QStringList EducationLogStore::tampering() const
{
    QStringList problems;
    QSqlDatabase database = m_connection.db();
    QSqlQuery q(database);
    q.setForwardOnly(true);
    const bool ran = q.exec(u"SELECT id, printed_at, recorded_at, recorded_by, workstation, procedures,"
                            " content_versions, sections, preset, copies, output, previous_seal, seal, language"
                            " FROM education_log ORDER BY id"_s);
    QString previous;
    qint64 rows = 0;
    const QString failed = readRows(q, ran, [&] {
        ++rows;
        const qint64 id = q.value(0).toLongLong();
        const QString seal = EducationLog::seal(q.value(11).toString(), q.value(1).toString(), q.value(2).toString(),
                                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                                q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                                q.value(9).toInt(), q.value(10).toString(), q.value(13).toString());
        if (seal != q.value(12).toString())
            problems
                << tr("education log row %1 was changed after it was written (it no longer matches its seal)").arg(id);
        if (q.value(11).toString() != previous)
            problems << tr("the education log was cut before row %1: a row before it was removed or changed").arg(id);
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
    else if (recorded > rows && head.section(u' ', 1) == previous) // the last row stands: the cut says where
        problems << tr("%n row(s) removed from the education log", nullptr, int(recorded - rows));
    else if (recorded > rows)
        problems << tr("%n row(s) removed from the end of the education log", nullptr, int(recorded - rows));
    else if (recorded < rows || head.section(u' ', 1) != previous)
        problems << tr("the education log's last rows were added or changed outside Careleaf");
    return problems;
}

QList<EducationLogEntry> EducationLogStore::entries(const QDate &since, QString *error) const
{
    QList<EducationLogEntry> out;
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, printed_at, workstation, procedures, content_versions, sections, preset, copies, output,"
              " recorded_at, recorded_by, previous_seal, seal, language FROM education_log WHERE printed_at >= ?"
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
        out.append(
            EducationLogEntry{q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                              q.value(2).toString(), list(q.value(3)), list(q.value(4)), list(q.value(5)),
                              q.value(6).toString(), q.value(7).toInt(), q.value(8).toString(), q.value(13).toString(),
                              QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs), q.value(10).toString(),
                              q.value(11).toString(), q.value(12).toString()});
    });
    if (failed.isEmpty())
        return out;
    if (error) {
        *error = m_connection.isServer() && !m_connection.isReachable()
                     ? tr("the education log cannot be read: %1 cannot be reached").arg(m_connection.displayName())
                     : tr("the education log cannot be read: %1").arg(failed);
    }
    return {};
}

} // namespace Careleaf
