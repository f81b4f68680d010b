#pragma once

#include "AgeRecipient.h"
#include "SopsMetadata.h"
#include "common/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace fleetdesk {

/// One creation rule of .sops.yaml.
struct SopsCreationRule
{
    QString pathRegex;                     // empty: matches every file
    SopsSelection selection;               // the rule's crypt selection (may be empty: sops's default applies)
    QList<QList<AgeRecipient>> keyGroups;  // flat `age:` gives one group; `key_groups:` gives one per group
    int shamirThreshold = 0;
    bool hasOtherKeyTypes = false;         // pgp/kms/… keys that Fleetdesk cannot use
    int index = 0;                         // position in creation_rules, for messages
};

/// .sops.yaml (config/config.go): creation rules and store settings. Error code "sops.config".
class SopsConfig
{
public:
    QString path;      // absolute path of the .sops.yaml
    QList<SopsCreationRule> rules;
    int yamlIndent = 4;
    int jsonIndent = -1;

    static Result<SopsConfig> parse(QByteArrayView text, const QString& path);
    static Result<SopsConfig> load(const QString& path);

    /// Finds .sops.yaml for `filePath`. Order: `explicitPath`, then $SOPS_CONFIG, then — with preferWorkingDir,
    /// as sops does — the working directory and its parents (up to 100 levels); then the file's own directory and
    /// its parents up to the repository root (the first folder holding .git). Returns nothing when none exists.
    static std::optional<QString> locate(const QString& filePath, const QString& explicitPath = {},
                                         bool preferWorkingDir = true);

    /// The first rule whose path_regex matches the file path relative to the config's folder.
    Result<SopsCreationRule> ruleFor(const QString& filePath) const;
    QString relativePath(const QString& filePath) const;
};

} // namespace fleetdesk
