// The kustomize conformance suite: every case under tests/data/kustomize is built by the native renderer and by the
// real kustomize v5.8.1, and the two object sets must be the same (parsed to JSON, sorted by id). Cases of features
// the native renderer does not implement must be handed to the real binary, and fail with "unsupported: " when the
// fallback is off. The kustomize binary: FLEETDESK_KUSTOMIZE, else ~/.cache/fleetdesk-testenv/kustomize-v5.8.1*/,
// else PATH; a missing binary fails. The case layout is described in tests/data/kustomize/README.md.
#include "kustomize/KustomizeRenderer.h"
#include "kustomize/KustomizeYaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace fleetdesk;

namespace {

QString casesDir()
{
    return QStringLiteral(FLEETDESK_TEST_DATA_DIR "/kustomize");
}

QString findKustomize()
{
    if (const QString env = qEnvironmentVariable("FLEETDESK_KUSTOMIZE"); !env.isEmpty())
        return env;
    QDir cache(QDir::homePath() + QStringLiteral("/.cache/fleetdesk-testenv"));
    for (const QString& d : cache.entryList({QStringLiteral("kustomize-v5.8.1*")}, QDir::Dirs, QDir::Name)) {
        for (const QString& c : {cache.filePath(d + QStringLiteral("/kustomize")), cache.filePath(d + QStringLiteral("/bin/kustomize"))})
            if (QFileInfo(c).isExecutable())
                return c;
    }
    return QStandardPaths::findExecutable(QStringLiteral("kustomize"));
}

/// What a case's case.txt says (all optional).
struct CaseSpec
{
    QString build;       ///< the subfolder to build; empty: the case folder
    QString unsupported; ///< the feature the native renderer hands to kustomize
    bool expectError = false;
};

CaseSpec readCase(const QString& name)
{
    CaseSpec spec;
    QFile file(casesDir() + QLatin1Char('/') + name + QStringLiteral("/case.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return spec;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("build:")))
            spec.build = line.mid(6).trimmed();
        else if (line.startsWith(QLatin1String("unsupported:")))
            spec.unsupported = line.mid(12).trimmed();
        else if (line == QLatin1String("expect: error"))
            spec.expectError = true;
    }
    return spec;
}

QStringList caseNames()
{
    return QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

using ObjectSet = std::vector<std::pair<QString, QJsonObject>>;

ObjectSet normalise(const std::vector<RenderedObject>& objects)
{
    ObjectSet set;
    for (const RenderedObject& o : objects)
        set.emplace_back(o.id().key(), o.object);
    std::stable_sort(set.begin(), set.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return set;
}

QString show(const QJsonValue& v)
{
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// The path of the first difference between two values, and both sides there.
QString firstDifference(const QJsonValue& native, const QJsonValue& real, const QString& path)
{
    if (native.isObject() && real.isObject()) {
        const QJsonObject a = native.toObject(), b = real.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& key : keys) {
            if (a.value(key) != b.value(key) || a.contains(key) != b.contains(key))
                return firstDifference(a.value(key), b.value(key), path + QLatin1Char('.') + key);
        }
        return {};
    }
    if (native.isArray() && real.isArray()) {
        const QJsonArray a = native.toArray(), b = real.toArray();
        for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
            const QJsonValue x = i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined);
            const QJsonValue y = i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined);
            if (x != y || x.isUndefined() != y.isUndefined())
                return firstDifference(x, y, path + QStringLiteral("[%1]").arg(i));
        }
        return {};
    }
    return QStringLiteral("%1: native %2, kustomize %3").arg(path, show(native), show(real));
}

/// A readable description of the first difference between two normalised object sets; empty when equal.
QString describeDifference(const ObjectSet& native, const ObjectSet& real)
{
    QStringList nativeIds, realIds;
    for (const auto& o : native)
        nativeIds.append(o.first);
    for (const auto& o : real)
        realIds.append(o.first);
    if (nativeIds != realIds) {
        QStringList onlyNative, onlyReal;
        for (const QString& id : nativeIds)
            if (!realIds.contains(id))
                onlyNative.append(id);
        for (const QString& id : realIds)
            if (!nativeIds.contains(id))
                onlyReal.append(id);
        return QStringLiteral("different objects: only native [%1]; only kustomize [%2]")
            .arg(onlyNative.join(QLatin1String(", ")), onlyReal.join(QLatin1String(", ")));
    }
    for (size_t i = 0; i < native.size(); ++i) {
        if (native[i].second != real[i].second)
            return native[i].first + QStringLiteral(": ") + firstDifference(native[i].second, real[i].second, {});
    }
    return {};
}

/// Notes a failure the renderer owns where its owner sees it (the build tree's kustomize-failures.md).
void noteRendererFailure(const QString& caseName, const QString& reason)
{
    const QString dir = qEnvironmentVariable("FLEETDESK_KUSTOMIZE_FAILURES");
    if (dir.isEmpty())
        return;
    QFile file(dir);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(QStringLiteral("- %1: %2\n").arg(caseName, reason.left(400).replace(QLatin1Char('\n'), QLatin1Char(' '))).toUtf8());
}

} // namespace

class KustomizeConformanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_kustomize = findKustomize();
        QVERIFY2(!m_kustomize.isEmpty(), "kustomize v5.8.1 not found: set FLEETDESK_KUSTOMIZE or build it with "
                                         "tests/testenv/build.sh");
        QProcess version;
        version.start(m_kustomize, {QStringLiteral("version")});
        QVERIFY(version.waitForFinished(30000));
        QVERIFY2(version.readAllStandardOutput().contains("v5.8.1"), "the conformance suite needs kustomize v5.8.1");
    }

    void theSuiteHasAtLeastSixtyCases()
    {
        QVERIFY2(caseNames().size() >= 60, qPrintable(QString::number(caseNames().size())));
        int comparable = 0;
        for (const QString& name : caseNames())
            comparable += readCase(name).unsupported.isEmpty() ? 1 : 0;
        QVERIFY2(comparable >= 60, qPrintable(QString::number(comparable)));
    }

    void nativeRenderMatchesKustomize_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const QString& name : caseNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void nativeRenderMatchesKustomize()
    {
        QFETCH(QString, caseName);
        const CaseSpec spec = readCase(caseName);
        const QString root = casesDir() + QLatin1Char('/') + caseName;
        const QString buildDir = spec.build.isEmpty() ? root : root + QLatin1Char('/') + spec.build;

        QProcess kustomize;
        kustomize.start(m_kustomize, {QStringLiteral("build"), buildDir});
        QVERIFY(kustomize.waitForFinished(60000));
        const bool realFailed = kustomize.exitStatus() != QProcess::NormalExit || kustomize.exitCode() != 0;
        QCOMPARE(realFailed, spec.expectError);

        auto source = workingTreeSource(root);
        RenderOptions options;
        options.kustomizeBinary = m_kustomize;
        KustomizeRenderer renderer(*source, options);
        auto native = renderer.build(spec.build);

        if (spec.expectError) {
            QVERIFY2(!native, "kustomize fails on this case, so the native renderer must not render it");
            return;
        }
        if (!native)
            noteRendererFailure(caseName, QStringLiteral("native render failed: ") + native.error().toString());
        QVERIFY2(native, native ? "" : qPrintable(native.error().toString()));
        if (spec.unsupported.isEmpty()) {
            if (native->renderer != QLatin1String("native"))
                noteRendererFailure(caseName, QStringLiteral("fell back to kustomize for: ") + native->unsupported.join(QLatin1String(", ")));
            QCOMPARE(native->renderer, QStringLiteral("native"));
        } else {
            QCOMPARE(native->renderer, QStringLiteral("kustomize"));
            QVERIFY2(!native->unsupported.isEmpty(), "a fallback must say which features it fell back for");
        }

        auto real = KustomizeYaml::parseDocuments(QStringLiteral("kustomize-build.yaml"), kustomize.readAllStandardOutput());
        QVERIFY2(real, real ? "" : qPrintable(real.error().toString()));
        const QString difference = describeDifference(normalise(native->objects), normalise(*real));
        if (!difference.isEmpty())
            noteRendererFailure(caseName, difference);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void unsupportedFeaturesFailClearlyWithoutAFallback_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const QString& name : caseNames()) {
            if (!readCase(name).unsupported.isEmpty())
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    void unsupportedFeaturesFailClearlyWithoutAFallback()
    {
        QFETCH(QString, caseName);
        const CaseSpec spec = readCase(caseName);
        auto source = workingTreeSource(casesDir() + QLatin1Char('/') + caseName);

        RenderOptions off;
        off.allowFallback = false;
        auto refused = KustomizeRenderer(*source, off).build(spec.build);
        QVERIFY2(!refused, "an unsupported feature without the fallback must not render");
        QVERIFY2(refused.error().message.startsWith(QLatin1String("unsupported: ")), qPrintable(refused.error().message));

        RenderOptions missing;
        missing.kustomizeBinary = QDir::temp().filePath(QStringLiteral("fleetdesk-no-such-kustomize/kustomize"));
        auto noBinary = KustomizeRenderer(*source, missing).build(spec.build);
        QVERIFY2(!noBinary, "an unsupported feature without a kustomize binary must not render");
        QVERIFY2(noBinary.error().message.startsWith(QLatin1String("unsupported: ")), qPrintable(noBinary.error().message));
    }

private:
    QString m_kustomize;
};

QTEST_GUILESS_MAIN(KustomizeConformanceTest)
#include "tst_kustomizeconformance.moc"
