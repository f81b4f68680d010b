#pragma once

#include "AgeIdentity.h"
#include "SecureBuffer.h"
#include "common/Error.h"

#include <QDateTime>
#include <QList>

namespace fleetdesk {

/// keys.txt as age-keygen writes it: "# created:" and "# public key:" comments, then the identity line.
class AgeKeyFile
{
public:
    static constexpr std::size_t kMaxSize = 16 * 1024 * 1024;

    /// Parses identities: lines starting with '#' and empty lines are skipped, a CR before LF is dropped, every
    /// other line must be an identity. With allowSeveralPerLine (SOPS_AGE_KEY since sops 3.13), a line may hold
    /// several identities separated by spaces. `source` names the origin in errors ("SOPS_AGE_KEY_FILE (path)").
    static Result<QList<AgeIdentity>> parse(const SecureBuffer& text, const QString& source,
                                            bool allowSeveralPerLine = false);
    /// The age-keygen layout, with `created` in RFC 3339 local time.
    static SecureBuffer format(const AgeIdentity& identity, const QDateTime& created);
};

} // namespace fleetdesk
