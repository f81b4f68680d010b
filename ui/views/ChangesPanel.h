#pragma once

#include "git/GitChanges.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fleetdesk {

/// What a commit message check found: an error blocks the commit, a warning is shown next to it.
struct CommitMessageCheck
{
    QString error;
    QString warning;
    bool ok() const { return error.isEmpty(); }
};

/// The changes of one repository: branch and ahead/behind, the changed files by kind (conflicted, staged, unstaged,
/// untracked), the hunks of the selected file with hunk staging, a commit box with message checks and the
/// commit template, and pull/push with progress and cancel.
///
/// The panel never touches Git itself: it emits requests, meant for a GitWorker on the engine thread through queued
/// connections, and shows what comes back through showChanges(), showResult() and showProgress().
class ChangesPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int summaryWarningLength = 50;
    static constexpr int summaryMaximumLength = 72;

    explicit ChangesPanel(QWidget* parent = nullptr);

    /// Which repository the panel shows; asks for a refresh.
    void setRepository(const QString& repository);
    QString repository() const { return m_repository; }

    /// Checks a commit message: a summary line, at most summaryMaximumLength characters (a warning above
    /// summaryWarningLength), and a blank line between the summary and a body. Lines starting with '#' are
    /// comments, as in a commit template.
    static CommitMessageCheck checkMessage(const QString& message);
    /// The message without comment lines and trailing blank lines.
    static QString cleanMessage(const QString& message);

    // For tests and for wiring.
    QTreeWidget* fileView() const { return m_files; }
    QListWidget* hunkView() const { return m_hunks; }
    QPlainTextEdit* messageEdit() const { return m_message; }
    QPushButton* commitButton() const { return m_commit; }
    QPushButton* stageHunkButton() const { return m_stageHunk; }
    QPushButton* unstageHunkButton() const { return m_unstageHunk; }
    QLabel* branchLabel() const { return m_branch; }
    QLabel* messageCheckLabel() const { return m_check; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* abortRebaseButton() const { return m_abortRebase; }
    QPushButton* commitAndPushButton() const { return m_commitPush; }
    QListWidget* findingsView() const { return m_findings; }
    QPushButton* commitAnywayButton() const { return m_commitAnyway; }

public Q_SLOTS:
    void showChanges(const fleetdesk::GitChanges& changes);
    void showResult(const fleetdesk::GitOperationResult& result);
    void showProgress(const QString& repository, const fleetdesk::GitTransferProgress& progress);

Q_SIGNALS:
    void refreshRequested(const QString& repository);
    void stageFilesRequested(const QString& repository, const QStringList& paths);
    void unstageFilesRequested(const QString& repository, const QStringList& paths);
    void stageHunkRequested(const QString& repository, const QString& path, const fleetdesk::GitDiffHunk& hunk);
    void unstageHunkRequested(const QString& repository, const QString& path, const fleetdesk::GitDiffHunk& hunk);
    void discardRequested(const QString& repository, const QStringList& paths);
    void commitRequested(const QString& repository, const QString& message);
    void amendRequested(const QString& repository, const QString& message);
    void pullRequested(const QString& repository);
    void pushRequested(const QString& repository);
    /// Commit what is staged and push, after the SOPS commit guard and the lint ran on the staged content (see
    /// GitWorker::commitAndPush); `acceptWarnings` after the user chose "Commit Anyway" on lint warnings.
    void commitAndPushRequested(const QString& repository, const QString& message, bool acceptWarnings);
    void abortRebaseRequested(const QString& repository);
    /// Stop the running pull or push (call GitWorker::cancel(), which is thread-safe, directly).
    void cancelRequested();

private:
    enum class Side { Unstaged, Staged };
    void showHunksOfSelection();
    void updateCommitState();
    void setBusy(bool busy);
    QStringList selectedPaths(Side side) const;
    void stageOrUnstageSelection();
    void showFindings(const GitOperationResult& result);

    QString m_repository;
    GitChanges m_changes;
    QLabel* m_branch;
    QTreeWidget* m_files;
    QTreeWidgetItem* m_conflicted;
    QTreeWidgetItem* m_staged;
    QTreeWidgetItem* m_unstaged;
    QTreeWidgetItem* m_untracked;
    QListWidget* m_hunks;
    QPushButton* m_stageFiles;
    QPushButton* m_unstageFiles;
    QPushButton* m_discard;
    QPushButton* m_stageHunk;
    QPushButton* m_unstageHunk;
    QPlainTextEdit* m_message;
    QLabel* m_check;
    QCheckBox* m_amend;
    QPushButton* m_commit;
    QPushButton* m_commitPush;
    QListWidget* m_findings;
    QPushButton* m_commitAnyway;
    QPushButton* m_pull;
    QPushButton* m_push;
    QPushButton* m_cancel;
    QPushButton* m_abortRebase;
    QProgressBar* m_progress;
    QLabel* m_result;
};

} // namespace fleetdesk
