#include "RenderedObject.h"

namespace fleetdesk {

ObjectId RenderedObject::id() const
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    return ObjectId::fromApiVersion(object.value(QLatin1String("apiVersion")).toString(),
                                    object.value(QLatin1String("kind")).toString(),
                                    metadata.value(QLatin1String("namespace")).toString(),
                                    metadata.value(QLatin1String("name")).toString());
}

} // namespace fleetdesk
