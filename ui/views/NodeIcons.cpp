#include "NodeIcons.h"

#include "views/Theme.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <functional>

static void initFleetdeskResources()
{
    // The resources are compiled into a static library: make sure the linker keeps them.
    Q_INIT_RESOURCE(resources);
}

namespace fleetdesk {

namespace {

QHash<QString, QIcon>& iconCache()
{
    static QHash<QString, QIcon> cache;
    static const bool connected = [] {
        QObject::connect(Theme::instance(), &Theme::schemeChanged, Theme::instance(), [] { iconCache().clear(); });
        return true;
    }();
    Q_UNUSED(connected);
    return cache;
}

QByteArray svgSource(const QString& name)
{
    static const bool initialized = [] {
        initFleetdeskResources();
        return true;
    }();
    Q_UNUSED(initialized);
    static QHash<QString, QByteArray> sources;
    const auto it = sources.constFind(name);
    if (it != sources.cend())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    const QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    sources.insert(name, data);
    return data;
}

Theme::Color glyphColor(NodeKind nodeKind)
{
    switch (nodeKind) {
    case NodeKind::Cluster:
        return Theme::Color::ClusterGlyph;
    case NodeKind::Tenant:
    case NodeKind::Tenants:
        return Theme::Color::TenantGlyph;
    case NodeKind::Object:
        return Theme::Color::Muted;
    default:
        return Theme::Color::Glyph;
    }
}

Theme::Color stateColor(ReconcileState state)
{
    switch (state) {
    case ReconcileState::Ready:
        return Theme::Color::Ready;
    case ReconcileState::Failed:
        return Theme::Color::Error;
    case ReconcileState::Progressing:
        return Theme::Color::Progressing;
    case ReconcileState::Suspended:
        return Theme::Color::Suspended;
    case ReconcileState::Stale:
        return Theme::Color::Stale;
    case ReconcileState::Unknown:
        break;
    }
    return Theme::Color::Unknown;
}

Theme::Color severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Theme::Color::Error;
    case Severity::Warning:
        return Theme::Color::Warning;
    case Severity::Info:
        break;
    }
    return Theme::Color::Info;
}

QString severityIconName(Severity severity)
{
    return QStringLiteral("severity-") + severityName(severity);
}

/// A pixmap of `size` logical pixels with the glyph and its overlays.
QPixmap composeNodePixmap(const FleetNode& node, int size, qreal dpr)
{
    Theme* theme = Theme::instance();
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);

    const bool hasState = node.state != ReconcileState::Unknown;
    const bool hasLint = node.lintErrors > 0 || node.lintWarnings > 0;
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawPixmap(0, 0, NodeIcons::render(NodeIcons::glyphName(node.nodeKind, node.kind),
                                               theme->color(glyphColor(node.nodeKind)), size, dpr));

    const int badge = size * 9 / 16;
    const auto overlay = [&](const QString& name, const QColor& color, const QPoint& topLeft) {
        // Cut the glyph away under the badge so it stays legible at 16 px.
        painter.save();
        painter.setCompositionMode(QPainter::CompositionMode_Clear);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        painter.drawEllipse(QRectF(topLeft, QSizeF(badge, badge)).adjusted(-1, -1, 1, 1));
        painter.restore();
        painter.drawPixmap(topLeft, NodeIcons::render(name, color, badge, dpr));
    };
    if (hasState) {
        overlay(NodeIcons::stateName(node.state), theme->color(stateColor(node.state)),
                QPoint(size - badge, size - badge));
    }
    if (hasLint) {
        const Severity severity = node.lintErrors > 0 ? Severity::Error : Severity::Warning;
        overlay(severityIconName(severity), theme->color(severityColor(severity)), QPoint(size - badge, 0));
    }
    return pixmap;
}

QIcon makeIcon(const std::function<QPixmap(int, qreal)>& draw)
{
    QIcon icon;
    for (const int size : {16, 22, 32})
        icon.addPixmap(draw(size, 1.0));
    icon.addPixmap(draw(16, 2.0));
    return icon;
}

} // namespace

QPixmap NodeIcons::render(const QString& name, const QColor& color, int size, qreal devicePixelRatio)
{
    QByteArray source = svgSource(name);
    if (source.isEmpty())
        return {};
    source.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(source);
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

void NodeIcons::clearCache()
{
    iconCache().clear();
}

QString NodeIcons::glyphName(NodeKind nodeKind, const QString& kind)
{
    switch (nodeKind) {
    case NodeKind::Workspace:
    case NodeKind::Platform:
        return QStringLiteral("platform");
    case NodeKind::Cluster:
        return QStringLiteral("cluster");
    case NodeKind::Tenants:
        return QStringLiteral("tenants");
    case NodeKind::Tenant:
        return QStringLiteral("tenant");
    case NodeKind::FluxObject:
    case NodeKind::Object:
        break;
    }
    static const QHash<QString, QString> byKind{
        {QStringLiteral("Kustomization"), QStringLiteral("kustomization")},
        {QStringLiteral("HelmRelease"), QStringLiteral("helmrelease")},
        {QStringLiteral("GitRepository"), QStringLiteral("source-git")},
        {QStringLiteral("OCIRepository"), QStringLiteral("source-repository")},
        {QStringLiteral("HelmRepository"), QStringLiteral("source-repository")},
        {QStringLiteral("HelmChart"), QStringLiteral("source-repository")},
        {QStringLiteral("Bucket"), QStringLiteral("source-repository")},
        {QStringLiteral("Provider"), QStringLiteral("notification")},
        {QStringLiteral("Alert"), QStringLiteral("notification")},
        {QStringLiteral("Receiver"), QStringLiteral("notification")},
        {QStringLiteral("ImageRepository"), QStringLiteral("image")},
        {QStringLiteral("ImagePolicy"), QStringLiteral("image")},
        {QStringLiteral("ImageUpdateAutomation"), QStringLiteral("image")},
        {QStringLiteral("Namespace"), QStringLiteral("namespace")},
        {QStringLiteral("Secret"), QStringLiteral("secret")},
        {QStringLiteral("ConfigMap"), QStringLiteral("configmap")},
        {QStringLiteral("ServiceAccount"), QStringLiteral("rbac")},
        {QStringLiteral("Role"), QStringLiteral("rbac")},
        {QStringLiteral("RoleBinding"), QStringLiteral("rbac")},
        {QStringLiteral("ClusterRole"), QStringLiteral("rbac")},
        {QStringLiteral("ClusterRoleBinding"), QStringLiteral("rbac")},
        {QStringLiteral("NetworkPolicy"), QStringLiteral("rbac")},
        {QStringLiteral("Service"), QStringLiteral("service")},
        {QStringLiteral("Ingress"), QStringLiteral("service")},
        {QStringLiteral("Deployment"), QStringLiteral("workload")},
        {QStringLiteral("StatefulSet"), QStringLiteral("workload")},
        {QStringLiteral("DaemonSet"), QStringLiteral("workload")},
        {QStringLiteral("ReplicaSet"), QStringLiteral("workload")},
        {QStringLiteral("Job"), QStringLiteral("workload")},
        {QStringLiteral("CronJob"), QStringLiteral("workload")},
        {QStringLiteral("Pod"), QStringLiteral("workload")},
        {QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("workload")},
    };
    const QString name = byKind.value(kind);
    if (!name.isEmpty())
        return name;
    return nodeKind == NodeKind::FluxObject ? QStringLiteral("kustomization") : QStringLiteral("object");
}

QString NodeIcons::stateName(ReconcileState state)
{
    switch (state) {
    case ReconcileState::Ready:
        return QStringLiteral("status-ready");
    case ReconcileState::Failed:
        return QStringLiteral("status-failed");
    case ReconcileState::Progressing:
        return QStringLiteral("status-progressing");
    case ReconcileState::Suspended:
        return QStringLiteral("status-suspended");
    case ReconcileState::Stale:
        return QStringLiteral("status-stale");
    case ReconcileState::Unknown:
        break;
    }
    return QStringLiteral("status-unknown");
}

QIcon NodeIcons::forNode(const FleetNode& node)
{
    const QString cacheKey = QStringLiteral("node|%1|%2|%3|%4|%5")
                                 .arg(int(node.nodeKind))
                                 .arg(glyphName(node.nodeKind, node.kind))
                                 .arg(int(node.state))
                                 .arg(node.lintErrors > 0 ? 2 : node.lintWarnings > 0 ? 1 : 0)
                                 .arg(int(Theme::instance()->scheme()));
    auto& cache = iconCache();
    const auto it = cache.constFind(cacheKey);
    if (it != cache.cend())
        return *it;
    const FleetNode copy = [&node] {
        FleetNode n;
        n.nodeKind = node.nodeKind;
        n.kind = node.kind;
        n.state = node.state;
        n.lintErrors = node.lintErrors;
        n.lintWarnings = node.lintWarnings;
        return n;
    }();
    const QIcon icon = makeIcon([&copy](int size, qreal dpr) { return composeNodePixmap(copy, size, dpr); });
    cache.insert(cacheKey, icon);
    return icon;
}

QIcon NodeIcons::glyph(NodeKind nodeKind, const QString& kind)
{
    FleetNode node;
    node.nodeKind = nodeKind;
    node.kind = kind;
    return forNode(node);
}

QIcon NodeIcons::forState(ReconcileState state)
{
    const QString cacheKey = QStringLiteral("state|%1").arg(int(state));
    auto& cache = iconCache();
    const auto it = cache.constFind(cacheKey);
    if (it != cache.cend())
        return *it;
    const QColor color = Theme::instance()->color(stateColor(state));
    const QIcon icon = makeIcon([&](int size, qreal dpr) { return render(stateName(state), color, size, dpr); });
    cache.insert(cacheKey, icon);
    return icon;
}

QIcon NodeIcons::forSeverity(Severity severity, bool silenced)
{
    const QString cacheKey = QStringLiteral("severity|%1|%2").arg(int(severity)).arg(silenced);
    auto& cache = iconCache();
    const auto it = cache.constFind(cacheKey);
    if (it != cache.cend())
        return *it;
    const QString name = silenced ? QStringLiteral("severity-silenced") : severityIconName(severity);
    const QColor color = Theme::instance()->color(silenced ? Theme::Color::Muted : severityColor(severity));
    const QIcon icon = makeIcon([&](int size, qreal dpr) { return render(name, color, size, dpr); });
    cache.insert(cacheKey, icon);
    return icon;
}

QIcon NodeIcons::application()
{
    svgSource(QStringLiteral("org.fleetdesk.Fleetdesk"));
    return QIcon(QStringLiteral(":/icons/org.fleetdesk.Fleetdesk.svg"));
}

} // namespace fleetdesk
