#include "views/NodeIcons.h"
#include "views/Theme.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace fleetdesk;

namespace {

/// Number of pixels that are not fully transparent.
int paintedPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void theSchemeIsReadFromTheWindowLightness();
    void theThemeFollowsTheApplicationPalette();
    void iconsAdaptToTheScheme();
    void everyIconResourceRenders_data();
    void everyIconResourceRenders();
    void glyphsFollowTheKind_data();
    void glyphsFollowTheKind();
    void lintBadgesAreDrawnOnTheNodeIcon();
};

void TestTheme::cleanup()
{
    QApplication::setPalette(Theme::paletteFor(Theme::Scheme::Light));
    Theme::instance()->refresh();
}

void TestTheme::theSchemeIsReadFromTheWindowLightness()
{
    QCOMPARE(Theme::schemeOf(Theme::paletteFor(Theme::Scheme::Dark)), Theme::Scheme::Dark);
    QCOMPARE(Theme::schemeOf(Theme::paletteFor(Theme::Scheme::Light)), Theme::Scheme::Light);
    QPalette custom;
    custom.setColor(QPalette::Window, QColor(0x10, 0x10, 0x30));
    custom.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QCOMPARE(Theme::schemeOf(custom), Theme::Scheme::Dark);
    QVERIFY(Theme::colorFor(Theme::Scheme::Dark, Theme::Color::Error)
            != Theme::colorFor(Theme::Scheme::Light, Theme::Color::Error));
}

void TestTheme::theThemeFollowsTheApplicationPalette()
{
    Theme* theme = Theme::instance();
    QApplication::setPalette(Theme::paletteFor(Theme::Scheme::Light));
    theme->refresh();
    QCOMPARE(theme->scheme(), Theme::Scheme::Light);
    QSignalSpy changed(theme, &Theme::schemeChanged);

    QApplication::setPalette(Theme::paletteFor(Theme::Scheme::Dark));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(theme->isDark());
    QCOMPARE(theme->color(Theme::Color::SyntaxKey), Theme::colorFor(Theme::Scheme::Dark, Theme::Color::SyntaxKey));

    QApplication::setPalette(Theme::paletteFor(Theme::Scheme::Light));
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(!theme->isDark());
}

void TestTheme::iconsAdaptToTheScheme()
{
    FleetNode cluster;
    cluster.nodeKind = NodeKind::Cluster;
    const QImage light = NodeIcons::forNode(cluster).pixmap(32, 32).toImage();

    QApplication::setPalette(Theme::paletteFor(Theme::Scheme::Dark));
    QTRY_VERIFY(Theme::instance()->isDark());
    const QImage dark = NodeIcons::forNode(cluster).pixmap(32, 32).toImage();

    QVERIFY(paintedPixels(light) > 0);
    QCOMPARE(light.size(), dark.size());
    QVERIFY(light != dark);
}

void TestTheme::everyIconResourceRenders_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"cluster", "platform", "tenants", "tenant", "kustomization", "helmrelease", "source-git",
                             "source-repository", "notification", "image", "object", "namespace", "secret",
                             "configmap", "rbac", "service", "workload", "status-ready", "status-failed",
                             "status-progressing", "status-suspended", "status-stale", "status-unknown",
                             "severity-error", "severity-warning", "severity-info", "severity-silenced",
                             "org.fleetdesk.Fleetdesk"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestTheme::everyIconResourceRenders()
{
    QFETCH(QString, name);
    const QPixmap pixmap = NodeIcons::render(name, Qt::darkBlue, 24);
    QVERIFY(!pixmap.isNull());
    const int painted = paintedPixels(pixmap.toImage());
    QVERIFY2(painted > 24, qPrintable(QString::number(painted)));
}

void TestTheme::glyphsFollowTheKind_data()
{
    QTest::addColumn<int>("nodeKind");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("glyph");
    QTest::newRow("cluster") << int(NodeKind::Cluster) << QString() << QStringLiteral("cluster");
    QTest::newRow("tenant") << int(NodeKind::Tenant) << QString() << QStringLiteral("tenant");
    QTest::newRow("tenants") << int(NodeKind::Tenants) << QString() << QStringLiteral("tenants");
    QTest::newRow("platform") << int(NodeKind::Platform) << QString() << QStringLiteral("platform");
    QTest::newRow("kustomization") << int(NodeKind::FluxObject) << QStringLiteral("Kustomization")
                                   << QStringLiteral("kustomization");
    QTest::newRow("helm release") << int(NodeKind::FluxObject) << QStringLiteral("HelmRelease")
                                  << QStringLiteral("helmrelease");
    QTest::newRow("git source") << int(NodeKind::FluxObject) << QStringLiteral("GitRepository")
                                << QStringLiteral("source-git");
    QTest::newRow("oci source") << int(NodeKind::FluxObject) << QStringLiteral("OCIRepository")
                                << QStringLiteral("source-repository");
    QTest::newRow("alert") << int(NodeKind::FluxObject) << QStringLiteral("Alert") << QStringLiteral("notification");
    QTest::newRow("secret") << int(NodeKind::Object) << QStringLiteral("Secret") << QStringLiteral("secret");
    QTest::newRow("role binding") << int(NodeKind::Object) << QStringLiteral("RoleBinding") << QStringLiteral("rbac");
    QTest::newRow("deployment") << int(NodeKind::Object) << QStringLiteral("Deployment") << QStringLiteral("workload");
    QTest::newRow("unknown object") << int(NodeKind::Object) << QStringLiteral("Widget") << QStringLiteral("object");
}

void TestTheme::glyphsFollowTheKind()
{
    QFETCH(int, nodeKind);
    QFETCH(QString, kind);
    QFETCH(QString, glyph);
    QCOMPARE(NodeIcons::glyphName(static_cast<NodeKind>(nodeKind), kind), glyph);
}

void TestTheme::lintBadgesAreDrawnOnTheNodeIcon()
{
    FleetNode clean;
    clean.nodeKind = NodeKind::FluxObject;
    clean.kind = QStringLiteral("Kustomization");
    FleetNode failing = clean;
    failing.lintErrors = 1;
    FleetNode warned = clean;
    warned.lintWarnings = 2;

    const QImage a = NodeIcons::forNode(clean).pixmap(16, 16).toImage();
    const QImage b = NodeIcons::forNode(failing).pixmap(16, 16).toImage();
    const QImage c = NodeIcons::forNode(warned).pixmap(16, 16).toImage();
    QVERIFY(a != b);
    QVERIFY(b != c);
    // The badge sits at the top right, in the error colour.
    const QColor errorColor = Theme::instance()->color(Theme::Color::Error);
    const QColor badge = b.pixelColor(b.width() - 2, 4);
    QVERIFY2(qAbs(badge.red() - errorColor.red()) < 40 && qAbs(badge.green() - errorColor.green()) < 40,
             qPrintable(badge.name()));
}

QTEST_MAIN(TestTheme)

#include "tst_theme.moc"
