#pragma once

#include <QObject>
#include <QThread>

namespace fleetdesk {

class ReconcileEngine;

/// Owns the engine's thread: creates the ReconcileEngine, moves it to a dedicated QThread, and on destruction
/// quits the thread and deletes the engine there.
class EngineThread : public QObject
{
    Q_OBJECT

public:
    explicit EngineThread(QObject* parent = nullptr);
    ~EngineThread() override;

    /// The engine. Call its slots through queued connections or QMetaObject::invokeMethod only.
    ReconcileEngine* engine() const { return m_engine; }

private:
    QThread m_thread;
    ReconcileEngine* m_engine = nullptr;
};

} // namespace fleetdesk
