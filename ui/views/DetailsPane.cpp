#include "DetailsPane.h"
#include "views/WrappingLabel.h"

#include "editor/ManifestView.h"
#include "models/FleetTreeModel.h"
#include "views/NodeIcons.h"
#include "views/Theme.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace fleetdesk {

namespace {

QLabel* makeValueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    // Long paths are clipped rather than widening the pane; the tooltip has the whole text.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setMinimumWidth(1);
    return label;
}

} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new QFormLayout)
    , m_namespace(makeValueLabel(this))
    , m_cluster(makeValueLabel(this))
    , m_tenant(makeValueLabel(this))
    , m_source(makeValueLabel(this))
    , m_path(makeValueLabel(this))
    , m_file(makeValueLabel(this))
    , m_findings(new WrappingLabel(this))
    , m_manifest(new ManifestView(this))
    , m_openFile(new QPushButton(tr("&Open File at Line"), this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_manifest->setObjectName(QStringLiteral("manifestView"));
    m_openFile->setObjectName(QStringLiteral("openFileButton"));
    m_openFile->setToolTip(tr("Open the manifest's file in your editor ($VISUAL or $EDITOR), at the object's line"));
    m_openFile->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_icon->setFixedSize(32, 32);

    auto* titleBox = new QVBoxLayout;
    titleBox->setSpacing(0);
    titleBox->addWidget(m_title);
    titleBox->addWidget(m_subtitle);
    auto* header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titleBox, 1);
    header->addWidget(m_openFile, 0, Qt::AlignTop);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(2);
    m_form->addRow(tr("Namespace:"), m_namespace);
    m_form->addRow(tr("Cluster:"), m_cluster);
    m_form->addRow(tr("Tenant:"), m_tenant);
    m_form->addRow(tr("Source:"), m_source);
    m_form->addRow(tr("Path:"), m_path);
    m_form->addRow(tr("File:"), m_file);

    m_findings->setObjectName(QStringLiteral("lintFindings"));
    m_findings->setTextFormat(Qt::RichText);
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(header);
    layout->addLayout(m_form);
    layout->addWidget(m_findings);
    layout->addWidget(m_manifest, 1);

    setFocusProxy(m_manifest);
    setTabOrder(m_manifest, m_openFile);

    connect(m_openFile, &QPushButton::clicked, this, [this] {
        if (!filePath().isEmpty())
            Q_EMIT openFileRequested(filePath(), line());
    });
    connect(Theme::instance(), &Theme::schemeChanged, this, [this] { setNode(m_node, m_issues); });
    setNode(nullptr, {});
}

QString DetailsPane::filePath() const
{
    if (!m_node || m_node->location.file.isEmpty())
        return {};
    if (QDir::isAbsolutePath(m_node->location.file) || m_node->repositoryRoot.isEmpty())
        return m_node->location.file;
    return QDir(m_node->repositoryRoot).filePath(m_node->location.file);
}

int DetailsPane::line() const
{
    return m_node ? m_node->location.line : 0;
}

void DetailsPane::setField(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setToolTip(text);
    m_form->setRowVisible(label, !text.isEmpty());
}

void DetailsPane::setNode(FleetNodePtr node, std::vector<Issue> findings)
{
    const bool sameNode = node && m_node && node->key == m_node->key;
    const int scroll = sameNode ? m_manifest->verticalScrollBar()->value() : 0;
    m_node = std::move(node);
    m_issues = std::move(findings);
    const std::vector<Issue>& findingList = m_issues;

    if (!m_node) {
        m_icon->clear();
        m_title->setText(tr("Nothing selected"));
        m_subtitle->setText(tr("Select a cluster, tenant or object in the fleet tree."));
        for (QLabel* label : {m_namespace, m_cluster, m_tenant, m_source, m_path, m_file})
            setField(label, {});
        m_findings->setVisible(false);
        m_manifest->clearManifest();
        m_openFile->setEnabled(false);
        return;
    }

    const FleetNode& n = *m_node;
    m_icon->setPixmap(NodeIcons::forNode(n).pixmap(32, 32));
    m_title->setText(n.name);
    QString subtitle = FleetTreeModel::kindLabel(n);
    if (!n.apiVersion.isEmpty())
        subtitle += QStringLiteral("  ·  ") + n.apiVersion;
    m_subtitle->setText(subtitle);
    setField(m_namespace, n.ns);
    setField(m_cluster, n.nodeKind == NodeKind::Cluster ? QString() : n.cluster);
    setField(m_tenant, n.nodeKind == NodeKind::Tenant ? QString() : n.tenant);
    setField(m_source, n.source);
    setField(m_path, n.path);
    QString file;
    if (!n.location.file.isEmpty())
        file = n.repository.isEmpty() ? n.location.toString() : n.repository + QLatin1Char('/') + n.location.toString();
    setField(m_file, file);

    if (!findingList.empty() || !n.lintRules.isEmpty()) {
        QStringList items;
        for (const Issue& issue : findingList) {
            const Theme::Color color = issue.silenced ? Theme::Color::Muted
                : issue.severity == Severity::Error  ? Theme::Color::Error
                                                     : Theme::Color::Warning;
            QString item = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3")
                               .arg(Theme::instance()->color(color).name(), issue.ruleId.toHtmlEscaped(),
                                    issue.message.toHtmlEscaped());
            if (issue.silenced)
                item += QStringLiteral(" <i>") + tr("(silenced)") + QStringLiteral("</i>");
            else if (!issue.hint.isEmpty())
                item += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                            .arg(Theme::instance()->color(Theme::Color::Muted).name(), issue.hint.toHtmlEscaped());
            items.append(item);
        }
        if (items.isEmpty()) {
            for (const QString& rule : n.lintRules)
                items.append(QStringLiteral("<b>%1</b>").arg(rule.toHtmlEscaped()));
        }
        m_findings->setText(QStringLiteral("<b>%1</b><br>").arg(tr("Lint findings"))
                            + items.join(QStringLiteral("<br>")));
        m_findings->setVisible(true);
    } else {
        m_findings->setVisible(false);
    }

    if (n.yaml.isEmpty()) {
        m_manifest->clearManifest();
        switch (n.nodeKind) {
        case NodeKind::Cluster:
            m_manifest->setPlaceholderText(
                tr("A cluster: its platform part and its tenants are below it in the tree."));
            break;
        case NodeKind::Tenant:
            m_manifest->setPlaceholderText(
                tr("A tenant: its Flux objects and what they apply are below it in the tree."));
            break;
        default:
            m_manifest->setPlaceholderText(tr("No manifest for this node."));
            break;
        }
    } else {
        m_manifest->setManifest(n.yaml, n.yamlFirstLine > 0 ? n.yamlFirstLine : qMax(1, n.location.line));
        if (sameNode)
            m_manifest->verticalScrollBar()->setValue(scroll);
    }
    m_openFile->setEnabled(!filePath().isEmpty());
}

} // namespace fleetdesk
