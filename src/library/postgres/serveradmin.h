// careleaf-cli admin init-server: the clinic server's library and the two roles whose rights the
// server itself enforces. PostgreSQL only.
#pragma once

#include "librarystore.h"

#include <QCoreApplication>
#include <QStringList>

namespace Careleaf {

// The clinic server's set-up: the schema, and the roles the server enforces.
class ServerAdmin
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::ServerAdmin)

public:
    struct Roles
    {
        QString editor = QStringLiteral("careleaf_editor");           // imports and publishes
        QString workstation = QStringLiteral("careleaf_workstation"); // searches, reads, prints, logs
    };
    // Creates or upgrades the library in store's database (store must be connected as the
    // database's owner or a superuser), creates the two login roles when missing and grants
    // them exactly their rights. Returns what was done, one line each; *error on failure.
    [[nodiscard]] static QStringList initServer(LibraryStore &store, const Roles &roles, QString *error);
};

} // namespace Careleaf
