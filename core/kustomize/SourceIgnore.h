#pragma once

#include "kustomize/KustomizeRenderer.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fleetdesk {

/// The rules by which source-controller v1.9 leaves files out of a GitRepository's artifact (fluxcd/pkg/sourceignore
/// and pkg/artifact's SourceIgnoreFilter), so that a build sees what kustomize-controller sees:
/// - every `.sourceignore` file of the repository (gitignore syntax; a pattern applies below the directory of its
///   file; `.git` is not searched), then the GitRepository's `spec.ignore`;
/// - always the VCS files: `.git/`, `.gitignore`, `.gitmodules`, `.gitattributes`;
/// - only when neither gives a pattern, the defaults as well: images and archives (`*.jpg`, `*.jpeg`, `*.gif`,
///   `*.png`, `*.wmv`, `*.flv`, `*.tar.gz`, `*.zip`), CI files (`.github/`, `.circleci/`, `.travis.yml`,
///   `.gitlab-ci.yml`, `appveyor.yml`, `.drone.yml`, `cloudbuild.yaml`, `codeship-services.yml`,
///   `codeship-steps.yml`) and `**/.goreleaser.yml`, `**/.sops.yaml`, `**/.flux.yaml`.
/// The last matching pattern decides (a later `!pattern` includes again). Each path is judged on its own, as the
/// archiver walks: a file below an excluded directory is excluded by the same pattern unless a later one includes it.
class SourceIgnore
{
public:
    /// The rules of a checkout; `specIgnore` is the GitRepository's spec.ignore when it is set.
    static SourceIgnore load(const RenderFileSource& source, const std::optional<QString>& specIgnore = {});
    /// Rules from pattern text (one pattern a line), as if in a `.sourceignore` of `directory`; for tests.
    static SourceIgnore fromText(const QString& text, const QString& directory = {});

    /// True when `path` (repository-relative, '/'-separated) is left out of the artifact.
    bool excludes(const QString& path, bool isDirectory) const;
    /// The pattern that excludes `path` and where it was written ("apps/.sourceignore:3: *.yaml"); empty when none.
    QString excludedBy(const QString& path, bool isDirectory) const;
    /// Names the rules, for keying caches of what a source read under them.
    QByteArray fingerprint() const;

private:
    struct Pattern
    {
        QStringList domain;
        QStringList parts;
        bool inclusion = false;
        bool dirOnly = false;
        bool isGlob = false;
        QString origin; ///< file:line or "spec.ignore:line", and the pattern
        int match(const QStringList& path, bool isDirectory) const; ///< 0 no match, 1 exclude, 2 include
    };
    void addPatterns(const QString& text, const QStringList& domain, const QString& origin);
    const Pattern* decisive(const QString& path, bool isDirectory) const;

    std::vector<Pattern> m_patterns;
};

} // namespace fleetdesk
