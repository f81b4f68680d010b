#pragma once

// CONTRACT (lead): the API the Flux builder (FluxKustomizationBuilder), the conformance suite, the drift engine and
// `fleetdesk build` code against. The renderer's owner may add to it; changing what is here needs the lead.

#include "common/Error.h"
#include "kustomize/RenderedObject.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace fleetdesk {

/// Where a render reads files from: the working tree, or a Git revision. Paths are repository-relative with '/'
/// separators; nothing outside the repository can be named.
class RenderFileSource
{
public:
    virtual ~RenderFileSource() = default;
    virtual bool isDirectory(const QString& path) const = 0;
    virtual bool isFile(const QString& path) const = 0;
    /// The entries of a directory (names only), sorted.
    virtual QStringList entries(const QString& path) const = 0;
    virtual Result<QByteArray> read(const QString& path) const = 0;
    /// A real directory holding the same content, for handing a build to the real kustomize binary; the working
    /// tree's own root, or a private export of the revision.
    virtual Result<QString> materialize() const = 0;
    /// A key that names this exact content of `path` across sources and builds (for example the absolute path with
    /// its size and modification times, or a Git blob id), so that renderers can share what they parsed. Empty (the
    /// default): the file's parse is only kept by one renderer.
    virtual QByteArray contentKey(const QString& path) const
    {
        Q_UNUSED(path);
        return {};
    }
};

/// The working tree of `root`: symlinks that leave it are refused, as are `..` paths that climb out of it.
std::unique_ptr<RenderFileSource> workingTreeSource(const QString& root);

struct RenderOptions
{
    /// The real kustomize binary, for features the native renderer does not implement (helmCharts, remote bases,
    /// ...). Empty: "kustomize" on PATH. When none is found, such a build fails with "unsupported: <feature>".
    QString kustomizeBinary;
    bool allowFallback = true;
    /// Replaces the kustomization file of the top directory with this content (Flux's generated or amended
    /// kustomization.yaml); the directory's own files are still read from the source.
    std::optional<QByteArray> kustomizationOverride;
};

struct RenderCache;

/// A native kustomize (v5) renderer: `kustomize build` of one directory, in-process.
///
/// A renderer caches what it parsed (files, and the accumulated objects of bases that other kustomizations share)
/// for as long as it lives: build several kustomizations of one source with one renderer, and make a new renderer
/// when the source's content changes. build() may be called from several threads at once.
class KustomizeRenderer
{
public:
    explicit KustomizeRenderer(const RenderFileSource& source, RenderOptions options = {});
    ~KustomizeRenderer();

    /// Builds the kustomization in `directory` (repository-relative; "" or "." is the root). Errors name the file
    /// and line, or the field. A build is either exactly what kustomize would render, or an error: an unsupported
    /// feature without a fallback binary fails with an error whose message starts with "unsupported: ".
    Result<RenderResult> build(const QString& directory) const;

    /// The kustomize binary a fallback would run: RenderOptions::kustomizeBinary, else "kustomize" on PATH; empty
    /// when there is none.
    QString fallbackBinary() const;

private:
    Result<RenderResult> buildWithKustomize(const QString& directory, const QStringList& unsupported) const;

    const RenderFileSource& m_source;
    RenderOptions m_options;
    std::shared_ptr<RenderCache> m_cache;
};

/// The objects as a multi-document YAML stream, like `kustomize build` prints them.
QByteArray toYamlStream(const std::vector<RenderedObject>& objects);

} // namespace fleetdesk
