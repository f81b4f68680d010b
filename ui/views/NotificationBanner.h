#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace fleetdesk {

/// A notification inside the window, for desktops without a system tray: a coloured strip above the tree with
/// the message and a close button, hidden again after a while.
class NotificationBanner : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBanner(QWidget* parent = nullptr);

    void showMessage(const QString& title, const QString& message, bool failure);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    QTimer* m_hideTimer;
};

} // namespace fleetdesk
