#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// One message of a Qt Linguist .ts catalog.
struct TranslationMessage
{
    QString context;
    QString source;
    QString comment;          ///< the disambiguation passed to tr(), if any
    QStringList translations; ///< one entry, or one per plural form for numerus messages
    QString type;             ///< "" when finished, else "unfinished", "vanished" or "obsolete"
    bool numerus = false;

    /// What identifies a message to QTranslator: context, source and disambiguation.
    QString key() const;
    /// Still in the code (lupdate keeps strings that left it as "vanished" or "obsolete").
    bool isLive() const;
    bool isFinished() const;
};

/// A .ts catalog as written by lupdate and edited by translators.
struct TranslationCatalog
{
    QString language; ///< the TS element's language attribute, e.g. "de_DE"
    QList<TranslationMessage> messages;
    QString error;    ///< why the file could not be read; empty on success

    static TranslationCatalog read(const QString& path);

    QList<TranslationMessage> liveMessages() const;
};
