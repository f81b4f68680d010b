#include "Crypto.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <QtGlobal>

#include <memory>

namespace fleetdesk::crypto {

namespace {

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;
struct PkeyFree
{
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* k) const { EVP_PKEY_CTX_free(k); }
};
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

const unsigned char* u(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}
unsigned char* u(QByteArray& v)
{
    return reinterpret_cast<unsigned char*>(v.data());
}

[[noreturn]] void fail(const char* what)
{
    // OpenSSL failing on valid parameters means the library is broken; there is no recovery in any caller.
    qFatal("OpenSSL failure: %s", what);
}

} // namespace

SecureBuffer randomSecret(std::size_t size)
{
    SecureBuffer out(size);
    if (size && RAND_priv_bytes(out.data(), int(size)) != 1)
        fail("RAND_priv_bytes failed");
    return out;
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (size && RAND_bytes(u(out), int(size)) != 1)
        fail("RAND_bytes failed");
    return out;
}

SecureBuffer hkdfSha256(const SecureBuffer& ikm, QByteArrayView salt, std::string_view info, std::size_t length)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    if (!kdf)
        fail("HKDF unavailable");
    EVP_KDF_CTX* ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx)
        fail("HKDF context");
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    int n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t*>(ikm.data()),
                                                    ikm.size());
    if (!salt.isEmpty())
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.data()),
                                                        std::size_t(salt.size()));
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()), info.size());
    params[n] = OSSL_PARAM_construct_end();
    SecureBuffer out(length);
    const int ok = EVP_KDF_derive(ctx, out.data(), length, params);
    EVP_KDF_CTX_free(ctx);
    if (ok != 1)
        fail("HKDF derive");
    return out;
}

QByteArray hmacSha256(const SecureBuffer& key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 32;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), u(data), std::size_t(data.size()), u(out), &len))
        fail("HMAC");
    return out;
}

static QByteArray digest(const EVP_MD* md, QByteArrayView data)
{
    QByteArray out(EVP_MD_get_size(md), Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), u(out), &len, md, nullptr) != 1)
        fail("digest");
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    return digest(EVP_sha256(), data);
}

QByteArray sha512(QByteArrayView data)
{
    return digest(EVP_sha512(), data);
}

QByteArray chachaSeal(const SecureBuffer& key, QByteArrayView nonce12, QByteArrayView plaintext)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plaintext.size() + 16, Qt::Uninitialized);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, key.data(), u(nonce12)) != 1
        || EVP_EncryptUpdate(ctx.get(), u(out), &len, u(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), u(out) + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, 16, u(out) + plaintext.size()) != 1)
        fail("ChaCha20-Poly1305 seal");
    return out;
}

std::optional<SecureBuffer> chachaOpen(const SecureBuffer& key, QByteArrayView nonce12, QByteArrayView sealed)
{
    if (sealed.size() < 16 || nonce12.size() != 12 || key.size() != 32)
        return std::nullopt;
    const qsizetype ctLen = sealed.size() - 16;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    SecureBuffer out(std::size_t(ctLen) + 1);
    int len = 0;
    int fin = 0;
    QByteArray tag = sealed.sliced(ctLen).toByteArray();
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, key.data(), u(nonce12)) != 1
        || EVP_DecryptUpdate(ctx.get(), out.data(), &len, u(sealed), int(ctLen)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, 16, tag.data()) != 1)
        return std::nullopt;
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &fin) != 1)
        return std::nullopt;
    out.resize(std::size_t(ctLen));
    return out;
}

GcmSealed aesGcmSeal(const SecureBuffer& key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext)
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    GcmSealed r;
    r.ciphertext = QByteArray(plaintext.size() + 16, Qt::Uninitialized);
    r.tag = QByteArray(16, Qt::Uninitialized);
    int len = 0;
    int fin = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), u(iv)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), u(r.ciphertext), &len, u(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), u(r.ciphertext) + len, &fin) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, u(r.tag)) != 1)
        fail("AES-GCM seal");
    r.ciphertext.truncate(len + fin);
    return r;
}

std::optional<SecureBuffer> aesGcmOpen(const SecureBuffer& key, QByteArrayView iv, QByteArrayView aad,
                                       QByteArrayView ciphertext, QByteArrayView tag)
{
    if (key.size() != 32 || iv.isEmpty() || tag.size() != 16)
        return std::nullopt;
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    SecureBuffer out(std::size_t(ciphertext.size()) + 16);
    int len = 0;
    int fin = 0;
    QByteArray tagCopy = tag.toByteArray();
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), u(iv)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(aad), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), out.data(), &len, u(ciphertext), int(ciphertext.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tagCopy.data()) != 1)
        return std::nullopt;
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &fin) != 1)
        return std::nullopt;
    out.resize(std::size_t(len + fin));
    return out;
}

std::optional<QByteArray> x25519PublicKey(const SecureBuffer& scalar)
{
    if (scalar.size() != 32)
        return std::nullopt;
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, scalar.data(), 32));
    if (!key)
        return std::nullopt;
    QByteArray out(32, Qt::Uninitialized);
    std::size_t len = 32;
    if (EVP_PKEY_get_raw_public_key(key.get(), u(out), &len) != 1 || len != 32)
        return std::nullopt;
    return out;
}

std::optional<SecureBuffer> x25519(const SecureBuffer& scalar, QByteArrayView peerPublic)
{
    if (scalar.size() != 32 || peerPublic.size() != 32)
        return std::nullopt;
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, scalar.data(), 32));
    Pkey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, u(peerPublic), 32));
    if (!key || !peer)
        return std::nullopt;
    PkeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    SecureBuffer out(32);
    std::size_t len = 32;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1
        || EVP_PKEY_derive(ctx.get(), out.data(), &len) != 1 || len != 32)
        return std::nullopt;
    // OpenSSL already refuses an all-zero result; check again so the rule does not depend on the library version.
    unsigned char acc = 0;
    for (std::size_t i = 0; i < 32; ++i)
        acc |= out[i];
    if (acc == 0)
        return std::nullopt;
    return out;
}

static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

QByteArray base64Encode(QByteArrayView data, bool padded)
{
    QByteArray out;
    out.reserve((data.size() + 2) / 3 * 4);
    const auto* p = u(data);
    qsizetype i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        const unsigned v = unsigned(p[i]) << 16 | unsigned(p[i + 1]) << 8 | p[i + 2];
        out.append(kAlphabet[v >> 18 & 63]).append(kAlphabet[v >> 12 & 63]).append(kAlphabet[v >> 6 & 63]).append(
            kAlphabet[v & 63]);
    }
    const qsizetype rest = data.size() - i;
    if (rest == 1) {
        const unsigned v = unsigned(p[i]) << 16;
        out.append(kAlphabet[v >> 18 & 63]).append(kAlphabet[v >> 12 & 63]);
        if (padded)
            out.append("==");
    } else if (rest == 2) {
        const unsigned v = unsigned(p[i]) << 16 | unsigned(p[i + 1]) << 8;
        out.append(kAlphabet[v >> 18 & 63]).append(kAlphabet[v >> 12 & 63]).append(kAlphabet[v >> 6 & 63]);
        if (padded)
            out.append('=');
    }
    return out;
}

static int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

std::optional<QByteArray> base64Decode(QByteArrayView text, bool padded)
{
    qsizetype len = text.size();
    if (padded) {
        if (len % 4 != 0)
            return std::nullopt;
        int pads = 0;
        while (pads < 2 && len > 0 && text[len - 1] == '=') {
            --len;
            ++pads;
        }
    }
    if (len % 4 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(len * 3 / 4);
    unsigned acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < len; ++i) {
        const int s = sextet(text[i]);
        if (s < 0)
            return std::nullopt;
        acc = (acc << 6) | unsigned(s);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xff));
        }
    }
    // Canonical: the leftover bits must be zero.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace fleetdesk::crypto
