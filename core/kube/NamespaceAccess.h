#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace fleetdesk {

class KubeClient;

/// Where a user may list a resource: everywhere, or in some namespaces only.
struct NamespaceScope
{
    bool clusterWide = false;
    QStringList namespaces; ///< when not cluster-wide: the namespaces the user may list in, sorted
};

/// Finds where the current user may list a resource, for users who are not allowed to list cluster-wide: asks
/// the API server with SelfSubjectAccessReview, first cluster-wide, then for each candidate namespace (the
/// configured ones, the context's namespace, the fleet's namespaces from Git, and every namespace when the user
/// may list namespaces). Denials are the expected answer here, never errors.
class NamespaceAccess
{
public:
    static void resolve(KubeClient* client, const QString& group, const QString& resource, const QString& verb,
                        QStringList candidates, std::function<void(Result<NamespaceScope>)> done);

    /// One SelfSubjectAccessReview: may the user do `verb` on `group`/`resource` in `ns` ("" = all namespaces)?
    static void canI(KubeClient* client, const QString& verb, const QString& group, const QString& resource,
                     const QString& ns, std::function<void(Result<bool>)> done);
};

} // namespace fleetdesk
