// BehindOverlay and GitAheadBehind on real temporary repositories: how many commits a deployer's applied revision
// is behind the head of its source branch in the local checkout.

#include "GitCli.h"
#include "engine/BehindOverlay.h"
#include "git/GitAheadBehind.h"
#include "git/GitRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdesk;

namespace {

QString commit(const QString& dir, const QString& file)
{
    QFile f(dir + QLatin1Char('/') + file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(file.toUtf8());
    f.close();
    GitCli::run(dir, {QStringLiteral("add"), QStringLiteral("-A")});
    GitCli::run(dir, {QStringLiteral("-c"), QStringLiteral("user.name=t"), QStringLiteral("-c"),
                      QStringLiteral("user.email=t@example.org"), QStringLiteral("commit"), QStringLiteral("-q"),
                      QStringLiteral("-m"), file});
    return GitCli::output(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
}

std::shared_ptr<FleetNode> node(NodeKind kind, const QString& key)
{
    auto n = std::make_shared<FleetNode>();
    n->nodeKind = kind;
    n->key = key;
    return n;
}

/// A cluster with a GitRepository `apps` (url .../apps.git, `refYaml` as its ref) and a Kustomization applied at
/// `applied`, both in the checkout `root` named "apps".
FleetNodePtr tree(const QString& root, const QString& applied, const QString& refYaml = QStringLiteral("  ref:\n    branch: main\n"))
{
    auto source = node(NodeKind::FluxObject, QStringLiteral("c/source"));
    source->kind = QStringLiteral("GitRepository");
    source->ns = QStringLiteral("apps");
    source->name = QStringLiteral("apps");
    source->cluster = QStringLiteral("c");
    source->repository = QStringLiteral("apps");
    source->repositoryRoot = root;
    source->yaml = QStringLiteral("apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n"
                                  "  name: apps\n  namespace: apps\nspec:\n  url: https://git.example.org/team/apps.git\n")
        + refYaml;
    auto deployer = node(NodeKind::FluxObject, QStringLiteral("c/deployer"));
    deployer->kind = QStringLiteral("Kustomization");
    deployer->ns = QStringLiteral("apps");
    deployer->name = QStringLiteral("apps");
    deployer->cluster = QStringLiteral("c");
    deployer->source = QStringLiteral("GitRepository/apps/apps");
    deployer->presence = Presence::Both;
    deployer->liveRevision = applied;
    auto cluster = node(NodeKind::Cluster, QStringLiteral("c"));
    cluster->name = QStringLiteral("c");
    cluster->children = {source, deployer};
    auto rootNode = node(NodeKind::Workspace, QString());
    rootNode->children = {cluster};
    return rootNode;
}

int behindOf(const FleetNodePtr& root)
{
    return root->children.front()->children.at(1)->behindBy;
}

} // namespace

class TestBehindOverlay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_third;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(GitCli::run(m_dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                                           QStringLiteral("main")})
                    .ok());
        m_first = commit(m_dir.path(), QStringLiteral("one"));
        commit(m_dir.path(), QStringLiteral("two"));
        m_third = commit(m_dir.path(), QStringLiteral("three"));
        QCOMPARE(m_third.size(), 40);
    }

    void commitOfReadsEveryFluxRevisionFormat()
    {
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QCOMPARE(GitAheadBehind::commitOf(QStringLiteral("main@sha1:") + id), id);
        QCOMPARE(GitAheadBehind::commitOf(QStringLiteral("sha1:") + id), id);
        QCOMPARE(GitAheadBehind::commitOf(QStringLiteral("main/") + id), id);
        QCOMPARE(GitAheadBehind::commitOf(id), id);
        QCOMPARE(GitAheadBehind::commitOf(QStringLiteral("v1.0.0@sha256:") + id + QStringLiteral("abcdefabcdefabcdefabcdefab")),
                 QString());
        QCOMPARE(GitAheadBehind::commitOf(QString()), QString());
    }

    void distanceCountsCommitsOnTheBranchThatTheRevisionLacks()
    {
        auto repository = GitRepository::open(m_dir.path());
        QVERIFY(repository);
        auto distance = GitAheadBehind::distance(*repository, m_first, QStringLiteral("main"));
        QVERIFY(distance);
        QCOMPARE(distance->behind, 2);
        QCOMPARE(distance->ahead, 0);
        distance = GitAheadBehind::distance(*repository, m_third, QStringLiteral("main"));
        QVERIFY(distance);
        QCOMPARE(distance->behind, 0);
        const auto unknown = GitAheadBehind::distance(*repository, QString(40, QLatin1Char('e')), QStringLiteral("main"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("git.odb.-3"));
        QVERIFY(!GitAheadBehind::distance(*repository, m_first, QStringLiteral("no-such-branch")));
    }

    void theOverlayFillsBehindByForAppliedDeployersAndCachesTheCount()
    {
        BehindOverlay overlay;
        const FleetNodePtr behind = overlay.apply(tree(m_dir.path(), QStringLiteral("main@sha1:") + m_first));
        QCOMPARE(behindOf(behind), 2);
        QCOMPARE(overlay.countsComputed(), 1);
        // The same revision and branch head again: answered from the cache, and the unchanged tree is shared.
        const FleetNodePtr again = overlay.apply(behind);
        QCOMPARE(again, behind);
        QCOMPARE(overlay.countsComputed(), 1);
        QCOMPARE(behindOf(overlay.apply(tree(m_dir.path(), QStringLiteral("main@sha1:") + m_third))), 0);
        // A new commit on the branch: the head moved, so the count is new.
        commit(m_dir.path(), QStringLiteral("four"));
        QCOMPARE(behindOf(overlay.apply(tree(m_dir.path(), QStringLiteral("main@sha1:") + m_first))), 3);
    }

    void aRevisionTheLocalBranchLacksIsAheadOfGit()
    {
        // A commit pushed from elsewhere and applied, which the local branch does not have (fetched to a side
        // branch here): the cluster is ahead of the local checkout.
        const QString dir = m_dir.path() + QStringLiteral("-ahead");
        QVERIFY(GitCli::run(m_dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_dir.path(), dir}).ok());
        QVERIFY(GitCli::run(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                                  QStringLiteral("pushed-elsewhere")})
                    .ok());
        const QString pushed = commit(dir, QStringLiteral("elsewhere"));
        QVERIFY(GitCli::run(dir, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).ok());
        BehindOverlay overlay;
        const FleetNodePtr ahead = overlay.apply(tree(dir, QStringLiteral("main@sha1:") + pushed));
        QCOMPARE(behindOf(ahead), 0);
        QCOMPARE(ahead->children.front()->children.at(1)->aheadBy, 1);
        // Up to date: neither.
        const QString head = GitCli::output(dir, {QStringLiteral("rev-parse"), QStringLiteral("main")});
        const FleetNodePtr same = overlay.apply(tree(dir, QStringLiteral("main@sha1:") + head));
        QCOMPARE(behindOf(same), 0);
        QCOMPARE(same->children.front()->children.at(1)->aheadBy, 0);
        QDir(dir).removeRecursively();
    }

    void unknownCasesStayMinusOne()
    {
        BehindOverlay overlay;
        // A revision the checkout never fetched.
        const FleetNodePtr unfetched = overlay.apply(tree(m_dir.path(), QStringLiteral("main@sha1:") + QString(40, QLatin1Char('e'))));
        QCOMPARE(behindOf(unfetched), -1);
        QCOMPARE(unfetched->children.front()->children.at(1)->aheadBy, -1);
        // A tag ref has no branch head to compare with.
        QCOMPARE(behindOf(overlay.apply(tree(m_dir.path(), QStringLiteral("main@sha1:") + m_first,
                                             QStringLiteral("  ref:\n    tag: v1\n")))),
                 -1);
        // No live revision (not applied).
        QCOMPARE(behindOf(overlay.apply(tree(m_dir.path(), QString()))), -1);
    }
};

QTEST_GUILESS_MAIN(TestBehindOverlay)
#include "tst_behindoverlay.moc"
