#include "PrivateSecretService.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>

namespace fleetdesk {

namespace {

constexpr char insideVariable[] = "FLEETDESK_PRIVATE_SECRET_SERVICE";
constexpr char reasonVariable[] = "FLEETDESK_SECRET_SERVICE_UNAVAILABLE";

// Unlocks a new login keyring and waits until the Secret Service name is on the bus, then runs the test.
constexpr char script[] = R"SH(
echo -n fleetdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
for i in $(seq 100); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && exec "$@"
  sleep 0.05
done
exit 91
)SH";

int continueWithout(const QString& reason)
{
    qputenv(reasonVariable, reason.toUtf8());
    return -1;
}

} // namespace

int PrivateSecretService::runInside(int argc, char** argv)
{
    if (qEnvironmentVariable(insideVariable) == QLatin1String("1"))
        return -1;
    for (const char* tool : {"dbus-run-session", "dbus-send", "gnome-keyring-daemon"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return continueWithout(QStringLiteral("%1 is not installed (Debian packages dbus, dbus-bin and gnome-keyring)")
                                       .arg(QString::fromLatin1(tool)));
    QTemporaryDir home;
    if (!home.isValid())
        return continueWithout(QStringLiteral("cannot create a temporary HOME"));

    QStringList arguments{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(script),
                          QStringLiteral("fleetdesk-secret-service")};
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QString::fromLatin1(insideVariable), QStringLiteral("1"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral("dbus-run-session"), arguments);
    if (!process.waitForStarted(10000))
        return continueWithout(QStringLiteral("dbus-run-session could not be started"));
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit)
        return 1;
    if (process.exitCode() == 90 || process.exitCode() == 91) {
        std::fprintf(stderr, "gnome-keyring-daemon did not come up in the private D-Bus session; running without it\n");
        return continueWithout(QStringLiteral("gnome-keyring-daemon did not provide org.freedesktop.secrets in a private "
                                              "D-Bus session"));
    }
    return process.exitCode();
}

QString PrivateSecretService::unavailableReason()
{
    return qEnvironmentVariable(reasonVariable);
}

} // namespace fleetdesk
