#include "KnownHosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace fleetdesk {

QString SshHostKey::sha256Fingerprint() const
{
    if (blob.isEmpty())
        return fingerprint;
    const QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(hash.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString SshHostKey::knownHostsName() const
{
    if (port == 22 || port <= 0)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString KnownHosts::defaultFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::typeOfBlob(const QByteArray& blob)
{
    if (blob.size() < 4)
        return {};
    const auto* bytes = reinterpret_cast<const unsigned char*>(blob.constData());
    const quint32 length = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | bytes[3];
    if (length == 0 || length > 64 || qsizetype(length) + 4 > blob.size())
        return {};
    return QString::fromLatin1(blob.mid(4, qsizetype(length)));
}

bool KnownHosts::hostMatches(const QString& patterns, const QString& name)
{
    if (patterns.startsWith(QLatin1String("|1|"))) {
        const QStringList parts = patterns.split(QLatin1Char('|'));
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
        return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
    }
    bool matched = false;
    for (const QString& rawPattern : patterns.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool negated = rawPattern.startsWith(QLatin1Char('!'));
        const QString pattern = negated ? rawPattern.mid(1) : rawPattern;
        // OpenSSH patterns know only '*' and '?'; brackets ("[host]:port") are literal.
        QString expression = QRegularExpression::escape(pattern);
        expression.replace(QLatin1String("\\*"), QLatin1String(".*")).replace(QLatin1String("\\?"), QLatin1String("."));
        const QRegularExpression anchored(QRegularExpression::anchoredPattern(expression),
                                          QRegularExpression::CaseInsensitiveOption);
        if (anchored.match(name).hasMatch()) {
            if (negated)
                return false; // a negated match wins over everything
            matched = true;
        }
    }
    return matched;
}

Result<KnownHosts::Check> KnownHosts::check(const QString& file, const SshHostKey& key)
{
    Check result;
    QFile input(file);
    if (!input.exists())
        return result;
    if (!input.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(file, input.errorString()), {file}, QStringLiteral("io.read"));
    const QString name = key.knownHostsName();
    int lineNumber = 0;
    Check changed;
    bool sawChanged = false;
    while (!input.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(input.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QString marker;
        if (!fields.isEmpty() && fields.first().startsWith(QLatin1Char('@')))
            marker = fields.takeFirst();
        if (fields.size() < 3 || marker == QLatin1String("@cert-authority"))
            continue;
        if (!hostMatches(fields.at(0), name))
            continue;
        const QByteArray blob = QByteArray::fromBase64(fields.at(2).toLatin1());
        if (marker == QLatin1String("@revoked")) {
            if (blob == key.blob)
                return Check{Verdict::Changed, lineNumber};
            continue;
        }
        if (fields.at(1) != key.type)
            continue;
        if (blob == key.blob) {
            result = Check{Verdict::Known, lineNumber};
            continue; // keep reading: a later @revoked line still refuses
        }
        if (!sawChanged) {
            changed = Check{Verdict::Changed, lineNumber};
            sawChanged = true;
        }
    }
    if (result.verdict == Verdict::Known)
        return result;
    if (sawChanged)
        return changed;
    return result;
}

Result<void> KnownHosts::add(const QString& file, const SshHostKey& key)
{
    QByteArray salt(20, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray hash =
        QMessageAuthenticationCode::hash(key.knownHostsName().toUtf8(), salt, QCryptographicHash::Sha1);
    return appendLines(file, "|1|" + salt.toBase64() + "|" + hash.toBase64() + " " + key.type.toLatin1() + " "
                                 + key.blob.toBase64() + "\n");
}

Result<void> KnownHosts::appendLines(const QString& file, const QByteArray& lines)
{
    if (lines.isEmpty())
        return {};
    const QString folder = QFileInfo(file).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return makeError(tr("cannot create the folder of %1").arg(file), {file}, QStringLiteral("io.mkdir"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const bool existed = QFileInfo::exists(file);
    QFile output(file);
    if (!output.open(QIODevice::Append))
        return makeError(tr("cannot write %1: %2").arg(file, output.errorString()), {file}, QStringLiteral("io.write"));
    QByteArray text = lines;
    if (output.size() > 0) {
        // Start on a new line when the file does not end with one.
        QFile reader(file);
        if (reader.open(QIODevice::ReadOnly) && reader.seek(reader.size() - 1) && reader.read(1) != "\n")
            text.prepend('\n');
    }
    if (!text.endsWith('\n'))
        text.append('\n');
    if (output.write(text) != text.size() || !output.flush())
        return makeError(tr("cannot write %1: %2").arg(file, output.errorString()), {file}, QStringLiteral("io.write"));
    if (!existed)
        output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    return {};
}

Error KnownHosts::changedKeyError(const QString& file, const SshHostKey& key, int line)
{
    return Error{tr("WARNING: the SSH host key of %1 has changed! Someone could be intercepting the connection "
                    "(a man-in-the-middle attack), or the server's key was replaced. The server now offers the %2 "
                    "key %3, which does not match the key in %4, line %5. Fleetdesk refuses to connect; if the "
                    "change is expected, remove that line and connect again.")
                     .arg(key.knownHostsName(), key.type, key.sha256Fingerprint(), file)
                     .arg(line),
                 {file, line, 0},
                 QStringLiteral("ssh.hostkey.changed")};
}

} // namespace fleetdesk
