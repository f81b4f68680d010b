#include "ChangesPanel.h"
#include "views/WrappingLabel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleetdesk {

namespace {

constexpr int pathRole = Qt::UserRole;
constexpr int sideRole = Qt::UserRole + 1;
constexpr int hunkRole = Qt::UserRole + 2;

QString changeName(GitChange change)
{
    switch (change) {
    case GitChange::Added:
        return ChangesPanel::tr("added");
    case GitChange::Modified:
        return ChangesPanel::tr("modified");
    case GitChange::Deleted:
        return ChangesPanel::tr("deleted");
    case GitChange::Renamed:
        return ChangesPanel::tr("renamed");
    case GitChange::TypeChanged:
        return ChangesPanel::tr("type changed");
    case GitChange::Untracked:
        return ChangesPanel::tr("untracked");
    case GitChange::None:
        break;
    }
    return {};
}

QString hunkText(const GitDiffHunk& hunk)
{
    QString text = hunk.header + QLatin1Char('\n');
    for (const GitDiffLine& line : hunk.lines) {
        QString content = QString::fromUtf8(line.content);
        if (content.endsWith(QLatin1Char('\n')))
            content.chop(1);
        text += QLatin1Char(line.origin) + content + QLatin1Char('\n');
    }
    text.chop(1);
    return text;
}

} // namespace

ChangesPanel::ChangesPanel(QWidget* parent)
    : QWidget(parent)
    , m_branch(new QLabel(this))
    , m_files(new QTreeWidget(this))
    , m_hunks(new QListWidget(this))
    , m_stageFiles(new QPushButton(tr("Stage"), this))
    , m_unstageFiles(new QPushButton(tr("Unstage"), this))
    , m_discard(new QPushButton(tr("Discard…"), this))
    , m_stageHunk(new QPushButton(tr("Stage hunk"), this))
    , m_unstageHunk(new QPushButton(tr("Unstage hunk"), this))
    , m_message(new QPlainTextEdit(this))
    , m_check(new WrappingLabel(this))
    , m_amend(new QCheckBox(tr("Amend the last commit"), this))
    , m_commit(new QPushButton(tr("Commit"), this))
    , m_commitPush(new QPushButton(tr("Commit and Push"), this))
    , m_findings(new QListWidget(this))
    , m_commitAnyway(new QPushButton(tr("Commit Anyway"), this))
    , m_pull(new QPushButton(tr("Pull"), this))
    , m_push(new QPushButton(tr("Push"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_abortRebase(new QPushButton(tr("Abort rebase"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new WrappingLabel(this))
{
    m_files->setHeaderLabels({tr("File"), tr("Change")});
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_conflicted = new QTreeWidgetItem(m_files, {tr("Conflicted")});
    m_staged = new QTreeWidgetItem(m_files, {tr("Staged")});
    m_unstaged = new QTreeWidgetItem(m_files, {tr("Unstaged")});
    m_untracked = new QTreeWidgetItem(m_files, {tr("Untracked")});
    for (QTreeWidgetItem* group : {m_conflicted, m_staged, m_unstaged, m_untracked}) {
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
    }
    m_hunks->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hunks->setWordWrap(false);
    m_message->setPlaceholderText(tr("Summary of the change\n\nWhy it is needed"));
    m_message->setTabChangesFocus(true);
    m_check->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_abortRebase->setVisible(false);
    m_commitPush->setObjectName(QStringLiteral("commitPushButton"));
    m_commitPush->setToolTip(tr("Check the staged content (SOPS commit guard and lint), commit it and push"));
    m_findings->setObjectName(QStringLiteral("commitFindingsList"));
    m_findings->setVisible(false);
    m_findings->setMaximumHeight(120);
    m_commitAnyway->setObjectName(QStringLiteral("commitAnywayButton"));
    m_commitAnyway->setToolTip(tr("Commit and push although the lint warns; errors and unencrypted secrets are "
                                  "never let through"));
    m_commitAnyway->setVisible(false);

    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_stageFiles);
    fileButtons->addWidget(m_unstageFiles);
    fileButtons->addWidget(m_discard);
    fileButtons->addStretch();
    auto* hunkButtons = new QHBoxLayout;
    hunkButtons->addWidget(m_stageHunk);
    hunkButtons->addWidget(m_unstageHunk);
    hunkButtons->addStretch();
    auto* commitRow = new QHBoxLayout;
    commitRow->addWidget(m_amend);
    commitRow->addStretch();
    commitRow->addWidget(m_commitAnyway);
    commitRow->addWidget(m_commit);
    commitRow->addWidget(m_commitPush);
    auto* syncRow = new QHBoxLayout;
    syncRow->addWidget(m_pull);
    syncRow->addWidget(m_push);
    syncRow->addWidget(m_progress, 1);
    syncRow->addWidget(m_cancel);
    syncRow->addWidget(m_abortRebase);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_files);
    topLayout->addLayout(fileButtons);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_hunks);
    middleLayout->addLayout(hunkButtons);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_message);
    bottomLayout->addWidget(m_check);
    bottomLayout->addWidget(m_findings);
    bottomLayout->addLayout(commitRow);
    // Files, hunks and the commit side by side: the panel lives in the bottom dock area, which is wide and short.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("changesSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(middle);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_branch);
    layout->addWidget(splitter, 1);
    layout->addLayout(syncRow);
    layout->addWidget(m_result);

    connect(m_files, &QTreeWidget::itemSelectionChanged, this, &ChangesPanel::showHunksOfSelection);
    connect(m_files, &QTreeWidget::itemActivated, this, [this] { stageOrUnstageSelection(); });
    connect(m_hunks, &QListWidget::itemSelectionChanged, this, [this] {
        const QListWidgetItem* item = m_hunks->currentItem();
        const Side side = item ? Side(item->data(sideRole).toInt()) : Side::Unstaged;
        m_stageHunk->setEnabled(item && side == Side::Unstaged);
        m_unstageHunk->setEnabled(item && side == Side::Staged);
    });
    connect(m_stageFiles, &QPushButton::clicked, this, [this] {
        if (const QStringList paths = selectedPaths(Side::Unstaged); !paths.isEmpty())
            Q_EMIT stageFilesRequested(m_repository, paths);
    });
    connect(m_unstageFiles, &QPushButton::clicked, this, [this] {
        if (const QStringList paths = selectedPaths(Side::Staged); !paths.isEmpty())
            Q_EMIT unstageFilesRequested(m_repository, paths);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const QStringList paths = selectedPaths(Side::Unstaged);
        if (paths.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            this, tr("Discard changes"),
            tr("Discard the unstaged changes of %n file(s)? They are kept in a recovery stash entry, so "
               "`git stash apply` brings them back.",
               nullptr, int(paths.size())),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            Q_EMIT discardRequested(m_repository, paths);
    });
    auto hunkRequest = [this](Side side) {
        const QListWidgetItem* item = m_hunks->currentItem();
        if (!item || Side(item->data(sideRole).toInt()) != side)
            return;
        const QString path = item->data(pathRole).toString();
        const auto hunk = item->data(hunkRole).value<GitDiffHunk>();
        if (side == Side::Unstaged)
            Q_EMIT stageHunkRequested(m_repository, path, hunk);
        else
            Q_EMIT unstageHunkRequested(m_repository, path, hunk);
    };
    connect(m_stageHunk, &QPushButton::clicked, this, [hunkRequest] { hunkRequest(Side::Unstaged); });
    connect(m_unstageHunk, &QPushButton::clicked, this, [hunkRequest] { hunkRequest(Side::Staged); });
    connect(m_message, &QPlainTextEdit::textChanged, this, &ChangesPanel::updateCommitState);
    connect(m_amend, &QCheckBox::toggled, this, &ChangesPanel::updateCommitState);
    connect(m_commit, &QPushButton::clicked, this, [this] {
        const QString message = cleanMessage(m_message->toPlainText());
        setBusy(true);
        if (m_amend->isChecked())
            Q_EMIT amendRequested(m_repository, message);
        else
            Q_EMIT commitRequested(m_repository, message);
    });
    auto commitAndPush = [this](bool acceptWarnings) {
        m_findings->clear();
        m_findings->setVisible(false);
        m_commitAnyway->setVisible(false);
        setBusy(true);
        Q_EMIT commitAndPushRequested(m_repository, cleanMessage(m_message->toPlainText()), acceptWarnings);
    };
    connect(m_commitPush, &QPushButton::clicked, this, [commitAndPush] { commitAndPush(false); });
    connect(m_commitAnyway, &QPushButton::clicked, this, [commitAndPush] { commitAndPush(true); });
    connect(m_pull, &QPushButton::clicked, this, [this] {
        setBusy(true);
        Q_EMIT pullRequested(m_repository);
    });
    connect(m_push, &QPushButton::clicked, this, [this] {
        setBusy(true);
        Q_EMIT pushRequested(m_repository);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ChangesPanel::cancelRequested);
    connect(m_abortRebase, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(this, tr("Abort the rebase"),
                                                  tr("Go back to the commits, index and files you had before the "
                                                     "rebase started?"),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes)
            Q_EMIT abortRebaseRequested(m_repository);
    });
    updateCommitState();
    m_stageHunk->setEnabled(false);
    m_unstageHunk->setEnabled(false);
}

void ChangesPanel::setRepository(const QString& repository)
{
    m_repository = repository;
    m_message->clear();
    m_result->clear();
    Q_EMIT refreshRequested(repository);
}

CommitMessageCheck ChangesPanel::checkMessage(const QString& message)
{
    CommitMessageCheck check;
    const QStringList lines = cleanMessage(message).split(QLatin1Char('\n'));
    const QString summary = lines.value(0).trimmed();
    if (summary.isEmpty()) {
        check.error = tr("Write a summary on the first line.");
        return check;
    }
    if (summary.size() > summaryMaximumLength) {
        check.error = tr("The summary has %1 characters; keep it within %2.").arg(summary.size()).arg(summaryMaximumLength);
        return check;
    }
    if (lines.size() > 1 && !lines.at(1).trimmed().isEmpty()) {
        check.error = tr("Leave the second line empty, between the summary and the body.");
        return check;
    }
    if (summary.size() > summaryWarningLength)
        check.warning = tr("The summary has %1 characters; %2 or fewer read best.").arg(summary.size()).arg(summaryWarningLength);
    return check;
}

QString ChangesPanel::cleanMessage(const QString& message)
{
    QStringList kept;
    for (const QString& line : message.split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1Char('#')))
            kept.append(line);
    while (!kept.isEmpty() && kept.last().trimmed().isEmpty())
        kept.removeLast();
    return kept.join(QLatin1Char('\n'));
}

void ChangesPanel::showChanges(const GitChanges& changes)
{
    if (changes.repository != m_repository)
        return;
    const QString selected = m_files->currentItem() ? m_files->currentItem()->data(0, pathRole).toString() : QString();
    m_changes = changes;
    const GitStatus& status = changes.status;
    QString branch = status.branch.isEmpty() ? tr("detached HEAD") : status.branch;
    if (!status.upstream.isEmpty())
        branch += QStringLiteral("  ⇄ %1  ↑%2 ↓%3").arg(status.upstream).arg(status.ahead).arg(status.behind);
    if (status.rebaseInProgress)
        branch += QStringLiteral("  — ") + tr("rebase in progress");
    m_branch->setText(branch);
    m_abortRebase->setVisible(status.rebaseInProgress);

    for (QTreeWidgetItem* group : {m_conflicted, m_staged, m_unstaged, m_untracked})
        qDeleteAll(group->takeChildren());
    auto add = [&](QTreeWidgetItem* group, const GitFileStatus& file, GitChange change, Side side) {
        auto* item = new QTreeWidgetItem(group, {file.path, changeName(change)});
        item->setData(0, pathRole, file.path);
        item->setData(0, sideRole, int(side));
        if (file.path == selected)
            m_files->setCurrentItem(item);
    };
    for (const GitFileStatus& file : status.files) {
        if (file.conflicted)
            add(m_conflicted, file, GitChange::Modified, Side::Unstaged);
        if (file.isStaged())
            add(m_staged, file, file.staged, Side::Staged);
        if (file.isUnstaged())
            add(m_unstaged, file, file.unstaged, Side::Unstaged);
        if (file.isUntracked())
            add(m_untracked, file, GitChange::Untracked, Side::Unstaged);
    }
    for (QTreeWidgetItem* group : {m_conflicted, m_staged, m_unstaged, m_untracked}) {
        group->setHidden(group->childCount() == 0);
        group->setText(1, QString::number(group->childCount()));
    }
    if (m_message->toPlainText().isEmpty() && !changes.commitTemplate.isEmpty())
        m_message->setPlainText(changes.commitTemplate);
    showHunksOfSelection();
    updateCommitState();
}

void ChangesPanel::showHunksOfSelection()
{
    m_hunks->clear();
    const QTreeWidgetItem* item = m_files->currentItem();
    if (!item || item->parent() == nullptr)
        return;
    const QString path = item->data(0, pathRole).toString();
    const Side side = Side(item->data(0, sideRole).toInt());
    const QList<GitFileDiff>& diffs = side == Side::Staged ? m_changes.staged : m_changes.unstaged;
    for (const GitFileDiff& diff : diffs) {
        if (diff.path != path)
            continue;
        if (diff.binary)
            m_hunks->addItem(tr("Binary file"));
        for (const GitDiffHunk& hunk : diff.hunks) {
            auto* hunkItem = new QListWidgetItem(hunkText(hunk), m_hunks);
            hunkItem->setData(pathRole, path);
            hunkItem->setData(sideRole, int(side));
            hunkItem->setData(hunkRole, QVariant::fromValue(hunk));
        }
    }
    if (m_hunks->count() > 0)
        m_hunks->setCurrentRow(0);
}

QStringList ChangesPanel::selectedPaths(Side side) const
{
    QStringList paths;
    for (const QTreeWidgetItem* item : m_files->selectedItems())
        if (item->parent() && Side(item->data(0, sideRole).toInt()) == side)
            paths.append(item->data(0, pathRole).toString());
    paths.removeDuplicates();
    return paths;
}

void ChangesPanel::stageOrUnstageSelection()
{
    if (const QStringList paths = selectedPaths(Side::Unstaged); !paths.isEmpty())
        Q_EMIT stageFilesRequested(m_repository, paths);
    else if (const QStringList staged = selectedPaths(Side::Staged); !staged.isEmpty())
        Q_EMIT unstageFilesRequested(m_repository, staged);
}

void ChangesPanel::updateCommitState()
{
    const CommitMessageCheck check = checkMessage(m_message->toPlainText());
    m_check->setText(!check.ok() ? check.error : check.warning);
    const bool somethingToCommit = !m_changes.status.stagedPaths().isEmpty() || m_amend->isChecked();
    m_commit->setEnabled(check.ok() && somethingToCommit && m_changes.status.conflictedPaths().isEmpty()
                         && !m_progress->isVisible());
    const bool canCommitAndPush = check.ok() && !m_changes.status.stagedPaths().isEmpty() && !m_amend->isChecked()
        && m_changes.status.conflictedPaths().isEmpty() && !m_progress->isVisible();
    m_commitPush->setEnabled(canCommitAndPush);
    m_commitAnyway->setEnabled(canCommitAndPush);
}

void ChangesPanel::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(busy);
    m_pull->setEnabled(!busy);
    m_push->setEnabled(!busy);
    updateCommitState();
}

void ChangesPanel::showProgress(const QString& repository, const GitTransferProgress& progress)
{
    if (repository != m_repository)
        return;
    const int total = progress.totalToSend > 0 ? progress.totalToSend : progress.totalObjects;
    const int done = progress.totalToSend > 0 ? progress.sentObjects : progress.receivedObjects;
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
    if (!progress.serverMessage.isEmpty())
        m_result->setText(tr("remote: %1").arg(progress.serverMessage));
}

void ChangesPanel::showResult(const GitOperationResult& result)
{
    if (result.repository != m_repository)
        return;
    setBusy(false);
    if (result.operation == QLatin1String("commit-and-push"))
        showFindings(result);
    if (result.ok()) {
        m_result->setText(result.message);
        if (result.operation == QLatin1String("commit") || result.operation == QLatin1String("amend")
            || result.operation == QLatin1String("commit-and-push")) {
            m_message->clear();
            m_amend->setChecked(false);
        }
        return;
    }
    QString text = result.message;
    if (!result.conflictedFiles.isEmpty())
        text += QLatin1Char('\n') + tr("Conflicted: %1").arg(result.conflictedFiles.join(QLatin1String(", ")));
    m_result->setText(text);
}

void ChangesPanel::showFindings(const GitOperationResult& result)
{
    m_findings->clear();
    m_findings->addItems(result.checkFindings);
    m_findings->setVisible(!result.checkFindings.isEmpty());
    // Only lint warnings can be overridden; errors and unencrypted secrets block.
    m_commitAnyway->setVisible(result.errorCode == QLatin1String("commit.check.warnings"));
}

} // namespace fleetdesk
