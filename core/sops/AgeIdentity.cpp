#include "AgeIdentity.h"

#include "Bech32.h"
#include "Crypto.h"

#include <QCoreApplication>

namespace fleetdesk {

Result<AgeIdentity> AgeIdentity::parse(std::string_view text)
{
    auto decoded = Bech32::decode(text);
    if (!decoded)
        return makeError(QCoreApplication::translate("AgeIdentity", "malformed age identity: %1")
                             .arg(decoded.error().message),
                         {}, QStringLiteral("age.identity"));
    if (decoded->hrp != "AGE-SECRET-KEY-")
        return makeError(QCoreApplication::translate("AgeIdentity",
                                                     "not an age X25519 identity (prefix \"%1\", expected "
                                                     "\"AGE-SECRET-KEY-\" in upper case)")
                             .arg(QString::fromLatin1(decoded->hrp)),
                         {}, QStringLiteral("age.identity"));
    if (decoded->data.size() != 32)
        return makeError(QCoreApplication::translate("AgeIdentity", "age identity holds %1 bytes, not 32")
                             .arg(decoded->data.size()),
                         {}, QStringLiteral("age.identity"));
    return fromScalar(std::move(decoded->data));
}

AgeIdentity AgeIdentity::generate()
{
    return fromScalar(crypto::randomSecret(32));
}

AgeIdentity AgeIdentity::fromScalar(SecureBuffer scalar)
{
    AgeIdentity id;
    id.m_scalar = std::move(scalar);
    if (auto pub = crypto::x25519PublicKey(id.m_scalar))
        id.m_recipient = AgeRecipient(*pub);
    return id;
}

SecureBuffer AgeIdentity::toSecretString() const
{
    SecureBuffer s = Bech32::encode("age-secret-key-", m_scalar);
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] >= 'a' && s[i] <= 'z')
            s[i] = std::uint8_t(s[i] - 'a' + 'A');
    return s;
}

} // namespace fleetdesk
