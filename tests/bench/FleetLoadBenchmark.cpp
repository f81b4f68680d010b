// Measures loading a fleet against a bare yaml-cpp parse of the same files, in one process and one run.
//
//   fleetdesk-bench PLATFORM_ROOT [--repeat N]      cold load, warm reload, bare parse; prints ratios
//   fleetdesk-bench PLATFORM_ROOT --load-only       one cold load, then peak RSS (run in its own process)

#include "engine/WorkspaceLoader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <sys/resource.h>

#include <algorithm>

using namespace fleetdesk;

namespace {

QStringList yamlFiles(const QStringList& roots)
{
    QStringList files;
    for (const QString& root : roots) {
        QDirIterator it(root, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    return files;
}

/// The reference: read every file and parse every document with yaml-cpp, nothing else.
qint64 bareParse(const QStringList& files, qint64& documents)
{
    QElapsedTimer timer;
    timer.start();
    documents = 0;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const std::string text = file.readAll().toStdString();
        try {
            documents += qint64(YAML::LoadAll(text).size());
        } catch (const YAML::Exception&) {
        }
    }
    return timer.nsecsElapsed();
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: fleetdesk-bench PLATFORM_ROOT [--repeat N] [--load-only]\n";
        return 2;
    }
    const QString root = args.at(1);
    QTextStream out(stdout);

    if (args.contains(QLatin1String("--load-only"))) {
        WorkspaceLoader loader(root);
        const WorkspaceLoadResult result = loader.load();
        out << "load-only: files=" << result.snapshot->statistics.files
            << " documents=" << result.snapshot->statistics.documents << " issues=" << result.issues.size()
            << " peak_rss_mib=" << QString::number(double(peakRssKiB()) / 1024.0, 'f', 1) << '\n';
        return 0;
    }

    int repeat = 3;
    if (const qsizetype i = args.indexOf(QLatin1String("--repeat")); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args.at(i + 1).toInt());

    // Which repositories the workspace reads: the bare parse covers exactly those.
    QStringList roots;
    {
        WorkspaceLoader probe(root);
        probe.load();
        roots = probe.repositoryRoots();
    }
    const QStringList files = yamlFiles(roots);

    qint64 bestBare = std::numeric_limits<qint64>::max();
    qint64 bestCold = std::numeric_limits<qint64>::max();
    qint64 bestWarm = std::numeric_limits<qint64>::max();
    qint64 bareDocuments = 0;
    int loadedDocuments = 0;
    int warmParsed = 0;
    for (int round = 0; round < repeat; ++round) {
        bestBare = std::min(bestBare, bareParse(files, bareDocuments));

        WorkspaceLoader loader(root);
        QElapsedTimer timer;
        timer.start();
        const WorkspaceLoadResult cold = loader.load(1);
        bestCold = std::min(bestCold, timer.nsecsElapsed());
        loadedDocuments = cold.snapshot->statistics.documents;

        // Change one file (append a comment), reload, restore.
        const QString changed = files.value(files.size() / 2);
        QFile file(changed);
        file.open(QIODevice::ReadOnly);
        const QByteArray original = file.readAll();
        file.close();
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(original + "# touched by fleetdesk-bench\n");
        file.close();
        // What the engine does when its file watcher reports the file.
        const QStringList changedPaths{QFileInfo(changed).absoluteFilePath()};
        timer.restart();
        const WorkspaceLoadResult warm = loader.load(2, &changedPaths);
        bestWarm = std::min(bestWarm, timer.nsecsElapsed());
        warmParsed = warm.snapshot->statistics.filesParsed;
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(original);
        file.close();
    }

    out << "files: " << files.size() << ", documents: bare " << bareDocuments << ", loaded " << loadedDocuments
        << ", rounds: " << repeat << " (best of)\n";
    out << "bare yaml-cpp parse (reference): " << QString::number(ms(bestBare), 'f', 1) << " ms\n";
    out << "cold load to complete snapshot:  " << QString::number(ms(bestCold), 'f', 1) << " ms  ratio "
        << QString::number(double(bestCold) / double(bestBare), 'f', 2) << "x bare parse (target <= 2.00x)\n";
    out << "warm reload after one change:    " << QString::number(ms(bestWarm), 'f', 1) << " ms  ratio "
        << QString::number(double(bestWarm) / double(bestBare), 'f', 3) << "x bare parse, files parsed: "
        << warmParsed << " (target < 100 ms)\n";
    return 0;
}
