#pragma once

#include "common/Issue.h"
#include "fleet/lint/LintRule.h"

#include <memory>
#include <vector>

namespace fleetdesk {

struct Fleet;

/// Runs every tenant-isolation lint rule over a discovered Fleet.
///
/// Findings on objects that carry the `fleetdesk.io/lint-ignore` annotation naming the rule are kept with
/// `silenced = true`, so the issues panel can show them. Identical findings (same rule, repository, file and line:
/// the same file applied by two clusters) are reported once. The result is sorted by repository, file and line.
class Linter
{
public:
    /// All rules, in a stable order; built once, shared, read-only.
    static const std::vector<std::unique_ptr<LintRule>>& rules();
    /// The rule with this id, or nullptr.
    static const LintRule* rule(const QString& id);

    static std::vector<Issue> run(const Fleet& fleet);
};

} // namespace fleetdesk
