#include "libraryaddress.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

// "password=" (libpq's keyword, or a URL's query item) and its misspellings and mistypings
// ("passwd:", "pwd ="), after the start, a space or a separator someone may have typed for one.
const QRegularExpression &passwordKeyword()
{
    static const QRegularExpression keyword(uR"((?:^|[\s?&,;])(?:password|passwd|pwd)\s*[=:]\s*)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return keyword;
}

// The settings libpq knows (up to PostgreSQL 17; "ssl" is a URI's alias of sslmode=require): any
// other is a typing mistake, which libpq would only report as an "invalid connection option" once
// the address is used.
const QStringList &libpqKeywords()
{
    static const QStringList keywords{u"host"_s,
                                      u"hostaddr"_s,
                                      u"port"_s,
                                      u"dbname"_s,
                                      u"user"_s,
                                      u"password"_s,
                                      u"passfile"_s,
                                      u"channel_binding"_s,
                                      u"connect_timeout"_s,
                                      u"client_encoding"_s,
                                      u"options"_s,
                                      u"application_name"_s,
                                      u"fallback_application_name"_s,
                                      u"keepalives"_s,
                                      u"keepalives_idle"_s,
                                      u"keepalives_interval"_s,
                                      u"keepalives_count"_s,
                                      u"tcp_user_timeout"_s,
                                      u"replication"_s,
                                      u"gssencmode"_s,
                                      u"sslmode"_s,
                                      u"sslnegotiation"_s,
                                      u"requiressl"_s,
                                      u"sslcompression"_s,
                                      u"sslcert"_s,
                                      u"sslkey"_s,
                                      u"sslcertmode"_s,
                                      u"sslpassword"_s,
                                      u"sslrootcert"_s,
                                      u"sslcrl"_s,
                                      u"sslcrldir"_s,
                                      u"sslsni"_s,
                                      u"requirepeer"_s,
                                      u"require_auth"_s,
                                      u"ssl_min_protocol_version"_s,
                                      u"ssl_max_protocol_version"_s,
                                      u"krbsrvname"_s,
                                      u"gsslib"_s,
                                      u"gssdelegation"_s,
                                      u"service"_s,
                                      u"target_session_attrs"_s,
                                      u"load_balance_hosts"_s,
                                      u"ssl"_s};
    return keywords;
}

// "host=db,dbname=x": a pair run into the value before it, with a comma or a semicolon.
const QRegularExpression &runTogether()
{
    static const QRegularExpression pair(u"[,;]\\s*(%1)\\s*="_s.arg(libpqKeywords().join(u'|')),
                                         QRegularExpression::CaseInsensitiveOption);
    return pair;
}

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

// Why QUrl refused a server URL, in words that never repeat the password.
QString explainBadUrl(const QString &text)
{
    const QString rest = text.mid(text.indexOf(u"://"_s) + 3);
    const QString authority = rest.section(u'/', 0, 0).section(u'?', 0, 0);
    const qsizetype at = authority.lastIndexOf(u'@');
    const QString userInfo = at >= 0 ? authority.left(at) : QString();
    const QString hostPort = authority.mid(at + 1);
    static const QRegularExpression badPercent(uR"(%(?![0-9A-Fa-f]{2}))"_s);
    if (userInfo.contains(badPercent))
        return LibraryAddress::tr("a % in the user name or password must be written %25 in a server address");
    if (hostPort.startsWith(u'[') && !hostPort.contains(u']'))
        return LibraryAddress::tr("the server address opens a [ for the host that it does not close");
    if (hostPort.contains(u' ') || userInfo.contains(u' '))
        return LibraryAddress::tr("the server address contains a space; write it without spaces (a space in "
                                  "a password is written %20)");
    const QString port = hostPort.startsWith(u'[') ? hostPort.section(u']', 1).mid(1) : hostPort.section(u':', 1);
    if (!port.isEmpty()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number <= 0 || number > 65535)
            return LibraryAddress::tr("the port \u201c%1\u201d is not a number from 1 to 65535").arg(port);
    }
    return LibraryAddress::tr("the server address is not a valid URL; check the host, the port and any special "
                              "characters (written %XX)");
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + v + u'\'';
}

// An address plainly meant for a server however it was mistyped: a scheme that is not
// postgresql:// ("postgresql:/", "pg://"), a "user:password@" in it, or more than one of
// libpq's key=value pairs. Taken for a file, it would be created under that name, a password
// in it, and the address echoed back as the file's.
bool mistypedServer(const QString &t)
{
    if (!t.contains(u':') && !t.contains(u'='))
        return false; // most file names: the expressions below are not even compiled
    if (isUrl(t))
        return false;
    static const QRegularExpression scheme(uR"(^(?!file:)[A-Za-z][A-Za-z0-9+.-]*:/)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression credentials(uR"((?:^|/)[^\s/@:]+:[^\s/@]*@)"_s);
    // "user@host:port/database" without its scheme (or with a password where the port goes).
    static const QRegularExpression userAtHost(uR"(^[^\s/@:]+@[^\s/@:]+:[^\s/@]*(?:/[^\s/]*)?$)"_s);
    static const QRegularExpression pairs(uR"(^[A-Za-z_]+\s*=.*\s[A-Za-z_]+\s*=)"_s);
    // A file's name may hold "10:30@ward" too, but an address has no spaces.
    const bool spaced = std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isSpace(); });
    // "jdbc:postgresql://...", "postgresql ://...": a scheme's "://" is in no file's name, nor is
    // a password given as "password=" or "password:" anywhere in it.
    return (t.contains(u"://"_s) && !t.startsWith(u"file:"_s, Qt::CaseInsensitive)) ||
           passwordKeyword().match(t).hasMatch() || scheme.match(t).hasMatch() ||
           (!spaced && (credentials.match(t).hasMatch() || userAtHost.match(t).hasMatch())) ||
           pairs.match(t).hasMatch();
}

} // namespace

bool LibraryAddress::isServer(const QString &text)
{
    const QString t = text.trimmed();
    if (isUrl(t) || mistypedServer(t))
        return true;
    // "key=value ...": a libpq connection string whenever it starts with one of libpq's keywords,
    // even where a file of that name exists (a file must never stand in for the clinic server).
    static const QRegularExpression keyValue(uR"(^([A-Za-z_]+)\s*=)"_s);
    const QRegularExpressionMatch m = keyValue.match(t);
    if (!m.hasMatch())
        return false;
    if (libpqKeywords().contains(m.captured(1).toLower()))
        return true;
    // An unknown word=...: a misspelt keyword (the parse error says so), unless it names a file.
    return !t.contains(u'/') && !QFileInfo::exists(t);
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
    static const QRegularExpression startsWithKeyword(uR"(^[A-Za-z_]+\s*=)"_s);
    if (mistypedServer(t) && !startsWithKeyword.match(t).hasMatch()) {
        // Its parts are guesses: none is quoted back (the password may be any of them).
        return fail(tr("this looks like a clinic server's address, but is not written as one: write "
                       "postgresql://user@host/database (or libpq's key=value form)"));
    }
    QList<QPair<QString, QString>> pairs;
    if (isUrl(t)) {
        // An '@' after the host's end, where the host had none: a '/', '?' or '#' in a password
        // cut "user:password@" short, and what QUrl then takes for the port, the database or the
        // query is part of the password. Said without quoting any of it. An '@' in a query's
        // value (a certificate under /home/jo@clinic.org, user=nurse@server) is a value's own.
        static const QRegularExpression hostEnds(u"[/?#]"_s);
        const QString rest = t.mid(t.indexOf(u"://"_s) + 3);
        const qsizetype hostEnd = rest.indexOf(hostEnds);
        const QString authority = rest.left(hostEnd); // user, password, host and port
        const qsizetype at = hostEnd < 0 ? -1 : rest.indexOf(u'@', hostEnd);
        const QStringView cut = at < 0 ? QStringView() : QStringView(rest).sliced(hostEnd, at - hostEnd);
        if (at >= 0 && !authority.contains(u'@') && !cut.contains(u'=') && !cut.contains(u'&'))
            return fail(tr("the server address has an '@' after its host: a '/', '?' or '#' in a user name or "
                           "password is written %2F, %3F or %23 (better, keep the password in ~/.pgpass)"));
        const QUrl url(t, QUrl::StrictMode);
        // QUrl's own message quotes the whole address, password included: explain it here instead.
        if (!url.isValid())
            return fail(explainBadUrl(t));
        a.host = url.host();
        a.port = url.port(0);
        // "host:" with nothing after the colon: QUrl takes it as no port at all.
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
        // "host=db,password=secret": a password run into another value would be shown as part of it.
        if (key != u"password"_s &&
            (passwordKeyword().match(value).hasMatch() || runTogether().match(value).hasMatch()))
            return fail(tr("the server address cannot be read: separate its keyword=value pairs with spaces"));
        if (!libpqKeywords().contains(key))
            return fail(tr("the server address has a setting PostgreSQL does not know: \u201c%1\u201d").arg(key));
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

QStringList LibraryAddress::secretsIn(const QString &text)
{
    QStringList out;
    // Both patterns below need one of these: most texts (every argument of every command) have
    // neither, and skip compiling the expressions at start-up.
    if (!text.contains(u'@') && !text.contains(u'=') && !text.contains(u':'))
        return out;
    auto add = [&out](const QString &secret) {
        if (!secret.isEmpty() && !out.contains(secret))
            out << secret;
    };
    // "scheme://user:password@host": the password is whatever the user info holds after its first
    // ':', up to the last '@' before the host, however malformed the rest.
    static const QRegularExpression url(uR"(postgres(?:ql)?://([^/?#]*)@)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &m : url.globalMatch(text)) {
        const QString userInfo = m.captured(1);
        if (const qsizetype colon = userInfo.indexOf(u':'); colon >= 0) {
            const QString password = userInfo.mid(colon + 1);
            add(password);
            add(QUrl::fromPercentEncoding(password.toUtf8()));
        }
    }
    // The same in an address mistyped ("postgresql:/user:password@host", "postgres//..."): a
    // "user:password@" after a '/' (not a web address's), a space or at the start (not an e-mail
    // address's "mailto:name@").
    static const QRegularExpression userInfo(uR"((?:^|(?<!https:/)(?<!http:/)[/\s])(?!mailto:)[^\s/@:]+:([^\s/@]*)@)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &m : userInfo.globalMatch(text)) {
        add(m.captured(1));
        add(QUrl::fromPercentEncoding(m.captured(1).toUtf8()));
    }
    // A password where the port goes: "user@host:secret/database".
    static const QRegularExpression inPort(uR"((?:^|\s)[^\s/@:]+@[^\s/@:]+:([^\s/@]+)(?:/|\s|$))"_s);
    for (const QRegularExpressionMatch &m : inPort.globalMatch(text)) {
        bool number = false;
        (void)m.captured(1).toInt(&number);
        if (!number)
            add(m.captured(1));
    }
    // password=secret, password='se cret' (libpq's quoting), also as a URL query item, and
    // mistyped (passwd:secret, ",password=secret").
    static const QRegularExpression keyword(passwordKeyword().pattern() + uR"(('(?:[^'\\]|\\.)*'?|[^\s&]*))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpressionMatch &m : keyword.globalMatch(text)) {
        QString value = m.captured(1);
        add(value);
        if (value.startsWith(u'\'')) {
            value = value.mid(1);
            if (value.endsWith(u'\''))
                value.chop(1);
            add(value);
            add(QString(value).replace(u"\\'"_s, u"'"_s).replace(u"\\\\"_s, u"\\"_s));
        }
        add(QUrl::fromPercentEncoding(value.toUtf8()));
    }
    return out;
}

QString LibraryAddress::redacted(QString message, const QStringList &secrets)
{
    // Longest first, so a password that contains another is hidden whole.
    QStringList sorted = secrets;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(sorted)) {
        if (secret.size() >= 4) {
            message.replace(secret, u"********"_s);
        } else if (!secret.isEmpty()) {
            // Too short to hide everywhere without garbling the text: where it stands in an address.
            message.replace(u':' + secret + u'@', u":********@"_s);
            message.replace(
                QRegularExpression(u"(password\\s*=\\s*)"_s + QRegularExpression::escape(secret) + u"(?=\\s|&|$)"_s,
                                   QRegularExpression::CaseInsensitiveOption),
                u"\\1********"_s);
        }
    }
    return message;
}

QString LibraryAddress::withoutPassword(const QString &text)
{
    return redacted(text, secretsIn(text));
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
