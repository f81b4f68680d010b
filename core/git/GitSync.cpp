#include "GitSync.h"

#include "git/GitCredentialHelper.h"
#include "git/GitError.h"
#include "git/GitHandles.h"
#include "git/OpenSshTransport.h"
#include "git/TlsTrust.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <git2/branch.h>
#include <git2/clone.h>
#include <git2/common.h>
#include <git2/errors.h>
#include <git2/graph.h>
#include <git2/repository.h>
#include <git2/reset.h>
#include <git2/revparse.h>

namespace fleetdesk {

using namespace fleetdesk::git;

namespace {

/// What the libgit2 callbacks of one operation share. A callback that fails for a reason of ours records it in
/// `failure`, which then replaces libgit2's generic error.
struct CallbackState
{
    const GitRemoteCallbacks* callbacks = nullptr;
    git_repository* repository = nullptr; ///< for its config; null while cloning
    QString url;
    std::pair<QString, QByteArray> verifiedCertificate; ///< the host and the certificate TlsTrust last accepted
    QString host;
    int port = 22;
    int credentialAttempts = 0;
    bool offeredRsaKey = false; ///< libssh2 1.10 signs RSA only with ssh-rsa (SHA-1), which OpenSSH 8.8+ refuses
    GitTransferProgress progress;
    QString serverMessages;
    QStringList rejections;
    std::optional<Error> failure;

    bool cancelled()
    {
        if (callbacks->isCancelled && callbacks->isCancelled()) {
            failure = Error{GitSync::tr("The operation was cancelled"), {}, QStringLiteral("git.cancelled")};
            return true;
        }
        return false;
    }
    void report()
    {
        if (callbacks->progress)
            callbacks->progress(progress);
    }
};

void parseEndpoint(const QString& url, CallbackState* state)
{
    // ssh://[user@]host[:port]/path, or scp-style [user@]host:path.
    state->url = url;
    const QUrl parsed(url);
    if (parsed.isValid() && !parsed.scheme().isEmpty() && !parsed.host().isEmpty()) {
        state->host = parsed.host();
        state->port = parsed.port(parsed.scheme().startsWith(QLatin1String("http")) ? 443 : 22);
        return;
    }
    QString rest = url.section(QLatin1Char(':'), 0, 0);
    state->host = rest.contains(QLatin1Char('@')) ? rest.section(QLatin1Char('@'), -1) : rest;
    state->port = 22;
}

QString rsaHint()
{
    return GitSync::tr("The key is an RSA key: the built-in SSH library (libssh2) can only sign with the old ssh-rsa "
                       "(SHA-1) algorithm, which current OpenSSH servers refuse. Use an ed25519 or ECDSA key, or install "
                       "the OpenSSH client so Fleetdesk can use it.");
}

int acquireCredential(git_credential** out, const char* url, const char* usernameFromUrl, unsigned int allowed,
                      void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    GitCredentialRequest request;
    request.url = GitSync::redactCredentials(QString::fromUtf8(url));
    request.username = QString::fromUtf8(usernameFromUrl ? usernameFromUrl : "");
    request.sshKey = (allowed & GIT_CREDENTIAL_SSH_KEY) != 0;
    request.userPassword = (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) != 0;

    if ((allowed & GIT_CREDENTIAL_USERNAME) && !request.sshKey && !request.userPassword) {
        // libssh2 first asks only for the user name when the URL has none.
        const QByteArray user = request.username.isEmpty() ? qgetenv("USER") : request.username.toUtf8();
        return git_credential_username_new(out, user.constData());
    }

    request.attempt = ++state->credentialAttempts;
    if (request.attempt > state->callbacks->maxCredentialAttempts) {
        state->failure = Error{GitSync::tr("%1 refused the credentials %2 times").arg(request.url).arg(request.attempt - 1),
                               {}, QStringLiteral("git.credentials.refused")};
        if (state->offeredRsaKey)
            state->failure->message += QLatin1Char(' ') + rsaHint();
        return GIT_EUSER;
    }
    std::optional<GitCredential> answer;
    if (request.userPassword && request.attempt == 1 && state->callbacks->useCredentialHelpers)
        answer = GitCredentialHelper::fill(state->repository, QString::fromUtf8(url), request.username);
    if (!answer && state->callbacks->credentials)
        answer = state->callbacks->credentials(request);
    if (!answer && request.sshKey && request.attempt == 1 && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
        answer = GitCredential{GitCredential::Kind::SshAgent, request.username, {}, {}, {}};
    if (!answer) {
        state->failure = Error{GitSync::tr("%1 needs credentials").arg(request.url), {},
                               QStringLiteral("git.credentials.required")};
        return GIT_EUSER;
    }
    const QByteArray user = (answer->username.isEmpty() ? request.username : answer->username).toUtf8();
    SecureBuffer secret = answer->secret;
    secret.append('\0');
    switch (answer->kind) {
    case GitCredential::Kind::UserPassword:
        if (!request.userPassword)
            break;
        return git_credential_userpass_plaintext_new(out, user.constData(), secret.chars());
    case GitCredential::Kind::SshAgent:
        if (!request.sshKey)
            break;
        return git_credential_ssh_key_from_agent(out, user.constData());
    case GitCredential::Kind::SshKeyFile: {
        if (!request.sshKey)
            break;
        QFile publicKeyFile(answer->publicKeyFile.isEmpty() ? answer->privateKeyFile + QStringLiteral(".pub")
                                                            : answer->publicKeyFile);
        if (publicKeyFile.open(QIODevice::ReadOnly) && publicKeyFile.read(8) == "ssh-rsa ")
            state->offeredRsaKey = true;
        const QByteArray privateKey = QFile::encodeName(answer->privateKeyFile);
        const QByteArray publicKey = QFile::encodeName(answer->publicKeyFile);
        return git_credential_ssh_key_new(out, user.constData(), publicKey.isEmpty() ? nullptr : publicKey.constData(),
                                          privateKey.constData(), answer->secret.isEmpty() ? nullptr : secret.chars());
    }
    }
    state->failure = Error{GitSync::tr("%1 does not accept this kind of credentials").arg(request.url), {},
                           QStringLiteral("git.credentials.refused")};
    return GIT_EUSER;
}

/// The http.* variables of the operation's config (the repository's, or the user's while cloning), in git's order.
QList<GitUrlConfig::Entry> httpConfig(git_repository* repository)
{
    git_config* raw = nullptr;
    const int code = repository ? git_repository_config_snapshot(&raw, repository) : git_config_open_default(&raw);
    if (code < 0)
        return {};
    const ConfigPtr config(raw);
    QList<GitUrlConfig::Entry> entries;
    git_config_foreach_match(
        config.get(), "^http\\.",
        [](const git_config_entry* entry, void* payload) {
            static_cast<QList<GitUrlConfig::Entry>*>(payload)->append(
                {QString::fromUtf8(entry->name), QString::fromUtf8(entry->value)});
            return 0;
        },
        &entries);
    return entries;
}

/// libgit2 (mbedTLS on Debian) checked the certificate against the system bundle it parsed when it was initialised,
/// on the first use of libgit2 in the process (GitLibrary). One it finds not valid is checked again here, with
/// OpenSSL, against the system's authorities and the custom ones, whose files TlsTrust reads for each check.
int checkTlsCertificate(const git_cert_x509* certificate, int valid, const char* host, CallbackState* state)
{
    if (valid)
        return 0;
    const QString name = host ? QString::fromUtf8(host) : state->host;
    const QByteArray der(static_cast<const char*>(certificate->data), qsizetype(certificate->len));
    if (state->verifiedCertificate == std::pair(name, der))
        return 0; // the same server again: libgit2 connects once per request
    const TlsTrust trust = TlsTrust::forUrl(httpConfig(state->repository), state->url);
    auto verified = trust.verify(der, name);
    if (verified) {
        state->verifiedCertificate = {name, der};
        return 0;
    }
    state->failure = verified.error();
    return GIT_ECERTIFICATE;
}

int checkCertificate(git_cert* certificate, int valid, const char* host, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    if (certificate->cert_type == GIT_CERT_X509)
        return checkTlsCertificate(reinterpret_cast<const git_cert_x509*>(certificate), valid, host, state);
    if (certificate->cert_type != GIT_CERT_HOSTKEY_LIBSSH2)
        return valid ? 0 : GIT_PASSTHROUGH;
    const auto* hostKey = reinterpret_cast<const git_cert_hostkey*>(certificate);
    if (!(hostKey->type & GIT_CERT_SSH_RAW)) {
        state->failure = Error{GitSync::tr("The SSH library did not provide the host key of %1").arg(QString::fromUtf8(host)),
                               {}, QStringLiteral("ssh.hostkey.unknown")};
        return GIT_ECERTIFICATE;
    }
    SshHostKey key;
    key.host = host ? QString::fromUtf8(host) : state->host;
    key.port = state->port;
    key.blob = QByteArray(hostKey->hostkey, qsizetype(hostKey->hostkey_len));
    key.type = KnownHosts::typeOfBlob(key.blob);
    const QString file = state->callbacks->knownHostsFile.isEmpty() ? KnownHosts::defaultFile()
                                                                    : state->callbacks->knownHostsFile;
    const auto verdict = KnownHosts::check(file, key);
    if (!verdict) {
        state->failure = verdict.error();
        return GIT_ECERTIFICATE;
    }
    switch (verdict->verdict) {
    case KnownHosts::Verdict::Known:
        return 0;
    case KnownHosts::Verdict::Changed:
        state->failure = KnownHosts::changedKeyError(file, key, verdict->line);
        return GIT_ECERTIFICATE;
    case KnownHosts::Verdict::Unknown:
        break;
    }
    if (state->callbacks->trustUnknownHost && state->callbacks->trustUnknownHost(key)) {
        if (state->callbacks->rememberTrustedHost && !state->callbacks->rememberTrustedHost(key))
            return 0;
        if (auto added = KnownHosts::add(file, key); !added) {
            state->failure = added.error();
            return GIT_ECERTIFICATE;
        }
        return 0;
    }
    state->failure = Error{GitSync::tr("The authenticity of host %1 can't be established: it is not in %2. Its %3 key "
                                       "fingerprint is %4.")
                               .arg(key.knownHostsName(), file, key.type, key.sha256Fingerprint()),
                           {}, QStringLiteral("ssh.hostkey.unknown")};
    return GIT_ECERTIFICATE;
}

int onTransferProgress(const git_indexer_progress* stats, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    state->progress.receivedObjects = int(stats->received_objects);
    state->progress.indexedObjects = int(stats->indexed_objects);
    state->progress.totalObjects = int(stats->total_objects);
    state->progress.receivedBytes = qint64(stats->received_bytes);
    state->report();
    return state->cancelled() ? GIT_EUSER : 0;
}

int onSideband(const char* text, int length, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    const QString message = QString::fromUtf8(text, length);
    state->serverMessages += message;
    const QString last = message.split(QRegularExpression(QStringLiteral("[\r\n]")), Qt::SkipEmptyParts).value(0).trimmed();
    if (!last.isEmpty()) {
        state->progress.serverMessage = last;
        state->report();
    }
    return state->cancelled() ? GIT_EUSER : 0;
}

int onPushProgress(unsigned int current, unsigned int total, size_t bytes, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    state->progress.sentObjects = int(current);
    state->progress.totalToSend = int(total);
    state->progress.sentBytes = qint64(bytes);
    state->report();
    return state->cancelled() ? GIT_EUSER : 0;
}

int onPushUpdate(const char* reference, const char* status, void* payload)
{
    auto* state = static_cast<CallbackState*>(payload);
    if (status)
        state->rejections.append(QStringLiteral("%1: %2").arg(QString::fromUtf8(reference), QString::fromUtf8(status)));
    return 0;
}

git_remote_callbacks makeCallbacks(CallbackState* state)
{
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = acquireCredential;
    callbacks.certificate_check = checkCertificate;
    callbacks.transfer_progress = onTransferProgress;
    callbacks.sideband_progress = onSideband;
    callbacks.push_transfer_progress = onPushProgress;
    callbacks.push_update_reference = onPushUpdate;
    callbacks.payload = state;
    return callbacks;
}

Error failureOf(int code, CallbackState& state, const QString& what)
{
    Error error = state.failure ? *state.failure : GitError::fromLastError(code, what);
    if (!state.failure && code == GIT_EAUTH) {
        error.code = QStringLiteral("git.credentials.refused");
        if (state.offeredRsaKey)
            error.message += QLatin1Char(' ') + rsaHint();
    }
    if (!state.failure && !state.serverMessages.trimmed().isEmpty())
        error.message += QLatin1Char('\n') + GitSync::tr("The server said: %1").arg(state.serverMessages.trimmed());
    error.message = GitSync::redactCredentials(error.message);
    return error;
}

QString remoteUrl(git_remote* remote)
{
    const char* url = git_remote_url(remote);
    return url ? QString::fromUtf8(url) : QString();
}

/// The current branch, its remote and the remote branch it tracks ("refs/heads/main").
struct Tracking
{
    QByteArray branch;      // "main"
    QByteArray remote;      // "origin"
    QByteArray mergeRef;    // "refs/heads/main"
    bool configured = false;
};

Result<Tracking> trackingOf(git_repository* repository)
{
    git_reference* rawHead = nullptr;
    int code = git_repository_head(&rawHead, repository);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot read the current branch")));
    const ReferencePtr head(rawHead);
    if (!git_reference_is_branch(head.get()))
        return makeError(GitSync::tr("HEAD is detached: check out a branch first"), {}, QStringLiteral("git.detached"));
    Tracking tracking;
    tracking.branch = git_reference_shorthand(head.get());
    git_config* rawConfig = nullptr;
    code = git_repository_config_snapshot(&rawConfig, repository);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot read the git config")));
    const ConfigPtr config(rawConfig);
    const char* value = nullptr;
    if (git_config_get_string(&value, config.get(), QByteArray("branch." + tracking.branch + ".remote").constData()) == 0)
        tracking.remote = value;
    if (git_config_get_string(&value, config.get(), QByteArray("branch." + tracking.branch + ".merge").constData()) == 0)
        tracking.mergeRef = value;
    tracking.configured = !tracking.remote.isEmpty() && !tracking.mergeRef.isEmpty();
    if (tracking.remote.isEmpty())
        tracking.remote = "origin";
    if (tracking.mergeRef.isEmpty())
        tracking.mergeRef = "refs/heads/" + tracking.branch;
    return tracking;
}

Result<RemotePtr> lookupRemote(git_repository* repository, const QByteArray& name)
{
    git_remote* raw = nullptr;
    const int code = git_remote_lookup(&raw, repository, name.constData());
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot find the remote %1")
                                                                 .arg(QString::fromUtf8(name))));
    return RemotePtr(raw);
}

Result<void> fetchRemote(git_repository* repository, const QByteArray& name, const GitRemoteCallbacks& callbacks)
{
    auto remote = lookupRemote(repository, name);
    if (!remote)
        return std::unexpected(remote.error());
    CallbackState state;
    state.callbacks = &callbacks;
    state.repository = repository;
    parseEndpoint(remoteUrl(remote->get()), &state);
    const OpenSshTransport::Operation ssh(callbacks, &state.failure);
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks = makeCallbacks(&state);
    options.prune = GIT_FETCH_PRUNE_UNSPECIFIED;
    const int code = git_remote_fetch(remote->get(), nullptr, &options, nullptr);
    if (code < 0)
        return std::unexpected(failureOf(code, state, GitSync::tr("cannot fetch from %1").arg(QString::fromUtf8(name))));
    return {};
}

QStringList conflictedFiles(const GitRepository& repository)
{
    auto status = repository.status();
    return status ? status->conflictedPaths() : QStringList();
}

int createSignedCommit(git_oid* out, const git_signature* author, const git_signature* committer, const char* encoding,
                       const char* message, const git_tree* tree, size_t parentCount, const git_commit* parents[],
                       void* payload)
{
    const auto* repository = static_cast<const GitRepository*>(payload);
    auto signing = repository->signingConfig();
    if (!signing || !signing->sign)
        return GIT_PASSTHROUGH;
    git::Buffer content;
    int code = git_commit_create_buffer(&content.buf, repository->handle(), author, committer, encoding, message, tree,
                                        parentCount, parents);
    if (code < 0)
        return code;
    signing->committer = QStringLiteral("%1 <%2>").arg(QString::fromUtf8(committer->name), QString::fromUtf8(committer->email));
    auto signature = GitCommitSigner::sign(*signing, QByteArray(content.buf.ptr, qsizetype(content.buf.size)));
    if (!signature) {
        git_error_set_str(GIT_ERROR_CALLBACK, signature.error().message.toUtf8().constData());
        return GIT_EUSER;
    }
    return git_commit_create_with_signature(out, repository->handle(), content.buf.ptr, signature->constData(), nullptr);
}

git_rebase_options rebaseOptions(const GitRepository& repository)
{
    git_rebase_options options = GIT_REBASE_OPTIONS_INIT;
    options.checkout_options.checkout_strategy = GIT_CHECKOUT_SAFE;
    options.commit_create_cb = createSignedCommit;
    options.payload = const_cast<GitRepository*>(&repository);
    return options;
}

/// Replays the remaining operations of `rebase`; stops at the first conflict.
Result<GitPullResult> runRebase(const GitRepository& repository, git_rebase* rebase, bool commitCurrent)
{
    auto who = repository.configuredSignature();
    if (!who)
        return std::unexpected(who.error());
    git_signature* rawCommitter = nullptr;
    int code = git_signature_now(&rawCommitter, who->name.toUtf8().constData(), who->email.toUtf8().constData());
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("invalid committer")));
    const SignaturePtr committer(rawCommitter);

    auto commit = [&]() -> Result<bool> {
        if (!conflictedFiles(repository).isEmpty())
            return false;
        git_oid id;
        const int result = git_rebase_commit(&id, rebase, nullptr, committer.get(), nullptr, nullptr);
        if (result < 0 && result != GIT_EAPPLIED)
            return std::unexpected(GitError::fromLastError(result, GitSync::tr("cannot commit during the rebase")));
        return true;
    };
    if (commitCurrent) {
        auto done = commit();
        if (!done)
            return std::unexpected(done.error());
        if (!*done)
            return GitPullResult{GitPullResult::Outcome::Conflicted, conflictedFiles(repository)};
    }
    git_rebase_operation* operation = nullptr;
    while ((code = git_rebase_next(&operation, rebase)) == 0) {
        auto done = commit();
        if (!done)
            return std::unexpected(done.error());
        if (!*done)
            return GitPullResult{GitPullResult::Outcome::Conflicted, conflictedFiles(repository)};
    }
    if (code != GIT_ITEROVER)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot apply the next commit of the rebase")));
    code = git_rebase_finish(rebase, committer.get());
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot finish the rebase")));
    return GitPullResult{GitPullResult::Outcome::Rebased, {}};
}

/// Brings the current branch up to `upstreamName` (a remote-tracking ref) after a fetch.
Result<GitPullResult> integrate(const GitRepository& repository, const QByteArray& upstreamName)
{
    git_repository* handle = repository.handle();
    git_oid upstreamId;
    int code = git_reference_name_to_id(&upstreamId, handle, upstreamName.constData());
    if (code == GIT_ENOTFOUND)
        return GitPullResult{}; // the remote branch does not exist yet
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot read the upstream branch")));
    git_oid headId;
    code = git_reference_name_to_id(&headId, handle, "HEAD");
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot read HEAD")));
    size_t ahead = 0;
    size_t behind = 0;
    code = git_graph_ahead_behind(&ahead, &behind, handle, &headId, &upstreamId);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot compare the branch with its upstream")));
    if (behind == 0)
        return GitPullResult{};

    auto status = repository.status();
    if (!status)
        return std::unexpected(status.error());
    if (!status->stagedPaths().isEmpty() || !status->unstagedPaths().isEmpty() || !status->conflictedPaths().isEmpty())
        return makeError(GitSync::tr("Commit or discard your changes before pulling: %1")
                             .arg((status->stagedPaths() + status->unstagedPaths()).join(QLatin1String(", "))),
                         {}, QStringLiteral("git.dirty"));

    git_annotated_commit* rawUpstream = nullptr;
    git_reference* rawReference = nullptr;
    code = git_reference_lookup(&rawReference, handle, upstreamName.constData());
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot read the upstream branch")));
    const ReferencePtr upstreamReference(rawReference);
    code = git_annotated_commit_from_ref(&rawUpstream, handle, upstreamReference.get());
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot read the upstream branch")));
    const AnnotatedCommitPtr upstream(rawUpstream);

    if (ahead == 0) { // fast-forward
        git_object* rawTarget = nullptr;
        code = git_object_lookup(&rawTarget, handle, &upstreamId, GIT_OBJECT_COMMIT);
        if (code < 0)
            return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot read the upstream commit")));
        const ObjectPtr target(rawTarget);
        git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
        checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
        code = git_checkout_tree(handle, target.get(), &checkout);
        if (code < 0)
            return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot update the work tree")));
        git_reference* rawHead = nullptr;
        code = git_repository_head(&rawHead, handle);
        if (code >= 0) {
            const ReferencePtr head(rawHead);
            git_reference* rawMoved = nullptr;
            code = git_reference_set_target(&rawMoved, head.get(), &upstreamId, "pull: fast-forward");
            git_reference_free(rawMoved);
        }
        if (code < 0)
            return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot move the branch")));
        return GitPullResult{GitPullResult::Outcome::FastForward, {}};
    }

    git_rebase_options options = rebaseOptions(repository);
    git_rebase* rawRebase = nullptr;
    code = git_rebase_init(&rawRebase, handle, nullptr, upstream.get(), nullptr, &options);
    if (code < 0)
        return std::unexpected(GitError::fromLastError(code, GitSync::tr("cannot start the rebase")));
    const RebasePtr rebase(rawRebase);
    return runRebase(repository, rebase.get(), false);
}

Result<QByteArray> trackingRefName(git_repository* repository, const Tracking& tracking)
{
    git::Buffer name;
    QByteArray fullBranch = "refs/heads/" + tracking.branch;
    if (tracking.configured) {
        const int code = git_branch_upstream_name(&name.buf, repository, fullBranch.constData());
        if (code == 0)
            return QByteArray(name.buf.ptr, qsizetype(name.buf.size));
    }
    QByteArray branch = tracking.mergeRef;
    branch.replace("refs/heads/", "");
    return "refs/remotes/" + tracking.remote + "/" + branch;
}

} // namespace

Result<void> GitSync::trustCertificateAuthorities(const QString& file)
{
    if (!QFile::exists(file))
        return makeError(tr("the certificate file %1 does not exist").arg(file), {file}, QStringLiteral("io.read"));
    TlsTrust::addProcessAuthorities(file);
    return {};
}

QString GitSync::redactCredentials(const QString& text)
{
    static const QRegularExpression userInfo(QStringLiteral("(https?://)[^/@\\s]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression password(QStringLiteral("([a-z][a-z0-9+.-]*://[^/:@\\s]*):[^/@\\s]*@"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(userInfo, QStringLiteral("\\1"));
    result.replace(password, QStringLiteral("\\1@"));
    return result;
}

Result<GitRepository> GitSync::clone(const QString& url, const QString& path, const GitRemoteCallbacks& callbacks)
{
    GitLibrary library;
    CallbackState state;
    state.callbacks = &callbacks;
    parseEndpoint(url, &state);
    const OpenSshTransport::Operation ssh(callbacks, &state.failure);
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    options.fetch_opts.callbacks = makeCallbacks(&state);
    options.checkout_opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    git_repository* raw = nullptr;
    const QByteArray rawUrl = url.toUtf8();
    const int code = git_clone(&raw, rawUrl.constData(), QFile::encodeName(path).constData(), &options);
    if (code < 0)
        return std::unexpected(failureOf(code, state, tr("cannot clone %1").arg(redactCredentials(url))));
    git_repository_free(raw);
    return GitRepository::open(path);
}

Result<void> GitSync::fetch(const GitRepository& repository, const GitRemoteCallbacks& callbacks, const QString& remote)
{
    QByteArray name = remote.toUtf8();
    if (name.isEmpty()) {
        auto tracking = trackingOf(repository.handle());
        name = tracking ? tracking->remote : QByteArray("origin");
    }
    return fetchRemote(repository.handle(), name, callbacks);
}

Result<GitPullResult> GitSync::pull(const GitRepository& repository, const GitRemoteCallbacks& callbacks)
{
    auto tracking = trackingOf(repository.handle());
    if (!tracking)
        return std::unexpected(tracking.error());
    if (auto fetched = fetchRemote(repository.handle(), tracking->remote, callbacks); !fetched)
        return std::unexpected(fetched.error());
    auto upstream = trackingRefName(repository.handle(), *tracking);
    if (!upstream)
        return std::unexpected(upstream.error());
    return integrate(repository, *upstream);
}

Result<GitPushResult> GitSync::push(const GitRepository& repository, const GitRemoteCallbacks& callbacks)
{
    git_repository* handle = repository.handle();
    auto tracking = trackingOf(handle);
    if (!tracking)
        return std::unexpected(tracking.error());
    auto remote = lookupRemote(handle, tracking->remote);
    if (!remote)
        return std::unexpected(remote.error());
    const QByteArray refspec = "refs/heads/" + tracking->branch + ":" + tracking->mergeRef;
    char* refspecs[] = {const_cast<char*>(refspec.constData())};
    const git_strarray specs{refspecs, 1};

    GitPushResult result;
    for (int attempt = 1; attempt <= maxPushAttempts; ++attempt) {
        result.attempts = attempt;
        CallbackState state;
        state.callbacks = &callbacks;
        state.repository = handle;
        parseEndpoint(remoteUrl(remote->get()), &state);
        const OpenSshTransport::Operation ssh(callbacks, &state.failure);
        git_push_options options = GIT_PUSH_OPTIONS_INIT;
        options.callbacks = makeCallbacks(&state);
        const int code = git_remote_push(remote->get(), &specs, &options);
        result.serverMessage = state.serverMessages.trimmed();
        const bool behind = code == GIT_ENONFASTFORWARD
            || std::any_of(state.rejections.cbegin(), state.rejections.cend(), [](const QString& rejection) {
                   return rejection.contains(QLatin1String("non-fast-forward"))
                       || rejection.contains(QLatin1String("fetch first"))
                       || rejection.contains(QLatin1String("failed to update ref"))
                       || rejection.contains(QLatin1String("failed to lock"));
               });
        if (code < 0 && !behind)
            return std::unexpected(failureOf(code, state, tr("cannot push to %1").arg(QString::fromUtf8(tracking->remote))));
        if (code >= 0 && state.rejections.isEmpty()) {
            if (!tracking->configured) {
                git_reference* rawBranch = nullptr;
                if (git_branch_lookup(&rawBranch, handle, tracking->branch.constData(), GIT_BRANCH_LOCAL) == 0) {
                    const ReferencePtr branch(rawBranch);
                    QByteArray upstreamName = tracking->remote + "/" + tracking->mergeRef.mid(int(strlen("refs/heads/")));
                    git_branch_set_upstream(branch.get(), upstreamName.constData());
                }
            }
            return result;
        }
        if (!behind) {
            Error error{tr("The server rejected the push: %1").arg(state.rejections.join(QLatin1String("; "))), {},
                        QStringLiteral("git.push.rejected")};
            if (!result.serverMessage.isEmpty())
                error.message += QLatin1Char('\n') + tr("The server said: %1").arg(result.serverMessage);
            error.message = redactCredentials(error.message);
            return std::unexpected(error);
        }
        if (attempt == maxPushAttempts)
            break;
        // The remote has commits we do not: fetch, rebase ours on top, try again.
        if (auto fetched = fetchRemote(handle, tracking->remote, callbacks); !fetched)
            return std::unexpected(fetched.error());
        auto upstream = trackingRefName(handle, *tracking);
        if (!upstream)
            return std::unexpected(upstream.error());
        auto integrated = integrate(repository, *upstream);
        if (!integrated)
            return std::unexpected(integrated.error());
        if (integrated->outcome == GitPullResult::Outcome::Conflicted) {
            result.conflicted = true;
            result.conflictedFiles = integrated->conflictedFiles;
            return result;
        }
        result.rebased = result.rebased || integrated->outcome == GitPullResult::Outcome::Rebased;
    }
    return makeError(tr("The remote kept moving: the push was refused as not a fast-forward %1 times").arg(maxPushAttempts),
                     {}, QStringLiteral("git.push.nonfastforward"));
}

Result<GitPullResult> GitSync::continueRebase(const GitRepository& repository)
{
    git_rebase_options options = rebaseOptions(repository);
    git_rebase* raw = nullptr;
    const int code = git_rebase_open(&raw, repository.handle(), &options);
    if (code < 0)
        return makeError(tr("No rebase is in progress"), {}, QStringLiteral("git.rebase.none"));
    const RebasePtr rebase(raw);
    return runRebase(repository, rebase.get(), true);
}

Result<void> GitSync::abortRebase(const GitRepository& repository)
{
    git_rebase_options options = rebaseOptions(repository);
    git_rebase* raw = nullptr;
    int code = git_rebase_open(&raw, repository.handle(), &options);
    if (code < 0)
        return makeError(tr("No rebase is in progress"), {}, QStringLiteral("git.rebase.none"));
    const RebasePtr rebase(raw);
    code = git_rebase_abort(rebase.get());
    return GitError::check(code, tr("cannot abort the rebase"));
}

} // namespace fleetdesk
