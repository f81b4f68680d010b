// Flux status derivation from real-shaped objects: tests/data/flux-status holds objects read from the local control
// plane (kustomize-controller and source-controller) and HelmRelease/OCIRepository/HelmChart/Alert objects in the
// shapes their controllers write.

#include "TestData.h"
#include "flux/FluxStatus.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace fleetdesk;

namespace {

QJsonObject readObject(const QString& name)
{
    QFile file(test::dataPath(QStringLiteral("flux-status/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestFluxStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusIsDerivedFromConditionsGenerationAndSpec_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<FluxStatus::State>("state");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<bool>("stale");

        const QDateTime soon = at("2026-11-27T22:50:00Z");
        const QDateTime hourLater = at("2026-11-27T23:50:00Z");
        QTest::newRow("kustomization ready") << "kustomization-v1-ready.json" << soon << FluxStatus::State::Ready
                                             << "ReconciliationSucceeded"
                                             << "main@sha1:668c83c2948545f03619a1d765a0300f097f7d67" << false;
        QTest::newRow("kustomization ready, last reconcile an hour ago")
            << "kustomization-v1-ready.json" << hourLater << FluxStatus::State::Ready << "ReconciliationSucceeded"
            << "main@sha1:668c83c2948545f03619a1d765a0300f097f7d67" << true;
        QTest::newRow("kustomization with a missing path") << "kustomization-v1-failed-path.json" << soon
                                                           << FluxStatus::State::Failed << "ArtifactFailed" << ""
                                                           << false;
        QTest::newRow("kustomization suspended") << "kustomization-v1-suspended.json" << hourLater
                                                 << FluxStatus::State::Suspended << "Suspended" << "" << false;
        QTest::newRow("kustomization whose generation is not observed yet")
            << "kustomization-v1-generation-lag.json" << soon << FluxStatus::State::Progressing
            << "ProgressingGeneration" << "main@sha1:668c83c2948545f03619a1d765a0300f097f7d67" << false;
        QTest::newRow("git repository ready") << "gitrepository-v1-ready.json" << hourLater << FluxStatus::State::Ready
                                              << "Succeeded" << "main@sha1:668c83c2948545f03619a1d765a0300f097f7d67"
                                              << false;
        QTest::newRow("git repository failing while retrying")
            << "gitrepository-v1-failed-retrying.json" << soon << FluxStatus::State::Failed << "GitOperationFailed"
            << "" << false;
        QTest::newRow("oci repository building an artifact")
            << "ocirepository-v1-progressing.json" << soon << FluxStatus::State::Progressing << "Progressing" << ""
            << false;
        // Its last successful deploy was the day before: not ready since then, so stale.
        QTest::newRow("helm release out of retries") << "helmrelease-v2-stalled.json" << soon
                                                     << FluxStatus::State::Stalled << "RetriesExceeded" << "" << true;
        QTest::newRow("helm release ready") << "helmrelease-v2-ready.json" << soon << FluxStatus::State::Ready
                                            << "UpgradeSucceeded" << "1.16.2" << false;
        QTest::newRow("helm chart ready") << "helmchart-v1beta2-ready.json" << hourLater << FluxStatus::State::Ready
                                          << "ChartPullSucceeded" << "1.16.2" << false;
        QTest::newRow("alert without status") << "alert-v1beta3-no-status.json" << soon << FluxStatus::State::Unknown
                                              << "" << "" << false;
    }

    void statusIsDerivedFromConditionsGenerationAndSpec()
    {
        QFETCH(QString, file);
        QFETCH(QDateTime, now);
        const QJsonObject object = readObject(file);
        QVERIFY2(!object.isEmpty(), qPrintable(file));
        const FluxStatus status = FluxStatus::derive(object, now);
        QTEST(status.state, "state");
        QTEST(status.reason, "reason");
        QTEST(status.revision(), "revision");
        QTEST(status.stale, "stale");
    }

    void revisionsAndReconcileHandlingAreRead()
    {
        const FluxStatus hr = FluxStatus::derive(readObject(QStringLiteral("helmrelease-v2-ready.json")),
                                                 at("2026-11-27T22:10:00Z"));
        QCOMPARE(hr.lastAppliedRevision, QStringLiteral("1.16.2"));
        QCOMPARE(hr.lastAttemptedRevision, QStringLiteral("1.16.2"));
        QCOMPARE(hr.lastHandledReconcileAt, QStringLiteral("2026-11-27T22:00:00.123456789Z"));
        QVERIFY(!hr.reconcilePending());
        QCOMPARE(hr.lastSuccess, at("2026-11-27T22:00:05Z"));

        const FluxStatus stalled = FluxStatus::derive(readObject(QStringLiteral("helmrelease-v2-stalled.json")),
                                                      at("2026-11-27T22:10:00Z"));
        QCOMPARE(stalled.lastAttemptedRevision, QStringLiteral("4.11.3"));
        QVERIFY(stalled.lastAppliedRevision.isEmpty());
        // Only the superseded (once deployed) release counts as a success, not the failed one.
        QCOMPARE(stalled.lastSuccess, at("2026-11-26T08:00:00Z"));
    }

    void aSuspendedObjectCarriesTheReasonAnnotation()
    {
        const FluxStatus status = FluxStatus::derive(readObject(QStringLiteral("kustomization-v1-suspended.json")),
                                                     at("2026-11-27T22:50:00Z"));
        QVERIFY(status.suspended);
        QCOMPARE(status.suspendReason, QStringLiteral("maintenance window"));
        QCOMPARE(status.message, QStringLiteral("maintenance window"));
    }

    void aReconcileRequestIsPendingUntilTheControllerHandlesIt()
    {
        QJsonObject object = readObject(QStringLiteral("kustomization-v1-ready.json"));
        QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("annotations"),
                        QJsonObject{{ReconcileRequestedAtAnnotation, QStringLiteral("2026-11-27T22:49:00Z")}});
        object.insert(QStringLiteral("metadata"), metadata);
        QVERIFY(FluxStatus::derive(object, at("2026-11-27T22:50:00Z")).reconcilePending());

        QJsonObject status = object.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("lastHandledReconcileAt"), QStringLiteral("2026-11-27T22:49:00Z"));
        object.insert(QStringLiteral("status"), status);
        QVERIFY(!FluxStatus::derive(object, at("2026-11-27T22:50:00Z")).reconcilePending());
    }

    void theStaleThresholdIsConfigurable()
    {
        const QJsonObject object = readObject(QStringLiteral("kustomization-v1-ready.json"));
        const QDateTime now = at("2026-11-27T22:54:15Z"); // ten minutes after the last reconcile
        QVERIFY(!FluxStatus::derive(object, now).stale);
        QVERIFY(FluxStatus::derive(object, now, 5 * 60).stale);
        QVERIFY(!FluxStatus::derive(object, now, 0).stale); // 0 turns the check off
    }
};

QTEST_GUILESS_MAIN(TestFluxStatus)
#include "tst_fluxstatus.moc"
