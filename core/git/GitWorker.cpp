#include "GitWorker.h"

#include "git/GitHandles.h"
#include "git/GitSync.h"
#include "git/StagedCommitCheck.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include <git2.h>

namespace fleetdesk {

namespace {

QString keyFileOfPrompt(const QString& prompt)
{
    static const QRegularExpression keyPrompt(QStringLiteral("passphrase for key '([^']+)'"));
    const auto match = keyPrompt.match(prompt);
    return match.hasMatch() ? match.captured(1) : QString();
}

GitOperationResult resultFor(const QString& repository, const QString& operation)
{
    GitOperationResult result;
    result.repository = repository;
    result.operation = operation;
    return result;
}

} // namespace

GitWorker::GitWorker(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    qRegisterMetaType<GitChanges>();
    qRegisterMetaType<GitOperationResult>();
    qRegisterMetaType<GitDiffHunk>();
    qRegisterMetaType<GitTransferProgress>();
}

GitWorker::~GitWorker() = default;

void GitWorker::cancel()
{
    m_cancelled = true;
}

void GitWorker::setRemoteDefaults(const GitRemoteCallbacks& defaults)
{
    m_defaults = defaults;
}

Result<GitRepository*> GitWorker::open(const QString& repository)
{
    auto found = m_repositories.find(repository);
    if (found != m_repositories.end())
        return found->second.get();
    auto opened = GitRepository::open(repository);
    if (!opened)
        return std::unexpected(opened.error());
    auto& slot = m_repositories[repository];
    slot = std::make_unique<GitRepository>(std::move(*opened));
    return slot.get();
}

void GitWorker::refresh(const QString& repository)
{
    auto opened = open(repository);
    if (!opened) {
        finish(resultFor(repository, QStringLiteral("refresh")), std::unexpected(opened.error()), false);
        return;
    }
    GitRepository* git = *opened;
    GitChanges changes;
    changes.repository = repository;
    auto status = git->status();
    auto unstaged = git->unstagedDiff();
    auto staged = git->stagedDiff();
    if (!status || !unstaged || !staged) {
        const Error error = !status ? status.error() : !unstaged ? unstaged.error() : staged.error();
        finish(resultFor(repository, QStringLiteral("refresh")), std::unexpected(error), false);
        return;
    }
    changes.status = *status;
    changes.unstaged = *unstaged;
    changes.staged = *staged;
    if (auto templateFile = git->configValue(QStringLiteral("commit.template")); templateFile && !templateFile->isEmpty()) {
        QString path = *templateFile;
        if (path.startsWith(QLatin1String("~/")))
            path = QDir::homePath() + path.mid(1);
        else if (QDir::isRelativePath(path))
            path = git->workdir() + path;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            changes.commitTemplate = QString::fromUtf8(file.readAll());
    }
    m_lastChanges[repository] = changes;
    Q_EMIT changesReady(changes);
}

void GitWorker::refreshPaths(const QString& repository, const QStringList& paths)
{
    auto cached = m_lastChanges.find(repository);
    auto opened = open(repository);
    if (cached == m_lastChanges.end() || paths.isEmpty() || !opened) {
        refresh(repository);
        return;
    }
    GitRepository* git = *opened;
    auto status = git->status(paths);
    auto unstaged = git->unstagedDiff(paths);
    auto staged = git->stagedDiff(paths);
    if (!status || !unstaged || !staged) {
        refresh(repository);
        return;
    }
    GitChanges& changes = cached->second;
    changes.status.replacePaths(paths, *status);
    auto replace = [&paths](QList<GitFileDiff>& diffs, const QList<GitFileDiff>& fresh) {
        diffs.removeIf([&paths](const GitFileDiff& diff) { return paths.contains(diff.path) || paths.contains(diff.oldPath); });
        diffs.append(fresh);
        std::sort(diffs.begin(), diffs.end(), [](const GitFileDiff& a, const GitFileDiff& b) { return a.path < b.path; });
    };
    replace(changes.unstaged, *unstaged);
    replace(changes.staged, *staged);
    Q_EMIT changesReady(changes);
}

void GitWorker::finish(GitOperationResult result, const Result<void>& outcome, bool refreshAfter)
{
    if (!outcome && result.errorCode.isEmpty()) {
        result.errorCode = outcome.error().code.isEmpty() ? QStringLiteral("git.failed") : outcome.error().code;
        result.message = GitSync::redactCredentials(outcome.error().toString());
        // ssh gave up on a key passphrase nobody answered (OpenSSH reports "Permission denied"): the user is to be
        // asked, not told that the credentials were wrong.
        if (!result.secretPrompt.isEmpty() && result.errorCode == QLatin1String("git.credentials.refused"))
            result.errorCode = QStringLiteral("git.credentials.required");
    }
    if (!m_rememberFailure.isEmpty()) {
        // The answer was used but could not be remembered: say so with the operation it was given for.
        result.message += QLatin1Char(' ') + tr("(The answer was not remembered: %1)").arg(m_rememberFailure);
        m_rememberFailure.clear();
    }
    const QString repository = result.repository;
    Q_EMIT operationFinished(result);
    if (refreshAfter)
        refresh(repository);
}

template<typename Operation>
void GitWorker::run(const QString& repository, const QString& name, Operation operation, bool refreshAfter)
{
    GitOperationResult result = resultFor(repository, name);
    auto opened = open(repository);
    if (!opened) {
        finish(result, std::unexpected(opened.error()), false);
        return;
    }
    finish(result, operation(**opened, result), refreshAfter);
}

void GitWorker::stageFiles(const QString& repository, const QStringList& paths)
{
    run(repository, QStringLiteral("stage"), [&](GitRepository& git, GitOperationResult&) { return git.stage(paths); });
}

void GitWorker::unstageFiles(const QString& repository, const QStringList& paths)
{
    run(repository, QStringLiteral("unstage"), [&](GitRepository& git, GitOperationResult&) { return git.unstage(paths); });
}

void GitWorker::stageHunk(const QString& repository, const QString& path, const GitDiffHunk& hunk)
{
    run(repository, QStringLiteral("stage-hunk"),
        [&](GitRepository& git, GitOperationResult&) { return git.stageHunk(path, hunk); });
}

void GitWorker::unstageHunk(const QString& repository, const QString& path, const GitDiffHunk& hunk)
{
    run(repository, QStringLiteral("unstage-hunk"),
        [&](GitRepository& git, GitOperationResult&) { return git.unstageHunk(path, hunk); });
}

void GitWorker::discardFiles(const QString& repository, const QStringList& paths)
{
    run(repository, QStringLiteral("discard"), [&](GitRepository& git, GitOperationResult& result) -> Result<void> {
        auto stash = git.discard(paths, GitRepository::DiscardScope::WorkTree);
        if (!stash)
            return std::unexpected(stash.error());
        result.message = tr("Discarded %1; the content is kept in the stash entry %2").arg(paths.join(QLatin1String(", ")), stash->left(10));
        return {};
    });
}

void GitWorker::commit(const QString& repository, const QString& message)
{
    run(repository, QStringLiteral("commit"), [&](GitRepository& git, GitOperationResult& result) -> Result<void> {
        auto id = git.commitStaged(message);
        if (!id)
            return std::unexpected(id.error());
        result.message = tr("Committed %1").arg(id->left(10));
        return {};
    });
}

void GitWorker::amend(const QString& repository, const QString& message)
{
    run(repository, QStringLiteral("amend"), [&](GitRepository& git, GitOperationResult& result) -> Result<void> {
        auto id = git.amendLastCommit(message);
        if (!id)
            return std::unexpected(id.error());
        result.message = tr("Amended the last commit: %1").arg(id->left(10));
        return {};
    });
}

GitRemoteCallbacks GitWorker::remoteCallbacks(const QString& repository, GitOperationResult* result)
{
    m_cancelled = false;
    GitRemoteCallbacks callbacks = m_defaults;
    callbacks.isCancelled = [this] { return m_cancelled.load(); };
    callbacks.progress = [this, repository](const GitTransferProgress& progress) { Q_EMIT progressed(repository, progress); };
    callbacks.credentials = [this, result](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        result->credentialUrl = request.url;
        if (!request.userPassword || request.attempt > 1)
            return std::nullopt; // a refused answer is not tried again: the UI asks anew
        const QString key = SecretStore::secretKeyForUrl(request.url);
        if (const auto found = m_sessionCredentials.constFind(key); found != m_sessionCredentials.constEnd())
            return GitCredential{GitCredential::Kind::UserPassword, found->first, found->second, {}, {}};
        if (m_secrets) {
            auto stored = m_secrets->read(key);
            if (stored && stored->has_value()) {
                // Stored as "username\nsecret".
                const SecureBuffer& value = **stored;
                const std::string_view view(value.chars(), value.size());
                const size_t newline = view.find('\n');
                if (newline != std::string_view::npos)
                    return GitCredential{GitCredential::Kind::UserPassword, QString::fromUtf8(view.substr(0, newline)),
                                         SecureBuffer::fromString(view.substr(newline + 1)), {}, {}};
            }
        }
        return std::nullopt;
    };
    auto asked = std::make_shared<QSet<QString>>();
    callbacks.askSecret = [this, result, asked](const QString& prompt) -> std::optional<SecureBuffer> {
        // ssh asks again after a wrong passphrase: then the one we have is wrong, and the user is asked.
        const bool again = asked->contains(prompt);
        asked->insert(prompt);
        if (again) {
            m_sessionSecrets.remove(prompt);
            result->secretPrompt = prompt;
            return std::nullopt;
        }
        if (const auto found = m_sessionSecrets.constFind(prompt); found != m_sessionSecrets.constEnd())
            return *found;
        const QString keyFile = keyFileOfPrompt(prompt);
        if (m_secrets && !keyFile.isEmpty()) {
            auto stored = m_secrets->read(SecretStore::secretKeyForSshKey(keyFile));
            if (stored && stored->has_value())
                return **stored;
        }
        result->secretPrompt = prompt;
        return std::nullopt;
    };
    // A key trusted once answers this operation only (the one sent again after the dialog): it is not recorded, and
    // the next operation asks again.
    const auto trustedOnce = std::make_shared<const QSet<QString>>(std::exchange(m_sessionOnlyHostKeys, {}));
    callbacks.trustUnknownHost = [this, result, trustedOnce](const SshHostKey& key) {
        if (m_approvedHostKeys.contains(key.sha256Fingerprint()) || trustedOnce->contains(key.sha256Fingerprint()))
            return true;
        result->hostKeyPending = true;
        result->hostKeyName = key.knownHostsName();
        result->hostKeyType = key.type;
        result->hostKeyFingerprint = key.sha256Fingerprint();
        return false;
    };
    callbacks.rememberTrustedHost = [trustedOnce](const SshHostKey& key) {
        return !trustedOnce->contains(key.sha256Fingerprint());
    };
    return callbacks;
}

void GitWorker::pull(const QString& repository)
{
    run(repository, QStringLiteral("pull"), [&](GitRepository& git, GitOperationResult& result) -> Result<void> {
        auto pulled = GitSync::pull(git, remoteCallbacks(repository, &result));
        if (!pulled)
            return std::unexpected(pulled.error());
        if (pulled->outcome == GitPullResult::Outcome::Conflicted) {
            result.errorCode = QStringLiteral("git.rebase.conflict");
            result.conflictedFiles = pulled->conflictedFiles;
            result.message = tr("The rebase stopped on conflicts in %1. Resolve them, or abort to go back to where "
                                "you were.")
                                 .arg(pulled->conflictedFiles.join(QLatin1String(", ")));
        }
        return {};
    });
}

void GitWorker::push(const QString& repository)
{
    run(repository, QStringLiteral("push"), [&](GitRepository& git, GitOperationResult& result) -> Result<void> {
        auto pushed = GitSync::push(git, remoteCallbacks(repository, &result));
        if (!pushed)
            return std::unexpected(pushed.error());
        if (pushed->conflicted) {
            result.errorCode = QStringLiteral("git.rebase.conflict");
            result.conflictedFiles = pushed->conflictedFiles;
            result.message = tr("The remote has new commits that conflict with yours in %1. Resolve them, or abort "
                                "to go back to where you were.")
                                 .arg(pushed->conflictedFiles.join(QLatin1String(", ")));
        } else {
            result.message = pushed->rebased ? tr("Pushed after rebasing onto the remote's new commits") : tr("Pushed");
        }
        return {};
    });
}

void GitWorker::commitAndPush(const QString& repository, const QString& message, bool acceptWarnings)
{
    run(repository, QStringLiteral("commit-and-push"), [&](GitRepository& git, GitOperationResult& result) -> Result<void> {
        auto report = StagedCommitCheck::run(git);
        if (!report)
            return std::unexpected(report.error());
        if (report->stagedFiles == 0)
            return makeError(tr("Nothing is staged to commit"), {}, QStringLiteral("commit.nothing"));
        result.checkFindings = report->lines();
        if (report->hasBlocking()) {
            result.errorCode = QStringLiteral("commit.check.failed");
            result.message = tr("Not committed: the staged content has findings that must be fixed first");
            return {};
        }
        if (report->hasWarnings() && !acceptWarnings) {
            result.errorCode = QStringLiteral("commit.check.warnings");
            result.message = tr("Not committed yet: the staged content has lint warnings; commit anyway?");
            return {};
        }
        auto id = git.commitStaged(message);
        if (!id)
            return std::unexpected(id.error());
        auto pushed = GitSync::push(git, remoteCallbacks(repository, &result));
        if (!pushed) {
            const Error& e = pushed.error();
            return makeError(tr("Committed %1, but the push failed: %2").arg(id->left(10), e.message), e.where, e.code);
        }
        if (pushed->conflicted) {
            result.errorCode = QStringLiteral("git.rebase.conflict");
            result.conflictedFiles = pushed->conflictedFiles;
            result.message = tr("Committed %1, but the remote has new commits that conflict with it in %2. Resolve "
                                "them, or abort to go back to where you were.")
                                 .arg(id->left(10), pushed->conflictedFiles.join(QLatin1String(", ")));
            return {};
        }
        result.message = pushed->rebased ? tr("Committed %1 and pushed after rebasing onto the remote's new commits")
                                               .arg(id->left(10))
                                         : tr("Committed %1 and pushed").arg(id->left(10));
        return {};
    });
}

void GitWorker::abortRebase(const QString& repository)
{
    run(repository, QStringLiteral("abort-rebase"), [](GitRepository& git, GitOperationResult&) { return GitSync::abortRebase(git); });
}

void GitWorker::continueRebase(const QString& repository)
{
    run(repository, QStringLiteral("continue-rebase"), [&](GitRepository& git, GitOperationResult& result) -> Result<void> {
        auto continued = GitSync::continueRebase(git);
        if (!continued)
            return std::unexpected(continued.error());
        if (continued->outcome == GitPullResult::Outcome::Conflicted) {
            result.errorCode = QStringLiteral("git.rebase.conflict");
            result.conflictedFiles = continued->conflictedFiles;
            result.message = tr("The next commit conflicts too, in %1.").arg(continued->conflictedFiles.join(QLatin1String(", ")));
        }
        return {};
    });
}

void GitWorker::clone(const QString& url, const QString& path)
{
    GitOperationResult result = resultFor(path, QStringLiteral("clone"));
    auto cloned = GitSync::clone(url, path, remoteCallbacks(path, &result));
    if (!cloned) {
        finish(result, std::unexpected(cloned.error()), false);
        return;
    }
    m_repositories[path] = std::make_unique<GitRepository>(std::move(*cloned));
    result.message = tr("Cloned %1").arg(GitSync::redactCredentials(url));
    finish(result, {}, true);
}

void GitWorker::provideCredential(const QString& url, const QString& username, const QString& secret, bool remember)
{
    const QString key = SecretStore::secretKeyForUrl(url);
    m_sessionCredentials.insert(key, {username, SecureBuffer::fromView(secret.toUtf8())});
    if (remember && m_secrets) {
        SecureBuffer value = SecureBuffer::fromView(username.toUtf8());
        value.append('\n');
        value.append(QByteArrayView(secret.toUtf8()));
        if (auto stored = m_secrets->write(key, value); !stored)
            m_rememberFailure = stored.error().message;
    }
}

void GitWorker::provideSecret(const QString& prompt, const QString& secret, bool remember)
{
    m_sessionSecrets.insert(prompt, SecureBuffer::fromView(secret.toUtf8()));
    const QString keyFile = keyFileOfPrompt(prompt);
    if (remember && m_secrets && !keyFile.isEmpty()) {
        if (auto stored = m_secrets->write(SecretStore::secretKeyForSshKey(keyFile), SecureBuffer::fromView(secret.toUtf8()));
            !stored)
            m_rememberFailure = stored.error().message;
    }
}

void GitWorker::forgetCredentials(const QString& repository)
{
    run(
        repository, QStringLiteral("forget-credentials"),
        [&](GitRepository& git, GitOperationResult& result) -> Result<void> {
            QStringList keys;
            QStringList hosts;
            git_strarray names{};
            if (git_remote_list(&names, git.handle()) == 0) {
                for (size_t i = 0; i < names.count; ++i) {
                    git_remote* raw = nullptr;
                    if (git_remote_lookup(&raw, git.handle(), names.strings[i]) != 0)
                        continue;
                    const git::RemotePtr remote(raw);
                    const QString url = QString::fromUtf8(git_remote_url(remote.get()));
                    if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://")))
                        continue;
                    const QString key = SecretStore::secretKeyForUrl(url);
                    if (!keys.contains(key)) {
                        keys.append(key);
                        hosts.append(key.section(QLatin1Char(':'), 1));
                    }
                }
                git_strarray_dispose(&names);
            }
            QStringList keyFiles;
            for (auto it = m_sessionSecrets.cbegin(); it != m_sessionSecrets.cend(); ++it)
                keyFiles.append(keyFileOfPrompt(it.key()));
            for (qsizetype i = 0; i + 1 < m_defaults.sshArguments.size(); ++i)
                if (m_defaults.sshArguments.at(i) == QLatin1String("-i"))
                    keyFiles.append(m_defaults.sshArguments.at(i + 1));
            for (const char* name : {"id_rsa", "id_ecdsa", "id_ed25519"})
                keyFiles.append(QDir::homePath() + QStringLiteral("/.ssh/") + QString::fromLatin1(name));
            for (const QString& file : std::as_const(keyFiles))
                if (!file.isEmpty() && !keys.contains(SecretStore::secretKeyForSshKey(file)))
                    keys.append(SecretStore::secretKeyForSshKey(file));

            for (const QString& key : std::as_const(keys))
                m_sessionCredentials.remove(key);
            m_sessionSecrets.removeIf([&keyFiles](const auto& entry) { return keyFiles.contains(keyFileOfPrompt(entry.key())); });
            if (m_secrets) {
                for (const QString& key : std::as_const(keys))
                    if (auto removed = m_secrets->remove(key); !removed)
                        return std::unexpected(removed.error());
            }
            result.message = hosts.isEmpty() ? tr("Forgot the saved SSH key passphrases")
                                             : tr("Forgot the saved credentials for %1 and the saved SSH key passphrases")
                                                   .arg(hosts.join(QLatin1String(", ")));
            return {};
        },
        false);
}

void GitWorker::approveHostKey(const QString& fingerprint, bool remember)
{
    if (remember) {
        m_approvedHostKeys.insert(fingerprint);
        m_sessionOnlyHostKeys.remove(fingerprint);
    } else {
        m_sessionOnlyHostKeys.insert(fingerprint);
    }
}

} // namespace fleetdesk
