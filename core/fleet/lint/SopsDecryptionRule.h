#pragma once

#include "fleet/lint/LintRule.h"

#include <QCoreApplication>

namespace fleetdesk {

/// Lint rule: a Kustomization applies SOPS-encrypted files but has no spec.decryption (provider sops with a
/// secretRef), or a tenant Kustomization names its decryption Secret in another namespace.
class SopsDecryptionRule : public LintRule
{
    Q_DECLARE_TR_FUNCTIONS(SopsDecryptionRule)

public:
    QString id() const override;
    Severity severity() const override;
    QString title() const override;
    QString description() const override;
    QString hint() const override;
    void check(const Fleet& fleet, std::vector<Issue>& out) const override;
};

} // namespace fleetdesk
