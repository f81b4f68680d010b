#pragma once

#include "AgeIdentity.h"
#include "AgeRecipient.h"
#include "SecureBuffer.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>

namespace fleetdesk {

/// age v1 (age-encryption.org/v1) with X25519 stanzas: header with HMAC, STREAM payload in 64 KiB chunks.
/// Error codes: "age.header" (malformed header or stanza, low-order share), "age.mac" (header MAC mismatch),
/// "age.payload" (nonce, chunk or tag problems), "age.no-identity" (no identity opens any stanza),
/// "age.armor" (armor), "limit.size" (input too large).
class AgeEncryption
{
public:
    static constexpr qsizetype kMaxInputSize = 64 * 1024 * 1024;

    /// Encrypts for every recipient (one X25519 stanza each). Returns the binary age file.
    static QByteArray encrypt(const SecureBuffer& plaintext, const QList<AgeRecipient>& recipients);
    /// Encrypts and armors.
    static QByteArray encryptArmored(const SecureBuffer& plaintext, const QList<AgeRecipient>& recipients);
    /// Decrypts a binary or armored age file with the first identity that opens a stanza.
    static Result<SecureBuffer> decrypt(QByteArrayView file, const QList<AgeIdentity>& identities);

    /// The header-level result of unwrapping, for tests that check intermediate values.
    struct Header
    {
        struct Stanza
        {
            QList<QByteArray> arguments; // first is the type
            QByteArray body;
        };
        QList<Stanza> stanzas;
        QByteArray macInput; // header bytes from the version line through "---"
        QByteArray mac;
        qsizetype payloadOffset = 0;
    };
    static Result<Header> parseHeader(QByteArrayView file);
    static QByteArray serializeHeaderWithoutMac(const QList<Header::Stanza>& stanzas);
};

} // namespace fleetdesk
