#include "FluxStatus.h"

#include <QJsonArray>

namespace fleetdesk {

namespace {

QJsonObject condition(const QJsonArray& conditions, const QString& type)
{
    for (const QJsonValue& value : conditions) {
        const QJsonObject c = value.toObject();
        if (c.value(QStringLiteral("type")).toString() == type)
            return c;
    }
    return {};
}

QDateTime parseTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

qint64 integer(const QJsonValue& value, qint64 fallback)
{
    return value.isDouble() ? qint64(value.toDouble()) : fallback;
}

} // namespace

QString FluxStatus::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("Unknown");
    case State::Ready:
        return QStringLiteral("Ready");
    case State::Failed:
        return QStringLiteral("Failed");
    case State::Progressing:
        return QStringLiteral("Progressing");
    case State::Suspended:
        return QStringLiteral("Suspended");
    case State::Stalled:
        return QStringLiteral("Stalled");
    }
    return {};
}

FluxStatus FluxStatus::derive(const QJsonObject& object, const QDateTime& now, int staleAfterSeconds)
{
    FluxStatus s;
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    const QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
    const QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = object.value(QStringLiteral("status")).toObject();
    const QJsonArray conditions = status.value(QStringLiteral("conditions")).toArray();

    s.generation = integer(metadata.value(QStringLiteral("generation")), 0);
    s.observedGeneration = integer(status.value(QStringLiteral("observedGeneration")), -1);
    s.suspended = spec.value(QStringLiteral("suspend")).toBool();
    s.suspendReason = annotations.value(SuspendReasonAnnotation).toString();
    s.requestedReconcileAt = annotations.value(ReconcileRequestedAtAnnotation).toString();
    s.lastHandledReconcileAt = status.value(QStringLiteral("lastHandledReconcileAt")).toString();
    s.lastAppliedRevision = status.value(QStringLiteral("lastAppliedRevision")).toString();
    s.lastAttemptedRevision = status.value(QStringLiteral("lastAttemptedRevision")).toString();
    s.artifactRevision = status.value(QStringLiteral("artifact")).toObject().value(QStringLiteral("revision")).toString();

    const QJsonObject ready = condition(conditions, QStringLiteral("Ready"));
    const QJsonObject stalled = condition(conditions, QStringLiteral("Stalled"));
    const QJsonObject reconciling = condition(conditions, QStringLiteral("Reconciling"));
    const QString readyStatus = ready.value(QStringLiteral("status")).toString();
    s.ready = readyStatus == QLatin1String("True");

    auto take = [&s](const QJsonObject& c) {
        s.reason = c.value(QStringLiteral("reason")).toString();
        s.message = c.value(QStringLiteral("message")).toString();
    };

    if (s.suspended) {
        s.state = State::Suspended;
        s.reason = QStringLiteral("Suspended");
        s.message = s.suspendReason;
    } else if (stalled.value(QStringLiteral("status")).toString() == QLatin1String("True")) {
        s.state = State::Stalled;
        take(stalled);
    } else if (s.observedGeneration >= 0 && s.observedGeneration < s.generation) {
        // The controller has not seen the latest spec yet.
        s.state = State::Progressing;
        s.reason = QStringLiteral("ProgressingGeneration");
        s.message = QStringLiteral("observed generation %1 of %2").arg(std::max<qint64>(s.observedGeneration, 0))
                        .arg(s.generation);
    } else if (readyStatus == QLatin1String("False")) {
        // Failed, even while the controller retries (Reconciling=True, ProgressingWithRetry), as the flux CLI says.
        s.state = State::Failed;
        take(ready);
    } else if (reconciling.value(QStringLiteral("status")).toString() == QLatin1String("True")) {
        s.state = State::Progressing;
        take(reconciling);
    } else if (readyStatus == QLatin1String("True")) {
        s.state = State::Ready;
        take(ready);
    } else if (readyStatus == QLatin1String("Unknown")) {
        s.state = State::Progressing;
        take(ready);
    }

    // The last successful reconcile: the newest successful history entry (Kustomization, HelmRelease), else the
    // time the source produced its artifact, else when Ready last turned True.
    bool fromHistory = false;
    for (const QJsonValue& value : status.value(QStringLiteral("history")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString result = entry.value(QStringLiteral("lastReconciledStatus")).toString();
        const QString entryStatus = entry.value(QStringLiteral("status")).toString();
        if (result.isEmpty() ? (!entryStatus.isEmpty() && entryStatus != QLatin1String("deployed")
                                && entryStatus != QLatin1String("superseded"))
                             : result != QLatin1String("ReconciliationSucceeded"))
            continue;
        // Kustomization history dates every reconcile (lastReconciled); HelmRelease history only deploys.
        QDateTime when = parseTime(entry.value(QStringLiteral("lastReconciled")).toString());
        const bool everyReconcile = when.isValid();
        if (!when.isValid())
            when = parseTime(entry.value(QStringLiteral("lastDeployed")).toString());
        if (when.isValid() && (!s.lastSuccess.isValid() || when > s.lastSuccess)) {
            s.lastSuccess = when;
            fromHistory = everyReconcile;
        }
    }
    if (!s.lastSuccess.isValid())
        s.lastSuccess = parseTime(status.value(QStringLiteral("artifact")).toObject()
                                      .value(QStringLiteral("lastUpdateTime")).toString());
    if (!s.lastSuccess.isValid() && s.ready)
        s.lastSuccess = parseTime(ready.value(QStringLiteral("lastTransitionTime")).toString());
    // A ready object without history (sources) may simply have had nothing new to do: only history dates every
    // reconcile. An object that is not ready has not succeeded since lastSuccess, whichever field gave it.
    s.stale = !s.suspended && s.lastSuccess.isValid() && staleAfterSeconds > 0 && (fromHistory || !s.ready)
        && s.lastSuccess.secsTo(now) > staleAfterSeconds;
    return s;
}

} // namespace fleetdesk
