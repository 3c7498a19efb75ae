// careleaf-cli: see src/cli/cli.h and DESIGN.md for the contract.
//
// Built twice (app/CMakeLists.txt). careleaf-cli, the console, links Qt Core and SQL alone: no
// command of it draws, so it starts without loading Qt GUI at all. A handout needs fonts and a
// paint device: for that command careleaf-cli becomes (execv) careleaf-cli-handout, this file
// built with CARELEAF_CLI_DRAWS, which starts a QGuiApplication and runs the same console.
#include "cli.h"
#include "clicommon.h"
#include "filenames.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <cstdio>

#ifdef CARELEAF_CLI_DRAWS
#include <QGuiApplication>
#else
#include <cerrno>
#include <climits>
#include <cstring>
#include <unistd.h>
#include <vector>
#endif

namespace {

// stderr is part of the console contract ("<path>: <reason>" lines), so Qt's own diagnostics
// (platform plugin notes, font warnings) are shown only when asked for with CARELEAF_DEBUG=1.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIntValue("CARELEAF_DEBUG") != 0)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

#ifndef CARELEAF_CLI_DRAWS
// careleaf-cli-handout beside this program (the build folder), else where it is installed
// (CARELEAF_HELPER_FROM_BIN, relative to the folder of programs). The installed path when
// neither is there: the message names where it was looked for.
QByteArray handoutHelper()
{
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    QByteArray folder = n > 0 ? QByteArray(self, n) : QByteArray();
    folder.truncate(std::max<qsizetype>(0, folder.lastIndexOf('/')));
    const QByteArray beside = folder + '/' + CARELEAF_HANDOUT_HELPER;
    if (access(beside.constData(), X_OK) == 0)
        return beside;
    return folder + '/' + CARELEAF_HELPER_FROM_BIN + '/' + CARELEAF_HANDOUT_HELPER;
}
#endif

} // namespace

#ifndef CARELEAF_CLI_DRAWS
namespace Careleaf::Cli {
// main() hands every handout to careleaf-cli-handout before a command runs here.
int cmdHandout(Context &c, const QStringList &)
{
    c.err << "careleaf-cli: " << Context::tr("handouts are written by %1").arg(QString::fromUtf8(handoutHelper()))
          << Qt::endl;
    return UsageOrDatabase;
}
} // namespace Careleaf::Cli
#endif

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
#ifdef CARELEAF_CLI_DRAWS
    // On the offscreen platform on servers and over SSH, where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
#else
    const std::vector<char *> original(argv, argv + argc + 1); // as typed, for the helper
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("Careleaf"));
    QCoreApplication::setApplicationName(QStringLiteral("careleaf-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARELEAF_VERSION));
    Careleaf::installTranslations();

    QTextStream out(stdout);
    QTextStream err(stderr);
#ifndef CARELEAF_CLI_DRAWS
    if (Careleaf::Cli::draws(readArguments())) {
        const QByteArray helper = handoutHelper();
        execv(helper.constData(), original.data());
        // Still here: the helper did not start.
        err << "careleaf-cli: "
            << QCoreApplication::translate("Careleaf::Cli", "cannot start %1 to write the handout: %2")
                   .arg(QString::fromUtf8(helper), QString::fromLocal8Bit(std::strerror(errno)))
            << Qt::endl;
        return Careleaf::Cli::UsageOrDatabase;
    }
#endif
    // As its bytes, as the arguments are.
    int rc = Careleaf::Cli::run(readArguments(), Careleaf::FileNames::decode(qgetenv("CARELEAF_DB")), out, err);
    // What could not be written (a full disk, a file-size limit) is no success: a script exporting
    // the log must not take an empty file for one. (A reader that went away, | head, ends the
    // process with SIGPIPE before it gets here.)
    out.flush();
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << "careleaf-cli: "
            << QCoreApplication::translate("Careleaf::Cli",
                                           "the output could not be written (is the disk full, or the file too large?)")
            << Qt::endl;
        rc = std::max(rc, int(Careleaf::Cli::UsageOrDatabase));
    }
    err.flush();
    return rc;
}
