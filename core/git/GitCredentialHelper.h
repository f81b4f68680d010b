#pragma once

#include "common/Error.h"
#include "git/GitRemoteCallbacks.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct git_repository;

namespace fleetdesk {

/// The `credential.helper`s of the git config, for HTTPS. `store` is read natively from ~/.git-credentials
/// ($XDG_CONFIG_HOME/git/credentials, or --file=...), so it works without git installed; other helpers (`cache`,
/// `libsecret`, absolute paths, "!shell commands") are run with git's credential helper protocol. Secrets never
/// reach a log or an error message.
class GitCredentialHelper
{
    Q_DECLARE_TR_FUNCTIONS(GitCredentialHelper)

public:
    /// The helpers configured for `url` (credential.<url>.helper and credential.helper), from the repository's
    /// config or, without one, the global config. An empty helper value resets the list, as in git.
    static QStringList helpersFor(git_repository* repository, const QString& url);
    /// Asks the helpers in turn for the username and password of `url`; nothing when none knows it.
    static std::optional<GitCredential> fill(git_repository* repository, const QString& url, const QString& username = {});
    /// Tells the helpers that `credential` worked for `url`, so they can remember it.
    static void approve(git_repository* repository, const QString& url, const GitCredential& credential);

private:
    static std::optional<GitCredential> fillFromStore(const QStringList& files, const QString& url, const QString& username);
    static std::optional<GitCredential> runHelper(const QString& helper, const QString& action, const QString& url,
                                                  const GitCredential* credential);
};

} // namespace fleetdesk
