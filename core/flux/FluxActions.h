#pragma once

#include "flux/FluxStatus.h"
#include "flux/FluxTarget.h"
#include "kube/KubeClient.h"

#include <QList>
#include <QObject>

#include <functional>

namespace fleetdesk {


enum class FluxAction
{
    Suspend,
    Resume,
    Reconcile
};

/// What happened to one target of an action.
struct FluxActionResult
{
    FluxTarget target;
    bool ok = false;
    QString message;    ///< for people: what was done, or why it failed
    QString errorCode;  ///< "kube.403", "flux.suspended", "flux.timeout", "flux.not-ready"...
    QString deniedVerb; ///< for RBAC denials: the verb the user may not use on target.qualifiedResource()
    QString revision;   ///< after a reconcile: the revision the object reports
};

/// suspend, resume and reconcile with the API semantics of the flux CLI (flux2 cmd/flux/suspend.go, resume.go,
/// reconcile.go, reconcile_with_source.go), on many objects at once, each with its own result:
/// - suspend: merge patch `spec.suspend: true`, and the `suspend.toolkit.fluxcd.io/reason` annotation when a
///   reason is given;
/// - resume: merge patch `spec.suspend: false` with a reconcile request, then waits until it is handled;
/// - reconcile: refuses suspended objects, sets `reconcile.fluxcd.io/requestedAt` to now (RFC 3339 with
///   nanoseconds), waits until `status.lastHandledReconcileAt` matches, and fails when Ready is False; with
///   source, the source (spec.sourceRef, or spec.chart.spec.sourceRef) is reconciled first.
/// Every patch carries the resourceVersion it was computed from; a 409 Conflict reads the object again and
/// retries. Runs on the thread the client lives on.
class FluxActions : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QList<FluxActionResult>&)>;

    explicit FluxActions(KubeClient* client, QObject* parent = nullptr);

    void setReconcileTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }

    void suspend(const QList<FluxTarget>& targets, const QString& reason, Done done);
    void resume(const QList<FluxTarget>& targets, Done done);
    void reconcile(const QList<FluxTarget>& targets, bool withSource, Done done);
    void run(FluxAction action, const QList<FluxTarget>& targets, bool withSource, const QString& reason, Done done);

    static QString actionName(FluxAction action);

private:
    using One = std::function<void(FluxActionResult)>;
    void runEach(const QList<FluxTarget>& targets, std::function<void(const FluxTarget&, One)> step, Done done);
    void patchWithRetry(const FluxTarget& target, std::function<QJsonObject(const QJsonObject& current)> makePatch,
                        std::function<void(Result<QJsonObject>, const QJsonObject& before, FluxActionResult)> done,
                        int attempt = 0);
    void reconcileOne(const FluxTarget& target, bool withSource, bool resume, One done);
    void waitHandled(const FluxTarget& target, const QString& token, qint64 deadline, One done);
    FluxActionResult failure(const FluxTarget& target, const QByteArray& verb, const KubeResponse& response);

    KubeClient* m_client;
    int m_timeoutMs = 120000;
    int m_pollMs = 1000;
};

} // namespace fleetdesk
