#include "AgeRecipient.h"

#include "Bech32.h"

#include <QCoreApplication>

namespace fleetdesk {

Result<AgeRecipient> AgeRecipient::parse(const QString& text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    auto decoded = Bech32::decode(std::string_view(latin.constData(), std::size_t(latin.size())));
    if (!decoded)
        return makeError(QCoreApplication::translate("AgeRecipient", "malformed age recipient \"%1\": %2")
                             .arg(text.trimmed(), decoded.error().message),
                         {}, QStringLiteral("age.recipient"));
    if (decoded->hrp != "age")
        return makeError(QCoreApplication::translate("AgeRecipient", "\"%1\" is not an age X25519 recipient (prefix %2)")
                             .arg(text.trimmed(), QString::fromLatin1(decoded->hrp)),
                         {}, QStringLiteral("age.recipient"));
    if (decoded->data.size() != 32)
        return makeError(QCoreApplication::translate("AgeRecipient", "age recipient \"%1\" holds %2 bytes, not 32")
                             .arg(text.trimmed())
                             .arg(decoded->data.size()),
                         {}, QStringLiteral("age.recipient"));
    return AgeRecipient(decoded->data.toByteArray());
}

QString AgeRecipient::toString() const
{
    const SecureBuffer encoded = Bech32::encode("age", SecureBuffer::fromView(m_publicKey));
    return QString::fromLatin1(encoded.chars(), qsizetype(encoded.size()));
}

} // namespace fleetdesk
