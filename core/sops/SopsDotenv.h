#pragma once

#include "SopsTree.h"
#include "common/Error.h"

namespace fleetdesk {

/// The dotenv side of the SOPS store (sops stores/dotenv): KEY=VALUE lines, '#' comment lines, "\n" escapes;
/// the metadata is flattened into sops_* keys (sops_age__list_0__map_enc, …). Values are always strings.
/// Parsing turns the sops_* keys back into a "sops" mapping so that metadata handling is the same for all formats.
class SopsDotenv
{
public:
    static Result<SopsTree> parse(QByteArrayView text, const QString& fileName);
    static SecureBuffer write(const SopsTree& tree);
};

} // namespace fleetdesk
