#include "DriftReport.h"

namespace fleetdesk {

int KustomizationDrift::driftCount() const
{
    int count = 0;
    for (const ObjectDrift& object : objects) {
        if (object.kind == DriftKind::Create || object.kind == DriftKind::Change || object.kind == DriftKind::Prune)
            ++count;
    }
    return count;
}

} // namespace fleetdesk
