#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace fleetdesk::test {

/// Measures how long the event loop of the thread it lives on goes without a turn: a 5 ms precise timer notes
/// the longest gap between two of its ticks. A UI test runs one on the GUI thread while it works the window, and
/// asserts that the longest gap stayed under the 50 ms.
class EventLoopWatchdog : public QObject
{
public:
    explicit EventLoopWatchdog(QObject* parent = nullptr);

    /// Starts (or, after stop(), resumes) measuring; the time while stopped is not a gap.
    void start();
    void stop();
    /// The longest gap since start() (or since the last resetLongest()), in milliseconds.
    qint64 longestGap() const { return m_longest; }
    /// Starts a new measurement of the longest gap, without stopping the timer.
    void resetLongest() { m_longest = 0; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

} // namespace fleetdesk::test
