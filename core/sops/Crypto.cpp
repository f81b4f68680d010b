#include "Crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <QtGlobal>

#include <array>
#include <cerrno>
#include <cstring>
#include <memory>

#if defined(Q_OS_LINUX)
#include <sys/random.h>
#endif

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

namespace {

/// Random bytes from the operating system's CSPRNG (getrandom(2) on Linux, as Go's crypto/rand and so sops use),
/// else from OpenSSL's. On Linux this spares every process the set-up of OpenSSL's DRBG, which costs more than
/// all the IVs of a 1,000-value file.
void fillRandom(void* data, std::size_t size, bool secret)
{
#if defined(Q_OS_LINUX)
    Q_UNUSED(secret);
    auto* p = static_cast<unsigned char*>(data);
    while (size > 0) {
        const ssize_t got = getrandom(p, size, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            fail("getrandom failed");
        }
        p += got;
        size -= std::size_t(got);
    }
#else
    auto* p = static_cast<unsigned char*>(data);
    if (size && (secret ? RAND_priv_bytes(p, int(size)) : RAND_bytes(p, int(size))) != 1)
        fail("RAND_bytes failed");
#endif
}

} // namespace

void leaveCleanupToProcessExit()
{
    // No clean-up at exit; no texts of OpenSSL's error codes, which Fleetdesk never prints (it reports failures in
    // its own words) and which are a good part of OpenSSL's start-up; and no legacy tables of every cipher and
    // digest by name, which OpenSSL 3 would otherwise copy into its name map on the first fetch: Fleetdesk names no
    // algorithm by string but AES-256-GCM, which it fetches from the provider.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT | OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS | OPENSSL_INIT_NO_ADD_ALL_CIPHERS
                            | OPENSSL_INIT_NO_ADD_ALL_DIGESTS,
                        nullptr);
}

SecureBuffer randomSecret(std::size_t size)
{
    SecureBuffer out(size);
    fillRandom(out.data(), size, true);
    return out;
}

QByteArray randomBytes(std::size_t size)
{
    // Public randomness (IVs, nonces) comes from a per-thread pool refilled 4 KiB at a time: a file's thousand IVs
    // then cost a few system calls instead of a thousand. Bytes are handed out once and wiped from the pool.
    struct Pool
    {
        std::array<unsigned char, 4096> bytes;
        std::size_t used = 4096;
    };
    thread_local Pool pool;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (size > pool.bytes.size() / 4) {
        fillRandom(out.data(), size, false);
        return out;
    }
    if (pool.bytes.size() - pool.used < size) {
        fillRandom(pool.bytes.data(), pool.bytes.size(), false);
        pool.used = 0;
    }
    std::memcpy(out.data(), pool.bytes.data() + pool.used, size);
    OPENSSL_cleanse(pool.bytes.data() + pool.used, size);
    pool.used += size;
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

namespace {

/// AES-256-GCM, fetched from the default provider once: EVP_aes_256_gcm() is looked up again on every init.
const EVP_CIPHER* aes256Gcm()
{
    static const EVP_CIPHER* const cipher = [] {
        EVP_CIPHER* fetched = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
        if (!fetched)
            fail("AES-256-GCM unavailable");
        return fetched;
    }();
    return cipher;
}

} // namespace

struct AesGcm::Context
{
    CipherCtx ctx;
    qsizetype ivLength = 0; // the IV length set last; setting it again costs a parameter lookup per value

    bool setIvLength(qsizetype length)
    {
        if (length == ivLength)
            return true;
        if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(length), nullptr) != 1)
            return false;
        ivLength = length;
        return true;
    }
};

AesGcm::AesGcm(const SecureBuffer& key) : m_key(key) {}

AesGcm::~AesGcm()
{
    delete m_encrypt; // EVP_CIPHER_CTX_free cleanses the key schedule
    delete m_decrypt;
}

AesGcm::Context* AesGcm::context(bool encrypt)
{
    Context*& slot = encrypt ? m_encrypt : m_decrypt;
    if (!slot) {
        auto created = std::make_unique<Context>();
        created->ctx.reset(EVP_CIPHER_CTX_new());
        if (!created->ctx || EVP_CipherInit_ex(created->ctx.get(), aes256Gcm(), nullptr, m_key.data(), nullptr,
                                               encrypt ? 1 : 0) != 1)
            fail("AES-GCM context");
        slot = created.release();
    }
    return slot;
}

GcmSealed AesGcm::seal(QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext)
{
    if (m_key.size() != 32)
        fail("AES-256-GCM key is not 32 bytes");
    Context* context = this->context(true);
    EVP_CIPHER_CTX* ctx = context->ctx.get();
    GcmSealed r;
    r.ciphertext = QByteArray(plaintext.size() + 16, Qt::Uninitialized);
    r.tag = QByteArray(16, Qt::Uninitialized);
    int len = 0;
    int fin = 0;
    // The key stays set up; only the IV (and its length) changes.
    if (!context->setIvLength(iv.size()) || EVP_EncryptInit_ex(ctx, nullptr, nullptr, nullptr, u(iv)) != 1
        || EVP_EncryptUpdate(ctx, nullptr, &len, u(aad), int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx, u(r.ciphertext), &len, u(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx, u(r.ciphertext) + len, &fin) != 1
        || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, u(r.tag)) != 1)
        fail("AES-GCM seal");
    r.ciphertext.truncate(len + fin);
    return r;
}

std::optional<SecureBuffer> AesGcm::open(QByteArrayView iv, QByteArrayView aad, QByteArrayView ciphertext,
                                         QByteArrayView tag)
{
    if (m_key.size() != 32 || iv.isEmpty() || tag.size() != 16)
        return std::nullopt;
    Context* context = this->context(false);
    EVP_CIPHER_CTX* ctx = context->ctx.get();
    SecureBuffer out(std::size_t(ciphertext.size()) + 16);
    int len = 0;
    int fin = 0;
    unsigned char tagCopy[16];
    std::memcpy(tagCopy, tag.data(), 16);
    if (!context->setIvLength(iv.size()) || EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, u(iv)) != 1
        || EVP_DecryptUpdate(ctx, nullptr, &len, u(aad), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx, out.data(), &len, u(ciphertext), int(ciphertext.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tagCopy) != 1)
        return std::nullopt;
    if (EVP_DecryptFinal_ex(ctx, out.data() + len, &fin) != 1)
        return std::nullopt;
    out.resize(std::size_t(len + fin));
    return out;
}

GcmSealed aesGcmSeal(const SecureBuffer& key, QByteArrayView iv, QByteArrayView aad, QByteArrayView plaintext)
{
    return AesGcm(key).seal(iv, aad, plaintext);
}

std::optional<SecureBuffer> aesGcmOpen(const SecureBuffer& key, QByteArrayView iv, QByteArrayView aad,
                                       QByteArrayView ciphertext, QByteArrayView tag)
{
    return AesGcm(key).open(iv, aad, ciphertext, tag);
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
    base64Append(out, data, padded);
    return out;
}

void base64Append(QByteArray& out, QByteArrayView data, bool padded)
{
    const qsizetype start = out.size();
    const qsizetype full = data.size() / 3;
    const qsizetype rest = data.size() - full * 3;
    const qsizetype length = full * 4 + (rest == 0 ? 0 : padded ? 4 : rest + 1);
    out.resize(start + length);
    char* o = out.data() + start;
    const auto* p = u(data);
    for (qsizetype i = 0; i < full * 3; i += 3) {
        const unsigned v = unsigned(p[i]) << 16 | unsigned(p[i + 1]) << 8 | p[i + 2];
        *o++ = kAlphabet[v >> 18 & 63];
        *o++ = kAlphabet[v >> 12 & 63];
        *o++ = kAlphabet[v >> 6 & 63];
        *o++ = kAlphabet[v & 63];
    }
    const qsizetype i = full * 3;
    if (rest == 1) {
        const unsigned v = unsigned(p[i]) << 16;
        *o++ = kAlphabet[v >> 18 & 63];
        *o++ = kAlphabet[v >> 12 & 63];
        if (padded) {
            *o++ = '=';
            *o++ = '=';
        }
    } else if (rest == 2) {
        const unsigned v = unsigned(p[i]) << 16 | unsigned(p[i + 1]) << 8;
        *o++ = kAlphabet[v >> 18 & 63];
        *o++ = kAlphabet[v >> 12 & 63];
        *o++ = kAlphabet[v >> 6 & 63];
        if (padded)
            *o++ = '=';
    }
}

namespace {

/// The value of each base64 character, -1 for the others.
constexpr std::array<signed char, 256> kSextets = [] {
    std::array<signed char, 256> table{};
    table.fill(-1);
    for (int i = 0; i < 64; ++i)
        table[std::size_t(static_cast<unsigned char>(kAlphabet[i]))] = static_cast<signed char>(i);
    return table;
}();

} // namespace

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
    QByteArray out(len * 3 / 4, Qt::Uninitialized);
    char* o = out.data();
    const auto* in = u(text);
    unsigned acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < len; ++i) {
        const int s = kSextets[in[i]];
        if (s < 0)
            return std::nullopt;
        acc = (acc << 6) | unsigned(s);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = char((acc >> bits) & 0xff);
        }
    }
    // Canonical: the leftover bits must be zero.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

} // namespace fleetdesk::crypto
