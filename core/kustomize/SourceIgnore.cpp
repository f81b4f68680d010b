#include "SourceIgnore.h"

#include "kustomize/GitTreeSource.h"
#include "kustomize/WorkingTreeSource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <functional>

#include <sys/stat.h>

namespace fleetdesk {

namespace {

const char* const VcsPatterns[] = {".git/", ".gitignore", ".gitmodules", ".gitattributes"};
const char* const DefaultPatterns[] = {
    "*.jpg", "*.jpeg", "*.gif", "*.png", "*.wmv", "*.flv", "*.tar.gz", "*.zip",
    ".github/", ".circleci/", ".travis.yml", ".gitlab-ci.yml", "appveyor.yml", ".drone.yml", "cloudbuild.yaml",
    "codeship-services.yml", "codeship-steps.yml",
    "**/.goreleaser.yml", "**/.sops.yaml", "**/.flux.yaml",
};

/// One escaped or plain character of a pattern at `i`; false when the pattern ends (a bad pattern).
bool patternChar(const QString& p, qsizetype& i, QChar& out)
{
    if (i >= p.size())
        return false;
    if (p.at(i) == u'\\') {
        ++i;
        if (i >= p.size())
            return false;
    }
    out = p.at(i++);
    return true;
}

/// Go's path/filepath.Match for one path element (no separators in `name`); a malformed pattern matches nothing.
bool globMatch(const QString& p, qsizetype i, const QString& name, qsizetype j)
{
    while (i < p.size()) {
        const QChar c = p.at(i);
        if (c == u'*') {
            while (i < p.size() && p.at(i) == u'*')
                ++i;
            if (i == p.size())
                return true;
            for (qsizetype k = j; k <= name.size(); ++k)
                if (globMatch(p, i, name, k))
                    return true;
            return false;
        }
        if (j >= name.size())
            return false;
        if (c == u'?') {
            ++i;
            ++j;
            continue;
        }
        if (c == u'[') {
            ++i;
            bool negate = false;
            if (i < p.size() && p.at(i) == u'^') {
                negate = true;
                ++i;
            }
            bool matched = false;
            int ranges = 0;
            for (;;) {
                if (i < p.size() && p.at(i) == u']' && ranges > 0) {
                    ++i;
                    break;
                }
                if (i >= p.size() || p.at(i) == u'-' || p.at(i) == u']')
                    return false;
                QChar lo, hi;
                if (!patternChar(p, i, lo))
                    return false;
                hi = lo;
                if (i < p.size() && p.at(i) == u'-') {
                    ++i;
                    if (i >= p.size() || p.at(i) == u'-' || p.at(i) == u']' || !patternChar(p, i, hi))
                        return false;
                }
                if (lo <= name.at(j) && name.at(j) <= hi)
                    matched = true;
                ++ranges;
            }
            if (matched == negate)
                return false;
            ++j;
            continue;
        }
        QChar literal;
        if (!patternChar(p, i, literal))
            return false;
        if (literal != name.at(j))
            return false;
        ++j;
    }
    return j == name.size();
}

} // namespace

int SourceIgnore::Pattern::match(const QStringList& fullPath, bool isDirectory) const
{
    if (fullPath.size() <= domain.size())
        return 0;
    for (qsizetype i = 0; i < domain.size(); ++i)
        if (fullPath.at(i) != domain.at(i))
            return 0;
    QStringList path = fullPath.mid(domain.size());
    bool matched = false;
    if (!isGlob) {
        for (qsizetype i = 0; i < path.size() && !matched; ++i) {
            if (!globMatch(parts.front(), 0, path.at(i), 0))
                continue;
            if (dirOnly && !isDirectory && i == path.size() - 1)
                return 0;
            matched = true;
        }
    } else {
        bool canTraverse = false;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString& part = parts.at(i);
            if (part.isEmpty()) {
                canTraverse = false;
                continue;
            }
            if (part == QLatin1String("**")) {
                if (i == parts.size() - 1)
                    break;
                canTraverse = true;
                continue;
            }
            if (part.contains(QLatin1String("**")))
                return 0;
            if (path.isEmpty())
                return 0;
            if (canTraverse) {
                canTraverse = false;
                while (!path.isEmpty()) {
                    const QString e = path.takeFirst();
                    if (globMatch(part, 0, e, 0)) {
                        matched = true;
                        break;
                    }
                    if (path.isEmpty())
                        matched = false;
                }
            } else {
                if (!globMatch(part, 0, path.front(), 0))
                    return 0;
                matched = true;
                path.removeFirst();
            }
        }
        if (matched && dirOnly && !isDirectory && path.isEmpty())
            matched = false;
    }
    if (!matched)
        return 0;
    return inclusion ? 2 : 1;
}

void SourceIgnore::addPatterns(const QString& text, const QStringList& domain, const QString& origin)
{
    int lineNumber = 0;
    for (QString line : text.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        Pattern p;
        p.domain = domain;
        p.origin = QStringLiteral("%1:%2: %3").arg(origin).arg(lineNumber).arg(line);
        if (line.startsWith(u'!')) {
            p.inclusion = true;
            line.remove(0, 1);
        }
        if (!line.endsWith(QLatin1String("\\ ")))
            while (line.endsWith(u' '))
                line.chop(1);
        if (line.endsWith(u'/')) {
            p.dirOnly = true;
            line.chop(1);
        }
        p.isGlob = line.contains(u'/');
        p.parts = line.split(u'/');
        m_patterns.push_back(std::move(p));
    }
}

SourceIgnore SourceIgnore::fromText(const QString& text, const QString& directory)
{
    SourceIgnore rules;
    const QStringList domain = directory.isEmpty() ? QStringList() : directory.split(u'/');
    rules.addPatterns(text, domain, (directory.isEmpty() ? QString() : directory + u'/') + QStringLiteral(".sourceignore"));
    return rules;
}

namespace {

/// What a walk of a working tree found, and what it saw of each directory and rule file: valid while every
/// directory has the same modification time (an entry added or removed changes it) and every rule file the same
/// content key.
struct WorkingTreeScan
{
    std::vector<std::pair<QString, qint64>> directories;
    std::vector<std::pair<QString, QByteArray>> ruleFiles;
};

/// The change time of a directory in nanoseconds (an entry added, removed or renamed changes it); -1 when missing.
qint64 modified(const QString& path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return qint64(info.st_ctim.tv_sec) * 1000000000 + info.st_ctim.tv_nsec;
}

} // namespace

SourceIgnore SourceIgnore::load(const RenderFileSource& source, const std::optional<QString>& specIgnore)
{
    // The .sourceignore files of a commit never change; those of a working tree are kept while nothing the walk saw
    // changed.
    struct Cache
    {
        QMutex mutex;
        QHash<QString, std::vector<Pattern>> commits;
        QHash<QString, std::pair<WorkingTreeScan, std::vector<Pattern>>> trees;
    };
    static Cache cache;
    const auto* tree = dynamic_cast<const GitTreeSource*>(&source);
    const QString commit = tree ? tree->commitId() : QString();
    const auto* working = dynamic_cast<const WorkingTreeSource*>(&source);
    const QString root = working ? working->resolve(QString()).value_or(QString()) : QString();

    SourceIgnore user;
    bool cached = false;
    if (!commit.isEmpty()) {
        QMutexLocker lock(&cache.mutex);
        if (auto it = cache.commits.constFind(commit); it != cache.commits.constEnd()) {
            user.m_patterns = *it;
            cached = true;
        }
    } else if (!root.isEmpty()) {
        std::optional<std::pair<WorkingTreeScan, std::vector<Pattern>>> found;
        {
            QMutexLocker lock(&cache.mutex);
            if (auto it = cache.trees.constFind(root); it != cache.trees.constEnd())
                found = *it;
        }
        if (found) {
            bool valid = true;
            for (const auto& [dir, time] : found->first.directories)
                if (!(valid = modified(dir) == time))
                    break;
            for (const auto& [file, key] : found->first.ruleFiles)
                if (!(valid = valid && source.contentKey(file) == key))
                    break;
            if (valid) {
                user.m_patterns = std::move(found->second);
                cached = true;
            }
        }
    }
    if (!cached) {
        WorkingTreeScan scan;
        // sourceignore.LoadIgnorePatterns: the directory's own file, then each sub-directory but .git, depth first;
        // a symbolic link is not followed (os.ReadDir does not call it a directory).
        std::function<void(const QString&, const QStringList&)> walk = [&](const QString& dir,
                                                                          const QStringList& domain) {
            const QString file = dir.isEmpty() ? QStringLiteral(".sourceignore") : dir + QStringLiteral("/.sourceignore");
            QStringList directories;
            if (!root.isEmpty()) {
                // The working tree directly, without resolving every entry.
                const QString absolute = dir.isEmpty() ? root : root + u'/' + dir;
                scan.directories.emplace_back(absolute, modified(absolute));
                const QDir here(absolute);
                if (here.exists(QStringLiteral(".sourceignore"))) {
                    scan.ruleFiles.emplace_back(file, source.contentKey(file));
                    if (auto content = source.read(file))
                        user.addPatterns(QString::fromUtf8(*content), domain, file);
                }
                directories = here.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks,
                                             QDir::Name);
            } else {
                if (source.isFile(file))
                    if (auto content = source.read(file))
                        user.addPatterns(QString::fromUtf8(*content), domain, file);
                for (const QString& name : source.entries(dir))
                    if (source.isDirectory(dir.isEmpty() ? name : dir + u'/' + name))
                        directories.append(name);
            }
            for (const QString& name : directories) {
                if (name == QLatin1String(".git"))
                    continue;
                walk(dir.isEmpty() ? name : dir + u'/' + name, domain + QStringList{name});
            }
        };
        walk(QString(), {});
        QMutexLocker lock(&cache.mutex);
        if (!commit.isEmpty()) {
            if (cache.commits.size() > 256)
                cache.commits.clear();
            cache.commits.insert(commit, user.m_patterns);
        } else if (!root.isEmpty()) {
            if (cache.trees.size() > 64)
                cache.trees.clear();
            cache.trees.insert(root, {std::move(scan), user.m_patterns});
        }
    }
    if (specIgnore)
        user.addPatterns(*specIgnore, {}, QStringLiteral("GitRepository spec.ignore"));

    // pkg/artifact SourceIgnoreFilter: the defaults beyond VCS only apply when the repository gives no pattern.
    SourceIgnore rules;
    for (const char* p : VcsPatterns)
        rules.addPatterns(QLatin1String(p), {}, QStringLiteral("source-controller default"));
    if (user.m_patterns.empty())
        for (const char* p : DefaultPatterns)
            rules.addPatterns(QLatin1String(p), {}, QStringLiteral("source-controller default"));
    for (Pattern& p : user.m_patterns)
        rules.m_patterns.push_back(std::move(p));
    return rules;
}

const SourceIgnore::Pattern* SourceIgnore::decisive(const QString& path, bool isDirectory) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (auto it = m_patterns.rbegin(); it != m_patterns.rend(); ++it)
        if (it->match(parts, isDirectory) != 0)
            return &*it;
    return nullptr;
}

bool SourceIgnore::excludes(const QString& path, bool isDirectory) const
{
    const Pattern* p = decisive(path, isDirectory);
    return p && !p->inclusion;
}

QString SourceIgnore::excludedBy(const QString& path, bool isDirectory) const
{
    const Pattern* p = decisive(path, isDirectory);
    return p && !p->inclusion ? p->origin : QString();
}

QByteArray SourceIgnore::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Pattern& p : m_patterns) {
        hash.addData(p.domain.join(u'/').toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(p.origin.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result().toHex();
}

} // namespace fleetdesk
