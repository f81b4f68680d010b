#pragma once

#include "SopsTree.h"
#include "common/Error.h"

namespace fleetdesk {

/// The JSON side of the SOPS store: an ordered reader (key order and duplicate keys kept, numbers typed as sops
/// does: int64 when it fits, else float) and a writer in Go's encoding/json style (tab indentation by default,
/// HTML-safe escaping, trailing newline). The top level must be an object.
class SopsJson
{
public:
    static constexpr qsizetype kMaxInputSize = 32 * 1024 * 1024;
    static Result<SopsTree> parse(QByteArrayView text, const QString& fileName);
    /// indent < 0: one tab per level; otherwise that many spaces.
    static SecureBuffer write(const SopsTree& tree, int indent = -1);
};

} // namespace fleetdesk
