#include "KustomizeRenderer.h"

#include "kustomize/KustomizeTarget.h"
#include "kustomize/KustomizeYaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("KustomizeRenderer", text);
}

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(from).relativeFilePath(path);
        if (relative == QLatin1String(".git") || relative.startsWith(QLatin1String(".git/")))
            continue;
        const QFileInfo info = it.fileInfo();
        const QString target = to + QLatin1Char('/') + relative;
        if (info.isSymLink())
            continue;
        if (info.isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else {
            QDir().mkpath(QFileInfo(target).path());
            if (!QFile::copy(path, target))
                return false;
        }
    }
    return true;
}

} // namespace

KustomizeRenderer::KustomizeRenderer(const RenderFileSource& source, RenderOptions options)
    : m_source(source)
    , m_options(std::move(options))
    , m_cache(std::make_shared<RenderCache>())
{
}

KustomizeRenderer::~KustomizeRenderer() = default;

QString KustomizeRenderer::fallbackBinary() const
{
    if (!m_options.kustomizeBinary.isEmpty())
        return QFileInfo(m_options.kustomizeBinary).isExecutable() ? m_options.kustomizeBinary : QString();
    return QStandardPaths::findExecutable(QStringLiteral("kustomize"));
}

Result<RenderResult> KustomizeRenderer::build(const QString& directory) const
{
    KustomizeTarget target(m_source, *m_cache, m_options.kustomizationOverride);
    auto built = target.build(directory);
    if (!built)
        return std::unexpected(built.error());
    if (!target.unsupported().isEmpty())
        return buildWithKustomize(directory, target.unsupported());
    RenderResult result;
    result.renderer = QStringLiteral("native");
    result.objects.reserve(built->size());
    for (KustomizeResource& r : *built)
        result.objects.push_back(RenderedObject{std::move(r.object), r.generated ? QString() : r.sourceFile,
                                                r.generated ? 0 : r.sourceLine});
    return result;
}

Result<RenderResult> KustomizeRenderer::buildWithKustomize(const QString& directory,
                                                           const QStringList& unsupported) const
{
    const QString features = unsupported.join(QLatin1String(", "));
    const QString binary = m_options.allowFallback ? fallbackBinary() : QString();
    if (binary.isEmpty())
        return makeError(QStringLiteral("unsupported: %1").arg(features), {directory},
                         QStringLiteral("kustomize.unsupported"));
    auto root = m_source.materialize();
    if (!root)
        return std::unexpected(root.error());
    QString buildRoot = *root;
    std::unique_ptr<QTemporaryDir> copy;
    const QString relative = directory.isEmpty() ? QStringLiteral(".") : QDir::cleanPath(directory);
    if (m_options.kustomizationOverride) {
        // Never write into the user's tree: build a private copy with the overriding kustomization file.
        copy = std::make_unique<QTemporaryDir>();
        if (!copy->isValid() || !copyTree(buildRoot, copy->path()))
            return makeError(tr("could not prepare a copy of %1 for kustomize").arg(buildRoot), {directory},
                             QStringLiteral("kustomize.fallback"));
        buildRoot = copy->path();
        const QString dir = buildRoot + QLatin1Char('/') + relative;
        QDir().mkpath(dir);
        for (const char* name : {"kustomization.yml", "Kustomization"})
            QFile::remove(dir + QLatin1Char('/') + QLatin1String(name));
        QFile file(dir + QStringLiteral("/kustomization.yaml"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*m_options.kustomizationOverride) < 0)
            return makeError(tr("could not write the kustomization for kustomize"), {directory},
                             QStringLiteral("kustomize.fallback"));
    }
    QProcess process;
    process.setProgram(binary);
    process.setArguments({QStringLiteral("build"), QDir::cleanPath(buildRoot + QLatin1Char('/') + relative)});
    process.start();
    if (!process.waitForStarted(10000))
        return makeError(tr("unsupported: %1 (could not run %2: %3)").arg(features, binary, process.errorString()),
                         {directory}, QStringLiteral("kustomize.unsupported"));
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished(2000);
        return makeError(tr("%1 build did not finish in time").arg(binary), {directory},
                         QStringLiteral("kustomize.fallback"));
    }
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString message = QString::fromUtf8(process.readAllStandardError()).trimmed();
        if (copy)
            message.replace(copy->path(), QStringLiteral("."));
        message.replace(*root + QLatin1Char('/'), QString());
        return makeError(tr("kustomize build %1: %2").arg(relative, message), {directory},
                         QStringLiteral("kustomize.fallback"));
    }
    auto documents = KustomizeYaml::parseDocuments(QStringLiteral("kustomize build %1").arg(relative), output);
    if (!documents)
        return std::unexpected(documents.error());
    RenderResult result;
    result.renderer = QStringLiteral("kustomize");
    result.unsupported = unsupported;
    for (RenderedObject& object : *documents) {
        object.sourceFile.clear();
        object.sourceLine = 0;
        result.objects.push_back(std::move(object));
    }
    return result;
}

QByteArray toYamlStream(const std::vector<RenderedObject>& objects)
{
    QByteArray out;
    bool first = true;
    for (const RenderedObject& object : objects) {
        if (!first)
            out.append("---\n");
        first = false;
        out.append(KustomizeYaml::toYaml(object.object));
    }
    return out;
}

} // namespace fleetdesk
