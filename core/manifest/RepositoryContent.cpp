#include "RepositoryContent.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

namespace fleetdesk {

namespace {

QString dirPrefix(const QString& relativeDir)
{
    if (relativeDir.isEmpty() || relativeDir == QLatin1String("."))
        return {};
    return relativeDir.endsWith(QLatin1Char('/')) ? relativeDir : relativeDir + QLatin1Char('/');
}

} // namespace

const ParsedFile* RepositoryContent::file(const QString& relativePath) const
{
    const auto it = indexByPath.constFind(relativePath);
    if (it == indexByPath.constEnd())
        return nullptr;
    return files.at(size_t(*it)).get();
}

std::vector<const ParsedFile*> RepositoryContent::filesUnder(const QString& relativeDir) const
{
    std::vector<const ParsedFile*> result;
    const QString prefix = dirPrefix(relativeDir);
    auto it = std::lower_bound(files.begin(), files.end(), prefix,
                               [](const ParsedFilePtr& f, const QString& p) { return f->path < p; });
    for (; it != files.end() && (*it)->path.startsWith(prefix); ++it)
        result.push_back(it->get());
    return result;
}

void RepositoryContent::forEachDocumentUnder(
    const QString& relativeDir, const std::function<void(const ParsedFile&, const ManifestDocument&)>& visit) const
{
    for (const ParsedFile* f : filesUnder(relativeDir)) {
        for (const ManifestDocument& doc : f->documents)
            visit(*f, doc);
    }
}

int RepositoryContent::documentCount() const
{
    int count = 0;
    for (const ParsedFilePtr& f : files)
        count += int(f->documents.size());
    return count;
}

std::optional<QString> RepositoryContent::normalisePath(const QString& path)
{
    if (path.startsWith(QLatin1Char('/')))
        return std::nullopt;
    // Fast path, for what paths usually look like ("./clusters/prod", "base/app.yaml"): no "." or ".." segment,
    // no empty segment.
    QStringView view(path);
    while (view.startsWith(QLatin1String("./")))
        view = view.sliced(2);
    while (view.endsWith(QLatin1Char('/')))
        view.chop(1);
    if (!view.contains(QLatin1String("//")) && !view.contains(QLatin1String("/./"))
        && !view.contains(QLatin1String("/../")) && !view.startsWith(QLatin1String("../"))
        && !view.endsWith(QLatin1String("/..")) && !view.endsWith(QLatin1String("/.")) && view != QLatin1String("..")
        && view != QLatin1String("."))
        return view.toString();
    QVarLengthArray<QStringView, 16> parts;
    for (const QStringView part : QStringView(path).tokenize(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    QString result;
    for (const QStringView part : parts) {
        if (!result.isEmpty())
            result += QLatin1Char('/');
        result += part;
    }
    return result;
}

} // namespace fleetdesk
