#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace fleetdesk {

/// A real smart-HTTP Git server on loopback for tests: git's own git-http-backend (Debian's package git) behind a
/// small Python CGI host written to the temporary directory, with basic auth when a user is given and HTTPS when a
/// certificate is. (The test environment's githttpd is not used: Go's net/http/cgi answers 400 to the chunked
/// request bodies libgit2 sends for every push.) Bare repositories live in root().
class GitHttpServer
{
public:
    struct Options
    {
        QString user;
        QString password;
        QString certificateFile; ///< PEM; with keyFile, serve HTTPS
        QString keyFile;
        QString hostName = QStringLiteral("127.0.0.1"); ///< the name in url(); the server listens on 127.0.0.1
    };

    explicit GitHttpServer(Options options);
    ~GitHttpServer();
    GitHttpServer(const GitHttpServer&) = delete;
    GitHttpServer& operator=(const GitHttpServer&) = delete;

    /// Starts the server (on the previous port after stop()); false with errorString() when it did not come up.
    bool start();
    /// Kills the server and every process it started (hooks included), at once.
    void kill();
    QString errorString() const { return m_error; }

    QString root() const;
    /// http(s)://HOSTNAME:PORT/NAME.git
    QString url(const QString& name) const;
    /// Creates the bare repository root()/NAME.git with main as its default branch.
    bool createRepository(const QString& name) const;
    QString repositoryPath(const QString& name) const;

private:
    bool waitForPort(int timeoutMs);

    Options m_options;
    QTemporaryDir m_directory;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace fleetdesk
