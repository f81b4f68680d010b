#include "TemporaryFleet.h"

#include <QDir>

namespace fleetdesk {

TemporaryFleet::TemporaryFleet(const DemoFleetOptions& options)
{
    if (!m_directory.isValid()) {
        m_error = Error{QStringLiteral("cannot create a temporary directory: %1").arg(m_directory.errorString()),
                        {},
                        QStringLiteral("test.tempdir")};
        return;
    }
    auto summary = DemoFleetGenerator::generate(m_directory.path(), options);
    if (!summary) {
        m_error = summary.error();
        return;
    }
    m_summary = std::move(*summary);
}

QString TemporaryFleet::tenantRoot(const QString& tenant) const
{
    return QDir(m_directory.path()).filePath(QStringLiteral("tenants/") + tenant);
}

} // namespace fleetdesk
