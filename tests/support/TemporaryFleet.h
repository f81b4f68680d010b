#pragma once

#include "fleet/DemoFleetGenerator.h"

#include <QTemporaryDir>

#include <optional>

namespace fleetdesk {

/// A demo fleet generated into a temporary directory that is removed with the object. For tests that need a
/// realistic workspace:
///
///     TemporaryFleet fleet;
///     QVERIFY2(fleet.isValid(), qPrintable(fleet.errorString()));
///     auto result = WorkspaceLoader::loadOnce(fleet.platformRoot());
class TemporaryFleet
{
public:
    explicit TemporaryFleet(const DemoFleetOptions& options = {});

    /// True when the directory was created and the generator succeeded.
    bool isValid() const { return !m_error.has_value(); }
    QString errorString() const { return m_error ? m_error->toString() : QString(); }

    /// The directory that holds platform-flux/ and tenants/.
    QString directory() const { return m_directory.path(); }
    /// DIR/platform-flux
    QString platformRoot() const { return m_summary.platformPath; }
    /// DIR/tenants/<tenant>
    QString tenantRoot(const QString& tenant) const;
    const DemoFleetSummary& summary() const { return m_summary; }

private:
    QTemporaryDir m_directory;
    DemoFleetSummary m_summary;
    std::optional<Error> m_error;
};

} // namespace fleetdesk
