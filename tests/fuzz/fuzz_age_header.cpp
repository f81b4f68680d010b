// libFuzzer target: age header parsing, stanza validation, payload and armor.
#include "sops/AgeArmor.h"
#include "sops/AgeEncryption.h"

#include <cstddef>
#include <cstdint>

using namespace fleetdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    // The CCTV test identity, so that fuzzed files built from the vector reach the MAC and payload code.
    static const auto identity =
        AgeIdentity::parse("AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0");
    (void)AgeEncryption::parseHeader(input);
    (void)AgeArmor::dearmor(input);
    if (identity)
        (void)AgeEncryption::decrypt(input, {*identity});
    return 0;
}
