#include "ObjectComparer.h"

#include "drift/DriftYaml.h"
#include "drift/FieldPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace fleetdesk {

namespace {

const QString ssaAnnotation = QStringLiteral("kustomize.toolkit.fluxcd.io/ssa");
const QString reconcileAnnotation = QStringLiteral("kustomize.toolkit.fluxcd.io/reconcile");
const QString lastApplied = QStringLiteral("kubectl.kubernetes.io/last-applied-configuration");

QByteArray processKey()
{
    static const QByteArray key = [] {
        QByteArray bytes(32, '\0');
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                             reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
        return bytes;
    }();
    return key;
}

QString metadataValue(const QJsonObject& object, const QString& field, const QString& key)
{
    return object.value(QStringLiteral("metadata")).toObject().value(field).toObject().value(key).toString();
}

bool isSecret(const QJsonObject& object)
{
    return object.value(QStringLiteral("kind")).toString() == QLatin1String("Secret")
        && object.value(QStringLiteral("apiVersion")).toString() == QLatin1String("v1");
}

/// The part of an object Flux compares: labels, annotations and everything outside metadata and status.
QJsonObject comparable(const QJsonObject& object)
{
    QJsonObject result = object;
    result.remove(QStringLiteral("status"));
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    QJsonObject kept;
    for (const QString& key : {QStringLiteral("labels"), QStringLiteral("annotations")}) {
        if (metadata.contains(key) && !metadata.value(key).toObject().isEmpty())
            kept.insert(key, metadata.value(key));
    }
    result.remove(QStringLiteral("metadata"));
    if (!kept.isEmpty())
        result.insert(QStringLiteral("metadata"), kept);
    return result;
}

/// The merge key names Kubernetes uses for well-known lists, when managedFields does not say.
QStringList knownKeys(const QString& listPath, const QJsonArray& items)
{
    const QStringList steps = FieldPath::split(listPath);
    const QString field = steps.isEmpty() ? QString() : steps.last().mid(1);
    const auto allHave = [&items](const QString& key) {
        return std::all_of(items.begin(), items.end(),
                           [&key](const QJsonValue& v) { return v.toObject().contains(key); });
    };
    const auto withProtocol = [&](const QString& key) {
        QStringList keys{key};
        if (allHave(QStringLiteral("protocol")))
            keys.append(QStringLiteral("protocol"));
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    if (field == QLatin1String("ports")) {
        if (allHave(QStringLiteral("containerPort")))
            return withProtocol(QStringLiteral("containerPort"));
        if (allHave(QStringLiteral("port")))
            return withProtocol(QStringLiteral("port"));
    }
    if (field == QLatin1String("volumeMounts") || field == QLatin1String("volumeDevices"))
        return {field == QLatin1String("volumeMounts") ? QStringLiteral("mountPath") : QStringLiteral("devicePath")};
    if (field == QLatin1String("tolerations") || field == QLatin1String("args") || field == QLatin1String("command"))
        return {};
    if (allHave(QStringLiteral("name")))
        return {QStringLiteral("name")};
    return {};
}

QJsonObject keyOf(const QJsonObject& item, const QStringList& keys)
{
    QJsonObject result;
    for (const QString& key : keys)
        result.insert(key, item.value(key));
    return result;
}

/// The items of two lists paired by their merge keys, or nothing when the lists are not keyed (atomic).
std::optional<QStringList> usableKeys(const QStringList& keys, const QJsonArray& live, const QJsonArray& desired)
{
    if (keys.isEmpty())
        return std::nullopt;
    for (const QJsonArray* array : {&live, &desired}) {
        QSet<QString> seen;
        for (const QJsonValue& v : *array) {
            if (!v.isObject())
                return std::nullopt;
            const QJsonObject item = v.toObject();
            for (const QString& key : keys) {
                if (!item.contains(key) || item.value(key).isObject() || item.value(key).isArray())
                    return std::nullopt;
            }
            const QString step = ManagedFields::itemStep(keyOf(item, keys));
            if (seen.contains(step))
                return std::nullopt;
            seen.insert(step);
        }
    }
    return keys;
}

} // namespace

ObjectComparer::ObjectComparer()
    : m_key(processKey())
{
}

ObjectComparer::ObjectComparer(QByteArray hmacKey)
    : m_key(std::move(hmacKey))
{
}

SsaPolicy ObjectComparer::ssaPolicy(const QJsonObject& object)
{
    const QString value = metadataValue(object, QStringLiteral("annotations"), ssaAnnotation).toLower();
    if (value == QLatin1String("merge"))
        return SsaPolicy::Merge;
    if (value == QLatin1String("ifnotpresent"))
        return SsaPolicy::IfNotPresent;
    if (value == QLatin1String("ignore"))
        return SsaPolicy::Ignore;
    return SsaPolicy::Override;
}

bool ObjectComparer::reconcileDisabled(const QJsonObject& object)
{
    // Flux matches the annotation or the label, case-insensitively for the value.
    return metadataValue(object, QStringLiteral("annotations"), reconcileAnnotation).toLower()
        == QLatin1String("disabled")
        || metadataValue(object, QStringLiteral("labels"), reconcileAnnotation).toLower()
        == QLatin1String("disabled");
}

std::optional<ObjectDrift> ObjectComparer::skipped(const ObjectId& id, const QJsonObject& desired,
                                                   const QJsonObject& live) const
{
    const auto skip = [&](const QString& message) {
        ObjectDrift drift;
        drift.id = id;
        drift.kind = DriftKind::Skipped;
        drift.message = message;
        if (!live.isEmpty())
            drift.liveYaml = normalisedYaml(live);
        drift.desiredYaml = normalisedYaml(desired);
        return drift;
    };
    if (reconcileDisabled(desired) || (!live.isEmpty() && reconcileDisabled(live)))
        return skip(QCoreApplication::translate("ObjectComparer", "reconcile disabled (%1: disabled)")
                        .arg(reconcileAnnotation));
    if (ssaPolicy(desired) == SsaPolicy::Ignore || (!live.isEmpty() && ssaPolicy(live) == SsaPolicy::Ignore))
        return skip(QCoreApplication::translate("ObjectComparer", "never applied (%1: Ignore)").arg(ssaAnnotation));
    if (!live.isEmpty()
        && (ssaPolicy(desired) == SsaPolicy::IfNotPresent || ssaPolicy(live) == SsaPolicy::IfNotPresent))
        return skip(QCoreApplication::translate("ObjectComparer", "exists, applied only when missing (%1: IfNotPresent)")
                        .arg(ssaAnnotation));
    return std::nullopt;
}

ObjectDrift ObjectComparer::compare(const ObjectId& id, const QJsonObject& live, const QJsonObject& dryRun) const
{
    ObjectDrift drift;
    drift.id = id;
    drift.liveYaml = normalisedYaml(live);
    drift.desiredYaml = normalisedYaml(dryRun);
    const ManagedFields managed = ManagedFields::parse(
        live.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("managedFields")).toArray());
    const QJsonObject liveCompared = comparable(live);
    const QJsonObject desiredCompared = comparable(dryRun);
    if (isSecret(live) || isSecret(dryRun)) {
        // Values of data, stringData and the last-applied annotation are compared by keyed hash only.
        QJsonObject liveRest = liveCompared;
        QJsonObject desiredRest = desiredCompared;
        for (const QString& field : {QStringLiteral("data"), QStringLiteral("stringData")}) {
            diffSecretMap(FieldPath::fieldStep(field), liveRest.value(field).toObject(),
                          desiredRest.value(field).toObject(), managed, drift.fields);
            liveRest.remove(field);
            desiredRest.remove(field);
        }
        const auto annotations = [](const QJsonObject& o) {
            return o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject();
        };
        const auto stripLastApplied = [](QJsonObject& o) {
            QJsonObject metadata = o.value(QStringLiteral("metadata")).toObject();
            QJsonObject a = metadata.value(QStringLiteral("annotations")).toObject();
            a.remove(lastApplied);
            if (a.isEmpty())
                metadata.remove(QStringLiteral("annotations"));
            else
                metadata.insert(QStringLiteral("annotations"), a);
            if (metadata.isEmpty())
                o.remove(QStringLiteral("metadata"));
            else
                o.insert(QStringLiteral("metadata"), metadata);
        };
        QJsonObject liveLast, desiredLast;
        if (annotations(liveRest).contains(lastApplied))
            liveLast.insert(lastApplied, annotations(liveRest).value(lastApplied));
        if (annotations(desiredRest).contains(lastApplied))
            desiredLast.insert(lastApplied, annotations(desiredRest).value(lastApplied));
        diffSecretMap(QStringLiteral(".metadata.annotations"), liveLast, desiredLast, managed, drift.fields);
        stripLastApplied(liveRest);
        stripLastApplied(desiredRest);
        diff(QString(), liveRest, desiredRest, managed, drift.fields);
    } else {
        diff(QString(), liveCompared, desiredCompared, managed, drift.fields);
    }
    std::sort(drift.fields.begin(), drift.fields.end(),
              [](const FieldDrift& a, const FieldDrift& b) { return a.path < b.path; });
    drift.kind = drift.fields.empty() ? DriftKind::InSync : DriftKind::Change;
    return drift;
}

ObjectDrift ObjectComparer::created(const ObjectId& id, const QJsonObject& desired) const
{
    ObjectDrift drift;
    drift.id = id;
    drift.kind = DriftKind::Create;
    drift.desiredYaml = normalisedYaml(desired);
    return drift;
}

ObjectDrift ObjectComparer::pruned(const ObjectId& id, const QJsonObject& live) const
{
    ObjectDrift drift;
    drift.id = id;
    drift.kind = DriftKind::Prune;
    if (!live.isEmpty())
        drift.liveYaml = normalisedYaml(live);
    return drift;
}

QJsonObject ObjectComparer::normalised(const QJsonObject& object) const
{
    QJsonObject result = object;
    result.remove(QStringLiteral("status"));
    QJsonObject metadata = result.value(QStringLiteral("metadata")).toObject();
    for (const QString& key : {QStringLiteral("managedFields"), QStringLiteral("resourceVersion"),
                              QStringLiteral("generation"), QStringLiteral("uid"), QStringLiteral("creationTimestamp"),
                              QStringLiteral("selfLink")})
        metadata.remove(key);
    if (isSecret(object)) {
        const auto redact = [this](const QJsonValue& value) {
            return QJsonValue(QStringLiteral("<redacted #%1>")
                                  .arg(QString::fromLatin1(keyedHash(value.toString().toUtf8()).left(8))));
        };
        for (const QString& field : {QStringLiteral("data"), QStringLiteral("stringData")}) {
            if (!result.value(field).isObject())
                continue;
            QJsonObject values = result.value(field).toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                *it = redact(*it);
            result.insert(field, values);
        }
        QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
        if (annotations.contains(lastApplied)) {
            annotations.insert(lastApplied, redact(annotations.value(lastApplied)));
            metadata.insert(QStringLiteral("annotations"), annotations);
        }
    }
    if (metadata.isEmpty())
        result.remove(QStringLiteral("metadata"));
    else
        result.insert(QStringLiteral("metadata"), metadata);
    return result;
}

QString ObjectComparer::normalisedYaml(const QJsonObject& object) const
{
    if (object.isEmpty())
        return {};
    return DriftYaml::write(normalised(object));
}

QByteArray ObjectComparer::keyedHash(const QByteArray& value) const
{
    return QMessageAuthenticationCode::hash(value, m_key, QCryptographicHash::Sha256).toHex();
}

void ObjectComparer::add(const QString& path, const QJsonValue& live, const QJsonValue& desired,
                         const ManagedFields& managed, std::vector<FieldDrift>& out) const
{
    FieldDrift field;
    field.path = path;
    field.live = live;
    field.desired = desired;
    if (!live.isUndefined()) {
        if (const ManagedFields::Entry* owner = managed.ownerOf(path)) {
            field.manager = owner->manager;
            field.operation = owner->operation;
        }
        // Only live and set by nobody (or by the API server itself): a default, not an edit.
        field.defaulted = desired.isUndefined()
            && (field.manager.isEmpty() || field.manager == QLatin1String("kube-apiserver"));
    }
    out.push_back(std::move(field));
}

void ObjectComparer::diffSecretMap(const QString& path, const QJsonObject& live, const QJsonObject& desired,
                                   const ManagedFields& managed, std::vector<FieldDrift>& out) const
{
    QStringList keys = live.keys();
    for (const QString& key : desired.keys()) {
        if (!live.contains(key))
            keys.append(key);
    }
    for (const QString& key : keys) {
        const bool inLive = live.contains(key);
        const bool inDesired = desired.contains(key);
        if (inLive && inDesired
            && keyedHash(live.value(key).toString().toUtf8()) == keyedHash(desired.value(key).toString().toUtf8()))
            continue;
        FieldDrift field;
        field.path = path + FieldPath::fieldStep(key);
        field.secretValue = true;
        field.live = QJsonValue(QJsonValue::Undefined);
        field.desired = QJsonValue(QJsonValue::Undefined);
        // Withheld: Undefined on both sides, whatever the values.
        if (inLive) {
            if (const ManagedFields::Entry* owner = managed.ownerOf(field.path)) {
                field.manager = owner->manager;
                field.operation = owner->operation;
            }
        }
        out.push_back(std::move(field));
    }
}

void ObjectComparer::diff(const QString& path, const QJsonValue& live, const QJsonValue& desired,
                          const ManagedFields& managed, std::vector<FieldDrift>& out) const
{
    if (live == desired)
        return;
    if (live.isObject() && desired.isObject()) {
        const QJsonObject l = live.toObject();
        const QJsonObject d = desired.toObject();
        QStringList keys = l.keys();
        for (const QString& key : d.keys()) {
            if (!l.contains(key))
                keys.append(key);
        }
        std::sort(keys.begin(), keys.end());
        for (const QString& key : keys)
            diff(path + FieldPath::fieldStep(key), l.value(key), d.value(key), managed, out);
        return;
    }
    if (live.isArray() && desired.isArray()) {
        const QJsonArray l = live.toArray();
        const QJsonArray d = desired.toArray();
        QStringList keys = managed.listKeys(path);
        if (!usableKeys(keys, l, d)) {
            QJsonArray both = l;
            for (const QJsonValue& v : d)
                both.append(v);
            keys = knownKeys(path, both);
        }
        if (const std::optional<QStringList> usable = usableKeys(keys, l, d)) {
            QHash<QString, QJsonValue> liveItems;
            QStringList order;
            for (const QJsonValue& v : l) {
                const QString step = ManagedFields::itemStep(keyOf(v.toObject(), *usable));
                liveItems.insert(step, v);
                order.append(step);
            }
            QHash<QString, QJsonValue> desiredItems;
            for (const QJsonValue& v : d) {
                const QString step = ManagedFields::itemStep(keyOf(v.toObject(), *usable));
                desiredItems.insert(step, v);
                if (!liveItems.contains(step))
                    order.append(step);
            }
            for (const QString& step : order)
                diff(path + step, liveItems.value(step, QJsonValue(QJsonValue::Undefined)),
                     desiredItems.value(step, QJsonValue(QJsonValue::Undefined)), managed, out);
            return;
        }
    }
    add(path, live, desired, managed, out);
}

} // namespace fleetdesk
