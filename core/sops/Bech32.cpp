#include "Bech32.h"

#include <QCoreApplication>

#include <vector>

namespace fleetdesk {

namespace {

using WipedBytes = std::vector<std::uint8_t, WipingAllocator<std::uint8_t>>;

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

std::uint32_t polymod(const WipedBytes& values)
{
    static constexpr std::uint32_t gen[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    std::uint32_t chk = 1;
    for (std::uint8_t v : values) {
        const std::uint32_t b = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((b >> i) & 1)
                chk ^= gen[i];
    }
    return chk;
}

WipedBytes hrpExpand(const QByteArray& hrp)
{
    WipedBytes out;
    for (char c : hrp)
        out.push_back(std::uint8_t(c) >> 5);
    out.push_back(0);
    for (char c : hrp)
        out.push_back(std::uint8_t(c) & 31);
    return out;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Bech32", text);
}

} // namespace

SecureBuffer Bech32::encode(std::string_view hrp, const SecureBuffer& data)
{
    const QByteArray lowerHrp = QByteArray(hrp.data(), qsizetype(hrp.size())).toLower();
    WipedBytes values;
    unsigned acc = 0;
    int bits = 0;
    for (std::size_t i = 0; i < data.size(); ++i) {
        acc = (acc << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            values.push_back(std::uint8_t((acc >> bits) & 31));
        }
    }
    if (bits > 0)
        values.push_back(std::uint8_t((acc << (5 - bits)) & 31));
    WipedBytes check = hrpExpand(lowerHrp);
    check.insert(check.end(), values.begin(), values.end());
    check.insert(check.end(), 6, 0);
    const std::uint32_t mod = polymod(check) ^ 1;
    SecureBuffer out;
    out.append(lowerHrp);
    out.append('1');
    for (std::uint8_t v : values)
        out.append(kCharset[v]);
    for (int i = 0; i < 6; ++i)
        out.append(kCharset[(mod >> (5 * (5 - i))) & 31]);
    return out;
}

Result<Bech32::Decoded> Bech32::decode(std::string_view text)
{
    bool hasLower = false;
    bool hasUpper = false;
    SecureBuffer lower;
    for (char c : text) {
        if (c < 33 || c > 126)
            return makeError(tr("bech32: invalid character"), {}, QStringLiteral("age.bech32"));
        hasLower |= (c >= 'a' && c <= 'z');
        hasUpper |= (c >= 'A' && c <= 'Z');
        lower.append(char((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c));
    }
    if (hasLower && hasUpper)
        return makeError(tr("bech32: mixed case"), {}, QStringLiteral("age.bech32"));
    const std::size_t pos = lower.view().rfind('1');
    if (pos == std::string_view::npos || pos < 1 || pos + 7 > lower.size())
        return makeError(tr("bech32: separator '1' at an invalid position"), {}, QStringLiteral("age.bech32"));
    const QByteArray hrp(lower.chars(), qsizetype(pos));
    WipedBytes values;
    for (std::size_t i = pos + 1; i < lower.size(); ++i) {
        const char* p = std::char_traits<char>::find(kCharset, 32, char(lower[i]));
        if (!p)
            return makeError(tr("bech32: invalid data character"), {}, QStringLiteral("age.bech32"));
        values.push_back(std::uint8_t(p - kCharset));
    }
    WipedBytes check = hrpExpand(hrp);
    check.insert(check.end(), values.begin(), values.end());
    if (polymod(check) != 1)
        return makeError(tr("bech32: checksum mismatch"), {}, QStringLiteral("age.bech32"));
    values.resize(values.size() - 6);
    Decoded out;
    out.hrp = QByteArray(text.data(), qsizetype(pos));
    unsigned acc = 0;
    int bits = 0;
    for (std::uint8_t v : values) {
        acc = (acc << 5) | v;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.data.append(char((acc >> bits) & 0xff));
        }
    }
    if (bits >= 5 || (acc & ((1u << bits) - 1)) != 0)
        return makeError(tr("bech32: non-zero or excess padding bits"), {}, QStringLiteral("age.bech32"));
    return out;
}

} // namespace fleetdesk
