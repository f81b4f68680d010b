#include "SshAskpass.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>

#include <cstdio>

namespace fleetdesk {

namespace {

constexpr char socketVariable[] = "FLEETDESK_ASKPASS_SOCKET";
constexpr int answerTimeoutMs = 10 * 60 * 1000; // the user may take a while

bool readExactly(QLocalSocket& socket, char* data, qint64 size, int timeoutMs)
{
    qint64 done = 0;
    while (done < size) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs))
            return false;
        const qint64 got = socket.read(data + done, size - done);
        if (got < 0)
            return false;
        done += got;
    }
    return true;
}

bool readFrame(QLocalSocket& socket, QByteArray* frame, int timeoutMs)
{
    quint32 size = 0;
    char header[4];
    if (!readExactly(socket, header, 4, timeoutMs))
        return false;
    size = (quint32(quint8(header[0])) << 24) | (quint32(quint8(header[1])) << 16) | (quint32(quint8(header[2])) << 8)
        | quint8(header[3]);
    if (size > 1 << 20)
        return false;
    frame->resize(qsizetype(size));
    return readExactly(socket, frame->data(), size, timeoutMs);
}

QByteArray header(quint32 size)
{
    QByteArray bytes(4, '\0');
    bytes[0] = char(size >> 24);
    bytes[1] = char(size >> 16);
    bytes[2] = char(size >> 8);
    bytes[3] = char(size);
    return bytes;
}

QByteArray shellQuote(const QString& text)
{
    QByteArray quoted = QFile::encodeName(text);
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

} // namespace

SshAskpass::SshAskpass(const QString& program)
    : m_directory(std::make_unique<QTemporaryDir>())
    , m_server(std::make_unique<QLocalServer>())
{
    if (!m_directory->isValid())
        return;
    QFile::setPermissions(m_directory->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_script = m_directory->filePath(QStringLiteral("askpass"));
    QFile script(m_script);
    if (!script.open(QIODevice::WriteOnly))
        return;
    script.write("#!/bin/sh\nexec " + shellQuote(program) + " --askpass \"$@\"\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->listen(m_directory->filePath(QStringLiteral("socket")));
}

SshAskpass::~SshAskpass() = default;

bool SshAskpass::isListening() const
{
    return m_server->isListening();
}

qintptr SshAskpass::listeningDescriptor() const
{
    return m_server->socketDescriptor();
}

QStringList SshAskpass::environment() const
{
    return {QStringLiteral("SSH_ASKPASS=") + m_script, QStringLiteral("SSH_ASKPASS_REQUIRE=force"),
            QStringLiteral("%1=%2").arg(QString::fromLatin1(socketVariable), m_server->fullServerName())};
}

void SshAskpass::serveWaitingClients(const Answerer& answer)
{
    while (m_server->waitForNewConnection(0)) {
        std::unique_ptr<QLocalSocket> client(m_server->nextPendingConnection());
        if (!client)
            break;
        QByteArray request;
        if (!readFrame(*client, &request, 5000) || request.isEmpty())
            continue;
        const bool confirmation = request.at(0) == 'c';
        const QString prompt = QString::fromUtf8(request.mid(1));
        const std::optional<SecureBuffer> reply = answer(prompt, confirmation);
        QByteArray response = reply ? QByteArray("y") : QByteArray("n");
        client->write(header(quint32(response.size() + (reply ? qsizetype(reply->size()) : 0))));
        client->write(response);
        if (reply)
            client->write(reply->chars(), qint64(reply->size()));
        client->waitForBytesWritten(5000);
        client->disconnectFromServer();
    }
}

int SshAskpass::clientMain(int argc, char** argv)
{
    const QString socketName = qEnvironmentVariable(socketVariable);
    if (socketName.isEmpty()) {
        std::fprintf(stderr, "fleetdesk --askpass: %s is not set; this mode is for ssh started by Fleetdesk\n", socketVariable);
        return 1;
    }
    QByteArray prompt = argc >= 3 ? QByteArray(argv[2]) : QByteArray();
    const bool confirmation = qEnvironmentVariable("SSH_ASKPASS_PROMPT") == QLatin1String("confirm");
    QLocalSocket socket;
    socket.connectToServer(socketName);
    if (!socket.waitForConnected(5000))
        return 1;
    const QByteArray request = (confirmation ? QByteArray("c") : QByteArray("p")) + prompt;
    socket.write(header(quint32(request.size())) + request);
    if (!socket.waitForBytesWritten(5000))
        return 1;
    QByteArray response;
    if (!readFrame(socket, &response, answerTimeoutMs) || response.isEmpty() || response.at(0) != 'y')
        return 1;
    response.append('\n');
    std::fwrite(response.constData() + 1, 1, size_t(response.size() - 1), stdout);
    std::fflush(stdout);
    response.fill('\0');
    return 0;
}

} // namespace fleetdesk
