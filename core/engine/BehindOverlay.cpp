#include "BehindOverlay.h"

#include "engine/LiveOverlay.h"
#include "git/GitAheadBehind.h"
#include "git/GitRepository.h"
#include "manifest/YamlAccess.h"

#include <yaml-cpp/yaml.h>

namespace fleetdesk {

namespace {

void collect(const FleetNodePtr& node, QHash<QString, const FleetNode*>& sources, QHash<QString, QString>& roots)
{
    if (!node->repository.isEmpty() && !node->repositoryRoot.isEmpty() && !roots.contains(node->repository))
        roots.insert(node->repository, node->repositoryRoot);
    if (node->nodeKind == NodeKind::FluxObject && node->kind == QLatin1String("GitRepository") && !node->yaml.isEmpty())
        sources.insert(node->cluster + QLatin1Char('|') + LiveOverlay::objectKey(node->kind, node->ns, node->name),
                       node.get());
    for (const FleetNodePtr& child : node->children)
        collect(child, sources, roots);
}

} // namespace

BehindOverlay::BehindOverlay() = default;
BehindOverlay::~BehindOverlay() = default;

void BehindOverlay::clear()
{
    m_repositories.clear();
    m_sourceByYaml.clear();
    m_counts.clear();
}

BehindOverlay::Source BehindOverlay::sourceOf(const FleetNode& gitRepository)
{
    const auto cached = m_sourceByYaml.constFind(gitRepository.yaml);
    if (cached != m_sourceByYaml.constEnd())
        return *cached;
    Source source;
    try {
        const YAML::Node document = YAML::Load(gitRepository.yaml.toStdString());
        QString url = yaml::scalarAt(document, {"spec", "url"});
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        QString last = url.section(QLatin1Char('/'), -1);
        if (last.contains(QLatin1Char(':'))) // scp-like "git@host:repo.git"
            last = last.section(QLatin1Char(':'), -1);
        if (last.endsWith(QLatin1String(".git")))
            last.chop(4);
        source.repository = last;
        const YAML::Node ref = yaml::at(document, {"spec", "ref"});
        if (!ref.IsDefined() || !ref.IsMap())
            source.branch = QStringLiteral("master"); // Flux's default when no ref is given
        else if (yaml::scalar(ref, "tag").isEmpty() && yaml::scalar(ref, "semver").isEmpty()
                 && yaml::scalar(ref, "commit").isEmpty() && yaml::scalar(ref, "name").isEmpty())
            source.branch = yaml::scalar(ref, "branch").isEmpty() ? QStringLiteral("master") : yaml::scalar(ref, "branch");
    } catch (const YAML::Exception&) {
        // An unreadable source has no branch: its deployers stay unknown (lint reports the file).
    }
    m_sourceByYaml.insert(gitRepository.yaml, source);
    return source;
}

GitDistance BehindOverlay::distanceOf(const FleetNode& deployer, const QHash<QString, const FleetNode*>& sources,
                                      const QHash<QString, QString>& roots)
{
    const GitDistance unknown{-1, -1};
    if (deployer.presence != Presence::Both || deployer.liveRevision.isEmpty()
        || !deployer.source.startsWith(QLatin1String("GitRepository/")))
        return unknown;
    const QString commit = GitAheadBehind::commitOf(deployer.liveRevision);
    const QStringList parts = deployer.source.split(QLatin1Char('/'));
    if (commit.isEmpty() || parts.size() != 3)
        return unknown;
    const FleetNode* sourceNode =
        sources.value(deployer.cluster + QLatin1Char('|') + LiveOverlay::objectKey(parts[0], parts[1], parts[2]));
    if (!sourceNode)
        return unknown;
    const Source source = sourceOf(*sourceNode);
    const QString root = roots.value(source.repository);
    if (source.branch.isEmpty() || root.isEmpty())
        return unknown;
    auto repository = m_repositories.constFind(root);
    if (repository == m_repositories.constEnd()) {
        auto opened = GitRepository::open(root);
        repository = m_repositories.insert(root, opened ? std::make_shared<GitRepository>(std::move(*opened)) : nullptr);
    }
    if (!*repository)
        return unknown;
    const auto head = GitAheadBehind::branchHead(**repository, source.branch);
    if (!head)
        return unknown;
    const QString key = root + QLatin1Char('|') + *head + QLatin1Char('|') + commit;
    const auto cached = m_counts.constFind(key);
    if (cached != m_counts.constEnd())
        return *cached;
    ++m_computed;
    const auto distance = GitAheadBehind::distance(**repository, commit, source.branch);
    const GitDistance counted = distance ? *distance : unknown;
    m_counts.insert(key, counted);
    return counted;
}

FleetNodePtr BehindOverlay::annotate(const FleetNodePtr& node, const QHash<QString, const FleetNode*>& sources,
                                     const QHash<QString, QString>& roots)
{
    std::shared_ptr<FleetNode> copy;
    if (node->nodeKind == NodeKind::FluxObject) {
        const GitDistance distance = distanceOf(*node, sources, roots);
        if (distance.behind != node->behindBy || distance.ahead != node->aheadBy) {
            copy = std::make_shared<FleetNode>(*node);
            copy->behindBy = distance.behind;
            copy->aheadBy = distance.ahead;
        }
    }
    for (size_t i = 0; i < node->children.size(); ++i) {
        FleetNodePtr child = annotate(node->children[i], sources, roots);
        if (child != node->children[i]) {
            if (!copy)
                copy = std::make_shared<FleetNode>(*node);
            copy->children[i] = std::move(child);
        }
    }
    return copy ? FleetNodePtr(copy) : node;
}

FleetNodePtr BehindOverlay::apply(const FleetNodePtr& root)
{
    if (!root)
        return root;
    QHash<QString, const FleetNode*> sources;
    QHash<QString, QString> roots;
    collect(root, sources, roots);
    return annotate(root, sources, roots);
}

} // namespace fleetdesk
