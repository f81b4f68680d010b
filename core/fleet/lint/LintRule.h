#pragma once

#include "common/Issue.h"
#include "fleet/Fleet.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace fleetdesk {

/// One tenant-isolation lint rule. A rule has a stable id (used by the CLI, the UI filter, the docs and the
/// lint-ignore annotation), a severity, a title, what it checks and why, and a general fix hint.
///
/// Rules are stateless: check() may be called on any thread, once per Fleet, and appends its findings to `out`.
/// A finding is marked silenced when the object it names (or the deployer that applies it) carries the
/// `fleetdesk.io/lint-ignore` annotation naming the rule; it stays in the output so the issues panel can show it.
class LintRule
{
public:
    virtual ~LintRule() = default;

    virtual QString id() const = 0;
    virtual Severity severity() const = 0;
    virtual QString title() const = 0;
    /// What the rule checks and why it matters for tenant isolation.
    virtual QString description() const = 0;
    /// How to fix a finding, in general terms; findings may carry a more precise hint.
    virtual QString hint() const = 0;

    virtual void check(const Fleet& fleet, std::vector<Issue>& out) const = 0;

    /// The rule ids named in a document's `fleetdesk.io/lint-ignore` annotation ("rule-a, rule-b"; "*" or "all"
    /// silences every rule).
    static QStringList ignoredRules(const ManifestDocument& document);
    static bool isIgnoredBy(const ManifestDocument& document, const QString& ruleId);

protected:
    LintRule() = default;

    /// A finding about `object` (a document of `repository`) at `where`. It is silenced when `object`, or one of
    /// `alsoSilencedBy` (for example the deployer that applies it), ignores this rule.
    Issue makeIssue(const RepositoryContent* repository, const ManifestDocument& object, const QString& message,
                    const SourceLocation& where,
                    std::initializer_list<const ManifestDocument*> alsoSilencedBy = {}) const;
    /// A finding about a Flux object, located in its own document.
    Issue makeIssue(const FluxObject& object, const QString& message, const SourceLocation& where) const;

    /// The position of a map key (the line of `key:` itself), or the document's location when it is missing.
    static SourceLocation keyLocation(const ManifestDocument& document, const YAML::Node& map, const char* key);
    /// The position of a key below a path of maps, e.g. ({"spec"}, "path"); falls back to the nearest parent.
    static SourceLocation keyLocationAt(const ManifestDocument& document, std::initializer_list<const char*> parents,
                                        const char* key);
    /// Where a Flux object is: its document's location, or the file when there is no document.
    static SourceLocation objectLocation(const FluxObject& object);

    /// Every repository of the fleet once: the platform, then attached repositories by name.
    static std::vector<const RepositoryContent*> repositories(const Fleet& fleet);
    /// Tenant Flux objects (FluxObject::tenant non-empty).
    static bool isTenant(const FluxObject& object) { return !object.tenant.isEmpty(); }
    static bool isKustomization(const FluxObject& object);
    static bool isHelmRelease(const FluxObject& object);
    static bool isDeployer(const FluxObject& object) { return isKustomization(object) || isHelmRelease(object); }
};

} // namespace fleetdesk
