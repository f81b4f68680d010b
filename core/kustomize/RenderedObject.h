#pragma once

#include "manifest/ObjectId.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace fleetdesk {

/// One Kubernetes object that a kustomization renders, typed the way kustomize decodes YAML (bool, number, null
/// and string as in YAML 1.2's core schema; a quoted scalar is always a string).
struct RenderedObject
{
    QJsonObject object;
    QString sourceFile; ///< repository-relative path of the document it came from; empty for generated objects
    int sourceLine = 0; ///< 1-based line of the document's first content line in sourceFile; 0 when generated

    /// apiVersion, kind, metadata.namespace and metadata.name.
    ObjectId id() const;
};

/// What a render produced, and how.
struct RenderResult
{
    std::vector<RenderedObject> objects; ///< in kustomize's output order
    QString renderer;                    ///< "native" or "kustomize" (the real binary, for unsupported features)
    QStringList unsupported;             ///< features the native renderer does not implement (why it fell back)
};

} // namespace fleetdesk
