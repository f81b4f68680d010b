#include "GitHttpServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <csignal>

namespace fleetdesk {

namespace {

// A minimal CGI host for git-http-backend: basic auth, chunked request bodies, optional TLS.
constexpr char pythonServer[] = R"PY(
import base64, http.server, os, ssl, subprocess, sys
root, user, password, portfile, port, cert, key = sys.argv[1:8]

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.0'
    def log_message(self, *args):
        pass
    def do_GET(self):
        self.serve()
    def do_POST(self):
        self.serve()
    def body(self):
        if self.headers.get('Transfer-Encoding', '').lower() == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline().strip().split(b';')[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b'\r\n', b'\n', b''):
                        pass
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get('Content-Length') or 0)
        return self.rfile.read(length) if length else b''
    def serve(self):
        if user:
            auth = self.headers.get('Authorization', '')
            given = base64.b64decode(auth[6:]).decode() if auth.startswith('Basic ') else ''
            if given != user + ':' + password:
                self.send_response(401)
                self.send_header('WWW-Authenticate', 'Basic realm="fleetdesk-test"')
                self.send_header('Content-Length', '0')
                self.end_headers()
                return
        path, _, query = self.path.partition('?')
        data = self.body()
        env = dict(os.environ, GIT_PROJECT_ROOT=root, GIT_HTTP_EXPORT_ALL='1', PATH_INFO=path,
                   QUERY_STRING=query, REQUEST_METHOD=self.command, CONTENT_LENGTH=str(len(data)),
                   CONTENT_TYPE=self.headers.get('Content-Type', ''), REMOTE_USER=user or 'anonymous',
                   REMOTE_ADDR='127.0.0.1', GIT_CONFIG_COUNT='1', GIT_CONFIG_KEY_0='http.receivepack',
                   GIT_CONFIG_VALUE_0='true')
        if self.headers.get('Content-Encoding'):
            env['HTTP_CONTENT_ENCODING'] = self.headers.get('Content-Encoding')
        if self.headers.get('Git-Protocol'):
            env['GIT_PROTOCOL'] = self.headers.get('Git-Protocol')
        out = subprocess.run(['/usr/lib/git-core/git-http-backend'], input=data, env=env,
                             capture_output=True).stdout
        sep = out.find(b'\r\n\r\n')
        head, content = (out[:sep], out[sep + 4:]) if sep >= 0 else out.split(b'\n\n', 1)
        status, headers = 200, []
        for line in head.decode('latin-1').splitlines():
            name, _, value = line.partition(':')
            if name.lower() == 'status':
                status = int(value.split()[0])
            elif name:
                headers.append((name, value.strip()))
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(content)))
        self.end_headers()
        self.wfile.write(content)

server = http.server.ThreadingHTTPServer(('127.0.0.1', int(port)), Handler)
if cert:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
with open(portfile + '.tmp', 'w') as f:
    f.write(str(server.server_address[1]))
os.rename(portfile + '.tmp', portfile)
server.serve_forever()
)PY";

} // namespace

GitHttpServer::GitHttpServer(Options options)
    : m_options(std::move(options))
{
    QDir(m_directory.path()).mkpath(QStringLiteral("git"));
}

GitHttpServer::~GitHttpServer()
{
    kill();
}

QString GitHttpServer::root() const
{
    return m_directory.filePath(QStringLiteral("git"));
}

QString GitHttpServer::repositoryPath(const QString& name) const
{
    return root() + QLatin1Char('/') + name + QStringLiteral(".git");
}

QString GitHttpServer::url(const QString& name) const
{
    const bool tls = !m_options.certificateFile.isEmpty();
    return QStringLiteral("%1://%2:%3/%4.git")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), m_options.hostName)
        .arg(m_port)
        .arg(name);
}

bool GitHttpServer::createRepository(const QString& name) const
{
    return QProcess::execute(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                                                     QStringLiteral("--initial-branch=main"), repositoryPath(name)})
        == 0;
}

bool GitHttpServer::start()
{
    kill();
    const QString portFile = m_directory.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    
    const QString script = m_directory.filePath(QStringLiteral("git_http_server.py"));
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly) || file.write(pythonServer) < 0) {
        m_error = QStringLiteral("cannot write the server script");
        return false;
    }
    file.close();
    const QStringList arguments{QStandardPaths::findExecutable(QStringLiteral("python3")), script, root(),
                                m_options.user, m_options.password, portFile, QString::number(m_port),
                                m_options.certificateFile, m_options.keyFile};
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Its own session, so kill() reaches the CGI processes and hooks too.
    m_process->start(QStringLiteral("setsid"), arguments);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start the server: %1").arg(m_process->errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        QFile portReader(portFile);
        if (portReader.open(QIODevice::ReadOnly)) {
            const int port = portReader.readAll().trimmed().toInt();
            if (port > 0) {
                m_port = port;
                return waitForPort(10000);
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the server exited at start");
            return false;
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("the server did not report its port");
    return false;
}

bool GitHttpServer::waitForPort(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (socket.waitForConnected(1000))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("the server does not accept connections on port %1").arg(m_port);
    return false;
}

void GitHttpServer::kill()
{
    if (!m_process)
        return;
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
    m_process->waitForFinished(5000);
    m_process.reset();
}

} // namespace fleetdesk
