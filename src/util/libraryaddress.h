// Where a library lives: a SQLite file on this computer, or a database on the clinic's
// PostgreSQL server. Server addresses follow libpq's own conventions, so whatever works with
// psql works here:
//   postgresql://user[:password]@host[:port]/dbname[?sslmode=require&...]   (postgres:// too)
//   service=clinic                      a section of pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf)
//   host=db.clinic dbname=careleaf ...  a libpq key=value connection string
// Passwords come from libpq: the PGPASSWORD variable, or .pgpass / PGPASSFILE. Careleaf never
// stores one; a password written in the URL is used for that run and never shown.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Careleaf {

struct LibraryAddress
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::LibraryAddress)

public:
    bool server = false;
    QString file; // a SQLite library

    // A server library; empty fields are left to libpq (its defaults and PG* variables).
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString password; // only when written into the address
    QString service;
    QStringList options; // further libpq keywords, "key=value"

    // True when text names a server library rather than a file.
    [[nodiscard]] static bool isServer(const QString &text);
    // Parses text; on a malformed server address sets *error (naming the part at fault) and
    // returns an address with server set and nothing else.
    [[nodiscard]] static LibraryAddress parse(const QString &text, QString *error = nullptr);
    // A server address from its parts (the GUI's Preferences), in URL form without a password.
    [[nodiscard]] static QString serverUrl(const QString &host, int port, const QString &database, const QString &user);

    // The passwords written into text (an address, well-formed or not: "user:PASSWORD@" in a URL,
    // raw and decoded, "password=PASSWORD" in a key=value string), for redacted().
    [[nodiscard]] static QStringList secretsIn(const QString &text);
    // message with every one of secrets replaced by asterisks: what may be shown or written
    // anywhere once an address has been typed with a password in it.
    [[nodiscard]] static QString redacted(QString message, const QStringList &secrets);
    // The address as typed, without its password: for showing where it came from.
    [[nodiscard]] static QString withoutPassword(const QString &text);

    // For people: "the clinic library careleaf on db.clinic:5432 as nurse", or the file path. Never the password.
    [[nodiscard]] QString displayName() const;
    // Short, for the status bar: "careleaf on db.clinic (nurse)" or the file name.
    [[nodiscard]] QString shortName() const;
    // libpq keywords other than host, port, dbname, user and password, joined as QPSQL takes them.
    [[nodiscard]] QString connectOptions() const;
    // Sets a QPSQL connection to this server address (not yet opened); extraOptions are libpq
    // keywords ("key=value") used unless the address gives them itself.
    void applyTo(QSqlDatabase &db, const QStringList &extraOptions = {}) const;
};

} // namespace Careleaf
