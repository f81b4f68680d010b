#include "NotificationBanner.h"
#include "views/WrappingLabel.h"

#include "views/NodeIcons.h"
#include "views/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace fleetdesk {

NotificationBanner::NotificationBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new WrappingLabel(this))
    , m_close(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("notificationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("notificationText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(12000);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setVisible(false);
}

void NotificationBanner::showMessage(const QString& title, const QString& message, bool failure)
{
    const ReconcileState look = failure ? ReconcileState::Failed : ReconcileState::Ready;
    m_icon->setPixmap(NodeIcons::forState(look).pixmap(16, 16));
    m_text->setText(QStringLiteral("<b>%1</b> %2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
    QPalette p = palette();
    QColor tint = Theme::instance()->color(failure ? Theme::Color::Error : Theme::Color::Ready);
    tint.setAlpha(40);
    QColor base = p.color(QPalette::Window);
    const auto mix = [&](int a, int b) { return (a * (255 - tint.alpha()) + b * tint.alpha()) / 255; };
    p.setColor(QPalette::Window, QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                                        mix(base.blue(), tint.blue())));
    setPalette(p);
    show();
    m_hideTimer->start();
}

QString NotificationBanner::text() const
{
    return m_text->text();
}

} // namespace fleetdesk
