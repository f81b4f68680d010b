#include "EventLoopWatchdog.h"

#include <algorithm>

namespace fleetdesk::test {

EventLoopWatchdog::EventLoopWatchdog(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_longest = std::max(m_longest, m_clock.restart());
        ++m_ticks;
    });
}

void EventLoopWatchdog::start()
{
    m_clock.start();
    m_timer.start();
}

void EventLoopWatchdog::stop()
{
    m_timer.stop();
}

} // namespace fleetdesk::test
