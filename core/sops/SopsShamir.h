#pragma once

#include "SecureBuffer.h"
#include "common/Error.h"

#include <QList>

namespace fleetdesk {

/// Shamir secret sharing over GF(2^8) (AES polynomial), byte by byte, as sops's shamir package (from Vault):
/// each share is the secret's length plus one trailing byte, the x coordinate.
class SopsShamir
{
public:
    static Result<QList<SecureBuffer>> split(const SecureBuffer& secret, int parts, int threshold);
    static Result<SecureBuffer> combine(const QList<SecureBuffer>& shares);
};

} // namespace fleetdesk
