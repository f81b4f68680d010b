#pragma once

#include "common/Error.h"
#include "sops/SecureBuffer.h"

#include <QString>

#include <optional>

namespace fleetdesk {

/// Where Fleetdesk keeps secrets it may remember for the user: HTTPS tokens and SSH key passphrases. Keys are
/// short names such as "git-token:https://git.example.test" (see secretKeyFor*). Implementations block the calling
/// thread (the engine thread), never the GUI thread.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual Result<void> write(const QString& key, const SecureBuffer& secret) = 0;
    /// The secret, or nothing when none is stored under `key`.
    virtual Result<std::optional<SecureBuffer>> read(const QString& key) = 0;
    /// Forgets `key`; not an error when nothing was stored.
    virtual Result<void> remove(const QString& key) = 0;

    /// The key of an HTTPS token: scheme, host and port of `url`, without path or user information.
    static QString secretKeyForUrl(const QString& url);
    /// The key of an SSH private key's passphrase.
    static QString secretKeyForSshKey(const QString& privateKeyFile);
};

} // namespace fleetdesk
