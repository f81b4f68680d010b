// installTranslators() (core/common/Translations.h) against the compiled catalogs embedded under :/i18n.

#include "common/Translations.h"
#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace fleetdesk;

namespace {

QString catalogPath(const QString& language)
{
    return qEnvironmentVariable("FLEETDESK_SOURCE_DIR") + QStringLiteral("/translations/fleetdesk_%1.ts").arg(language);
}

/// The finished singular messages of a catalog: what QCoreApplication::translate() must return once installed.
QList<TranslationMessage> translatedMessages(const QString& language)
{
    QList<TranslationMessage> translated;
    for (const TranslationMessage& message : TranslationCatalog::read(catalogPath(language)).liveMessages()) {
        if (message.isFinished() && !message.numerus)
            translated.append(message);
    }
    return translated;
}

QString translate(const TranslationMessage& message)
{
    return QCoreApplication::translate(message.context.toUtf8().constData(), message.source.toUtf8().constData(),
                                       message.comment.isEmpty() ? nullptr : message.comment.toUtf8().constData());
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    QList<QTranslator*> m_installed;

private Q_SLOTS:
    void cleanup()
    {
        for (QTranslator* translator : std::as_const(m_installed)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        m_installed.clear();
    }

    void compiledCatalogsAreEmbedded_data() { languages(); }

    void compiledCatalogsAreEmbedded()
    {
        QFETCH(QString, language);
        const QString path = QString::fromLatin1(translationsResourcePath) + u"/fleetdesk_" + language + u".qm";
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTranslator translator;
        QVERIFY(translator.load(path));
        QVERIFY(!translator.isEmpty());
    }

    void localeInstallsItsCatalog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("German") << QStringLiteral("de") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("French") << QStringLiteral("fr") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("Austrian German falls back to German") << QStringLiteral("de")
                                                                << QLocale(QLocale::German, QLocale::Austria);
        QTest::newRow("Canadian French falls back to French") << QStringLiteral("fr")
                                                                << QLocale(QLocale::French, QLocale::Canada);
    }

    void localeInstallsItsCatalog()
    {
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        const QList<TranslationMessage> messages = translatedMessages(language);
        QVERIFY2(!messages.isEmpty(), qPrintable(catalogPath(language) + u" has no finished translation"));

        m_installed = installTranslators(*QCoreApplication::instance(), locale);
        QVERIFY(!m_installed.isEmpty());
        for (const TranslationMessage& message : messages)
            QCOMPARE(translate(message), message.translations.constFirst());
    }

    void localeWithoutCatalogKeepsTheSourceStrings()
    {
        const QList<TranslationMessage> messages = translatedMessages(QStringLiteral("de"));
        QVERIFY(!messages.isEmpty());

        m_installed = installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        for (const TranslationMessage& message : messages)
            QCOMPARE(translate(message), message.source);
    }

    void translatorsBelongToTheApplication()
    {
        m_installed = installTranslators(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(!m_installed.isEmpty());
        for (const QTranslator* translator : std::as_const(m_installed))
            QCOMPARE(translator->parent(), QCoreApplication::instance());
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
