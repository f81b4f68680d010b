#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace fleetdesk {

enum class FluxCategory
{
    Source,
    Deployer,
    Image,
    Notification
};

/// A Flux custom resource kind and the API versions its controllers serve (Flux 2.7+).
struct FluxKind
{
    QString kind;
    QString group;
    /// Served versions, storage (preferred) version first.
    QStringList versions;
    FluxCategory category;

    QString preferredApiVersion() const { return group + QLatin1Char('/') + versions.constFirst(); }
};

namespace FluxKinds {

inline const QString SourceGroup = QStringLiteral("source.toolkit.fluxcd.io");
inline const QString KustomizeGroup = QStringLiteral("kustomize.toolkit.fluxcd.io");
inline const QString HelmGroup = QStringLiteral("helm.toolkit.fluxcd.io");
inline const QString ImageGroup = QStringLiteral("image.toolkit.fluxcd.io");
inline const QString NotificationGroup = QStringLiteral("notification.toolkit.fluxcd.io");
/// kustomize's own kustomization.yaml ("kustomize.config.k8s.io"), not to be confused with Flux's Kustomization.
inline const QString KustomizeConfigGroup = QStringLiteral("kustomize.config.k8s.io");
/// The label that marks an object as belonging to a tenant.
inline const QString TenantLabel = QStringLiteral("toolkit.fluxcd.io/tenant");

std::span<const FluxKind> all();
/// The Flux kind for a group and kind, or nullptr when it is not a Flux kind.
const FluxKind* find(const QString& group, const QString& kind);
bool isFluxGroup(const QString& group);
bool isServed(const QString& group, const QString& kind, const QString& version);
bool isSource(const QString& group, const QString& kind);
/// Flux objects that apply other objects under a service account: Kustomization and HelmRelease.
bool isDeployer(const QString& group, const QString& kind);

} // namespace FluxKinds
} // namespace fleetdesk
