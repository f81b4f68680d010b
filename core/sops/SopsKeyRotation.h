#pragma once

#include "AgeIdentity.h"
#include "SopsConfig.h"
#include "SopsFile.h"

namespace fleetdesk {

/// Changing who can open SOPS files. updateKeys re-wraps the existing data key for a new set of recipients (sops
/// updatekeys: values untouched); rotate makes a new data key and re-encrypts every value (sops rotate), which is
/// what removing a recipient needs, since the removed key knew the old data key.
class SopsKeyRotation
{
public:
    struct Outcome
    {
        QByteArray content;
        bool changed = false;
    };

    static Result<Outcome> updateKeys(QByteArrayView encrypted, SopsFile::Format format,
                                      const QList<AgeIdentity>& identities,
                                      const QList<QList<AgeRecipient>>& keyGroups, int shamirThreshold,
                                      const QString& file, int indent = 0);
    static Result<QByteArray> rotate(QByteArrayView encrypted, SopsFile::Format format,
                                     const QList<AgeIdentity>& identities, const QList<QList<AgeRecipient>>& keyGroups,
                                     int shamirThreshold, const QString& file, int indent = 0);
    static Result<QByteArray> addRecipient(QByteArrayView encrypted, SopsFile::Format format,
                                           const QList<AgeIdentity>& identities, const AgeRecipient& recipient,
                                           const QString& file);
    static Result<QByteArray> removeRecipient(QByteArrayView encrypted, SopsFile::Format format,
                                              const QList<AgeIdentity>& identities, const AgeRecipient& recipient,
                                              const QString& file);

    struct FileUpdate
    {
        QString path;
        QByteArray content;
    };
    /// Every SOPS-encrypted file below the config's folder (skipping .git) that matches a creation rule gets the
    /// rule's recipients. All or nothing: when any file fails, nothing is written and the error names it.
    /// Returns the files that changed (written when `write`).
    static Result<QList<FileUpdate>> updateAll(const SopsConfig& config, const QList<AgeIdentity>& identities,
                                               bool write);

    /// Writes files atomically (QSaveFile each); stops at the first failure.
    static Result<void> writeFiles(const QList<FileUpdate>& files);
};

} // namespace fleetdesk
