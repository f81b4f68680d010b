#pragma once

#include "AgeIdentity.h"
#include "common/Error.h"

#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace fleetdesk {

class SecretStore;

/// Where sops finds age identities (age/keysource.go: loadIdentities), all of them loaded and tried:
/// SOPS_AGE_KEY (several per line allowed), SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD (split like a shell, run without
/// one, stdout parsed as a keys file) and the default keys.txt under the user config folder
/// ($XDG_CONFIG_HOME/sops/age/keys.txt, else ~/.config/sops/age/keys.txt on Linux; ~/Library/Application
/// Support on macOS; %AppData% on Windows). Error code "age.identity".
class SopsIdentitySources
{
public:
    struct Loaded
    {
        QList<AgeIdentity> identities;
        QStringList sources; // human-readable names of what was read, for messages
    };
    static Result<Loaded> load(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    /// The same, then the identities imported into Fleetdesk's keychain entry (KeychainAgeIdentities) when
    /// `keychain` is given. A keychain that cannot be reached is not an error when other sources gave identities.
    static Result<Loaded> load(const QProcessEnvironment& env, SecretStore* keychain);
    static QString defaultKeyFile(const QProcessEnvironment& env);
    /// Splits a command line like Go's shlex (quotes and backslashes), without a shell.
    static QStringList splitCommand(const QString& command);
};

} // namespace fleetdesk
