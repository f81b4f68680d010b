#include "ControlPlane.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

std::optional<ControlPlane> ControlPlane::fromEnvironment(QString* whyNot)
{
    auto fail = [whyNot](const QString& reason) {
        if (whyNot) {
            *whyNot = reason;
        }
        return std::nullopt;
    };
    const QString runDir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("FLEETDESK_TESTENV_RUN_DIR"));
    if (runDir.isEmpty()) {
        return fail(QStringLiteral("FLEETDESK_TESTENV_RUN_DIR is not set (run through ctest's testenv fixture)"));
    }
    QFile file(runDir + QStringLiteral("/testenv.env"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return fail(QStringLiteral("%1: %2 (is the control plane up?)").arg(file.fileName(), file.errorString()));
    }
    ControlPlane plane;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0) {
            plane.m_keys.append(line.left(eq));
            plane.m_values.append(line.mid(eq + 1));
        }
    }
    if (plane.apiServer().isEmpty() || plane.adminKubeconfig().isEmpty()) {
        return fail(QStringLiteral("%1 is incomplete").arg(file.fileName()));
    }
    return plane;
}

QString ControlPlane::value(const QString& key) const
{
    const qsizetype i = m_keys.indexOf(key);
    return i < 0 ? QString() : m_values.at(i);
}

ControlPlane::Result ControlPlane::kubectl(const QStringList& arguments, const QString& kubeconfig, int timeoutMs) const
{
    QProcess process;
    QStringList args{QStringLiteral("--kubeconfig"), kubeconfig.isEmpty() ? adminKubeconfig() : kubeconfig};
    args += arguments;
    process.start(binDir() + QStringLiteral("/kubectl"), args);
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.errors = QStringLiteral("kubectl %1: %2").arg(arguments.join(QLatin1Char(' ')), process.errorString());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    result.errors = QString::fromUtf8(process.readAllStandardError());
    return result;
}
