#include "pendinglog.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

QJsonObject toJson(const EducationLogEntry &e)
{
    return QJsonObject{{u"printed_at"_s, e.printedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {u"workstation"_s, e.workstation},
                       {u"procedures"_s, QJsonArray::fromStringList(e.procedures)},
                       {u"content_versions"_s, QJsonArray::fromStringList(e.contentVersions)},
                       {u"sections"_s, QJsonArray::fromStringList(e.sections)},
                       {u"preset"_s, e.preset},
                       {u"copies"_s, e.copies},
                       {u"output"_s, e.output},
                       {u"language"_s, e.language}};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

std::optional<EducationLogEntry> fromJson(const QJsonObject &o)
{
    EducationLogEntry e;
    e.printedAt = QDateTime::fromString(o.value(u"printed_at"_s).toString(), Qt::ISODateWithMs);
    if (!e.printedAt.isValid() || !o.value(u"procedures"_s).isArray())
        return std::nullopt;
    e.workstation = o.value(u"workstation"_s).toString();
    e.procedures = strings(o.value(u"procedures"_s));
    e.contentVersions = strings(o.value(u"content_versions"_s));
    e.sections = strings(o.value(u"sections"_s));
    e.preset = o.value(u"preset"_s).toString();
    e.copies = o.value(u"copies"_s).toInt(1);
    e.output = o.value(u"output"_s).toString();
    e.language = o.value(u"language"_s).toString(); // absent in rows kept before it was recorded
    return e;
}

// Held while the file is read and written: other processes wait for it (a stale lock of a
// process that died is taken over).
class Locked
{
public:
    explicit Locked(const QString &path)
        : m_lock(path + u".lock"_s)
    {
        m_lock.setStaleLockTime(30000);
        m_ok = QDir().mkpath(QFileInfo(path).absolutePath()) && m_lock.tryLock(10000);
    }
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    QLockFile m_lock;
    bool m_ok = false;
};

} // namespace

QString PendingLog::pathFor(const QString &key)
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/careleaf/pending-education-log/"_s + QString::fromLatin1(hash) + u".json"_s;
}

PendingLog::PendingLog(QString path)
    : m_path(std::move(path))
{}

QList<EducationLogEntry> PendingLog::rows(QString *error) const
{
    QList<EducationLogEntry> out;
    QFile f(m_path);
    if (!f.exists())
        return out;
    QString ignored;
    if (!error)
        error = &ignored;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isArray()) {
        *error = tr("%1 is not a list of education log rows: %2")
                     .arg(QDir::toNativeSeparators(m_path), parseError.errorString());
        return out;
    }
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (const auto entry = fromJson(array.at(i).toObject()))
            out << *entry;
        else
            *error = tr("%1: row %2 is not an education log row")
                         .arg(QDir::toNativeSeparators(m_path), QString::number(i + 1));
    }
    return out;
}

QString PendingLog::save(const QList<EducationLogEntry> &rows) const
{
    if (rows.isEmpty()) {
        if (QFile::exists(m_path) && !QFile::remove(m_path))
            return tr("%1 cannot be removed").arg(QDir::toNativeSeparators(m_path));
        return {};
    }
    QJsonArray array;
    for (const EducationLogEntry &e : rows)
        array.append(toJson(e));
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(array).toJson()) < 0 || !f.commit())
        return tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), f.errorString());
    return {};
}

std::optional<QList<EducationLogEntry>> PendingLog::load(QString *error) const
{
    QList<EducationLogEntry> all = rows(error);
    if (error->isEmpty())
        return all;
    // Never overwritten: the file is set aside whole, for IT to look at, and what could be read
    // of it goes on waiting.
    const QString aside = m_path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    if (!QFile::rename(m_path, aside))
        return std::nullopt;
    qCWarning(lcLibrary).noquote() << tr("%1; kept as %2").arg(*error, QDir::toNativeSeparators(aside));
    error->clear();
    return all;
}

QString PendingLog::withRows(const std::function<QString(QList<EducationLogEntry> &)> &change) const
{
    const Locked lock(m_path);
    if (!lock.ok())
        return tr("%1 is locked by another Careleaf").arg(QDir::toNativeSeparators(m_path));
    QString error;
    std::optional<QList<EducationLogEntry>> rows = load(&error);
    return rows ? change(*rows) : error;
}

QString PendingLog::append(const EducationLogEntry &entry) const
{
    return withRows([&](QList<EducationLogEntry> &rows) {
        rows << entry;
        return save(rows);
    });
}

QString PendingLog::flush(const std::function<QString(const EducationLogEntry &)> &write) const
{
    if (!QFile::exists(m_path))
        return {};
    return withRows([&](QList<EducationLogEntry> &waiting) {
        while (!waiting.isEmpty()) {
            if (QString err = write(waiting.first()); !err.isEmpty())
                return err;
            waiting.removeFirst();
            // Saved after every row: a crash here sends at most the row in flight again.
            if (QString err = save(waiting); !err.isEmpty())
                return err;
        }
        return QString();
    });
}

} // namespace Careleaf
