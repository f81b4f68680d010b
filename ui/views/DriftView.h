#pragma once

#include "drift/DriftReport.h"

#include <QIcon>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace fleetdesk {

class DiffPane;

/// The drift of one Flux Kustomization (or of one object it applies): the objects Flux would create, change or
/// prune, those it skips or failed on, and for the selected object the diff of the live object (left, or −)
/// against the desired one (right, or +), side by side or inline, YAML-highlighted, with every drifted field
/// marked in the gutter and listed in a field table (path, live, desired, the field manager that last set it).
///
/// Secret values are never shown: a Secret's changed key reads "value of key X differs", and the view redacts
/// a Secret's data and stringData values itself even if a report carried them. "Hide defaulted fields" drops
/// fields only the API server's defaulting set. When there is nothing to show, the view says why.
class DriftView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        SideBySide,
        Inline
    };
    Q_ENUM(Mode)

    explicit DriftView(QWidget* parent = nullptr);
    ~DriftView() override;

    /// Shows a Kustomization's drift; with `objectKey` (ObjectId::key()), only that object's. nullptr clears.
    void setDrift(KustomizationDriftPtr drift, const QString& objectKey = {});
    KustomizationDriftPtr drift() const { return m_drift; }
    /// The object shown alone (ObjectId::key()), empty when the whole Kustomization is shown.
    QString objectFilter() const { return m_objectKey; }
    /// Empty states, each saying why there is nothing to show.
    void showNothingSelected();
    void showNotApplicable(const QString& nodeName);
    void showNotComputed(const QString& kustomization);
    void showOffline(const QString& cluster, const QString& reason = {});
    /// While the engine computes a drift on request ("What would this change do").
    void showComputing(const QString& what);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool hidesDefaulted() const;
    void setHideDefaulted(bool hide);

    /// Selects an object of the list by ObjectId::key(); false when it is not listed.
    bool selectObject(const QString& objectKey);
    /// The object whose diff is shown, or nullptr.
    const ObjectDrift* currentObject() const;

    bool isShowingEmptyState() const;
    QString emptyStateText() const;

    QTreeWidget* objectList() const { return m_objects; }
    QTreeWidget* fieldTable() const { return m_fields; }
    DiffPane* livePane() const { return m_livePane; }
    DiffPane* desiredPane() const { return m_desiredPane; }
    DiffPane* inlinePane() const { return m_inlinePane; }
    QToolButton* openSourceButton() const { return m_openSource; }
    QCheckBox* hideDefaultedBox() const { return m_hideDefaulted; }

    static QString kindLabel(DriftKind kind);
    static QIcon kindIcon(DriftKind kind);

public Q_SLOTS:
    /// Asks for the desired object's source file at its line (openSourceRequested).
    void openSource();

Q_SIGNALS:
    void openSourceRequested(const QString& filePath, int line);

private:
    void showEmpty(const QString& title, const QString& text);
    void updateHeader();
    void fillObjects();
    void showObject();
    void fillFields(const ObjectDrift& object);
    void fillDiff(const ObjectDrift& object);
    void revealField(const QString& path);
    bool fieldVisible(const FieldDrift& field) const;

    KustomizationDriftPtr m_drift;
    QString m_objectKey;
    Mode m_mode = Mode::SideBySide;

    QLabel* m_title;
    QLabel* m_summary;
    QToolButton* m_sideBySide;
    QToolButton* m_inline;
    QButtonGroup* m_modes;
    QCheckBox* m_hideDefaulted;
    QToolButton* m_openSource;
    QStackedWidget* m_pages;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;
    QSplitter* m_splitter;
    QTreeWidget* m_objects;
    QLabel* m_objectHeader;
    QLabel* m_objectMessage;
    QStackedWidget* m_diffs;
    DiffPane* m_livePane;
    DiffPane* m_desiredPane;
    DiffPane* m_inlinePane;
    QTreeWidget* m_fields;
};

} // namespace fleetdesk
