// careleaf-cli: the console contract (DESIGN.md's, grown since: the README's "Console" and
// careleaf-cli(1) list every command). Scripts and tests depend on its output lines and exit
// codes; change them only together with the README, the man page and --help.
#pragma once

#include <QStringList>

class QTextStream;

namespace Careleaf::Cli {

enum ExitCode
{
    Ok = 0,
    Problems = 1,
    UsageOrDatabase = 2
};

// arguments excludes the program name. env is CARELEAF_DB's value (empty when unset).
[[nodiscard]] int run(const QStringList &arguments, const QString &envDb, QTextStream &out, QTextStream &err);

[[nodiscard]] QString helpText();

// The command arguments name (after the global options), empty when there is none.
[[nodiscard]] QString commandOf(const QStringList &arguments);
// True when that command draws (a handout's PDF: fonts, a paint device), so it needs Qt GUI and
// a QGuiApplication: careleaf-cli hands it to careleaf-cli-handout (app/cli_main.cpp); every
// other command runs in careleaf-cli, which does not load Qt GUI at all.
[[nodiscard]] bool draws(const QStringList &arguments);

} // namespace Careleaf::Cli
