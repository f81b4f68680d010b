#include "GitCommitSigner.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace fleetdesk {

namespace {

constexpr int signingTimeoutMs = 120000; // a pinentry or a hardware key may wait for the user

Error unsupported(const QString& why)
{
    return Error{GitCommitSigner::tr("Signing is unsupported for your setup: %1. The commit was not made; sign "
                                     "it with git, or set commit.gpgsign to false for this repository.")
                     .arg(why),
                 {},
                 QStringLiteral("git.signing.unsupported")};
}

QString expandHome(const QString& path)
{
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

struct ProcessOutcome
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessOutcome runWithInput(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    ProcessOutcome outcome;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return outcome;
    outcome.started = true;
    process.write(input);
    process.closeWriteChannel();
    outcome.finished = process.waitForFinished(signingTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!outcome.finished)
        process.kill();
    outcome.exitCode = process.exitCode();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

} // namespace

Result<QByteArray> GitCommitSigner::sign(const GitSigningConfig& config, const QByteArray& commitContent)
{
    const QString format = config.format.isEmpty() ? QStringLiteral("openpgp") : config.format.toLower();
    if (format == QLatin1String("openpgp"))
        return signWithGpg(config, commitContent);
    if (format == QLatin1String("ssh"))
        return signWithSsh(config, commitContent);
    return std::unexpected(unsupported(tr("gpg.format is \"%1\"; Fleetdesk signs with openpgp and ssh").arg(format)));
}

Result<QByteArray> GitCommitSigner::signWithGpg(const GitSigningConfig& config, const QByteArray& commitContent)
{
    const QString program = config.program.isEmpty() ? QStringLiteral("gpg") : expandHome(config.program);
    if (QStandardPaths::findExecutable(program).isEmpty() && !QFileInfo(program).isExecutable())
        return std::unexpected(unsupported(tr("the OpenPGP program %1 is not installed").arg(program)));
    const QString key = config.signingKey.isEmpty() ? config.committer : config.signingKey;
    const ProcessOutcome outcome =
        runWithInput(program, {QStringLiteral("--status-fd=2"), QStringLiteral("-bsau"), key}, commitContent);
    if (!outcome.started)
        return std::unexpected(unsupported(tr("%1 could not be started").arg(program)));
    if (!outcome.finished || outcome.exitCode != 0 || !outcome.err.contains("[GNUPG:] SIG_CREATED ")
        || !outcome.out.startsWith("-----BEGIN PGP SIGNATURE-----"))
        return makeError(tr("%1 could not sign the commit with the key \"%2\": %3")
                             .arg(program, key, QString::fromLocal8Bit(outcome.err).trimmed().left(2000)),
                         {}, QStringLiteral("git.signing.failed"));
    return outcome.out;
}

Result<QByteArray> GitCommitSigner::signWithSsh(const GitSigningConfig& config, const QByteArray& commitContent)
{
    const QString program = config.program.isEmpty() ? QStringLiteral("ssh-keygen") : expandHome(config.program);
    if (QStandardPaths::findExecutable(program).isEmpty() && !QFileInfo(program).isExecutable())
        return std::unexpected(unsupported(tr("the SSH signing program %1 is not installed").arg(program)));
    if (config.signingKey.isEmpty())
        return std::unexpected(unsupported(tr("gpg.format is ssh but user.signingkey is not set")));

    QStringList arguments{QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-n"), QStringLiteral("git"),
                          QStringLiteral("-f")};
    QTemporaryFile literalKey;
    if (config.signingKey.startsWith(QLatin1String("key::")) || config.signingKey.startsWith(QLatin1String("ssh-"))) {
        // A literal public key: the private half is in the agent.
        const QString publicKey = config.signingKey.startsWith(QLatin1String("key::")) ? config.signingKey.mid(5)
                                                                                      : config.signingKey;
        if (!literalKey.open())
            return makeError(tr("cannot write the public signing key to a temporary file"), {},
                             QStringLiteral("git.signing.failed"));
        literalKey.write(publicKey.toUtf8() + '\n');
        literalKey.flush();
        arguments << literalKey.fileName() << QStringLiteral("-U");
    } else {
        const QString keyFile = expandHome(config.signingKey);
        if (!QFileInfo::exists(keyFile))
            return makeError(tr("the SSH signing key %1 (user.signingkey) does not exist").arg(keyFile), {},
                             QStringLiteral("git.signing.failed"));
        arguments << keyFile;
    }
    const ProcessOutcome outcome = runWithInput(program, arguments, commitContent);
    if (!outcome.started)
        return std::unexpected(unsupported(tr("%1 could not be started").arg(program)));
    if (!outcome.finished || outcome.exitCode != 0 || !outcome.out.startsWith("-----BEGIN SSH SIGNATURE-----"))
        return makeError(tr("%1 could not sign the commit: %2")
                             .arg(program, QString::fromLocal8Bit(outcome.err).trimmed().left(2000)),
                         {}, QStringLiteral("git.signing.failed"));
    return outcome.out;
}

} // namespace fleetdesk
