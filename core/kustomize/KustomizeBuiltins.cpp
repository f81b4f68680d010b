#include "KustomizeBuiltins.h"

#include <QHash>
#include <QSet>

namespace fleetdesk {

namespace {

std::vector<FieldSpec> metadataLabelSpecs()
{
    return {
        FieldSpec::make({}, QStringLiteral("metadata/labels"), true),
        FieldSpec::make(QStringLiteral("ReplicationController"), QStringLiteral("spec/template/metadata/labels"), true,
                        {}, QStringLiteral("v1")),
        FieldSpec::make(QStringLiteral("Deployment"), QStringLiteral("spec/template/metadata/labels"), true),
        FieldSpec::make(QStringLiteral("ReplicaSet"), QStringLiteral("spec/template/metadata/labels"), true),
        FieldSpec::make(QStringLiteral("DaemonSet"), QStringLiteral("spec/template/metadata/labels"), true),
        FieldSpec::make(QStringLiteral("StatefulSet"), QStringLiteral("spec/template/metadata/labels"), true,
                        QStringLiteral("apps")),
        FieldSpec::make(QStringLiteral("StatefulSet"), QStringLiteral("spec/volumeClaimTemplates[]/metadata/labels"),
                        true, QStringLiteral("apps")),
        FieldSpec::make(QStringLiteral("Job"), QStringLiteral("spec/template/metadata/labels"), true,
                        QStringLiteral("batch")),
        FieldSpec::make(QStringLiteral("CronJob"), QStringLiteral("spec/jobTemplate/metadata/labels"), true,
                        QStringLiteral("batch")),
        FieldSpec::make(QStringLiteral("CronJob"), QStringLiteral("spec/jobTemplate/spec/template/metadata/labels"),
                        true, QStringLiteral("batch")),
    };
}

} // namespace

const std::vector<FieldSpec>& KustomizeBuiltins::templateLabels()
{
    static const std::vector<FieldSpec> specs = metadataLabelSpecs();
    return specs;
}

const std::vector<FieldSpec>& KustomizeBuiltins::commonLabels()
{
    static const std::vector<FieldSpec> specs = [] {
        const QString apps = QStringLiteral("apps");
        std::vector<FieldSpec> s{
            FieldSpec::make(QStringLiteral("Service"), QStringLiteral("spec/selector"), true, {}, QStringLiteral("v1")),
            FieldSpec::make(QStringLiteral("ReplicationController"), QStringLiteral("spec/selector"), true, {},
                            QStringLiteral("v1")),
            FieldSpec::make(QStringLiteral("Deployment"), QStringLiteral("spec/selector/matchLabels"), true),
        };
        const QStringList affinity{
            QStringLiteral("spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/"
                           "podAffinityTerm/labelSelector/matchLabels"),
            QStringLiteral("spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/"
                           "labelSelector/matchLabels"),
            QStringLiteral("spec/template/spec/affinity/podAntiAffinity/"
                           "preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels"),
            QStringLiteral("spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/"
                           "labelSelector/matchLabels"),
            QStringLiteral("spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels"),
        };
        for (const QString& p : affinity)
            s.push_back(FieldSpec::make(QStringLiteral("Deployment"), p, false, apps));
        s.push_back(FieldSpec::make(QStringLiteral("ReplicaSet"), QStringLiteral("spec/selector/matchLabels"), true));
        s.push_back(FieldSpec::make(QStringLiteral("DaemonSet"), QStringLiteral("spec/selector/matchLabels"), true));
        s.push_back(
            FieldSpec::make(QStringLiteral("StatefulSet"), QStringLiteral("spec/selector/matchLabels"), true, apps));
        s.push_back(FieldSpec::make(QStringLiteral("StatefulSet"),
                                    QStringLiteral("spec/volumeClaimTemplates[]/metadata/labels"), true, apps));
        for (const QString& p : affinity)
            s.push_back(FieldSpec::make(QStringLiteral("StatefulSet"), p, false, apps));
        s.push_back(FieldSpec::make(QStringLiteral("Job"), QStringLiteral("spec/selector/matchLabels"), false,
                                    QStringLiteral("batch")));
        s.push_back(FieldSpec::make(QStringLiteral("CronJob"), QStringLiteral("spec/jobTemplate/spec/selector/matchLabels"),
                                    false, QStringLiteral("batch")));
        s.push_back(FieldSpec::make(QStringLiteral("PodDisruptionBudget"), QStringLiteral("spec/selector/matchLabels"),
                                    false, QStringLiteral("policy")));
        const QString net = QStringLiteral("networking.k8s.io");
        s.push_back(FieldSpec::make(QStringLiteral("NetworkPolicy"), QStringLiteral("spec/podSelector/matchLabels"),
                                    false, net));
        s.push_back(FieldSpec::make(QStringLiteral("NetworkPolicy"),
                                    QStringLiteral("spec/ingress/from/podSelector/matchLabels"), false, net));
        s.push_back(FieldSpec::make(QStringLiteral("NetworkPolicy"),
                                    QStringLiteral("spec/egress/to/podSelector/matchLabels"), false, net));
        for (FieldSpec& m : metadataLabelSpecs())
            s.push_back(std::move(m));
        return s;
    }();
    return specs;
}

const std::vector<FieldSpec>& KustomizeBuiltins::commonAnnotations()
{
    static const std::vector<FieldSpec> specs{
        FieldSpec::make({}, QStringLiteral("metadata/annotations"), true),
        FieldSpec::make(QStringLiteral("ReplicationController"), QStringLiteral("spec/template/metadata/annotations"),
                        true, {}, QStringLiteral("v1")),
        FieldSpec::make(QStringLiteral("Deployment"), QStringLiteral("spec/template/metadata/annotations"), true),
        FieldSpec::make(QStringLiteral("ReplicaSet"), QStringLiteral("spec/template/metadata/annotations"), true),
        FieldSpec::make(QStringLiteral("DaemonSet"), QStringLiteral("spec/template/metadata/annotations"), true),
        FieldSpec::make(QStringLiteral("StatefulSet"), QStringLiteral("spec/template/metadata/annotations"), true),
        FieldSpec::make(QStringLiteral("Job"), QStringLiteral("spec/template/metadata/annotations"), true,
                        QStringLiteral("batch")),
        FieldSpec::make(QStringLiteral("CronJob"), QStringLiteral("spec/jobTemplate/metadata/annotations"), true,
                        QStringLiteral("batch")),
        FieldSpec::make(QStringLiteral("CronJob"), QStringLiteral("spec/jobTemplate/spec/template/metadata/annotations"),
                        true, QStringLiteral("batch")),
    };
    return specs;
}

const std::vector<FieldSpec>& KustomizeBuiltins::replicas()
{
    static const std::vector<FieldSpec> specs{
        FieldSpec::make(QStringLiteral("Deployment"), QStringLiteral("spec/replicas"), true),
        FieldSpec::make(QStringLiteral("ReplicationController"), QStringLiteral("spec/replicas"), true),
        FieldSpec::make(QStringLiteral("ReplicaSet"), QStringLiteral("spec/replicas"), true),
        FieldSpec::make(QStringLiteral("StatefulSet"), QStringLiteral("spec/replicas"), true),
    };
    return specs;
}

const std::vector<NameReference>& KustomizeBuiltins::nameReferences()
{
    static const std::vector<NameReference> refs = [] {
        struct PodSpecAt
        {
            const char* kind;
            const char* prefix;
            const char* version;
        };
        // Where each workload kind holds its pod spec.
        const std::vector<PodSpecAt> configHolders{
            {"Pod", "spec", "v1"},
            {"PodTemplate", "template/spec", ""},
            {"Deployment", "spec/template/spec", ""},
            {"ReplicaSet", "spec/template/spec", ""},
            {"DaemonSet", "spec/template/spec", ""},
            {"StatefulSet", "spec/template/spec", ""},
            {"Job", "spec/template/spec", ""},
            {"CronJob", "spec/jobTemplate/spec/template/spec", ""},
        };
        const std::vector<PodSpecAt> accountHolders{
            {"Pod", "spec", ""},
            {"StatefulSet", "spec/template/spec", ""},
            {"Deployment", "spec/template/spec", ""},
            {"ReplicationController", "spec/template/spec", ""},
            {"CronJob", "spec/jobTemplate/spec/template/spec", ""},
            {"Job", "spec/template/spec", ""},
            {"DaemonSet", "spec/template/spec", ""},
        };
        auto spec = [](const QString& kind, const QString& path, const QString& group = {},
                       const QString& version = {}) { return FieldSpec::make(kind, path, false, group, version); };
        auto podPaths = [&](const std::vector<PodSpecAt>& holders, const QStringList& suffixes) {
            std::vector<FieldSpec> out;
            for (const PodSpecAt& h : holders)
                for (const QString& s : suffixes)
                    out.push_back(spec(QLatin1String(h.kind), QLatin1String(h.prefix) + QLatin1Char('/') + s, {},
                                       QLatin1String(h.version)));
            return out;
        };
        const QString rbac = QStringLiteral("rbac.authorization.k8s.io");
        std::vector<NameReference> r;
        for (const char* workload : {"Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"})
            r.push_back({{}, {}, QLatin1String(workload),
                         {spec(QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("spec/scaleTargetRef/name"))}});

        NameReference configMap{{}, QStringLiteral("v1"), QStringLiteral("ConfigMap"),
                                podPaths(configHolders,
                                         {QStringLiteral("volumes/configMap/name"),
                                          QStringLiteral("containers/env/valueFrom/configMapKeyRef/name"),
                                          QStringLiteral("initContainers/env/valueFrom/configMapKeyRef/name"),
                                          QStringLiteral("containers/envFrom/configMapRef/name"),
                                          QStringLiteral("initContainers/envFrom/configMapRef/name"),
                                          QStringLiteral("volumes/projected/sources/configMap/name")})};
        configMap.referrers.push_back(spec(QStringLiteral("Node"), QStringLiteral("spec/configSource/configMap")));
        configMap.referrers.push_back(spec(QStringLiteral("Role"), QStringLiteral("rules/resourceNames")));
        configMap.referrers.push_back(spec(QStringLiteral("ClusterRole"), QStringLiteral("rules/resourceNames")));
        configMap.referrers.push_back(
            spec(QStringLiteral("Ingress"),
                 QStringLiteral("metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap")));
        r.push_back(std::move(configMap));

        NameReference secret{{}, QStringLiteral("v1"), QStringLiteral("Secret"),
                             podPaths(configHolders,
                                      {QStringLiteral("volumes/secret/secretName"),
                                       QStringLiteral("containers/env/valueFrom/secretKeyRef/name"),
                                       QStringLiteral("initContainers/env/valueFrom/secretKeyRef/name"),
                                       QStringLiteral("containers/envFrom/secretRef/name"),
                                       QStringLiteral("initContainers/envFrom/secretRef/name"),
                                       QStringLiteral("imagePullSecrets/name"),
                                       QStringLiteral("volumes/projected/sources/secret/name")})};
        for (const char* p : {"spec/tls/secretName", "metadata/annotations/ingress.kubernetes.io\\/auth-secret",
                              "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret",
                              "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret"})
            secret.referrers.push_back(spec(QStringLiteral("Ingress"), QLatin1String(p)));
        secret.referrers.push_back(spec(QStringLiteral("ServiceAccount"), QStringLiteral("imagePullSecrets/name")));
        for (const char* p : {"parameters/secretName", "parameters/adminSecretName", "parameters/userSecretName",
                              "parameters/secretRef"})
            secret.referrers.push_back(spec(QStringLiteral("StorageClass"), QLatin1String(p)));
        secret.referrers.push_back(spec(QStringLiteral("Role"), QStringLiteral("rules/resourceNames")));
        secret.referrers.push_back(spec(QStringLiteral("ClusterRole"), QStringLiteral("rules/resourceNames")));
        secret.referrers.push_back(spec(QStringLiteral("Service"),
                                        QStringLiteral("spec/template/spec/containers/env/valueFrom/secretKeyRef/name"),
                                        QStringLiteral("serving.knative.dev"), QStringLiteral("v1")));
        secret.referrers.push_back(spec(QStringLiteral("PersistentVolume"), QStringLiteral("spec/azureFile/secretName")));
        r.push_back(std::move(secret));

        r.push_back({{}, QStringLiteral("v1"), QStringLiteral("Service"),
                     {spec(QStringLiteral("StatefulSet"), QStringLiteral("spec/serviceName"), QStringLiteral("apps")),
                      spec(QStringLiteral("Ingress"), QStringLiteral("spec/rules/http/paths/backend/serviceName")),
                      spec(QStringLiteral("Ingress"), QStringLiteral("spec/backend/serviceName")),
                      spec(QStringLiteral("Ingress"), QStringLiteral("spec/rules/http/paths/backend/service/name")),
                      spec(QStringLiteral("Ingress"), QStringLiteral("spec/defaultBackend/service/name")),
                      spec(QStringLiteral("APIService"), QStringLiteral("spec/service/name"),
                           QStringLiteral("apiregistration.k8s.io")),
                      spec(QStringLiteral("ValidatingWebhookConfiguration"), QStringLiteral("webhooks/clientConfig/service"),
                           QStringLiteral("admissionregistration.k8s.io")),
                      spec(QStringLiteral("MutatingWebhookConfiguration"), QStringLiteral("webhooks/clientConfig/service"),
                           QStringLiteral("admissionregistration.k8s.io")),
                      spec(QStringLiteral("HTTPRoute"), QStringLiteral("spec/rules/backendRefs/name"))}});
        r.push_back({rbac, {}, QStringLiteral("Role"), {spec(QStringLiteral("RoleBinding"), QStringLiteral("roleRef/name"), rbac)}});
        r.push_back({rbac, {}, QStringLiteral("ClusterRole"),
                     {spec(QStringLiteral("RoleBinding"), QStringLiteral("roleRef/name"), rbac),
                      spec(QStringLiteral("ClusterRoleBinding"), QStringLiteral("roleRef/name"), rbac)}});

        NameReference account{{}, QStringLiteral("v1"), QStringLiteral("ServiceAccount"),
                              {spec(QStringLiteral("RoleBinding"), QStringLiteral("subjects"), rbac),
                               spec(QStringLiteral("ClusterRoleBinding"), QStringLiteral("subjects"), rbac)}};
        for (FieldSpec& f : podPaths(accountHolders, {QStringLiteral("serviceAccountName")}))
            account.referrers.push_back(std::move(f));
        r.push_back(std::move(account));
        r.push_back({{}, QStringLiteral("v1"), QStringLiteral("PersistentVolumeClaim"),
                     podPaths(accountHolders, {QStringLiteral("volumes/persistentVolumeClaim/claimName")})});
        r.push_back({{}, QStringLiteral("v1"), QStringLiteral("PersistentVolume"),
                     {spec(QStringLiteral("PersistentVolumeClaim"), QStringLiteral("spec/volumeName")),
                      spec(QStringLiteral("ClusterRole"), QStringLiteral("rules/resourceNames"))}});
        r.push_back({QStringLiteral("storage.k8s.io"), QStringLiteral("v1"), QStringLiteral("StorageClass"),
                     {spec(QStringLiteral("PersistentVolume"), QStringLiteral("spec/storageClassName")),
                      spec(QStringLiteral("PersistentVolumeClaim"), QStringLiteral("spec/storageClassName")),
                      spec(QStringLiteral("StatefulSet"), QStringLiteral("spec/volumeClaimTemplates/spec/storageClassName"))}});
        r.push_back({QStringLiteral("scheduling.k8s.io"), QStringLiteral("v1"), QStringLiteral("PriorityClass"),
                     podPaths(accountHolders, {QStringLiteral("priorityClassName")})});
        // kustomize names the group with its version here, so this entry never matches; kept as kustomize has it.
        r.push_back({QStringLiteral("networking.k8s.io/v1"), QStringLiteral("v1"), QStringLiteral("IngressClass"),
                     {spec(QStringLiteral("Ingress"), QStringLiteral("spec/ingressClassName"))}});
        return r;
    }();
    return refs;
}

bool KustomizeBuiltins::isClusterScoped(const QString& apiVersion, const QString& kind)
{
    static const QSet<QString> clusterScoped = [] {
        QSet<QString> s;
        const char* entries[] = {
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration",
            "apiextensions.k8s.io/v1 CustomResourceDefinition",
            "apiextensions.k8s.io/v1beta1 CustomResourceDefinition",
            "apiregistration.k8s.io/v1 APIService",
            "apiregistration.k8s.io/v1beta1 APIService",
            "certificates.k8s.io/v1 CertificateSigningRequest",
            "certificates.k8s.io/v1beta1 CertificateSigningRequest",
            "flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema",
            "flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration",
            "networking.k8s.io/v1 IngressClass",
            "networking.k8s.io/v1beta1 IngressClass",
            "node.k8s.io/v1 RuntimeClass",
            "node.k8s.io/v1beta1 RuntimeClass",
            "policy/v1beta1 PodSecurityPolicy",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1beta1 ClusterRole",
            "rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding",
            "scheduling.k8s.io/v1 PriorityClass",
            "scheduling.k8s.io/v1beta1 PriorityClass",
            "storage.k8s.io/v1 CSIDriver",
            "storage.k8s.io/v1 CSINode",
            "storage.k8s.io/v1 StorageClass",
            "storage.k8s.io/v1 VolumeAttachment",
            "storage.k8s.io/v1beta1 CSIDriver",
            "storage.k8s.io/v1beta1 CSINode",
            "storage.k8s.io/v1beta1 StorageClass",
            "storage.k8s.io/v1beta1 VolumeAttachment",
            "v1 ComponentStatus",
            "v1 Namespace",
            "v1 Node",
            "v1 NodeProxyOptions",
            "v1 PersistentVolume",
        };
        for (const char* e : entries)
            s.insert(QLatin1String(e));
        return s;
    }();
    return clusterScoped.contains(apiVersion + QLatin1Char(' ') + kind);
}

int KustomizeBuiltins::kindOrder(const QString& kind)
{
    static const QHash<QString, int> order = [] {
        const char* first[] = {"Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition",
                               "ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding",
                               "ClusterRoleBinding", "ConfigMap", "Secret", "Service", "LimitRange", "PriorityClass",
                               "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob",
                               "PodDisruptionBudget"};
        const char* last[] = {"MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"};
        QHash<QString, int> m;
        const int n = int(std::size(first));
        for (int i = 0; i < n; ++i)
            m.insert(QLatin1String(first[i]), -n + i);
        for (int i = 0; i < int(std::size(last)); ++i)
            m.insert(QLatin1String(last[i]), 1 + i);
        return m;
    }();
    return order.value(kind, 0);
}

} // namespace fleetdesk
