#include "StrategicMergePatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>

#include <optional>
#include <vector>

namespace fleetdesk {

namespace {

const QString kPatch = QStringLiteral("$patch");

/// How a list field merges, and the schema type of its items (or of a map field).
struct FieldSchema
{
    QStringList keys;            ///< merge keys of a list of maps, primary first
    bool primitiveSet = false;   ///< a list of scalars merged as a set (finalizers)
    const char* type = nullptr;  ///< schema type of the value (a map) or of the list's items
};

using TypeSchema = QHash<QString, FieldSchema>;

/// The part of Kubernetes' OpenAPI schema that matters for merging: the fields that lead to lists with a patch merge
/// key, as in kustomize's built-in schema.
const QHash<QString, TypeSchema>& schemaTypes()
{
    static const QHash<QString, TypeSchema> types = [] {
        QHash<QString, TypeSchema> t;
        const auto map = [](const char* type) { return FieldSchema{{}, false, type}; };
        const auto keyed = [](QStringList keys, const char* type = nullptr) { return FieldSchema{keys, false, type}; };
        t[QStringLiteral("ObjectMeta")] = {{QStringLiteral("finalizers"), FieldSchema{{}, true, nullptr}},
                                           {QStringLiteral("ownerReferences"), keyed({QStringLiteral("uid")})}};
        t[QStringLiteral("Object")] = {{QStringLiteral("metadata"), map("ObjectMeta")}};
        t[QStringLiteral("Workload")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                         {QStringLiteral("spec"), map("WorkloadSpec")}};
        t[QStringLiteral("WorkloadSpec")] = {{QStringLiteral("template"), map("PodTemplateSpec")}};
        t[QStringLiteral("CronJob")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                        {QStringLiteral("spec"), map("CronJobSpec")}};
        t[QStringLiteral("CronJobSpec")] = {{QStringLiteral("jobTemplate"), map("JobTemplateSpec")}};
        t[QStringLiteral("JobTemplateSpec")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                                {QStringLiteral("spec"), map("WorkloadSpec")}};
        t[QStringLiteral("Pod")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                    {QStringLiteral("spec"), map("PodSpec")}};
        t[QStringLiteral("PodTemplate")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                            {QStringLiteral("template"), map("PodTemplateSpec")}};
        t[QStringLiteral("PodTemplateSpec")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                                {QStringLiteral("spec"), map("PodSpec")}};
        const QString name = QStringLiteral("name");
        t[QStringLiteral("PodSpec")] = {
            {QStringLiteral("containers"), keyed({name}, "Container")},
            {QStringLiteral("initContainers"), keyed({name}, "Container")},
            {QStringLiteral("ephemeralContainers"), keyed({name}, "Container")},
            {QStringLiteral("volumes"), keyed({name})},
            {QStringLiteral("imagePullSecrets"), keyed({name})},
            {QStringLiteral("hostAliases"), keyed({QStringLiteral("ip")})},
            {QStringLiteral("topologySpreadConstraints"),
             keyed({QStringLiteral("topologyKey"), QStringLiteral("whenUnsatisfiable")})},
        };
        t[QStringLiteral("Container")] = {
            {QStringLiteral("ports"), keyed({QStringLiteral("containerPort"), QStringLiteral("protocol")})},
            {QStringLiteral("env"), keyed({name})},
            {QStringLiteral("volumeMounts"), keyed({QStringLiteral("mountPath")})},
            {QStringLiteral("volumeDevices"), keyed({QStringLiteral("devicePath")})},
        };
        t[QStringLiteral("Service")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                        {QStringLiteral("spec"), map("ServiceSpec")}};
        t[QStringLiteral("ServiceSpec")] = {
            {QStringLiteral("ports"), keyed({QStringLiteral("port"), QStringLiteral("protocol")})}};
        t[QStringLiteral("ServiceAccount")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                               {QStringLiteral("secrets"), keyed({name})}};
        t[QStringLiteral("WebhookConfiguration")] = {{QStringLiteral("metadata"), map("ObjectMeta")},
                                                     {QStringLiteral("webhooks"), keyed({name})}};
        return t;
    }();
    return types;
}

/// The schema type at the root of a built-in kind, keyed by "group/Kind"; absent for custom resources.
const QHash<QString, QString>& rootTypes()
{
    static const QHash<QString, QString> roots = [] {
        QHash<QString, QString> r;
        const auto add = [&r](const char* group, std::initializer_list<const char*> kinds, const char* type) {
            for (const char* kind : kinds)
                r.insert(QLatin1String(group) + QLatin1Char('/') + QLatin1String(kind), QLatin1String(type));
        };
        add("", {"ConfigMap", "Secret", "Namespace", "Node", "PersistentVolume", "PersistentVolumeClaim", "Endpoints",
                 "LimitRange", "ResourceQuota", "Event", "Binding", "ComponentStatus"},
            "Object");
        add("", {"Pod"}, "Pod");
        add("", {"PodTemplate"}, "PodTemplate");
        add("", {"ReplicationController"}, "Workload");
        add("", {"Service"}, "Service");
        add("", {"ServiceAccount"}, "ServiceAccount");
        add("apps", {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"}, "Workload");
        add("extensions", {"Deployment", "DaemonSet", "ReplicaSet"}, "Workload");
        add("apps", {"ControllerRevision"}, "Object");
        add("batch", {"Job"}, "Workload");
        add("batch", {"CronJob"}, "CronJob");
        add("rbac.authorization.k8s.io", {"Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding"}, "Object");
        add("networking.k8s.io", {"Ingress", "IngressClass", "NetworkPolicy"}, "Object");
        add("extensions", {"Ingress", "NetworkPolicy", "PodSecurityPolicy"}, "Object");
        add("policy", {"PodDisruptionBudget", "PodSecurityPolicy"}, "Object");
        add("autoscaling", {"HorizontalPodAutoscaler"}, "Object");
        add("storage.k8s.io", {"StorageClass", "CSIDriver", "CSINode", "VolumeAttachment", "CSIStorageCapacity"},
            "Object");
        add("apiextensions.k8s.io", {"CustomResourceDefinition"}, "Object");
        add("admissionregistration.k8s.io", {"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"},
            "WebhookConfiguration");
        add("scheduling.k8s.io", {"PriorityClass"}, "Object");
        add("coordination.k8s.io", {"Lease"}, "Object");
        add("discovery.k8s.io", {"EndpointSlice"}, "Object");
        add("apiregistration.k8s.io", {"APIService"}, "Object");
        add("node.k8s.io", {"RuntimeClass"}, "Object");
        add("certificates.k8s.io", {"CertificateSigningRequest"}, "Object");
        add("flowcontrol.apiserver.k8s.io", {"FlowSchema", "PriorityLevelConfiguration"}, "Object");
        add("events.k8s.io", {"Event"}, "Object");
        return r;
    }();
    return roots;
}

QString groupOf(const QString& apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : apiVersion.left(slash);
}

const TypeSchema* typeSchema(const char* type)
{
    if (!type)
        return nullptr;
    const auto& types = schemaTypes();
    const auto it = types.constFind(QLatin1String(type));
    return it == types.constEnd() ? nullptr : &it.value();
}

const FieldSchema* fieldSchema(const TypeSchema* type, const QString& field)
{
    if (!type)
        return nullptr;
    const auto it = type->constFind(field);
    return it == type->constEnd() ? nullptr : &it.value();
}

bool isDirective(const QJsonValue& value, const char* directive)
{
    return value.isObject() && value.toObject().value(kPatch).toString() == QLatin1String(directive);
}

QJsonValue clean(const QJsonValue& value);

/// A new value from the patch, with nulls and `$patch` directives removed (what merging it onto nothing gives).
QJsonObject cleanObject(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == kPatch || it.value().isNull())
            continue;
        if (isDirective(it.value(), "delete"))
            continue;
        out.insert(it.key(), clean(it.value()));
    }
    return out;
}

QJsonValue clean(const QJsonValue& value)
{
    if (value.isObject())
        return cleanObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray()) {
            if (isDirective(item, "delete") || isDirective(item, "replace"))
                continue;
            out.append(clean(item));
        }
        return out;
    }
    return value;
}

/// The text a merge key's value compares by ("" when absent).
QString keyText(const QJsonObject& item, const QString& key)
{
    const QJsonValue v = item.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

/// The first error of a merge: kyaml refuses to merge values of different kinds (a map onto a scalar, ...).
struct MergeContext
{
    QString error;
    QStringList path;
};

std::optional<QJsonObject> mergeObject(const QJsonObject& dest, const QJsonObject& patch, const TypeSchema* type,
                                       MergeContext& context);

const char* kindName(const QJsonValue& v)
{
    return v.isObject() ? "MappingNode" : v.isArray() ? "SequenceNode" : "ScalarNode";
}

QJsonArray mergeList(const QJsonArray& dest, const QJsonArray& patch, const FieldSchema* field, MergeContext& context)
{
    if (!field || (field->keys.isEmpty() && !field->primitiveSet))
        return clean(patch).toArray();

    if (field->primitiveSet) {
        QJsonArray out;
        QSet<QString> seen;
        for (const QJsonArray* list : {&patch, &dest}) {
            for (const QJsonValue& v : *list) {
                const QString text = v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17);
                if (seen.contains(text))
                    continue;
                seen.insert(text);
                out.append(v);
            }
        }
        return out;
    }

    for (const QJsonValue& item : patch) {
        if (isDirective(item, "replace") && item.toObject().size() == 1)
            return clean(patch).toArray();
    }

    const TypeSchema* itemType = typeSchema(field->type);
    const QStringList& keys = field->keys;
    std::vector<std::optional<QJsonObject>> merged(size_t(dest.size()));
    std::vector<bool> emitted(size_t(dest.size()), false);
    std::vector<bool> deleted(size_t(dest.size()), false);
    for (qsizetype i = 0; i < dest.size(); ++i)
        merged[size_t(i)] = dest.at(i).toObject();

    QJsonArray out;
    for (const QJsonValue& value : patch) {
        if (!value.isObject()) {
            out.append(value);
            continue;
        }
        const QJsonObject item = value.toObject();
        QStringList validKeys;
        for (const QString& key : keys) {
            if (!keyText(item, key).isEmpty())
                validKeys.append(key);
        }
        if (validKeys.isEmpty())
            validKeys = keys;

        qsizetype found = -1;
        for (qsizetype i = 0; i < dest.size() && found < 0; ++i) {
            if (deleted[size_t(i)] || !dest.at(i).isObject())
                continue;
            const QJsonObject candidate = dest.at(i).toObject();
            bool all = true;
            for (const QString& key : validKeys)
                all = all && keyText(candidate, key) == keyText(item, key);
            if (all)
                found = i;
        }

        if (isDirective(item, "delete")) {
            if (found >= 0)
                deleted[size_t(found)] = true;
            continue;
        }
        if (found >= 0) {
            if (isDirective(item, "replace"))
                continue; // kustomize keeps the target's item as it is
            std::optional<QJsonObject> result = mergeObject(*merged[size_t(found)], item, itemType, context);
            if (!result || result->isEmpty()) {
                deleted[size_t(found)] = true;
                continue;
            }
            merged[size_t(found)] = *result;
            if (validKeys.size() == 1) {
                out.append(*result);
                emitted[size_t(found)] = true;
            }
            continue;
        }
        if (validKeys.size() > 1) {
            // kyaml drops a new item keyed by several keys when the target has one that matches only its primary
            // key (a port with a protocol against the same port without one).
            bool shadowed = false;
            for (qsizetype i = 0; i < dest.size() && !shadowed; ++i) {
                const QJsonObject candidate = dest.at(i).toObject();
                if (deleted[size_t(i)] || keyText(candidate, validKeys.first()) != keyText(item, validKeys.first()))
                    continue;
                for (qsizetype k = 1; k < validKeys.size(); ++k)
                    shadowed = shadowed || keyText(candidate, validKeys.at(k)).isEmpty();
            }
            if (shadowed)
                continue;
        }
        const QJsonObject fresh = cleanObject(item);
        if (!fresh.isEmpty())
            out.append(fresh);
    }
    for (qsizetype i = 0; i < dest.size(); ++i) {
        if (emitted[size_t(i)] || deleted[size_t(i)])
            continue;
        if (dest.at(i).isObject())
            out.append(*merged[size_t(i)]);
        else
            out.append(dest.at(i));
    }
    return out;
}

/// Merges `patch` onto `dest`; nullopt when the patch deletes the map.
std::optional<QJsonObject> mergeObject(const QJsonObject& dest, const QJsonObject& patch, const TypeSchema* type,
                                       MergeContext& context)
{
    const QString directive = patch.value(kPatch).toString();
    if (directive == QLatin1String("delete"))
        return std::nullopt;
    if (directive == QLatin1String("replace"))
        return cleanObject(patch);

    QJsonObject out = dest;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString& key = it.key();
        if (key == kPatch)
            continue;
        const QJsonValue& value = it.value();
        if (value.isNull()) {
            out.remove(key);
            continue;
        }
        const FieldSchema* field = fieldSchema(type, key);
        const QJsonValue current = out.value(key);
        if (!current.isUndefined() && !current.isNull() && !isDirective(value, "delete")
            && !isDirective(value, "replace") && kindName(current) != kindName(value)) {
            if (context.error.isEmpty())
                context.error = QCoreApplication::translate("StrategicMergePatch",
                                                            "%1: wrong node kind: expected %2 but got %3")
                                    .arg((context.path + QStringList{key}).join(QLatin1Char('.')),
                                         QLatin1String(kindName(current)), QLatin1String(kindName(value)));
            continue;
        }
        context.path.append(key);
        const auto leave = qScopeGuard([&context] { context.path.removeLast(); });
        if (value.isObject() && current.isObject()) {
            std::optional<QJsonObject> merged =
                mergeObject(current.toObject(), value.toObject(), typeSchema(field ? field->type : nullptr), context);
            if (merged)
                out.insert(key, *merged);
            else
                out.remove(key);
        } else if (value.isArray() && current.isArray()) {
            out.insert(key, mergeList(current.toArray(), value.toArray(), field, context));
        } else if (isDirective(value, "delete")) {
            out.remove(key);
        } else if (value.isArray() && field && !current.isArray()) {
            out.insert(key, mergeList({}, value.toArray(), field, context));
        } else {
            out.insert(key, clean(value));
        }
    }
    return out;
}

} // namespace

bool isBuiltInKind(const QString& apiVersion, const QString& kind)
{
    return rootTypes().contains(groupOf(apiVersion) + QLatin1Char('/') + kind);
}

Result<QJsonObject> applyStrategicMerge(const QJsonObject& target, const QJsonObject& patch)
{
    const QJsonValue patchMetadata = patch.value(QLatin1String("metadata"));
    if (!patchMetadata.isUndefined() && !patchMetadata.isNull() && !patchMetadata.isObject())
        return makeError(QCoreApplication::translate("StrategicMergePatch", "metadata of the patch is not a map"),
                         {}, QStringLiteral("patch.invalid"));
    if (patch.value(kPatch).toString() == QLatin1String("delete"))
        return QJsonObject();

    // The patch speaks for the target: kustomize gives it the target's id before merging.
    QJsonObject effective = patch;
    for (const char* field : {"apiVersion", "kind"}) {
        const QJsonValue v = target.value(QLatin1String(field));
        if (v.isUndefined())
            effective.remove(QLatin1String(field));
        else
            effective.insert(QLatin1String(field), v);
    }
    if (patchMetadata.isObject()) {
        QJsonObject metadata = patchMetadata.toObject();
        const QJsonObject targetMetadata = target.value(QLatin1String("metadata")).toObject();
        for (const char* field : {"name", "namespace"}) {
            const QJsonValue v = targetMetadata.value(QLatin1String(field));
            if (v.isUndefined())
                metadata.remove(QLatin1String(field));
            else
                metadata.insert(QLatin1String(field), v);
        }
        effective.insert(QLatin1String("metadata"), metadata);
    }

    const QString directive = patch.value(kPatch).toString();
    if (!directive.isEmpty() && directive != QLatin1String("replace") && directive != QLatin1String("merge"))
        return makeError(QCoreApplication::translate("StrategicMergePatch", "unknown patch directive \"%1\"")
                             .arg(directive),
                         {}, QStringLiteral("patch.directive"));

    const auto root = rootTypes().constFind(groupOf(target.value(QLatin1String("apiVersion")).toString())
                                            + QLatin1Char('/') + target.value(QLatin1String("kind")).toString());
    const TypeSchema* type = nullptr;
    if (root != rootTypes().constEnd())
        type = typeSchema(root.value().toLatin1().constData());
    MergeContext context;
    std::optional<QJsonObject> merged = mergeObject(target, effective, type, context);
    if (!context.error.isEmpty())
        return makeError(context.error, {}, QStringLiteral("patch.kind"));
    return merged ? *merged : QJsonObject();
}

} // namespace fleetdesk
