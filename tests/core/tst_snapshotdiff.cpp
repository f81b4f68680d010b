#include "engine/SnapshotDiff.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace fleetdesk;

namespace {

/// "key" or "key=content": a node whose name is the content (the key when there is none).
FleetNodePtr makeNode(const QString& spec)
{
    auto node = std::make_shared<FleetNode>();
    const qsizetype equals = spec.indexOf(u'=');
    node->key = equals < 0 ? spec : spec.left(equals);
    node->name = equals < 0 ? spec : spec.mid(equals + 1);
    return node;
}

std::vector<FleetNodePtr> makeNodes(const QStringList& specs)
{
    std::vector<FleetNodePtr> nodes;
    for (const QString& spec : specs)
        nodes.push_back(makeNode(spec));
    return nodes;
}

QStringList keysOf(const std::vector<FleetNodePtr>& nodes)
{
    QStringList keys;
    for (const FleetNodePtr& node : nodes)
        keys.append(node->key);
    return keys;
}

/// Replays the row operations on the old child list, the way a model does.
std::vector<FleetNodePtr> replay(std::vector<FleetNodePtr> rows, const std::vector<FleetNodePtr>& newChildren,
                                 const SnapshotDiff& diff)
{
    for (const SnapshotDiff::Range& range : diff.removals) {
        if (range.first < 0 || range.last >= static_cast<int>(rows.size()) || range.first > range.last)
            return {};
        rows.erase(rows.begin() + range.first, rows.begin() + range.last + 1);
    }
    for (const SnapshotDiff::Range& range : diff.insertions) {
        if (range.first < 0 || range.first > static_cast<int>(rows.size()) || range.first > range.last)
            return {};
        rows.insert(rows.begin() + range.first, newChildren.begin() + range.first,
                    newChildren.begin() + range.last + 1);
    }
    for (const auto& [oldIndex, newIndex] : diff.recurse)
        rows[newIndex] = newChildren[newIndex];
    return rows;
}

QString rangesToString(const std::vector<SnapshotDiff::Range>& ranges)
{
    QStringList parts;
    for (const SnapshotDiff::Range& range : ranges)
        parts.append(QStringLiteral("%1-%2").arg(range.first).arg(range.last));
    return parts.join(u',');
}

} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowOperationsTurnTheOldListIntoTheNewOne_data();
    void rowOperationsTurnTheOldListIntoTheNewOne();
    void identicalPointersProduceAnEmptyDiff();
    void changedContentIsReportedAtItsNewIndex();
    void aNewPointerWithTheSameContentIsRecursedIntoButNotChanged();
    void aMovedChildIsRemovedAndInsertedWithoutDisturbingTheRest();
    void repeatedKeysAreMatchedOnce();
    void randomEditsReplayToTheNewList();
};

void TestSnapshotDiff::rowOperationsTurnTheOldListIntoTheNewOne_data()
{
    QTest::addColumn<QStringList>("oldKeys");
    QTest::addColumn<QStringList>("newKeys");
    QTest::addColumn<QString>("removals");
    QTest::addColumn<QString>("insertions");

    const auto list = [](const char* keys) {
        return QString::fromLatin1(keys).split(u' ', Qt::SkipEmptyParts);
    };
    QTest::newRow("unchanged") << list("a b c") << list("a b c") << QString() << QString();
    QTest::newRow("both empty") << QStringList() << QStringList() << QString() << QString();
    QTest::newRow("fill an empty list") << QStringList() << list("a b c") << QString() << QStringLiteral("0-2");
    QTest::newRow("clear the list") << list("a b c") << QStringList() << QStringLiteral("0-2") << QString();
    QTest::newRow("append") << list("a b") << list("a b c d") << QString() << QStringLiteral("2-3");
    QTest::newRow("prepend") << list("c d") << list("a b c d") << QString() << QStringLiteral("0-1");
    QTest::newRow("insert in the middle") << list("a d") << list("a b c d") << QString() << QStringLiteral("1-2");
    QTest::newRow("remove the middle") << list("a b c d") << list("a d") << QStringLiteral("1-2") << QString();
    QTest::newRow("remove two runs from the back")
        << list("a b c d e f") << list("a d") << QStringLiteral("4-5,1-2") << QString();
    QTest::newRow("replace one") << list("a b c") << list("a x c") << QStringLiteral("1-1") << QStringLiteral("1-1");
    QTest::newRow("swap two") << list("a b") << list("b a") << QStringLiteral("1-1") << QStringLiteral("0-0");
    QTest::newRow("move the first to the end")
        << list("a b c d") << list("b c d a") << QStringLiteral("0-0") << QStringLiteral("3-3");
    QTest::newRow("move the last to the front")
        << list("a b c d") << list("d a b c") << QStringLiteral("3-3") << QStringLiteral("0-0");
    QTest::newRow("reverse") << list("a b c d") << list("d c b a") << QStringLiteral("1-3")
                             << QStringLiteral("0-2");
    QTest::newRow("move, add and remove at once")
        << list("a b c d e") << list("e a x c d") << QStringLiteral("4-4,1-1") << QStringLiteral("0-0,2-2");
}

void TestSnapshotDiff::rowOperationsTurnTheOldListIntoTheNewOne()
{
    QFETCH(QStringList, oldKeys);
    QFETCH(QStringList, newKeys);
    QFETCH(QString, removals);
    QFETCH(QString, insertions);

    const auto oldChildren = makeNodes(oldKeys);
    const auto newChildren = makeNodes(newKeys);
    const SnapshotDiff diff = SnapshotDiff::between(oldChildren, newChildren);

    QCOMPARE(rangesToString(diff.removals), removals);
    QCOMPARE(rangesToString(diff.insertions), insertions);
    QCOMPARE(keysOf(replay(oldChildren, newChildren, diff)), newKeys);
}

void TestSnapshotDiff::identicalPointersProduceAnEmptyDiff()
{
    const auto children = makeNodes({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    const SnapshotDiff diff = SnapshotDiff::between(children, children);
    QVERIFY(diff.isEmpty());
}

void TestSnapshotDiff::changedContentIsReportedAtItsNewIndex()
{
    const auto oldChildren = makeNodes({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    auto newChildren = makeNodes({QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("c=renamed")});
    newChildren[1] = oldChildren[0]; // "a" is the very same node

    const SnapshotDiff diff = SnapshotDiff::between(oldChildren, newChildren);

    QCOMPARE(diff.changed, std::vector<int>{2});
    const std::vector<std::pair<int, int>> recurse{{2, 2}};
    QCOMPARE(diff.recurse, recurse);
    QCOMPARE(rangesToString(diff.removals), QStringLiteral("1-1"));
    QCOMPARE(rangesToString(diff.insertions), QStringLiteral("0-0"));
}

void TestSnapshotDiff::aNewPointerWithTheSameContentIsRecursedIntoButNotChanged()
{
    const auto oldChildren = makeNodes({QStringLiteral("a"), QStringLiteral("b")});
    auto changedChild = std::make_shared<FleetNode>(*oldChildren[1]);
    changedChild->children.push_back(makeNode(QStringLiteral("b/child")));
    const std::vector<FleetNodePtr> newChildren{oldChildren[0], changedChild};

    const SnapshotDiff diff = SnapshotDiff::between(oldChildren, newChildren);

    QVERIFY(diff.changed.empty());
    const std::vector<std::pair<int, int>> recurse{{1, 1}};
    QCOMPARE(diff.recurse, recurse);
    QVERIFY(diff.removals.empty());
    QVERIFY(diff.insertions.empty());
}

void TestSnapshotDiff::aMovedChildIsRemovedAndInsertedWithoutDisturbingTheRest()
{
    QStringList oldKeys;
    for (int i = 0; i < 50; ++i)
        oldKeys.append(QStringLiteral("k%1").arg(i));
    QStringList newKeys = oldKeys;
    newKeys.move(10, 40);
    const auto oldChildren = makeNodes(oldKeys);
    const auto newChildren = makeNodes(newKeys);

    const SnapshotDiff diff = SnapshotDiff::between(oldChildren, newChildren);

    QCOMPARE(rangesToString(diff.removals), QStringLiteral("10-10"));
    QCOMPARE(rangesToString(diff.insertions), QStringLiteral("40-40"));
    QCOMPARE(keysOf(replay(oldChildren, newChildren, diff)), newKeys);
}

void TestSnapshotDiff::repeatedKeysAreMatchedOnce()
{
    const QStringList oldKeys{QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b")};
    const QStringList newKeys{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")};
    const auto oldChildren = makeNodes(oldKeys);
    const auto newChildren = makeNodes(newKeys);

    const SnapshotDiff diff = SnapshotDiff::between(oldChildren, newChildren);

    QCOMPARE(keysOf(replay(oldChildren, newChildren, diff)), newKeys);
    for (const auto& [oldIndex, newIndex] : diff.recurse)
        QCOMPARE(oldChildren[oldIndex]->key, newChildren[newIndex]->key);
}

void TestSnapshotDiff::randomEditsReplayToTheNewList()
{
    QRandomGenerator random(20261127);
    for (int round = 0; round < 400; ++round) {
        const int size = random.bounded(0, 30);
        std::vector<FleetNodePtr> oldChildren;
        for (int i = 0; i < size; ++i)
            oldChildren.push_back(makeNode(QStringLiteral("n%1").arg(i)));

        // New list: drop some, edit some, add some, then shuffle a few positions.
        std::vector<FleetNodePtr> newChildren;
        QSet<int> edited;
        for (int i = 0; i < size; ++i) {
            const int roll = random.bounded(10);
            if (roll == 0)
                continue;
            if (roll == 1) {
                auto copy = std::make_shared<FleetNode>(*oldChildren[i]);
                copy->name += QStringLiteral("-edited");
                newChildren.push_back(copy);
                edited.insert(i);
            } else {
                newChildren.push_back(oldChildren[i]);
            }
        }
        const int additions = random.bounded(0, 6);
        for (int a = 0; a < additions; ++a) {
            const int at = random.bounded(static_cast<int>(newChildren.size()) + 1);
            newChildren.insert(newChildren.begin() + at, makeNode(QStringLiteral("new%1-%2").arg(round).arg(a)));
        }
        const int swaps = random.bounded(0, 3);
        for (int s = 0; s < swaps && newChildren.size() > 1; ++s) {
            const int x = random.bounded(static_cast<int>(newChildren.size()));
            const int y = random.bounded(static_cast<int>(newChildren.size()));
            std::swap(newChildren[x], newChildren[y]);
        }

        const SnapshotDiff diff = SnapshotDiff::between(oldChildren, newChildren);
        const auto replayed = replay(oldChildren, newChildren, diff);

        QCOMPARE(keysOf(replayed), keysOf(newChildren));
        // After the row operations every row holds the new node (kept rows via recurse or identical pointers).
        for (size_t i = 0; i < replayed.size(); ++i)
            QCOMPARE(replayed[i], newChildren[i]);
        // Only edited children are reported as changed.
        for (const int index : diff.changed) {
            QVERIFY(newChildren[index]->name.endsWith(QLatin1String("-edited")));
        }
        for (const auto& [oldIndex, newIndex] : diff.recurse)
            QCOMPARE(oldChildren[oldIndex]->key, newChildren[newIndex]->key);
        // Removals go from the back, insertions from the front.
        for (size_t r = 1; r < diff.removals.size(); ++r)
            QVERIFY(diff.removals[r].last < diff.removals[r - 1].first);
        for (size_t r = 1; r < diff.insertions.size(); ++r)
            QVERIFY(diff.insertions[r].first > diff.insertions[r - 1].last);
    }
}

QTEST_GUILESS_MAIN(TestSnapshotDiff)

#include "tst_snapshotdiff.moc"
