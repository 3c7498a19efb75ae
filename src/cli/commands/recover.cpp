#include "clicommon.h"
#include "libraryfile.h"

#include <QFileInfo>

namespace Careleaf::Cli {

// recover --backup [FILE] | --fresh: sets the library file aside (never overwriting it) and puts
// the newest automatic backup, FILE, or a fresh library in its place.
int cmdRecover(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {}, {u"backup"_s, u"fresh"_s});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    const bool fromBackup = p.flags.contains(u"backup"_s);
    const bool fresh = p.flags.contains(u"fresh"_s);
    if (fromBackup == fresh || p.positional.size() > (fromBackup ? 1 : 0))
        return c.usage(tr("recover takes --backup [FILE] or --fresh"));
    if (!c.settingsNameALibrary())
        return UsageOrDatabase;
    const QString location = c.path();
    if (LibraryAddress::isServer(location)) {
        c.err << "careleaf-cli: "
              << tr("recover works on a library file on this computer; %1 is on the clinic server, which IT backs up "
                    "and restores")
                     .arg(LibraryAddress::parse(location).displayName())
              << Qt::endl;
        return UsageOrDatabase;
    }
    QString why = LibraryFile::notALibraryFile(location);
    if (why.isEmpty())
        why = LibraryFile::missingFolder(location);
    if (!why.isEmpty()) {
        c.err << "careleaf-cli: " << why << Qt::endl;
        return UsageOrDatabase;
    }
    // Opens and passes check (judged from a copy: nothing is written to it, not even rows waiting
    // to be logged): recovering would only take a working library away, for an empty one or an
    // older copy.
    const auto healthy = [&] {
        if (!QFileInfo::exists(location) || !LibraryFile::problemOfACopy(location).isEmpty())
            return false;
        c.err << "careleaf-cli: "
              << (fresh ? tr("%1 opens and passes check: there is nothing to recover, and it was left as it is. To "
                             "start an empty library, give another file with --db.")
                        : tr("%1 opens and passes check: there is nothing to recover, and it was left as it is. To "
                             "read a backup, give it with --db."))
                     .arg(location)
              << Qt::endl;
        return true;
    };
    QString movedTo;
    if (fromBackup) {
        QString backup = p.positional.value(0);
        if (backup.isEmpty()) {
            const QStringList backups = LibraryFile::backups(location);
            if (backups.isEmpty()) {
                if (!healthy()) // (a library that works is said to be one first)
                    c.err << "careleaf-cli: " << tr("%1 has no automatic backup").arg(location) << Qt::endl;
                return UsageOrDatabase;
            }
            backup = backups.first();
        }
        if (const QString error = LibraryFile::checkBackup(location, backup); !error.isEmpty()) {
            c.err << "careleaf-cli: " << error << Qt::endl;
            return UsageOrDatabase;
        }
        if (healthy())
            return UsageOrDatabase;
        if (const QString error = LibraryFile::restoreBackup(location, backup, &movedTo); !error.isEmpty()) {
            c.err << "careleaf-cli: " << error << Qt::endl;
            return UsageOrDatabase;
        }
        c.out << tr("restored %1 from %2").arg(location, backup) << Qt::endl;
    } else if (QFileInfo::exists(location)) {
        if (healthy())
            return UsageOrDatabase;
        if (const QString error = LibraryFile::setAside(location, &movedTo); !error.isEmpty()) {
            c.err << "careleaf-cli: " << error << Qt::endl;
            return UsageOrDatabase;
        }
    }
    if (!movedTo.isEmpty())
        c.out << tr("the previous file is kept as %1").arg(movedTo) << Qt::endl;
    if (!c.openStore())
        return UsageOrDatabase;
    return c.reportOk();
}

} // namespace Careleaf::Cli
