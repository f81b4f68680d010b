#include "OpenSshTransport.h"

#include "git/KnownHosts.h"
#include "git/SshAskpass.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>

#include <git2/errors.h>
#include <git2/sys/transport.h>
#include <git2/transport.h>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <memory>
#include <vector>

extern char** environ;

namespace fleetdesk {

namespace {

/// The known_hosts file of one operation. It goes first in ssh's UserKnownHostsFile, so a host key the user trusts
/// lands there (ssh appends to the first file and still reads the user's files to verify); "trust always" copies the
/// new entries on to the user's file, "trust once" leaves them here, and the file goes with the operation.
struct PrivateKnownHosts
{
    QTemporaryDir directory; // 0700
    QString file;
};

struct OperationContext
{
    const GitRemoteCallbacks* callbacks = nullptr;
    std::optional<Error>* failure = nullptr;
    std::shared_ptr<PrivateKnownHosts> knownHosts; ///< made by the first ssh of the operation
};

thread_local OperationContext currentOperation;
QMutex registrationMutex;

constexpr const char* prefixes[] = {"ssh://", "ssh+git://", "git+ssh://"};
constexpr const char* schemes[] = {"ssh", "ssh+git", "git+ssh"};

void fail(const Error& error)
{
    if (currentOperation.failure && !*currentOperation.failure)
        *currentOperation.failure = error;
    git_error_set_str(GIT_ERROR_SSH, error.message.toUtf8().constData());
}

QByteArray shellQuote(const QString& text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

struct Subtransport;

/// What the user answered when ssh asked whether to trust an unknown host key.
enum class HostKeyDecision {
    NotAsked, ///< ssh did not ask; what it recorded by itself (StrictHostKeyChecking=accept-new) is kept
    Once,     ///< trusted for this operation: the entry stays in the private file
    Always,   ///< recorded in the user's known_hosts
};

/// One ssh process: its stdin and stdout as one socket pair, its stderr in a file.
struct Stream
{
    git_smart_subtransport_stream base{};
    Subtransport* owner = nullptr;
    pid_t pid = -1;
    int socket = -1;
    std::unique_ptr<QTemporaryFile> errors;
    std::shared_ptr<PrivateKnownHosts> knownHosts;
    qint64 knownHostsStart = 0; ///< the private file's size when ssh started
    QString userKnownHosts;     ///< the user's first known_hosts file, where ssh itself would record a key
    HostKeyDecision decision = HostKeyDecision::NotAsked;
    bool settled = false;

    QString errorText() const
    {
        if (!errors)
            return {};
        QFile file(errors->fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()).trimmed() : QString();
    }
    int exitStatus()
    {
        if (pid <= 0)
            return -1;
        int status = 0;
        if (waitpid(pid, &status, 0) == pid) {
            pid = -1;
            settle();
            return WIFEXITED(status) ? WEXITSTATUS(status) : 255;
        }
        return -1;
    }
    /// Once ssh has ended: copies the host keys it recorded in the private file to the user's file, unless the user
    /// trusted them once only.
    void settle();
    void stop()
    {
        if (socket >= 0) {
            ::close(socket);
            socket = -1;
        }
        if (pid > 0) {
            // ssh ends by itself once its input closes; give it a moment, then end it.
            for (int i = 0; i < 50; ++i) {
                int status = 0;
                if (waitpid(pid, &status, WNOHANG) == pid) {
                    pid = -1;
                    settle();
                    return;
                }
                usleep(10000);
            }
            ::kill(pid, SIGTERM);
            waitpid(pid, nullptr, 0);
            pid = -1;
            settle();
        }
    }
};

void Stream::settle()
{
    if (settled || !knownHosts)
        return;
    settled = true;
    QFile privateFile(knownHosts->file);
    if (!privateFile.open(QIODevice::ReadOnly) || privateFile.size() <= knownHostsStart
        || !privateFile.seek(knownHostsStart))
        return;
    const QByteArray added = privateFile.readAll();
    if (decision == HostKeyDecision::Once || userKnownHosts.isEmpty())
        return;
    if (auto appended = KnownHosts::appendLines(userKnownHosts, added); !appended)
        fail(appended.error());
}

struct Subtransport
{
    git_smart_subtransport base{};
    git_transport* owner = nullptr;
    Stream* current = nullptr;
    std::unique_ptr<SshAskpass> askpass;
};

/// A file name for an ssh_config option, in double quotes when it has a space.
QByteArray configQuote(const QString& file)
{
    const QByteArray name = QFile::encodeName(file);
    return name.contains(' ') ? '"' + name + '"' : name;
}

/// The user's known_hosts files for a connection, as ssh would read them (`ssh -G`: the user's ssh_config with its
/// Host and Match blocks); ssh's defaults when it cannot tell.
QStringList userKnownHostsFiles(const QList<QByteArray>& target)
{
    QProcess process;
    QStringList arguments{QStringLiteral("-G")};
    for (const QByteArray& argument : target)
        arguments << QString::fromLocal8Bit(argument);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral("ssh"), arguments);
    if (process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
        for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
            if (!line.startsWith("userknownhostsfile "))
                continue;
            // ssh prints the expanded (absolute) names separated by spaces, unquoted: a word that does not start
            // with '/' goes on the name before it.
            QStringList files;
            for (const QByteArray& word : line.mid(int(strlen("userknownhostsfile "))).trimmed().split(' ')) {
                if (!files.isEmpty() && !word.startsWith('/'))
                    files.last() += QLatin1Char(' ') + QFile::decodeName(word);
                else if (!word.isEmpty())
                    files << QFile::decodeName(word);
            }
            files.removeAll(QStringLiteral("none"));
            return files;
        }
    }
    return {QDir::homePath() + QStringLiteral("/.ssh/known_hosts"),
            QDir::homePath() + QStringLiteral("/.ssh/known_hosts2")};
}

/// The error for an ssh that ended without speaking the Git protocol, from what it printed.
Error sshFailure(const QString& stderrText, int status)
{
    QString code = QStringLiteral("ssh.failed");
    QString message;
    if (stderrText.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED"))) {
        code = QStringLiteral("ssh.hostkey.changed");
        message = OpenSshTransport::tr("WARNING: the SSH host key has changed! Someone could be intercepting the "
                                       "connection (a man-in-the-middle attack), or the server's key was replaced. "
                                       "Fleetdesk refuses to connect. OpenSSH said:\n%1")
                      .arg(stderrText);
    } else if (stderrText.contains(QLatin1String("Host key verification failed"))) {
        code = QStringLiteral("ssh.hostkey.unknown");
        message = OpenSshTransport::tr("The SSH host key was not accepted. OpenSSH said:\n%1").arg(stderrText);
    } else if (stderrText.contains(QLatin1String("Permission denied"))) {
        code = QStringLiteral("git.credentials.refused");
        message = OpenSshTransport::tr("The SSH server refused the credentials. OpenSSH said:\n%1").arg(stderrText);
    } else {
        message = OpenSshTransport::tr("ssh ended (status %1). It said:\n%2").arg(status).arg(stderrText);
    }
    return Error{message, {}, code};
}

std::optional<SecureBuffer> answerPrompt(const QString& prompt, bool confirmation, Stream* stream)
{
    const GitRemoteCallbacks* callbacks = currentOperation.callbacks;
    if (!callbacks)
        return std::nullopt;
    static const QRegularExpression unknownHost(
        QStringLiteral("authenticity of host '([^']+)'.*?(\\S+) key fingerprint is (SHA256:[A-Za-z0-9+/=]+)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = unknownHost.match(prompt);
    if (match.hasMatch()) {
        SshHostKey key;
        QString name = match.captured(1).section(QLatin1Char(' '), 0, 0);
        static const QRegularExpression bracketed(QStringLiteral("^\\[(.*)\\]:(\\d+)$"));
        if (const auto port = bracketed.match(name); port.hasMatch()) {
            key.host = port.captured(1);
            key.port = port.captured(2).toInt();
        } else {
            key.host = name;
        }
        const QString type = match.captured(2).toLower();
        key.type = type == QLatin1String("ed25519") ? QStringLiteral("ssh-ed25519")
            : type == QLatin1String("rsa")          ? QStringLiteral("ssh-rsa")
            : type == QLatin1String("ecdsa")        ? QStringLiteral("ecdsa-sha2-nistp256")
                                                    : type;
        key.fingerprint = match.captured(3);
        const bool trusted = callbacks->trustUnknownHost && callbacks->trustUnknownHost(key);
        if (trusted)
            stream->decision = !callbacks->rememberTrustedHost || callbacks->rememberTrustedHost(key)
                ? HostKeyDecision::Always
                : HostKeyDecision::Once;
        return SecureBuffer::fromString(trusted ? "yes" : "no");
    }
    if (confirmation || !callbacks->askSecret)
        return std::nullopt;
    return callbacks->askSecret(prompt);
}

int streamRead(git_smart_subtransport_stream* base, char* buffer, size_t size, size_t* bytesRead)
{
    auto* stream = reinterpret_cast<Stream*>(base);
    *bytesRead = 0;
    SshAskpass* askpass = stream->owner->askpass.get();
    for (;;) {
        pollfd fds[2] = {{stream->socket, POLLIN, 0}, {int(askpass ? askpass->listeningDescriptor() : -1), POLLIN, 0}};
        const int ready = ::poll(fds, askpass ? 2 : 1, 100);
        if (ready < 0 && errno != EINTR) {
            fail(Error{OpenSshTransport::tr("cannot wait for ssh: %1").arg(QString::fromLocal8Bit(strerror(errno))), {},
                       QStringLiteral("ssh.failed")});
            return -1;
        }
        const GitRemoteCallbacks* callbacks = currentOperation.callbacks;
        if (callbacks && callbacks->isCancelled && callbacks->isCancelled()) {
            fail(Error{OpenSshTransport::tr("The operation was cancelled"), {}, QStringLiteral("git.cancelled")});
            return -1;
        }
        if (askpass && (fds[1].revents & POLLIN))
            askpass->serveWaitingClients([stream](const QString& prompt, bool confirmation) {
                return answerPrompt(prompt, confirmation, stream);
            });
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t got = ::recv(stream->socket, buffer, size, 0);
            if (got > 0) {
                *bytesRead = size_t(got);
                return 0;
            }
            if (got < 0 && errno == EINTR)
                continue;
            // End of output: ssh is gone. If it failed, say why.
            ::shutdown(stream->socket, SHUT_RDWR);
            const int status = stream->exitStatus();
            if (status != 0) {
                fail(sshFailure(stream->errorText(), status));
                return -1;
            }
            return 0;
        }
    }
}

int streamWrite(git_smart_subtransport_stream* base, const char* buffer, size_t length)
{
    auto* stream = reinterpret_cast<Stream*>(base);
    size_t done = 0;
    while (done < length) {
        const ssize_t written = ::send(stream->socket, buffer + done, length - done, MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            const int status = stream->exitStatus();
            fail(sshFailure(stream->errorText(), status));
            return -1;
        }
        done += size_t(written);
    }
    return 0;
}

void streamFree(git_smart_subtransport_stream* base)
{
    auto* stream = reinterpret_cast<Stream*>(base);
    if (stream->owner && stream->owner->current == stream)
        stream->owner->current = nullptr;
    stream->stop();
    delete stream;
}

int startSsh(Stream** out, Subtransport* transport, const char* url, const char* command)
{
    QString user;
    QString host;
    QString path;
    int port = 0;
    if (!OpenSshTransport::parseUrl(QString::fromUtf8(url), &user, &host, &port, &path)) {
        fail(Error{OpenSshTransport::tr("%1 is not an SSH URL").arg(QString::fromUtf8(url)), {}, QStringLiteral("ssh.url")});
        return -1;
    }
    const GitRemoteCallbacks* callbacks = currentOperation.callbacks;
    if (!transport->askpass) {
        const QString program = callbacks && !callbacks->askpassProgram.isEmpty() ? callbacks->askpassProgram
                                                                                  : QCoreApplication::applicationFilePath();
        transport->askpass = std::make_unique<SshAskpass>(program);
    }

    QList<QByteArray> target;
    if (callbacks)
        for (const QString& argument : callbacks->sshArguments)
            target << argument.toLocal8Bit();
    if (port > 0)
        target << "-p" << QByteArray::number(port);
    target << (user.isEmpty() ? host : user + QLatin1Char('@') + host).toUtf8();

    auto stream = std::make_unique<Stream>();
    const QStringList userFiles = callbacks && !callbacks->knownHostsFile.isEmpty()
        ? QStringList{callbacks->knownHostsFile}
        : userKnownHostsFiles(target);
    if (!currentOperation.knownHosts) {
        auto knownHosts = std::make_shared<PrivateKnownHosts>();
        knownHosts->file = knownHosts->directory.filePath(QStringLiteral("known_hosts"));
        QFile created(knownHosts->file);
        if (!knownHosts->directory.isValid() || !created.open(QIODevice::WriteOnly)) {
            fail(Error{OpenSshTransport::tr("cannot create a temporary known_hosts file for ssh"), {},
                       QStringLiteral("io.write")});
            return -1;
        }
        currentOperation.knownHosts = knownHosts;
    }
    stream->knownHosts = currentOperation.knownHosts;
    stream->knownHostsStart = QFileInfo(stream->knownHosts->file).size();
    stream->userKnownHosts = userFiles.value(0);
    QByteArray knownHostsOption = "UserKnownHostsFile=" + configQuote(stream->knownHosts->file);
    for (const QString& file : userFiles)
        knownHostsOption += ' ' + configQuote(file);

    QList<QByteArray> arguments{"ssh", "-x", "-T", "-o", "BatchMode=no", "-o", knownHostsOption};
    arguments << target;
    arguments << QByteArray(command) + ' ' + shellQuote(path);

    stream->base.read = streamRead;
    stream->base.write = streamWrite;
    stream->base.free = streamFree;
    stream->base.subtransport = &transport->base;
    stream->owner = transport;
    stream->errors = std::make_unique<QTemporaryFile>();
    if (!stream->errors->open()) {
        fail(Error{OpenSshTransport::tr("cannot create a temporary file for ssh's messages"), {}, QStringLiteral("io.write")});
        return -1;
    }

    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
        fail(Error{OpenSshTransport::tr("cannot create a socket pair for ssh"), {}, QStringLiteral("ssh.failed")});
        return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sockets[1], 0);
    posix_spawn_file_actions_adddup2(&actions, sockets[1], 1);
    posix_spawn_file_actions_adddup2(&actions, stream->errors->handle(), 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID); // no terminal: prompts go to askpass

    QList<QByteArray> environment;
    const QStringList extra = transport->askpass->environment();
    for (char** variable = environ; *variable; ++variable) {
        const QByteArray entry(*variable);
        const QByteArray name = entry.left(entry.indexOf('=') + 1);
        if (name == "SSH_ASKPASS=" || name == "SSH_ASKPASS_REQUIRE=" || name == "FLEETDESK_ASKPASS_SOCKET=")
            continue;
        environment << entry;
    }
    for (const QString& entry : extra)
        environment << QFile::encodeName(entry);
    std::vector<char*> argv;
    for (QByteArray& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (QByteArray& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    pid_t pid = -1;
    const int spawned = posix_spawnp(&pid, "ssh", &actions, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(sockets[1]);
    if (spawned != 0) {
        ::close(sockets[0]);
        fail(Error{OpenSshTransport::tr("cannot start ssh: %1").arg(QString::fromLocal8Bit(strerror(spawned))), {},
                   QStringLiteral("ssh.failed")});
        return -1;
    }
    stream->pid = pid;
    stream->socket = sockets[0];
    *out = stream.release();
    return 0;
}

int subtransportAction(git_smart_subtransport_stream** out, git_smart_subtransport* base, const char* url,
                       git_smart_service_t action)
{
    auto* transport = reinterpret_cast<Subtransport*>(base);
    const bool upload = action == GIT_SERVICE_UPLOADPACK_LS || action == GIT_SERVICE_UPLOADPACK;
    if (action == GIT_SERVICE_UPLOADPACK || action == GIT_SERVICE_RECEIVEPACK) {
        if (transport->current) { // the same conversation goes on after the reference list
            *out = &transport->current->base;
            return 0;
        }
    }
    Stream* stream = nullptr;
    if (startSsh(&stream, transport, url, upload ? "git-upload-pack" : "git-receive-pack") < 0)
        return -1;
    transport->current = stream;
    *out = &stream->base;
    return 0;
}

int subtransportClose(git_smart_subtransport* base)
{
    auto* transport = reinterpret_cast<Subtransport*>(base);
    (void)transport;
    return 0;
}

void subtransportFree(git_smart_subtransport* base)
{
    delete reinterpret_cast<Subtransport*>(base);
}

int createSubtransport(git_smart_subtransport** out, git_transport* owner, void*)
{
    auto* transport = new Subtransport;
    transport->base.action = subtransportAction;
    transport->base.close = subtransportClose;
    transport->base.free = subtransportFree;
    transport->owner = owner;
    *out = &transport->base;
    return 0;
}

int createTransport(git_transport** out, git_remote* owner, void*)
{
    const GitRemoteCallbacks* callbacks = currentOperation.callbacks;
    const auto choice = callbacks ? callbacks->sshTransport : GitRemoteCallbacks::SshTransport::Automatic;
    const bool openSsh = choice == GitRemoteCallbacks::SshTransport::OpenSsh
        || (choice == GitRemoteCallbacks::SshTransport::Automatic && OpenSshTransport::isAvailable());
    if (!openSsh) {
        char uploadPack[] = "git-upload-pack";
        char receivePack[] = "git-receive-pack";
        char* paths[] = {uploadPack, receivePack};
        git_strarray array{paths, 2};
        return git_transport_ssh_with_paths(out, owner, &array);
    }
    static git_smart_subtransport_definition definition{createSubtransport, 0, nullptr};
    return git_transport_smart(out, owner, &definition);
}

} // namespace

OpenSshTransport::Operation::Operation(const GitRemoteCallbacks& callbacks, std::optional<Error>* failure)
{
    currentOperation = OperationContext{&callbacks, failure, nullptr};
    const QMutexLocker locker(&registrationMutex);
    // libgit2 takes the scheme and adds "://" itself; registering again fails harmlessly with GIT_EEXISTS.
    for (const char* scheme : schemes)
        git_transport_register(scheme, createTransport, nullptr);
}

OpenSshTransport::Operation::~Operation()
{
    currentOperation = OperationContext{};
}

bool OpenSshTransport::isAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty();
}

bool OpenSshTransport::parseUrl(const QString& url, QString* user, QString* host, int* port, QString* path)
{
    *port = 0;
    for (const char* prefix : prefixes) {
        if (!url.startsWith(QLatin1String(prefix)))
            continue;
        const QUrl parsed(QStringLiteral("ssh://") + url.mid(int(strlen(prefix))));
        if (!parsed.isValid() || parsed.host().isEmpty())
            return false;
        *user = parsed.userName();
        *host = parsed.host();
        *port = parsed.port(0);
        *path = parsed.path(QUrl::FullyDecoded);
        if (path->startsWith(QLatin1String("/~")))
            path->remove(0, 1);
        return !path->isEmpty();
    }
    // scp-style: [user@]host:path, where the host has no '/' before the ':'.
    const int colon = int(url.indexOf(QLatin1Char(':')));
    const int slash = int(url.indexOf(QLatin1Char('/')));
    if (colon <= 0 || (slash >= 0 && slash < colon))
        return false;
    const QString authority = url.left(colon);
    *path = url.mid(colon + 1);
    const int at = int(authority.lastIndexOf(QLatin1Char('@')));
    *user = at >= 0 ? authority.left(at) : QString();
    *host = at >= 0 ? authority.mid(at + 1) : authority;
    if (host->startsWith(QLatin1Char('[')) && host->endsWith(QLatin1Char(']')))
        *host = host->mid(1, host->size() - 2);
    return !host->isEmpty() && !path->isEmpty();
}

} // namespace fleetdesk
