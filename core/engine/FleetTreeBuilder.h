#pragma once

#include "engine/FleetSnapshot.h"
#include "fleet/Fleet.h"

namespace fleetdesk {

/// Turns a discovered Fleet and its issues into the immutable node tree the UI shows:
/// workspace → cluster → platform | tenants → tenant → Flux objects → the objects they apply.
/// Lint counts are attached to nodes, and each issue gets the key of the node to select for it.
class FleetTreeBuilder
{
public:
    static FleetNodePtr build(const Fleet& fleet, std::vector<Issue>& issues);

    /// Structural sharing: returns `fresh` with every subtree that equals the one at the same key in `previous`
    /// replaced by the previous pointer, so consumers can skip unchanged subtrees by pointer comparison.
    static FleetNodePtr shareUnchanged(const FleetNodePtr& fresh, const FleetNodePtr& previous);
};

} // namespace fleetdesk
