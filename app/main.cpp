// The fleetdesk executable. It links only QtCore, yaml-cpp and libcrypto (the fleetdesk-sops part of the core)
// and runs `fleetdesk sops …`, --help and --version itself, so that they start as fast as a plain program. The
// other headless commands live in the fleetdesk-commands module (CommandsModule), and the window in the
// fleetdesk-gui module (GuiMain.cpp, loaded by GuiModule); each is loaded only when needed.

#include "CommandsModule.h"
#include "GuiModule.h"
#include "SopsCommand.h"
#include "WindowCommandLine.h"

#include "common/Translations.h"
#include "sops/Crypto.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace fleetdesk;

namespace {

bool wantsInfoOnly(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("-?")
            || argument == QLatin1String("--help-all") || argument == QLatin1String("--version")
            || argument == QLatin1String("-v"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // OpenSSH runs Fleetdesk as its SSH_ASKPASS (core/git/SshAskpass): the commands module answers.
    if (argc >= 2 && qstrcmp(argv[1], "--askpass") == 0)
        return CommandsModule::run(argc, argv);

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Headless commands, --help and --version work without a display (CI, packaging checks) and without the GUI
    // module; `sops`, --help and --version without the commands module too.
    if (CommandsModule::handles(arguments))
        return CommandsModule::run(argc, argv);
    const bool sops = SopsCommand::handles(arguments);
    if (!sops && !wantsInfoOnly(arguments))
        return GuiModule::run(argc, argv);

    if (sops)
        crypto::leaveCleanupToProcessExit(); // a short-lived process: no piecewise clean-up at exit
    QCoreApplication app(argc, argv);
    WindowCommandLine::setApplicationIdentity();
    installTranslators(app);
    if (sops)
        return SopsCommand::run(arguments);
    QCommandLineParser parser;
    WindowCommandLine::describe(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}
