#pragma once

#include "AgeRecipient.h"
#include "SecureBuffer.h"
#include "common/Error.h"

#include <string_view>

namespace fleetdesk {

/// An age X25519 identity: a 32-byte scalar, written as "AGE-SECRET-KEY-1…" (74 characters, upper case).
class AgeIdentity
{
public:
    AgeIdentity() = default;

    static Result<AgeIdentity> parse(std::string_view text);
    /// A new identity from the CSPRNG.
    static AgeIdentity generate();
    static AgeIdentity fromScalar(SecureBuffer scalar);

    const SecureBuffer& scalar() const { return m_scalar; }
    AgeRecipient recipient() const { return m_recipient; }
    /// The "AGE-SECRET-KEY-1…" text, in a wiped buffer.
    SecureBuffer toSecretString() const;

private:
    SecureBuffer m_scalar;
    AgeRecipient m_recipient;
};

} // namespace fleetdesk
