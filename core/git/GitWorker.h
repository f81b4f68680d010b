#pragma once

#include "git/GitChanges.h"
#include "git/GitRemoteCallbacks.h"
#include "git/GitRepository.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <map>
#include <memory>

namespace fleetdesk {

/// The Git side of the changes panel, for the engine thread: a QObject whose slots run each request synchronously
/// on the thread it lives on and report through signals with value types (connect with queued connections from the
/// GUI). It keeps each repository open between requests.
///
/// Nothing blocks on the user. When an operation needs something only the user can give (HTTPS credentials, an SSH
/// key passphrase, trust in an unknown host key), it fails with a typed GitOperationResult; the UI asks, hands the
/// answer to provideCredential(), provideSecret() or approveHostKey(), and sends the request again.
class GitWorker : public QObject
{
    Q_OBJECT

public:
    /// `secrets` (may be null) remembers answers given with `remember`; it must outlive the worker.
    explicit GitWorker(SecretStore* secrets = nullptr, QObject* parent = nullptr);
    ~GitWorker() override;

    /// Thread-safe: stops the running network operation ("git.cancelled").
    void cancel();
    /// Settings for network operations (known_hosts file, SSH transport and arguments, askpass program). Call before
    /// the worker moves to its thread, or from that thread.
    void setRemoteDefaults(const GitRemoteCallbacks& defaults);

public Q_SLOTS:
    void refresh(const QString& repository);
    /// Refreshes only `paths` (what a file watcher reported) on top of the last refresh: milliseconds instead of a
    /// full status and diff of the work tree. A full refresh when there was none yet.
    void refreshPaths(const QString& repository, const QStringList& paths);
    void stageFiles(const QString& repository, const QStringList& paths);
    void unstageFiles(const QString& repository, const QStringList& paths);
    void stageHunk(const QString& repository, const QString& path, const fleetdesk::GitDiffHunk& hunk);
    void unstageHunk(const QString& repository, const QString& path, const fleetdesk::GitDiffHunk& hunk);
    void discardFiles(const QString& repository, const QStringList& paths);
    void commit(const QString& repository, const QString& message);
    void amend(const QString& repository, const QString& message);
    void pull(const QString& repository);
    void push(const QString& repository);
    /// Checks the staged content first (StagedCommitCheck: SOPS commit guard and lint). Errors refuse the commit
    /// ("commit.check.failed"); lint warnings refuse it too ("commit.check.warnings") unless `acceptWarnings`.
    /// Then commits and pushes; the result's operation is "commit-and-push".
    void commitAndPush(const QString& repository, const QString& message, bool acceptWarnings);
    void abortRebase(const QString& repository);
    /// Goes on with a stopped rebase after the conflicts were resolved and staged.
    void continueRebase(const QString& repository);
    /// Clones `url` into `path`; the result's repository is `path`.
    void clone(const QString& url, const QString& path);

    /// HTTPS credentials for the host of `url`, for this session; also stored in the SecretStore with `remember`.
    void provideCredential(const QString& url, const QString& username, const QString& secret, bool remember);
    /// The answer to an OpenSSH prompt (a key passphrase); with `remember`, a key passphrase goes to the SecretStore.
    void provideSecret(const QString& prompt, const QString& secret, bool remember);
    /// Forgets what the user let Fleetdesk remember for `repository`, in this session and in the SecretStore: the
    /// HTTPS tokens of its remotes' hosts and the passphrases of the SSH keys it may use (keys asked for in this
    /// session, keys given with -i, and ~/.ssh/id_*). The next push or pull asks again. The result's operation is
    /// "forget-credentials".
    void forgetCredentials(const QString& repository);
    /// Trusts the host key with this SHA256 fingerprint. With `remember` it is recorded in known_hosts; without
    /// ("Trust Once"), it is trusted for the next network operation only and not recorded: the one after asks again.
    void approveHostKey(const QString& fingerprint, bool remember = true);

Q_SIGNALS:
    void changesReady(const fleetdesk::GitChanges& changes);
    void operationFinished(const fleetdesk::GitOperationResult& result);
    void progressed(const QString& repository, const fleetdesk::GitTransferProgress& progress);

private:
    Result<GitRepository*> open(const QString& repository);
    GitRemoteCallbacks remoteCallbacks(const QString& repository, GitOperationResult* result);
    void finish(GitOperationResult result, const Result<void>& outcome, bool refreshAfter = true);
    template<typename Operation>
    void run(const QString& repository, const QString& name, Operation operation, bool refreshAfter = true);

    SecretStore* m_secrets = nullptr;
    GitRemoteCallbacks m_defaults;
    std::map<QString, std::unique_ptr<GitRepository>> m_repositories;
    std::map<QString, GitChanges> m_lastChanges;
    QHash<QString, std::pair<QString, SecureBuffer>> m_sessionCredentials; ///< by SecretStore key
    QHash<QString, SecureBuffer> m_sessionSecrets;                          ///< by prompt
    QString m_rememberFailure; ///< why the last answer given with `remember` could not be stored; told once
    QSet<QString> m_approvedHostKeys;
    QSet<QString> m_sessionOnlyHostKeys; ///< trusted once: handed to the next network operation's callbacks
    std::atomic<bool> m_cancelled = false;
};

} // namespace fleetdesk
