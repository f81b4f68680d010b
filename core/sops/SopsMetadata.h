#pragma once

#include "SopsTree.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fleetdesk {

/// One age master key of a SOPS file: the recipient and the armored age file wrapping the data key (or share).
struct SopsAgeKey
{
    QString recipient;
    QByteArray enc;
};

/// A key group: the age keys, plus every other master key type (pgp, kms, …) kept verbatim so that a re-encrypt
/// with the same data key writes them back untouched.
struct SopsKeyGroup
{
    QList<SopsAgeKey> age;
    std::vector<SopsEntry> foreign;
};

/// Which values get encrypted (exactly one rule; sops's default is unencrypted_suffix "_unencrypted").
struct SopsSelection
{
    QString unencryptedSuffix;
    QString encryptedSuffix;
    QString unencryptedRegex;
    QString encryptedRegex;
    QString unencryptedCommentRegex;
    QString encryptedCommentRegex;
    bool macOnlyEncrypted = false;

    int ruleCount() const;
    /// Applies sops's default when no rule is set.
    void applyDefault();
};

/// The `sops:` section (stores/stores.go, stores/metadata.go). Read from any sops version; written like 3.13
/// (keys sorted alphabetically, empty lists omitted, age entries as enc then recipient).
struct SopsMetadata
{
    QList<SopsKeyGroup> keyGroups;
    int shamirThreshold = 0;
    QString lastModified;
    QByteArray mac;
    SopsSelection selection;
    QString version;

    static constexpr const char* kWriterVersion = "3.13.2";

    /// Error code "sops.metadata"; `file` names the file in messages.
    static Result<SopsMetadata> fromNode(const SopsNode& node, const QString& file);
    SopsNode toNode() const;
    QStringList ageRecipients() const;
};

} // namespace fleetdesk
