#pragma once

#include "SopsTree.h"
#include "common/Error.h"

#include <QString>

namespace fleetdesk {

/// The YAML side of the SOPS store, with its own reader and writer so that comments and key order survive
/// (yaml-cpp drops comments). The reader takes the YAML that Kubernetes manifests and sops files use: block
/// mappings and sequences, flow collections, plain, quoted and block scalars (|, > with chomping and indentation
/// indicators), multi-line scalars, anchors/aliases (expanded), tags, several documents and comments (full-line
/// and inline). Not supported, with a precise error: complex keys ("? "), non-string keys (as in sops), duplicate
/// keys (as in sops), documents whose root is a sequence or a scalar (as in sops), tabs as indentation.
/// Scalars are typed like go-yaml v3 (see SopsScalar). The writer follows go-yaml v3 as sops uses it: indent 4,
/// sequences indented under their key, '#' comments written as "#text", strings quoted only when they must be.
/// Blank lines are not kept (sops does not keep them either).
///
/// Comments: every comment line is kept in document order; its place in the tree (which decides the AAD it is
/// encrypted with) follows go-yaml as sops uses it: head comments before the next key, inline comments before the
/// entry they annotate, foot comments after a nested block into the innermost mapping that ends (a block sequence
/// keeps only those indented at least to its dashes). This agrees with sops on the generated interop corpus; a
/// foot comment in an unusual layout may still get another AAD than sops would give it — sops then leaves that one
/// comment encrypted and Fleetdesk does the same with such a comment from sops (values are never affected).
class SopsYaml
{
public:
    static constexpr qsizetype kMaxInputSize = 32 * 1024 * 1024;
    static constexpr int kMaxDepth = 200;

    static Result<SopsTree> parse(QByteArrayView text, const QString& fileName);
    /// With hoistItemComments, head comments of a mapping inside a sequence are written above its dash, as sops
    /// writes them; turn it off when a comment regex is in use, since that would change which values they govern.
    static SecureBuffer write(const SopsTree& tree, int indent = 4, bool hoistItemComments = true);
};

} // namespace fleetdesk
