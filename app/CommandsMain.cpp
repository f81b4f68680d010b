// The fleetdesk-commands module: the headless commands that need QtNetwork, libgit2 or QtKeychain (CommandLine),
// OpenSSH's askpass, and the keychain for `fleetdesk sops`. The fleetdesk executable loads it (CommandsModule)
// only for those; it exports the two functions below and nothing else.

#include "CommandLine.h"
#include "CommandsModule.h"
#include "WindowCommandLine.h"

#include "common/Translations.h"
#include "git/SshAskpass.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>

#include <type_traits>

using namespace fleetdesk;

extern "C" Q_DECL_EXPORT int fleetdesk_commands_main(int argc, char** argv)
{
    // The signatures are CommandsModule's; the checks keep the executable and the module in step.
    static_assert(std::is_same_v<decltype(&fleetdesk_commands_main), CommandsModule::Entry>);
    // OpenSSH runs Fleetdesk as its SSH_ASKPASS: answer from the running app and exit.
    if (argc >= 2 && qstrcmp(argv[1], "--askpass") == 0)
        return SshAskpass::clientMain(argc, argv);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCoreApplication app(argc, argv);
    WindowCommandLine::setApplicationIdentity();
    installTranslators(app);
    return CommandLine::runHeadless(arguments);
}

extern "C" Q_DECL_EXPORT SecretStore* fleetdesk_commands_keychain()
{
    static_assert(std::is_same_v<decltype(&fleetdesk_commands_keychain), CommandsModule::KeychainFactory>);
    if (!KeychainSecretStore::isBuiltIn())
        return nullptr;
    return new KeychainSecretStore;
}
