// "Commit and Push" in the changes panel: the SOPS commit guard and the lint run on the STAGED content (the index),
// errors refuse with the findings listed as "file:line rule: message", lint warnings ask and "Commit Anyway" goes
// on; a plain Secret is never let through. A real bare remote on disk receives the push.
#include "git/GitRepository.h"
#include "git/GitWorker.h"
#include "views/ChangesPanel.h"

#include "GitCli.h"
#include "GitTestHome.h"
#include "TestData.h"

#include <QDirIterator>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fleetdesk;

namespace {

const QByteArray plainSecret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: apps\n"
                               "stringData:\n  password: hunter2\n";
const QByteArray configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: apps\n"
                             "data:\n  greeting: hello\n";

GitOperationResult lastResult(const QSignalSpy& spy)
{
    return spy.isEmpty() ? GitOperationResult{} : spy.last().first().value<GitOperationResult>();
}

QStringList itemsOf(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

/// A platform repository (the remote-base golden case without its remote bases) with a bare remote, pushed once.
struct Fixture
{
    QTemporaryDir remote;
    QTemporaryDir work;
    QString repository;
    QString initialHead;

    bool create()
    {
        repository = work.filePath(QStringLiteral("platform-flux"));
        if (!GitCli::run(remote.path(), {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-b"),
                                         QStringLiteral("main")})
                 .ok())
            return false;
        const QString source = test::dataPath(QStringLiteral("lint/remote-base-fires/platform-flux"));
        QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains(QLatin1String("/infrastructure/")))
                continue;
            const QString target = repository + QLatin1Char('/') + QDir(source).relativeFilePath(file);
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(file, target))
                return false;
        }
        auto git = GitRepository::init(repository);
        if (!git || !git->stageAll() || !git->commitStaged(QStringLiteral("Start")))
            return false;
        if (!GitCli::run(repository, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                      remote.path()})
                 .ok()
            || !GitCli::run(repository, {QStringLiteral("push"), QStringLiteral("-u"), QStringLiteral("origin"),
                                         QStringLiteral("main")})
                    .ok())
            return false;
        initialHead = remoteHead();
        return !initialHead.isEmpty();
    }
    QString remoteHead() const
    {
        return GitCli::output(remote.path(), {QStringLiteral("rev-parse"), QStringLiteral("main")});
    }
    bool write(const QString& relative, const QByteArray& content) const
    {
        const QString path = repository + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    }
    bool stage(const QString& relative) const
    {
        return GitCli::run(repository, {QStringLiteral("add"), relative}).ok();
    }
};

/// The panel wired to a worker as MainWindow wires them (here on one thread, so each request completes in turn).
struct Session
{
    GitWorker worker;
    ChangesPanel panel;
    QSignalSpy results{&worker, &GitWorker::operationFinished};

    explicit Session(const QString& repository)
    {
        QObject::connect(&panel, &ChangesPanel::refreshRequested, &worker, &GitWorker::refresh);
        QObject::connect(&panel, &ChangesPanel::commitAndPushRequested, &worker, &GitWorker::commitAndPush);
        QObject::connect(&worker, &GitWorker::changesReady, &panel, &ChangesPanel::showChanges);
        QObject::connect(&worker, &GitWorker::operationFinished, &panel, &ChangesPanel::showResult);
        panel.setRepository(repository);
        panel.messageEdit()->setPlainText(QStringLiteral("Add the database settings"));
    }
    GitOperationResult commitAndPush()
    {
        const qsizetype before = results.size();
        QTest::mouseClick(panel.commitAndPushButton(), Qt::LeftButton);
        return results.size() > before ? lastResult(results) : GitOperationResult{};
    }
};

} // namespace

class TestCommitAndPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aStagedPlainSecretIsRefusedWithItsFindingAndCannotBeOverridden();
    void theChecksReadTheIndexNotTheWorkTree();
    void lintWarningsAskFirstAndCommitAnywayCommitsAndPushes();
    void cleanStagedContentIsCommittedAndPushed();

private:
    std::unique_ptr<GitTestHome> m_home;
};

void TestCommitAndPush::initTestCase()
{
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
}

void TestCommitAndPush::cleanupTestCase()
{
    m_home.reset();
}

void TestCommitAndPush::aStagedPlainSecretIsRefusedWithItsFindingAndCannotBeOverridden()
{
    Fixture f;
    QVERIFY(f.create());
    QVERIFY(f.write(QStringLiteral("apps/secret.yaml"), plainSecret));
    QVERIFY(f.stage(QStringLiteral("apps/secret.yaml")));
    Session s(f.repository);
    QVERIFY(s.panel.commitAndPushButton()->isEnabled());

    const GitOperationResult result = s.commitAndPush();
    QCOMPARE(result.operation, QStringLiteral("commit-and-push"));
    QCOMPARE(result.errorCode, QStringLiteral("commit.check.failed"));
    const QStringList findings = itemsOf(s.panel.findingsView());
    QVERIFY2(findings.size() >= 2, qPrintable(findings.join(QLatin1Char('\n'))));
    // The SOPS guard and the plain-secret lint rule both point at the values (line 6: stringData).
    QVERIFY2(findings.filter(QStringLiteral("apps/secret.yaml:6 sops-commit-guard: ")).size() == 1,
             qPrintable(findings.join(QLatin1Char('\n'))));
    QVERIFY2(findings.filter(QStringLiteral("apps/secret.yaml:6 plain-secret: ")).size() == 1,
             qPrintable(findings.join(QLatin1Char('\n'))));
    QVERIFY(s.panel.findingsView()->isVisibleTo(&s.panel));
    QVERIFY(!s.panel.commitAnywayButton()->isVisibleTo(&s.panel));
    // Nothing was committed or pushed; no scratch folder is left in .git.
    QCOMPARE(GitCli::output(f.repository, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
             QStringLiteral("1"));
    QCOMPARE(f.remoteHead(), f.initialHead);
    QVERIFY(QDir(f.repository + QStringLiteral("/.git")).entryList({QStringLiteral("fleetdesk-staged-*")}, QDir::Dirs).isEmpty());
    // Asking to accept warnings does not let an error through either.
    s.worker.commitAndPush(f.repository, QStringLiteral("Add the database settings"), true);
    QCOMPARE(lastResult(s.results).errorCode, QStringLiteral("commit.check.failed"));
    QCOMPARE(f.remoteHead(), f.initialHead);
}

void TestCommitAndPush::theChecksReadTheIndexNotTheWorkTree()
{
    Fixture f;
    QVERIFY(f.create());
    // Staged: the plain Secret. In the work tree only: a harmless ConfigMap in its place.
    QVERIFY(f.write(QStringLiteral("apps/secret.yaml"), plainSecret));
    QVERIFY(f.stage(QStringLiteral("apps/secret.yaml")));
    QVERIFY(f.write(QStringLiteral("apps/secret.yaml"), configMap));
    Session s(f.repository);
    QCOMPARE(s.commitAndPush().errorCode, QStringLiteral("commit.check.failed"));
    QCOMPARE(f.remoteHead(), f.initialHead);

    // The other way round: a clean file staged, a plain Secret only in the work tree: committed and pushed.
    Fixture g;
    QVERIFY(g.create());
    QVERIFY(g.write(QStringLiteral("apps/settings.yaml"), configMap));
    QVERIFY(g.stage(QStringLiteral("apps/settings.yaml")));
    QVERIFY(g.write(QStringLiteral("apps/settings.yaml"), plainSecret));
    Session t(g.repository);
    const GitOperationResult result = t.commitAndPush();
    QVERIFY2(result.ok(), qPrintable(result.message + QLatin1Char(' ') + result.checkFindings.join(QLatin1Char(' '))));
    QCOMPARE(g.remoteHead(), GitCli::output(g.repository, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    QCOMPARE(GitCli::output(g.remote.path(), {QStringLiteral("show"), QStringLiteral("main:apps/settings.yaml")}),
             QString::fromUtf8(configMap).trimmed());
}

void TestCommitAndPush::lintWarningsAskFirstAndCommitAnywayCommitsAndPushes()
{
    Fixture f;
    QVERIFY(f.create());
    const QString kustomization = QStringLiteral("infrastructure/experimental/kustomization.yaml");
    QFile golden(test::dataPath(QStringLiteral("lint/remote-base-fires/platform-flux/") + kustomization));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QVERIFY(f.write(kustomization, golden.readAll()));
    QVERIFY(f.stage(kustomization));
    Session s(f.repository);

    GitOperationResult result = s.commitAndPush();
    QCOMPARE(result.errorCode, QStringLiteral("commit.check.warnings"));
    QCOMPARE(itemsOf(s.panel.findingsView()).size(), 2);
    QVERIFY(itemsOf(s.panel.findingsView()).first().startsWith(kustomization + QStringLiteral(":4 remote-base: ")));
    QVERIFY(itemsOf(s.panel.findingsView()).last().startsWith(kustomization + QStringLiteral(":6 remote-base: ")));
    QVERIFY(s.panel.commitAnywayButton()->isVisibleTo(&s.panel));
    QCOMPARE(f.remoteHead(), f.initialHead);

    const qsizetype before = s.results.size();
    QTest::mouseClick(s.panel.commitAnywayButton(), Qt::LeftButton);
    QVERIFY(s.results.size() > before);
    result = lastResult(s.results);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(f.remoteHead(), GitCli::output(f.repository, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
    QVERIFY(f.remoteHead() != f.initialHead);
    QCOMPARE(GitCli::output(f.remote.path(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"),
                                             QStringLiteral("main")}),
             QStringLiteral("Add the database settings"));
    QVERIFY(s.panel.messageEdit()->toPlainText().isEmpty());
}

void TestCommitAndPush::cleanStagedContentIsCommittedAndPushed()
{
    Fixture f;
    QVERIFY(f.create());
    QVERIFY(f.write(QStringLiteral("apps/settings.yaml"), configMap));
    QVERIFY(f.stage(QStringLiteral("apps/settings.yaml")));
    Session s(f.repository);
    const GitOperationResult result = s.commitAndPush();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.checkFindings.isEmpty());
    QVERIFY(!s.panel.findingsView()->isVisibleTo(&s.panel));
    QCOMPARE(f.remoteHead(), GitCli::output(f.repository, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
}

QTEST_MAIN(TestCommitAndPush)
#include "tst_commitandpush.moc"
