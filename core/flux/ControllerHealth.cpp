#include "ControllerHealth.h"

#include "kube/KubeClient.h"
#include "kube/KubeDiscovery.h"
#include "kube/KubeWatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>

namespace fleetdesk {

namespace {

QDateTime parseTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    QString t = text;
    static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
    t.replace(fraction, QStringLiteral(".\\1"));
    const QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

QString nameOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
}

/// The controller a Deployment runs: its name, or its app.kubernetes.io/component / app label.
bool runsController(const QJsonObject& deployment, const QString& controller)
{
    if (nameOf(deployment) == controller)
        return true;
    const QJsonObject labels =
        deployment.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject();
    return labels.value(QStringLiteral("app.kubernetes.io/component")).toString() == controller
        || labels.value(QStringLiteral("app")).toString() == controller;
}

void fromDeployment(ControllerStatus& status, const QJsonObject& deployment)
{
    status.evidence = QStringLiteral("Deployment");
    const QJsonObject spec = deployment.value(QStringLiteral("spec")).toObject();
    const QJsonObject st = deployment.value(QStringLiteral("status")).toObject();
    status.desiredReplicas = spec.contains(QStringLiteral("replicas")) ? spec.value(QStringLiteral("replicas")).toInt()
                                                                       : 1;
    status.availableReplicas = st.value(QStringLiteral("availableReplicas")).toInt();
    const QJsonArray containers = spec.value(QStringLiteral("template"))
                                      .toObject()
                                      .value(QStringLiteral("spec"))
                                      .toObject()
                                      .value(QStringLiteral("containers"))
                                      .toArray();
    QJsonObject container = containers.isEmpty() ? QJsonObject() : containers.first().toObject();
    for (const QJsonValue& c : containers) {
        if (c.toObject().value(QStringLiteral("name")).toString() == QLatin1String("manager"))
            container = c.toObject();
    }
    const QString image = container.value(QStringLiteral("image")).toString();
    const qsizetype at = image.indexOf(QLatin1Char('@'));
    const QString withoutDigest = at >= 0 ? image.left(at) : image;
    const qsizetype colon = withoutDigest.lastIndexOf(QLatin1Char(':'));
    if (colon > withoutDigest.lastIndexOf(QLatin1Char('/')))
        status.version = withoutDigest.mid(colon + 1);
    QString availableMessage;
    bool availableFalse = false;
    for (const QJsonValue& c : st.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject condition = c.toObject();
        if (condition.value(QStringLiteral("type")).toString() == QLatin1String("Available")) {
            availableFalse = condition.value(QStringLiteral("status")).toString() == QLatin1String("False");
            availableMessage = condition.value(QStringLiteral("message")).toString();
        }
    }
    if (status.desiredReplicas == 0) {
        status.health = ControllerStatus::Health::Failed;
        status.message = QCoreApplication::translate("fleetdesk::ControllerHealth", "Scaled to zero replicas");
    } else if (status.availableReplicas == 0) {
        status.health = ControllerStatus::Health::Failed;
        status.message = availableMessage.isEmpty() ? QCoreApplication::translate("fleetdesk::ControllerHealth", "No replica available") : availableMessage;
    } else if (status.availableReplicas < status.desiredReplicas || availableFalse) {
        status.health = ControllerStatus::Health::Degraded;
        status.message = QCoreApplication::translate("fleetdesk::ControllerHealth", "%1 of %2 replicas available")
                             .arg(status.availableReplicas)
                             .arg(status.desiredReplicas);
    } else {
        status.health = ControllerStatus::Health::Healthy;
    }
}

void fromLease(ControllerStatus& status, const QJsonObject& lease, const QDateTime& now)
{
    status.evidence = QStringLiteral("Lease");
    const QJsonObject spec = lease.value(QStringLiteral("spec")).toObject();
    const QString holder = spec.value(QStringLiteral("holderIdentity")).toString();
    const QDateTime renewed = parseTime(spec.value(QStringLiteral("renewTime")).toString());
    const int duration = spec.value(QStringLiteral("leaseDurationSeconds")).toInt(15);
    if (holder.isEmpty()) {
        status.health = ControllerStatus::Health::Failed;
        status.message = QCoreApplication::translate("fleetdesk::ControllerHealth", "No instance holds the leader lease");
    } else if (!renewed.isValid() || renewed.secsTo(now) > duration) {
        status.health = ControllerStatus::Health::Failed;
        status.message = renewed.isValid()
            ? QCoreApplication::translate("fleetdesk::ControllerHealth", "The leader lease was last renewed %1 s ago").arg(renewed.secsTo(now))
            : QCoreApplication::translate("fleetdesk::ControllerHealth", "The leader lease was never renewed");
    } else {
        status.health = ControllerStatus::Health::Healthy;
        status.availableReplicas = 1;
        status.desiredReplicas = 1;
    }
}

int severity(ControllerStatus::Health health)
{
    switch (health) {
    case ControllerStatus::Health::NotInstalled:
        return -1;
    case ControllerStatus::Health::Healthy:
        return 0;
    case ControllerStatus::Health::Unknown:
        return 1;
    case ControllerStatus::Health::Degraded:
        return 2;
    case ControllerStatus::Health::Failed:
        return 3;
    }
    return 1;
}

} // namespace

QString ControllerStatus::healthName(Health health)
{
    switch (health) {
    case Health::Unknown:
        return QStringLiteral("Unknown");
    case Health::Healthy:
        return QStringLiteral("Healthy");
    case Health::Degraded:
        return QStringLiteral("Degraded");
    case Health::Failed:
        return QStringLiteral("Failed");
    case Health::NotInstalled:
        return QStringLiteral("NotInstalled");
    }
    return QStringLiteral("Unknown");
}

ControllerStatus::Health ClusterControllerHealth::overall() const
{
    ControllerStatus::Health worst = ControllerStatus::Health::NotInstalled;
    for (const ControllerStatus& c : controllers) {
        if (severity(c.health) > severity(worst))
            worst = c.health;
    }
    return worst == ControllerStatus::Health::NotInstalled ? ControllerStatus::Health::Unknown : worst;
}

const ControllerStatus* ClusterControllerHealth::find(const QString& name) const
{
    for (const ControllerStatus& c : controllers) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const QList<std::pair<QString, QString>>& ControllerHealth::knownControllers()
{
    static const QList<std::pair<QString, QString>> known{
        {QStringLiteral("source-controller"), QStringLiteral("source.toolkit.fluxcd.io")},
        {QStringLiteral("kustomize-controller"), QStringLiteral("kustomize.toolkit.fluxcd.io")},
        {QStringLiteral("helm-controller"), QStringLiteral("helm.toolkit.fluxcd.io")},
        {QStringLiteral("notification-controller"), QStringLiteral("notification.toolkit.fluxcd.io")},
        {QStringLiteral("image-reflector-controller"), QStringLiteral("image.toolkit.fluxcd.io")},
        {QStringLiteral("image-automation-controller"), QStringLiteral("image.toolkit.fluxcd.io")},
    };
    return known;
}

ClusterControllerHealth ControllerHealth::evaluate(const QList<QJsonObject>& deployments,
                                                   const QList<QJsonObject>& leases, const QStringList& servedGroups,
                                                   const QDateTime& now, const QHash<QString, int>& endpointStatus)
{
    ClusterControllerHealth result;
    for (const auto& [name, group] : knownControllers()) {
        ControllerStatus status;
        status.name = name;
        const auto deployment = std::find_if(deployments.cbegin(), deployments.cend(),
                                             [&name](const QJsonObject& d) { return runsController(d, name); });
        const QString leaseName = name + QStringLiteral("-leader-election");
        const auto lease = std::find_if(leases.cbegin(), leases.cend(),
                                        [&leaseName](const QJsonObject& l) { return nameOf(l) == leaseName; });
        if (deployment != deployments.cend()) {
            fromDeployment(status, *deployment);
        } else if (lease != leases.cend()) {
            fromLease(status, *lease, now);
        } else if (endpointStatus.contains(name)) {
            status.evidence = QStringLiteral("Endpoint");
            const int http = endpointStatus.value(name);
            if (http == 200) {
                status.health = ControllerStatus::Health::Healthy;
            } else {
                status.health = ControllerStatus::Health::Failed;
                status.message = http == 0 ? QCoreApplication::translate("fleetdesk::ControllerHealth", "Its health endpoint does not answer")
                                           : QCoreApplication::translate("fleetdesk::ControllerHealth", "Its health endpoint answers HTTP %1").arg(http);
            }
        } else if (servedGroups.contains(group)) {
            status.health = ControllerStatus::Health::Unknown;
            status.evidence = QStringLiteral("API");
            status.message = QCoreApplication::translate("fleetdesk::ControllerHealth", "Its API is served, but there is no Deployment or leader lease to tell "
                                       "whether it runs");
        } else {
            status.health = ControllerStatus::Health::NotInstalled;
        }
        result.controllers.append(status);
    }
    return result;
}

ControllerHealth::ControllerHealth(KubeClient* client, QString fluxNamespace, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(std::move(fluxNamespace))
    , m_expiry(new QTimer(this))
{
    qRegisterMetaType<fleetdesk::ClusterControllerHealth>();
    m_expiry->setInterval(10000);
    connect(m_expiry, &QTimer::timeout, this, [this]() {
        recompute();
        probeEndpoints();
    });
}

ControllerHealth::~ControllerHealth()
{
    stop();
}

void ControllerHealth::stop()
{
    ++m_epoch;
    m_endpointsPending = 0;
    m_expiry->stop();
    m_deploymentWatch.reset();
    m_leaseWatch.reset();
}

void ControllerHealth::start()
{
    stop();
    const quint64 epoch = ++m_epoch;
    m_deployments.clear();
    m_leases.clear();
    m_servedGroups.clear();
    m_deploymentsKnown = m_leasesKnown = m_groupsKnown = false;
    m_deploymentsForbidden = m_leasesForbidden = false;
    m_ready = false;

    const auto follow = [this](std::unique_ptr<KubeWatch>& watch, const QString& path, QHash<QString, QJsonObject>& into,
                               bool& known, bool& forbidden) {
        watch = std::make_unique<KubeWatch>(m_client, path);
        connect(watch.get(), &KubeWatch::listed, this, [this, &into, &known](const QList<QJsonObject>& items) {
            into.clear();
            for (const QJsonObject& item : items)
                into.insert(nameOf(item), item);
            known = true;
            recompute();
        });
        connect(watch.get(), &KubeWatch::event, this,
                [this, &into](KubeWatch::EventType type, const QJsonObject& object) {
                    if (type == KubeWatch::EventType::Deleted)
                        into.remove(nameOf(object));
                    else
                        into.insert(nameOf(object), object);
                    recompute();
                });
        KubeWatch* w = watch.get();
        connect(w, &KubeWatch::stateChanged, this, [this, w, &known, &forbidden](KubeWatch::State state) {
            if (state != KubeWatch::State::Forbidden)
                return;
            w->stop();
            known = true;
            forbidden = true;
            recompute();
        });
        watch->start();
    };
    const QString ns = m_namespace;
    follow(m_deploymentWatch, QStringLiteral("/apis/apps/v1/namespaces/%1/deployments").arg(ns), m_deployments,
           m_deploymentsKnown, m_deploymentsForbidden);
    follow(m_leaseWatch, QStringLiteral("/apis/coordination.k8s.io/v1/namespaces/%1/leases").arg(ns), m_leases,
           m_leasesKnown, m_leasesForbidden);

    QStringList groups;
    for (const auto& [name, group] : knownControllers()) {
        if (!groups.contains(group))
            groups.append(group);
    }
    auto pending = std::make_shared<int>(int(groups.size()));
    for (const QString& group : std::as_const(groups)) {
        KubeDiscovery::groupVersions(m_client, group, [this, epoch, group, pending](Result<QStringList> versions) {
            if (epoch != m_epoch)
                return;
            if (versions && !versions->isEmpty())
                m_servedGroups.append(group);
            if (--*pending == 0) {
                m_groupsKnown = true;
                recompute();
            }
        });
    }
    m_endpointStatus.clear();
    m_expiry->start();
    probeEndpoints();
}

void ControllerHealth::setHealthEndpoints(const QHash<QString, QUrl>& endpoints, int intervalMs)
{
    m_endpoints = endpoints;
    m_expiry->setInterval(intervalMs);
}

void ControllerHealth::probeEndpoints()
{
    if (m_endpoints.isEmpty() || m_endpointsPending > 0)
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const quint64 epoch = m_epoch;
    m_endpointsPending = int(m_endpoints.size());
    for (auto it = m_endpoints.constBegin(); it != m_endpoints.constEnd(); ++it) {
        QNetworkRequest request(it.value());
        request.setTransferTimeout(3000);
        QNetworkReply* reply = m_network->get(request);
        const QString name = it.key();
        connect(reply, &QNetworkReply::finished, this, [this, reply, name, epoch]() {
            reply->deleteLater();
            if (epoch != m_epoch)
                return;
            --m_endpointsPending;
            m_endpointStatus.insert(name, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            recompute();
        });
    }
}

void ControllerHealth::recompute()
{
    if (!m_deploymentsKnown || !m_leasesKnown || !m_groupsKnown || m_endpointStatus.size() < m_endpoints.size())
        return;
    ClusterControllerHealth health = evaluate(m_deployments.values(), m_leases.values(), m_servedGroups,
                                              QDateTime::currentDateTimeUtc(), m_endpointStatus);
    if (m_deploymentsForbidden && m_leasesForbidden) {
        health.forbidden = true;
        health.reason = tr("You may not read Deployments or Leases in %1").arg(m_namespace);
    }
    const bool first = !m_ready;
    m_ready = true;
    if (!first && health == m_health)
        return;
    m_health = health;
    Q_EMIT changed(m_health);
}

} // namespace fleetdesk
