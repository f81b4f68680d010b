#include "BuildCommand.h"
#include "KustomizationBuildCommand.h"

#include "kustomize/KustomizeRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace fleetdesk;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BuildCommand", text);
}

/// The repository a path belongs to: the nearest folder above it with a .git entry, else the path itself.
QString repositoryRoot(const QString& path)
{
    QDir dir(path);
    while (true) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return dir.absolutePath();
        if (!dir.cdUp())
            return QDir(path).absolutePath();
    }
}

} // namespace

namespace BuildCommand {

bool handles(const QStringList& arguments)
{
    return !arguments.isEmpty() && arguments.constFirst() == QLatin1String("build");
}

int run(const QStringList& arguments)
{
    if (KustomizationBuildCommand::handles(arguments))
        return KustomizationBuildCommand::run(arguments);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Renders the kustomization in PATH like `kustomize build` and prints the objects as multi-document YAML."));
    parser.addHelpOption();
    const QCommandLineOption rootOption(QStringLiteral("root"),
                                        tr("The folder files may be read from (default: the Git work tree of PATH)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption binaryOption(QStringLiteral("kustomize"),
                                          tr("The kustomize binary for features rendered by it (default: on PATH)."),
                                          QStringLiteral("file"));
    const QCommandLineOption nativeOption(QStringLiteral("native-only"),
                                          tr("Never run kustomize: fail on features the native renderer lacks."));
    parser.addOptions({rootOption, binaryOption, nativeOption});
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The kustomization directory."));
    parser.process(QStringList{QStringLiteral("fleetdesk build")} + arguments.mid(1));
    if (parser.positionalArguments().size() != 1) {
        err << tr("fleetdesk build: expected exactly one PATH") << '\n';
        return 2;
    }
    const QString path = QDir(parser.positionalArguments().constFirst()).absolutePath();
    if (!QFileInfo(path).isDir()) {
        err << tr("fleetdesk build: %1 is not a directory").arg(parser.positionalArguments().constFirst()) << '\n';
        return 1;
    }
    const QString root = parser.isSet(rootOption) ? QDir(parser.value(rootOption)).absolutePath() : repositoryRoot(path);
    QString relative = QDir(root).relativeFilePath(path);
    if (relative.isEmpty())
        relative = QStringLiteral(".");

    RenderOptions options;
    options.kustomizeBinary = parser.value(binaryOption);
    options.allowFallback = !parser.isSet(nativeOption);
    auto source = workingTreeSource(root);
    KustomizeRenderer renderer(*source, options);
    auto result = renderer.build(relative);
    if (!result) {
        err << tr("fleetdesk build: %1").arg(result.error().message) << '\n';
        return 1;
    }
    const QByteArray yaml = toYamlStream(result->objects);
    std::fwrite(yaml.constData(), 1, std::size_t(yaml.size()), stdout);
    if (result->renderer != QLatin1String("native"))
        err << tr("fleetdesk build: rendered by %1 because of: %2")
                   .arg(result->renderer, result->unsupported.join(QLatin1String(", ")))
            << '\n';
    return 0;
}

} // namespace BuildCommand
