#pragma once

#include "common/Error.h"
#include "git/GitRemoteCallbacks.h"

#include <QCoreApplication>

#include <optional>

namespace fleetdesk {

/// A libgit2 smart subtransport for ssh:// and scp-style URLs that runs the system OpenSSH client
/// (`ssh … git-upload-pack '<path>'` / `git-receive-pack`), the way git does: the user's ~/.ssh/config, agent,
/// ProxyJump, RSA keys and known_hosts behave exactly as on the command line. Prompts (passphrases, unknown host
/// keys) come back through SshAskpass to the operation's callbacks. When `ssh` is not installed, or the callbacks ask
/// for it, libgit2's libssh2 transport serves instead.
///
/// The transport is registered with libgit2 for the ssh, ssh+git and git+ssh schemes (scp-style addresses follow
/// ssh) when the first operation starts; an Operation object on the operation's thread says which callbacks, and
/// which of the two transports, serve that thread's operation. Without one, the OpenSSH client serves when it is
/// installed.
class OpenSshTransport
{
    Q_DECLARE_TR_FUNCTIONS(OpenSshTransport)

public:
    /// Makes the transport serve the SSH remotes of the network operation running on this thread, with `callbacks`;
    /// a failure of its own (a refused host key, a cancel) is stored in `failure`.
    class Operation
    {
    public:
        Operation(const GitRemoteCallbacks& callbacks, std::optional<Error>* failure);
        ~Operation();
        Operation(const Operation&) = delete;
        Operation& operator=(const Operation&) = delete;
    };

    /// True when an OpenSSH client (`ssh`) is on the PATH.
    static bool isAvailable();
    /// Splits ssh://[user@]host[:port]/path and [user@]host:path into its parts; false for other URLs.
    static bool parseUrl(const QString& url, QString* user, QString* host, int* port, QString* path);
};

} // namespace fleetdesk
