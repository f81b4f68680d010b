#pragma once

#include "fleet/lint/LintRule.h"

#include <QCoreApplication>

namespace fleetdesk {

/// Lint rule: CRDs and their custom resources in one apply without a dependsOn split.
class CrdDependencyRule : public LintRule
{
    Q_DECLARE_TR_FUNCTIONS(CrdDependencyRule)

public:
    QString id() const override;
    Severity severity() const override;
    QString title() const override;
    QString description() const override;
    QString hint() const override;
    void check(const Fleet& fleet, std::vector<Issue>& out) const override;
};

} // namespace fleetdesk
