#include "GitCredentialHelper.h"

#include "git/GitHandles.h"
#include "git/GitLibrary.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <git2/config.h>
#include <git2/repository.h>

namespace fleetdesk {

namespace {

Result<git::ConfigPtr> openConfig(git_repository* repository)
{
    git_config* raw = nullptr;
    const int code = repository ? git_repository_config_snapshot(&raw, repository) : git_config_open_default(&raw);
    if (code < 0)
        return makeError(GitCredentialHelper::tr("cannot read the git config"), {}, QStringLiteral("git.config"));
    if (!repository) {
        git_config* snapshot = nullptr;
        const int snapshotCode = git_config_snapshot(&snapshot, raw);
        git_config_free(raw);
        if (snapshotCode < 0)
            return makeError(GitCredentialHelper::tr("cannot read the git config"), {}, QStringLiteral("git.config"));
        raw = snapshot;
    }
    return git::ConfigPtr(raw);
}

/// The "protocol=...\nhost=...\n" description of `url` for the helper protocol.
QByteArray describe(const QUrl& url, const QString& username)
{
    QByteArray text = "protocol=" + url.scheme().toUtf8() + "\nhost=" + url.host().toUtf8();
    if (url.port() > 0)
        text += ":" + QByteArray::number(url.port());
    text += "\n";
    const QString user = username.isEmpty() ? url.userName() : username;
    if (!user.isEmpty())
        text += "username=" + user.toUtf8() + "\n";
    return text;
}

bool sameEndpoint(const QUrl& stored, const QUrl& wanted)
{
    return stored.scheme() == wanted.scheme() && stored.host().compare(wanted.host(), Qt::CaseInsensitive) == 0
        && stored.port(-1) == wanted.port(-1);
}

} // namespace

QStringList GitCredentialHelper::helpersFor(git_repository* repository, const QString& url)
{
    GitLibrary library;
    auto config = openConfig(repository);
    if (!config)
        return {};
    const QUrl wanted(url);
    QStringList helpers;
    git_config_iterator* rawIterator = nullptr;
    if (git_config_multivar_iterator_new(&rawIterator, config->get(), "credential.helper", nullptr) == 0) {
        git_config_entry* entry = nullptr;
        while (git_config_next(&entry, rawIterator) == 0) {
            const QString value = QString::fromUtf8(entry->value).trimmed();
            if (value.isEmpty())
                helpers.clear();
            else
                helpers.append(value);
        }
        git_config_iterator_free(rawIterator);
    }
    // credential.<url>.helper entries whose URL matches scheme, host and port.
    if (git_config_iterator_glob_new(&rawIterator, config->get(), "^credential\\..*\\.helper$") == 0) {
        git_config_entry* entry = nullptr;
        while (git_config_next(&entry, rawIterator) == 0) {
            const QString name = QString::fromUtf8(entry->name);
            const QUrl scoped(name.mid(11, name.size() - 11 - 7));
            if (!sameEndpoint(scoped, wanted))
                continue;
            const QString value = QString::fromUtf8(entry->value).trimmed();
            if (value.isEmpty())
                helpers.clear();
            else
                helpers.append(value);
        }
        git_config_iterator_free(rawIterator);
    }
    return helpers;
}

std::optional<GitCredential> GitCredentialHelper::fill(git_repository* repository, const QString& url,
                                                       const QString& username)
{
    for (const QString& helper : helpersFor(repository, url)) {
        std::optional<GitCredential> found;
        if (helper == QLatin1String("store") || helper.startsWith(QLatin1String("store "))) {
            QStringList files;
            const int fileOption = helper.indexOf(QLatin1String("--file="));
            if (fileOption >= 0) {
                files << helper.mid(fileOption + 7).section(QLatin1Char(' '), 0, 0);
            } else {
                files << QDir::homePath() + QStringLiteral("/.git-credentials");
                const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
                files << xdg + QStringLiteral("/git/credentials");
            }
            found = fillFromStore(files, url, username);
        } else {
            GitCredential wanted;
            wanted.username = username;
            found = runHelper(helper, QStringLiteral("get"), url, &wanted);
        }
        if (found)
            return found;
    }
    return std::nullopt;
}

void GitCredentialHelper::approve(git_repository* repository, const QString& url, const GitCredential& credential)
{
    for (const QString& helper : helpersFor(repository, url))
        runHelper(helper, QStringLiteral("store"), url, &credential);
}

std::optional<GitCredential> GitCredentialHelper::fillFromStore(const QStringList& files, const QString& url,
                                                                const QString& username)
{
    const QUrl wanted(url);
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            const QUrl stored(QString::fromUtf8(line), QUrl::StrictMode);
            if (!stored.isValid() || !sameEndpoint(stored, wanted) || stored.password().isEmpty())
                continue;
            const QString user = stored.userName(QUrl::FullyDecoded);
            if (!username.isEmpty() && user != username)
                continue;
            GitCredential credential;
            credential.kind = GitCredential::Kind::UserPassword;
            credential.username = user;
            credential.secret = SecureBuffer::fromView(stored.password(QUrl::FullyDecoded).toUtf8());
            return credential;
        }
    }
    return std::nullopt;
}

std::optional<GitCredential> GitCredentialHelper::runHelper(const QString& helper, const QString& action,
                                                            const QString& url, const GitCredential* credential)
{
    // As git runs them: "!cmd" through the shell, an absolute path as is, a name as `git credential-<name>`.
    QString program;
    QStringList arguments;
    if (helper.startsWith(QLatin1Char('!'))) {
        program = QStringLiteral("/bin/sh");
        arguments << QStringLiteral("-c") << helper.mid(1) + QStringLiteral(" \"$@\"") << helper.mid(1) << action;
    } else if (QDir::isAbsolutePath(helper)) {
        program = QStringLiteral("/bin/sh");
        arguments << QStringLiteral("-c") << helper + QStringLiteral(" \"$@\"") << helper << action;
    } else {
        program = QStringLiteral("/bin/sh");
        arguments << QStringLiteral("-c") << QStringLiteral("git credential-") + helper + QStringLiteral(" \"$@\"")
                  << helper << action;
    }
    SecureBuffer input;
    input.append(describe(QUrl(url), credential ? credential->username : QString()));
    if (credential && action == QLatin1String("store")) {
        input.append("password=");
        input.append(credential->secret);
        input.append('\n');
    }
    input.append('\n');
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return std::nullopt;
    process.write(input.chars(), qint64(input.size()));
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        return std::nullopt;
    }
    if (action != QLatin1String("get"))
        return std::nullopt;
    QByteArray output = process.readAllStandardOutput();
    GitCredential found;
    found.kind = GitCredential::Kind::UserPassword;
    bool hasPassword = false;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("username="))
            found.username = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("password=")) {
            found.secret = SecureBuffer::fromView(QByteArrayView(line.constData() + 9, line.size() - 9));
            hasPassword = true;
        }
    }
    output.fill('\0');
    if (!hasPassword)
        return std::nullopt;
    return found;
}

} // namespace fleetdesk
