#include "LintReportWriter.h"

#include "fleet/lint/LintRule.h"
#include "fleet/lint/Linter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fleetdesk {

std::optional<LintReportWriter::Format> LintReportWriter::formatFromName(const QString& name)
{
    if (name == QLatin1String("text"))
        return Format::Text;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("sarif"))
        return Format::Sarif;
    return std::nullopt;
}

LintReportWriter::LintReportWriter(QString platformRoot, QHash<QString, QString> repositoryRoots)
    : m_platformRoot(std::move(platformRoot))
    , m_repositoryRoots(std::move(repositoryRoots))
{
}

bool LintReportWriter::hasErrors(const std::vector<Issue>& issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue& i) { return !i.silenced && i.severity == Severity::Error; });
}

QString LintReportWriter::reportPath(const Issue& issue) const
{
    if (issue.location.file.isEmpty())
        return {};
    const QString root = m_repositoryRoots.value(issue.repository);
    if (root.isEmpty() || root == m_platformRoot)
        return issue.location.file;
    return QDir(m_platformRoot).relativeFilePath(root + QLatin1Char('/') + issue.location.file);
}

QByteArray LintReportWriter::write(const std::vector<Issue>& issues, Format format) const
{
    switch (format) {
    case Format::Text:
        return writeText(issues);
    case Format::Json:
        return writeJson(issues);
    case Format::Sarif:
        return writeSarif(issues);
    }
    return {};
}

QByteArray LintReportWriter::writeText(const std::vector<Issue>& issues) const
{
    QString out;
    int errors = 0;
    int warnings = 0;
    int silenced = 0;
    for (const Issue& issue : issues) {
        SourceLocation where = issue.location;
        where.file = reportPath(issue);
        out += where.toString() + QStringLiteral(": ") + severityName(issue.severity) + QStringLiteral(": ")
            + issue.message + QStringLiteral(" [") + issue.ruleId + QLatin1Char(']');
        if (issue.silenced) {
            out += QLatin1Char(' ') + QCoreApplication::translate("LintReportWriter", "(silenced)");
            ++silenced;
        } else if (issue.severity == Severity::Error) {
            ++errors;
        } else if (issue.severity == Severity::Warning) {
            ++warnings;
        }
        out += QLatin1Char('\n');
        if (!issue.hint.isEmpty())
            out += QStringLiteral("    ") + QCoreApplication::translate("LintReportWriter", "hint: %1").arg(issue.hint)
                + QLatin1Char('\n');
    }
    out += QCoreApplication::translate("LintReportWriter", "%n error(s)", nullptr, errors) + QStringLiteral(", ")
        + QCoreApplication::translate("LintReportWriter", "%n warning(s)", nullptr, warnings) + QStringLiteral(", ")
        + QCoreApplication::translate("LintReportWriter", "%n silenced", nullptr, silenced) + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray LintReportWriter::writeJson(const std::vector<Issue>& issues) const
{
    QJsonArray findings;
    for (const Issue& issue : issues) {
        QJsonObject o;
        o.insert(QStringLiteral("rule"), issue.ruleId);
        o.insert(QStringLiteral("severity"), severityName(issue.severity));
        o.insert(QStringLiteral("message"), issue.message);
        o.insert(QStringLiteral("hint"), issue.hint);
        o.insert(QStringLiteral("file"), reportPath(issue));
        o.insert(QStringLiteral("line"), issue.location.line);
        o.insert(QStringLiteral("column"), issue.location.column);
        o.insert(QStringLiteral("repository"), issue.repository);
        o.insert(QStringLiteral("object"), issue.objectName);
        o.insert(QStringLiteral("silenced"), issue.silenced);
        findings.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("tool"), QStringLiteral("fleetdesk"));
    root.insert(QStringLiteral("version"), QStringLiteral(FLEETDESK_VERSION));
    root.insert(QStringLiteral("errors"), hasErrors(issues));
    root.insert(QStringLiteral("findings"), findings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("warning");
}

} // namespace

QByteArray LintReportWriter::writeSarif(const std::vector<Issue>& issues) const
{
    QJsonArray rules;
    for (const auto& rule : Linter::rules()) {
        QJsonObject r;
        r.insert(QStringLiteral("id"), rule->id());
        r.insert(QStringLiteral("name"), rule->id());
        r.insert(QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), rule->title()}});
        r.insert(QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), rule->description()}});
        r.insert(QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), rule->hint()}});
        r.insert(QStringLiteral("defaultConfiguration"),
                 QJsonObject{{QStringLiteral("level"), sarifLevel(rule->severity())}});
        rules.append(r);
    }
    QJsonArray results;
    for (const Issue& issue : issues) {
        QJsonObject result;
        result.insert(QStringLiteral("ruleId"), issue.ruleId);
        result.insert(QStringLiteral("level"), sarifLevel(issue.severity));
        result.insert(QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("text"),
                                   issue.hint.isEmpty() ? issue.message : issue.message + QStringLiteral(" ") + issue.hint}});
        QJsonObject region;
        if (issue.location.line > 0)
            region.insert(QStringLiteral("startLine"), issue.location.line);
        if (issue.location.column > 0)
            region.insert(QStringLiteral("startColumn"), issue.location.column);
        QJsonObject physical;
        physical.insert(QStringLiteral("artifactLocation"), QJsonObject{{QStringLiteral("uri"), reportPath(issue)}});
        if (!region.isEmpty())
            physical.insert(QStringLiteral("region"), region);
        result.insert(QStringLiteral("locations"),
                      QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}});
        if (issue.silenced) {
            result.insert(QStringLiteral("suppressions"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("inSource")},
                                                 {QStringLiteral("justification"),
                                                  QStringLiteral("fleetdesk.io/lint-ignore annotation")}}});
        }
        results.append(result);
    }
    QJsonObject driver;
    driver.insert(QStringLiteral("name"), QStringLiteral("fleetdesk"));
    driver.insert(QStringLiteral("version"), QStringLiteral(FLEETDESK_VERSION));
    driver.insert(QStringLiteral("informationUri"), QStringLiteral("https://fleetdesk.example.org"));
    driver.insert(QStringLiteral("rules"), rules);
    QJsonObject run;
    run.insert(QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}});
    run.insert(QStringLiteral("results"), results);
    QJsonObject root;
    root.insert(QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"));
    root.insert(QStringLiteral("version"), QStringLiteral("2.1.0"));
    root.insert(QStringLiteral("runs"), QJsonArray{run});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace fleetdesk
