// careleaf-cli: see src/cli/cli.h and DESIGN.md for the contract.
#include "cli.h"
#include "filenames.h"
#include "translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

// stderr is part of the console contract ("<path>: <reason>" lines), so Qt's own diagnostics
// (platform plugin notes, font warnings) are shown only when asked for with CARELEAF_DEBUG=1.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIntValue("CARELEAF_DEBUG") != 0)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) must fail the write that reaches it, which the store reports
    // as a full disk, instead of killing the process halfway through.
    std::signal(SIGXFSZ, SIG_IGN);
    qInstallMessageHandler(quietMessages);
    // The arguments as the bytes they are: a file name that is not UTF-8 must still name its
    // file (FileNames). Read again once the application has taken its own options out of argv.
    const auto readArguments = [&argc, argv] {
        QStringList arguments;
        for (int i = 1; i < argc; ++i)
            arguments << Careleaf::FileNames::decode(QByteArray(argv[i]));
        return arguments;
    };
    // Only a handout draws: it needs fonts and a paint device, so a QGuiApplication, on the
    // offscreen platform on servers and over SSH, where there is no display. Every other command
    // starts without a platform plugin, in a fraction of the time (README, Performance).
    std::unique_ptr<QCoreApplication> app;
    if (Careleaf::Cli::draws(readArguments())) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Careleaf"));
    QCoreApplication::setApplicationName(QStringLiteral("careleaf-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARELEAF_VERSION));
    Careleaf::installTranslations();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = Careleaf::Cli::run(readArguments(), qEnvironmentVariable("CARELEAF_DB"), out, err);
    out.flush();
    err.flush();
    return rc;
}
