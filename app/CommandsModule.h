#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace fleetdesk {
class SecretStore;
}

/// The headless commands that need more of the core than SOPS does — `lint`, `generate-fleet`, `build`, `diff`,
/// `status`, `suspend`, `resume`, `reconcile`, and `--askpass` for OpenSSH — and the keychain live in a separate
/// module, fleetdesk-commands.so, with QtNetwork, libgit2, QtKeychain and QtDBus. The executable links only
/// QtCore, yaml-cpp and libcrypto, so that `fleetdesk sops …`, `--help` and `--version` start without loading
/// them; it loads the module to run one of these commands, or when a SOPS command needs the keychain.
namespace CommandsModule {

/// The module's entry: runs the command line as main() would (it creates the QCoreApplication); returns the
/// process exit code.
using Entry = int (*)(int argc, char** argv);
inline constexpr char entrySymbol[] = "fleetdesk_commands_main";

/// The keychain (a KeychainSecretStore), owned by the caller; nullptr when Fleetdesk was built without
/// QtKeychain. Called with the QCoreApplication of the executable running.
using KeychainFactory = fleetdesk::SecretStore* (*)();
inline constexpr char keychainSymbol[] = "fleetdesk_commands_keychain";

/// True when `arguments` (without the program name) start with one of the module's commands.
bool handles(const QStringList& arguments);

/// Loads the module and runs `argv` there; when the module is missing or broken, prints why and returns 1.
int run(int argc, char** argv);

/// The keychain, through the module. Nothing when the module cannot be loaded (`reason` says why) or Fleetdesk was
/// built without QtKeychain (`reason` left empty).
std::unique_ptr<fleetdesk::SecretStore> keychain(QString* reason);

} // namespace CommandsModule
