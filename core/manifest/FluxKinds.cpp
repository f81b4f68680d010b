#include "FluxKinds.h"

#include <array>

namespace fleetdesk::FluxKinds {

namespace {

const std::array<FluxKind, 13>& table()
{
    using C = FluxCategory;
    static const std::array<FluxKind, 13> kinds{{
        {QStringLiteral("GitRepository"), SourceGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")}, C::Source},
        {QStringLiteral("OCIRepository"), SourceGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")}, C::Source},
        {QStringLiteral("HelmRepository"), SourceGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")}, C::Source},
        {QStringLiteral("HelmChart"), SourceGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")}, C::Source},
        {QStringLiteral("Bucket"), SourceGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")}, C::Source},
        {QStringLiteral("Kustomization"), KustomizeGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")},
         C::Deployer},
        {QStringLiteral("HelmRelease"), HelmGroup, {QStringLiteral("v2"), QStringLiteral("v2beta2")}, C::Deployer},
        {QStringLiteral("ImageRepository"), ImageGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")}, C::Image},
        {QStringLiteral("ImagePolicy"), ImageGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")}, C::Image},
        {QStringLiteral("ImageUpdateAutomation"), ImageGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")},
         C::Image},
        {QStringLiteral("Provider"), NotificationGroup, {QStringLiteral("v1beta3"), QStringLiteral("v1beta2")},
         C::Notification},
        {QStringLiteral("Alert"), NotificationGroup, {QStringLiteral("v1beta3"), QStringLiteral("v1beta2")},
         C::Notification},
        {QStringLiteral("Receiver"), NotificationGroup, {QStringLiteral("v1"), QStringLiteral("v1beta2")},
         C::Notification},
    }};
    return kinds;
}

} // namespace

std::span<const FluxKind> all()
{
    return table();
}

const FluxKind* find(const QString& group, const QString& kind)
{
    for (const FluxKind& k : table()) {
        if (k.kind == kind && k.group == group)
            return &k;
    }
    return nullptr;
}

bool isFluxGroup(const QString& group)
{
    return group.endsWith(QLatin1String(".toolkit.fluxcd.io"));
}

bool isServed(const QString& group, const QString& kind, const QString& version)
{
    const FluxKind* k = find(group, kind);
    return k && k->versions.contains(version);
}

bool isSource(const QString& group, const QString& kind)
{
    const FluxKind* k = find(group, kind);
    return k && k->category == FluxCategory::Source;
}

bool isDeployer(const QString& group, const QString& kind)
{
    const FluxKind* k = find(group, kind);
    return k && k->category == FluxCategory::Deployer;
}

} // namespace fleetdesk::FluxKinds
