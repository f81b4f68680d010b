// FluxEvent::fromJson for both Event APIs, the newest-first order and the field selector, and
// ControllerHealth::evaluate from Deployments, Leases, endpoints and served APIs. Pure functions: no cluster.

#include "flux/ControllerHealth.h"
#include "flux/FluxEvents.h"

#include <QJsonDocument>
#include <QtTest>

using namespace fleetdesk;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestFluxEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEventsV1EventIsReadWithItsSeriesAndRevision()
    {
        const FluxEvent e = FluxEvent::fromJson(json(R"({
            "metadata": {"name": "apps.1", "namespace": "apps", "uid": "u1",
                         "annotations": {"kustomize.toolkit.fluxcd.io/revision": "main@sha1:abc"}},
            "eventTime": "2026-11-28T01:00:00.123456Z", "reportingController": "kustomize-controller",
            "reason": "ReconciliationSucceeded", "note": "Reconciliation finished", "type": "Normal",
            "series": {"count": 4, "lastObservedTime": "2026-11-28T01:05:00.000001Z"},
            "regarding": {"kind": "Kustomization", "name": "apps"}})"));
        QCOMPARE(e.uid, QStringLiteral("u1"));
        QCOMPARE(e.message, QStringLiteral("Reconciliation finished"));
        QCOMPARE(e.controller, QStringLiteral("kustomize-controller"));
        QCOMPARE(e.revision, QStringLiteral("main@sha1:abc"));
        QCOMPARE(e.count, 4);
        QCOMPARE(e.firstSeen, QDateTime(QDate(2026, 11, 28), QTime(1, 0, 0, 123), Qt::UTC));
        QCOMPARE(e.lastSeen, QDateTime(QDate(2026, 11, 28), QTime(1, 5, 0), Qt::UTC));
        QVERIFY(!e.isWarning());
    }

    void aCoreV1EventIsReadWithItsSourceAndTimestamps()
    {
        const FluxEvent e = FluxEvent::fromJson(json(R"({
            "metadata": {"name": "apps.2", "namespace": "apps", "uid": "u2"},
            "involvedObject": {"kind": "GitRepository", "name": "apps"}, "reason": "GitOperationFailed",
            "message": "failed to checkout", "type": "Warning", "source": {"component": "source-controller"},
            "count": 7, "firstTimestamp": "2026-11-28T00:00:00Z", "lastTimestamp": "2026-11-28T00:30:00Z"})"));
        QCOMPARE(e.controller, QStringLiteral("source-controller"));
        QCOMPARE(e.message, QStringLiteral("failed to checkout"));
        QCOMPARE(e.count, 7);
        QVERIFY(e.isWarning());
        QCOMPARE(e.firstSeen.secsTo(e.lastSeen), 1800);
        QVERIFY(e.revision.isEmpty());
    }

    void eventsSortNewestFirstAndStableOnTies()
    {
        FluxEvent a;
        a.uid = QStringLiteral("a");
        a.lastSeen = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        FluxEvent b = a;
        b.uid = QStringLiteral("b");
        FluxEvent c = a;
        c.uid = QStringLiteral("c");
        c.lastSeen = a.lastSeen.addSecs(60);
        QList<FluxEvent> events{b, a, c};
        FluxEvent::sortNewestFirst(events);
        QCOMPARE(events.at(0).uid, QStringLiteral("c"));
        QCOMPARE(events.at(1).uid, QStringLiteral("a"));
        QCOMPARE(events.at(2).uid, QStringLiteral("b"));
    }

    void theCollectionPathSelectsTheInvolvedObject()
    {
        QCOMPARE(FluxEvents::collectionPath(true, QStringLiteral("Kustomization"), QStringLiteral("apps"),
                                            QStringLiteral("web")),
                 QStringLiteral("/apis/events.k8s.io/v1/namespaces/apps/events?fieldSelector="
                                "regarding.kind%3DKustomization%2Cregarding.name%3Dweb"));
        QCOMPARE(FluxEvents::collectionPath(false, QStringLiteral("HelmRelease"), QStringLiteral("apps"),
                                            QStringLiteral("web")),
                 QStringLiteral("/api/v1/namespaces/apps/events?fieldSelector="
                                "involvedObject.kind%3DHelmRelease%2CinvolvedObject.name%3Dweb"));
    }

    void controllerHealthReadsDeploymentsLeasesEndpointsAndServedApis()
    {
        const QDateTime now(QDate(2026, 11, 28), QTime(1, 0), Qt::UTC);
        const QJsonObject source = json(R"({"metadata": {"name": "source-controller"},
            "spec": {"replicas": 1, "template": {"spec": {"containers": [
                {"name": "manager", "image": "ghcr.io/fluxcd/source-controller:v1.9.0@sha256:0123"}]}}},
            "status": {"availableReplicas": 1}})");
        const QJsonObject kustomize = json(R"({"metadata": {"name": "kc", "labels": {"app.kubernetes.io/component": "kustomize-controller"}},
            "spec": {"replicas": 2}, "status": {"availableReplicas": 1}})");
        const QJsonObject helm = json(R"({"metadata": {"name": "helm-controller"}, "spec": {"replicas": 1},
            "status": {"conditions": [{"type": "Available", "status": "False", "message": "Deployment does not have minimum availability."}]}})");
        const QJsonObject notificationLease = json(R"({"metadata": {"name": "notification-controller-leader-election"},
            "spec": {"holderIdentity": "nc-1", "leaseDurationSeconds": 35, "renewTime": "2026-11-28T00:59:50.000000Z"}})");
        const QJsonObject reflectorLease = json(R"({"metadata": {"name": "image-reflector-controller-leader-election"},
            "spec": {"holderIdentity": "irc-1", "leaseDurationSeconds": 35, "renewTime": "2026-11-28T00:50:00.000000Z"}})");
        const ClusterControllerHealth h = ControllerHealth::evaluate(
            {source, kustomize, helm}, {notificationLease, reflectorLease},
            {QStringLiteral("source.toolkit.fluxcd.io"), QStringLiteral("image.toolkit.fluxcd.io")}, now,
            {{QStringLiteral("image-automation-controller"), 503}});
        QCOMPARE(h.controllers.size(), ControllerHealth::knownControllers().size());
        QCOMPARE(h.find(QStringLiteral("source-controller"))->health, ControllerStatus::Health::Healthy);
        QCOMPARE(h.find(QStringLiteral("source-controller"))->version, QStringLiteral("v1.9.0"));
        QCOMPARE(h.find(QStringLiteral("kustomize-controller"))->health, ControllerStatus::Health::Degraded);
        QCOMPARE(h.find(QStringLiteral("helm-controller"))->health, ControllerStatus::Health::Failed);
        QCOMPARE(h.find(QStringLiteral("helm-controller"))->message,
                 QStringLiteral("Deployment does not have minimum availability."));
        QCOMPARE(h.find(QStringLiteral("notification-controller"))->health, ControllerStatus::Health::Healthy);
        QCOMPARE(h.find(QStringLiteral("notification-controller"))->evidence, QStringLiteral("Lease"));
        QCOMPARE(h.find(QStringLiteral("image-reflector-controller"))->health, ControllerStatus::Health::Failed);
        QCOMPARE(h.find(QStringLiteral("image-automation-controller"))->health, ControllerStatus::Health::Failed);
        QCOMPARE(h.find(QStringLiteral("image-automation-controller"))->evidence, QStringLiteral("Endpoint"));
        QCOMPARE(h.overall(), ControllerStatus::Health::Failed);
    }

    void aControllerWithNothingOnTheClusterIsNotInstalledNotFailed()
    {
        const ClusterControllerHealth h = ControllerHealth::evaluate({}, {}, {QStringLiteral("kustomize.toolkit.fluxcd.io")},
                                                                     QDateTime::currentDateTimeUtc());
        QCOMPARE(h.find(QStringLiteral("helm-controller"))->health, ControllerStatus::Health::NotInstalled);
        QCOMPARE(h.find(QStringLiteral("kustomize-controller"))->health, ControllerStatus::Health::Unknown);
        QCOMPARE(h.overall(), ControllerStatus::Health::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestFluxEvents)
#include "tst_fluxevents.moc"
