#include "engine/SnapshotPlanner.h"

#include <QSignalSpy>
#include <QTest>

using namespace fleetdesk;

namespace {

/// A root with one child per name; each child has one child of its own.
std::shared_ptr<FleetNode> tree(const QStringList& names, const QString& marker = {})
{
    auto root = std::make_shared<FleetNode>();
    root->key = QStringLiteral("root");
    for (const QString& name : names) {
        auto child = std::make_shared<FleetNode>();
        child->key = QStringLiteral("c:") + name;
        child->name = name + marker;
        auto leaf = std::make_shared<FleetNode>();
        leaf->key = child->key + QStringLiteral("/leaf");
        leaf->name = QStringLiteral("leaf") + marker;
        child->children.push_back(leaf);
        root->children.push_back(child);
    }
    return root;
}

FleetSnapshotPtr snapshot(quint64 generation, FleetNodePtr root, const QString& workspace = QStringLiteral("/w"))
{
    auto s = std::make_shared<FleetSnapshot>();
    s->generation = generation;
    s->workspaceRoot = workspace;
    s->root = std::move(root);
    return s;
}

} // namespace

class TestSnapshotPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPlanReplaysTheDiffOfEveryChangedParent();
    void aPlanLeadsOnlyFromTheSnapshotItWasMadeFrom();
    void aPlanKeepsNoTreeAlive();
    void snapshotsArrivingWhilePlanningAreCoalescedToTheNewest();
    void aSnapshotOfAnotherWorkspaceOrWithNothingShownGoesOnWithoutAPlan();
};

void TestSnapshotPlanner::aPlanReplaysTheDiffOfEveryChangedParent()
{
    const auto from = snapshot(1, tree({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    // b is removed; a's leaf changes; d is added.
    auto next = tree({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")});
    next->children[1] = from->root->children[2]; // c is shared: not recursed into
    auto changedLeaf = std::make_shared<FleetNode>(*next->children[0]->children[0]);
    changedLeaf->name = QStringLiteral("leaf v2");
    auto a = std::make_shared<FleetNode>(*from->root->children[0]);
    a->children = {changedLeaf};
    next->children[0] = a;
    const auto to = snapshot(2, next);

    const SnapshotPlanPtr plan = SnapshotPlan::between(from, to);
    QVERIFY(plan->leads(from, to));
    const SnapshotDiff& top = plan->root.diff;
    QCOMPARE(top.removals.size(), size_t(1));
    QCOMPARE(top.removals[0], (SnapshotDiff::Range{1, 1}));
    QCOMPARE(top.insertions.size(), size_t(1));
    QCOMPARE(top.insertions[0], (SnapshotDiff::Range{2, 2}));
    // Only a is recursed into (c is the same node); its own step marks the leaf changed.
    QCOMPARE(top.recurse.size(), size_t(1));
    QCOMPARE(top.recurse[0], (std::pair<int, int>{0, 0}));
    QCOMPARE(plan->root.recursed.size(), size_t(1));
    QCOMPARE(plan->root.recursed[0].diff.changed, std::vector<int>{0});
}

void TestSnapshotPlanner::aPlanLeadsOnlyFromTheSnapshotItWasMadeFrom()
{
    const auto first = snapshot(1, tree({QStringLiteral("a")}));
    const auto second = snapshot(2, tree({QStringLiteral("a")}, QStringLiteral("2")));
    const auto third = snapshot(3, tree({QStringLiteral("a")}, QStringLiteral("3")));
    const SnapshotPlanPtr plan = SnapshotPlan::between(first, second);
    QVERIFY(plan->leads(first, second));
    QVERIFY(!plan->leads(second, third));
    QVERIFY(!plan->leads(first, third));
    // A copy of a snapshot is another snapshot.
    QVERIFY(!plan->leads(std::make_shared<FleetSnapshot>(*first), second));
    QVERIFY(!plan->leads(nullptr, second));
}

void TestSnapshotPlanner::aPlanKeepsNoTreeAlive()
{
    auto from = snapshot(1, tree({QStringLiteral("a")}));
    auto to = snapshot(2, tree({QStringLiteral("a")}, QStringLiteral("2")));
    const std::weak_ptr<const FleetNode> fromRoot = from->root;
    const SnapshotPlanPtr plan = SnapshotPlan::between(from, to);
    from.reset();
    QVERIFY(fromRoot.expired());
    QVERIFY(!plan->leads(nullptr, to));
}

void TestSnapshotPlanner::snapshotsArrivingWhilePlanningAreCoalescedToTheNewest()
{
    FleetSnapshotPtr shown = snapshot(1, tree({QStringLiteral("a"), QStringLiteral("b")}));
    SnapshotPlanner planner([&shown] { return shown; });
    QList<QPair<quint64, bool>> received; // generation, whether its plan led from what was shown
    connect(&planner, &SnapshotPlanner::planned, this,
            [&](const FleetSnapshotPtr& snapshot, const SnapshotPlanPtr& plan) {
                received.append({snapshot->generation, plan && plan->leads(shown, snapshot)});
                shown = snapshot; // as the window does: it shows what it was handed
            });

    planner.submit(snapshot(2, tree({QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("2"))));
    QVERIFY(planner.isBusy());
    // These arrive while the first plan is being made: only the newest is planned next.
    planner.submit(snapshot(3, tree({QStringLiteral("a")}, QStringLiteral("3"))));
    planner.submit(snapshot(5, tree({QStringLiteral("b")}, QStringLiteral("5"))));
    planner.submit(snapshot(4, tree({QStringLiteral("c")}, QStringLiteral("4"))));
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(0), (QPair<quint64, bool>{2, true}));
    QCOMPARE(received.at(1), (QPair<quint64, bool>{5, true}));
    QVERIFY(!planner.isBusy());
    QTest::qWait(50);
    QCOMPARE(received.size(), 2);
}

void TestSnapshotPlanner::aSnapshotOfAnotherWorkspaceOrWithNothingShownGoesOnWithoutAPlan()
{
    FleetSnapshotPtr shown;
    SnapshotPlanner planner([&shown] { return shown; });
    QSignalSpy planned(&planner, &SnapshotPlanner::planned);

    planner.submit(snapshot(1, tree({QStringLiteral("a")})));
    QCOMPARE(planned.size(), 1); // at once: nothing is shown yet
    QVERIFY(!planned.at(0).at(1).value<SnapshotPlanPtr>());
    shown = planned.at(0).at(0).value<FleetSnapshotPtr>();

    planner.submit(snapshot(2, tree({QStringLiteral("a")}), QStringLiteral("/other")));
    QCOMPARE(planned.size(), 2);
    QVERIFY(!planned.at(1).at(1).value<SnapshotPlanPtr>());
    QVERIFY(!planner.isBusy());
}

QTEST_GUILESS_MAIN(TestSnapshotPlanner)

#include "tst_snapshotplanner.moc"
