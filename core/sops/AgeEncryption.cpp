#include "AgeEncryption.h"

#include "AgeArmor.h"
#include "Crypto.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

namespace fleetdesk {

namespace {

constexpr QByteArrayView kVersionLine = "age-encryption.org/v1\n";
constexpr std::string_view kX25519Info = "age-encryption.org/v1/X25519";
constexpr qsizetype kChunkSize = 64 * 1024;
constexpr qsizetype kTagSize = 16;

std::unexpected<Error> ageError(const QString& code, const char* text)
{
    return makeError(QCoreApplication::translate("AgeEncryption", text), {}, code);
}

const QString kHeaderCode = QStringLiteral("age.header");

bool isVchar(char c)
{
    return c >= 0x21 && c <= 0x7e;
}

QByteArray streamNonce(quint64 counter, bool last)
{
    QByteArray nonce(12, '\0');
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = char((counter >> (8 * i)) & 0xff);
    nonce[11] = last ? '\1' : '\0';
    return nonce;
}

QByteArray wrapBody(const AgeRecipient& recipient, const SecureBuffer& fileKey, QByteArray& shareOut)
{
    for (;;) {
        const SecureBuffer ephemeral = crypto::randomSecret(32);
        const auto share = crypto::x25519PublicKey(ephemeral);
        const auto shared = share ? crypto::x25519(ephemeral, recipient.publicKey()) : std::nullopt;
        if (!shared)
            continue; // practically unreachable; a fresh scalar fixes it
        shareOut = *share;
        const SecureBuffer wrapKey = crypto::hkdfSha256(*shared, QByteArray(*share + recipient.publicKey()), kX25519Info);
        return crypto::chachaSeal(wrapKey, QByteArray(12, '\0'), fileKey.byteView());
    }
}

} // namespace

QByteArray AgeEncryption::serializeHeaderWithoutMac(const QList<Header::Stanza>& stanzas)
{
    QByteArray out = kVersionLine.toByteArray();
    for (const Header::Stanza& s : stanzas) {
        out += "->";
        for (const QByteArray& arg : s.arguments)
            out += ' ' + arg;
        out += '\n';
        const QByteArray body = crypto::base64Encode(s.body, false);
        qsizetype i = 0;
        for (; i + 64 <= body.size(); i += 64)
            out += body.mid(i, 64) + '\n';
        out += body.mid(i) + '\n';
    }
    out += "---";
    return out;
}

QByteArray AgeEncryption::encrypt(const SecureBuffer& plaintext, const QList<AgeRecipient>& recipients)
{
    const SecureBuffer fileKey = crypto::randomSecret(16);
    QList<Header::Stanza> stanzas;
    for (const AgeRecipient& r : recipients) {
        QByteArray share;
        const QByteArray body = wrapBody(r, fileKey, share);
        stanzas.append({{"X25519", crypto::base64Encode(share, false)}, body});
    }
    QByteArray out = serializeHeaderWithoutMac(stanzas);
    const SecureBuffer hmacKey = crypto::hkdfSha256(fileKey, {}, "header");
    out += ' ' + crypto::base64Encode(crypto::hmacSha256(hmacKey, out), false) + '\n';

    const QByteArray nonce = crypto::randomBytes(16);
    out += nonce;
    const SecureBuffer payloadKey = crypto::hkdfSha256(fileKey, nonce, "payload");
    const auto total = qsizetype(plaintext.size());
    quint64 counter = 0;
    qsizetype offset = 0;
    do {
        const qsizetype len = std::min(kChunkSize, total - offset);
        const bool last = offset + len >= total;
        out += crypto::chachaSeal(payloadKey, streamNonce(counter, last), plaintext.byteView().sliced(offset, len));
        offset += len;
        ++counter;
    } while (offset < total);
    return out;
}

QByteArray AgeEncryption::encryptArmored(const SecureBuffer& plaintext, const QList<AgeRecipient>& recipients)
{
    return AgeArmor::armor(encrypt(plaintext, recipients));
}

Result<AgeEncryption::Header> AgeEncryption::parseHeader(QByteArrayView file)
{
    Header header;
    if (!file.startsWith(kVersionLine)) {
        if (file.startsWith("age-encryption.org/"))
            return ageError(kHeaderCode, "age header: unsupported version line");
        return ageError(kHeaderCode, "age header: not an age file (missing \"age-encryption.org/v1\")");
    }
    qsizetype pos = kVersionLine.size();
    auto readLine = [&](QByteArrayView& line) {
        const qsizetype nl = file.indexOf('\n', pos);
        if (nl < 0)
            return false;
        line = file.sliced(pos, nl - pos);
        pos = nl + 1;
        return true;
    };
    for (;;) {
        const qsizetype lineStart = pos;
        QByteArrayView line;
        if (!readLine(line))
            return ageError(kHeaderCode, "age header: truncated before the MAC line");
        if (line.startsWith("---")) {
            if (!line.startsWith("--- "))
                return ageError(kHeaderCode, "age header: MAC line is not \"--- <mac>\"");
            const auto mac = crypto::base64Decode(line.sliced(4), false);
            if (!mac || mac->size() != 32 || line.size() != 4 + 43)
                return ageError(kHeaderCode, "age header: MAC is not canonical base64 of 32 bytes");
            header.mac = *mac;
            header.macInput = file.sliced(0, lineStart + 3).toByteArray();
            header.payloadOffset = pos;
            return header;
        }
        if (!line.startsWith("->"))
            return ageError(kHeaderCode, "age header: unexpected line (expected a stanza or the MAC)");
        if (!line.startsWith("-> "))
            return ageError(kHeaderCode, "age header: stanza without arguments");
        Header::Stanza stanza;
        for (const QByteArray& arg : line.sliced(3).toByteArray().split(' ')) {
            if (arg.isEmpty())
                return ageError(kHeaderCode, "age header: empty stanza argument");
            for (char c : arg)
                if (!isVchar(c))
                    return ageError(kHeaderCode, "age header: invalid character in a stanza argument");
            stanza.arguments.append(arg);
        }
        for (;;) {
            QByteArrayView bodyLine;
            if (!readLine(bodyLine))
                return ageError(kHeaderCode, "age header: truncated stanza body");
            if (bodyLine.size() > 64)
                return ageError(kHeaderCode, "age header: stanza body line longer than 64 columns");
            const auto decoded = crypto::base64Decode(bodyLine, false);
            if (!decoded)
                return ageError(kHeaderCode, "age header: stanza body is not canonical unpadded base64");
            stanza.body += *decoded;
            if (bodyLine.size() < 64)
                break;
        }
        header.stanzas.append(stanza);
    }
}

Result<SecureBuffer> AgeEncryption::decrypt(QByteArrayView input, const QList<AgeIdentity>& identities)
{
    if (input.size() > kMaxInputSize)
        return makeError(QCoreApplication::translate("AgeEncryption", "age file larger than %1 bytes")
                             .arg(kMaxInputSize),
                         {}, QStringLiteral("limit.size"));
    QByteArray dearmored;
    QByteArrayView file = input;
    if (AgeArmor::looksArmored(input)) {
        auto d = AgeArmor::dearmor(input);
        if (!d)
            return std::unexpected(d.error());
        dearmored = std::move(*d);
        file = dearmored;
    }
    auto header = parseHeader(file);
    if (!header)
        return std::unexpected(header.error());

    // Validate every X25519 stanza first: malformed stanzas are errors whichever identity is tried.
    for (const Header::Stanza& s : header->stanzas) {
        if (s.arguments.first() != "X25519")
            continue;
        if (s.arguments.size() != 2)
            return ageError(kHeaderCode, "age header: X25519 stanza must have exactly one argument");
        const auto share = crypto::base64Decode(s.arguments[1], false);
        if (!share || share->size() != 32)
            return ageError(kHeaderCode, "age header: X25519 share is not canonical base64 of 32 bytes");
        if (s.body.size() != 32)
            return ageError(kHeaderCode, "age header: X25519 stanza body is not 32 bytes");
    }
    std::optional<SecureBuffer> fileKey;
    for (const AgeIdentity& id : identities) {
        for (const Header::Stanza& s : header->stanzas) {
            if (s.arguments.first() != "X25519")
                continue;
            const QByteArray share = *crypto::base64Decode(s.arguments[1], false);
            const auto shared = crypto::x25519(id.scalar(), share);
            if (!shared)
                return ageError(kHeaderCode, "age header: X25519 share has low order (all-zero shared secret)");
            const SecureBuffer wrapKey =
                crypto::hkdfSha256(*shared, QByteArray(share + id.recipient().publicKey()), kX25519Info);
            fileKey = crypto::chachaOpen(wrapKey, QByteArray(12, '\0'), s.body);
            if (fileKey)
                break;
        }
        if (fileKey)
            break;
    }
    if (!fileKey)
        return ageError(QStringLiteral("age.no-identity"), "age: no identity matched any of the file's recipients");
    if (fileKey->size() != 16)
        return ageError(kHeaderCode, "age header: unwrapped file key is not 16 bytes");

    const SecureBuffer hmacKey = crypto::hkdfSha256(*fileKey, {}, "header");
    const QByteArray mac = crypto::hmacSha256(hmacKey, header->macInput);
    if (mac.size() != header->mac.size() || CRYPTO_memcmp(mac.constData(), header->mac.constData(), 32) != 0)
        return ageError(QStringLiteral("age.mac"), "age header: MAC mismatch (the header was modified)");

    const QByteArrayView payload = file.sliced(header->payloadOffset);
    if (payload.size() < 16)
        return ageError(QStringLiteral("age.payload"), "age payload: missing or short nonce");
    const SecureBuffer payloadKey = crypto::hkdfSha256(*fileKey, payload.first(16), "payload");
    QByteArrayView rest = payload.sliced(16);
    if (rest.isEmpty())
        return ageError(QStringLiteral("age.payload"), "age payload: no chunks (missing final chunk)");
    SecureBuffer plaintext;
    quint64 counter = 0;
    for (;;) {
        const qsizetype pieceLen = std::min(kChunkSize + kTagSize, rest.size());
        const QByteArrayView piece = rest.first(pieceLen);
        if (pieceLen < kTagSize)
            return ageError(QStringLiteral("age.payload"), "age payload: truncated chunk (shorter than its tag)");
        bool last = pieceLen < kChunkSize + kTagSize;
        std::optional<SecureBuffer> chunk;
        if (!last) {
            chunk = crypto::chachaOpen(payloadKey, streamNonce(counter, false), piece);
            if (!chunk) {
                chunk = crypto::chachaOpen(payloadKey, streamNonce(counter, true), piece);
                last = true;
            }
        } else {
            chunk = crypto::chachaOpen(payloadKey, streamNonce(counter, true), piece);
        }
        if (!chunk)
            return ageError(QStringLiteral("age.payload"), "age payload: chunk authentication failed");
        if (last && chunk->isEmpty() && counter > 0)
            return ageError(QStringLiteral("age.payload"), "age payload: empty final chunk after data");
        plaintext.append(*chunk);
        rest = rest.sliced(pieceLen);
        ++counter;
        if (last) {
            if (!rest.isEmpty())
                return ageError(QStringLiteral("age.payload"), "age payload: trailing data after the final chunk");
            break;
        }
        if (rest.isEmpty())
            return ageError(QStringLiteral("age.payload"), "age payload: truncated (no final chunk)");
    }
    return plaintext;
}

} // namespace fleetdesk
