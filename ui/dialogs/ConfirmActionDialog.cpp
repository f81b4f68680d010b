#include "ConfirmActionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fleetdesk {

ConfirmActionDialog::ConfirmActionDialog(const QString& verb, const QString& question, const QStringList& targets,
                                         bool askReason, QWidget* parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_question(new QLabel(question, this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("confirmActionDialog"));
    setWindowTitle(tr("Confirm %1").arg(verb));
    m_question->setObjectName(QStringLiteral("questionLabel"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("targetList"));
    m_list->addItems(targets);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMinimumWidth(460);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_list, 1);
    if (askReason) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("Optional: why (kept in the suspend.toolkit.fluxcd.io/reason annotation)"));
        auto* form = new QFormLayout;
        form->addRow(tr("&Reason:"), m_reason);
        layout->addLayout(form);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* run = buttons->addButton(verb, QDialogButtonBox::AcceptRole);
    run->setObjectName(QStringLiteral("runButton"));
    run->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ConfirmActionDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

} // namespace fleetdesk
