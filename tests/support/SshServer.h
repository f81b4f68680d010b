#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fleetdesk {

/// A real OpenSSH server on loopback for tests (Debian's openssh-server): its own config, port, host key and
/// authorized_keys in a temporary directory. It logs in the account that runs the tests (root in the CI sandbox:
/// then the config permits root login, for this server only), and serves Git through that account's git-upload-pack
/// and git-receive-pack. Not available when /usr/sbin/sshd is missing (see isInstalled()).
class SshServer
{
public:
    SshServer();
    ~SshServer();
    SshServer(const SshServer&) = delete;
    SshServer& operator=(const SshServer&) = delete;

    static bool isInstalled();

    /// Generates the host key when there is none, then starts sshd (on the same port after a restart).
    bool start();
    void stop();
    /// Replaces the host key with a new one (the server must be restarted to use it).
    bool regenerateHostKey();
    /// Lets the key in `publicKeyFile` log in.
    bool authorize(const QString& publicKeyFile);

    QString errorString() const { return m_error; }
    int port() const { return m_port; }
    QString user() const;
    QString directory() const { return m_directory.path(); }
    /// The host key's public file ("<type> <base64> <comment>").
    QString hostPublicKeyFile() const;
    /// ssh://user@127.0.0.1:PORT<absolutePath>
    QString url(const QString& absolutePath) const;
    /// The server's log so far, for failure messages.
    QString log() const;

private:
    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

/// Runs `ssh-keygen` to make a key pair at `path` (and `path`.pub); true when it worked.
bool generateSshKey(const QString& path, const QString& type, const QString& passphrase = {});

} // namespace fleetdesk
