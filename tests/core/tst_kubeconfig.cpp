// kubeconfig loading: the KUBECONFIG merge rules of kubectl, file references, inline data, exec plugins.

#include "TestData.h"
#include "kube/Kubeconfig.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleetdesk;

class TestKubeconfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!test::writeFile(path, content))
            return {};
        return path;
    }

private Q_SLOTS:
    void theFirstFileThatDefinesANameWins()
    {
        const QString a = write(QStringLiteral("a.yaml"), R"(apiVersion: v1
kind: Config
current-context: prod
clusters:
  - name: prod
    cluster:
      server: https://127.0.0.1:6443
contexts:
  - name: prod
    context: {cluster: prod, user: admin, namespace: flux-system}
users:
  - name: admin
    user: {token: first}
)");
        const QString b = write(QStringLiteral("b.yaml"), R"(apiVersion: v1
kind: Config
current-context: other
clusters:
  - name: prod
    cluster:
      server: https://10.0.0.1:6443
  - name: staging
    cluster:
      server: https://127.0.0.2:6443
contexts:
  - name: staging
    context: {cluster: staging, user: admin}
users:
  - name: admin
    user: {token: second}
)");
        const auto config = Kubeconfig::load({a, m_dir.filePath(QStringLiteral("missing.yaml")), b});
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().toString()));
        QCOMPARE(config->currentContext(), QStringLiteral("prod"));
        QCOMPARE(config->contextNames(), (QStringList{QStringLiteral("prod"), QStringLiteral("staging")}));
        const auto prod = config->endpoint(QStringLiteral("prod"));
        QVERIFY(prod);
        QCOMPARE(prod->cluster.server, QStringLiteral("https://127.0.0.1:6443"));
        QCOMPARE(prod->user.token, QStringLiteral("first"));
        QCOMPARE(prod->context.ns, QStringLiteral("flux-system"));
        const auto staging = config->endpoint(QStringLiteral("staging"));
        QVERIFY(staging);
        QCOMPARE(staging->user.token, QStringLiteral("first"));
    }

    void fileReferencesAreResolvedAgainstTheKubeconfigsFolder()
    {
        write(QStringLiteral("pki/ca.crt"), "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n");
        const QString path = write(QStringLiteral("refs.yaml"), R"(clusters:
  - name: c
    cluster:
      server: https://127.0.0.1:1
      certificate-authority: pki/ca.crt
      tls-server-name: kubernetes
      proxy-url: socks5://127.0.0.1:1080
users:
  - name: u
    user:
      client-certificate-data: Y2VydA==
      client-key-data: a2V5
      tokenFile: token.txt
contexts:
  - name: c
    context: {cluster: c, user: u}
)");
        const auto config = Kubeconfig::load({path});
        QVERIFY(config);
        const auto endpoint = config->endpoint(QStringLiteral("c"));
        QVERIFY(endpoint);
        QVERIFY(endpoint->cluster.certificateAuthorityData.contains("CA"));
        QCOMPARE(endpoint->cluster.tlsServerName, QStringLiteral("kubernetes"));
        QCOMPARE(endpoint->cluster.proxyUrl, QStringLiteral("socks5://127.0.0.1:1080"));
        QCOMPARE(endpoint->user.clientCertificateData, QByteArray("cert"));
        QCOMPARE(endpoint->user.clientKeyData, QByteArray("key"));
        QCOMPARE(endpoint->user.tokenFile, m_dir.filePath(QStringLiteral("token.txt")));
    }

    void anUnreadableCertificateFileNamesTheKubeconfig()
    {
        const QString path = write(QStringLiteral("badref.yaml"), R"(clusters:
  - name: c
    cluster:
      server: https://127.0.0.1:1
      certificate-authority: nowhere/ca.crt
)");
        const auto config = Kubeconfig::load({path});
        QVERIFY(!config);
        QCOMPARE(config.error().where.file, path);
        QVERIFY(config.error().message.contains(QLatin1String("nowhere/ca.crt")));
    }

    void malformedYamlIsAnErrorWithFileAndLine()
    {
        const QString path = write(QStringLiteral("broken.yaml"), "clusters:\n  - name: [x\n");
        const auto config = Kubeconfig::load({path});
        QVERIFY(!config);
        QCOMPARE(config.error().where.file, path);
        QVERIFY(config.error().where.line >= 2);
    }

    void execPluginsAreReadWithTheirEnvironment()
    {
        const QString path = write(QStringLiteral("exec.yaml"), R"(users:
  - name: e
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1
        command: ./bin/get-token
        args: [--cluster, prod]
        env:
          - {name: MODE, value: fast}
        installHint: install get-token from your platform team
        interactiveMode: Never
)");
        const auto config = Kubeconfig::load({path});
        QVERIFY(config);
        QVERIFY(!config->endpoint(QStringLiteral("none")));
        // Reach the user through a context made for the test.
        const auto withContext = Kubeconfig::fromYaml(
            "clusters: [{name: c, cluster: {server: 'https://127.0.0.1:1'}}]\n"
            "contexts: [{name: c, context: {cluster: c, user: e}}]\n"
            "users: [{name: e, user: {exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: get-token, "
            "args: [a]}}}]\n",
            QStringLiteral("inline"), m_dir.path());
        QVERIFY(withContext);
        const auto endpoint = withContext->endpoint(QStringLiteral("c"));
        QVERIFY(endpoint);
        QCOMPARE(endpoint->user.exec.command, QStringLiteral("get-token"));
        QCOMPARE(endpoint->user.exec.args, QStringList{QStringLiteral("a")});
    }

    void theExecFingerprintChangesWithTheCommand()
    {
        ExecConfig a;
        a.command = QStringLiteral("get-token");
        a.args = {QStringLiteral("--cluster"), QStringLiteral("prod")};
        ExecConfig b = a;
        QCOMPARE(a.fingerprint(), b.fingerprint());
        b.args.append(QStringLiteral("--debug"));
        QVERIFY(a.fingerprint() != b.fingerprint());
        ExecConfig c = a;
        c.env.append({QStringLiteral("PATH"), QStringLiteral("/tmp/evil")});
        QVERIFY(a.fingerprint() != c.fingerprint());
    }

    void unsupportedExecApiVersionsAreRefused()
    {
        const auto config = Kubeconfig::fromYaml(
            "users: [{name: e, user: {exec: {apiVersion: client.authentication.k8s.io/v1alpha1, command: x}}}]\n",
            QStringLiteral("old.yaml"), m_dir.path());
        QVERIFY(!config);
        QVERIFY(config.error().message.contains(QLatin1String("v1alpha1")));
        QCOMPARE(config.error().where.file, QStringLiteral("old.yaml"));
    }

    void kubeconfigEnvironmentListIsSplitOnColons()
    {
        qputenv("KUBECONFIG", "/a/config:/b/config");
        QCOMPARE(Kubeconfig::defaultPaths(), (QStringList{QStringLiteral("/a/config"), QStringLiteral("/b/config")}));
        qunsetenv("KUBECONFIG");
        QVERIFY(Kubeconfig::defaultPaths().constFirst().endsWith(QLatin1String("/.kube/config")));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
