#include "AgeKeyFile.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace fleetdesk {

Result<QList<AgeIdentity>> AgeKeyFile::parse(const SecureBuffer& text, const QString& source,
                                             bool allowSeveralPerLine)
{
    const QString code = QStringLiteral("age.identity");
    if (text.size() > kMaxSize)
        return makeError(QCoreApplication::translate("AgeKeyFile", "%1: identity file larger than 16 MiB").arg(source),
                         {}, QStringLiteral("limit.size"));
    const std::string_view all = text.view();
    if (all.starts_with("age-encryption.org/") || all.find("-----BEGIN AGE ENCRYPTED FILE-----") == 0)
        return makeError(QCoreApplication::translate("AgeKeyFile",
                                                     "%1: passphrase-protected identity files are not supported")
                             .arg(source),
                         {SourceLocation{source, 1, 1}}, code);
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString scratch = utf8.decode(text.byteView());
        const bool bad = utf8.hasError();
        secureWipe(scratch.data(), std::size_t(scratch.size()) * sizeof(QChar));
        if (bad)
            return makeError(QCoreApplication::translate("AgeKeyFile", "%1: not valid UTF-8").arg(source), {}, code);
    }
    QList<AgeIdentity> identities;
    std::size_t pos = 0;
    int lineNo = 0;
    while (pos < all.size()) {
        std::size_t nl = all.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = all.size();
        std::string_view line = all.substr(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        if (line.ends_with('\r'))
            line.remove_suffix(1);
        if (line.empty() || line.starts_with('#'))
            continue;
        QList<std::string_view> parts;
        if (allowSeveralPerLine) {
            std::size_t p = 0;
            while (p < line.size()) {
                std::size_t sp = line.find(' ', p);
                if (sp == std::string_view::npos)
                    sp = line.size();
                if (sp > p)
                    parts.append(line.substr(p, sp - p));
                p = sp + 1;
            }
        } else {
            parts.append(line);
        }
        for (std::string_view part : parts) {
            if (part.starts_with("AGE-PLUGIN-") || part.starts_with("AGE-SECRET-KEY-PQ-"))
                continue; // other identity types: not supported, not an error (sops would need a plugin)
            auto id = AgeIdentity::parse(part);
            if (!id)
                return makeError(QCoreApplication::translate("AgeKeyFile", "%1, line %2: %3")
                                     .arg(source)
                                     .arg(lineNo)
                                     .arg(id.error().message),
                                 {SourceLocation{source, lineNo, 1}}, code);
            identities.append(std::move(*id));
        }
    }
    if (identities.isEmpty())
        return makeError(QCoreApplication::translate("AgeKeyFile", "%1: no age identity found").arg(source), {},
                         code);
    return identities;
}

SecureBuffer AgeKeyFile::format(const AgeIdentity& identity, const QDateTime& created)
{
    SecureBuffer out;
    out.append(QByteArrayView("# created: "));
    out.append(created.toOffsetFromUtc(created.offsetFromUtc()).toString(Qt::ISODate).toUtf8());
    out.append(QByteArrayView("\n# public key: "));
    out.append(identity.recipient().toString().toLatin1());
    out.append('\n');
    out.append(identity.toSecretString());
    out.append('\n');
    return out;
}

} // namespace fleetdesk
