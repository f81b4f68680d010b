#include "SecureBuffer.h"

#include <openssl/crypto.h>

namespace fleetdesk {

void secureWipe(void* data, std::size_t size) noexcept
{
    if (data && size)
        OPENSSL_cleanse(data, size);
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (size() != other.size())
        return false;
    return size() == 0 || CRYPTO_memcmp(data(), other.data(), size()) == 0;
}

} // namespace fleetdesk
