#pragma once

#include "SopsTree.h"
#include "common/Error.h"

namespace fleetdesk {

/// The INI side of the SOPS store (sops 3.13 stores/ini over gopkg.in/ini.v1 with AllowNonUniqueSections), read and
/// written exactly as sops does, because Flux hands sops's output of a decrypted .ini file to kustomize byte for byte:
/// - The tree is one mapping of sections in file order; keys before the first section belong to the implicit
///   "DEFAULT" section, which is always the first one (written without a header, and not at all when it has no keys).
///   A repeated section header starts another section of the same name. A repeated key in a section keeps its first
///   place and takes the last value and comment.
/// - Values are always strings (so always encrypted as type str), read the way go-ini reads them: inline comments
///   start at the first '#' or ';' of an unquoted value, `…` and """…""" quote (and may span lines), '…' and "…" are
///   stripped when they surround the whole value, a trailing '\' continues the value on the next line, and a key "-"
///   becomes "#1", "#2", … per section.
/// - Comments: the lines before a section header are its comment (the first entry of the section); the lines before
///   a key, with the key's inline comment, are the key's comment, which follows the key in the tree (so the comment
///   regexes apply it to the next key, as in sops). The leading ';', '#' and spaces are stripped. Comments at the end
///   of the file are dropped, as sops drops them.
/// - Writing: every section's '=' signs aligned to its longest key, a blank line between sections, values quoted by
///   go-ini's rules ("""…""" for newlines or '`', `…` for '#' or ';', "…" for outer spaces).
/// - The metadata is the last section, "[sops]", flattened below the top (age__list_0__map_enc, …) with newlines
///   written as "\n"; parsing turns it back into a "sops" mapping so that metadata handling is the same for all
///   formats. A second [sops] section is an error, as in sops.
/// Errors name the file and line (codes "ini.syntax", "sops.metadata", "limit.size").
class SopsIni
{
public:
    static constexpr qsizetype kMaxInputSize = 32 * 1024 * 1024;

    static Result<SopsTree> parse(QByteArrayView text, const QString& fileName);
    static SecureBuffer write(const SopsTree& tree);
};

} // namespace fleetdesk
