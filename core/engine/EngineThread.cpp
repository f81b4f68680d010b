#include "EngineThread.h"

#include "engine/ReconcileEngine.h"

namespace fleetdesk {

EngineThread::EngineThread(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("fleetdesk-engine"));
    m_engine = new ReconcileEngine;
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread.start();
}

EngineThread::~EngineThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace fleetdesk
