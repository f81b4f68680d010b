#pragma once

#include "engine/FluxActionRequest.h"
#include "flux/ActionLog.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace fleetdesk {

/// The action log as a list: every Flux action run from Fleetdesk (the window or the headless commands), newest
/// first, with who, when, what and the result; Export writes it as JSON or CSV. Reports of actions run from this
/// window are added as they finish.
class ActionLogPane : public QWidget
{
    Q_OBJECT

public:
    /// `logFile` empty means the default action log.
    explicit ActionLogPane(const QString& logFile = {}, QWidget* parent = nullptr);

    /// Reads the log file again.
    void reload();
    void addReport(const fleetdesk::FluxActionReport& report);
    QTreeWidget* view() const { return m_view; }
    /// Writes the log to `path` ("json" or "csv"); the message says what happened.
    bool exportTo(const QString& path, const QString& format, QString* message = nullptr) const;

private:
    void addEntry(const ActionLogEntry& entry);
    void chooseExport();

    ActionLog m_log;
    QTreeWidget* m_view;
    QPushButton* m_export;
};

} // namespace fleetdesk
