#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace fleetdesk {

namespace {

QTranslator* loadTranslator(QCoreApplication& app, const QLocale& locale, const QString& catalog,
                            const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, catalog, QStringLiteral("_"), directory) || !app.installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

} // namespace

QList<QTranslator*> installTranslators(QCoreApplication& app, const QLocale& locale)
{
    QList<QTranslator*> installed;
    if (auto* qt = loadTranslator(app, locale, QStringLiteral("qtbase"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        installed.append(qt);
    }
    if (auto* own = loadTranslator(app, locale, QStringLiteral("fleetdesk"),
                                   QString::fromLatin1(translationsResourcePath))) {
        installed.append(own);
    }
    return installed;
}

} // namespace fleetdesk
