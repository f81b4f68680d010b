#pragma once

#include "AgeIdentity.h"
#include "AgeRecipient.h"
#include "SopsMetadata.h"
#include "SopsTree.h"
#include "SopsValueCipher.h"
#include "common/Error.h"

#include <QDateTime>
#include <QList>

namespace fleetdesk {

/// What encrypting a plain file needs: the recipients (one list per key group) and the selection rule.
struct SopsEncryptionSettings
{
    QList<QList<AgeRecipient>> keyGroups; // usually exactly one group
    int shamirThreshold = 0;               // only with several groups; 0 = all groups
    SopsSelection selection;               // empty = sops's default (_unencrypted suffix)
    int yamlIndent = 4;
    int jsonIndent = -1;
};

struct SopsDecryptOptions
{
    /// Recovery only: decrypt even when the MAC is missing or wrong. Callers must make this visible.
    bool ignoreMac = false;
};

/// A SOPS file: parse, find the data key, decrypt and verify, encrypt and write. Plaintext stays in SecureBuffers.
/// Error codes: "sops.format" (not a SOPS file, already encrypted), "sops.metadata", "sops.value",
/// "sops.mac" (missing or wrong MAC; the message names the file), "sops.datakey" (no identity opens it),
/// "yaml.syntax", "json.syntax", "dotenv.syntax", "ini.syntax", "limit.size".
class SopsFile
{
public:
    enum class Format { Yaml, Json, Dotenv, Ini };

    static Format formatForPath(const QString& path);
    static Result<SopsTree> parse(QByteArrayView text, Format format, const QString& file);
    /// `commentRegex`: a comment regex is in use, so comments keep their exact place (see SopsYaml::write).
    static SecureBuffer write(const SopsTree& tree, Format format, int indent = 0, bool commentRegex = false);

    /// Removes the `sops` key from every document; returns the first document's metadata, or nothing when the
    /// file is not SOPS-encrypted.
    static Result<std::optional<SopsMetadata>> extractMetadata(SopsTree& tree, const QString& file);
    /// Appends `sops` as the last key of every document.
    static void insertMetadata(SopsTree& tree, const SopsMetadata& metadata);

    /// Unwraps the data key with the first identity that opens an age entry (Shamir across key groups).
    static Result<SecureBuffer> dataKey(const SopsMetadata& metadata, const QList<AgeIdentity>& identities,
                                        const QString& file);
    /// Wraps a data key for every recipient into metadata.keyGroups (Shamir-split across groups).
    static Result<void> wrapDataKey(SopsMetadata& metadata, const SecureBuffer& dataKey,
                                    const QList<QList<AgeRecipient>>& keyGroups, int shamirThreshold);

    /// Decrypts every selected value in place and checks the MAC (fails closed unless ignoreMac).
    static Result<void> decryptTree(SopsTree& tree, const SopsMetadata& metadata, const SecureBuffer& dataKey,
                                    const QString& file, const SopsDecryptOptions& options = {},
                                    SopsIvStash* stash = nullptr);
    /// Encrypts every selected value in place, sets lastmodified (from `now`) and the MAC in metadata.
    static Result<void> encryptTree(SopsTree& tree, SopsMetadata& metadata, const SecureBuffer& dataKey,
                                    const QDateTime& now, const SopsIvStash* stash = nullptr);

    /// Whole-file helpers.
    static Result<QByteArray> encrypt(QByteArrayView plaintext, Format format, const SopsEncryptionSettings& settings,
                                      const QString& file);
    static Result<SecureBuffer> decrypt(QByteArrayView encrypted, Format format, const QList<AgeIdentity>& identities,
                                        const QString& file, const SopsDecryptOptions& options = {});
    /// Decrypts with a known data key (vectors, tests, recovery).
    static Result<SecureBuffer> decryptWithDataKey(QByteArrayView encrypted, Format format,
                                                   const SecureBuffer& dataKey, const QString& file,
                                                   const SopsDecryptOptions& options = {});

    /// The AAD of the MAC: lastmodified parsed as RFC 3339 and formatted again as Go's time.RFC3339.
    static std::optional<QString> macAad(const QString& lastModified);
    static QString formatLastModified(const QDateTime& when);
};

} // namespace fleetdesk
