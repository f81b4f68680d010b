#pragma once

#include "AgeIdentity.h"
#include "SopsConfig.h"
#include "SopsFile.h"
#include "SopsMetadata.h"
#include "SopsValueCipher.h"
#include "common/Error.h"

#include <QString>

#include <optional>

namespace fleetdesk {

/// One SOPS file opened for editing in memory: the decrypted text lives only in SecureBuffers, and save()
/// re-encrypts it and replaces the file atomically (QSaveFile in the same folder, which only ever holds
/// ciphertext). Values that did not change keep their ciphertext (the IV stash, as sops edit does). The recipients
/// come from the .sops.yaml creation rule that matches the file; without one, the file keeps its own recipients.
/// When the rule drops a recipient, save() makes a new data key, since the dropped key knew the old one.
/// Not thread-affine: open and save on a worker thread, one call at a time.
class SopsEditSession
{
public:
    /// Reads, decrypts and MAC-checks `path`. Error codes are SopsFile's ("sops.mac", "sops.datakey", ...), plus
    /// "sops.format" for a file without SOPS metadata and "io.read".
    static Result<SopsEditSession> open(const QString& path, const QList<AgeIdentity>& identities);
    /// A cheap look at the bytes: true when they carry SOPS metadata (a `sops:` key with a MAC or age keys).
    static bool looksLikeSops(QByteArrayView content);
    static bool isSopsFile(const QString& path);

    const QString& filePath() const { return m_path; }
    SopsFile::Format format() const { return m_format; }
    /// The decrypted file as text (the YAML, JSON or dotenv the user edits).
    const SecureBuffer& plaintext() const { return m_plain; }

    /// The recipients save() encrypts for, and where they come from.
    const QList<QList<AgeRecipient>>& recipients() const { return m_groups; }
    int recipientCount() const;
    /// The .sops.yaml that decides the recipients, empty when the file's own recipients are kept.
    const QString& configPath() const { return m_configPath; }
    /// The 1-based index of the creation rule in configPath, 0 when none.
    int ruleNumber() const { return m_ruleNumber; }

    /// Re-encrypts `edited` and replaces the file. On any error the file is unchanged. Afterwards the session
    /// holds `edited` as its plaintext.
    Result<void> save(const SecureBuffer& edited);

    /// The decrypted scalar at 1-based `line` of `text` (YAML: the key on that line, found through the enclosing
    /// keys by indentation; dotenv: KEY=value). Error code "sops.value" when the line holds no single value.
    static Result<SecureBuffer> valueAtLine(const SecureBuffer& text, SopsFile::Format format, int line,
                                            const QString& file);

private:
    QString m_path;
    SopsFile::Format m_format = SopsFile::Format::Yaml;
    SopsMetadata m_metadata;
    SecureBuffer m_dataKey;
    SopsIvStash m_stash;
    SecureBuffer m_plain;
    QList<QList<AgeRecipient>> m_groups;
    int m_shamirThreshold = 0;
    QString m_configPath;
    int m_ruleNumber = 0;
};

} // namespace fleetdesk
