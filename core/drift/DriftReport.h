#pragma once

// CONTRACT (lead): what the drift engine (core/drift) produces and the UI (diff view, tree counts) and
// `fleetdesk diff` consume. The drift engine's owner may add to it; changing what is here needs the lead.

#include "common/Error.h"
#include "manifest/ObjectId.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

#include <memory>
#include <vector>

namespace fleetdesk {

enum class DriftKind
{
    InSync,  ///< the dry-run result equals the live object (ignored fields aside)
    Create,  ///< in Git, not in the cluster: Flux would create it
    Change,  ///< in both, with field differences
    Prune,   ///< in the Kustomization's inventory, no longer rendered, and prune is on: Flux would delete it
    Skipped, ///< not compared: ssa: Ignore, reconcile: disabled, or ssa: IfNotPresent on an existing object
    Error    ///< the dry-run or the read failed (message says why)
};

/// One field that differs. Paths are like kubectl's: ".spec.replicas",
/// ".spec.template.spec.containers[name=web].image", ".data.password".
struct FieldDrift
{
    QString path;
    QJsonValue live;    ///< Undefined when the field is absent from the live object
    QJsonValue desired; ///< Undefined when the field is absent from the desired object
    QString manager;    ///< the field manager that last set the live value (managedFields); empty when unknown
    QString operation;  ///< that manager's operation: "Update" or "Apply"
    bool secretValue = false; ///< a Secret's data/stringData key: live and desired are withheld (Undefined)
    bool defaulted = false;   ///< set only live, by the API server's defaulting (hidden by "hide defaulted")
};

struct ObjectDrift
{
    ObjectId id;
    DriftKind kind = DriftKind::InSync;
    std::vector<FieldDrift> fields;
    QString message;     ///< for Skipped and Error
    QString liveYaml;    ///< normalised live object (ignored fields removed, Secret values redacted); empty if absent
    QString desiredYaml; ///< normalised dry-run result, same rules; empty for Prune
    QString sourceFile;  ///< the desired object's file, repository-relative; empty when generated or pruned
    int sourceLine = 0;  ///< 1-based
};

/// The drift of one Flux Kustomization at one revision.
struct KustomizationDrift
{
    QString cluster;
    QString ns;
    QString name;
    QString repositoryRoot; ///< the checkout the desired state was rendered from
    QString revision;       ///< the commit rendered, or "worktree" for uncommitted edits
    QDateTime computedAt;
    std::vector<ObjectDrift> objects;
    QString error; ///< the render or API failure that prevented a result; objects is then empty

    /// Objects that would change (Create, Change, Prune).
    int driftCount() const;
};

using KustomizationDriftPtr = std::shared_ptr<const KustomizationDrift>;

} // namespace fleetdesk

Q_DECLARE_METATYPE(fleetdesk::KustomizationDriftPtr)
