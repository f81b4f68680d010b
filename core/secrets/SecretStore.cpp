#include "SecretStore.h"

#include <QFileInfo>
#include <QUrl>

namespace fleetdesk {

QString SecretStore::secretKeyForUrl(const QString& url)
{
    const QUrl parsed(url);
    QString key = QStringLiteral("git-token:%1://%2").arg(parsed.scheme(), parsed.host());
    if (parsed.port() > 0)
        key += QStringLiteral(":%1").arg(parsed.port());
    return key;
}

QString SecretStore::secretKeyForSshKey(const QString& privateKeyFile)
{
    return QStringLiteral("ssh-passphrase:%1").arg(QFileInfo(privateKeyFile).absoluteFilePath());
}

} // namespace fleetdesk
