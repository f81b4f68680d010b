#include "SopsScalar.h"

#include <QCoreApplication>
#include <QDate>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>

namespace fleetdesk {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$
bool isYamlStyleFloat(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    } else {
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
        if (i < s.size() && s[i] == '.') {
            ++i;
            while (i < s.size() && isDigit(s[i]))
                ++i;
        }
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    return i == s.size();
}

std::optional<unsigned long long> parseDigits(std::string_view s, int base)
{
    if (s.empty())
        return std::nullopt;
    unsigned long long v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

// Go ParseUint/ParseInt with base 0 on the magnitude (no sign): 0x, 0o, 0b, leading 0 = octal.
std::optional<unsigned long long> parseMagnitude(std::string_view s)
{
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        return parseDigits(s.substr(2), 16);
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        return parseDigits(s.substr(2), 8);
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        return parseDigits(s.substr(2), 2);
    if (s.size() > 1 && s[0] == '0')
        return parseDigits(s.substr(1), 8);
    return parseDigits(s, 10);
}

std::string removeUnderscores(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        if (c != '_')
            out += c;
    return out;
}

struct Digits
{
    std::string digits; // without dot, no leading zeros
    int exp10 = 0;      // value = 0.d1d2d3... × 10^(exp10) → decimal point position "dp"
};

// Shortest round-trip digits and decimal point position (Go's digs.d / digs.dp).
Digits shortestDigits(double v)
{
    char buf[64];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
    const std::string s(buf, p);
    const std::size_t e = s.find('e');
    Digits d;
    for (std::size_t i = 0; i < e; ++i)
        if (s[i] != '.')
            d.digits += s[i];
    d.exp10 = std::stoi(s.substr(e + 1)) + 1;
    while (d.digits.size() > 1 && d.digits.back() == '0')
        d.digits.pop_back();
    return d;
}

std::string fixedFromDigits(const Digits& d, bool negative)
{
    std::string out = negative ? "-" : "";
    const int nd = int(d.digits.size());
    if (d.exp10 <= 0) {
        out += "0";
        if (nd > 0 && d.digits != "0") {
            out += '.';
            out.append(std::size_t(-d.exp10), '0');
            out += d.digits;
        }
    } else if (d.exp10 >= nd) {
        out += d.digits;
        out.append(std::size_t(d.exp10 - nd), '0');
    } else {
        out += d.digits.substr(0, std::size_t(d.exp10));
        out += '.';
        out += d.digits.substr(std::size_t(d.exp10));
    }
    return out;
}

std::string expFromDigits(const Digits& d, bool negative)
{
    std::string out = negative ? "-" : "";
    out += d.digits[0];
    if (d.digits.size() > 1) {
        out += '.';
        out += d.digits.substr(1);
    }
    int exp = d.exp10 - 1;
    if (d.digits == "0")
        exp = 0;
    out += 'e';
    out += exp < 0 ? '-' : '+';
    const int a = std::abs(exp);
    if (a < 10)
        out += '0';
    out += std::to_string(a);
    return out;
}

} // namespace

std::optional<long long> SopsScalar::parseGoInt(std::string_view text)
{
    bool negative = false;
    std::string_view s = text;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    const auto mag = parseMagnitude(s);
    if (!mag)
        return std::nullopt;
    if (negative) {
        if (*mag > static_cast<unsigned long long>(std::numeric_limits<long long>::max()) + 1ULL)
            return std::nullopt;
        return static_cast<long long>(0ULL - *mag);
    }
    if (*mag > static_cast<unsigned long long>(std::numeric_limits<long long>::max()))
        return std::nullopt;
    return static_cast<long long>(*mag);
}

std::optional<bool> SopsScalar::parseGoBool(std::string_view t)
{
    if (t == "1" || t == "t" || t == "T" || t == "TRUE" || t == "true" || t == "True")
        return true;
    if (t == "0" || t == "f" || t == "F" || t == "FALSE" || t == "false" || t == "False")
        return false;
    return std::nullopt;
}

std::optional<double> SopsScalar::parseFloat(std::string_view text)
{
    std::string s = removeUnderscores(text);
    if (s == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (s == "+Inf" || s == "Inf" || s == "inf" || s == "+inf")
        return std::numeric_limits<double>::infinity();
    if (s == "-Inf" || s == "-inf")
        return -std::numeric_limits<double>::infinity();
    std::string_view v = s;
    if (!v.empty() && v[0] == '+')
        v.remove_prefix(1);
    double d = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (p != v.data() + v.size() || v.empty())
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) {
        // Go returns ±Inf or ±0 with an error; YAML then keeps the string. Treat as not-a-float.
        return std::nullopt;
    }
    if (ec != std::errc())
        return std::nullopt;
    return d;
}

std::string SopsScalar::goFixed(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    if (v == 0)
        return std::signbit(v) ? "-0" : "0";
    return fixedFromDigits(shortestDigits(v), v < 0);
}

std::string SopsScalar::yamlFloat(double v)
{
    if (std::isnan(v))
        return ".nan";
    if (std::isinf(v))
        return v > 0 ? ".inf" : "-.inf";
    if (v == 0)
        return std::signbit(v) ? "-0" : "0";
    const Digits d = shortestDigits(v);
    const int exp = d.exp10 - 1;
    if (exp < -4 || exp >= 6)
        return expFromDigits(d, v < 0);
    return fixedFromDigits(d, v < 0);
}

std::string SopsScalar::jsonFloat(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return goFixed(v); // Go refuses these; keep them visible rather than failing
    if (v == 0)
        return std::signbit(v) ? "-0" : "0";
    const double a = std::fabs(v);
    const Digits d = shortestDigits(v);
    if (a < 1e-6 || a >= 1e21) {
        std::string s = expFromDigits(d, v < 0);
        // Go cleans e-09 to e-9 (only for negative exponents).
        const std::size_t n = s.size();
        if (n >= 4 && s[n - 4] == 'e' && s[n - 3] == '-' && s[n - 2] == '0')
            s.erase(n - 2, 1);
        return s;
    }
    return fixedFromDigits(d, v < 0);
}

std::optional<std::string> SopsScalar::canonicalTime(std::string_view s)
{
    // Quick check as in go-yaml: exactly four digits, then '-'.
    std::size_t i = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i != 4 || i == s.size() || s[i] != '-')
        return std::nullopt;
    auto num = [&](std::size_t& p, int minDigits, int maxDigits, int& out) {
        const std::size_t start = p;
        while (p < s.size() && isDigit(s[p]) && int(p - start) < maxDigits)
            ++p;
        if (int(p - start) < minDigits)
            return false;
        out = std::stoi(std::string(s.substr(start, p - start)));
        return true;
    };
    std::size_t p = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!num(p, 4, 4, year) || p >= s.size() || s[p++] != '-' || !num(p, 1, 2, month) || p >= s.size()
        || s[p++] != '-' || !num(p, 1, 2, day))
        return std::nullopt;
    if (!QDate(year, month, day).isValid())
        return std::nullopt;
    char buf[64];
    if (p == s.size()) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00Z", year, month, day);
        return std::string(buf);
    }
    const char sep = s[p++];
    const bool spaceForm = sep == ' ';
    if (sep != 'T' && sep != 't' && sep != ' ')
        return std::nullopt;
    if (!num(p, 1, 2, hour) || p >= s.size() || s[p++] != ':' || !num(p, 1, 2, minute) || p >= s.size()
        || s[p++] != ':' || !num(p, 1, 2, second))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    std::string frac;
    if (p < s.size() && s[p] == '.') {
        ++p;
        const std::size_t start = p;
        while (p < s.size() && isDigit(s[p]))
            ++p;
        if (p == start || p - start > 9)
            return std::nullopt;
        frac = std::string(s.substr(start, p - start));
        while (!frac.empty() && frac.back() == '0')
            frac.pop_back();
    }
    std::string zone;
    if (spaceForm) {
        if (p != s.size())
            return std::nullopt;
        zone = "Z";
    } else {
        if (p == s.size())
            return std::nullopt;
        if (s[p] == 'Z') {
            zone = "Z";
            ++p;
        } else if (s[p] == '+' || s[p] == '-') {
            // Go's Z07:00 requires ±hh:mm exactly.
            if (p + 6 != s.size() || !isDigit(s[p + 1]) || !isDigit(s[p + 2]) || s[p + 3] != ':'
                || !isDigit(s[p + 4]) || !isDigit(s[p + 5]))
                return std::nullopt;
            zone = std::string(s.substr(p, 6));
            if (zone == "+00:00")
                zone = "Z"; // Go prints a zero offset as Z
            p += 6;
        } else {
            return std::nullopt;
        }
        if (p != s.size())
            return std::nullopt;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second);
    std::string out = buf;
    if (!frac.empty())
        out += "." + frac;
    return out + zone;
}

Result<SopsNode> SopsScalar::resolvePlain(std::string_view in)
{
    using K = SopsNode::Kind;
    if (in.empty() || in == "~" || in == "null" || in == "Null" || in == "NULL")
        return SopsNode{};
    if (in == "true" || in == "True" || in == "TRUE")
        return SopsNode::scalar(K::Bool, SecureBuffer::fromString("True"));
    if (in == "false" || in == "False" || in == "FALSE")
        return SopsNode::scalar(K::Bool, SecureBuffer::fromString("False"));
    if (in == ".nan" || in == ".NaN" || in == ".NAN")
        return SopsNode::scalar(K::Float, SecureBuffer::fromString("NaN"));
    if (in == ".inf" || in == ".Inf" || in == ".INF" || in == "+.inf" || in == "+.Inf" || in == "+.INF")
        return SopsNode::scalar(K::Float, SecureBuffer::fromString("+Inf"));
    if (in == "-.inf" || in == "-.Inf" || in == "-.INF")
        return SopsNode::scalar(K::Float, SecureBuffer::fromString("-Inf"));
    const char c = in[0];
    if (c == '.') {
        if (auto d = parseFloat(in); d && isYamlStyleFloat(in))
            return SopsNode::scalar(K::Float, SecureBuffer::fromString(goFixed(*d)));
        return SopsNode::string(in);
    }
    if (!(isDigit(c) || c == '-' || c == '+'))
        return SopsNode::string(in);
    if (auto t = canonicalTime(in))
        return SopsNode::scalar(K::Time, SecureBuffer::fromString(*t));
    const std::string plain = removeUnderscores(in);
    if (auto i = parseGoInt(plain))
        return SopsNode::scalar(K::Int, SecureBuffer::fromString(std::to_string(*i)));
    {
        std::string_view mag = plain;
        if (!mag.empty() && mag[0] == '+')
            mag.remove_prefix(1);
        if (!mag.empty() && mag[0] != '-' && parseMagnitude(mag))
            return makeError(QCoreApplication::translate("SopsScalar",
                                                         "integer %1 does not fit in 64 bits (sops cannot encrypt it)")
                                 .arg(QString::fromUtf8(in.data(), qsizetype(in.size()))),
                             {}, QStringLiteral("sops.type"));
    }
    if (isYamlStyleFloat(plain)) {
        if (auto d = parseFloat(plain))
            return SopsNode::scalar(K::Float, SecureBuffer::fromString(goFixed(*d)));
    }
    std::string_view body = plain;
    bool negative = false;
    if (!body.empty() && body[0] == '-') {
        negative = true;
        body.remove_prefix(1);
    }
    if (body.starts_with("0b") || body.starts_with("0o")) {
        if (auto v = parseDigits(body.substr(2), body[1] == 'b' ? 2 : 8);
            v && *v <= static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
            const long long n = negative ? -static_cast<long long>(*v) : static_cast<long long>(*v);
            return SopsNode::scalar(K::Int, SecureBuffer::fromString(std::to_string(n)));
        }
    }
    return SopsNode::string(in);
}

bool SopsScalar::plainWouldChangeType(std::string_view text)
{
    // Most texts (every ENC[…] value) start with a character no number, time, null, bool or float begins with and
    // are none of the words below: they stay strings, without building a node to find out.
    if (!text.empty()) {
        const char c = text[0];
        const bool numberLike = isDigit(c) || c == '-' || c == '+' || c == '.' || c == '~';
        const bool wordLike = c == 'n' || c == 'N' || c == 't' || c == 'T' || c == 'f' || c == 'F' || c == 'y'
            || c == 'Y' || c == 'o' || c == 'O';
        if (!numberLike && !wordLike)
            return false;
    }
    auto r = resolvePlain(text);
    if (!r)
        return true;
    if (r->kind != SopsNode::Kind::String)
        return true;
    // YAML 1.1 booleans and base-60 floats: go-yaml quotes these too.
    static constexpr std::string_view oldBools[] = {"y",  "Y",  "yes", "Yes", "YES", "n",   "N",   "no",
                                                    "No", "NO", "on",  "On",  "ON",  "off", "Off", "OFF"};
    for (std::string_view b : oldBools)
        if (text == b)
            return true;
    // Base 60: ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    if (i < text.size() && isDigit(text[i])) {
        ++i;
        while (i < text.size() && (isDigit(text[i]) || text[i] == '_'))
            ++i;
        int groups = 0;
        while (i < text.size() && text[i] == ':') {
            ++i;
            const std::size_t start = i;
            while (i < text.size() && isDigit(text[i]) && i - start < 2)
                ++i;
            if (i == start || (i - start == 2 && text[start] > '5'))
                return false;
            ++groups;
        }
        if (groups > 0 && i < text.size() && text[i] == '.') {
            ++i;
            while (i < text.size() && (isDigit(text[i]) || text[i] == '_'))
                ++i;
        }
        if (groups > 0 && i == text.size())
            return true;
    }
    return false;
}

} // namespace fleetdesk
