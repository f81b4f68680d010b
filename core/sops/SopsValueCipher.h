#pragma once

#include "Crypto.h"
#include "SopsTree.h"
#include "common/Error.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace fleetdesk {

/// Remembers the IV of every value decrypted from a file, so that re-encrypting an unchanged value (same
/// plaintext, type and path) gives the same ciphertext, as sops's cipher "stash" does.
class SopsIvStash
{
public:
    void remember(const QString& aad, const SopsNode& plain, const QByteArray& iv);
    QByteArray find(const QString& aad, const SopsNode& plain) const;
    std::size_t size() const { return m_ivs.size(); }

private:
    std::map<QByteArray, QByteArray> m_ivs;
};

/// The per-value layer: ENC[AES256_GCM,data:…,iv:…,tag:…,type:…] with a 32-byte IV and the path as AAD.
/// Error code "sops.value".
class SopsValueCipher
{
public:
    static const char* typeName(SopsNode::Kind kind);
    /// Encrypts a scalar or comment node; an empty plaintext gives "" (sops leaves it empty).
    static QByteArray encrypt(const SopsNode& plain, const SecureBuffer& key, const QString& aad,
                              const SopsIvStash* stash = nullptr);
    /// Encrypts with a given IV (for tests against known answers).
    static QByteArray encryptWithIv(const SopsNode& plain, const SecureBuffer& key, const QString& aad,
                                    const QByteArray& iv);
    /// Decrypts an ENC[] string to a typed node. `where` names the value in errors (file and path).
    static Result<SopsNode> decrypt(QByteArrayView enc, const SecureBuffer& key, const QString& aad,
                                    const QString& where, QByteArray* ivOut = nullptr);
    /// The same with the data key already set up in `cipher`, for the many values of one file. `where` (file and
    /// path) is only read when the value cannot be decrypted, so it may be formatted lazily by the caller.
    static QByteArray encrypt(const SopsNode& plain, crypto::AesGcm& cipher, const QString& aad,
                              const SopsIvStash* stash = nullptr);
    static Result<SopsNode> decrypt(QByteArrayView enc, crypto::AesGcm& cipher, const QString& aad,
                                    const QString& where, QByteArray* ivOut = nullptr);
    static bool looksEncrypted(QByteArrayView value) { return value.startsWith("ENC[AES256_GCM,"); }
};

} // namespace fleetdesk
