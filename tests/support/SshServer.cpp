#include "SshServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace fleetdesk {

namespace {

constexpr char sshd[] = "/usr/sbin/sshd";

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

bool generateSshKey(const QString& path, const QString& type, const QString& passphrase)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList arguments{QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase,
                          QStringLiteral("-C"), QStringLiteral("fleetdesk-test"), QStringLiteral("-f"), path};
    if (type == QLatin1String("rsa"))
        arguments << QStringLiteral("-b") << QStringLiteral("3072");
    return QProcess::execute(QStringLiteral("ssh-keygen"), arguments) == 0;
}

SshServer::SshServer() = default;

SshServer::~SshServer()
{
    stop();
}

bool SshServer::isInstalled()
{
    return QFileInfo(QString::fromLatin1(sshd)).isExecutable();
}

QString SshServer::user() const
{
    const passwd* account = getpwuid(getuid());
    return account ? QString::fromLocal8Bit(account->pw_name) : QString();
}

QString SshServer::hostPublicKeyFile() const
{
    return m_directory.filePath(QStringLiteral("host_ed25519.pub"));
}

QString SshServer::url(const QString& absolutePath) const
{
    return QStringLiteral("ssh://%1@127.0.0.1:%2%3").arg(user()).arg(m_port).arg(absolutePath);
}

QString SshServer::log() const
{
    QFile file(m_directory.filePath(QStringLiteral("sshd.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

bool SshServer::regenerateHostKey()
{
    return generateSshKey(m_directory.filePath(QStringLiteral("host_ed25519")), QStringLiteral("ed25519"));
}

bool SshServer::authorize(const QString& publicKeyFile)
{
    QFile key(publicKeyFile);
    QFile authorized(m_directory.filePath(QStringLiteral("authorized_keys")));
    if (!key.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::Append))
        return false;
    return authorized.write(key.readAll()) > 0;
}

bool SshServer::start()
{
    stop();
    if (!isInstalled()) {
        m_error = QStringLiteral("%1 is not installed (Debian package openssh-server)").arg(QString::fromLatin1(sshd));
        return false;
    }
    if (!QFileInfo::exists(m_directory.filePath(QStringLiteral("host_ed25519"))) && !regenerateHostKey()) {
        m_error = QStringLiteral("ssh-keygen could not make a host key");
        return false;
    }
    if (getuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory, when run as root
    if (m_port == 0)
        m_port = freePort();
    const QString dir = m_directory.path();
    QByteArray config = "ListenAddress 127.0.0.1\n"
                        "Port " + QByteArray::number(m_port) + "\n"
                        "HostKey " + QFile::encodeName(dir) + "/host_ed25519\n"
                        "PidFile " + QFile::encodeName(dir) + "/sshd.pid\n"
                        "AuthorizedKeysFile " + QFile::encodeName(dir) + "/authorized_keys\n"
                        "StrictModes no\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                        "PubkeyAuthentication yes\nLogLevel VERBOSE\nPrintMotd no\n";
    if (getuid() == 0)
        config += "PermitRootLogin yes\n";
    QFile configFile(m_directory.filePath(QStringLiteral("sshd_config")));
    if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config) != config.size()) {
        m_error = QStringLiteral("cannot write sshd_config");
        return false;
    }
    configFile.close();
    QFile authorized(m_directory.filePath(QStringLiteral("authorized_keys")));
    if (!authorized.exists() && authorized.open(QIODevice::WriteOnly))
        authorized.close();

    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(m_directory.filePath(QStringLiteral("sshd.log")), QIODevice::Append);
    m_process->start(QString::fromLatin1(sshd), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                                                 configFile.fileName()});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start sshd: %1").arg(m_process->errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("sshd exited: %1").arg(log());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (socket.waitForConnected(500) && socket.waitForReadyRead(2000) && socket.readLine().startsWith("SSH-2.0"))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("sshd does not answer on port %1: %2").arg(m_port).arg(log());
    return false;
}

void SshServer::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

} // namespace fleetdesk
