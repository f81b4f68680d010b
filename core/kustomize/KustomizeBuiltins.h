#pragma once

#include "kustomize/FieldSpec.h"

#include <vector>

namespace fleetdesk {

/// One kind of object that others refer to by name, and the fields that do (kustomize's nameReference defaults).
struct NameReference
{
    QString group;
    QString version;
    QString kind;
    std::vector<FieldSpec> referrers;
};

/// kustomize v5's built-in transformer configuration: the fields each transformer touches, which kinds are
/// cluster-scoped, and the default output order.
class KustomizeBuiltins
{
public:
    /// commonLabels and labels with includeSelectors: metadata labels, selectors and pod template labels.
    static const std::vector<FieldSpec>& commonLabels();
    /// labels with includeTemplates: metadata labels and pod template labels.
    static const std::vector<FieldSpec>& templateLabels();
    static const std::vector<FieldSpec>& commonAnnotations();
    static const std::vector<FieldSpec>& replicas();
    static const std::vector<NameReference>& nameReferences();

    /// Cluster-scoped as kustomize's built-in OpenAPI data says; unknown kinds are namespaced.
    static bool isClusterScoped(const QString& apiVersion, const QString& kind);
    /// Position of a kind in kustomize's legacy order (negative first, 0 for the rest, positive last).
    static int kindOrder(const QString& kind);
};

} // namespace fleetdesk
