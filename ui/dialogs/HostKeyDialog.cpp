#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace fleetdesk {

HostKeyDialog::HostKeyDialog(Situation situation, const QString& host, const QString& keyType,
                             const QString& fingerprint, const QString& details, QWidget* parent)
    : QDialog(parent)
    , m_situation(situation)
    , m_fingerprint(fingerprint)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("hostKeyText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(this);
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    if (situation == Situation::UnknownHost) {
        setWindowTitle(tr("Unknown SSH Host"));
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(32));
        text->setText(tr("<p>The authenticity of host <b>%1</b> can't be established: it is not in your "
                         "known_hosts.</p><p>Its %2 key fingerprint is<br><tt>%3</tt></p><p>Compare it with the "
                         "fingerprint your administrator published before you trust it.</p>")
                          .arg(host.toHtmlEscaped(), keyType.toHtmlEscaped(), fingerprint.toHtmlEscaped()));
        QPushButton* once = buttons->addButton(tr("Trust &Once"), QDialogButtonBox::AcceptRole);
        once->setObjectName(QStringLiteral("trustOnceButton"));
        once->setToolTip(tr("Connect this time without adding the key to known_hosts"));
        QPushButton* always = buttons->addButton(tr("Trust &Always"), QDialogButtonBox::AcceptRole);
        always->setObjectName(QStringLiteral("trustAlwaysButton"));
        always->setToolTip(tr("Connect and add the key to known_hosts"));
        QPushButton* refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
        refuse->setObjectName(QStringLiteral("refuseButton"));
        refuse->setDefault(true);
        connect(once, &QPushButton::clicked, this, [this] { decide(Decision::TrustOnce); });
        connect(always, &QPushButton::clicked, this, [this] { decide(Decision::TrustAlways); });
        connect(refuse, &QPushButton::clicked, this, [this] { decide(Decision::Refuse); });
    } else {
        setWindowTitle(tr("SSH Host Key Changed"));
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32));
        text->setText(tr("<p><b>The host key of %1 has changed. The connection was refused.</b></p><p>Someone could "
                         "be intercepting the connection (a man-in-the-middle attack), or the server's key was "
                         "replaced. The new %2 key fingerprint is<br><tt>%3</tt></p><p>Ask the server's "
                         "administrator whether the key changed. If it did, remove the old entry from known_hosts "
                         "(<tt>ssh-keygen -R %1</tt>) and connect again.</p><p>%4</p>")
                          .arg(host.toHtmlEscaped(), keyType.toHtmlEscaped(), fingerprint.toHtmlEscaped(),
                               details.toHtmlEscaped()));
        QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
        close->setObjectName(QStringLiteral("refuseButton"));
        connect(close, &QPushButton::clicked, this, [this] { decide(Decision::Refuse); });
    }
    auto* row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

void HostKeyDialog::decide(Decision decision)
{
    m_decision = decision;
    if (decision == Decision::Refuse)
        reject();
    else
        accept();
}

} // namespace fleetdesk
