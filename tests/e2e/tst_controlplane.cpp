// The e2e helper finds the control plane that ctest's testenv fixture started, and it is a real one.
#include "ControlPlane.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestControlPlane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString whyNot;
        m_plane = ControlPlane::fromEnvironment(&whyNot);
        QVERIFY2(m_plane, qPrintable(whyNot));
    }

    void apiServerReportsKubernetes136()
    {
        const auto result = m_plane->kubectl({QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/version")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
        const QString version = QJsonDocument::fromJson(result.output.toUtf8()).object().value(QStringLiteral("gitVersion")).toString();
        QVERIFY2(version.startsWith(QStringLiteral("v1.36.")), qPrintable(version));
    }

    void tenantDevIsForbiddenOutsideItsNamespace()
    {
        const auto inside = m_plane->kubectl(
            {QStringLiteral("-n"), m_plane->tenantNamespace(), QStringLiteral("get"), QStringLiteral("configmaps")},
            m_plane->tenantDevKubeconfig());
        QVERIFY2(inside.exitCode == 0, qPrintable(inside.errors));
        const auto outside = m_plane->kubectl(
            {QStringLiteral("-n"), QStringLiteral("kube-system"), QStringLiteral("get"), QStringLiteral("configmaps")},
            m_plane->tenantDevKubeconfig());
        QVERIFY(outside.exitCode != 0);
        QVERIFY2(outside.errors.contains(QStringLiteral("forbidden")), qPrintable(outside.errors));
    }

    void gitServerUrlIsLoopback()
    {
        QVERIFY2(m_plane->gitUrl().startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(m_plane->gitUrl()));
    }

private:
    std::optional<ControlPlane> m_plane;
};

QTEST_GUILESS_MAIN(TestControlPlane)
#include "tst_controlplane.moc"
