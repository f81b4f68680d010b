#pragma once

#include "common/Error.h"
#include "git/GitSignature.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fleetdesk {

/// The size of a generated demo fleet. The defaults give the demo of the README: two clusters, the tenants acme,
/// globex and initech, and the legacy tenant with its two planted lint findings.
struct DemoFleetOptions
{
    int clusters = 2;                ///< 1 to DemoFleetGenerator::MaxClusters
    int tenants = 3;                 ///< well-behaved tenants, 0 to DemoFleetGenerator::MaxTenants
    int kustomizationsPerTenant = 1; ///< Flux Kustomizations per tenant and cluster, 1 to MaxKustomizationsPerTenant
    bool includeLegacyTenant = true; ///< the tenant `legacy`, in the first cluster only, that breaks two lint rules
};

/// What DemoFleetGenerator::generate() wrote.
struct DemoFleetSummary
{
    QString platformPath;    ///< DIR/platform-flux
    QStringList tenantPaths; ///< DIR/tenants/<tenant>, in the order of `tenants`
    QStringList clusters;    ///< cluster names, in order
    QStringList tenants;     ///< tenant names, legacy last when included
    int clusterCount = 0;
    int tenantCount = 0; ///< including legacy
    int fileCount = 0;   ///< files in the work trees of all repositories
    int commitCount = 0; ///< commits in all repositories

    /// The platform repository first, then the tenant repositories.
    QStringList repositoryPaths() const;
};

/// Writes a demo GitOps fleet in the "hybrid" layout as real Git repositories with a short history: the platform
/// repository DIR/platform-flux (Flux bootstrap, shared infrastructure with cert-manager, ingress-nginx and
/// monitoring, and per-cluster tenant onboarding) and one repository per tenant, DIR/tenants/<tenant> (a
/// Deployment, Service, ConfigMap and HorizontalPodAutoscaler with per-cluster overlays).
///
/// The output is deterministic: fixed content, a fixed author and fixed commit times, so two runs give the same
/// blob, tree and commit ids. Everything is lint-clean except the legacy tenant, whose Kustomization has no
/// serviceAccountName (rule tenant-service-account) and whose repository holds a plain Secret (rule plain-secret).
class DemoFleetGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoFleetGenerator)

public:
    static constexpr int MaxClusters = 1000;
    static constexpr int MaxTenants = 10000;
    static constexpr int MaxKustomizationsPerTenant = 100;

    /// Generates the fleet under `dir` (created when missing). Refuses to write anything when DIR/platform-flux or
    /// one of the tenant repositories exists already.
    static Result<DemoFleetSummary> generate(const QString& dir, const DemoFleetOptions& options = {});

    /// The cluster names of a fleet of `count` clusters: prod-eu-west-1, prod-us-east-1, then further regions,
    /// then the same regions numbered 2, 3, ...
    static QStringList clusterNames(int count);
    /// The well-behaved tenants of a fleet of `count` tenants: acme, globex, initech for up to three, team-001,
    /// team-002, ... for more.
    static QStringList tenantNames(int count);
    /// "legacy"
    static QString legacyTenantName();
    /// The author and committer of every demo commit: "Fleetdesk Demo <demo@fleetdesk.test>" at `when`.
    static GitSignature author(const QDateTime& when);
    /// The age recipient in the platform repository's .sops.yaml (a valid bech32 "age1..." string; no one holds
    /// its private key).
    static QString sopsAgeRecipient();
};

} // namespace fleetdesk
