// Publishing: every procedure of one library into another (a workstation's file to the clinic
// server, or back), in one transaction on the destination, so it holds all of them or none.
// Sources, dates and content checksums travel with each procedure; the education log does not
// (it records what one site printed). Procedures only in the destination stay.
#pragma once

#include "librarystore.h"

#include <functional>

namespace Careleaf {

struct CopyReport : StoreCounts
{
    QString error; // set when nothing was copied, in plain words

    [[nodiscard]] int total() const { return imported + updated + unchanged; }
    [[nodiscard]] QString summaryLine() const;
};

class LibraryCopy
{
    Q_DECLARE_TR_FUNCTIONS(Careleaf::LibraryCopy)

public:
    // progress(done, total) is called now and then; returning false cancels (nothing is kept).
    [[nodiscard]] static CopyReport copy(LibraryStore &from, LibraryStore &to,
                                         const std::function<bool(int, int)> &progress = {});
};

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
