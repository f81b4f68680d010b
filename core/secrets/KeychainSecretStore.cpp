#include "KeychainSecretStore.h"

#ifdef FLEETDESK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <QEventLoop>

namespace fleetdesk {

namespace {

#ifdef FLEETDESK_HAVE_KEYCHAIN
/// Starts `job` and waits for it in a local event loop.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job, const QString& what)
{
    const QString code = job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::AccessDeniedByUser
            || job.error() == QKeychain::AccessDenied
        ? QStringLiteral("secrets.unavailable")
        : QStringLiteral("secrets.failed");
    return Error{QStringLiteral("%1: %2").arg(what, job.errorString()), {}, code};
}
#endif

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

bool KeychainSecretStore::isBuiltIn()
{
#ifdef FLEETDESK_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

Result<void> KeychainSecretStore::write(const QString& key, const SecureBuffer& secret)
{
#ifdef FLEETDESK_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    QByteArray data = secret.toByteArray();
    job.setBinaryData(data);
    data.fill('\0');
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return std::unexpected(keychainError(job, tr("cannot store the secret %1 in the keychain").arg(key)));
    return {};
#else
    Q_UNUSED(key);
    Q_UNUSED(secret);
    return makeError(tr("Fleetdesk was built without keychain support"), {}, QStringLiteral("secrets.unavailable"));
#endif
}

Result<std::optional<SecureBuffer>> KeychainSecretStore::read(const QString& key)
{
#ifdef FLEETDESK_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<SecureBuffer>();
    if (job.error() != QKeychain::NoError)
        return std::unexpected(keychainError(job, tr("cannot read the secret %1 from the keychain").arg(key)));
    QByteArray data = job.binaryData();
    SecureBuffer secret = SecureBuffer::fromView(data);
    data.fill('\0');
    return std::optional<SecureBuffer>(std::move(secret));
#else
    Q_UNUSED(key);
    return makeError(tr("Fleetdesk was built without keychain support"), {}, QStringLiteral("secrets.unavailable"));
#endif
}

Result<void> KeychainSecretStore::remove(const QString& key)
{
#ifdef FLEETDESK_HAVE_KEYCHAIN
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return std::unexpected(keychainError(job, tr("cannot remove the secret %1 from the keychain").arg(key)));
    return {};
#else
    Q_UNUSED(key);
    return makeError(tr("Fleetdesk was built without keychain support"), {}, QStringLiteral("secrets.unavailable"));
#endif
}

} // namespace fleetdesk
