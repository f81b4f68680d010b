#include "GitCli.h"

#include <QProcess>

namespace fleetdesk {

GitCli::Outcome GitCli::run(const QString& directory, const QStringList& args, const QByteArray& input,
                            const QProcessEnvironment& environment)
{
    Outcome outcome;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), directory} + args);
    if (!process.waitForStarted(10000))
        return outcome;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

QString GitCli::output(const QString& directory, const QStringList& args)
{
    const Outcome outcome = run(directory, args);
    if (!outcome.ok())
        return QStringLiteral("<git failed: %1>").arg(QString::fromUtf8(outcome.err).trimmed());
    return outcome.text();
}

} // namespace fleetdesk
