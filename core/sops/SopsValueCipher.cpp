#include "SopsValueCipher.h"

#include "Crypto.h"
#include "SopsScalar.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>
#include <string_view>

namespace fleetdesk {

namespace {

using K = SopsNode::Kind;

QByteArray stashKey(const QString& aad, const SopsNode& plain)
{
    QByteArray material = aad.toUtf8();
    material.append('\0');
    material.append(SopsValueCipher::typeName(plain.kind));
    material.append('\0');
    SecureBuffer buf = SecureBuffer::fromView(material);
    buf.append(plain.text);
    return crypto::sha256(buf.byteView());
}

std::unexpected<Error> valueError(const QString& where, const QString& what)
{
    return makeError(QCoreApplication::translate("SopsValueCipher", "%1: %2").arg(where, what), {},
                     QStringLiteral("sops.value"));
}

/// ENC[AES256_GCM,data:…,iv:…,tag:…,type:…], written in one buffer.
QByteArray sealed(const SopsNode& plain, crypto::AesGcm& cipher, const QString& aad, const QByteArray& iv)
{
    if (plain.text.isEmpty() && (plain.kind == K::String || plain.kind == K::Comment))
        return {};
    const crypto::GcmSealed box = cipher.seal(iv, aad.toUtf8(), plain.text.byteView());
    const char* type = SopsValueCipher::typeName(plain.kind);
    QByteArray out;
    out.reserve(48 + (box.ciphertext.size() + iv.size() + 16 + 4) * 4 / 3 + qsizetype(std::strlen(type)));
    out.append("ENC[AES256_GCM,data:");
    crypto::base64Append(out, box.ciphertext, true);
    out.append(",iv:");
    crypto::base64Append(out, iv, true);
    out.append(",tag:");
    crypto::base64Append(out, box.tag, true);
    out.append(",type:").append(type).append(']');
    return out;
}

} // namespace

void SopsIvStash::remember(const QString& aad, const SopsNode& plain, const QByteArray& iv)
{
    m_ivs[stashKey(aad, plain)] = iv;
}

QByteArray SopsIvStash::find(const QString& aad, const SopsNode& plain) const
{
    const auto it = m_ivs.find(stashKey(aad, plain));
    return it == m_ivs.end() ? QByteArray() : it->second;
}

const char* SopsValueCipher::typeName(SopsNode::Kind kind)
{
    switch (kind) {
    case K::Int: return "int";
    case K::Float: return "float";
    case K::Bool: return "bool";
    case K::Time: return "time";
    case K::Comment: return "comment";
    default: return "str";
    }
}

QByteArray SopsValueCipher::encrypt(const SopsNode& plain, const SecureBuffer& key, const QString& aad,
                                    const SopsIvStash* stash)
{
    crypto::AesGcm cipher(key);
    return encrypt(plain, cipher, aad, stash);
}

QByteArray SopsValueCipher::encrypt(const SopsNode& plain, crypto::AesGcm& cipher, const QString& aad,
                                    const SopsIvStash* stash)
{
    QByteArray iv = stash ? stash->find(aad, plain) : QByteArray();
    if (iv.isEmpty())
        iv = crypto::randomBytes(32);
    return sealed(plain, cipher, aad, iv);
}

QByteArray SopsValueCipher::encryptWithIv(const SopsNode& plain, const SecureBuffer& key, const QString& aad,
                                          const QByteArray& iv)
{
    crypto::AesGcm cipher(key);
    return sealed(plain, cipher, aad, iv);
}

Result<SopsNode> SopsValueCipher::decrypt(QByteArrayView enc, const SecureBuffer& key, const QString& aad,
                                          const QString& where, QByteArray* ivOut)
{
    crypto::AesGcm cipher(key);
    return decrypt(enc, cipher, aad, where, ivOut);
}

Result<SopsNode> SopsValueCipher::decrypt(QByteArrayView enc, crypto::AesGcm& cipher, const QString& aad,
                                          const QString& where, QByteArray* ivOut)
{
    if (enc.isEmpty())
        return SopsNode::string("");
    constexpr QByteArrayView prefix = "ENC[AES256_GCM,data:";
    if (!enc.startsWith(prefix))
        return valueError(where, QCoreApplication::translate("SopsValueCipher",
                                                             "value is not encrypted (expected ENC[AES256_GCM,…])"));
    // Same as sops's greedy regex ^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]
    // (std::string_view's rfind: these fields lie near the end, where its backward search starts.)
    const std::string_view encText(enc.data(), std::size_t(enc.size()));
    const auto last = [&encText](std::string_view needle, qsizetype before) -> qsizetype {
        if (before < 0)
            return -1;
        const std::size_t at = encText.substr(0, std::size_t(before)).rfind(needle);
        return at == std::string_view::npos ? -1 : qsizetype(at);
    };
    const qsizetype close = last("]", enc.size());
    const qsizetype typePos = last(",type:", close);
    const qsizetype tagPos = last(",tag:", typePos);
    const qsizetype ivPos = last(",iv:", tagPos);
    if (ivPos < prefix.size() + 1 || tagPos < ivPos + 5 || typePos < tagPos + 6 || close < typePos + 7)
        return valueError(where, QCoreApplication::translate("SopsValueCipher",
                                                             "malformed ENC[] value (missing data, iv, tag or type)"));
    const QByteArrayView data = enc.sliced(prefix.size(), ivPos - prefix.size());
    const QByteArrayView iv = enc.sliced(ivPos + 4, tagPos - ivPos - 4);
    const QByteArrayView tag = enc.sliced(tagPos + 5, typePos - tagPos - 5);
    const QByteArrayView type = enc.sliced(typePos + 6, close - typePos - 6);
    const auto dataBytes = crypto::base64Decode(data, true);
    const auto ivBytes = crypto::base64Decode(iv, true);
    const auto tagBytes = crypto::base64Decode(tag, true);
    if (!dataBytes)
        return valueError(where, QCoreApplication::translate("SopsValueCipher", "data of ENC[] is not valid base64"));
    if (!ivBytes || ivBytes->isEmpty())
        return valueError(where, QCoreApplication::translate("SopsValueCipher", "iv of ENC[] is not valid base64"));
    if (!tagBytes || tagBytes->size() != 16)
        return valueError(where, QCoreApplication::translate("SopsValueCipher",
                                                             "tag of ENC[] is not 16 bytes of valid base64"));
    K kind;
    if (type == "str" || type == "bytes")
        kind = K::String;
    else if (type == "int")
        kind = K::Int;
    else if (type == "float")
        kind = K::Float;
    else if (type == "bool")
        kind = K::Bool;
    else if (type == "time")
        kind = K::Time;
    else if (type == "comment")
        kind = K::Comment;
    else
        return valueError(where, QCoreApplication::translate("SopsValueCipher", "unknown ENC[] type \"%1\"")
                                     .arg(QString::fromUtf8(type)));
    auto plain = cipher.open(*ivBytes, aad.toUtf8(), *dataBytes, *tagBytes);
    if (!plain)
        return valueError(where,
                          QCoreApplication::translate("SopsValueCipher",
                                                      "authentication failed (wrong data key, a tampered value, or a "
                                                      "value moved from another key: its path is \"%1\")")
                              .arg(aad));
    if (ivOut)
        *ivOut = *ivBytes;
    const std::string_view text = plain->view();
    switch (kind) {
    case K::Int: {
        // strconv.Atoi: optional sign, decimal digits.
        std::string_view digits = text;
        const bool negative = !digits.empty() && digits[0] == '-';
        if (!digits.empty() && (digits[0] == '+' || digits[0] == '-'))
            digits.remove_prefix(1);
        unsigned long long magnitude = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
        if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size()
            || magnitude > (negative ? 9223372036854775808ULL : 9223372036854775807ULL))
            return valueError(where, QCoreApplication::translate("SopsValueCipher", "decrypted int is not a number"));
        const std::string canonical = magnitude == 0 ? "0" : (negative ? "-" : "") + std::to_string(magnitude);
        return SopsNode::scalar(K::Int, SecureBuffer::fromString(canonical));
    }
    case K::Float: {
        const auto v = SopsScalar::parseFloat(text);
        if (!v)
            return valueError(where, QCoreApplication::translate("SopsValueCipher", "decrypted float is not a number"));
        return SopsNode::scalar(K::Float, SecureBuffer::fromString(SopsScalar::goFixed(*v)));
    }
    case K::Bool: {
        const auto v = SopsScalar::parseGoBool(text);
        if (!v)
            return valueError(where, QCoreApplication::translate("SopsValueCipher", "decrypted bool is not a boolean"));
        return SopsNode::scalar(K::Bool, SecureBuffer::fromString(*v ? "True" : "False"));
    }
    case K::Time: {
        const auto t = SopsScalar::canonicalTime(text);
        if (!t)
            return valueError(where, QCoreApplication::translate("SopsValueCipher", "decrypted time is not RFC 3339"));
        return SopsNode::scalar(K::Time, SecureBuffer::fromString(*t));
    }
    default:
        return SopsNode::scalar(kind, std::move(*plain));
    }
}

} // namespace fleetdesk
