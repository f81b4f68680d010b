#include "FluxActions.h"

#include "kube/KubeClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace fleetdesk {

namespace {

QJsonObject readyCondition(const QJsonObject& object)
{
    for (const QJsonValue& c : object.value(QStringLiteral("status")).toObject().value(QStringLiteral("conditions")).toArray()) {
        if (c.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Ready"))
            return c.toObject();
    }
    return {};
}

/// RFC 3339 with nanoseconds, as Go's time.RFC3339Nano (trailing zeros dropped).
QString requestToken()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString fraction = QString::number(now.time().msec() * 1000000 + 1000000000).mid(1);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction)
        + QLatin1Char('Z');
}

QString verbFor(const QByteArray& verb)
{
    if (verb == "PATCH")
        return QStringLiteral("patch");
    if (verb == "GET")
        return QStringLiteral("get");
    return QString::fromLatin1(verb).toLower();
}

} // namespace

FluxActions::FluxActions(KubeClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

QString FluxActions::actionName(FluxAction action)
{
    switch (action) {
    case FluxAction::Suspend:
        return QStringLiteral("suspend");
    case FluxAction::Resume:
        return QStringLiteral("resume");
    case FluxAction::Reconcile:
        return QStringLiteral("reconcile");
    }
    return {};
}

FluxActionResult FluxActions::failure(const FluxTarget& target, const QByteArray& verb, const KubeResponse& response)
{
    FluxActionResult result;
    result.target = target;
    result.errorCode = response.toError(verb, target.objectPath()).code;
    if (response.status == 403) {
        result.deniedVerb = verbFor(verb);
        result.message = tr("Permission denied: you may not %1 %2 in namespace %3 (%4)")
                             .arg(result.deniedVerb, target.qualifiedResource(), target.ns, response.message());
    } else if (response.status == 404) {
        result.message = tr("%1 not found").arg(target.displayName());
    } else {
        result.message = response.message();
    }
    return result;
}

void FluxActions::run(FluxAction action, const QList<FluxTarget>& targets, bool withSource, const QString& reason,
                      Done done)
{
    switch (action) {
    case FluxAction::Suspend:
        suspend(targets, reason, std::move(done));
        return;
    case FluxAction::Resume:
        resume(targets, std::move(done));
        return;
    case FluxAction::Reconcile:
        reconcile(targets, withSource, std::move(done));
        return;
    }
}

void FluxActions::runEach(const QList<FluxTarget>& targets, std::function<void(const FluxTarget&, One)> step,
                          Done done)
{
    struct State
    {
        QList<FluxActionResult> results;
        int pending = 0;
        Done done;
    };
    auto state = std::make_shared<State>();
    state->results.resize(targets.size());
    state->pending = int(targets.size());
    state->done = std::move(done);
    if (targets.isEmpty()) {
        state->done({});
        return;
    }
    // In parallel, as the CLI's goroutines; the client's rate limit keeps it polite.
    for (qsizetype i = 0; i < targets.size(); ++i) {
        step(targets.at(i), [state, i](FluxActionResult result) {
            state->results[i] = std::move(result);
            if (--state->pending == 0)
                state->done(state->results);
        });
    }
}

void FluxActions::patchWithRetry(const FluxTarget& target,
                                 std::function<QJsonObject(const QJsonObject& current)> makePatch,
                                 std::function<void(Result<QJsonObject>, const QJsonObject&, FluxActionResult)> done,
                                 int attempt)
{
    m_client->get(target.objectPath(), [this, target, makePatch, done, attempt](const KubeResponse& got) {
        if (!got.ok()) {
            done(std::unexpected(got.toError("GET", target.objectPath())), {}, failure(target, "GET", got));
            return;
        }
        const QJsonObject before = got.json;
        QJsonObject patch = makePatch(before);
        if (patch.isEmpty()) {
            FluxActionResult refused;
            refused.target = target;
            done(std::unexpected(Error{}), before, refused);
            return;
        }
        // Optimistic concurrency: the patch applies only to the version it was computed from.
        QJsonObject metadata = patch.value(QStringLiteral("metadata")).toObject();
        metadata.insert(QStringLiteral("resourceVersion"),
                        before.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")));
        patch.insert(QStringLiteral("metadata"), metadata);
        m_client->mergePatch(target.objectPath(), patch,
                             [this, target, makePatch, done, attempt, before](const KubeResponse& patched) {
                                 if (patched.status == 409 && attempt < 5) {
                                     patchWithRetry(target, makePatch, done, attempt + 1);
                                     return;
                                 }
                                 if (!patched.ok()) {
                                     done(std::unexpected(patched.toError("PATCH", target.objectPath())), before,
                                          failure(target, "PATCH", patched));
                                     return;
                                 }
                                 FluxActionResult ok;
                                 ok.target = target;
                                 ok.ok = true;
                                 done(patched.json, before, ok);
                             });
    });
}

void FluxActions::suspend(const QList<FluxTarget>& targets, const QString& reason, Done done)
{
    runEach(
        targets,
        [this, reason](const FluxTarget& target, One one) {
            patchWithRetry(
                target,
                [reason](const QJsonObject&) {
                    QJsonObject patch{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("suspend"), true}}}};
                    if (!reason.isEmpty())
                        patch.insert(QStringLiteral("metadata"),
                                     QJsonObject{{QStringLiteral("annotations"),
                                                  QJsonObject{{SuspendReasonAnnotation, reason}}}});
                    return patch;
                },
                [one](Result<QJsonObject> patched, const QJsonObject&, FluxActionResult result) {
                    if (patched)
                        result.message = tr("suspended");
                    one(result);
                });
        },
        std::move(done));
}

void FluxActions::resume(const QList<FluxTarget>& targets, Done done)
{
    runEach(
        targets, [this](const FluxTarget& target, One one) { reconcileOne(target, false, true, std::move(one)); },
        std::move(done));
}

void FluxActions::reconcile(const QList<FluxTarget>& targets, bool withSource, Done done)
{
    runEach(
        targets,
        [this, withSource](const FluxTarget& target, One one) {
            reconcileOne(target, withSource, false, std::move(one));
        },
        std::move(done));
}

void FluxActions::reconcileOne(const FluxTarget& target, bool withSource, bool resume, One done)
{
    if (withSource) {
        // The source first, in the object's namespace unless the reference names another (flux CLI semantics).
        m_client->get(target.objectPath(), [this, target, done](const KubeResponse& got) {
            if (!got.ok()) {
                done(failure(target, "GET", got));
                return;
            }
            const QJsonObject spec = got.json.value(QStringLiteral("spec")).toObject();
            QJsonObject ref = spec.value(QStringLiteral("sourceRef")).toObject();
            if (ref.isEmpty())
                ref = spec.value(QStringLiteral("chart")).toObject().value(QStringLiteral("spec")).toObject()
                          .value(QStringLiteral("sourceRef")).toObject();
            if (ref.isEmpty()) {
                reconcileOne(target, false, false, done);
                return;
            }
            const QString kind = ref.value(QStringLiteral("kind")).toString();
            FluxTarget source;
            source.group = QStringLiteral("source.toolkit.fluxcd.io");
            source.version = QStringLiteral("v1");
            source.kind = kind;
            source.ns = ref.value(QStringLiteral("namespace")).toString(target.ns);
            source.name = ref.value(QStringLiteral("name")).toString();
            reconcileOne(source, false, false, [this, target, done](FluxActionResult sourceResult) {
                if (!sourceResult.ok) {
                    sourceResult.message = tr("source %1: %2").arg(sourceResult.target.displayName(), sourceResult.message);
                    sourceResult.target = target;
                    done(sourceResult);
                    return;
                }
                reconcileOne(target, false, false, done);
            });
        });
        return;
    }

    const QString token = requestToken();
    auto suspendedRefusal = std::make_shared<bool>(false);
    patchWithRetry(
        target,
        [token, resume, suspendedRefusal](const QJsonObject& current) {
            if (!resume && current.value(QStringLiteral("spec")).toObject().value(QStringLiteral("suspend")).toBool()) {
                *suspendedRefusal = true;
                return QJsonObject();
            }
            QJsonObject patch{{QStringLiteral("metadata"),
                               QJsonObject{{QStringLiteral("annotations"),
                                            QJsonObject{{ReconcileRequestedAtAnnotation, token}}}}}};
            if (resume)
                patch.insert(QStringLiteral("spec"), QJsonObject{{QStringLiteral("suspend"), false}});
            return patch;
        },
        [this, target, token, done, suspendedRefusal](Result<QJsonObject> patched, const QJsonObject&,
                                                      FluxActionResult result) {
            if (*suspendedRefusal) {
                result.errorCode = QStringLiteral("flux.suspended");
                result.message = tr("resource is suspended");
                done(result);
                return;
            }
            if (!patched) {
                done(result);
                return;
            }
            waitHandled(target, token, QDateTime::currentMSecsSinceEpoch() + m_timeoutMs, done);
        });
}

void FluxActions::waitHandled(const FluxTarget& target, const QString& token, qint64 deadline, One done)
{
    m_client->get(target.objectPath(), [this, target, token, deadline, done](const KubeResponse& got) {
        if (!got.ok()) {
            done(failure(target, "GET", got));
            return;
        }
        const QJsonObject status = got.json.value(QStringLiteral("status")).toObject();
        const bool handled = status.value(QStringLiteral("lastHandledReconcileAt")).toString() == token;
        const QJsonObject ready = readyCondition(got.json);
        const QString readyStatus = ready.value(QStringLiteral("status")).toString();
        const bool observed = status.value(QStringLiteral("observedGeneration")).toInteger(-1)
            >= got.json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("generation")).toInteger(0);
        // Alerts and Receivers have no lastHandledReconcileAt: for them only Ready counts (as in the CLI).
        const bool noHandling = target.kind == QLatin1String("Alert") || target.kind == QLatin1String("Receiver");
        if ((handled || noHandling) && observed && readyStatus != QLatin1String("Unknown") && !readyStatus.isEmpty()) {
            FluxActionResult result;
            result.target = target;
            const FluxStatus derived = FluxStatus::derive(got.json, QDateTime::currentDateTimeUtc());
            result.revision = derived.revision();
            if (readyStatus == QLatin1String("False")) {
                result.errorCode = QStringLiteral("flux.not-ready");
                result.message = ready.value(QStringLiteral("message")).toString();
            } else {
                result.ok = true;
                result.message = result.revision.isEmpty() ? tr("reconciled")
                                                           : tr("reconciled, revision %1").arg(result.revision);
            }
            done(result);
            return;
        }
        if (QDateTime::currentMSecsSinceEpoch() >= deadline) {
            FluxActionResult result;
            result.target = target;
            result.errorCode = QStringLiteral("flux.timeout");
            result.message = tr("timed out waiting for the reconcile request %1 to be handled").arg(token);
            done(result);
            return;
        }
        QTimer::singleShot(m_pollMs, this, [this, target, token, deadline, done]() {
            waitHandled(target, token, deadline, done);
        });
    });
}

} // namespace fleetdesk
