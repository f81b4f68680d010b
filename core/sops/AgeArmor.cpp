#include "AgeArmor.h"

#include "Crypto.h"

#include <QCoreApplication>

namespace fleetdesk {

namespace {

constexpr QByteArrayView kHeader = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr QByteArrayView kFooter = "-----END AGE ENCRYPTED FILE-----";
constexpr int kColumns = 64;
constexpr qsizetype kWhitespaceLimit = 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::unexpected<Error> armorError(const char* text)
{
    return makeError(QCoreApplication::translate("AgeArmor", text), {}, QStringLiteral("age.armor"));
}

} // namespace

QByteArray AgeArmor::armor(QByteArrayView binary)
{
    const QByteArray b64 = crypto::base64Encode(binary, true);
    QByteArray out = kHeader.toByteArray() + '\n';
    for (qsizetype i = 0; i < b64.size(); i += kColumns)
        out += b64.mid(i, kColumns) + '\n';
    out += kFooter.toByteArray() + '\n';
    return out;
}

bool AgeArmor::looksArmored(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() && isSpace(data[i]))
        ++i;
    return data.sliced(i).startsWith("-----BEGIN ");
}

Result<QByteArray> AgeArmor::dearmor(QByteArrayView text)
{
    qsizetype start = 0;
    while (start < text.size() && isSpace(text[start]))
        ++start;
    if (start > kWhitespaceLimit)
        return armorError("armor: too much leading whitespace");
    qsizetype end = text.size();
    while (end > start && isSpace(text[end - 1]))
        --end;
    if (text.size() - end > kWhitespaceLimit)
        return armorError("armor: too much trailing whitespace");
    const QByteArrayView body = text.sliced(start, end - start);

    // Split into lines; each line ends with LF or CRLF (the last may end at the trimmed end).
    QList<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos <= body.size()) {
        qsizetype nl = body.indexOf('\n', pos);
        if (nl < 0)
            nl = body.size();
        QByteArrayView line = body.sliced(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        pos = nl + 1;
    }
    if (lines.isEmpty() || lines.first() != kHeader) {
        if (!lines.isEmpty() && lines.first().startsWith("-----BEGIN "))
            return armorError("armor: wrong label, expected \"AGE ENCRYPTED FILE\"");
        return armorError("armor: missing \"-----BEGIN AGE ENCRYPTED FILE-----\" header");
    }
    if (lines.size() < 3 || lines.last() != kFooter) {
        for (const QByteArrayView line : lines)
            if (line == kFooter)
                return armorError("armor: unexpected data after the footer");
        return armorError("armor: missing \"-----END AGE ENCRYPTED FILE-----\" footer");
    }
    QByteArray b64;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.isEmpty())
            return armorError("armor: empty line inside the armored block");
        if (line.size() > kColumns)
            return armorError("armor: line longer than 64 columns");
        if (line.size() < kColumns && i + 2 != lines.size())
            return armorError("armor: short line before the last line");
        if (line.contains(':'))
            return armorError("armor: headers are not allowed");
        b64 += line;
    }
    auto decoded = crypto::base64Decode(b64, true);
    if (!decoded)
        return armorError("armor: invalid or non-canonical base64");
    return *decoded;
}

} // namespace fleetdesk
