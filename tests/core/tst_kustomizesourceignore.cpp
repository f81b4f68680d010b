// What source-controller leaves out of a GitRepository artifact (SourceIgnore, after fluxcd/pkg/sourceignore and
// pkg/artifact's SourceIgnoreFilter), and how a Flux build sees the checkout through it (ArtifactFileSource): a
// generated kustomization.yaml does not list excluded files, and a kustomization cannot reference one. The same rules
// are checked against the artifact the real source-controller builds in tests/e2e/tst_kustomizesourceignore.
#include "TestData.h"
#include "engine/WorkspaceLoader.h"
#include "fleet/Fleet.h"
#include "kustomize/ArtifactFileSource.h"
#include "kustomize/FluxKustomizationBuilder.h"
#include "kustomize/KustomizeYaml.h"
#include "kustomize/SourceIgnore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetdesk;

namespace {

class Repo
{
public:
    Repo() { QVERIFY(m_dir.isValid()); }
    void write(const QString& path, const QByteArray& content = "x\n")
    {
        const QString full = m_dir.filePath(path);
        QDir().mkpath(QFileInfo(full).path());
        QFile file(full);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QByteArray configMap(const QByteArray& name)
{
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n";
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

FluxKustomizationBuilder fluxKustomization(const QByteArray& path)
{
    auto documents = KustomizeYaml::parseDocuments(
        QStringLiteral("ks.yaml"), "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n"
                                   "  name: apps\n  namespace: flux-system\nspec:\n  path: "
            + path + "\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n");
    return FluxKustomizationBuilder(documents->front().object);
}

QStringList names(const FluxBuild& build)
{
    QStringList out;
    for (const RenderedObject& o : build.objects)
        out.append(o.id().kind + u'/' + o.id().name);
    out.sort();
    return out;
}

} // namespace

#define QVERIFY_OK(result) QVERIFY2(result, (result) ? "" : qPrintable((result).error().toString()))

class TestKustomizeSourceIgnore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternsMatchAsGitignoreDoesBelowTheirDirectory_data()
    {
        QTest::addColumn<QString>("patterns");
        QTest::addColumn<QString>("directory"); // where the .sourceignore lives
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isDirectory");
        QTest::addColumn<bool>("excluded");
        QTest::newRow("name anywhere") << "*.md" << "" << "apps/web/README.md" << false << true;
        QTest::newRow("name matches a parent") << "drafts" << "" << "apps/drafts/a.yaml" << false << true;
        QTest::newRow("dir-only pattern, a file") << "build/" << "" << "apps/build" << false << false;
        QTest::newRow("dir-only pattern, a dir") << "build/" << "" << "apps/build" << true << true;
        QTest::newRow("dir-only pattern, below") << "build/" << "" << "apps/build/x.yaml" << false << true;
        QTest::newRow("anchored") << "/apps/*.yaml" << "" << "apps/a.yaml" << false << true;
        QTest::newRow("anchored, deeper") << "/apps/*.yaml" << "" << "apps/web/a.yaml" << false << false;
        QTest::newRow("slash inside anchors") << "apps/*.yaml" << "" << "x/apps/a.yaml" << false << false;
        QTest::newRow("double star") << "**/secret.yaml" << "" << "a/b/c/secret.yaml" << false << true;
        QTest::newRow("double star at the end") << "apps/**" << "" << "apps/a/b.yaml" << false << true;
        QTest::newRow("negation wins when later") << "*.yaml\n!keep.yaml" << "" << "apps/keep.yaml" << false << false;
        QTest::newRow("negation loses when earlier") << "!keep.yaml\n*.yaml" << "" << "apps/keep.yaml" << false << true;
        QTest::newRow("comment and blank lines") << "# *.yaml\n\n   \n" << "" << "a.yaml" << false << false;
        QTest::newRow("trailing spaces dropped") << "a.yaml   " << "" << "a.yaml" << false << true;
        QTest::newRow("CRLF") << "a.yaml\r\nb.yaml\r\n" << "" << "b.yaml" << false << true;
        QTest::newRow("character class") << "v[0-9].yaml" << "" << "v7.yaml" << false << true;
        QTest::newRow("negated class") << "v[^0-9].yaml" << "" << "v7.yaml" << false << false;
        QTest::newRow("question mark") << "?.yaml" << "" << "ab.yaml" << false << false;
        QTest::newRow("escaped star") << "a\\*.yaml" << "" << "ab.yaml" << false << false;
        QTest::newRow("malformed class matches nothing") << "[.yaml" << "" << "[.yaml" << false << false;
        QTest::newRow("nested file, inside") << "*.yaml" << "apps" << "apps/web/a.yaml" << false << true;
        QTest::newRow("nested file, outside") << "*.yaml" << "apps" << "infra/a.yaml" << false << false;
        QTest::newRow("nested file, anchored") << "/web" << "apps" << "apps/web" << true << true;
        QTest::newRow("not the directory itself") << "*" << "apps" << "apps" << true << false;
    }

    void patternsMatchAsGitignoreDoesBelowTheirDirectory()
    {
        QFETCH(QString, patterns);
        QFETCH(QString, directory);
        QFETCH(QString, path);
        QFETCH(bool, isDirectory);
        QFETCH(bool, excluded);
        QCOMPARE(SourceIgnore::fromText(patterns, directory).excludes(path, isDirectory), excluded);
    }

    void theDefaultsApplyOnlyWithoutPatternsOfTheRepository()
    {
        Repo repo;
        for (const char* f : {".gitignore", ".github/workflows/ci.yaml", "apps/.sops.yaml", "apps/logo.png", "apps/a.yaml",
                              "infra/.flux.yaml", "cloudbuild.yaml"})
            repo.write(QLatin1String(f));
        auto source = workingTreeSource(repo.path());
        const ArtifactFileSource plain(*source, SourceIgnore::load(*source));
        QCOMPARE(files(plain), QStringList{QStringLiteral("apps/a.yaml")});

        // Any pattern of the repository (or spec.ignore) turns the defaults off; the VCS files stay out.
        const ArtifactFileSource withSpec(*source, SourceIgnore::load(*source, QStringLiteral("# nothing\ncloudbuild.yaml\n")));
        QCOMPARE(files(withSpec), (QStringList{QStringLiteral(".github/workflows/ci.yaml"), QStringLiteral("apps/.sops.yaml"),
                                               QStringLiteral("apps/a.yaml"), QStringLiteral("apps/logo.png"),
                                               QStringLiteral("infra/.flux.yaml")}));
        repo.write(QStringLiteral("infra/.sourceignore"), "nothing-matches\n");
        const ArtifactFileSource withFile(*source, SourceIgnore::load(*source));
        QVERIFY(files(withFile).contains(QStringLiteral("apps/.sops.yaml")));
        QVERIFY(files(withFile).contains(QStringLiteral("infra/.sourceignore")));
        QVERIFY(!files(withFile).contains(QStringLiteral(".gitignore")));
    }

    void deeperFilesAndSpecIgnoreComeLast()
    {
        Repo repo;
        repo.write(QStringLiteral(".sourceignore"), "*.yaml\n");
        repo.write(QStringLiteral("apps/.sourceignore"), "!keep.yaml\n");
        for (const char* f : {"a.yaml", "apps/keep.yaml", "apps/drop.yaml", "other/keep.yaml"})
            repo.write(QLatin1String(f));
        auto source = workingTreeSource(repo.path());
        const ArtifactFileSource artifact(*source, SourceIgnore::load(*source, QStringLiteral("/apps/keep.yaml")));
        QCOMPARE(files(artifact), (QStringList{QStringLiteral(".sourceignore"), QStringLiteral("apps/.sourceignore")}));
        const ArtifactFileSource noSpec(*source, SourceIgnore::load(*source));
        QCOMPARE(files(noSpec), (QStringList{QStringLiteral(".sourceignore"), QStringLiteral("apps/.sourceignore"),
                                             QStringLiteral("apps/keep.yaml")}));
    }

    void aWorkingTreeChangeToTheRulesIsSeenByTheNextLoad()
    {
        Repo repo;
        repo.write(QStringLiteral("apps/a.yaml"));
        repo.write(QStringLiteral("apps/b.yaml"));
        auto source = workingTreeSource(repo.path());
        QVERIFY(!SourceIgnore::load(*source).excludes(QStringLiteral("apps/a.yaml"), false));
        repo.write(QStringLiteral("apps/.sourceignore"), "a.yaml\n"); // a new file in a directory
        QVERIFY(SourceIgnore::load(*source).excludes(QStringLiteral("apps/a.yaml"), false));
        repo.write(QStringLiteral("apps/.sourceignore"), "b.yaml\n# now b\n"); // edited in place
        QVERIFY(!SourceIgnore::load(*source).excludes(QStringLiteral("apps/a.yaml"), false));
        QVERIFY(SourceIgnore::load(*source).excludes(QStringLiteral("apps/b.yaml"), false));
        repo.write(QStringLiteral("apps/new/.sourceignore"), "*\n"); // a new directory
        QVERIFY(SourceIgnore::load(*source).excludes(QStringLiteral("apps/new/c.yaml"), false));
        QVERIFY(QFile::remove(repo.path() + QStringLiteral("/apps/.sourceignore")));
        QVERIFY(!SourceIgnore::load(*source).excludes(QStringLiteral("apps/b.yaml"), false));
    }

    void anExcludedDirectoryStillHoldsWhatALaterPatternIncludes()
    {
        Repo repo;
        repo.write(QStringLiteral(".sourceignore"), "drafts/\n!drafts/keep.yaml\n");
        repo.write(QStringLiteral("drafts/keep.yaml"));
        repo.write(QStringLiteral("drafts/other.yaml"));
        repo.write(QStringLiteral("empty/drafts/x.yaml"));
        auto source = workingTreeSource(repo.path());
        const ArtifactFileSource artifact(*source, SourceIgnore::load(*source));
        QVERIFY(artifact.isDirectory(QStringLiteral("drafts")));
        QCOMPARE(artifact.entries(QStringLiteral("drafts")), QStringList{QStringLiteral("keep.yaml")});
        QVERIFY(!artifact.isDirectory(QStringLiteral("empty/drafts")));
        QVERIFY(artifact.isDirectory(QStringLiteral("empty")));
        QVERIFY(artifact.entries(QStringLiteral("empty")).isEmpty());
    }

    void aGeneratedKustomizationListsNoIgnoredFile()
    {
        Repo repo;
        repo.write(QStringLiteral(".sourceignore"), "apps/scratch.yaml\n");
        repo.write(QStringLiteral("apps/.sourceignore"), "drafts/\n");
        repo.write(QStringLiteral("apps/app.yaml"), configMap("app"));
        repo.write(QStringLiteral("apps/scratch.yaml"), configMap("scratch"));
        repo.write(QStringLiteral("apps/drafts/draft.yaml"), configMap("draft"));
        repo.write(QStringLiteral("apps/spec.yaml"), configMap("spec-ignored"));
        repo.write(QStringLiteral("apps/notes.txt"), "not yaml\n");
        auto source = workingTreeSource(repo.path());
        FluxKustomizationBuilder::Options options;
        options.render.allowFallback = false;
        options.sourceIgnore = QStringLiteral("/apps/spec.yaml\n");
        auto built = fluxKustomization("./apps").build(*source, {}, options);
        QVERIFY_OK(built);
        QCOMPARE(names(*built), QStringList{QStringLiteral("ConfigMap/app")});
        QVERIFY2(!built->kustomizationFile.contains("scratch") && !built->kustomizationFile.contains("drafts"),
                 built->kustomizationFile.constData());

        // Without spec.ignore the file is part of the artifact again.
        options.sourceIgnore.reset();
        built = fluxKustomization("./apps").build(*source, {}, options);
        QVERIFY_OK(built);
        QCOMPARE(names(*built), (QStringList{QStringLiteral("ConfigMap/app"), QStringLiteral("ConfigMap/spec-ignored")}));
    }

    void anIgnoredFileCannotBeReferenced()
    {
        Repo repo;
        repo.write(QStringLiteral(".sourceignore"), "*.local.yaml\nsecrets.env\n");
        repo.write(QStringLiteral("apps/kustomization.yaml"), "resources:\n- app.yaml\n- dev.local.yaml\n");
        repo.write(QStringLiteral("apps/app.yaml"), configMap("app"));
        repo.write(QStringLiteral("apps/dev.local.yaml"), configMap("dev"));
        auto source = workingTreeSource(repo.path());
        FluxKustomizationBuilder::Options options;
        options.render.allowFallback = false;
        auto built = fluxKustomization("./apps").build(*source, {}, options);
        QVERIFY(!built);
        QVERIFY2(built.error().message.contains(QLatin1String("dev.local.yaml"))
                     && built.error().message.contains(QLatin1String(".sourceignore:1: *.local.yaml")),
                 qPrintable(built.error().message));

        repo.write(QStringLiteral("apps/kustomization.yaml"),
                   "resources:\n- app.yaml\nconfigMapGenerator:\n- name: env\n  envs: [secrets.env]\n");
        repo.write(QStringLiteral("apps/secrets.env"), "A=1\n");
        built = fluxKustomization("./apps").build(*source, {}, options);
        QVERIFY(!built);
        QVERIFY2(built.error().message.contains(QLatin1String(".sourceignore:2: secrets.env")),
                 qPrintable(built.error().message));
    }

    void aSpecIgnoreWithoutAPatternKeepsTheDefaults()
    {
        // SourceIgnoreFilter switches the defaults off only when there are patterns (len(ps) > 0): a spec.ignore of
        // comments and blank lines gives none.
        Repo repo;
        for (const char* f : {"apps/logo.png", "apps/a.yaml"})
            repo.write(QLatin1String(f));
        auto source = workingTreeSource(repo.path());
        const ArtifactFileSource commentsOnly(*source, SourceIgnore::load(*source, QStringLiteral("# none\n\n")));
        QCOMPARE(files(commentsOnly), QStringList{QStringLiteral("apps/a.yaml")});
        const ArtifactFileSource onePattern(*source, SourceIgnore::load(*source, QStringLiteral("/nothing.yaml\n")));
        QCOMPARE(files(onePattern), (QStringList{QStringLiteral("apps/a.yaml"), QStringLiteral("apps/logo.png")}));
    }

    void sourceIgnoreOfReadsTheSpecIgnoreOfAGitRepositoryOnly()
    {
        const auto object = [](const char* yaml) {
            return KustomizeYaml::parseDocuments(QStringLiteral("source.yaml"), yaml)->front().object;
        };
        QCOMPARE(FluxKustomizationBuilder::sourceIgnoreOf(object(
                     "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: s\n"
                     "spec:\n  ignore: |\n    /a.yaml\n    !/b.yaml\n")),
                 std::optional<QString>(QStringLiteral("/a.yaml\n!/b.yaml\n")));
        QCOMPARE(FluxKustomizationBuilder::sourceIgnoreOf(object(
                     "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: s\n"
                     "spec:\n  ignore: \"\"\n")),
                 std::optional<QString>(QString()));
        QCOMPARE(FluxKustomizationBuilder::sourceIgnoreOf(object(
                     "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: s\n"
                     "spec:\n  url: https://example.com/r\n")),
                 std::nullopt);
        QCOMPARE(FluxKustomizationBuilder::sourceIgnoreOf(object(
                     "apiVersion: source.toolkit.fluxcd.io/v1beta2\nkind: OCIRepository\nmetadata:\n  name: s\n"
                     "spec:\n  ignore: /a.yaml\n")),
                 std::nullopt);

        const FluxKustomizationBuilder ks = fluxKustomization("./apps");
        QCOMPARE(ks.sourceRef().kind, QStringLiteral("GitRepository"));
        QCOMPARE(ks.sourceRef().name, QStringLiteral("flux-system"));
        QCOMPARE(ks.sourceRef().ns, QStringLiteral("flux-system")); // the Kustomization's own
    }

    void theSourceGitRepositorysSpecIgnoreInGitReachesTheBuildAndFleetdeskBuild()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(test::dataPath(QStringLiteral("fleets/small")), dir.path()));
        const QString platform = dir.filePath(QStringLiteral("platform-flux"));
        // ingress has no kustomization.yaml: Flux generates one from every manifest of the artifact.
        QVERIFY(test::writeFile(platform + QStringLiteral("/infrastructure/ingress/debug.yaml"), configMap("debug")));
        QVERIFY(test::writeFile(platform + QStringLiteral("/clusters/c1/flux-system/gotk-sync.yaml"),
                                "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n"
                                "  name: flux-system\n  namespace: flux-system\nspec:\n  interval: 1m\n"
                                "  url: https://git.fleetdesk.test/platform-flux.git\n  ref:\n    branch: main\n"
                                "  ignore: |\n    # debugging only\n    /infrastructure/ingress/debug.yaml\n"
                                "---\napiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n"
                                "  name: flux-system\n  namespace: flux-system\nspec:\n  interval: 10m\n"
                                "  path: ./clusters/c1\n  prune: true\n  sourceRef:\n    kind: GitRepository\n"
                                "    name: flux-system\n"));
        const WorkspaceLoadResult loaded = WorkspaceLoader::loadOnce(platform);
        QVERIFY(loaded.fleet);
        const FluxObject* ingress = nullptr;
        const FluxObject* tenant = nullptr;
        for (const FluxObject& object : loaded.fleet->objects) {
            if (object.isKustomization() && object.id.name == QLatin1String("ingress"))
                ingress = &object;
            if (object.isKustomization() && object.id.name == QLatin1String("tenant-acme"))
                tenant = &object;
        }
        QVERIFY(ingress && ingress->sourceRepository);
        QCOMPARE(loaded.fleet->sourceIgnore(*ingress),
                 std::optional<QString>(QStringLiteral("# debugging only\n/infrastructure/ingress/debug.yaml\n")));
        QVERIFY(tenant);
        QCOMPARE(loaded.fleet->sourceIgnore(*tenant), std::nullopt); // its GitRepository sets no spec.ignore

        // The builder leaves the file out with the fleet's spec.ignore, and renders it without.
        auto builder = FluxKustomizationBuilder::fromDocument(*ingress->document);
        QVERIFY_OK(builder);
        auto source = workingTreeSource(ingress->sourceRepository->root);
        FluxKustomizationBuilder::Options options;
        options.render.allowFallback = false;
        auto plain = builder->build(*source, {}, options);
        QVERIFY_OK(plain);
        QVERIFY(names(*plain).contains(QStringLiteral("ConfigMap/debug")));
        options.sourceIgnore = loaded.fleet->sourceIgnore(*ingress);
        auto ignored = builder->build(*source, {}, options);
        QVERIFY_OK(ignored);
        QCOMPARE(names(*ignored), QStringList{QStringLiteral("Namespace/ingress")});

        // fleetdesk build --kustomization passes it too.
        QProcess process;
        process.start(qEnvironmentVariable("FLEETDESK_BIN"),
                      {QStringLiteral("build"), QStringLiteral("--kustomization"), QStringLiteral("ingress"),
                       QStringLiteral("--workspace"), platform, QStringLiteral("--native-only")});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(out.contains("kind: Namespace") && !out.contains("debug"), out.constData());
    }

    void theExportForTheKustomizeBinaryLeavesIgnoredFilesOut()
    {
        Repo repo;
        repo.write(QStringLiteral(".sourceignore"), "private/\n");
        repo.write(QStringLiteral("apps/app.yaml"), configMap("app"));
        repo.write(QStringLiteral("private/key.yaml"), configMap("key"));
        auto source = workingTreeSource(repo.path());
        const ArtifactFileSource artifact(*source, SourceIgnore::load(*source));
        auto exported = artifact.materialize();
        QVERIFY_OK(exported);
        QVERIFY(QFileInfo::exists(*exported + QStringLiteral("/apps/app.yaml")));
        QVERIFY(!QFileInfo::exists(*exported + QStringLiteral("/private")));
        QVERIFY(QFileInfo::exists(*exported + QStringLiteral("/.sourceignore")));
    }
};

QTEST_GUILESS_MAIN(TestKustomizeSourceIgnore)
#include "tst_kustomizesourceignore.moc"
