#include "KeychainAgeIdentities.h"

#include "AgeKeyFile.h"

#include <QDateTime>

namespace fleetdesk {

namespace {

Result<void> store(SecretStore& secrets, const QList<AgeIdentity>& identities)
{
    if (identities.isEmpty())
        return secrets.remove(KeychainAgeIdentities::storeKey());
    SecureBuffer text;
    for (const AgeIdentity& identity : identities)
        text.append(AgeKeyFile::format(identity, QDateTime::currentDateTime()));
    return secrets.write(KeychainAgeIdentities::storeKey(), text);
}

} // namespace

QString KeychainAgeIdentities::storeKey()
{
    return QStringLiteral("sops-age-identities");
}

Result<QList<AgeIdentity>> KeychainAgeIdentities::list(SecretStore& store)
{
    auto stored = store.read(storeKey());
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return QList<AgeIdentity>();
    return AgeKeyFile::parse(**stored, QStringLiteral("keychain (%1)").arg(storeKey()));
}

Result<bool> KeychainAgeIdentities::add(SecretStore& secrets, const AgeIdentity& identity)
{
    auto current = list(secrets);
    if (!current)
        return std::unexpected(current.error());
    for (const AgeIdentity& known : *current)
        if (known.recipient() == identity.recipient())
            return false;
    current->append(identity);
    if (auto r = store(secrets, *current); !r)
        return std::unexpected(r.error());
    return true;
}

Result<bool> KeychainAgeIdentities::remove(SecretStore& secrets, const AgeRecipient& recipient)
{
    auto current = list(secrets);
    if (!current)
        return std::unexpected(current.error());
    const qsizetype before = current->size();
    current->removeIf([&](const AgeIdentity& i) { return i.recipient() == recipient; });
    if (current->size() == before)
        return false;
    if (auto r = store(secrets, *current); !r)
        return std::unexpected(r.error());
    return true;
}

} // namespace fleetdesk
