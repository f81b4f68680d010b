// The translation catalogs in translations/ against the code: every tr() string in core/, ui/ and app/ is in
// every catalog, translated, and keeps its placeholders and accelerator.

#include "TranslationCatalog.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("FLEETDESK_SOURCE_DIR");
}

QString catalogPath(const QString& language)
{
    return sourceDir() + QStringLiteral("/translations/fleetdesk_%1.ts").arg(language);
}

QString describe(const TranslationMessage& message)
{
    return message.context + u": \"" + message.source + u'"';
}

/// Prints every offending message (QTest cuts long failure messages) and returns a short summary.
QString summarize(const QStringList& problems)
{
    for (const QString& problem : problems)
        qWarning().noquote() << "  " << problem;
    return QStringLiteral("%1 message(s), listed above").arg(problems.size());
}

/// The placeholders %1..%99 (with or without the L localization flag) of a string.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2})"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

/// How many accelerator markers a string has: a single '&' before a letter or digit ("&&" is a literal ampersand).
int acceleratorCount(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

} // namespace

class TranslationCatalogTest : public QObject
{
    Q_OBJECT

private:
    /// The catalog lupdate writes for the code as it is now, read once.
    TranslationCatalog m_fromCode;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "FLEETDESK_SOURCE_DIR is not set");
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString generated = scratch.filePath(QStringLiteral("fleetdesk_xx.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(FLEETDESK_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
                       QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"),
                       generated});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());
        m_fromCode = TranslationCatalog::read(generated);
        QVERIFY2(m_fromCode.error.isEmpty(), qPrintable(m_fromCode.error));
        QVERIFY2(!m_fromCode.messages.isEmpty(), "lupdate found no tr() string in core/, ui/ and app/");
    }

    void catalogsDeclareTheirLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("declared");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de_DE");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("fr_FR");
    }

    void catalogsDeclareTheirLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, declared);
        const TranslationCatalog catalog = TranslationCatalog::read(catalogPath(language));
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QCOMPARE(catalog.language, declared);
    }

    void everyStringInTheCodeIsInTheCatalog_data() { languages(); }

    void everyStringInTheCodeIsInTheCatalog()
    {
        QFETCH(QString, language);
        const TranslationCatalog catalog = TranslationCatalog::read(catalogPath(language));
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QSet<QString> known;
        for (const TranslationMessage& message : catalog.liveMessages())
            known.insert(message.key());
        QStringList missing;
        for (const TranslationMessage& message : m_fromCode.messages) {
            if (!known.contains(message.key()))
                missing.append(describe(message));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"Missing from " + catalogPath(language) + u" (run scripts/update-translations.sh), "
                            + summarize(missing)));
    }

    void everyStringIsTranslated_data() { languages(); }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        const TranslationCatalog catalog = TranslationCatalog::read(catalogPath(language));
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QStringList unfinished;
        for (const TranslationMessage& message : catalog.liveMessages()) {
            if (!message.isFinished())
                unfinished.append(describe(message));
        }
        QVERIFY2(!catalog.liveMessages().isEmpty(), "the catalog holds no message");
        QVERIFY2(unfinished.isEmpty(), qPrintable(u"Unfinished in " + catalogPath(language) + u", "
                                                  + summarize(unfinished)));
    }

    void translationsKeepThePlaceholders_data() { languages(); }

    void translationsKeepThePlaceholders()
    {
        QFETCH(QString, language);
        const TranslationCatalog catalog = TranslationCatalog::read(catalogPath(language));
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QStringList broken;
        for (const TranslationMessage& message : catalog.liveMessages()) {
            if (!message.isFinished())
                continue;
            const QSet<QString> expected = placeholders(message.source);
            for (const QString& translation : message.translations) {
                if (placeholders(translation) != expected) {
                    broken.append(describe(message) + u" -> \"" + translation + u'"');
                    break;
                }
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(u"Placeholders differ, " + summarize(broken)));
    }

    void translationsKeepTheAccelerator_data() { languages(); }

    void translationsKeepTheAccelerator()
    {
        QFETCH(QString, language);
        const TranslationCatalog catalog = TranslationCatalog::read(catalogPath(language));
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QStringList broken;
        for (const TranslationMessage& message : catalog.liveMessages()) {
            if (!message.isFinished())
                continue;
            const int expected = acceleratorCount(message.source);
            for (const QString& translation : message.translations) {
                if (acceleratorCount(translation) != expected) {
                    broken.append(describe(message) + u" -> \"" + translation + u'"');
                    break;
                }
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(u"Accelerators (&) differ, " + summarize(broken)));
    }

private:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("French") << QStringLiteral("fr");
    }
};

QTEST_GUILESS_MAIN(TranslationCatalogTest)
#include "tst_translationcatalog.moc"
