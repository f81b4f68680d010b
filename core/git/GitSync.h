#pragma once

#include "common/Error.h"
#include "git/GitRemoteCallbacks.h"
#include "git/GitRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace fleetdesk {

/// What a pull (or the rebase inside a push retry) did.
struct GitPullResult
{
    enum class Outcome {
        UpToDate,    ///< nothing new upstream
        FastForward, ///< the branch moved to the upstream
        Rebased,     ///< the local commits were replayed on top of the upstream
        Conflicted,  ///< the rebase stopped on a conflict: see conflictedFiles, then continueRebase or abortRebase
    };
    Outcome outcome = Outcome::UpToDate;
    QStringList conflictedFiles;
};

/// What a push did.
struct GitPushResult
{
    int attempts = 0;          ///< 1 when the first push went through
    bool rebased = false;      ///< the local commits were rebased onto newer remote work before the last attempt
    bool conflicted = false;   ///< the rebase for a retry stopped on a conflict; nothing was pushed
    QStringList conflictedFiles;
    QString serverMessage;     ///< what the server said ("remote:" lines)
};

/// Network operations on a repository, synchronous, for the engine thread: clone, fetch, pull (fast-forward or
/// rebase) and push (with fetch, rebase and retry when the remote moved on). Progress, cancellation, credentials
/// and host-key decisions go through GitRemoteCallbacks. Error messages never contain credentials: user
/// information is removed from every URL in them.
///
/// Error codes: "git.cancelled", "git.credentials.required", "git.credentials.refused", "ssh.hostkey.unknown",
/// "ssh.hostkey.changed", "tls.certificate.untrusted", "tls.certificate.namemismatch", "tls.ca.unreadable" (see
/// TlsTrust), "git.push.rejected" (the server's message included), "git.push.nonfastforward" (still behind after 3
/// attempts), "git.dirty" (a rebase needs a clean work tree), "git.rebase.none", or the libgit2 "git.<class>.<code>".
class GitSync
{
    Q_DECLARE_TR_FUNCTIONS(GitSync)

public:
    static constexpr int maxPushAttempts = 3;

    /// Clones `url` into `path` (which must not exist or be empty) and checks out the default branch.
    static Result<GitRepository> clone(const QString& url, const QString& path, const GitRemoteCallbacks& callbacks);
    /// Fetches `remote` (the current branch's remote when empty, else "origin").
    static Result<void> fetch(const GitRepository& repository, const GitRemoteCallbacks& callbacks,
                              const QString& remote = {});
    /// Fetches, then brings the current branch up to its upstream: fast-forward, or a rebase of the local commits.
    /// A conflict leaves the rebase stopped (Outcome::Conflicted).
    static Result<GitPullResult> pull(const GitRepository& repository, const GitRemoteCallbacks& callbacks);
    /// Pushes the current branch to its upstream (or to origin under the same name, which then becomes the
    /// upstream). When the remote has moved on, fetches, rebases and tries again, at most maxPushAttempts times.
    static Result<GitPushResult> push(const GitRepository& repository, const GitRemoteCallbacks& callbacks);

    /// Goes on with a stopped rebase once the conflicts are resolved and staged.
    static Result<GitPullResult> continueRebase(const GitRepository& repository);
    /// Abandons a stopped rebase: HEAD, the branch, the index and the work tree go back to how they were before.
    static Result<void> abortRebase(const GitRepository& repository);

    /// Trusts the certificate authorities in the PEM file `file` for HTTPS, in addition to the system's and those the
    /// git config names (http.sslCAInfo, http.<url>.sslCAInfo, GIT_SSL_CAINFO; see TlsTrust), for every later network
    /// operation of this process.
    static Result<void> trustCertificateAuthorities(const QString& file);

    /// `text` with the user information (user:password@, token@) removed from every http(s) URL in it.
    static QString redactCredentials(const QString& text);
};

} // namespace fleetdesk
