#pragma once

#include "SecureBuffer.h"

#include <QByteArray>

#include <optional>
#include <string_view>

/// Thin wrappers over the OpenSSL 3 primitives that age and SOPS need. Keys and plaintext go in and out as
/// SecureBuffer; ciphertext, nonces and public values as QByteArray.
namespace fleetdesk::crypto {

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

/// X25519: the public key of a 32-byte scalar, and the shared secret. The shared secret is empty (nothing) when
/// the peer's point has low order (all-zero result) or is otherwise rejected.
std::optional<QByteArray> x25519PublicKey(const SecureBuffer& scalar);
std::optional<SecureBuffer> x25519(const SecureBuffer& scalar, QByteArrayView peerPublic);

/// Base64, RFC 4648 standard alphabet. Padded (SOPS values, armor) and unpadded (age header). Decoding is strict:
/// wrong characters, wrong padding and non-canonical trailing bits are rejected.
QByteArray base64Encode(QByteArrayView data, bool padded);
std::optional<QByteArray> base64Decode(QByteArrayView text, bool padded);

} // namespace fleetdesk::crypto
