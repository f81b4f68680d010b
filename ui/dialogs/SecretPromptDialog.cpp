#include "SecretPromptDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetdesk {

SecretPromptDialog::SecretPromptDialog(Kind kind, const QString& promptOrUrl, bool keychainAvailable, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
{
    setObjectName(kind == Kind::Passphrase ? QStringLiteral("passphraseDialog") : QStringLiteral("credentialDialog"));
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("promptText"));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setObjectName(kind == Kind::Passphrase ? QStringLiteral("passphraseEdit") : QStringLiteral("tokenEdit"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setEnabled(keychainAvailable);
    if (!keychainAvailable)
        m_remember->setToolTip(tr("No keychain is available; nothing is stored"));
    auto* form = new QFormLayout;
    if (kind == Kind::Passphrase) {
        setWindowTitle(tr("SSH Key Passphrase"));
        text->setText(promptOrUrl);
        form->addRow(tr("&Passphrase:"), m_secret);
    } else {
        setWindowTitle(tr("Git Credentials"));
        text->setText(tr("%1 needs a username and a token (or password).").arg(promptOrUrl));
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("usernameEdit"));
        form->addRow(tr("&Username:"), m_username);
        form->addRow(tr("&Token:"), m_secret);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

SecretPromptDialog::~SecretPromptDialog()
{
    m_secret->clear();
}

QString SecretPromptDialog::username() const
{
    return m_username ? m_username->text() : QString();
}

QString SecretPromptDialog::secret() const
{
    return m_secret->text();
}

bool SecretPromptDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace fleetdesk
