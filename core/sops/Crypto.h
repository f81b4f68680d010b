#pragma once

#include "SecureBuffer.h"

#include <QByteArray>

#include <optional>
#include <string_view>

/// Thin wrappers over the OpenSSL 3 primitives that age and SOPS need. Keys and plaintext go in and out as
/// SecureBuffer; ciphertext, nonces and public values as QByteArray.
namespace fleetdesk::crypto {

/// For a short-lived process (`fleetdesk sops …`): OpenSSL leaves its global state to the operating system at exit
/// instead of freeing it piece by piece (OPENSSL_INIT_NO_ATEXIT), and loads no error texts, which Fleetdesk never
/// prints (OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS), nor the legacy name tables of all ciphers and digests, which it
/// never looks algorithms up in (OPENSSL_INIT_NO_ADD_ALL_CIPHERS, _DIGESTS). Call before anything else uses OpenSSL.
void leaveCleanupToProcessExit();

SecureBuffer randomSecret(std::size_t size);
QByteArray randomBytes(std::size_t size);

SecureBuffer hkdfSha256(const SecureBuffer& ikm, QByteArrayView salt, std::string_view info, std::size_t length = 32);
QByteArray hmacSha256(const SecureBuffer& key, QByteArrayView data);
QByteArray sha256(QByteArrayView data);
QByteArray sha512(QByteArrayView data);

/// ChaCha20-Poly1305 (RFC 8439) with an empty AAD. Seal returns ciphertext || 16-byte tag.
QByteArray chachaSeal(const SecureBuffer& key, QByteArrayView nonce12, QByteArrayView plaintext);
/// Returns nothing when the tag does not verify.
std::optional<SecureBuffer> chachaOpen(const SecureBuffer& key, QByteArrayView nonce12, QByteArrayView sealed);

/// AES-256-GCM with any IV length (SOPS uses 32 bytes) and a 16-byte tag.
struct GcmSealed
{
    QByteArray ciphertext;
    QByteArray tag;
};
GcmSealed aesGcmSeal(const SecureBuffer& key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext);
std::optional<SecureBuffer> aesGcmOpen(const SecureBuffer& key, QByteArrayView iv, QByteArrayView aad,
                                       QByteArrayView ciphertext, QByteArrayView tag);

/// AES-256-GCM with one key for many messages (the values of a SOPS file): the cipher is fetched from the provider
/// and the key set up once, and each message only sets its IV. The contexts, with the key schedule in them, are
/// wiped when the object goes. Not thread-safe: one object per thread.
class AesGcm
{
public:
    explicit AesGcm(const SecureBuffer& key);
    ~AesGcm();
    AesGcm(const AesGcm&) = delete;
    AesGcm& operator=(const AesGcm&) = delete;

    /// The key must be 32 bytes (a SOPS data key always is).
    GcmSealed seal(QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext);
    /// Nothing when the tag does not verify, the IV is empty or the key is not 32 bytes.
    std::optional<SecureBuffer> open(QByteArrayView iv, QByteArrayView aad, QByteArrayView ciphertext,
                                     QByteArrayView tag);

private:
    struct Context;
    Context* context(bool encrypt);

    const SecureBuffer& m_key;
    Context* m_encrypt = nullptr;
    Context* m_decrypt = nullptr;
};

/// X25519: the public key of a 32-byte scalar, and the shared secret. The shared secret is empty (nothing) when
/// the peer's point has low order (all-zero result) or is otherwise rejected.
std::optional<QByteArray> x25519PublicKey(const SecureBuffer& scalar);
std::optional<SecureBuffer> x25519(const SecureBuffer& scalar, QByteArrayView peerPublic);

/// Base64, RFC 4648 standard alphabet. Padded (SOPS values, armor) and unpadded (age header). Decoding is strict:
/// wrong characters, wrong padding and non-canonical trailing bits are rejected.
QByteArray base64Encode(QByteArrayView data, bool padded);
/// Base64 of `data` appended to `out`.
void base64Append(QByteArray& out, QByteArrayView data, bool padded);
std::optional<QByteArray> base64Decode(QByteArrayView text, bool padded);

} // namespace fleetdesk::crypto
