// The checkout as a Flux build sees it (core/kustomize ArtifactFileSource with SourceIgnore) against what the real
// source-controller archives: a repository with a root and a nested .sourceignore (a negation inside an excluded
// directory among them), a GitRepository spec.ignore, and files only the default exclusions would drop (they stay,
// because the repository has patterns). The artifact's file list must equal ours, and the objects kustomize-controller
// applied from the path without kustomization.yaml (its inventory) must equal what FluxKustomizationBuilder renders.
// Drift (DriftCalculator) and `fleetdesk diff` read the live GitRepository's spec.ignore and report no drift.

#include "LiveControlPlane.h"
#include "drift/DriftCalculator.h"
#include "kube/KubeClient.h"
#include "kustomize/ArtifactFileSource.h"
#include "kustomize/FluxKustomizationBuilder.h"
#include "kustomize/KustomizeYaml.h"
#include "kustomize/SourceIgnore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace fleetdesk;

namespace {

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray configMap(const QByteArray& name)
{
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\ndata:\n  from: git\n";
}

QStringList files(const RenderFileSource& source, const QString& directory = {})
{
    QStringList out;
    for (const QString& name : source.entries(directory)) {
        const QString path = directory.isEmpty() ? name : directory + u'/' + name;
        if (source.isDirectory(path))
            out += files(source, path);
        else
            out.append(path);
    }
    return out;
}

} // namespace

class TestKustomizeArtifact : public QObject
{
    Q_OBJECT

    test::LiveControlPlane m_plane;
    QTemporaryDir m_work;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_plane.isValid(), qPrintable(m_plane.errorString()));
        QVERIFY(m_work.isValid());
    }

    void theBuildSeesExactlyTheFilesOfSourceControllersArtifact()
    {
        const QString name = QStringLiteral("sourceignore-") + test::LiveControlPlane::uniqueSuffix();
        const QString ns = name;
        const QString dir = m_work.filePath(name);
        QVERIFY(!m_plane.createRepository(dir, name).isEmpty());

        // deploy/ loses its kustomization.yaml: kustomize-controller generates one from the artifact's files.
        QVERIFY(QFile::remove(dir + QStringLiteral("/deploy/kustomization.yaml")));
        QVERIFY(writeFile(dir + QStringLiteral("/.sourceignore"), "# scratch files\ndeploy/scratch.yaml\n*.local.yaml\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/.sourceignore"), "drafts/\n!drafts/keep.yaml\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/scratch.yaml"), configMap("scratch")));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/dev.local.yaml"), configMap("dev-local")));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/drafts/draft.yaml"), configMap("draft")));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/drafts/keep.yaml"), configMap("kept-draft")));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/by-spec.yaml"), configMap("by-spec")));
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/extra.yaml"), configMap("extra")));
        // Only the default exclusions would drop these; the repository has patterns, so they are archived.
        QVERIFY(writeFile(dir + QStringLiteral("/deploy/logo.png"), "not really a png\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/.github/workflows/ci.yml"), "on: push\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/.gitignore"), "*.tmp\n"));
        const QString head = m_plane.commitAndPush(dir, name, QStringLiteral("Ignore rules"));
        QVERIFY(!head.isEmpty());

        const QString specIgnore = QStringLiteral("/deploy/by-spec.yaml\n");
        const QByteArray sync = QStringLiteral(R"(apiVersion: v1
kind: Namespace
metadata:
  name: %1
---
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: %2
  namespace: %1
spec:
  interval: 1h
  ref:
    branch: main
  url: %3/%2.git
  ignore: |
    /deploy/by-spec.yaml
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: %2
  namespace: %1
spec:
  interval: 1h
  path: ./deploy
  prune: true
  targetNamespace: %1
  sourceRef:
    kind: GitRepository
    name: %2
)")
                                    .arg(ns, name, m_plane.gitUrl())
                                    .toUtf8();
        QVERIFY(m_plane.apply(sync));
        QVERIFY2(m_plane.waitApplied(ns, name, head),
                 qPrintable(m_plane.field(ns, QStringLiteral("kustomization/") + name,
                                          QStringLiteral(".status.conditions[?(@.type==\"Ready\")].message"))));
        QCOMPARE(m_plane.field(ns, QStringLiteral("gitrepository/") + name, QStringLiteral(".status.observedIgnore")),
                 specIgnore);
        bool ok = false;

        // The artifact source-controller serves, as a file list.
        const QString url = m_plane.field(ns, QStringLiteral("gitrepository/") + name, QStringLiteral(".status.artifact.url"));
        QVERIFY(!url.isEmpty());
        const QString tarball = m_work.filePath(name + QStringLiteral(".tar.gz"));
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-fsS"), QStringLiteral("-o"), tarball, url});
        QVERIFY(curl.waitForFinished(60000));
        QVERIFY2(curl.exitCode() == 0, curl.readAllStandardError().constData());
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-tvzf"), tarball});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        QStringList archived; // regular files: "-rw-r--r-- 0/0 17 2026-01-01 00:00 deploy/extra.yaml"
        for (const QString& line : QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'-'))
                archived.append(line.section(u' ', -1));
        }
        archived.sort();

        auto checkout = workingTreeSource(dir);
        const ArtifactFileSource artifact(*checkout, SourceIgnore::load(*checkout, specIgnore));
        QStringList ours = files(artifact);
        ours.sort();
        QVERIFY2(ours == archived, qPrintable(QStringLiteral("\nours:     %1\narchived: %2")
                                                 .arg(ours.join(QLatin1String(", ")), archived.join(QLatin1String(", ")))));
        QVERIFY(ours.contains(QStringLiteral("deploy/drafts/keep.yaml")));
        QVERIFY(ours.contains(QStringLiteral("deploy/logo.png")));
        QVERIFY(!ours.contains(QStringLiteral("deploy/by-spec.yaml")));

        // What kustomize-controller applied (its inventory) is what the builder renders from the checkout.
        const QString ksJson = m_plane.kubectl({QStringLiteral("-n"), ns, QStringLiteral("get"), QStringLiteral("kustomization"),
                                                name, QStringLiteral("-o"), QStringLiteral("json")},
                                               &ok);
        QVERIFY(ok);
        const QJsonObject ks = QJsonDocument::fromJson(ksJson.toUtf8()).object();
        QStringList applied;
        for (const QJsonValue& entry :
             ks.value(QLatin1String("status")).toObject().value(QLatin1String("inventory")).toObject().value(QLatin1String("entries")).toArray())
            applied.append(entry.toObject().value(QLatin1String("id")).toString());
        applied.sort();
        FluxKustomizationBuilder::Options options;
        options.render.allowFallback = false;
        options.sourceIgnore = specIgnore;
        auto built = FluxKustomizationBuilder(ks).build(*checkout, {}, options);
        QVERIFY2(built, built ? "" : qPrintable(built.error().toString()));
        QStringList rendered;
        for (const RenderedObject& o : built->objects)
            rendered.append(QStringLiteral("%1_%2_%3_%4").arg(o.id().ns, o.id().name, o.id().group, o.id().kind));
        rendered.sort();
        QVERIFY2(rendered == applied, qPrintable(QStringLiteral("\nrendered: %1\napplied:  %2")
                                                     .arg(rendered.join(QLatin1String(", ")), applied.join(QLatin1String(", ")))));
        QVERIFY(rendered.contains(ns + QStringLiteral("_kept-draft__ConfigMap")));
        QVERIFY(!rendered.contains(ns + QStringLiteral("_by-spec__ConfigMap")));

        // Drift and `fleetdesk diff` read the live GitRepository's spec.ignore: in sync, nothing to create. Without
        // it, the file spec.ignore leaves out would be an object to create.
        const auto client = test::LiveControlPlane::clientFor(m_plane.adminKubeconfig());
        QVERIFY(client);
        const auto computeDrift = [&](bool readSource) {
            DriftCalculator calculator(client.get());
            DriftRequest request;
            request.cluster = QStringLiteral("testenv");
            request.kustomization = ks;
            request.repositoryRoot = dir;
            request.readSource = readSource;
            KustomizationDriftPtr result;
            calculator.compute(request, [&result](KustomizationDriftPtr r) { result = std::move(r); });
            QDeadlineTimer deadline(60000);
            while (!result && !deadline.hasExpired())
                QTest::qWait(20);
            return result;
        };
        const KustomizationDriftPtr drift = computeDrift(true);
        QVERIFY(drift);
        QVERIFY2(drift->error.isEmpty(), qPrintable(drift->error));
        QCOMPARE(drift->driftCount(), 0);
        QCOMPARE(int(drift->objects.size()), int(applied.size()));
        const KustomizationDriftPtr unaware = computeDrift(false);
        QVERIFY(unaware);
        QCOMPARE(unaware->driftCount(), 1);
        const auto created = std::find_if(unaware->objects.cbegin(), unaware->objects.cend(), [](const ObjectDrift& o) {
            return o.kind == DriftKind::Create;
        });
        QVERIFY(created != unaware->objects.cend());
        QCOMPARE(created->id.name, QStringLiteral("by-spec"));

        QProcess diff;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECONFIG"), m_plane.adminKubeconfig());
        diff.setProcessEnvironment(env);
        diff.start(qEnvironmentVariable("FLEETDESK_BIN"),
                   {QStringLiteral("diff"), QStringLiteral("--workspace"), dir, ns + u'/' + name});
        QVERIFY(diff.waitForFinished(120000));
        const QByteArray diffText = diff.readAllStandardOutput();
        QVERIFY2(diff.exitCode() == 0 && !diffText.contains("by-spec"), diffText.constData());

        m_plane.kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), ns, QStringLiteral("--wait=false")});
    }
};

QTEST_GUILESS_MAIN(TestKustomizeArtifact)
#include "tst_kustomizeartifact.moc"
