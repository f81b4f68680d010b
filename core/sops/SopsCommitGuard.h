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
    int line = 0; ///< 1-based: the Secret's data, or the first line; 0 when the file is unreadable
};

/// A file as it will be committed: its path relative to the repository root and its content (the staged blob).
struct SopsCommitFile
{
    QString path;
    QByteArray content;
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
    /// The same check on given content (what the index holds, not the work tree). `files` paths are relative to
    /// `repositoryRoot`; the root is where .sops.yaml is looked for.
    static QList<SopsCommitFinding> checkContent(const QString& repositoryRoot, const QList<SopsCommitFile>& files,
                                                 const QStringList& overrides = {});
};

} // namespace fleetdesk
