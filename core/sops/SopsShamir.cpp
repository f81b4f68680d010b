#include "SopsShamir.h"

#include "Crypto.h"

#include <QCoreApplication>

namespace fleetdesk {

namespace {

std::uint8_t mult(std::uint8_t a, std::uint8_t b)
{
    std::uint8_t acc = 0;
    for (int i = 7; i >= 0; --i) {
        const std::uint8_t bit = (b >> i) & 1;
        const std::uint8_t aOrZero = std::uint8_t(-bit) & a;
        const std::uint8_t reduce = std::uint8_t(-(acc >> 7)) & 0x1B;
        acc = std::uint8_t(aOrZero ^ (reduce ^ std::uint8_t(acc + acc)));
    }
    return acc;
}

std::uint8_t inverse(std::uint8_t a)
{
    std::uint8_t r = 1;
    for (int i = 0; i < 254; ++i)
        r = mult(r, a);
    return r;
}

} // namespace

Result<QList<SecureBuffer>> SopsShamir::split(const SecureBuffer& secret, int parts, int threshold)
{
    if (threshold < 2 || parts < threshold || parts > 255)
        return makeError(QCoreApplication::translate("SopsShamir", "invalid Shamir parameters: %1 parts, threshold %2")
                             .arg(parts)
                             .arg(threshold),
                         {}, QStringLiteral("sops.shamir"));
    QList<SecureBuffer> shares;
    for (int p = 0; p < parts; ++p) {
        SecureBuffer s(secret.size() + 1);
        s[secret.size()] = std::uint8_t(p + 1);
        shares.append(std::move(s));
    }
    for (std::size_t i = 0; i < secret.size(); ++i) {
        SecureBuffer coeffs = crypto::randomSecret(std::size_t(threshold - 1));
        for (int p = 0; p < parts; ++p) {
            const auto x = std::uint8_t(p + 1);
            // Horner: intercept + c1 x + c2 x^2 ...
            std::uint8_t y = 0;
            for (int c = threshold - 2; c >= 0; --c)
                y = std::uint8_t(mult(y, x) ^ coeffs[std::size_t(c)]);
            y = std::uint8_t(mult(y, x) ^ secret[i]);
            shares[p][i] = y;
        }
    }
    return shares;
}

Result<SecureBuffer> SopsShamir::combine(const QList<SecureBuffer>& shares)
{
    if (shares.size() < 2)
        return makeError(QCoreApplication::translate("SopsShamir", "at least two Shamir shares are needed"), {},
                         QStringLiteral("sops.shamir"));
    const std::size_t len = shares.first().size();
    for (const SecureBuffer& s : shares)
        if (s.size() != len || len < 2)
            return makeError(QCoreApplication::translate("SopsShamir", "Shamir shares differ in length"), {},
                             QStringLiteral("sops.shamir"));
    for (qsizetype a = 0; a < shares.size(); ++a)
        for (qsizetype b = a + 1; b < shares.size(); ++b)
            if (shares[a][len - 1] == shares[b][len - 1])
                return makeError(QCoreApplication::translate("SopsShamir", "duplicate Shamir share"), {},
                                 QStringLiteral("sops.shamir"));
    SecureBuffer secret(len - 1);
    for (std::size_t i = 0; i + 1 < len; ++i) {
        std::uint8_t result = 0;
        for (qsizetype j = 0; j < shares.size(); ++j) {
            std::uint8_t basis = 1;
            const std::uint8_t xj = shares[j][len - 1];
            for (qsizetype m = 0; m < shares.size(); ++m) {
                if (m == j)
                    continue;
                const std::uint8_t xm = shares[m][len - 1];
                basis = mult(basis, mult(xm, inverse(std::uint8_t(xj ^ xm))));
            }
            result ^= mult(shares[j][i], basis);
        }
        secret[i] = result;
    }
    return secret;
}

} // namespace fleetdesk
