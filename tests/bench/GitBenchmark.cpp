// fleetdesk-git-bench: times one core/git operation on a repository, for tests/bench/git_bench.sh, which runs the
// git command line on an identical copy in the same run.
//
//   fleetdesk-git-bench status REPO [--repeat N]
//   fleetdesk-git-bench status REPO --paths P1,P2,... [--repeat N]   (only those files, as after a file watcher event)
//   fleetdesk-git-bench diff REPO [--repeat N]
//   fleetdesk-git-bench commit REPO MESSAGE        (stages every change, then commits as the configured user)
//   fleetdesk-git-bench generate-fleet DIR CLUSTERS TENANTS KUSTOMIZATIONS   (the demo fleet generator, as
//                                                  `fleetdesk generate-fleet` runs it)
#include "fleet/DemoFleetGenerator.h"
#include "git/GitRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace fleetdesk;

namespace {

int fail(const Error& error)
{
    std::fprintf(stderr, "fleetdesk-git-bench: %s\n", qPrintable(error.toString()));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: fleetdesk-git-bench status|diff|commit REPO [MESSAGE] [--repeat N]\n");
        return 2;
    }
    const QString operation = arguments.at(0);
    if (operation == QLatin1String("generate-fleet") && arguments.size() == 5) {
        DemoFleetOptions options;
        options.clusters = arguments.at(2).toInt();
        options.tenants = arguments.at(3).toInt();
        options.kustomizationsPerTenant = arguments.at(4).toInt();
        const auto generated = DemoFleetGenerator::generate(arguments.at(1), options);
        return generated ? 0 : fail(generated.error());
    }
    const int repeatIndex = int(arguments.indexOf(QStringLiteral("--repeat")));
    const int repeat = repeatIndex > 0 ? arguments.value(repeatIndex + 1).toInt() : 1;
    const int pathsIndex = int(arguments.indexOf(QStringLiteral("--paths")));
    const QStringList paths = pathsIndex > 0 ? arguments.value(pathsIndex + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)
                                             : QStringList();
    auto repository = GitRepository::open(arguments.at(1));
    if (!repository)
        return fail(repository.error());
    QTextStream out(stdout);

    for (int run = 1; run <= std::max(repeat, 1); ++run) {
        QElapsedTimer timer;
        timer.start();
        qsizetype count = 0;
        if (operation == QLatin1String("status")) {
            const auto status = repository->status(paths);
            if (!status)
                return fail(status.error());
            count = status->files.size();
        } else if (operation == QLatin1String("diff")) {
            const auto diff = repository->unstagedDiff();
            if (!diff)
                return fail(diff.error());
            for (const GitFileDiff& file : *diff)
                count += file.hunks.size();
        } else if (operation == QLatin1String("commit")) {
            const auto status = repository->status();
            if (!status)
                return fail(status.error());
            const QStringList changed = status->unstagedPaths() + status->untrackedPaths();
            count = changed.size();
            if (auto staged = repository->stage(changed); !staged)
                return fail(staged.error());
            const auto commit = repository->commitStaged(arguments.value(2, QStringLiteral("Benchmark commit")));
            if (!commit)
                return fail(commit.error());
        } else {
            std::fprintf(stderr, "fleetdesk-git-bench: unknown operation %s\n", qPrintable(operation));
            return 2;
        }
        out << operation << " run " << run << ": " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1)
            << " ms (" << count << (operation == QLatin1String("diff") ? " hunks" : " files") << ")\n";
    }
    return 0;
}
