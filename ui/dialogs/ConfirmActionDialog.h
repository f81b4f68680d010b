#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;

namespace fleetdesk {

/// Asks before a Flux action runs on several objects (or on a whole tenant or cluster): says what will happen,
/// lists every target, and for a suspend takes an optional reason (the suspend.toolkit.fluxcd.io/reason
/// annotation).
class ConfirmActionDialog : public QDialog
{
    Q_OBJECT

public:
    /// `verb` is the action's button text ("Suspend"); `question` the sentence above the list.
    ConfirmActionDialog(const QString& verb, const QString& question, const QStringList& targets, bool askReason,
                        QWidget* parent = nullptr);

    QStringList targets() const { return m_targets; }
    QString reason() const;

private:
    QStringList m_targets;
    QLabel* m_question;
    QListWidget* m_list;
    QLineEdit* m_reason = nullptr;
};

} // namespace fleetdesk
