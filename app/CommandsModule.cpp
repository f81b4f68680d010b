#include "CommandsModule.h"

#include "ModuleLoader.h"
#include "WindowCommandLine.h"
#include "common/Translations.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <array>

namespace {

constexpr char moduleFileName[] = "fleetdesk-commands.so";

/// The commands CommandLine::runHeadless (app/CommandLine.cpp, in the module) runs.
constexpr std::array<const char*, 8> moduleCommands{"lint",    "generate-fleet", "build",  "diff",
                                                    "status", "suspend",        "resume", "reconcile"};

QString missingText(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("main", "the commands module %1 is missing or broken (%2); reinstall "
                                               "Fleetdesk to get it back")
        .arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

namespace CommandsModule {

bool handles(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString& command = arguments.constFirst();
    for (const char* name : moduleCommands)
        if (command == QLatin1String(name))
            return true;
    return false;
}

int run(int argc, char** argv)
{
    const QString path = ModuleLoader::modulePath(argv[0], moduleFileName);
    QString reason;
    if (const auto entry = reinterpret_cast<Entry>(ModuleLoader::resolve(path, entrySymbol, &reason)))
        return entry(argc, argv);
    QCoreApplication app(argc, argv);
    WindowCommandLine::setApplicationIdentity();
    fleetdesk::installTranslators(app);
    QTextStream(stderr) << QStringLiteral("fleetdesk: ") << missingText(path, reason) << '\n';
    return 1;
}

std::unique_ptr<fleetdesk::SecretStore> keychain(QString* reason)
{
    const QString path = ModuleLoader::modulePath(QCoreApplication::applicationFilePath().toLocal8Bit().constData(),
                                                  moduleFileName);
    QString why;
    const auto factory = reinterpret_cast<KeychainFactory>(ModuleLoader::resolve(path, keychainSymbol, &why));
    if (!factory) {
        *reason = missingText(path, why);
        return nullptr;
    }
    return std::unique_ptr<fleetdesk::SecretStore>(factory());
}

} // namespace CommandsModule
