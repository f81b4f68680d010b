#pragma once

#include "common/Issue.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace fleetdesk {

/// Writes lint results for people and for CI: plain text, JSON, or SARIF 2.1.0 (what code-scanning services
/// read). File paths are written relative to the platform repository's root, so that they match the repository
/// being gated; files of other repositories get the relative path from there ("../tenants/acme/...").
class LintReportWriter
{
public:
    enum class Format
    {
        Text,
        Json,
        Sarif
    };

    static std::optional<Format> formatFromName(const QString& name);

    /// `repositoryRoots` maps Issue::repository (a folder name) to the checkout's absolute path.
    LintReportWriter(QString platformRoot, QHash<QString, QString> repositoryRoots);

    QByteArray write(const std::vector<Issue>& issues, Format format) const;

    /// The path of an issue's file as the report writes it.
    QString reportPath(const Issue& issue) const;

    /// True when the issues should fail a CI gate: any unsilenced error.
    static bool hasErrors(const std::vector<Issue>& issues);

private:
    QByteArray writeText(const std::vector<Issue>& issues) const;
    QByteArray writeJson(const std::vector<Issue>& issues) const;
    QByteArray writeSarif(const std::vector<Issue>& issues) const;

    QString m_platformRoot;
    QHash<QString, QString> m_repositoryRoots;
};

} // namespace fleetdesk
