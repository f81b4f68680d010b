#pragma once

#include "SecureBuffer.h"
#include "common/Error.h"

#include <QByteArray>
#include <QString>

namespace fleetdesk {

/// BIP-173 Bech32 (checksum constant 1, not Bech32m) as age uses it: no 90-character limit, mixed case rejected.
class Bech32
{
public:
    struct Decoded
    {
        QByteArray hrp; // as written (upper or lower case)
        SecureBuffer data;
    };
    /// Encodes lowercase; age uppercases identities afterwards.
    static SecureBuffer encode(std::string_view hrp, const SecureBuffer& data);
    static Result<Decoded> decode(std::string_view text);
};

} // namespace fleetdesk
