#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleetdesk {

namespace {

const QString ContextsGroup = QStringLiteral("contexts");
const QString StateNotificationsKey = QStringLiteral("notifications/stateChanges");

} // namespace

SettingsDialog::SettingsDialog(const QStringList& clusters, const QStringList& contexts, QWidget* parent)
    : QDialog(parent)
    , m_clusters(clusters)
    , m_table(new QTableWidget(int(clusters.size()), 2, this))
    , m_notifications(new QCheckBox(tr("&Notify when a Kustomization or HelmRelease fails, goes stale or recovers"), this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_table->setObjectName(QStringLiteral("contextTable"));
    m_table->setHorizontalHeaderLabels({tr("Fleet cluster"), tr("Kubeconfig context")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(0, 200);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    const QHash<QString, QString> stored = storedContextMapping();
    for (int row = 0; row < clusters.size(); ++row) {
        const QString& cluster = clusters[row];
        auto* name = new QTableWidgetItem(cluster);
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("context:") + cluster);
        combo->addItem(tr("(none: stay offline)"), QString());
        for (const QString& context : contexts)
            combo->addItem(context == cluster ? tr("%1 (same name)").arg(context) : context, context);
        const QString chosen = stored.value(cluster, cluster);
        const int index = combo->findData(chosen);
        combo->setCurrentIndex(index >= 0 ? index : 0);
        m_table->setCellWidget(row, 1, combo);
    }
    m_notifications->setObjectName(QStringLiteral("stateNotificationsCheck"));
    m_notifications->setChecked(storedStateNotifications());

    auto* contextsBox = new QGroupBox(tr("Cluster connections"), this);
    auto* contextsLayout = new QVBoxLayout(contextsBox);
    auto* hint = new QLabel(tr("Each cluster of the fleet connects with a context of your kubeconfig. By default it "
                               "is the context with the cluster's name. Changes apply when the clusters reconnect, "
                               "which happens when you press OK."),
                            contextsBox);
    hint->setWordWrap(true);
    contextsLayout->addWidget(hint);
    contextsLayout->addWidget(m_table);
    auto* notificationsBox = new QGroupBox(tr("Notifications"), this);
    auto* notificationsLayout = new QVBoxLayout(notificationsBox);
    notificationsLayout->addWidget(m_notifications);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(contextsBox, 1);
    layout->addWidget(notificationsBox);
    layout->addWidget(buttons);
    resize(620, 420);
}

void SettingsDialog::setContext(const QString& cluster, const QString& context)
{
    const int row = int(m_clusters.indexOf(cluster));
    if (row < 0)
        return;
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
    const int index = combo->findData(context);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QHash<QString, QString> SettingsDialog::contextMapping() const
{
    QHash<QString, QString> mapping;
    for (int row = 0; row < m_clusters.size(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
        const QString context = combo->currentData().toString();
        if (context != m_clusters[row])
            mapping.insert(m_clusters[row], context);
    }
    return mapping;
}

bool SettingsDialog::stateNotifications() const
{
    return m_notifications->isChecked();
}

void SettingsDialog::save() const
{
    // Clusters not shown here (another workspace) keep their mapping.
    QHash<QString, QString> mapping = storedContextMapping();
    for (const QString& cluster : m_clusters)
        mapping.remove(cluster);
    mapping.insert(contextMapping());
    storeContextMapping(mapping);
    QSettings().setValue(StateNotificationsKey, stateNotifications());
}

QHash<QString, QString> SettingsDialog::storedContextMapping()
{
    QSettings settings;
    settings.beginGroup(ContextsGroup);
    QHash<QString, QString> mapping;
    for (const QString& cluster : settings.childKeys())
        mapping.insert(cluster, settings.value(cluster).toString());
    return mapping;
}

void SettingsDialog::storeContextMapping(const QHash<QString, QString>& mapping)
{
    QSettings settings;
    settings.remove(ContextsGroup);
    settings.beginGroup(ContextsGroup);
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

bool SettingsDialog::storedStateNotifications()
{
    return QSettings().value(StateNotificationsKey, true).toBool();
}

} // namespace fleetdesk
