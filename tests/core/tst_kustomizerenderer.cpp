// The native kustomize renderer: every feature it implements, with expected objects written from kustomize's
// documented behaviour, its errors (missing files, path and symlink escapes, malformed kustomization files) and the
// hand-over of unsupported features to the real binary. The binary for the fallback test is found like the
// conformance suite finds it: FLEETDESK_KUSTOMIZE, else ~/.cache/fleetdesk-testenv/kustomize-v5.8.1*/kustomize,
// else PATH.
#include "kustomize/KustomizeHash.h"
#include "kustomize/KustomizeRenderer.h"
#include "kustomize/KustomizeYaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

QString findKustomize()
{
    if (const QString env = qEnvironmentVariable("FLEETDESK_KUSTOMIZE"); !env.isEmpty())
        return env;
    const QDir cache(QDir::homePath() + QStringLiteral("/.cache/fleetdesk-testenv"));
    for (const QString& d : cache.entryList({QStringLiteral("kustomize-v5.8.1*")}, QDir::Dirs, QDir::Name)) {
        const QString candidate = cache.filePath(d + QStringLiteral("/kustomize"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("kustomize"));
}

/// A repository in a temporary folder, written file by file.
class Repo
{
public:
    Repo() { QVERIFY(m_dir.isValid()); }
    void write(const QString& path, const QByteArray& content)
    {
        const QString full = m_dir.filePath(path);
        QDir().mkpath(QFileInfo(full).path());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    QString path() const { return m_dir.path(); }
    Result<RenderResult> build(const QString& directory, RenderOptions options = {}) const
    {
        auto source = workingTreeSource(m_dir.path());
        return KustomizeRenderer(*source, options).build(directory);
    }

private:
    QTemporaryDir m_dir;
};

QJsonObject yamlObject(const QByteArray& yaml)
{
    auto documents = KustomizeYaml::parseDocuments(QStringLiteral("expected"), yaml);
    if (!documents || documents->empty())
        return {};
    return documents->front().object;
}

const RenderedObject* find(const RenderResult& result, const QString& kind, const QString& name)
{
    for (const RenderedObject& o : result.objects)
        if (o.id().kind == kind && o.id().name == name)
            return &o;
    return nullptr;
}

QString dump(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList names(const RenderResult& result)
{
    QStringList out;
    for (const RenderedObject& o : result.objects)
        out.append(o.id().kind + QLatin1Char('/') + o.id().name);
    return out;
}

RenderOptions nativeOnly()
{
    RenderOptions options;
    options.allowFallback = false;
    return options;
}

} // namespace

#define QVERIFY_OK(result) QVERIFY2(result, (result) ? "" : qPrintable((result).error().toString()))
#define COMPARE_OBJECT(actual, expectedYaml)                                                                       \
    do {                                                                                                           \
        const QJsonObject e_ = yamlObject(expectedYaml);                                                           \
        QVERIFY2((actual) == e_, qPrintable(QStringLiteral("\nactual:   %1\nexpected: %2").arg(dump(actual), dump(e_)))); \
    } while (false)

class TestKustomizeRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourcesComeFromFilesWithManyDocumentsAndFromBases();
    void eachKustomizationFileNameIsRecognised();
    void aDirectoryWithoutKustomizationIsAnErrorNamingIt();
    void aMissingResourceFileIsAnErrorNamingIt();
    void aMalformedKustomizationIsAnErrorWithItsLine();
    void anUnknownKustomizationFieldIsAnError();
    void aPathClimbingOutOfTheRepositoryIsRefused();
    void aSymlinkLeavingTheRepositoryIsRefused();
    void namespaceSkipsClusterScopedKindsAndRenamesNamespaces();
    void namespaceUpdatesDefaultServiceAccountSubjects();
    void namePrefixAndSuffixRewriteNameReferences();
    void namePrefixSkipsNamespacesAndCustomResourceDefinitions();
    void commonLabelsReachSelectorsAndPodTemplates();
    void labelsWithoutSelectorsTouchOnlyMetadataOrTemplates();
    void commonAnnotationsReachPodTemplates();
    void imagesChangeNameTagAndDigestOfContainers();
    void replicasSetTheCountOfWorkloads();
    void configMapGeneratorReadsLiteralsFilesAndEnvFilesWithKustomizeHash();
    void secretGeneratorEncodesDataAndHashesLikeKustomize();
    void generatorOptionsDisableTheHashAndAddMetadata();
    void generatorMergeKeepsTheBaseNameAndMergesData();
    void generatedNamesAreRewrittenInReferences();
    void componentsTransformTheirParentsResources();
    void strategicMergeAndJson6902PatchesApply();
    void patchesWithATargetSelectEveryMatchingObject();
    void outputFollowsKustomizesLegacyOrder();
    void sourceFileAndLineAreKeptForEachObject();
    void yamlScalarsAreTypedAsKustomizeDoes();
    void yamlStreamReadsBackToTheSameObjects();
    void unsupportedFeatureWithoutBinaryFailsWithUnsupported();
    void unsupportedFeatureIsHandedToTheKustomizeBinary();
};

void TestKustomizeRenderer::resourcesComeFromFilesWithManyDocumentsAndFromBases()
{
    Repo repo;
    repo.write(QStringLiteral("base/kustomization.yaml"), "resources:\n- cm.yaml\n");
    repo.write(QStringLiteral("base/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: base-cm\n");
    repo.write(QStringLiteral("app/kustomization.yaml"), "resources:\n- ../base\n- objects.yaml\n");
    repo.write(QStringLiteral("app/objects.yaml"),
               "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n---\n---\n"
               "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n");
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY_OK(result);
    QCOMPARE(result->renderer, QStringLiteral("native"));
    QCOMPARE(names(*result),
             (QStringList{QStringLiteral("ServiceAccount/sa"), QStringLiteral("ConfigMap/base-cm"),
                          QStringLiteral("Service/svc")}));
}

void TestKustomizeRenderer::eachKustomizationFileNameIsRecognised()
{
    Repo repo;
    repo.write(QStringLiteral("a/kustomization.yml"), "resources: [cm.yaml]\n");
    repo.write(QStringLiteral("a/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
    repo.write(QStringLiteral("b/Kustomization"), "resources: [cm.yaml]\n");
    repo.write(QStringLiteral("b/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n");
    auto a = repo.build(QStringLiteral("a"));
    QVERIFY_OK(a);
    QCOMPARE(names(*a), QStringList{QStringLiteral("ConfigMap/a")});
    auto b = repo.build(QStringLiteral("b"));
    QVERIFY_OK(b);
    QCOMPARE(names(*b), QStringList{QStringLiteral("ConfigMap/b")});
}

void TestKustomizeRenderer::aDirectoryWithoutKustomizationIsAnErrorNamingIt()
{
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"), "resources: [../plain]\n");
    repo.write(QStringLiteral("plain/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String(
                 "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory "
                 "'plain'")),
             qPrintable(result.error().message));
}

void TestKustomizeRenderer::aMissingResourceFileIsAnErrorNamingIt()
{
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"), "resources:\n- deployment.yaml\n");
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("app/deployment.yaml")), qPrintable(result.error().message));
    QCOMPARE(result.error().where.file, QStringLiteral("app/kustomization.yaml"));
}

void TestKustomizeRenderer::aMalformedKustomizationIsAnErrorWithItsLine()
{
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"), "resources:\n- a.yaml\nnamespace: [unclosed\n");
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY(!result);
    QCOMPARE(result.error().where.file, QStringLiteral("app/kustomization.yaml"));
    QVERIFY2(result.error().where.line >= 3, qPrintable(result.error().toString()));
}

void TestKustomizeRenderer::anUnknownKustomizationFieldIsAnError()
{
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"), "resourcez:\n- a.yaml\n");
    auto result = repo.build(QStringLiteral("app"), nativeOnly());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("unknown field \"resourcez\"")),
             qPrintable(result.error().message));
}

void TestKustomizeRenderer::aPathClimbingOutOfTheRepositoryIsRefused()
{
    QTemporaryDir outside;
    QFile secret(outside.filePath(QStringLiteral("cm.yaml")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: stolen}\n");
    secret.close();
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"), "resources:\n- ../../" + QFileInfo(outside.path()).fileName().toUtf8()
                                                             + "/cm.yaml\n");
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("leaves the repository")), qPrintable(result.error().message));

    auto source = workingTreeSource(repo.path());
    auto read = source->read(QStringLiteral("../x"));
    QVERIFY(!read);
    QVERIFY(read.error().message.contains(QLatin1String("leaves the repository")));
}

void TestKustomizeRenderer::aSymlinkLeavingTheRepositoryIsRefused()
{
    QTemporaryDir outside;
    QFile file(outside.filePath(QStringLiteral("cm.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: stolen}\n");
    file.close();
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"), "resources:\n- link.yaml\n");
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("cm.yaml")), repo.path() + QStringLiteral("/app/link.yaml")));
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("symbolic link leads out of the repository")),
             qPrintable(result.error().message));
}

void TestKustomizeRenderer::namespaceSkipsClusterScopedKindsAndRenamesNamespaces()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"), "namespace: team\nresources: [all.yaml]\n");
    repo.write(QStringLiteral("all.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: placeholder}\n---\n"
                                           "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: cr}\n---\n"
                                           "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: crd}\n---\n"
                                           "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: other}\n---\n"
                                           "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("Namespace"), QStringLiteral("team"))->object,
                   "apiVersion: v1\nkind: Namespace\nmetadata: {name: team}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("ClusterRole"), QStringLiteral("cr"))->object,
                   "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: cr}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("CustomResourceDefinition"), QStringLiteral("crd"))->object,
                   "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: crd}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("Widget"), QStringLiteral("w"))->object,
                   "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: team}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("Deployment"), QStringLiteral("d"))->object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, namespace: team}\n");
}

void TestKustomizeRenderer::namespaceUpdatesDefaultServiceAccountSubjects()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"), "namespace: team\nresources: [rbac.yaml]\n");
    repo.write(QStringLiteral("rbac.yaml"),
               "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: app}\n---\n"
               "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: rb}\n"
               "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}\n"
               "subjects:\n- {kind: ServiceAccount, name: default, namespace: elsewhere}\n"
               "- {kind: ServiceAccount, name: app}\n- {kind: ServiceAccount, name: other, namespace: kept}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("RoleBinding"), QStringLiteral("rb"))->object,
                   "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: rb, namespace: team}\n"
                   "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}\n"
                   "subjects:\n- {kind: ServiceAccount, name: default, namespace: team}\n"
                   "- {kind: ServiceAccount, name: app, namespace: team}\n"
                   "- {kind: ServiceAccount, name: other, namespace: kept}\n");
}

void TestKustomizeRenderer::namePrefixAndSuffixRewriteNameReferences()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"), "namePrefix: p-\nnameSuffix: -s\nresources: [app.yaml]\n");
    repo.write(QStringLiteral("app.yaml"),
               "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: config}\n---\n"
               "apiVersion: v1\nkind: Secret\nmetadata: {name: creds}\n---\n"
               "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: runner}\n---\n"
               "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\n---\n"
               "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n---\n"
               "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: reader}\n---\n"
               "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: read}\n"
               "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}\n"
               "subjects: [{kind: ServiceAccount, name: runner}]\n---\n"
               "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\n"
               "spec:\n  rules:\n  - http:\n      paths:\n      - backend: {service: {name: web, port: {number: 80}}}\n---\n"
               "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app}\nspec:\n  template:\n    spec:\n"
               "      serviceAccountName: runner\n      imagePullSecrets: [{name: creds}]\n"
               "      containers:\n      - name: c\n        image: busybox\n"
               "        envFrom: [{configMapRef: {name: config}}, {secretRef: {name: creds}}]\n"
               "        env: [{name: K, valueFrom: {secretKeyRef: {name: creds, key: k}}}, "
               "{name: C, valueFrom: {configMapKeyRef: {name: config, key: c}}}, {name: X, valueFrom: "
               "{configMapKeyRef: {name: unknown, key: c}}}]\n"
               "      volumes:\n      - {name: a, configMap: {name: config}}\n      - {name: b, secret: {secretName: creds}}\n"
               "      - {name: c, persistentVolumeClaim: {claimName: data}}\n"
               "      - {name: d, projected: {sources: [{configMap: {name: config}}, {secret: {name: creds}}]}}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("Deployment"), QStringLiteral("p-app-s"))->object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: p-app-s}\nspec:\n  template:\n    spec:\n"
                   "      serviceAccountName: p-runner-s\n      imagePullSecrets: [{name: p-creds-s}]\n"
                   "      containers:\n      - name: c\n        image: busybox\n"
                   "        envFrom: [{configMapRef: {name: p-config-s}}, {secretRef: {name: p-creds-s}}]\n"
                   "        env: [{name: K, valueFrom: {secretKeyRef: {name: p-creds-s, key: k}}}, "
                   "{name: C, valueFrom: {configMapKeyRef: {name: p-config-s, key: c}}}, {name: X, valueFrom: "
                   "{configMapKeyRef: {name: unknown, key: c}}}]\n"
                   "      volumes:\n      - {name: a, configMap: {name: p-config-s}}\n"
                   "      - {name: b, secret: {secretName: p-creds-s}}\n"
                   "      - {name: c, persistentVolumeClaim: {claimName: p-data-s}}\n"
                   "      - {name: d, projected: {sources: [{configMap: {name: p-config-s}}, {secret: {name: p-creds-s}}]}}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("RoleBinding"), QStringLiteral("p-read-s"))->object,
                   "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: p-read-s}\n"
                   "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: p-reader-s}\n"
                   "subjects: [{kind: ServiceAccount, name: p-runner-s}]\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("Ingress"), QStringLiteral("p-web-s"))->object,
                   "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: p-web-s}\n"
                   "spec:\n  rules:\n  - http:\n      paths:\n      - backend: {service: {name: p-web-s, port: {number: 80}}}\n");
}

void TestKustomizeRenderer::namePrefixSkipsNamespacesAndCustomResourceDefinitions()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"), "namePrefix: p-\nresources: [all.yaml]\n");
    repo.write(QStringLiteral("all.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata: {name: ns}\n---\n"
                                           "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: crd}\n---\n"
                                           "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: cr}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    QCOMPARE(names(*result), (QStringList{QStringLiteral("Namespace/ns"), QStringLiteral("CustomResourceDefinition/crd"),
                                          QStringLiteral("ClusterRole/p-cr")}));
}

void TestKustomizeRenderer::commonLabelsReachSelectorsAndPodTemplates()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"), "commonLabels: {team: a}\nresources: [app.yaml]\n");
    repo.write(QStringLiteral("app.yaml"),
               "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: 80}]}\n---\n"
               "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, labels: {app: d}}\n"
               "spec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n"
               "    spec: {containers: [{name: c, image: i}]}\n---\n"
               "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {template: {spec: {containers: []}}}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("Service"), QStringLiteral("s"))->object,
                   "apiVersion: v1\nkind: Service\nmetadata: {name: s, labels: {team: a}}\n"
                   "spec: {ports: [{port: 80}], selector: {team: a}}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("Deployment"), QStringLiteral("d"))->object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, labels: {app: d, team: a}}\n"
                   "spec:\n  selector: {matchLabels: {app: d, team: a}}\n  template:\n    metadata: {labels: {app: d, team: a}}\n"
                   "    spec: {containers: [{name: c, image: i}]}\n");
    // A Job's selector is not created (kustomize: create false), its template labels are.
    COMPARE_OBJECT(find(*result, QStringLiteral("Job"), QStringLiteral("j"))->object,
                   "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j, labels: {team: a}}\n"
                   "spec: {template: {metadata: {labels: {team: a}}, spec: {containers: []}}}\n");
}

void TestKustomizeRenderer::labelsWithoutSelectorsTouchOnlyMetadataOrTemplates()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"),
               "labels:\n- pairs: {owner: me}\n- pairs: {tier: web}\n  includeTemplates: true\n"
               "- pairs: {sel: \"yes\"}\n  includeSelectors: true\nresources: [app.yaml]\n");
    repo.write(QStringLiteral("app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
                                           "spec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("Deployment"), QStringLiteral("d"))->object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, labels: {owner: me, tier: web, sel: \"yes\"}}\n"
                   "spec:\n  selector: {matchLabels: {app: d, sel: \"yes\"}}\n"
                   "  template:\n    metadata: {labels: {app: d, tier: web, sel: \"yes\"}}\n");
}

void TestKustomizeRenderer::commonAnnotationsReachPodTemplates()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"), "commonAnnotations: {note: hi}\nresources: [app.yaml]\n");
    repo.write(QStringLiteral("app.yaml"), "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\n"
                                           "spec: {template: {spec: {}}}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: s}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("StatefulSet"), QStringLiteral("s"))->object,
                   "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s, annotations: {note: hi}}\n"
                   "spec: {template: {metadata: {annotations: {note: hi}}, spec: {}}}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("Service"), QStringLiteral("s"))->object,
                   "apiVersion: v1\nkind: Service\nmetadata: {name: s, annotations: {note: hi}}\n");
}

void TestKustomizeRenderer::imagesChangeNameTagAndDigestOfContainers()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"),
               "images:\n- {name: nginx, newName: registry.example/nginx, newTag: \"1.27\"}\n"
               "- {name: redis, digest: \"sha256:abc\"}\n- {name: registry:5000/tool, newTag: v2}\nresources: [app.yaml]\n");
    repo.write(QStringLiteral("app.yaml"),
               "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n"
               "      initContainers: [{name: i, image: \"redis:7\"}]\n"
               "      containers: [{name: a, image: nginx}, {name: b, image: docker.io/nginx}, "
               "{name: c, image: \"registry:5000/tool:v1\"}]\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("Deployment"), QStringLiteral("d"))->object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n"
                   "      initContainers: [{name: i, image: \"redis@sha256:abc\"}]\n"
                   "      containers: [{name: a, image: \"registry.example/nginx:1.27\"}, {name: b, image: docker.io/nginx}, "
                   "{name: c, image: \"registry:5000/tool:v2\"}]\n");
}

void TestKustomizeRenderer::replicasSetTheCountOfWorkloads()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"), "replicas: [{name: d, count: 3}]\nresources: [app.yaml]\n");
    repo.write(QStringLiteral("app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: 1}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(result->objects.front().object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: 3}\n");
}

void TestKustomizeRenderer::configMapGeneratorReadsLiteralsFilesAndEnvFilesWithKustomizeHash()
{
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"),
               "configMapGenerator:\n- name: cm\n  literals: [k1=v1, 'k2=\"quoted\"', k3= spaced]\n"
               "  envs: [app.env]\n  files: [greeting.txt, alias=greeting.txt]\n");
    repo.write(QStringLiteral("app/app.env"), "# comment\n\nA=1\n  B=two\nE=x=y\n");
    repo.write(QStringLiteral("app/greeting.txt"), "hello\nworld\n");
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY_OK(result);
    QCOMPARE(result->objects.size(), std::size_t(1));
    const QJsonObject cm = result->objects.front().object;
    const QString name = cm.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    QVERIFY2(name.startsWith(QLatin1String("cm-")) && name.size() == 13, qPrintable(name));
    // The hash: sha256 of {"data":…,"kind":"ConfigMap","name":""}, first ten hex digits, 0 1 3 a e → g h k m t.
    COMPARE_OBJECT(cm, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: " + name.toUtf8()
                           + "}\ndata:\n  A: \"1\"\n  B: two\n  E: x=y\n  k1: v1\n  k2: quoted\n  k3: ' spaced'\n"
                             "  greeting.txt: \"hello\\nworld\\n\"\n  alias: \"hello\\nworld\\n\"\n");
    QCOMPARE(name.mid(3), KustomizeHash::hash(cm));
    QCOMPARE(KustomizeHash::goJson(QJsonObject{{QStringLiteral("b"), QStringLiteral("<&>")}, {QStringLiteral("a"), 1}}),
             QByteArray(R"({"a":1,"b":"\u003c\u0026\u003e"})"));
}

void TestKustomizeRenderer::secretGeneratorEncodesDataAndHashesLikeKustomize()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"),
               "secretGenerator:\n- name: sec\n  literals: [password=s3cr3t]\n  type: kubernetes.io/tls\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    // kustomize v5.8.1 names this Secret sec-cdk26td597 (sha256 of
    // {"data":{"password":"czNjcjN0"},"kind":"Secret","name":"","type":"kubernetes.io/tls"}).
    COMPARE_OBJECT(result->objects.front().object,
                   "apiVersion: v1\nkind: Secret\nmetadata: {name: sec-cdk26td597}\n"
                   "data: {password: czNjcjN0}\ntype: kubernetes.io/tls\n");
}

void TestKustomizeRenderer::generatorOptionsDisableTheHashAndAddMetadata()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"),
               "generatorOptions:\n  disableNameSuffixHash: true\n  labels: {gen: \"true\"}\n  immutable: true\n"
               "configMapGenerator:\n- name: plain\n  namespace: there\n  literals: [a=b]\n"
               "  options: {annotations: {note: x}}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(result->objects.front().object,
                   "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n  namespace: there\n"
                   "  labels: {gen: \"true\"}\n  annotations: {note: x}\ndata: {a: b}\nimmutable: true\n");
}

void TestKustomizeRenderer::generatorMergeKeepsTheBaseNameAndMergesData()
{
    Repo repo;
    repo.write(QStringLiteral("base/kustomization.yaml"),
               "namePrefix: b-\nconfigMapGenerator:\n- name: cm\n  literals: [k1=v1, k2=v2]\n");
    repo.write(QStringLiteral("overlay/kustomization.yaml"),
               "resources: [../base]\nnamespace: prod\nconfigMapGenerator:\n- name: cm\n  behavior: merge\n"
               "  literals: [k1=over, k3=new]\n- name: other\n  behavior: create\n  literals: [x=y]\n");
    auto result = repo.build(QStringLiteral("overlay"));
    QVERIFY_OK(result);
    QCOMPARE(result->objects.size(), std::size_t(2));
    const QJsonObject merged = result->objects.front().object;
    const QString name = merged.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    QVERIFY2(name.startsWith(QLatin1String("b-cm-")), qPrintable(name));
    COMPARE_OBJECT(merged, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: " + name.toUtf8()
                               + ", namespace: prod}\ndata: {k1: over, k2: v2, k3: new}\n");

    repo.write(QStringLiteral("bad/kustomization.yaml"),
               "resources: [../base]\nconfigMapGenerator:\n- name: missing\n  behavior: merge\n  literals: [a=b]\n");
    auto bad = repo.build(QStringLiteral("bad"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QLatin1String("does not exist; cannot merge or replace")),
             qPrintable(bad.error().message));
}

void TestKustomizeRenderer::generatedNamesAreRewrittenInReferences()
{
    Repo repo;
    repo.write(QStringLiteral("base/kustomization.yaml"),
               "resources: [deploy.yaml]\nconfigMapGenerator:\n- name: settings\n  literals: [a=b]\n");
    repo.write(QStringLiteral("base/deploy.yaml"),
               "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n"
               "      volumes: [{name: v, configMap: {name: settings}}]\n");
    repo.write(QStringLiteral("overlay/kustomization.yaml"), "resources: [../base]\nnamePrefix: dev-\n");
    auto result = repo.build(QStringLiteral("overlay"));
    QVERIFY_OK(result);
    const RenderedObject& cm = result->objects.at(0);
    const QString cmName = cm.id().name;
    QVERIFY2(cmName.startsWith(QLatin1String("dev-settings-")), qPrintable(cmName));
    COMPARE_OBJECT(find(*result, QStringLiteral("Deployment"), QStringLiteral("dev-d"))->object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: dev-d}\nspec:\n  template:\n    spec:\n"
                   "      volumes: [{name: v, configMap: {name: " + cmName.toUtf8() + "}}]\n");
}

void TestKustomizeRenderer::componentsTransformTheirParentsResources()
{
    Repo repo;
    repo.write(QStringLiteral("component/kustomization.yaml"),
               "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonLabels: {feature: \"on\"}\n"
               "resources: [extra.yaml]\n");
    repo.write(QStringLiteral("component/extra.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\n");
    repo.write(QStringLiteral("app/kustomization.yaml"), "resources: [cm.yaml]\ncomponents: [../component]\n");
    repo.write(QStringLiteral("app/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: own}\n");
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("ConfigMap"), QStringLiteral("own"))->object,
                   "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: own, labels: {feature: \"on\"}}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("ConfigMap"), QStringLiteral("extra"))->object,
                   "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra, labels: {feature: \"on\"}}\n");

    repo.write(QStringLiteral("wrong/kustomization.yaml"), "resources: [../component]\n");
    auto wrong = repo.build(QStringLiteral("wrong"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(QLatin1String("expected kind != 'Component'")),
             qPrintable(wrong.error().message));
}

void TestKustomizeRenderer::strategicMergeAndJson6902PatchesApply()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"),
               "resources: [app.yaml]\npatchesStrategicMerge: [smp.yaml]\n"
               "patchesJson6902:\n- target: {group: apps, version: v1, kind: Deployment, name: d}\n  path: ops.yaml\n");
    repo.write(QStringLiteral("app.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
                                           "spec:\n  replicas: 1\n  template:\n    spec:\n      containers: [{name: c, image: i}]\n");
    repo.write(QStringLiteral("smp.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
                                           "spec:\n  template:\n    spec:\n      containers: [{name: c, env: [{name: A, value: b}]}]\n");
    repo.write(QStringLiteral("ops.yaml"), "- op: replace\n  path: /spec/replicas\n  value: 4\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(result->objects.front().object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n"
                   "spec:\n  replicas: 4\n  template:\n    spec:\n      containers: [{name: c, image: i, env: [{name: A, value: b}]}]\n");
}

void TestKustomizeRenderer::patchesWithATargetSelectEveryMatchingObject()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"),
               "resources: [app.yaml]\npatches:\n- target: {kind: Deployment, labelSelector: tier=web}\n"
               "  patch: |-\n    - op: add\n      path: /metadata/annotations\n      value: {patched: \"yes\"}\n");
    repo.write(QStringLiteral("app.yaml"),
               "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a, labels: {tier: web}}\n---\n"
               "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b, labels: {tier: db}}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    COMPARE_OBJECT(find(*result, QStringLiteral("Deployment"), QStringLiteral("a"))->object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a, labels: {tier: web}, annotations: {patched: \"yes\"}}\n");
    COMPARE_OBJECT(find(*result, QStringLiteral("Deployment"), QStringLiteral("b"))->object,
                   "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b, labels: {tier: db}}\n");
}

void TestKustomizeRenderer::outputFollowsKustomizesLegacyOrder()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"), "resources: [all.yaml]\n");
    repo.write(QStringLiteral("all.yaml"),
               "apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingWebhookConfiguration\nmetadata: {name: v}\n---\n"
               "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b, namespace: x}\n---\n"
               "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\n---\n"
               "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n---\n"
               "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n---\n"
               "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n");
    auto result = repo.build(QString());
    QVERIFY_OK(result);
    // Namespace first, then Service before Deployment; among Deployments "x" sorts before no namespace; kinds outside
    // the list by group; webhooks last.
    QCOMPARE(names(*result),
             (QStringList{QStringLiteral("Namespace/x"), QStringLiteral("Service/s"), QStringLiteral("Deployment/b"),
                          QStringLiteral("Deployment/a"), QStringLiteral("Widget/w"),
                          QStringLiteral("ValidatingWebhookConfiguration/v")}));
}

void TestKustomizeRenderer::sourceFileAndLineAreKeptForEachObject()
{
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"), "resources: [two.yaml]\n");
    repo.write(QStringLiteral("app/two.yaml"), "# first\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
                                               "apiVersion: v1\nkind: Secret\nmetadata: {name: b}\n");
    auto result = repo.build(QStringLiteral("app"));
    QVERIFY_OK(result);
    const RenderedObject* cm = find(*result, QStringLiteral("ConfigMap"), QStringLiteral("a"));
    const RenderedObject* secret = find(*result, QStringLiteral("Secret"), QStringLiteral("b"));
    QCOMPARE(cm->sourceFile, QStringLiteral("app/two.yaml"));
    QCOMPARE(cm->sourceLine, 2);
    QCOMPARE(secret->sourceFile, QStringLiteral("app/two.yaml"));
    QCOMPARE(secret->sourceLine, 6);
}

void TestKustomizeRenderer::yamlScalarsAreTypedAsKustomizeDoes()
{
    auto documents = KustomizeYaml::parseDocuments(
        QStringLiteral("t.yaml"), "a: 1\nb: \"1\"\nc: true\nd: yes\ne: ~\nf: 1.5\ng: 0x10\nh: 2024-01-01\ni: |\n  x\nj: 017\n");
    QVERIFY_OK(documents);
    const QJsonObject o = documents->front().object;
    QCOMPARE(o.value(QLatin1String("a")), QJsonValue(1));
    QCOMPARE(o.value(QLatin1String("b")), QJsonValue(QStringLiteral("1")));
    QCOMPARE(o.value(QLatin1String("c")), QJsonValue(true));
    QCOMPARE(o.value(QLatin1String("d")), QJsonValue(QStringLiteral("yes")));
    QVERIFY(o.value(QLatin1String("e")).isNull());
    QCOMPARE(o.value(QLatin1String("f")), QJsonValue(1.5));
    QCOMPARE(o.value(QLatin1String("g")), QJsonValue(16));
    // kustomize decodes a timestamp and prints it back in RFC 3339.
    QCOMPARE(o.value(QLatin1String("h")), QJsonValue(QStringLiteral("2024-01-01T00:00:00Z")));
    QCOMPARE(o.value(QLatin1String("i")), QJsonValue(QStringLiteral("x\n")));
    QCOMPARE(o.value(QLatin1String("j")), QJsonValue(15)); // Go's ParseInt with base 0: octal
}

void TestKustomizeRenderer::yamlStreamReadsBackToTheSameObjects()
{
    const QJsonObject object = yamlObject("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"
                                          "data: {n: \"1\", t: \"true\", e: \"\", s: \" spaced\", m: \"a\\nb\\n\", "
                                          "q: \"it's: here\", l: [1, {x: y}], z: {}}\n");
    const QByteArray stream = toYamlStream({RenderedObject{object, {}, 0}, RenderedObject{object, {}, 0}});
    QVERIFY(stream.contains("\n---\n"));
    auto back = KustomizeYaml::parseDocuments(QStringLiteral("stream"), stream);
    QVERIFY_OK(back);
    QCOMPARE(back->size(), std::size_t(2));
    QCOMPARE(back->at(0).object, object);
    QCOMPARE(back->at(1).object, object);
}

void TestKustomizeRenderer::unsupportedFeatureWithoutBinaryFailsWithUnsupported()
{
    Repo repo;
    repo.write(QStringLiteral("kustomization.yaml"),
               "helmCharts:\n- name: podinfo\n  repo: https://example.invalid\n");
    auto result = repo.build(QString(), nativeOnly());
    QVERIFY(!result);
    QCOMPARE(result.error().message, QStringLiteral("unsupported: helmCharts"));

    repo.write(QStringLiteral("remote/kustomization.yaml"), "resources:\n- https://github.com/example/repo//deploy?ref=v1\n");
    auto remote = repo.build(QStringLiteral("remote"), nativeOnly());
    QVERIFY(!remote);
    QVERIFY2(remote.error().message.startsWith(QLatin1String("unsupported: remote resource")),
             qPrintable(remote.error().message));
}

void TestKustomizeRenderer::unsupportedFeatureIsHandedToTheKustomizeBinary()
{
    const QString kustomize = findKustomize();
    QVERIFY2(!kustomize.isEmpty(), "kustomize v5.8.1 not found: set FLEETDESK_KUSTOMIZE or run tests/testenv/build.sh");
    Repo repo;
    repo.write(QStringLiteral("app/kustomization.yaml"),
               "resources: [cm.yaml]\nreplacements:\n- source: {kind: ConfigMap, name: src, fieldPath: data.v}\n"
               "  targets:\n  - select: {kind: ConfigMap, name: dst}\n    fieldPaths: [data.v]\n");
    repo.write(QStringLiteral("app/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: src}\ndata: {v: copied}\n---\n"
                                              "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: dst}\ndata: {v: old}\n");
    RenderOptions options;
    options.kustomizeBinary = kustomize;
    auto result = repo.build(QStringLiteral("app"), options);
    QVERIFY_OK(result);
    QCOMPARE(result->renderer, QStringLiteral("kustomize"));
    QCOMPARE(result->unsupported, QStringList{QStringLiteral("replacements")});
    COMPARE_OBJECT(find(*result, QStringLiteral("ConfigMap"), QStringLiteral("dst"))->object,
                   "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: dst}\ndata: {v: copied}\n");
}

QTEST_GUILESS_MAIN(TestKustomizeRenderer)
#include "tst_kustomizerenderer.moc"
