#include "WorkspaceLoader.h"

#include "engine/FleetTreeBuilder.h"
#include "fleet/FleetBuilder.h"
#include "fleet/lint/Linter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

namespace fleetdesk {

WorkspaceLoader::WorkspaceLoader(QString platformRoot, ParseLimits limits)
    : m_platformRoot(QFileInfo(platformRoot).absoluteFilePath())
    , m_limits(limits)
{
}

WorkspaceLoader::~WorkspaceLoader() = default;

void WorkspaceLoader::setRepositoryCheckouts(const QHash<QString, QString>& checkoutsByUrl)
{
    m_checkouts.clear();
    for (auto it = checkoutsByUrl.constBegin(); it != checkoutsByUrl.constEnd(); ++it)
        m_checkouts.insert(FleetBuilder::normaliseUrl(it.key()), it.value());
}

std::shared_ptr<const RepositoryContent> WorkspaceLoader::loadRepository(const QString& root,
                                                                        const QStringList* changedPaths)
{
    auto& slot = m_repositories[root];
    if (!slot) {
        slot = std::make_shared<LoadedRepository>();
        slot->loader = RepositoryLoader(m_limits);
    }
    if (slot->content && changedPaths) {
        QStringList mine;
        for (const QString& path : *changedPaths) {
            if (path == root || path.startsWith(root + QLatin1Char('/')))
                mine.append(path);
        }
        if (mine.isEmpty())
            return slot->content; // nothing changed in this repository
        RepositoryContent content = slot->loader.load(root, slot->cache, slot->content.get(), &mine);
        slot->content = std::make_shared<const RepositoryContent>(std::move(content));
        return slot->content;
    }
    RepositoryContent content = slot->loader.load(root, slot->cache, slot->content.get());
    slot->content = std::make_shared<const RepositoryContent>(std::move(content));
    return slot->content;
}

QString WorkspaceLoader::findCheckout(const QString& url) const
{
    const QString normalised = FleetBuilder::normaliseUrl(url);
    if (const auto it = m_checkouts.constFind(normalised); it != m_checkouts.constEnd())
        return *it;
    const QString name = FleetBuilder::repositoryNameFromUrl(url);
    if (name.isEmpty())
        return {};
    const QDir parent = QFileInfo(m_platformRoot).dir();
    for (const QString& candidate : {parent.filePath(name), parent.filePath(QStringLiteral("tenants/") + name)}) {
        if (QFileInfo(candidate).isDir() && QFileInfo(candidate).absoluteFilePath() != m_platformRoot)
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

namespace {

Issue loadIssue(const Error& error, const QString& repository)
{
    Issue issue;
    issue.severity = Severity::Error;
    issue.ruleId = QStringLiteral("load/") + (error.code.isEmpty() ? QStringLiteral("error") : error.code);
    issue.message = error.message;
    issue.location = error.where;
    issue.repository = repository;
    return issue;
}

void collectLoadIssues(const RepositoryContent& repo, std::vector<Issue>& issues)
{
    for (const Error& error : repo.refused)
        issues.push_back(loadIssue(error, repo.name));
    for (const ParsedFilePtr& file : repo.files) {
        for (const Error& error : file->errors)
            issues.push_back(loadIssue(error, repo.name));
    }
}

} // namespace

WorkspaceLoadResult WorkspaceLoader::load(quint64 generation, const QStringList* changedPaths)
{
    QElapsedTimer timer;
    timer.start();

    WorkspaceLoadResult result;
    auto snapshot = std::make_shared<FleetSnapshot>();
    snapshot->generation = generation;
    snapshot->workspaceRoot = m_platformRoot;

    int filesParsed = 0;
    const auto loadCounted = [&](const QString& root) {
        const auto before = m_repositories.value(root);
        const auto previousContent = before ? before->content : nullptr;
        auto content = loadRepository(root, changedPaths);
        if (content != previousContent)
            filesParsed += m_repositories.value(root)->loader.filesParsedLastLoad();
        return content;
    };
    std::shared_ptr<const RepositoryContent> platform = loadCounted(m_platformRoot);

    // Attach tenant repositories by URL, following GitRepositories found in attached repositories too.
    FleetBuilder::RepositoryMap byUrl;
    QSet<QString> loadedRoots{m_platformRoot};
    QList<std::shared_ptr<const RepositoryContent>> toScan{platform};
    for (int round = 0; round < 4 && !toScan.isEmpty(); ++round) {
        QList<std::shared_ptr<const RepositoryContent>> next;
        for (const auto& repo : std::as_const(toScan)) {
            for (const QString& url : FleetBuilder::gitRepositoryUrls(*repo)) {
                const QString key = FleetBuilder::normaliseUrl(url);
                if (byUrl.contains(key))
                    continue;
                const QString checkout = findCheckout(url);
                if (checkout.isEmpty() || loadedRoots.contains(checkout))
                    continue;
                loadedRoots.insert(checkout);
                auto content = loadCounted(checkout);
                byUrl.insert(key, content);
                next.append(content);
            }
        }
        toScan = next;
    }
    // Forget repositories that are no longer referenced.
    for (auto it = m_repositories.begin(); it != m_repositories.end();) {
        if (loadedRoots.contains(it.key()))
            ++it;
        else
            it = m_repositories.erase(it);
    }

    const qint64 tRead = timer.elapsed();
    auto fleet = std::make_shared<Fleet>(FleetBuilder::build(platform, byUrl, &m_specs));
    std::vector<const RepositoryContent*> live{platform.get()};
    for (const auto& repo : std::as_const(byUrl))
        live.push_back(repo.get());
    m_specs.retainOnly(live);
    const qint64 tFleet = timer.elapsed();

    std::vector<Issue> issues;
    collectLoadIssues(*platform, issues);
    for (const auto& repo : std::as_const(byUrl))
        collectLoadIssues(*repo, issues);
    issues.insert(issues.end(), fleet->issues.begin(), fleet->issues.end());
    std::vector<Issue> lint = Linter::run(*fleet);
    issues.insert(issues.end(), std::make_move_iterator(lint.begin()), std::make_move_iterator(lint.end()));
    const qint64 tLint = timer.elapsed();

    FleetNodePtr tree = FleetTreeBuilder::build(*fleet, issues);
    const qint64 tTree = timer.elapsed();
    snapshot->root = FleetTreeBuilder::shareUnchanged(tree, m_previousTree);
    if (qEnvironmentVariableIsSet("FLEETDESK_PROFILE_LOAD"))
        qInfo("load: read %lld ms, fleet %lld ms, lint %lld ms, tree %lld ms, share %lld ms", tRead, tFleet - tRead,
              tLint - tFleet, tTree - tLint, timer.elapsed() - tTree);
    m_previousTree = snapshot->root;

    snapshot->statistics.files = int(platform->files.size());
    snapshot->statistics.documents = platform->documentCount();
    for (const auto& repo : std::as_const(byUrl)) {
        snapshot->statistics.files += int(repo->files.size());
        snapshot->statistics.documents += repo->documentCount();
    }
    snapshot->statistics.filesParsed = filesParsed;
    snapshot->issues = issues;
    snapshot->statistics.milliseconds = timer.elapsed();

    result.fleet = std::move(fleet);
    result.issues = std::move(issues);
    result.snapshot = std::move(snapshot);
    return result;
}

QStringList WorkspaceLoader::watchPaths(int maxPaths) const
{
    QStringList dirs;
    QStringList files;
    for (auto it = m_repositories.constBegin(); it != m_repositories.constEnd(); ++it) {
        const QString& root = it.key();
        dirs.append(root);
        QSet<QString> seen;
        if (!it.value()->content)
            continue;
        for (const ParsedFilePtr& file : it.value()->content->files) {
            files.append(root + QLatin1Char('/') + file->path);
            QString dir = file->path;
            while (true) {
                const qsizetype slash = dir.lastIndexOf(QLatin1Char('/'));
                if (slash < 0)
                    break;
                dir.truncate(slash);
                if (seen.contains(dir))
                    break;
                seen.insert(dir);
                dirs.append(root + QLatin1Char('/') + dir);
            }
        }
    }
    if (dirs.size() + files.size() <= maxPaths)
        dirs.append(files);
    return dirs;
}

QStringList WorkspaceLoader::repositoryRoots() const
{
    QStringList roots{m_platformRoot};
    for (auto it = m_repositories.constBegin(); it != m_repositories.constEnd(); ++it) {
        if (it.key() != m_platformRoot)
            roots.append(it.key());
    }
    return roots;
}

WorkspaceLoadResult WorkspaceLoader::loadOnce(const QString& platformRoot)
{
    WorkspaceLoader loader(platformRoot);
    return loader.load(1);
}

} // namespace fleetdesk
