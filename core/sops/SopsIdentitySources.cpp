#include "SopsIdentitySources.h"

#include "AgeKeyFile.h"
#include "KeychainAgeIdentities.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace fleetdesk {

namespace {

Result<SecureBuffer> readSecretFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("SopsIdentitySources", "cannot read identity file %1: %2")
                             .arg(path, f.errorString()),
                         SourceLocation{path, 0, 0}, QStringLiteral("age.identity"));
    const qint64 size = f.size();
    if (size > qint64(AgeKeyFile::kMaxSize))
        return makeError(QCoreApplication::translate("SopsIdentitySources", "identity file %1 is larger than 16 MiB")
                             .arg(path),
                         SourceLocation{path, 0, 0}, QStringLiteral("limit.size"));
    SecureBuffer buf{static_cast<std::size_t>(size)};
    if (size > 0 && f.read(reinterpret_cast<char*>(buf.data()), size) != size)
        return makeError(QCoreApplication::translate("SopsIdentitySources", "cannot read identity file %1").arg(path),
                         SourceLocation{path, 0, 0}, QStringLiteral("age.identity"));
    return buf;
}

} // namespace

QString SopsIdentitySources::defaultKeyFile(const QProcessEnvironment& env)
{
#if defined(Q_OS_WIN)
    return env.value(QStringLiteral("AppData")) + QStringLiteral("\\sops\\age\\keys.txt");
#else
    const QString xdg = env.value(QStringLiteral("XDG_CONFIG_HOME"));
#if defined(Q_OS_MACOS)
    if (!xdg.isEmpty())
        return xdg + QStringLiteral("/sops/age/keys.txt");
    return env.value(QStringLiteral("HOME")) + QStringLiteral("/Library/Application Support/sops/age/keys.txt");
#else
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return xdg + QStringLiteral("/sops/age/keys.txt");
    return env.value(QStringLiteral("HOME")) + QStringLiteral("/.config/sops/age/keys.txt");
#endif
#endif
}

QStringList SopsIdentitySources::splitCommand(const QString& command)
{
    QStringList out;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < command.size()) {
                current += command[++i];
            } else {
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < command.size()) {
            current += command[++i];
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out.append(current);
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (inWord)
        out.append(current);
    return out;
}

Result<SopsIdentitySources::Loaded> SopsIdentitySources::load(const QProcessEnvironment& env)
{
    Loaded loaded;
    auto add = [&](const SecureBuffer& text, const QString& source, bool several) -> Result<void> {
        auto ids = AgeKeyFile::parse(text, source, several);
        if (!ids)
            return std::unexpected(ids.error());
        loaded.identities += *ids;
        loaded.sources.append(source);
        return {};
    };
    if (env.contains(QStringLiteral("SOPS_AGE_KEY"))) {
        QString value = env.value(QStringLiteral("SOPS_AGE_KEY"));
        const SecureBuffer text = SecureBuffer::fromView(value.toUtf8());
        value.fill(QLatin1Char(' '));
        if (auto r = add(text, QStringLiteral("SOPS_AGE_KEY"), true); !r)
            return std::unexpected(r.error());
    }
    if (const QString file = env.value(QStringLiteral("SOPS_AGE_KEY_FILE")); !file.isEmpty()) {
        auto text = readSecretFile(file);
        if (!text)
            return std::unexpected(text.error());
        if (auto r = add(*text, QStringLiteral("SOPS_AGE_KEY_FILE (%1)").arg(file), false); !r)
            return std::unexpected(r.error());
    }
    if (const QString cmd = env.value(QStringLiteral("SOPS_AGE_KEY_CMD")); !cmd.isEmpty()) {
        const QStringList argv = splitCommand(cmd);
        if (argv.isEmpty())
            return makeError(QCoreApplication::translate("SopsIdentitySources", "SOPS_AGE_KEY_CMD is empty"), {},
                             QStringLiteral("age.identity"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(argv.first(), argv.mid(1));
        const bool finished = process.waitForFinished(30000);
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            if (!finished)
                process.kill();
            return makeError(QCoreApplication::translate("SopsIdentitySources",
                                                         "SOPS_AGE_KEY_CMD (%1) failed: %2")
                                 .arg(argv.first(), finished ? QString::fromLocal8Bit(process.readAllStandardError())
                                                                   .trimmed()
                                                             : process.errorString()),
                             {}, QStringLiteral("age.identity"));
        }
        QByteArray out = process.readAllStandardOutput();
        const SecureBuffer text = SecureBuffer::fromView(out);
        out.fill('\0');
        if (auto r = add(text, QStringLiteral("SOPS_AGE_KEY_CMD"), false); !r)
            return std::unexpected(r.error());
    }
    const QString def = defaultKeyFile(env);
    if (QFile::exists(def)) {
        auto text = readSecretFile(def);
        if (!text)
            return std::unexpected(text.error());
        if (auto r = add(*text, def, false); !r)
            return std::unexpected(r.error());
    }
    return loaded;
}

Result<SopsIdentitySources::Loaded> SopsIdentitySources::load(const QProcessEnvironment& env, SecretStore* keychain)
{
    auto loaded = load(env);
    if (!loaded || !keychain)
        return loaded;
    auto stored = KeychainAgeIdentities::list(*keychain);
    if (!stored) {
        if (loaded->identities.isEmpty() && stored.error().code != QLatin1String("secrets.unavailable"))
            return std::unexpected(stored.error());
        return loaded;
    }
    if (!stored->isEmpty()) {
        loaded->identities += *stored;
        loaded->sources.append(QCoreApplication::translate("SopsIdentitySources", "the keychain"));
    }
    return loaded;
}

} // namespace fleetdesk
