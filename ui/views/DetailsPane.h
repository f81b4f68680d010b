#pragma once

#include "common/Issue.h"
#include "engine/FleetSnapshot.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;

namespace fleetdesk {

class ManifestView;

/// The details of the selected fleet node: a header (kind, name, namespace, cluster, tenant, file:line), the
/// lint findings on the object, its manifest, read-only and highlighted, and "Open File at Line".
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget* parent = nullptr);

    /// Shows a node (nullptr clears the pane) with the issues that point at it.
    void setNode(FleetNodePtr node, std::vector<Issue> findings);
    const FleetNode* node() const { return m_node.get(); }

    ManifestView* manifestView() const { return m_manifest; }
    QPushButton* openFileButton() const { return m_openFile; }
    /// Absolute path of the node's file, empty when it has none.
    QString filePath() const;
    int line() const;

Q_SIGNALS:
    void openFileRequested(const QString& filePath, int line);

private:
    void setField(QLabel* label, const QString& text);

    FleetNodePtr m_node;
    std::vector<Issue> m_issues;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_subtitle;
    QFormLayout* m_form;
    QLabel* m_namespace;
    QLabel* m_cluster;
    QLabel* m_tenant;
    QLabel* m_source;
    QLabel* m_path;
    QLabel* m_file;
    QLabel* m_findings;
    ManifestView* m_manifest;
    QPushButton* m_openFile;
};

} // namespace fleetdesk
