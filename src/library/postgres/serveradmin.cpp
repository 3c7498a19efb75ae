#include "serveradmin.h"

#include "postgresparts.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Careleaf {

namespace {

bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return plain.match(name).hasMatch();
}

} // namespace

QStringList ServerAdmin::initServer(LibraryStore &store, const Roles &roles, QString *error)
{
    QStringList done;
    if (!store.connection().isServer()) {
        *error = tr("%1 is a file: roles exist only on a clinic server").arg(store.connection().displayName());
        return done;
    }
    for (const QString &name : {roles.editor, roles.workstation}) {
        if (!isPlainName(name)) {
            *error = tr("the role name \u201c%1\u201d must be lower-case letters, digits and '_'").arg(name);
            return done;
        }
    }
    if (roles.editor == roles.workstation) {
        *error = tr("the editor and workstation roles must differ");
        return done;
    }
    QSqlDatabase db = store.connection().db();
    QSqlQuery q(db);
    // Only the database's owner (or a superuser) sets up its library and roles; anyone else would
    // get a screen of the server's warnings and a half-done job. Notices stay on the server.
    if (!q.exec(u"SET client_min_messages = error"_s) ||
        !q.exec(u"SELECT r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER'), pg_get_userbyid(d.datdba),"
                " current_user FROM pg_database d, pg_roles r WHERE d.datname = current_database()"
                " AND r.rolname = current_user"_s) ||
        !q.next()) {
        *error = store.connection().explain(q.lastError());
        return done;
    }
    if (!q.value(0).toBool()) {
        *error = tr("only the owner of the database (%1) or a superuser may set up the clinic library, and this "
                    "connection is %2: run init-server as the owner, for example sudo -u postgres careleaf-cli "
                    "admin init-server postgresql:///DATABASE")
                     .arg(q.value(1).toString(), q.value(2).toString());
        return done;
    }
    q.finish();
    QStringList created;
    for (const QString &name : {roles.editor, roles.workstation}) {
        // A role that is there already may hold more than the rights given below, which no
        // REVOKE takes away: a superuser, the database's owner or one of its members, a role past
        // row security. As the workstation role it would import and change the log while this
        // said it could not.
        q.prepare(u"SELECT r.rolsuper, r.rolbypassrls, pg_has_role(r.oid, d.datdba, 'MEMBER'), r.rolcreaterole,"
                  " CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pg_write_all_data')"
                  " THEN pg_has_role(r.oid, 'pg_write_all_data', 'MEMBER') ELSE false END"
                  " FROM pg_roles r, pg_database d WHERE r.rolname = ? AND d.datname = current_database()"_s);
        q.addBindValue(name);
        if (!q.exec()) {
            *error = store.connection().explain(q.lastError());
            return done;
        }
        if (!q.next()) {
            created << name;
            continue;
        }
        const QString more = q.value(0).toBool()   ? tr("a superuser")
                             : q.value(2).toBool() ? tr("the owner of the database, or a member of its owner's role")
                             : q.value(1).toBool() ? tr("a role that bypasses row security")
                             : q.value(3).toBool() ? tr("a role that may create roles (and so grant itself others)")
                             : q.value(4).toBool() ? tr("a member of pg_write_all_data")
                                                   : QString();
        if (!more.isEmpty()) {
            *error = tr("the %1 role %2 is %3: it would keep rights the %1 must not have; choose a role of its own, "
                        "for example careleaf_%4")
                         .arg(name == roles.editor ? tr("editor") : tr("workstation"), name, more,
                              name == roles.editor ? u"editor"_s : u"workstation"_s);
            return done;
        }
    }
    // A workstation role that is a member of the editor's would import as the editor does.
    if (!created.contains(roles.editor) && !created.contains(roles.workstation)) {
        q.prepare(u"SELECT pg_has_role(?, ?, 'MEMBER')"_s);
        q.addBindValue(roles.workstation);
        q.addBindValue(roles.editor);
        if (!q.exec() || !q.next()) {
            *error = store.connection().explain(q.lastError());
            return done;
        }
        if (q.value(0).toBool()) {
            *error =
                tr("the workstation role %1 is a member of the editor role %2: it would import as the editor does; "
                   "choose a role of its own, for example careleaf_workstation")
                    .arg(roles.workstation, roles.editor);
            return done;
        }
    }
    const QString e = roles.editor;
    const QString w = roles.workstation;
    QStringList statements{u"BEGIN"_s};
    for (const QString &name : std::as_const(created))
        statements << u"CREATE ROLE %1 LOGIN"_s.arg(name);
    const QString written = u"procedures, procedure_keys, search_words, name_words"_s; // what imports write
    const QString tables = written + u", careleaf_meta, education_log"_s;
    statements << u"DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO %1, %2', current_database());"
                  " EXECUTE format('GRANT USAGE ON SCHEMA %I TO %1, %2', current_schema()); END $$"_s.arg(e, w)
               // Exactly these rights, whatever was granted before.
               << u"REVOKE ALL ON %1 FROM %2, %3"_s.arg(tables, e, w) << u"GRANT SELECT ON %1 TO %2"_s.arg(tables, w)
               << u"GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2"_s.arg(written, e)
               << u"GRANT SELECT, UPDATE ON careleaf_meta TO %1"_s.arg(e)
               << u"GRANT SELECT ON education_log TO %1"_s.arg(e)
               // The log grows only through careleaf_append_log, which sets the id, the time, the
               // session user and the seal itself: no role inserts rows of its own making.
               << u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(PostgresParts::AppendLogFunction)
               << u"GRANT EXECUTE ON FUNCTION %1 TO %2, %3"_s.arg(PostgresParts::AppendLogFunction, e, w)
               // An editor counts its changes (content_version) and nothing else in careleaf_meta:
               // the format number and the log's count are the owner's.
               << u"ALTER TABLE careleaf_meta ENABLE ROW LEVEL SECURITY"_s
               << u"DROP POLICY IF EXISTS careleaf_read ON careleaf_meta"_s
               << u"DROP POLICY IF EXISTS careleaf_count_changes ON careleaf_meta"_s
               << u"CREATE POLICY careleaf_read ON careleaf_meta FOR SELECT USING (true)"_s
               << u"CREATE POLICY careleaf_count_changes ON careleaf_meta FOR UPDATE TO %1"
                  " USING (key = 'content_version') WITH CHECK (key = 'content_version')"_s.arg(e)
               << u"DO $$ BEGIN"
                  " EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %1', pg_get_serial_sequence('procedures', 'id'));"
                  " END $$"_s.arg(e)
               << u"COMMIT"_s;
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            *error = tr("the roles cannot be set up: %1").arg(store.connection().explain(q.lastError()));
            (void)q.exec(u"ROLLBACK"_s);
            return done;
        }
    }
    done << tr("library format %1 is ready in %2")
                .arg(store.connection().schemaVersion())
                .arg(store.connection().displayName());
    for (const QString &name : {e, w}) {
        done << (created.contains(name) ? tr("role %1: created (it can log in; set its password)").arg(name)
                                        : tr("role %1: already there; its rights were set again").arg(name));
    }
    done << tr("%1 may import and publish (careleaf-cli import, copy), search, read, print and add to the "
               "education log")
                .arg(e);
    done << tr("%1 may search, read and print, and add to the education log; the server refuses any change to "
               "procedures, and any change or removal of log rows")
                .arg(w);
    return done;
}

} // namespace Careleaf
