#pragma once

#include "git/KnownHosts.h"
#include "sops/SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fleetdesk {

/// How far a fetch, clone or push has come. Objects count for fetch and clone; `sent*` for push.
struct GitTransferProgress
{
    int receivedObjects = 0;
    int indexedObjects = 0;
    int totalObjects = 0;
    qint64 receivedBytes = 0;
    int sentObjects = 0;
    int totalToSend = 0;
    qint64 sentBytes = 0;
    QString serverMessage; ///< the latest "remote:" text from the server
};

/// What a remote asks for. `url` never holds credentials.
struct GitCredentialRequest
{
    QString url;
    QString username; ///< from the URL, or empty
    bool sshKey = false;
    bool userPassword = false;
    int attempt = 1; ///< 2 and more: the previous answer was refused
};

/// An answer to a GitCredentialRequest. The secret (password, token or key passphrase) is wiped when it goes.
struct GitCredential
{
    enum class Kind {
        UserPassword, ///< HTTPS: username and password or token in `secret`
        SshAgent,     ///< SSH: the keys of the running ssh-agent (SSH_AUTH_SOCK)
        SshKeyFile,   ///< SSH: `privateKeyFile` (with `publicKeyFile` if not next to it), passphrase in `secret`
    };
    Kind kind = Kind::UserPassword;
    QString username;
    SecureBuffer secret;
    QString privateKeyFile;
    QString publicKeyFile;
};

/// The hooks a long Git network operation calls on the thread that runs it (the engine thread). Each may be
/// empty. None of them may block on the GUI thread with a blocking queued connection from the GUI thread itself.
struct GitRemoteCallbacks
{
    std::function<void(const GitTransferProgress&)> progress;
    /// Polled often; true stops the operation with the error code "git.cancelled".
    std::function<bool()> isCancelled;
    /// Asked when the server wants credentials; no answer fails with "git.credentials.required".
    std::function<std::optional<GitCredential>(const GitCredentialRequest&)> credentials;
    /// Asked when an SSH host is not in known_hosts; true trusts it and records it there. Without it, an unknown
    /// host fails with "ssh.hostkey.unknown".
    std::function<bool(const SshHostKey&)> trustUnknownHost;
    /// Asked after trustUnknownHost trusted a key: false trusts it for this operation only, without recording it in
    /// the user's known_hosts (the next operation asks again); true records it there. Unset: record. The same on
    /// both transports: the OpenSSH client records a trusted key in a private known_hosts file of the operation,
    /// listed first in its UserKnownHostsFile, and only a recorded key is copied on to the user's file.
    std::function<bool(const SshHostKey&)> rememberTrustedHost;
    /// Asked for a secret the OpenSSH client wants (a key passphrase, a password), with its prompt; no answer
    /// cancels the connection.
    std::function<std::optional<SecureBuffer>(const QString& prompt)> askSecret;
    /// The user's known_hosts file; empty means ~/.ssh/known_hosts (or, for the OpenSSH client, the
    /// UserKnownHostsFile of the user's ssh_config, as `ssh -G` reports it).
    QString knownHostsFile;

    enum class SshTransport {
        Automatic, ///< the OpenSSH client when `ssh` is installed, else libssh2
        OpenSsh,   ///< the system `ssh`, with Fleetdesk as its SSH_ASKPASS
        Libssh2,   ///< libgit2's built-in SSH
    };
    SshTransport sshTransport = SshTransport::Automatic;
    /// Extra arguments for the OpenSSH client, before the host (for example "-i", "key").
    QStringList sshArguments;
    /// The askpass helper, started as `PROGRAM --askpass PROMPT`; empty means this executable.
    QString askpassProgram;
    /// Ask the git config's credential.helper (store, cache, ...) for HTTPS credentials before `credentials`.
    bool useCredentialHelpers = true;
    /// At most this many credential answers are tried before the operation fails.
    int maxCredentialAttempts = 3;
};

} // namespace fleetdesk
