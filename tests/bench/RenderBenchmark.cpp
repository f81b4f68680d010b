// The native kustomize renderer against the real `kustomize build`, on every Flux Kustomization path of a fleet,
// in one process and one run. Also checks that both render the same objects.
//
//   fleetdesk-render-bench PLATFORM_ROOT --kustomize BINARY [--limit N]

#include "engine/WorkspaceLoader.h"
#include "fleet/Fleet.h"
#include "kustomize/KustomizeRenderer.h"
#include "kustomize/KustomizeYaml.h"
#include "manifest/RepositoryContent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace fleetdesk;

namespace {

struct Target
{
    QString root; ///< the repository checkout
    QString path; ///< repository-relative directory
};

bool hasKustomization(const QString& dir)
{
    for (const char* name : {"kustomization.yaml", "kustomization.yml", "Kustomization"})
        if (QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(name)))
            return true;
    return false;
}

std::vector<std::pair<QString, QJsonObject>> normalise(const std::vector<RenderedObject>& objects)
{
    std::vector<std::pair<QString, QJsonObject>> set;
    for (const RenderedObject& o : objects)
        set.emplace_back(o.id().key(), o.object);
    std::stable_sort(set.begin(), set.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return set;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("platform"), QStringLiteral("The platform repository of the fleet."));
    parser.addOption({QStringLiteral("kustomize"), QStringLiteral("The real kustomize binary."), QStringLiteral("binary")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("Render at most N paths."), QStringLiteral("N")});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("kustomize"))) {
        parser.showHelp(2);
    }
    const QString kustomize = parser.value(QStringLiteral("kustomize"));

    const WorkspaceLoadResult loaded = WorkspaceLoader::loadOnce(parser.positionalArguments().first());
    if (!loaded.fleet) {
        out << "could not load the fleet\n";
        return 1;
    }
    std::set<std::pair<QString, QString>> seen;
    std::vector<Target> targets;
    int kustomizations = 0, withoutFile = 0;
    for (const FluxObject& object : loaded.fleet->objects) {
        if (!object.isKustomization() || !object.sourceRepository || object.pathEscapes)
            continue;
        ++kustomizations;
        const QString root = object.sourceRepository->root;
        QString path = QDir::cleanPath(object.path.isEmpty() ? QStringLiteral(".") : object.path);
        if (path.startsWith(QLatin1String("./")))
            path = path.mid(2);
        if (!seen.insert({root, path}).second)
            continue;
        if (!hasKustomization(QDir(root).filePath(path))) {
            ++withoutFile; // Flux generates a kustomization.yaml there; `kustomize build` cannot build it as is
            continue;
        }
        targets.push_back({root, path});
    }
    if (parser.isSet(QStringLiteral("limit")))
        targets.resize(std::min<size_t>(targets.size(), parser.value(QStringLiteral("limit")).toULongLong()));
    out << "Flux Kustomizations: " << kustomizations << ", distinct paths rendered: " << targets.size()
        << " (skipped " << withoutFile << " without a kustomization file)\n";
    out.flush();

    // Native, first pass (file cache as the fleet load left it).
    std::map<QString, std::unique_ptr<RenderFileSource>> sources;
    for (const Target& t : targets)
        if (!sources.count(t.root))
            sources.emplace(t.root, workingTreeSource(t.root));
    std::vector<Result<RenderResult>> native;
    native.reserve(targets.size());
    QElapsedTimer timer;
    timer.start();
    for (const Target& t : targets) {
        RenderOptions options;
        options.kustomizeBinary = kustomize;
        native.push_back(KustomizeRenderer(*sources.at(t.root), options).build(t.path));
    }
    const qint64 nativeFirst = timer.nsecsElapsed();

    // The real kustomize, one `kustomize build` per path, as a user or a controller runs it.
    std::vector<QByteArray> real;
    std::vector<bool> realOk;
    timer.restart();
    for (const Target& t : targets) {
        QProcess process;
        process.start(kustomize, {QStringLiteral("build"), QDir(t.root).filePath(t.path)});
        process.waitForFinished(-1);
        realOk.push_back(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0);
        real.push_back(process.readAllStandardOutput());
    }
    const qint64 realTotal = timer.nsecsElapsed();

    // Native, second pass (warm file cache, like the real kustomize had for most of its run).
    timer.restart();
    qint64 objects = 0;
    for (const Target& t : targets) {
        RenderOptions options;
        options.kustomizeBinary = kustomize;
        auto r = KustomizeRenderer(*sources.at(t.root), options).build(t.path);
        if (r)
            objects += qint64(r->objects.size());
    }
    const qint64 nativeSecond = timer.nsecsElapsed();

    int agree = 0, bothFailed = 0, nativeFailed = 0, fellBack = 0, differ = 0;
    QStringList examples;
    for (size_t i = 0; i < targets.size(); ++i) {
        if (!native[i] && !realOk[i]) {
            ++bothFailed; // kustomize refuses the path too (the native error says why, in kustomize's words)
            if (examples.size() < 3)
                examples << targets[i].path + QStringLiteral(" (both fail): ") + native[i].error().message;
            continue;
        }
        if (!native[i]) {
            ++nativeFailed;
            if (examples.size() < 3)
                examples << targets[i].path + QStringLiteral(": ") + native[i].error().message;
            continue;
        }
        if (native[i]->renderer != QLatin1String("native"))
            ++fellBack;
        auto parsed = KustomizeYaml::parseDocuments(QStringLiteral("kustomize-build.yaml"), real[i]);
        const auto mine = normalise(native[i]->objects);
        const auto theirs = parsed ? normalise(*parsed) : decltype(mine){};
        if (realOk[i] && parsed && mine == theirs) {
            ++agree;
            continue;
        }
        ++differ;
        if (examples.size() >= 3)
            continue;
        QString where = QStringLiteral("kustomize failed or its output did not parse");
        if (realOk[i] && parsed) {
            for (size_t k = 0; k < std::max(mine.size(), theirs.size()); ++k) {
                const QString a = k < mine.size() ? mine[k].first : QStringLiteral("(none)");
                const QString b = k < theirs.size() ? theirs[k].first : QStringLiteral("(none)");
                if (a != b) {
                    where = QStringLiteral("native has %1 where kustomize has %2").arg(a, b);
                    break;
                }
                if (mine[k].second != theirs[k].second) {
                    where = QStringLiteral("%1 differs").arg(a);
                    break;
                }
            }
        }
        examples << targets[i].path + QStringLiteral(": ") + where;
    }

    const qint64 nativeBest = std::min(nativeFirst, nativeSecond);
    out << "native render:    " << QString::number(ms(nativeFirst), 'f', 1) << " ms first pass, "
        << QString::number(ms(nativeSecond), 'f', 1) << " ms second pass (" << objects << " objects)\n";
    out << "kustomize build:  " << QString::number(ms(realTotal), 'f', 1) << " ms ("
        << QString::number(ms(realTotal) / double(std::max<size_t>(1, targets.size())), 'f', 2) << " ms per path)\n";
    out << "ratio:            " << QString::number(double(realTotal) / double(std::max<qint64>(1, nativeFirst)), 'f', 1)
        << "x (first pass), " << QString::number(double(realTotal) / double(std::max<qint64>(1, nativeBest)), 'f', 1)
        << "x (best pass); target >= 20x\n";
    out << "agreement:        " << agree << " of " << targets.size() << " paths render the same objects, "
        << bothFailed << " fail in both; " << nativeFailed << " fail natively only, " << fellBack
        << " fell back to kustomize, " << differ << " differ\n";
    for (const QString& e : examples)
        out << "  e.g. " << e << '\n';
    return 0;
}
