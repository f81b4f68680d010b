#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace fleetdesk {

/// The reconcile state of one live Flux object, derived from its spec and status the way kstatus and the flux
/// CLI read them. Pure values; derive() is a pure function of the object and the current time.
struct FluxStatus
{
    enum class State
    {
        Unknown,     ///< no Ready condition and nothing else to go by
        Ready,       ///< Ready=True
        Failed,      ///< Ready=False
        Progressing, ///< Reconciling=True, Ready=Unknown, or observedGeneration behind generation
        Suspended,   ///< spec.suspend
        Stalled      ///< Stalled=True: the controller can't recover on its own
    };

    State state = State::Unknown;
    QString reason;
    QString message;
    bool suspended = false;
    QString suspendReason; ///< annotation suspend.toolkit.fluxcd.io/reason
    bool ready = false;    ///< Ready=True, whatever else holds (a suspended object can be ready)
    qint64 generation = 0;
    qint64 observedGeneration = -1; ///< -1 when absent
    QString lastAppliedRevision;
    QString lastAttemptedRevision;
    QString artifactRevision; ///< sources: status.artifact.revision
    QString lastHandledReconcileAt;
    QString requestedReconcileAt; ///< annotation reconcile.fluxcd.io/requestedAt
    /// When the object last reconciled successfully, as far as the status tells (invalid when it doesn't).
    QDateTime lastSuccess;
    /// lastSuccess is older than the stale threshold (and the object is not suspended).
    bool stale = false;

    /// The revision the cluster runs: the applied revision for deployers, the artifact's for sources.
    QString revision() const { return !lastAppliedRevision.isEmpty() ? lastAppliedRevision : artifactRevision; }
    /// A reconcile request that the controller has not handled yet.
    bool reconcilePending() const
    {
        return !requestedReconcileAt.isEmpty() && requestedReconcileAt != lastHandledReconcileAt;
    }

    static constexpr int DefaultStaleAfterSeconds = 30 * 60;
    static FluxStatus derive(const QJsonObject& object, const QDateTime& now,
                             int staleAfterSeconds = DefaultStaleAfterSeconds);
    static QString stateName(State state);

    bool operator==(const FluxStatus&) const = default;
};

inline const QString ReconcileRequestedAtAnnotation = QStringLiteral("reconcile.fluxcd.io/requestedAt");
inline const QString SuspendReasonAnnotation = QStringLiteral("suspend.toolkit.fluxcd.io/reason");

} // namespace fleetdesk
