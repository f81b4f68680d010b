// The fleetdesk executable. It links only the core library (QtCore and QtNetwork) and runs every headless command
// itself, so that `fleetdesk sops decrypt` or `fleetdesk lint` start without the GUI stack. Without a command it
// opens the window, which lives in the fleetdesk-gui module (GuiMain.cpp), loaded only then (GuiModule).

#include "CommandLine.h"
#include "GuiModule.h"
#include "WindowCommandLine.h"

#include "common/Translations.h"
#include "git/SshAskpass.h"

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
    // OpenSSH runs Fleetdesk as its SSH_ASKPASS: answer from the running app and exit.
    if (argc >= 2 && qstrcmp(argv[1], "--askpass") == 0)
        return SshAskpass::clientMain(argc, argv);

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Headless commands, --help and --version work without a display (CI, packaging checks) and without the module.
    const bool headless = CommandLine::isHeadlessCommand(arguments);
    if (!headless && !wantsInfoOnly(arguments))
        return GuiModule::run(argc, argv);

    QCoreApplication app(argc, argv);
    WindowCommandLine::setApplicationIdentity();
    installTranslators(app);
    if (headless)
        return CommandLine::runHeadless(arguments);
    QCommandLineParser parser;
    WindowCommandLine::describe(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}
