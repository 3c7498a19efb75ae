#include "libraryaddress.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

bool isUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

// "key=value key='quoted value'" as libpq reads it; backslash escapes inside quotes.
bool splitConnInfo(const QString &text, QList<QPair<QString, QString>> *out, QString *error)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            return true;
        const qsizetype eq = text.indexOf(u'=', i);
        if (eq < 0) {
            *error = LibraryAddress::tr("\u201c%1\u201d has no value (expected key=value)").arg(text.mid(i).trimmed());
            return false;
        }
        const QString key = text.mid(i, eq - i).trimmed();
        if (key.isEmpty() || key.contains(u' ')) {
            *error = LibraryAddress::tr("\u201c%1\u201d is not a connection keyword").arg(key);
            return false;
        }
        i = eq + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed) {
                *error = LibraryAddress::tr("the value of %1 has no closing quote").arg(key);
                return false;
            }
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        out->append({key, value});
    }
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + v + u'\'';
}

} // namespace

bool LibraryAddress::isServer(const QString &text)
{
    const QString t = text.trimmed();
    if (isUrl(t))
        return true;
    // A key=value string starts with a libpq keyword; a file name with '=' in it is still a file
    // when it exists or has a path separator before the '='.
    const qsizetype eq = t.indexOf(u'=');
    if (eq <= 0 || QFileInfo::exists(t))
        return false;
    const QString key = t.left(eq).trimmed();
    static const QStringList keywords{u"service"_s,  u"host"_s,    u"hostaddr"_s,       u"port"_s,
                                      u"dbname"_s,   u"user"_s,    u"password"_s,       u"sslmode"_s,
                                      u"passfile"_s, u"options"_s, u"connect_timeout"_s};
    return keywords.contains(key);
}

LibraryAddress LibraryAddress::parse(const QString &text, QString *error)
{
    LibraryAddress a;
    QString problem;
    const QString t = text.trimmed();
    if (!isServer(t)) {
        a.file = text;
        return a;
    }
    a.server = true;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        LibraryAddress bad;
        bad.server = true;
        return bad;
    };
    QList<QPair<QString, QString>> pairs;
    if (isUrl(t)) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid())
            return fail(tr("the server address is not a valid URL: %1").arg(url.errorString()));
        a.host = url.host();
        a.port = url.port(0);
        // "host:" with nothing after the colon: QUrl takes it as no port at all.
        const QString authority = t.mid(t.indexOf(u"://"_s) + 3).section(u'/', 0, 0).section(u'?', 0, 0);
        if (url.port() == -1 && authority.section(u'@', -1).endsWith(u':'))
            return fail(tr("the server address has a ':' but no port number"));
        a.user = url.userName();
        a.password = url.password();
        a.database = url.path().mid(1);
        if (a.database.contains(u'/'))
            return fail(tr("the database name \u201c%1\u201d cannot contain '/'").arg(a.database));
        for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            pairs.append({key, value});
    } else {
        if (!splitConnInfo(t, &pairs, &problem))
            return fail(tr("the server address cannot be read: %1").arg(problem));
    }
    for (const auto &[key, value] : std::as_const(pairs)) {
        if (key == u"host"_s) {
            a.host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            a.port = value.toInt(&ok);
            if (!ok || a.port <= 0 || a.port > 65535)
                return fail(tr("the port \u201c%1\u201d is not a number from 1 to 65535").arg(value));
        } else if (key == u"dbname"_s) {
            a.database = value;
        } else if (key == u"user"_s) {
            a.user = value;
        } else if (key == u"password"_s) {
            a.password = value;
        } else if (key == u"service"_s) {
            a.service = value;
        } else {
            a.options << key + u'=' + quoted(value);
        }
    }
    if (!a.service.isEmpty())
        a.options.prepend(u"service="_s + quoted(a.service));
    return a;
}

QString LibraryAddress::serverUrl(const QString &host, int port, const QString &database, const QString &user)
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host.trimmed());
    if (port > 0)
        url.setPort(port);
    url.setUserName(user.trimmed());
    url.setPath(u'/' + database.trimmed());
    return url.toString(QUrl::FullyEncoded);
}

QString LibraryAddress::displayName() const
{
    if (!server)
        return file;
    QString where = host.isEmpty() ? tr("this computer's server") : host;
    if (port > 0)
        where += u':' + QString::number(port);
    QString out;
    if (!service.isEmpty() && host.isEmpty() && database.isEmpty())
        out = tr("the clinic library (service %1)").arg(service);
    else
        out = tr("the clinic library %1 on %2").arg(database.isEmpty() ? tr("(default database)") : database, where);
    if (!user.isEmpty())
        out += tr(" as %1").arg(user);
    return out;
}

QString LibraryAddress::shortName() const
{
    if (!server)
        return QFileInfo(file).fileName();
    QString out =
        !service.isEmpty() && host.isEmpty() && database.isEmpty()
            ? tr("service %1").arg(service)
            : tr("%1 on %2")
                  .arg(database.isEmpty() ? tr("(default)") : database, host.isEmpty() ? tr("local server") : host);
    if (!user.isEmpty())
        out += u" ("_s + user + u')';
    return out;
}

QString LibraryAddress::connectOptions() const
{
    return options.join(u';');
}

void LibraryAddress::applyTo(QSqlDatabase &db, const QStringList &extraOptions) const
{
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList all = options;
    for (const QString &extra : extraOptions) {
        const QString key = extra.section(u'=', 0, 0) + u'=';
        if (std::none_of(all.cbegin(), all.cend(), [&key](const QString &o) { return o.startsWith(key); }))
            all << extra;
    }
    db.setConnectOptions(all.join(u';'));
}

} // namespace Careleaf
