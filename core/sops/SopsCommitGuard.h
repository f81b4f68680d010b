#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdesk {

/// A reason not to commit a file.
struct SopsCommitFinding
{
    enum class Reason { PlainFileMatchesCreationRule, SecretWithoutSopsMetadata, Unreadable };
    QString path;
    Reason reason;
    QString message;
};

/// The guard that runs before a commit: it refuses a file that matches a .sops.yaml creation rule but is not
/// SOPS-encrypted (when encrypting it under that rule would encrypt at least one value), and any Kubernetes Secret
/// with data or stringData but no SOPS metadata. Files the user overrides explicitly are let through.
class SopsCommitGuard
{
public:
    /// `paths` are absolute or relative to `repositoryRoot`; `overrides` likewise.
    static QList<SopsCommitFinding> check(const QString& repositoryRoot, const QStringList& paths,
                                          const QStringList& overrides = {});
};

} // namespace fleetdesk
