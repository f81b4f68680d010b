#pragma once

#include "AgeIdentity.h"
#include "common/Error.h"

#include <QString>

namespace fleetdesk {

/// "New age key for this cluster": a fresh age identity whose public half becomes a creation rule in the
/// repository's .sops.yaml, and whose private half goes into the Flux decryption Secret (name sops-age, key
/// age.agekey) that the user applies to the cluster and keeps out of Git.
class ClusterAgeKey
{
public:
    struct Created
    {
        AgeIdentity identity;
        QString sopsConfigPath;
        QString pathRegex;
    };

    /// Generates a key and adds (or extends) the creation rule for `clusterPath` (relative to the repository,
    /// e.g. "clusters/prod-eu-west-1") in <repositoryRoot>/.sops.yaml, written atomically. The new rule goes
    /// first so that it wins over broader rules; an existing rule with the same path_regex gets the recipient.
    static Result<Created> create(const QString& repositoryRoot, const QString& clusterPath,
                                  const QString& encryptedRegex = QStringLiteral("^(data|stringData)$"));

    /// .sops.yaml text with the rule added (comments and other rules kept).
    static Result<QByteArray> addCreationRule(QByteArrayView existing, const QString& pathRegex,
                                              const QString& recipient, const QString& encryptedRegex,
                                              const QString& fileName);
    static QString pathRegexFor(const QString& clusterPath);

    /// The Secret manifest holding the private key (age-keygen layout under stringData["age.agekey"]).
    static SecureBuffer secretManifest(const AgeIdentity& identity, const QString& name = QStringLiteral("sops-age"),
                                       const QString& ns = QStringLiteral("flux-system"));
    /// Writes the Secret manifest with owner-only permissions; refuses a path inside a Git working tree so the
    /// private key cannot be committed by accident.
    static Result<void> writeSecretManifest(const AgeIdentity& identity, const QString& path,
                                            const QString& ns = QStringLiteral("flux-system"));
};

} // namespace fleetdesk
