#pragma once

#include "common/Error.h"

#include <QJsonObject>

namespace fleetdesk {

/// Kustomize's strategic merge patch (kyaml merge2 with the built-in Kubernetes schema, patch items first):
///  - maps merge recursively; a null value deletes the key;
///  - lists of the built-in types that carry a merge key merge by it (containers, initContainers and
///    ephemeralContainers by name, ports by containerPort and protocol, Service ports by port and protocol, env and
///    volumes by name, volumeMounts by mountPath, volumeDevices by devicePath, imagePullSecrets by name, hostAliases
///    by ip, topologySpreadConstraints by topologyKey and whenUnsatisfiable, ownerReferences by uid, webhooks by
///    name); the patch's items come first in patch order, then the target's other items; finalizers merge as a set;
///  - every other list (tolerations, args, HPA metrics, and every list of a custom resource) is replaced;
///  - `$patch: delete` removes a map or a list item, `$patch: replace` replaces a map, and a `- $patch: replace`
///    item replaces the whole list.
/// Like kustomize, `$setElementOrder/…`, `$deleteFromPrimitiveList/…` and `$retainKeys` are not interpreted: they
/// stay in the output as ordinary fields, exactly as `kustomize build` prints them.
/// The patch's apiVersion, kind, name and namespace are taken from the target, as kustomize does for a patch
/// applied through a `target:` selector. A patch that deletes the whole object (`$patch: delete` at its top) gives
/// an empty object.
Result<QJsonObject> applyStrategicMerge(const QJsonObject& target, const QJsonObject& patch);

/// Whether kustomize knows the type of `apiVersion`/`kind` from its built-in schema (a built-in Kubernetes kind);
/// custom resources merge maps but replace every list.
bool isBuiltInKind(const QString& apiVersion, const QString& kind);

} // namespace fleetdesk
