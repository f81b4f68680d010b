#pragma once

#include "AgeIdentity.h"
#include "common/Error.h"
#include "secrets/SecretStore.h"

#include <QList>

namespace fleetdesk {

/// age identities the user imported into Fleetdesk, kept in the OS keychain (one SecretStore entry holding a
/// keys.txt with the age-keygen comments). SopsIdentitySources reads them after the places sops looks.
class KeychainAgeIdentities
{
public:
    /// The SecretStore key of the entry.
    static QString storeKey();

    static Result<QList<AgeIdentity>> list(SecretStore& store);
    /// Adds `identity`; false when it was already there.
    static Result<bool> add(SecretStore& store, const AgeIdentity& identity);
    /// Removes the identity of `recipient`; false when none was stored.
    static Result<bool> remove(SecretStore& store, const AgeRecipient& recipient);
};

} // namespace fleetdesk
