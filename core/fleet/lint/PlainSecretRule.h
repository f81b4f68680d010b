#pragma once

#include "fleet/lint/LintRule.h"

#include <QCoreApplication>

namespace fleetdesk {

/// Lint rule: plain Secret without SOPS metadata.
class PlainSecretRule : public LintRule
{
    Q_DECLARE_TR_FUNCTIONS(PlainSecretRule)

public:
    QString id() const override;
    Severity severity() const override;
    QString title() const override;
    QString description() const override;
    QString hint() const override;
    void check(const Fleet& fleet, std::vector<Issue>& out) const override;
};

} // namespace fleetdesk
