#pragma once

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QTableWidget;

namespace fleetdesk {

/// Fleetdesk's settings (kept with QSettings): which kubeconfig context each fleet cluster connects with
/// (by default the context of the cluster's name), and whether state changes raise notifications.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `clusters`: the fleet's clusters; `contexts`: the kubeconfig's contexts.
    SettingsDialog(const QStringList& clusters, const QStringList& contexts, QWidget* parent = nullptr);

    /// The mapping chosen in the dialog: only clusters whose context is not the one of the same name.
    QHash<QString, QString> contextMapping() const;
    bool stateNotifications() const;
    /// Selects `context` for `cluster` (for tests and scripted use).
    void setContext(const QString& cluster, const QString& context);
    QTableWidget* contextTable() const { return m_table; }

    /// Writes the dialog's choices to QSettings.
    void save() const;

    static QHash<QString, QString> storedContextMapping();
    static void storeContextMapping(const QHash<QString, QString>& mapping);
    static bool storedStateNotifications();

private:
    QStringList m_clusters;
    QTableWidget* m_table;
    QCheckBox* m_notifications;
};

} // namespace fleetdesk
