#include "FleetSnapshot.h"

namespace fleetdesk {

bool FleetNode::sameContent(const FleetNode& o) const
{
    return key == o.key && nodeKind == o.nodeKind && name == o.name && kind == o.kind && apiVersion == o.apiVersion
        && ns == o.ns && source == o.source && path == o.path && cluster == o.cluster && tenant == o.tenant
        && repository == o.repository && repositoryRoot == o.repositoryRoot && location == o.location
        && (yaml.constData() == o.yaml.constData() || yaml == o.yaml) && yamlFirstLine == o.yamlFirstLine && suspended == o.suspended && state == o.state && stateReason == o.stateReason
        && lintErrors == o.lintErrors && lintWarnings == o.lintWarnings && lintTotal == o.lintTotal
        && lintRules == o.lintRules && presence == o.presence && stateMessage == o.stateMessage
        && liveRevision == o.liveRevision && attemptedRevision == o.attemptedRevision
        && sourceRevision == o.sourceRevision
        && lastReconcile == o.lastReconcile && liveSuspended == o.liveSuspended && drift == o.drift && driftTotal == o.driftTotal
        && behindBy == o.behindBy && aheadBy == o.aheadBy;
}

} // namespace fleetdesk
