#pragma once

#include "drift/DriftReport.h"
#include "drift/ManagedFields.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace fleetdesk {

/// kustomize.toolkit.fluxcd.io/ssa on a desired or in-cluster object.
enum class SsaPolicy
{
    Override, ///< the default: the controller reverts every drift of the fields it applies
    Merge,    ///< fields other managers added are kept (a dry-run keeps them too)
    IfNotPresent, ///< created when missing, never changed afterwards
    Ignore        ///< never applied
};

/// Compares one live object with the result of its server-side apply dry-run the way Flux's ssa package does:
/// labels, annotations and everything outside metadata and status count; managedFields, resourceVersion,
/// generation, uid, timestamps and selfLink do not. Produces field drifts with the manager that set each live
/// value (from managedFields), marks fields only the API server set as defaulted, and never lets a Secret value
/// into the report: Secret data is compared by a keyed hash (HMAC-SHA256 with a per-process random key).
/// Pure: no I/O, safe on any thread.
class ObjectComparer
{
public:
    ObjectComparer();
    /// A fixed HMAC key, for tests that need stable redaction markers.
    explicit ObjectComparer(QByteArray hmacKey);

    static SsaPolicy ssaPolicy(const QJsonObject& object);
    /// kustomize.toolkit.fluxcd.io/reconcile: disabled.
    static bool reconcileDisabled(const QJsonObject& object);

    /// Whether Flux would leave the object alone before any dry-run: reconcile disabled or ssa Ignore on the
    /// desired or the live object, or ssa IfNotPresent with a live object. `live` is empty when the object does not
    /// exist. Returns the Skipped drift, or nothing when the object is to be compared.
    std::optional<ObjectDrift> skipped(const ObjectId& id, const QJsonObject& desired, const QJsonObject& live) const;
    /// The drift of an object that exists: InSync or Change.
    ObjectDrift compare(const ObjectId& id, const QJsonObject& live, const QJsonObject& dryRun) const;
    /// An object Flux would create; `desired` is the dry-run result (or the rendered object).
    ObjectDrift created(const ObjectId& id, const QJsonObject& desired) const;
    /// An inventory object Flux would delete.
    ObjectDrift pruned(const ObjectId& id, const QJsonObject& live) const;

    /// The object without status, managedFields, resourceVersion, generation, uid, creationTimestamp and selfLink,
    /// Secret values replaced by redaction markers ("<redacted #1a2b3c4d>": equal values get equal markers).
    QJsonObject normalised(const QJsonObject& object) const;
    QString normalisedYaml(const QJsonObject& object) const;

    /// Keyed hash of a value (hex), the only form in which a Secret value is ever compared.
    QByteArray keyedHash(const QByteArray& value) const;

private:
    void diff(const QString& path, const QJsonValue& live, const QJsonValue& desired, const ManagedFields& managed,
              std::vector<FieldDrift>& out) const;
    void add(const QString& path, const QJsonValue& live, const QJsonValue& desired, const ManagedFields& managed,
             std::vector<FieldDrift>& out) const;
    void diffSecretMap(const QString& path, const QJsonObject& live, const QJsonObject& desired,
                       const ManagedFields& managed, std::vector<FieldDrift>& out) const;

    QByteArray m_key;
};

} // namespace fleetdesk
