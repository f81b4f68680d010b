#include "KustomizeEnvFile.h"

#include <QStringDecoder>

namespace fleetdesk {

bool KustomizeEnvFile::isValidKey(const QString& key)
{
    if (key.isEmpty() || key.size() > 253 || key == QLatin1String(".") || key.startsWith(QLatin1String("..")))
        return false;
    for (const QChar c : key) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

Result<QList<QPair<QString, QByteArray>>> KustomizeEnvFile::parse(const QString& path, const QByteArray& content)
{
    // bufio.Scanner's default limit: a line that does not fit ends the scan without an error.
    constexpr qsizetype maxLine = 64 * 1024;
    QList<QPair<QString, QByteArray>> pairs;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        const bool lastLine = end < 0;
        if (lastLine)
            end = content.size();
        QByteArray line = content.mid(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.size() >= maxLine)
            return makeError(tr("%1:%2: the line is 64 KiB or longer; kustomize silently ignores it and every line "
                                "after it")
                                 .arg(path)
                                 .arg(lineNumber),
                             {path, lineNumber, 1}, QStringLiteral("kustomize.envfile"));
        if (line.endsWith('\r'))
            line.chop(1);
        if (!QByteArrayView(line).isValidUtf8())
            return makeError(tr("%1:%2: the line is not valid UTF-8").arg(path).arg(lineNumber), {path, lineNumber, 1},
                             QStringLiteral("kustomize.envfile"));
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        // A byte order mark on a later line stays part of the key (QString::fromUtf8 would drop it).
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(line);
        qsizetype first = 0;
        while (first < text.size() && text.at(first).isSpace())
            ++first;
        text = text.mid(first);
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? text : text.left(eq);
        if (!isValidKey(key))
            return makeError(tr("%1:%2: invalid key '%3': a ConfigMap or Secret key consists of letters, digits, '-', "
                                "'_' and '.' (kustomize would build it, the API server refuses the object)")
                                 .arg(path)
                                 .arg(lineNumber)
                                 .arg(key),
                             {path, lineNumber, 1}, QStringLiteral("kustomize.envfile"));
        pairs.append({key, eq < 0 ? QByteArray() : text.mid(eq + 1).toUtf8()});
    }
    return pairs;
}

} // namespace fleetdesk
