#include "clicommon.h"
#include "serveradmin.h"

namespace Careleaf::Cli {

// admin init-server ADDRESS [--editor NAME] [--workstation NAME]
int cmdAdmin(Context &c, const QStringList &args)
{
    const Parsed p = parseArgs(args, {u"editor"_s, u"workstation"_s}, {});
    if (!p.error.isEmpty())
        return c.usage(p.error);
    if (p.positional.value(0) != u"init-server"_s || p.positional.size() > 2)
        return c.usage(tr("admin takes: init-server ADDRESS [--editor NAME] [--workstation NAME]"));
    const QString address = p.positional.size() == 2 ? p.positional.at(1) : c.location;
    if (!LibraryAddress::isServer(address))
        return c.usage(tr("init-server needs a server address, such as postgresql://postgres@db.clinic/careleaf"));
    ServerAdmin::Roles roles;
    if (p.values.contains(u"editor"_s))
        roles.editor = p.values.value(u"editor"_s);
    if (p.values.contains(u"workstation"_s))
        roles.workstation = p.values.value(u"workstation"_s);
    LibraryStore::OpenResult opened = LibraryStore::open(address);
    if (!opened.store) {
        // A library this role may not upgrade: the owner's job, which is what init-server is.
        c.err << "careleaf-cli: "
              << (opened.problem == LibraryStore::Problem::ReadOnly
                      ? tr("%1 needs setting up or upgrading, which only the owner of the database or a superuser "
                           "may do: run init-server as the owner, for example sudo -u postgres careleaf-cli admin "
                           "init-server postgresql:///DATABASE")
                            .arg(LibraryAddress::parse(address).displayName())
                      : opened.error)
              << Qt::endl;
        return UsageOrDatabase;
    }
    QString error;
    const QStringList done = ServerAdmin::initServer(*opened.store, roles, &error);
    if (!error.isEmpty()) {
        c.err << "careleaf-cli: " << error << Qt::endl;
        return UsageOrDatabase;
    }
    for (const QString &line : done)
        c.out << line << Qt::endl;
    return Ok;
}

} // namespace Careleaf::Cli
