#pragma once

#include "sops/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QTemporaryDir;

namespace fleetdesk {

/// Fleetdesk as the OpenSSH client's SSH_ASKPASS helper. The running operation listens on a private local socket
/// (in a 0700 temporary folder); ssh starts `fleetdesk --askpass PROMPT` through a small script, and that client
/// passes the prompt over the socket and prints the answer. The operation answers on its own thread, while it
/// waits for ssh, so prompts reach the user through the operation's callbacks.
class SshAskpass
{
    Q_DECLARE_TR_FUNCTIONS(SshAskpass)

public:
    /// An answer, or nothing to refuse.
    using Answerer = std::function<std::optional<SecureBuffer>(const QString& prompt, bool confirmation)>;

    /// Starts listening; `program` is started as `program --askpass PROMPT`.
    explicit SshAskpass(const QString& program);
    ~SshAskpass();
    SshAskpass(const SshAskpass&) = delete;
    SshAskpass& operator=(const SshAskpass&) = delete;

    bool isListening() const;
    /// The file descriptor to poll for a waiting client.
    qintptr listeningDescriptor() const;
    /// The variables that make ssh use this helper (SSH_ASKPASS, SSH_ASKPASS_REQUIRE, FLEETDESK_ASKPASS_SOCKET).
    QStringList environment() const;
    /// Answers every waiting client through `answer`.
    void serveWaitingClients(const Answerer& answer);

    /// The `--askpass PROMPT` mode of an executable: asks the running operation and prints the answer. Returns the
    /// process exit code (0 answered, 1 refused or failed). The app's main() calls it when argv[1] is "--askpass".
    static int clientMain(int argc, char** argv);

private:
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<QLocalServer> m_server;
    QString m_script;
};

} // namespace fleetdesk
