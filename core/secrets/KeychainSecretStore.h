#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace fleetdesk {

/// A SecretStore in the operating system's keychain through QtKeychain (the Secret Service on Linux, Keychain on
/// macOS, the Credential Manager on Windows), with QtKeychain's insecure plain-text fallback turned off: when no
/// keychain is available, every call fails with "secrets.unavailable" and nothing is written anywhere else.
/// Every QtKeychain job runs on the main thread: called there, the store waits for the job in a local event loop;
/// called from another thread (the Git worker on the engine thread), it posts the job to the main thread and
/// blocks the calling thread until the job finished. Once the application is quitting (aboutToQuit), calls from
/// other threads fail with "secrets.failed" instead of waiting for a main thread that no longer serves them.
class KeychainSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Fleetdesk"));

    Result<void> write(const QString& key, const SecureBuffer& secret) override;
    Result<std::optional<SecureBuffer>> read(const QString& key) override;
    Result<void> remove(const QString& key) override;

    /// False when Fleetdesk was built without QtKeychain.
    static bool isBuiltIn();

private:
    QString m_service;
};

} // namespace fleetdesk
