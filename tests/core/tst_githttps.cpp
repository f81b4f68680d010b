// HTTPS with custom certificate authorities: git-http-backend behind a real TLS server on loopback (GitHttpServer),
// with a certificate authority and server certificates the test makes with the openssl command line. The CA is
// named the ways git names one (http.sslCAInfo, http.<url>.sslCAInfo, http.sslCAPath, GIT_SSL_CAINFO) and the
// system's authorities stay trusted beside it.
#include "git/GitRepository.h"
#include "git/GitSync.h"
#include "git/GitUrlConfig.h"

#include "GitCli.h"
#include "GitHttpServer.h"
#include "GitTestHome.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fleetdesk;

namespace {

QString errorText(const Error& error)
{
    return error.toString() + QStringLiteral(" [") + error.code + QLatin1Char(']');
}

#define VERIFY_OK(expression)                                                                                  \
    do {                                                                                                       \
        const auto& verified_ = (expression);                                                                  \
        QVERIFY2(verified_.has_value(), qPrintable(verified_ ? QString() : errorText(verified_.error())));     \
    } while (false)

const QString user = QStringLiteral("deployer");
const QString token = QStringLiteral("glpat-tls-5c9d2e");

bool openssl(const QString& directory, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' ')) << "failed:" << process.readAll();
        return false;
    }
    return true;
}

/// Makes NAME.key and NAME.pem: a certificate authority with its own key.
bool makeAuthority(const QString& directory, const QString& name, const QString& commonName)
{
    return openssl(directory, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                               QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                               QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                               name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                               QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                               QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                               QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

/// Makes NAME.key and NAME.pem: a server certificate for `altNames` ("IP:127.0.0.1,DNS:localhost"), signed by the
/// authority AUTHORITY.pem.
bool makeServerCertificate(const QString& directory, const QString& name, const QString& altNames, const QString& authority)
{
    QFile extensions(QDir(directory).filePath(name + QStringLiteral(".ext")));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n"
                     "subjectAltName=" + altNames.toLatin1() + "\n");
    extensions.close();
    return openssl(directory, {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                               QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                               QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                               name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=fleetdesk test server")})
        && openssl(directory, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                               QStringLiteral("-CA"), authority + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                               authority + QStringLiteral(".key"), QStringLiteral("-set_serial"), QStringLiteral("0x5eed%1").arg(qHash(name), 0, 16),
                               QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), name + QStringLiteral(".ext"),
                               QStringLiteral("-out"), name + QStringLiteral(".pem")});
}

/// https://deployer:TOKEN@127.0.0.1:PORT/NAME.git: the credentials in the URL must not show in any error.
QString withCredentials(const QString& url)
{
    QString result = url;
    return result.replace(QLatin1String("https://"), QStringLiteral("https://%1:%2@").arg(user, token));
}

} // namespace

class TestGitHttps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void urlSpecificVariablesMatchAsGitMatchesThem_data();
    void urlSpecificVariablesMatchAsGitMatchesThem();
    void withTheAuthorityInHttpSslCAInfoCloneFetchAndPushSucceed();
    void theLongestMatchingUrlVariableWins();
    void gitSslCaInfoOverridesTheConfig();
    void anAuthorityFolderInHttpSslCAPathIsTrusted();
    void withoutTheAuthorityTheCertificateIsNotTrustedAndTheErrorNamesTheHost();
    void aWrongAuthorityIsNotTrusted();
    void aCertificateForAnotherNameIsRefused();
    void theSystemAuthoritiesStayTrustedBesideACustomOne();
    void anUnreadableAuthorityFileIsNamed();

private:
    GitRemoteCallbacks callbacks();
    void writeConfig(const QByteArray& extra);
    QString certificate(const QString& name) const { return m_certificates->filePath(name + QStringLiteral(".pem")); }

    std::unique_ptr<GitTestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_certificates;
    std::unique_ptr<GitHttpServer> m_server;      // certificate for 127.0.0.1, signed by the test CA
    std::unique_ptr<GitHttpServer> m_otherServer; // certificate for git.example.test only, signed by the test CA
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_url;
    int m_credentialRequests = 0;
};

void TestGitHttps::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("the openssl command line is missing: install the Debian package openssl");
    m_home = std::make_unique<GitTestHome>();
    QVERIFY(m_home->isValid());
    m_certificates = std::make_unique<QTemporaryDir>();
    QVERIFY(m_certificates->isValid());
    const QString directory = m_certificates->path();
    QVERIFY(makeAuthority(directory, QStringLiteral("ca"), QStringLiteral("Fleetdesk Test CA")));
    QVERIFY(makeAuthority(directory, QStringLiteral("wrong-ca"), QStringLiteral("Somebody Else's CA")));
    QVERIFY(makeServerCertificate(directory, QStringLiteral("server"), QStringLiteral("IP:127.0.0.1,DNS:localhost"),
                                  QStringLiteral("ca")));
    QVERIFY(makeServerCertificate(directory, QStringLiteral("other"), QStringLiteral("DNS:git.example.test"),
                                  QStringLiteral("ca")));

    m_server = std::make_unique<GitHttpServer>(
        GitHttpServer::Options{user, token, certificate(QStringLiteral("server")),
                               m_certificates->filePath(QStringLiteral("server.key")), QStringLiteral("127.0.0.1")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    QVERIFY(m_server->createRepository(QStringLiteral("platform")));
    m_url = m_server->url(QStringLiteral("platform"));
    QVERIFY(m_url.startsWith(QLatin1String("https://127.0.0.1:")));
    m_otherServer = std::make_unique<GitHttpServer>(
        GitHttpServer::Options{user, token, certificate(QStringLiteral("other")),
                               m_certificates->filePath(QStringLiteral("other.key")), QStringLiteral("127.0.0.1")});
    QVERIFY2(m_otherServer->start(), qPrintable(m_otherServer->errorString()));
    QVERIFY(m_otherServer->createRepository(QStringLiteral("platform")));

    // Seed both servers' repositories straight through the file system.
    QTemporaryDir seedDir;
    auto seed = GitRepository::init(seedDir.filePath(QStringLiteral("seed")));
    VERIFY_OK(seed);
    QVERIFY(seed->writeFile(QStringLiteral("a.yaml"), "a: 1\n"));
    QVERIFY(seed->stageAll());
    VERIFY_OK(seed->commitStaged(QStringLiteral("Seed")));
    for (const GitHttpServer* server : {m_server.get(), m_otherServer.get()})
        QVERIFY(GitCli::run(seedDir.filePath(QStringLiteral("seed")),
                            {QStringLiteral("push"), QStringLiteral("-q"), server->repositoryPath(QStringLiteral("platform")),
                             QStringLiteral("main")})
                    .ok());
}

void TestGitHttps::init()
{
    qunsetenv("GIT_SSL_CAINFO");
    qunsetenv("GIT_SSL_CAPATH");
    writeConfig({});
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_credentialRequests = 0;
}

void TestGitHttps::cleanup()
{
    qunsetenv("GIT_SSL_CAINFO");
    qunsetenv("GIT_SSL_CAPATH");
    qunsetenv("SSL_CERT_FILE");
    m_work.reset();
}

void TestGitHttps::cleanupTestCase()
{
    m_server.reset();
    m_otherServer.reset();
    m_home.reset();
}

void TestGitHttps::writeConfig(const QByteArray& extra)
{
    QFile config(m_home->path() + QStringLiteral("/.gitconfig"));
    QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
    config.write(GitTestHome::defaultConfig() + extra);
}

GitRemoteCallbacks TestGitHttps::callbacks()
{
    GitRemoteCallbacks result;
    result.credentials = [this](const GitCredentialRequest& request) -> std::optional<GitCredential> {
        ++m_credentialRequests;
        if (!request.userPassword)
            return std::nullopt;
        return GitCredential{GitCredential::Kind::UserPassword, user, SecureBuffer::fromView(token.toUtf8()), {}, {}};
    };
    return result;
}

void TestGitHttps::urlSpecificVariablesMatchAsGitMatchesThem_data()
{
    QTest::addColumn<QStringList>("names"); // the variables, in config order; the value of each is its index
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("chosen"); // -1: none applies

    const QString url = QStringLiteral("https://bob@git.example.test/fleet/platform.git");
    QTest::newRow("only the general variable") << QStringList{QStringLiteral("http.sslcainfo")} << url << 0;
    QTest::newRow("a URL beats the general variable, wherever it stands")
        << QStringList{QStringLiteral("http.https://git.example.test.sslcainfo"), QStringLiteral("http.sslcainfo")} << url << 0;
    QTest::newRow("another host does not match")
        << QStringList{QStringLiteral("http.sslcainfo"), QStringLiteral("http.https://git.example.org.sslcainfo")} << url << 0;
    QTest::newRow("another scheme does not match")
        << QStringList{QStringLiteral("http.http://git.example.test.sslcainfo")} << url << -1;
    QTest::newRow("another port does not match")
        << QStringList{QStringLiteral("http.https://git.example.test:8443.sslcainfo")} << url << -1;
    QTest::newRow("the default port is the same as none")
        << QStringList{QStringLiteral("http.https://git.example.test:443/.sslcainfo")} << url << 0;
    QTest::newRow("host and scheme in any case")
        << QStringList{QStringLiteral("http.HTTPS://Git.Example.TEST.sslcainfo")} << url << 0;
    QTest::newRow("the longer path wins")
        << QStringList{QStringLiteral("http.https://git.example.test/fleet/platform.git.sslcainfo"),
                       QStringLiteral("http.https://git.example.test/fleet.sslcainfo")}
        << url << 0;
    QTest::newRow("a path matches at a slash only")
        << QStringList{QStringLiteral("http.https://git.example.test/fle.sslcainfo")} << url << -1;
    QTest::newRow("a wildcard stands for one part of the host")
        << QStringList{QStringLiteral("http.https://*.example.test.sslcainfo"), QStringLiteral("http.https://*.test.sslcainfo")}
        << url << 0;
    QTest::newRow("a longer host beats a longer path")
        << QStringList{QStringLiteral("http.https://*.example.test/fleet/platform.git.sslcainfo"),
                       QStringLiteral("http.https://git.example.test/.sslcainfo")}
        << url << 1;
    QTest::newRow("a user name must be the URL's")
        << QStringList{QStringLiteral("http.https://alice@git.example.test.sslcainfo")} << url << -1;
    QTest::newRow("a matching user name wins over none")
        << QStringList{QStringLiteral("http.https://bob@git.example.test.sslcainfo"),
                       QStringLiteral("http.https://git.example.test.sslcainfo")}
        << url << 0;
    QTest::newRow("the later of two equal matches wins")
        << QStringList{QStringLiteral("http.https://git.example.test.sslcainfo"),
                       QStringLiteral("http.https://git.example.test/.sslcainfo")}
        << url << 1;
    QTest::newRow("another key does not count")
        << QStringList{QStringLiteral("http.https://git.example.test.sslcapath"), QStringLiteral("http.sslverify")} << url
        << -1;
    QTest::newRow("dot segments are resolved")
        << QStringList{QStringLiteral("http.https://git.example.test/other/../fleet.sslcainfo")} << url << 0;
}

void TestGitHttps::urlSpecificVariablesMatchAsGitMatchesThem()
{
    QFETCH(QStringList, names);
    QFETCH(QString, url);
    QFETCH(int, chosen);
    QList<GitUrlConfig::Entry> entries;
    for (qsizetype i = 0; i < names.size(); ++i)
        entries.append({names.at(i), QString::number(i)});
    const auto value = GitUrlConfig::value(entries, QStringLiteral("http"), QStringLiteral("sslCAInfo"), url);
    if (chosen < 0)
        QVERIFY2(!value, qPrintable(value.value_or(QString())));
    else
        QCOMPARE(value.value_or(QStringLiteral("none")), QString::number(chosen));

    // And git itself agrees (git config --get-urlmatch).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("config"));
    for (qsizetype i = 0; i < names.size(); ++i)
        QVERIFY(GitCli::run(dir.path(), {QStringLiteral("config"), QStringLiteral("-f"), file, QStringLiteral("--add"),
                                         names.at(i), QString::number(i)})
                    .ok());
    const GitCli::Outcome git = GitCli::run(
        dir.path(), {QStringLiteral("config"), QStringLiteral("-f"), file, QStringLiteral("--get-urlmatch"),
                     QStringLiteral("http.sslcainfo"), url});
    QCOMPARE(git.ok() ? git.text() : QStringLiteral("none"), chosen < 0 ? QStringLiteral("none") : QString::number(chosen));
}

void TestGitHttps::withTheAuthorityInHttpSslCAInfoCloneFetchAndPushSucceed()
{
    writeConfig("[http]\n\tsslCAInfo = " + certificate(QStringLiteral("ca")).toUtf8() + "\n");
    // A clone made before the push, to fetch the new commit afterwards.
    const QString otherPath = m_work->filePath(QStringLiteral("other"));
    QVERIFY(GitCli::run(m_work->path(), {QStringLiteral("clone"), QStringLiteral("-q"),
                                         m_server->repositoryPath(QStringLiteral("platform")), otherPath})
                .ok());
    QVERIFY(GitCli::run(otherPath, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), m_url}).ok());

    const QString path = m_work->filePath(QStringLiteral("clone"));
    auto clone = GitSync::clone(m_url, path, callbacks());
    VERIFY_OK(clone);
    QVERIFY(m_credentialRequests >= 1);
    QVERIFY(clone->writeFile(QStringLiteral("tls.yaml"), "tls: private ca\n"));
    VERIFY_OK(clone->stage({QStringLiteral("tls.yaml")}));
    const auto commit = clone->commitStaged(QStringLiteral("Over TLS with a private CA"));
    VERIFY_OK(commit);
    VERIFY_OK(GitSync::push(*clone, callbacks()));
    QCOMPARE(GitCli::output(m_server->repositoryPath(QStringLiteral("platform")), {QStringLiteral("rev-parse"), QStringLiteral("main")}),
             *commit);

    auto other = GitRepository::open(otherPath);
    VERIFY_OK(other);
    QVERIFY(GitCli::output(otherPath, {QStringLiteral("rev-parse"), QStringLiteral("origin/main")}) != *commit);
    VERIFY_OK(GitSync::fetch(*other, callbacks()));
    QCOMPARE(GitCli::output(otherPath, {QStringLiteral("rev-parse"), QStringLiteral("origin/main")}), *commit);
}

void TestGitHttps::theLongestMatchingUrlVariableWins()
{
    const QByteArray base = "https://127.0.0.1:" + m_url.section(QLatin1Char(':'), 2).section(QLatin1Char('/'), 0, 0).toLatin1();
    writeConfig("[http]\n\tsslCAInfo = " + certificate(QStringLiteral("wrong-ca")).toUtf8() + "\n"
                "[http \"" + base + "\"]\n\tsslCAInfo = " + certificate(QStringLiteral("wrong-ca")).toUtf8() + "\n"
                "[http \"" + base + "/platform.git\"]\n\tsslCAInfo = " + certificate(QStringLiteral("ca")).toUtf8() + "\n"
                "[http \"https://127.0.0.2\"]\n\tsslCAInfo = " + certificate(QStringLiteral("wrong-ca")).toUtf8() + "\n");
    auto clone = GitSync::clone(m_url, m_work->filePath(QStringLiteral("clone")), callbacks());
    VERIFY_OK(clone);

    // Another path on the same server gets the shorter match: the wrong authority.
    QVERIFY(m_server->createRepository(QStringLiteral("tenant")));
    const auto tenant = GitSync::clone(m_server->url(QStringLiteral("tenant")), m_work->filePath(QStringLiteral("tenant")), callbacks());
    QVERIFY(!tenant);
    QCOMPARE(tenant.error().code, QStringLiteral("tls.certificate.untrusted"));
    QVERIFY2(tenant.error().message.contains(certificate(QStringLiteral("wrong-ca"))), qPrintable(tenant.error().message));
}

void TestGitHttps::gitSslCaInfoOverridesTheConfig()
{
    writeConfig("[http]\n\tsslCAInfo = " + certificate(QStringLiteral("wrong-ca")).toUtf8() + "\n");
    qputenv("GIT_SSL_CAINFO", QFile::encodeName(certificate(QStringLiteral("ca"))));
    VERIFY_OK(GitSync::clone(m_url, m_work->filePath(QStringLiteral("clone")), callbacks()));

    writeConfig("[http]\n\tsslCAInfo = " + certificate(QStringLiteral("ca")).toUtf8() + "\n");
    qputenv("GIT_SSL_CAINFO", QFile::encodeName(certificate(QStringLiteral("wrong-ca"))));
    const auto refused = GitSync::clone(m_url, m_work->filePath(QStringLiteral("refused")), callbacks());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("tls.certificate.untrusted"));
}

void TestGitHttps::anAuthorityFolderInHttpSslCAPathIsTrusted()
{
    const QString folder = m_work->filePath(QStringLiteral("authorities"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(certificate(QStringLiteral("ca")), folder + QStringLiteral("/fleetdesk-test.crt")));
    QFile notes(folder + QStringLiteral("/README"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a certificate\n");
    notes.close();
    writeConfig("[http]\n\tsslCAPath = " + folder.toUtf8() + "\n");
    VERIFY_OK(GitSync::clone(m_url, m_work->filePath(QStringLiteral("clone")), callbacks()));
}

void TestGitHttps::withoutTheAuthorityTheCertificateIsNotTrustedAndTheErrorNamesTheHost()
{
    const QString path = m_work->filePath(QStringLiteral("clone"));
    const auto refused = GitSync::clone(withCredentials(m_url), path, callbacks());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("tls.certificate.untrusted"));
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QLatin1String("certificate of 127.0.0.1 is not trusted")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("http.sslCAInfo")), qPrintable(message));
    QVERIFY2(!message.contains(token) && !refused.error().toString().contains(token), qPrintable(message));
    QCOMPARE(m_credentialRequests, 0); // nothing was sent to a server that is not trusted
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("/.git")));
}

void TestGitHttps::aWrongAuthorityIsNotTrusted()
{
    writeConfig("[http]\n\tsslCAInfo = " + certificate(QStringLiteral("wrong-ca")).toUtf8() + "\n");
    const auto refused = GitSync::clone(withCredentials(m_url), m_work->filePath(QStringLiteral("clone")), callbacks());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("tls.certificate.untrusted"));
    QVERIFY2(refused.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(certificate(QStringLiteral("wrong-ca"))), qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(token));
    QCOMPARE(m_credentialRequests, 0);
}

void TestGitHttps::aCertificateForAnotherNameIsRefused()
{
    writeConfig("[http]\n\tsslCAInfo = " + certificate(QStringLiteral("ca")).toUtf8() + "\n");
    const auto refused = GitSync::clone(withCredentials(m_otherServer->url(QStringLiteral("platform"))),
                                        m_work->filePath(QStringLiteral("clone")), callbacks());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("tls.certificate.namemismatch"));
    QVERIFY2(refused.error().message.contains(QLatin1String("certificate of 127.0.0.1 is for another host: it names "
                                                            "git.example.test")),
             qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(token));
    QCOMPARE(m_credentialRequests, 0);
}

void TestGitHttps::theSystemAuthoritiesStayTrustedBesideACustomOne()
{
    // OpenSSL reads the system's authorities from SSL_CERT_FILE when it is set: here the test CA stands in for a
    // public one there, while the git config names an unrelated private authority. Both are trusted.
    qputenv("SSL_CERT_FILE", QFile::encodeName(certificate(QStringLiteral("ca"))));
    writeConfig("[http]\n\tsslCAInfo = " + certificate(QStringLiteral("wrong-ca")).toUtf8() + "\n");
    VERIFY_OK(GitSync::clone(m_url, m_work->filePath(QStringLiteral("clone")), callbacks()));
}

void TestGitHttps::anUnreadableAuthorityFileIsNamed()
{
    const QString missing = m_work->filePath(QStringLiteral("no-such-ca.pem"));
    writeConfig("[http]\n\tsslCAInfo = " + missing.toUtf8() + "\n");
    const auto refused = GitSync::clone(m_url, m_work->filePath(QStringLiteral("clone")), callbacks());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("tls.ca.unreadable"));
    QVERIFY2(refused.error().message.contains(missing), qPrintable(refused.error().message));
    QCOMPARE(refused.error().where.file, missing);
}

QTEST_GUILESS_MAIN(TestGitHttps)

#include "tst_githttps.moc"
