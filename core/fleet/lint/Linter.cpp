#include "Linter.h"

#include "fleet/Fleet.h"
#include "fleet/lint/CrdDependencyRule.h"
#include "fleet/lint/CrossNamespaceRefRule.h"
#include "fleet/lint/PathEscapeRule.h"
#include "fleet/lint/PlainSecretRule.h"
#include "fleet/lint/RemoteBaseRule.h"
#include "fleet/lint/SopsDecryptionRule.h"
#include "fleet/lint/TargetNamespaceRule.h"
#include "fleet/lint/TenantClusterAdminRule.h"
#include "fleet/lint/TenantClusterScopedRule.h"
#include "fleet/lint/TenantPruneRule.h"
#include "fleet/lint/TenantServiceAccountRule.h"

#include <QHash>

#include <algorithm>

namespace fleetdesk {

namespace {

std::vector<std::unique_ptr<LintRule>> makeRules()
{
    std::vector<std::unique_ptr<LintRule>> rules;
    rules.push_back(std::make_unique<TenantServiceAccountRule>());
    rules.push_back(std::make_unique<CrossNamespaceRefRule>());
    rules.push_back(std::make_unique<TenantClusterScopedRule>());
    rules.push_back(std::make_unique<TenantClusterAdminRule>());
    rules.push_back(std::make_unique<PlainSecretRule>());
    rules.push_back(std::make_unique<RemoteBaseRule>());
    rules.push_back(std::make_unique<TenantPruneRule>());
    rules.push_back(std::make_unique<PathEscapeRule>());
    rules.push_back(std::make_unique<TargetNamespaceRule>());
    rules.push_back(std::make_unique<CrdDependencyRule>());
    rules.push_back(std::make_unique<SopsDecryptionRule>());
    return rules;
}

QString identity(const Issue& issue)
{
    return issue.ruleId + QLatin1Char('\n') + issue.repository + QLatin1Char('\n') + issue.location.file
           + QLatin1Char('\n') + QString::number(issue.location.line);
}

} // namespace

const std::vector<std::unique_ptr<LintRule>>& Linter::rules()
{
    static const std::vector<std::unique_ptr<LintRule>> all = makeRules();
    return all;
}

const LintRule* Linter::rule(const QString& id)
{
    for (const auto& candidate : rules()) {
        if (candidate->id() == id)
            return candidate.get();
    }
    return nullptr;
}

std::vector<Issue> Linter::run(const Fleet& fleet)
{
    std::vector<Issue> findings;
    for (const auto& lintRule : rules())
        lintRule->check(fleet, findings);

    // One finding per rule and place. When the same file is applied twice (two clusters), it is silenced only
    // if it is silenced everywhere.
    std::vector<Issue> unique;
    unique.reserve(findings.size());
    QHash<QString, size_t> seen;
    for (Issue& finding : findings) {
        const QString key = identity(finding);
        const auto it = seen.constFind(key);
        if (it == seen.constEnd()) {
            seen.insert(key, unique.size());
            unique.push_back(std::move(finding));
        } else if (unique[*it].silenced && !finding.silenced) {
            unique[*it] = std::move(finding);
        }
    }

    std::stable_sort(unique.begin(), unique.end(), [](const Issue& a, const Issue& b) {
        if (a.repository != b.repository)
            return a.repository < b.repository;
        if (a.location.file != b.location.file)
            return a.location.file < b.location.file;
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        if (a.location.column != b.location.column)
            return a.location.column < b.location.column;
        return a.ruleId < b.ruleId;
    });
    return unique;
}

} // namespace fleetdesk
