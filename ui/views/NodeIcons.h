#pragma once

#include "common/Issue.h"
#include "engine/FleetSnapshot.h"

#include <QIcon>

namespace fleetdesk {

/// Icons for the fleet tree and the issues panel, drawn from the SVGs in resources/icons in the colours of the
/// current Theme: a glyph per node kind (and per Kubernetes kind), a status disc per ReconcileState, a badge per
/// lint severity. Icons are cached and rebuilt when the colour scheme changes.
class NodeIcons
{
public:
    /// The Name column's icon: the kind glyph, with the reconcile state (unless unknown) at the bottom right and
    /// a lint error or warning badge at the top right.
    static QIcon forNode(const FleetNode& node);
    static QIcon glyph(NodeKind nodeKind, const QString& kind);
    static QIcon forState(ReconcileState state);
    static QIcon forSeverity(Severity severity, bool silenced = false);
    static QIcon application();

    /// The resource name (without ".svg") of the glyph for a node kind and Kubernetes kind.
    static QString glyphName(NodeKind nodeKind, const QString& kind);
    static QString stateName(ReconcileState state);

    /// Renders an icon SVG with `currentColor` replaced by `color`; a null pixmap when the SVG is missing.
    static QPixmap render(const QString& name, const QColor& color, int size, qreal devicePixelRatio = 1.0);
    static void clearCache();
};

} // namespace fleetdesk
