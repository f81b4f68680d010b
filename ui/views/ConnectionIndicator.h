#pragma once

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace fleetdesk {

/// The status bar's per-cluster connection indicator: one chip per cluster with an icon for its state
/// (connecting, connected, degraded, forbidden, offline) and the reason in the tooltip. An offline cluster's
/// chip says since when, since the tree keeps its last known state.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget* parent = nullptr);

    /// From ReconcileEngine::clusterStateChanged. An empty cluster name is a problem with the kubeconfig itself.
    void setClusterState(const QString& cluster, const QString& state, const QString& reason);
    void clear();

    QString state(const QString& cluster) const { return m_clusters.value(cluster).state; }
    /// The chip of a cluster (its tooltip has the state and the reason), or nullptr.
    QWidget* chip(const QString& cluster) const { return m_clusters.value(cluster).widget; }
    QStringList clusters() const;

private:
    struct Chip
    {
        QWidget* widget = nullptr;
        QLabel* icon = nullptr;
        QLabel* name = nullptr;
        QString state;
        QString reason;
        QDateTime since;
    };
    void refresh(Chip& chip, const QString& cluster);

    QHBoxLayout* m_layout;
    QHash<QString, Chip> m_clusters;
};

} // namespace fleetdesk
