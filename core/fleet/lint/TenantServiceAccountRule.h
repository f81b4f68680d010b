#pragma once

#include "fleet/lint/LintRule.h"

#include <QCoreApplication>

namespace fleetdesk {

/// Lint rule: tenant Kustomization or HelmRelease without serviceAccountName.
class TenantServiceAccountRule : public LintRule
{
    Q_DECLARE_TR_FUNCTIONS(TenantServiceAccountRule)

public:
    QString id() const override;
    Severity severity() const override;
    QString title() const override;
    QString description() const override;
    QString hint() const override;
    void check(const Fleet& fleet, std::vector<Issue>& out) const override;
};

} // namespace fleetdesk
