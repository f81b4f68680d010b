#include "TranslationCatalog.h"

#include <QFile>
#include <QXmlStreamReader>

QString TranslationMessage::key() const
{
    return context + u'\x04' + source + u'\x04' + comment;
}

bool TranslationMessage::isLive() const
{
    return type != u"vanished" && type != u"obsolete";
}

bool TranslationMessage::isFinished() const
{
    if (type == u"unfinished" || translations.isEmpty())
        return false;
    for (const QString& translation : translations) {
        if (translation.trimmed().isEmpty())
            return false;
    }
    return true;
}

namespace {

TranslationMessage readMessage(QXmlStreamReader& xml, const QString& context)
{
    TranslationMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

TranslationCatalog TranslationCatalog::read(const QString& path)
{
    TranslationCatalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalog.error = path + u": " + file.errorString();
        return catalog;
    }
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        catalog.error = path + u": not a Qt Linguist catalog";
        return catalog;
    }
    catalog.language = xml.attributes().value(QLatin1StringView("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context") {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                catalog.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        catalog.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalog;
}

QList<TranslationMessage> TranslationCatalog::liveMessages() const
{
    QList<TranslationMessage> live;
    for (const TranslationMessage& message : messages) {
        if (message.isLive())
            live.append(message);
    }
    return live;
}
