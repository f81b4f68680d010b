#include "FleetTreeModel.h"

#include "views/NodeIcons.h"
#include "views/Theme.h"

#include <QDir>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>

namespace fleetdesk {

struct FleetTreeModel::Item
{
    FleetNodePtr node;
    Item* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Item>> children;
    Severity worst = Severity::Info; ///< worst unsilenced lint severity in the subtree; Info when there is none
    /// driftShown() of `node`, kept while the node is the same: a group's value may walk its whole subtree.
    const FleetNode* driftFor = nullptr;
    int drift = -1;

    int shownDrift()
    {
        if (driftFor != node.get()) {
            drift = node ? FleetTreeModel::driftShown(*node) : -2;
            driftFor = node.get();
        }
        return drift;
    }

    /// Recomputes `worst` from the node and the children; true when it changed.
    bool updateWorst()
    {
        Severity next = Severity::Info;
        if (node && node->lintErrors > 0)
            next = Severity::Error;
        else if (node && node->lintWarnings > 0)
            next = Severity::Warning;
        for (const auto& child : children) {
            if (next == Severity::Error)
                break;
            if (child->worst == Severity::Error || (child->worst == Severity::Warning && next == Severity::Info))
                next = child->worst;
        }
        const bool changed = next != worst;
        worst = next;
        return changed;
    }

    void renumberFrom(int first)
    {
        for (int i = first; i < static_cast<int>(children.size()); ++i)
            children[static_cast<size_t>(i)]->row = i;
    }
};

FleetTreeModel::FleetTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>())
{
}

FleetTreeModel::~FleetTreeModel() = default;

void FleetTreeModel::applySnapshot(FleetSnapshotPtr snapshot, SnapshotPlanPtr plan)
{
    if (!snapshot)
        return;
    if (m_snapshot && snapshot->generation <= m_snapshot->generation)
        return; // stale: a newer one is already shown

    const bool sameWorkspace = m_snapshot && m_snapshot->workspaceRoot == snapshot->workspaceRoot
        && (!m_root->node || !snapshot->root || m_root->node->key == snapshot->root->key);
    if (!sameWorkspace) {
        beginResetModel();
        m_snapshot = std::move(snapshot);
        m_itemsByKey.clear();
        m_root = std::make_unique<Item>();
        m_root->node = m_snapshot->root;
        if (m_root->node) {
            for (const FleetNodePtr& child : m_root->node->children) {
                m_root->children.push_back(buildItem(child, m_root.get()));
                registerSubtree(m_root->children.back().get());
            }
            m_root->renumberFrom(0);
            m_root->updateWorst();
        }
        endResetModel();
    } else {
        SnapshotPlan::Step computed;
        const bool planned = plan && plan->leads(m_snapshot, snapshot);
        if (!planned)
            computed = SnapshotPlan::stepBetween(m_snapshot->root.get(), snapshot->root.get());
        FleetSnapshotPtr previous = std::exchange(m_snapshot, std::move(snapshot));
        syncChildren(m_root.get(), m_snapshot->root, planned ? plan->root : computed);
        // The nodes only the previous snapshot holds are freed on a worker thread: a large tree takes tens of
        // milliseconds to free, which the UI thread would spend frozen. Nodes are immutable, so any thread may.
        if (previous.use_count() == 1)
            QThreadPool::globalInstance()->start([previous = std::move(previous)]() mutable { previous.reset(); });
    }
    updateRepositoryRoots();
    Q_EMIT snapshotApplied(m_snapshot->generation);
}

std::unique_ptr<FleetTreeModel::Item> FleetTreeModel::buildItem(const FleetNodePtr& node, Item* parent)
{
    auto item = std::make_unique<Item>();
    item->node = node;
    item->parent = parent;
    item->children.reserve(node->children.size());
    for (const FleetNodePtr& child : node->children)
        item->children.push_back(buildItem(child, item.get()));
    item->renumberFrom(0);
    item->updateWorst();
    return item;
}

void FleetTreeModel::registerSubtree(Item* item)
{
    m_itemsByKey.insert(item->node->key, item);
    for (const auto& child : item->children)
        registerSubtree(child.get());
}

void FleetTreeModel::unregisterSubtree(const Item* item)
{
    const auto it = m_itemsByKey.find(item->node->key);
    if (it != m_itemsByKey.end() && *it == item)
        m_itemsByKey.erase(it);
    for (const auto& child : item->children)
        unregisterSubtree(child.get());
}

void FleetTreeModel::syncChildren(Item* item, const FleetNodePtr& newNode, const SnapshotPlan::Step& step)
{
    static const std::vector<FleetNodePtr> noChildren;
    const std::vector<FleetNodePtr>& newChildren = newNode ? newNode->children : noChildren;
    const FleetNodePtr oldNode = item->node;
    item->node = newNode;

    // The items mirror the shown snapshot, so the step's indices (old and new) are the items' rows.
    const SnapshotDiff& diff = step.diff;
    if (diff.isEmpty()) {
        item->updateWorst();
        return;
    }
    const QModelIndex parentIndex = indexOf(item);

    for (const SnapshotDiff::Range& range : diff.removals) {
        beginRemoveRows(parentIndex, range.first, range.last);
        const auto first = item->children.begin() + range.first;
        const auto last = item->children.begin() + range.last + 1;
        for (auto it = first; it != last; ++it)
            unregisterSubtree(it->get());
        item->children.erase(first, last);
        item->renumberFrom(range.first);
        endRemoveRows();
    }
    for (const SnapshotDiff::Range& range : diff.insertions) {
        beginInsertRows(parentIndex, range.first, range.last);
        std::vector<std::unique_ptr<Item>> added;
        added.reserve(static_cast<size_t>(range.count()));
        for (int j = range.first; j <= range.last; ++j)
            added.push_back(buildItem(newChildren[static_cast<size_t>(j)], item));
        for (const auto& child : added)
            registerSubtree(child.get());
        item->children.insert(item->children.begin() + range.first, std::make_move_iterator(added.begin()),
                              std::make_move_iterator(added.end()));
        item->renumberFrom(range.first);
        endInsertRows();
    }

    // The changed rows first, one dataChanged() per run of adjacent rows: the proxy and the view pay per signal
    // (the view looks the row up and, for its first row, asks the delegate for every column's size hint).
    auto changed = diff.changed.cbegin();
    int runFirst = -1;
    int runLast = -1;
    const auto flushRun = [&] {
        if (runFirst >= 0) {
            Q_EMIT dataChanged(indexOf(item->children[static_cast<size_t>(runFirst)].get(), 0),
                               indexOf(item->children[static_cast<size_t>(runLast)].get(), ColumnCount - 1));
        }
        runFirst = runLast = -1;
    };
    for (const auto& [oldIndex, newIndex] : diff.recurse) {
        Q_UNUSED(oldIndex);
        while (changed != diff.changed.cend() && *changed < newIndex)
            ++changed;
        if (changed != diff.changed.cend() && *changed == newIndex) {
            item->children[static_cast<size_t>(newIndex)]->node = newChildren[static_cast<size_t>(newIndex)];
            if (runFirst >= 0 && newIndex != runLast + 1)
                flushRun();
            if (runFirst < 0)
                runFirst = newIndex;
            runLast = newIndex;
        }
    }
    flushRun();
    for (size_t k = 0; k < diff.recurse.size(); ++k) {
        const int newIndex = diff.recurse[k].second;
        syncChildren(item->children[static_cast<size_t>(newIndex)].get(), newChildren[static_cast<size_t>(newIndex)],
                     step.recursed[k]);
    }

    // A finding that moved between descendants can change the subtree's badge without changing the node.
    if (item->updateWorst() && item != m_root.get())
        Q_EMIT dataChanged(indexOf(item, LintColumn), indexOf(item, LintColumn));
    // A Kustomization below computed for the first time turns a group's "—" into "0" without changing the group.
    if (item != m_root.get() && oldNode && newNode && oldNode->nodeKind != NodeKind::FluxObject
        && oldNode->nodeKind != NodeKind::Object
        && (item->driftFor == oldNode.get() ? item->drift : driftShown(*oldNode)) != item->shownDrift())
        Q_EMIT dataChanged(indexOf(item, DriftColumn), indexOf(item, DriftColumn));
}

FleetTreeModel::Item* FleetTreeModel::itemFor(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Item*>(index.internalPointer());
}

QModelIndex FleetTreeModel::indexOf(const Item* item, int column) const
{
    if (!item || item == m_root.get())
        return {};
    return createIndex(item->row, column, const_cast<Item*>(item));
}

QModelIndex FleetTreeModel::indexForKey(const QString& key) const
{
    return indexOf(m_itemsByKey.value(key));
}

const FleetNode* FleetTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return itemFor(index)->node.get();
}

FleetNodePtr FleetTreeModel::sharedNode(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return itemFor(index)->node;
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Item* parentItem = itemFor(parent);
    if (row >= static_cast<int>(parentItem->children.size()))
        return {};
    return createIndex(row, column, parentItem->children[static_cast<size_t>(row)].get());
}

QModelIndex FleetTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(itemFor(child)->parent);
}

int FleetTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(itemFor(parent)->children.size());
}

int FleetTreeModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QString FleetTreeModel::kindLabel(const FleetNode& node)
{
    switch (node.nodeKind) {
    case NodeKind::Workspace:
        return tr("Workspace");
    case NodeKind::Cluster:
        return tr("Cluster");
    case NodeKind::Platform:
        return tr("Platform");
    case NodeKind::Tenants:
        return tr("Tenant group");
    case NodeKind::Tenant:
        return tr("Tenant");
    case NodeKind::FluxObject:
    case NodeKind::Object:
        break;
    }
    return node.kind;
}

QString FleetTreeModel::stateLabel(ReconcileState state)
{
    switch (state) {
    case ReconcileState::Ready:
        return FleetTreeModel::tr("Ready");
    case ReconcileState::Failed:
        return FleetTreeModel::tr("Failed");
    case ReconcileState::Progressing:
        return FleetTreeModel::tr("Progressing");
    case ReconcileState::Suspended:
        return FleetTreeModel::tr("Suspended");
    case ReconcileState::Stale:
        return FleetTreeModel::tr("Stale");
    case ReconcileState::Unknown:
        break;
    }
    return FleetTreeModel::tr("Not connected");
}

QString FleetTreeModel::connectionLabel(const QString& state)
{
    if (state == QLatin1String("connecting"))
        return tr("Connecting");
    if (state == QLatin1String("connected"))
        return tr("Connected");
    if (state == QLatin1String("degraded"))
        return tr("Degraded");
    if (state == QLatin1String("forbidden"))
        return tr("Forbidden");
    if (state == QLatin1String("offline"))
        return tr("Offline");
    return state;
}

ReconcileState FleetTreeModel::connectionLook(const QString& state)
{
    if (state == QLatin1String("connected"))
        return ReconcileState::Ready;
    if (state == QLatin1String("connecting"))
        return ReconcileState::Progressing;
    if (state == QLatin1String("degraded"))
        return ReconcileState::Stale;
    if (state == QLatin1String("forbidden"))
        return ReconcileState::Failed;
    return ReconcileState::Unknown;
}

QString FleetTreeModel::shortRevision(const QString& revision)
{
    if (revision.isEmpty())
        return {};
    const auto shortDigest = [](QString digest) {
        if (digest.startsWith(QLatin1String("sha1:")))
            return digest.mid(5, 7);
        if (digest.startsWith(QLatin1String("sha256:")))
            return digest.left(7 + 12);
        return digest.left(7);
    };
    const qsizetype at = revision.lastIndexOf(QLatin1Char('@'));
    if (at > 0)
        return revision.left(at) + QLatin1Char('@') + shortDigest(revision.mid(at + 1));
    if (revision.startsWith(QLatin1String("sha1:")) || revision.startsWith(QLatin1String("sha256:")))
        return shortDigest(revision);
    // The older "branch/commit" form.
    const qsizetype slash = revision.lastIndexOf(QLatin1Char('/'));
    const QString tail = revision.mid(slash + 1);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{40}$"));
    if (hex.match(tail).hasMatch())
        return slash > 0 ? revision.left(slash) + QLatin1Char('@') + tail.left(7) : tail.left(7);
    return revision;
}

QString FleetTreeModel::relativeTime(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 d ago").arg(seconds / 86400);
}

namespace {

bool isKustomization(const FleetNode& node)
{
    return node.nodeKind == NodeKind::FluxObject && node.kind == QLatin1String("Kustomization");
}

QString controllerHealthLabel(ControllerStatus::Health health)
{
    switch (health) {
    case ControllerStatus::Health::Healthy:
        return FleetTreeModel::tr("healthy");
    case ControllerStatus::Health::Degraded:
        return FleetTreeModel::tr("degraded");
    case ControllerStatus::Health::Failed:
        return FleetTreeModel::tr("failed");
    case ControllerStatus::Health::NotInstalled:
        return FleetTreeModel::tr("not installed");
    case ControllerStatus::Health::Unknown:
        break;
    }
    return FleetTreeModel::tr("unknown");
}

/// True when the drift of some Kustomization in the subtree has been computed.
bool driftComputedIn(const FleetNode& node)
{
    if (node.drift >= 0)
        return true;
    for (const FleetNodePtr& child : node.children) {
        if ((child->nodeKind != NodeKind::Object) && driftComputedIn(*child))
            return true;
    }
    return false;
}

} // namespace

int FleetTreeModel::driftShown(const FleetNode& node)
{
    switch (node.nodeKind) {
    case NodeKind::Object:
        return node.drift;
    case NodeKind::FluxObject:
        if (isKustomization(node))
            return node.drift;
        return node.drift >= 0 ? node.drift : -2;
    case NodeKind::Workspace:
        return -2;
    default:
        if (node.driftTotal > 0)
            return node.driftTotal;
        return driftComputedIn(node) ? 0 : -1;
    }
}

void FleetTreeModel::setClusterConnection(const QString& cluster, const QString& state, const QString& reason)
{
    const auto next = qMakePair(state, reason);
    if (m_connections.value(cluster) == next)
        return;
    m_connections.insert(cluster, next);
    for (const auto& child : m_root->children) {
        if (child->node->nodeKind == NodeKind::Cluster && child->node->name == cluster)
            Q_EMIT dataChanged(indexOf(child.get(), 0), indexOf(child.get(), ColumnCount - 1));
    }
}

void FleetTreeModel::setClusterControllers(const QString& cluster, const ClusterControllerHealth& health)
{
    if (m_controllers.contains(cluster) && m_controllers.value(cluster) == health)
        return;
    m_controllers.insert(cluster, health);
    for (const auto& child : m_root->children) {
        if (child->node->nodeKind == NodeKind::Cluster && child->node->name == cluster)
            Q_EMIT dataChanged(indexOf(child.get(), StatusColumn), indexOf(child.get(), StatusColumn));
    }
}

QString FleetTreeModel::clusterConnection(const QString& cluster, QString* reason) const
{
    const auto connection = m_connections.value(cluster);
    if (reason)
        *reason = connection.second;
    return connection.first;
}

namespace {

QDateTime lastReconcileOf(const FleetNode& node)
{
    return node.lastReconcile.isEmpty() ? QDateTime() : QDateTime::fromString(node.lastReconcile, Qt::ISODate);
}

bool revisionsDiffer(const FleetNode& node)
{
    return !node.liveRevision.isEmpty() && !node.sourceRevision.isEmpty() && node.liveRevision != node.sourceRevision;
}

QString presenceLabel(Presence presence)
{
    switch (presence) {
    case Presence::GitOnly:
        return FleetTreeModel::tr("In Git only (not applied)");
    case Presence::ClusterOnly:
        return FleetTreeModel::tr("In the cluster only (not in Git)");
    case Presence::Both:
        return FleetTreeModel::tr("In Git and in the cluster");
    case Presence::Unknown:
        break;
    }
    return {};
}

QString absoluteFile(const FleetNode& node)
{
    if (node.location.file.isEmpty())
        return {};
    if (QDir::isAbsolutePath(node.location.file) || node.repositoryRoot.isEmpty())
        return node.location.file;
    return QDir(node.repositoryRoot).filePath(node.location.file);
}

QString toolTipFor(const FleetNode& node)
{
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b> %2").arg(FleetTreeModel::kindLabel(node).toHtmlEscaped(),
                                                    node.name.toHtmlEscaped()));
    if (!node.location.file.isEmpty()) {
        const QString where = node.repository.isEmpty()
            ? node.location.toString()
            : node.repository + QLatin1Char('/') + node.location.toString();
        lines.append(where.toHtmlEscaped());
    }
    if (node.state != ReconcileState::Unknown || !node.stateReason.isEmpty()) {
        QString state = FleetTreeModel::tr("State: %1").arg(FleetTreeModel::stateLabel(node.state));
        if (!node.stateReason.isEmpty())
            state += QStringLiteral(" — ") + node.stateReason.toHtmlEscaped();
        lines.append(state);
    }
    if (!node.stateMessage.isEmpty())
        lines.append(node.stateMessage.toHtmlEscaped());
    if (node.presence != Presence::Unknown)
        lines.append(presenceLabel(node.presence));
    if (node.liveSuspended)
        lines.append(FleetTreeModel::tr("Suspended in the cluster"));
    if (node.lintTotal > 0)
        lines.append(FleetTreeModel::tr("Lint findings in this subtree: %1").arg(node.lintTotal));
    if (!node.lintRules.isEmpty())
        lines.append(FleetTreeModel::tr("Rules: %1").arg(node.lintRules.join(QStringLiteral(", ")).toHtmlEscaped()));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

QString FleetTreeModel::checkoutOf(Item* item) const
{
    if (!item || !item->node)
        return {};
    const NodeKind kind = item->node->nodeKind;
    if (kind == NodeKind::Platform)
        return item->parent && item->parent->node ? item->parent->node->repositoryRoot : QString();
    if (kind == NodeKind::Tenant)
        return item->node->repositoryRoot; // the builder found the tenant's own checkout
    return {};
}

template<typename Visit>
void FleetTreeModel::forEachRepositoryItem(Visit visit) const
{
    for (const auto& cluster : m_root->children) {
        for (const auto& group : cluster->children) {
            if (group->node->nodeKind == NodeKind::Platform)
                visit(group.get());
            else if (group->node->nodeKind == NodeKind::Tenants)
                for (const auto& tenant : group->children)
                    if (tenant->node->nodeKind == NodeKind::Tenant)
                        visit(tenant.get());
        }
    }
}

void FleetTreeModel::updateRepositoryRoots()
{
    QSet<QString> roots;
    forEachRepositoryItem([this, &roots](Item* item) {
        if (const QString root = checkoutOf(item); !root.isEmpty())
            roots.insert(root);
    });
    QStringList sorted(roots.begin(), roots.end());
    sorted.sort();
    if (sorted == m_repositoryRoots)
        return;
    m_repositoryRoots = sorted;
    Q_EMIT repositoryRootsChanged(m_repositoryRoots);
}

void FleetTreeModel::setRepositorySync(const GitBranchSync& sync)
{
    const auto known = m_branchSyncs.constFind(sync.repository);
    if (known != m_branchSyncs.cend() && *known == sync)
        return;
    m_branchSyncs.insert(sync.repository, sync);
    forEachRepositoryItem([this, &sync](Item* item) {
        if (checkoutOf(item) == sync.repository)
            Q_EMIT dataChanged(indexOf(item, RevisionColumn), indexOf(item, RevisionColumn));
    });
}

QString FleetTreeModel::branchSyncLabel(const GitBranchSync& sync)
{
    using State = GitBranchSync::State;
    switch (sync.state) {
    case State::UpToDate:
        return tr("%1 · up to date").arg(sync.branch);
    case State::Ahead:
        return tr("%1 ↑%2").arg(sync.branch).arg(sync.ahead);
    case State::Behind:
        return tr("%1 ↓%2").arg(sync.branch).arg(sync.behind);
    case State::Diverged:
        return tr("%1 ↑%2 ↓%3 · diverged").arg(sync.branch).arg(sync.ahead).arg(sync.behind);
    case State::NoUpstream:
        return tr("%1 · no upstream").arg(sync.branch);
    case State::UpstreamGone:
        return tr("%1 · upstream gone").arg(sync.branch);
    case State::Detached:
        return tr("detached HEAD");
    case State::Unborn:
        return tr("%1 · no commits yet").arg(sync.branch);
    case State::Unknown:
        break;
    }
    return {};
}

QString FleetTreeModel::branchSyncToolTip(const GitBranchSync& sync)
{
    using State = GitBranchSync::State;
    QStringList lines{tr("Repository: %1").arg(QDir::toNativeSeparators(sync.repository))};
    switch (sync.state) {
    case State::UpToDate:
    case State::Ahead:
    case State::Behind:
    case State::Diverged:
        lines.append(tr("Branch %1 tracks %2").arg(sync.branch, sync.upstream));
        if (sync.state == State::UpToDate)
            lines.append(tr("Up to date with %1").arg(sync.upstream));
        if (sync.ahead > 0)
            lines.append(sync.ahead == 1 ? tr("1 commit to push") : tr("%1 commits to push").arg(sync.ahead));
        if (sync.behind > 0)
            lines.append(sync.behind == 1 ? tr("1 commit to pull") : tr("%1 commits to pull").arg(sync.behind));
        if (sync.state == State::Diverged)
            lines.append(tr("The branch and %1 have diverged: a pull rebases the local commits onto %1.").arg(sync.upstream));
        break;
    case State::NoUpstream:
        lines.append(tr("Branch %1 tracks no upstream: the first push sets one.").arg(sync.branch));
        break;
    case State::UpstreamGone:
        lines.append(tr("Branch %1 tracks %2, which does not exist: deleted on the remote, or not fetched yet.")
                         .arg(sync.branch, sync.upstream));
        break;
    case State::Detached:
        lines.append(tr("HEAD is not on a branch."));
        break;
    case State::Unborn:
        lines.append(tr("Branch %1 has no commits yet.").arg(sync.branch));
        break;
    case State::Unknown:
        lines.append(sync.error.isEmpty() ? tr("The branch has not been read yet.")
                                          : tr("Cannot read the branch: %1").arg(sync.error));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant FleetTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const FleetNode& n = *itemFor(index)->node;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case NameColumn:
            return n.name;
        case KindColumn:
            return kindLabel(n);
        case NamespaceColumn:
            return n.ns;
        case SourceColumn:
            return n.source;
        case PathColumn:
            return n.path;
        case StatusColumn:
            if (n.nodeKind == NodeKind::Cluster) {
                const QString connection = m_connections.value(n.name).first;
                if (connection.isEmpty())
                    return QString();
                const auto controllers = m_controllers.constFind(n.name);
                if (role == Qt::DisplayRole && controllers != m_controllers.cend()
                    && controllers->overall() != ControllerStatus::Health::Healthy
                    && controllers->overall() != ControllerStatus::Health::Unknown)
                    return tr("%1 · controllers %2")
                        .arg(connectionLabel(connection), controllerHealthLabel(controllers->overall()));
                return connectionLabel(connection);
            }
            if (n.presence == Presence::GitOnly)
                return tr("Not applied");
            if (n.state == ReconcileState::Unknown)
                return role == SortRole ? QStringLiteral("~") : QString();
            return stateLabel(n.state);
        case RevisionColumn:
            if (n.nodeKind == NodeKind::Platform || n.nodeKind == NodeKind::Tenant) {
                const auto sync = m_branchSyncs.constFind(checkoutOf(itemFor(index)));
                return sync == m_branchSyncs.cend() ? QString() : branchSyncLabel(*sync);
            }
            if (n.liveRevision.isEmpty())
                return {};
            if (role == SortRole)
                return n.liveRevision;
            if (revisionsDiffer(n))
                return tr("%1 ≠ %2").arg(shortRevision(n.liveRevision), shortRevision(n.sourceRevision));
            if (n.behindBy > 0)
                return tr("%1 · %n behind", nullptr, n.behindBy).arg(shortRevision(n.liveRevision));
            return shortRevision(n.liveRevision);
        case LastReconcileColumn:
            if (role == SortRole)
                return n.lastReconcile;
            return relativeTime(lastReconcileOf(n), QDateTime::currentDateTimeUtc());
        case LintColumn:
            if (role == SortRole)
                return n.lintTotal;
            return n.lintTotal > 0 ? QString::number(n.lintTotal) : QString();
        case DriftColumn: {
            const int drift = itemFor(index)->shownDrift();
            if (role == SortRole)
                return drift;
            return drift >= 0 ? QString::number(drift) : drift == -1 ? QStringLiteral("—") : QString();
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == NameColumn)
            return NodeIcons::forNode(n);
        if (column == LintColumn && n.lintTotal > 0 && itemFor(index)->worst != Severity::Info)
            return NodeIcons::forSeverity(itemFor(index)->worst);
        if (column == StatusColumn && n.nodeKind == NodeKind::Cluster && m_connections.contains(n.name))
            return NodeIcons::forState(connectionLook(m_connections.value(n.name).first));
        if (column == StatusColumn && n.state != ReconcileState::Unknown)
            return NodeIcons::forState(n.state);
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn && n.nodeKind == NodeKind::Cluster && m_connections.contains(n.name)) {
            const auto connection = m_connections.value(n.name);
            QStringList lines{connection.second.isEmpty()
                                  ? connectionLabel(connection.first)
                                  : tr("%1: %2").arg(connectionLabel(connection.first), connection.second)};
            const auto controllers = m_controllers.constFind(n.name);
            if (controllers != m_controllers.cend()) {
                if (controllers->forbidden)
                    lines.append(tr("Flux controllers: not readable (%1)").arg(controllers->reason));
                for (const ControllerStatus& controller : controllers->controllers) {
                    QString line = tr("%1: %2").arg(controller.name, controllerHealthLabel(controller.health));
                    if (!controller.version.isEmpty())
                        line += QLatin1Char(' ') + controller.version;
                    if (!controller.message.isEmpty())
                        line += tr(" — %1").arg(controller.message);
                    lines.append(line);
                }
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (column == RevisionColumn && (n.nodeKind == NodeKind::Platform || n.nodeKind == NodeKind::Tenant)) {
            const QString checkout = checkoutOf(itemFor(index));
            if (!checkout.isEmpty()) {
                GitBranchSync sync = m_branchSyncs.value(checkout);
                sync.repository = checkout;
                return branchSyncToolTip(sync);
            }
        }
        if (column == RevisionColumn && !n.liveRevision.isEmpty()) {
            QStringList lines{tr("Applied: %1").arg(n.liveRevision)};
            if (!n.sourceRevision.isEmpty())
                lines.append(tr("Source (Git): %1").arg(n.sourceRevision));
            if (!n.attemptedRevision.isEmpty() && n.attemptedRevision != n.liveRevision)
                lines.append(tr("Last attempted: %1").arg(n.attemptedRevision));
            if (revisionsDiffer(n))
                lines.append(tr("The cluster has not applied the source's revision yet."));
            if (n.behindBy > 0)
                lines.append(tr("The local checkout's branch is %n commit(s) ahead of the applied revision.", nullptr,
                                n.behindBy));
            return lines.join(QLatin1Char('\n'));
        }
        if (column == LastReconcileColumn && !n.lastReconcile.isEmpty()) {
            const QDateTime when = lastReconcileOf(n);
            return tr("Last successful reconcile: %1 (%2 UTC)")
                .arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat),
                     when.toUTC().toString(Qt::ISODate));
        }
        if (column == DriftColumn) {
            const int drift = itemFor(index)->shownDrift();
            if (drift == -1)
                return tr("Drift not computed yet");
            if (drift >= 0 && (n.nodeKind == NodeKind::FluxObject || n.nodeKind == NodeKind::Object))
                return drift == 0 ? tr("In sync with Git") : tr("%n object(s) would change", nullptr, drift);
            if (drift >= 0)
                return tr("Drift in this subtree: %n object(s) would change", nullptr, drift);
        }
        return toolTipFor(n);
    case Qt::FontRole:
        if (column == NameColumn && n.nodeKind == NodeKind::Cluster) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == LintColumn && n.lintTotal > 0)
            return Theme::instance()->color(itemFor(index)->worst == Severity::Error ? Theme::Color::Error
                                                                                     : Theme::Color::Warning);
        if (column == DriftColumn)
            return Theme::instance()->color(itemFor(index)->shownDrift() > 0 ? Theme::Color::Warning : Theme::Color::Muted);
        if (column == KindColumn && (n.nodeKind != NodeKind::FluxObject && n.nodeKind != NodeKind::Object))
            return Theme::instance()->color(Theme::Color::Muted);
        if (column == RevisionColumn && revisionsDiffer(n))
            return Theme::instance()->color(Theme::Color::Warning);
        if (column == RevisionColumn && (n.nodeKind == NodeKind::Platform || n.nodeKind == NodeKind::Tenant)) {
            using State = GitBranchSync::State;
            switch (m_branchSyncs.value(checkoutOf(itemFor(index))).state) {
            case State::Diverged:
            case State::UpstreamGone:
                return Theme::instance()->color(Theme::Color::Warning);
            case State::Ahead:
            case State::Behind:
                return {};
            default:
                return Theme::instance()->color(Theme::Color::Muted);
            }
        }
        if (column == StatusColumn && n.state == ReconcileState::Failed)
            return Theme::instance()->color(Theme::Color::Error);
        if ((column == StatusColumn && n.presence == Presence::GitOnly) || column == LastReconcileColumn)
            return Theme::instance()->color(Theme::Color::Muted);
        return {};
    case Qt::TextAlignmentRole:
        if (column == LintColumn || column == DriftColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case NodeKeyRole:
        return n.key;
    case NodeKindRole:
        return static_cast<int>(n.nodeKind);
    case KindRole:
        return n.kind;
    case LintRulesRole:
        return n.lintRules;
    case LintCountRole:
        return n.lintTotal;
    case LintErrorsRole:
        return n.lintErrors;
    case LintWarningsRole:
        return n.lintWarnings;
    case TenantRole:
        return n.tenant;
    case ClusterRole:
        return n.cluster;
    case LocationRole:
        return n.location.toString();
    case FilePathRole:
        return absoluteFile(n);
    case LineRole:
        return n.location.line;
    case StateRole:
        return static_cast<int>(n.state);
    case PresenceRole:
        return static_cast<int>(n.presence);
    case LiveSuspendedRole:
        return n.liveSuspended;
    case AppliedRevisionRole:
        return n.liveRevision;
    case SourceRevisionRole:
        return n.sourceRevision;
    case RevisionDiffersRole:
        return revisionsDiffer(n);
    case LastReconcileRole:
        return lastReconcileOf(n);
    case ConnectionRole:
        return n.nodeKind == NodeKind::Cluster ? m_connections.value(n.name).first : QString();
    case DriftRole:
        return itemFor(index)->shownDrift();
    case RepositoryRootRole:
        return checkoutOf(itemFor(index));
    case BranchSyncRole: {
        const auto sync = m_branchSyncs.constFind(checkoutOf(itemFor(index)));
        return sync == m_branchSyncs.cend() ? -1 : int(sync->state);
    }
    default:
        return {};
    }
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == LintColumn || section == DriftColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case NamespaceColumn:
        return tr("Namespace");
    case SourceColumn:
        return tr("Source");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case RevisionColumn:
        return tr("Revision");
    case LastReconcileColumn:
        return tr("Last Reconcile");
    case LintColumn:
        return tr("Lint");
    case DriftColumn:
        return tr("Drift");
    default:
        return {};
    }
}

Qt::ItemFlags FleetTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> FleetTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKeyRole, "nodeKey");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(KindRole, "kind");
    names.insert(LintRulesRole, "lintRules");
    names.insert(LintCountRole, "lintCount");
    names.insert(LintErrorsRole, "lintErrors");
    names.insert(LintWarningsRole, "lintWarnings");
    names.insert(TenantRole, "tenant");
    names.insert(ClusterRole, "cluster");
    names.insert(LocationRole, "location");
    names.insert(FilePathRole, "filePath");
    names.insert(LineRole, "line");
    names.insert(StateRole, "state");
    names.insert(PresenceRole, "presence");
    names.insert(LiveSuspendedRole, "liveSuspended");
    names.insert(AppliedRevisionRole, "appliedRevision");
    names.insert(SourceRevisionRole, "sourceRevision");
    names.insert(RevisionDiffersRole, "revisionDiffers");
    names.insert(LastReconcileRole, "lastReconcile");
    names.insert(ConnectionRole, "connection");
    names.insert(DriftRole, "drift");
    names.insert(RepositoryRootRole, "repositoryRoot");
    names.insert(BranchSyncRole, "branchSync");
    return names;
}

} // namespace fleetdesk
