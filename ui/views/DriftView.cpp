#include "DriftView.h"
#include "views/WrappingLabel.h"

#include "drift/DriftReportFormat.h"

#include "editor/DiffPane.h"
#include "editor/LineDiff.h"
#include "editor/YamlFieldLocator.h"
#include "views/Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fleetdesk {

namespace {

constexpr int ObjectIndexRole = Qt::UserRole + 1;
constexpr int FieldPathRole = Qt::UserRole + 2;

enum FieldColumn
{
    FieldPathColumn,
    FieldLiveColumn,
    FieldDesiredColumn,
    FieldManagerColumn,
    FieldColumnCount
};

bool isSecret(const ObjectDrift& object)
{
    return object.id.kind == QLatin1String("Secret") && (object.id.group.isEmpty() || object.id.group == QLatin1String("core"));
}

/// A Secret's YAML with every value under data and stringData replaced: the view never shows one, whatever the
/// report holds.
QStringList redactSecret(const QStringList& lines)
{
    QStringList out;
    out.reserve(lines.size());
    bool inValues = false;
    for (const QString& line : lines) {
        const bool topLevel = !line.isEmpty() && !line.front().isSpace();
        if (topLevel) {
            inValues = line.startsWith(QLatin1String("data:")) || line.startsWith(QLatin1String("stringData:"));
            out.append(inValues ? line.left(line.indexOf(QLatin1Char(':')) + 1) : line);
            continue;
        }
        if (!inValues) {
            out.append(line);
            continue;
        }
        // Keep "  key:" (two spaces deep), drop everything else: values, block scalar lines.
        int spaces = 0;
        while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
            ++spaces;
        if (spaces != 2 || line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1String(":"), spaces);
        if (colon < 0)
            continue;
        out.append(line.left(colon + 1) + QStringLiteral(" \"‹redacted›\""));
    }
    return out;
}

// One wording with `fleetdesk diff`: values, managers and Secret keys read the same in both.
using DriftReportFormat::secretKey;
using DriftReportFormat::valueText;

QString managerText(const FieldDrift& field)
{
    const QString text = DriftReportFormat::managerText(field);
    return text.isEmpty() ? DriftView::tr("unknown") : text;
}

QString fieldNote(const FieldDrift& field)
{
    QString note = field.secretValue ? DriftView::tr("%1: value of key %2 differs").arg(field.path, secretKey(field))
                                     : field.path;
    if (field.manager.isEmpty())
        note += QLatin1Char('\n') + DriftView::tr("Last set by: unknown field manager");
    else
        note += QLatin1Char('\n') + DriftView::tr("Last set by: %1").arg(managerText(field));
    if (field.defaulted)
        note += QLatin1Char('\n') + DriftView::tr("Set by the API server's defaulting");
    return note;
}

void markField(std::vector<bool>& inField, std::vector<QString>& starts, std::vector<QString>& notes,
               const YamlFieldLocator& locator, const FieldDrift& field)
{
    const YamlFieldLocator::Span span = locator.locate(field.path);
    if (!span.isValid())
        return;
    for (int line = span.first; line <= span.last && line < int(inField.size()); ++line)
        inField[size_t(line)] = true;
    if (starts[size_t(span.first)].isEmpty()) {
        starts[size_t(span.first)] = field.path;
        notes[size_t(span.first)] = fieldNote(field);
    }
}

/// What a YAML line is about, for pairing changed lines: its indentation and key ("  replicas:"), or the whole
/// line when it has no key.
QString lineKey(const QString& line)
{
    const qsizetype colon = line.indexOf(QLatin1String(": "));
    return colon > 0 ? line.left(colon + 1) : line;
}

DiffPane::Row fillerRow()
{
    DiffPane::Row row;
    row.kind = DiffPane::RowKind::Filler;
    return row;
}

QString relativeAge(const QDateTime& then)
{
    if (!then.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, then.secsTo(QDateTime::currentDateTimeUtc()));
    if (seconds < 60)
        return DriftView::tr("just now");
    if (seconds < 3600)
        return DriftView::tr("%1 min ago").arg(seconds / 60);
    if (seconds < 86400)
        return DriftView::tr("%1 h ago").arg(seconds / 3600);
    return DriftView::tr("%1 d ago").arg(seconds / 86400);
}

QString shortRevision(const QString& revision)
{
    const qsizetype colon = revision.lastIndexOf(QLatin1Char(':'));
    const qsizetype at = revision.lastIndexOf(QLatin1Char('@'));
    if (at > 0 && colon > at)
        return revision.left(at + 1) + revision.mid(colon + 1, 7);
    if (revision.size() == 40)
        return revision.left(7);
    return revision;
}

} // namespace

DriftView::DriftView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_sideBySide(new QToolButton(this))
    , m_inline(new QToolButton(this))
    , m_modes(new QButtonGroup(this))
    , m_hideDefaulted(new QCheckBox(tr("Hide &defaulted fields"), this))
    , m_openSource(new QToolButton(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyTitle(new QLabel(this))
    , m_emptyText(new WrappingLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_objects(new QTreeWidget(this))
    , m_objectHeader(new QLabel(this))
    , m_objectMessage(new WrappingLabel(this))
    , m_diffs(new QStackedWidget(this))
    , m_livePane(new DiffPane(DiffPane::Gutter::OldNumbers, this))
    , m_desiredPane(new DiffPane(DiffPane::Gutter::NewNumbers, this))
    , m_inlinePane(new DiffPane(DiffPane::Gutter::BothNumbers, this))
    , m_fields(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("driftView"));

    m_title->setObjectName(QStringLiteral("driftTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("driftSummary"));
    m_summary->setTextFormat(Qt::RichText);

    m_sideBySide->setObjectName(QStringLiteral("driftSideBySideButton"));
    m_sideBySide->setText(tr("&Side by Side"));
    m_sideBySide->setToolTip(tr("Show the live object and the desired object next to each other (Alt+S)"));
    m_inline->setObjectName(QStringLiteral("driftInlineButton"));
    m_inline->setText(tr("I&nline"));
    m_inline->setToolTip(tr("Show one column: live lines marked −, desired lines marked + (Alt+N)"));
    for (QToolButton* button : {m_sideBySide, m_inline}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_modes->setObjectName(QStringLiteral("driftModeGroup"));
    m_modes->setExclusive(true);
    m_modes->addButton(m_sideBySide, int(Mode::SideBySide));
    m_modes->addButton(m_inline, int(Mode::Inline));
    m_sideBySide->setChecked(true);

    m_hideDefaulted->setObjectName(QStringLiteral("driftHideDefaulted"));
    m_hideDefaulted->setToolTip(tr("Hide fields that only the API server's defaulting set in the live object"));

    m_openSource->setObjectName(QStringLiteral("driftOpenSourceButton"));
    m_openSource->setText(tr("&Open Source File"));
    m_openSource->setToolTip(tr("Open the desired object's manifest in the editor at its line (Alt+O)"));
    m_openSource->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_openSource->setFocusPolicy(Qt::StrongFocus);
    m_openSource->setEnabled(false);

    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("driftHeader"));
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->setSpacing(6);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(1);
    titles->addWidget(m_title);
    titles->addWidget(m_summary);
    headerLayout->addLayout(titles, 1);
    auto* modeBox = new QHBoxLayout;
    modeBox->setSpacing(0);
    modeBox->addWidget(m_sideBySide);
    modeBox->addWidget(m_inline);
    headerLayout->addLayout(modeBox);
    headerLayout->addSpacing(8);
    headerLayout->addWidget(m_hideDefaulted);
    headerLayout->addSpacing(8);
    headerLayout->addWidget(m_openSource);

    // The empty state: a title and a sentence saying why there is nothing to show.
    auto* empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("driftEmptyPage"));
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    m_emptyTitle->setObjectName(QStringLiteral("driftEmptyTitle"));
    QFont emptyFont = m_emptyTitle->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
    m_emptyTitle->setFont(emptyFont);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setObjectName(QStringLiteral("driftEmptyState"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(3);

    m_objects->setObjectName(QStringLiteral("driftObjectList"));
    m_objects->setHeaderLabels({tr("Object"), tr("Change")});
    m_objects->setRootIsDecorated(false);
    m_objects->setUniformRowHeights(true);
    m_objects->setAlternatingRowColors(true);
    m_objects->setAllColumnsShowFocus(true);
    m_objects->header()->setStretchLastSection(false);
    m_objects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_objects->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_objects->setToolTip(tr("Objects Flux would create, change or prune, and those it skips or failed on"));

    m_objectHeader->setObjectName(QStringLiteral("driftObjectHeader"));
    m_objectHeader->setTextFormat(Qt::RichText);
    m_objectHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_objectMessage->setObjectName(QStringLiteral("driftObjectMessage"));
    m_objectMessage->setWordWrap(true);
    m_objectMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_objectMessage->setVisible(false);

    m_livePane->setObjectName(QStringLiteral("driftLivePane"));
    m_livePane->setToolTip(tr("The live object in the cluster; removed lines are red"));
    m_desiredPane->setObjectName(QStringLiteral("driftDesiredPane"));
    m_desiredPane->setToolTip(tr("The desired object (server-side apply dry-run of Git); added lines are green"));
    m_inlinePane->setObjectName(QStringLiteral("driftInlinePane"));
    m_inlinePane->setToolTip(tr("Live lines are marked −, desired lines +; drifted fields are marked in the gutter"));
    // The two sides scroll together.
    connect(m_livePane->verticalScrollBar(), &QScrollBar::valueChanged, m_desiredPane->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_desiredPane->verticalScrollBar(), &QScrollBar::valueChanged, m_livePane->verticalScrollBar(),
            &QScrollBar::setValue);

    const auto captioned = [this](const QString& name, const QString& caption, DiffPane* pane) {
        auto* box = new QWidget(this);
        box->setObjectName(name);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto* label = new QLabel(caption, box);
        label->setObjectName(name + QStringLiteral("Caption"));
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setBuddy(pane);
        layout->addWidget(label);
        layout->addWidget(pane, 1);
        return box;
    };
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("driftSideBySide"));
    sides->addWidget(captioned(QStringLiteral("driftLiveSide"), tr("&Live (cluster)"), m_livePane));
    sides->addWidget(captioned(QStringLiteral("driftDesiredSide"), tr("D&esired (Git)"), m_desiredPane));
    sides->setChildrenCollapsible(false);
    m_diffs->setObjectName(QStringLiteral("driftDiffStack"));
    m_diffs->addWidget(sides);
    m_diffs->addWidget(m_inlinePane);

    m_fields->setObjectName(QStringLiteral("driftFieldTable"));
    m_fields->setHeaderLabels({tr("Field"), tr("Live"), tr("Desired"), tr("Field Manager")});
    m_fields->setRootIsDecorated(false);
    m_fields->setTextElideMode(Qt::ElideMiddle);
    m_fields->setUniformRowHeights(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->setAllColumnsShowFocus(true);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setColumnWidth(FieldPathColumn, 320);
    m_fields->setColumnWidth(FieldLiveColumn, 170);
    m_fields->setColumnWidth(FieldDesiredColumn, 170);
    m_fields->setToolTip(tr("Drifted fields: the live value, the desired value and the field manager that last set "
                            "the live value"));

    auto* detail = new QWidget(this);
    detail->setObjectName(QStringLiteral("driftDetail"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(4);
    detailLayout->addWidget(m_objectHeader);
    detailLayout->addWidget(m_objectMessage);
    auto* detailSplitter = new QSplitter(Qt::Vertical, this);
    detailSplitter->setObjectName(QStringLiteral("driftDetailSplitter"));
    detailSplitter->addWidget(m_diffs);
    detailSplitter->addWidget(m_fields);
    detailSplitter->setStretchFactor(0, 3);
    detailSplitter->setStretchFactor(1, 1);
    detailSplitter->setChildrenCollapsible(false);
    detailLayout->addWidget(detailSplitter, 1);

    m_splitter->setObjectName(QStringLiteral("driftSplitter"));
    m_splitter->addWidget(m_objects);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({300, 900});
    m_splitter->setChildrenCollapsible(false);

    m_pages->setObjectName(QStringLiteral("driftPages"));
    m_pages->addWidget(empty);
    m_pages->addWidget(m_splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(header);
    layout->addWidget(m_pages, 1);

    setTabOrder(m_sideBySide, m_inline);
    setTabOrder(m_inline, m_hideDefaulted);
    setTabOrder(m_hideDefaulted, m_openSource);
    setTabOrder(m_openSource, m_objects);
    setTabOrder(m_objects, m_livePane);
    setTabOrder(m_livePane, m_desiredPane);
    setTabOrder(m_desiredPane, m_inlinePane);
    setTabOrder(m_inlinePane, m_fields);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_hideDefaulted, &QCheckBox::toggled, this, [this] { showObject(); });
    connect(m_openSource, &QToolButton::clicked, this, &DriftView::openSource);
    connect(m_objects, &QTreeWidget::currentItemChanged, this, [this] { showObject(); });
    connect(m_objects, &QTreeWidget::itemActivated, this, [this] { openSource(); });
    connect(m_fields, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            revealField(item->data(FieldPathColumn, FieldPathRole).toString());
    });
    connect(Theme::instance(), &Theme::schemeChanged, this, [this] {
        QPalette muted = m_emptyText->palette();
        muted.setColor(QPalette::WindowText, Theme::instance()->color(Theme::Color::Muted));
        m_emptyText->setPalette(muted);
        updateHeader();
        showObject();
    });

    showNothingSelected();
}

DriftView::~DriftView() = default;

QString DriftView::kindLabel(DriftKind kind)
{
    switch (kind) {
    case DriftKind::InSync:
        return tr("In sync");
    case DriftKind::Create:
        return tr("Create");
    case DriftKind::Change:
        return tr("Change");
    case DriftKind::Prune:
        return tr("Prune");
    case DriftKind::Skipped:
        return tr("Skipped");
    case DriftKind::Error:
        return tr("Error");
    }
    return {};
}

QIcon DriftView::kindIcon(DriftKind kind)
{
    const Theme* theme = Theme::instance();
    QColor color;
    QString glyph;
    switch (kind) {
    case DriftKind::InSync:
        color = theme->color(Theme::Color::Ready);
        glyph = QStringLiteral("=");
        break;
    case DriftKind::Create:
        color = theme->color(Theme::Color::DiffAdded);
        glyph = QStringLiteral("+");
        break;
    case DriftKind::Change:
        color = theme->color(Theme::Color::Warning);
        glyph = QStringLiteral("~");
        break;
    case DriftKind::Prune:
        color = theme->color(Theme::Color::DiffRemoved);
        glyph = QStringLiteral("−");
        break;
    case DriftKind::Skipped:
        color = theme->color(Theme::Color::Suspended);
        glyph = QStringLiteral("‖");
        break;
    case DriftKind::Error:
        color = theme->color(Theme::Color::Error);
        glyph = QStringLiteral("!");
        break;
    }
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box(size * 0.06, size * 0.06, size * 0.88, size * 0.88);
        QPainterPath path;
        path.addRoundedRect(box, size * 0.2, size * 0.2);
        painter.fillPath(path, color);
        QFont font;
        font.setBold(true);
        font.setPixelSize(int(size * 0.78));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, glyph);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void DriftView::showEmpty(const QString& title, const QString& text)
{
    // The dock follows every snapshot: showing the same message again would only clear and relayout the panes.
    if (m_pages->currentIndex() == 0 && m_emptyTitle->text() == title && m_emptyText->text() == text
        && m_objects->topLevelItemCount() == 0)
        return;
    m_emptyTitle->setText(title);
    m_emptyText->setText(text);
    QPalette muted = m_emptyText->palette();
    muted.setColor(QPalette::WindowText, Theme::instance()->color(Theme::Color::Muted));
    m_emptyText->setPalette(muted);
    m_pages->setCurrentIndex(0);
    m_objects->clear();
    m_fields->clear();
    m_livePane->setRows({});
    m_desiredPane->setRows({});
    m_inlinePane->setRows({});
    m_openSource->setEnabled(false);
}

void DriftView::showNothingSelected()
{
    m_drift.reset();
    m_objectKey.clear();
    m_title->setText(tr("Drift"));
    m_summary->clear();
    showEmpty(tr("Nothing selected"), tr("Select a Kustomization, or an object it applies, to see what the cluster "
                                         "holds against what Git says."));
}

void DriftView::showNotApplicable(const QString& nodeName)
{
    m_drift.reset();
    m_objectKey.clear();
    m_title->setText(tr("Drift"));
    m_summary->clear();
    showEmpty(tr("No drift for %1").arg(nodeName),
              tr("Drift is computed for Flux Kustomizations and the objects they apply. Select a Kustomization, "
                 "or a tenant or cluster to see its drift count in the tree."));
}

void DriftView::showNotComputed(const QString& kustomization)
{
    m_drift.reset();
    m_objectKey.clear();
    m_title->setText(tr("Drift — %1").arg(kustomization));
    m_summary->clear();
    showEmpty(tr("Not computed yet"),
              tr("The drift of %1 has not been computed yet. It is computed in the background once its cluster is "
                 "connected; the status bar shows the progress.")
                  .arg(kustomization));
}

void DriftView::showOffline(const QString& cluster, const QString& reason)
{
    m_drift.reset();
    m_objectKey.clear();
    m_title->setText(tr("Drift — cluster %1").arg(cluster));
    m_summary->clear();
    QString text = tr("Cluster %1 is offline, so the drift cannot be computed: it needs the live objects.").arg(cluster);
    if (!reason.isEmpty())
        text += QLatin1Char('\n') + reason;
    showEmpty(tr("Cluster offline"), text);
}

void DriftView::showComputing(const QString& what)
{
    m_drift.reset();
    m_objectKey.clear();
    m_title->setText(tr("Drift"));
    m_summary->clear();
    showEmpty(tr("Computing…"), tr("Rendering %1 and comparing it with the cluster.").arg(what));
}

void DriftView::setDrift(KustomizationDriftPtr drift, const QString& objectKey)
{
    if (!drift) {
        showNothingSelected();
        return;
    }
    const QString previous = currentObject() ? currentObject()->id.key() : QString();
    const bool sameKustomization = m_drift && m_drift->cluster == drift->cluster && m_drift->ns == drift->ns
        && m_drift->name == drift->name && m_objectKey == objectKey;
    m_drift = std::move(drift);
    m_objectKey = objectKey;
    updateHeader();

    if (!m_drift->error.isEmpty()) {
        showEmpty(tr("Drift could not be computed"), m_drift->error);
        return;
    }
    fillObjects();
    if (m_objects->topLevelItemCount() == 0) {
        if (m_objectKey.isEmpty())
            showEmpty(tr("No drift"), tr("The cluster matches Git: applying revision %1 would change nothing.")
                                          .arg(shortRevision(m_drift->revision)));
        else
            showEmpty(tr("No drift"), tr("This object matches Git at revision %1.").arg(shortRevision(m_drift->revision)));
        return;
    }
    m_pages->setCurrentIndex(1);
    if (!(sameKustomization && selectObject(previous)))
        m_objects->setCurrentItem(m_objects->topLevelItem(0));
    showObject();
}

void DriftView::updateHeader()
{
    if (!m_drift)
        return;
    const QString ns = m_drift->ns.isEmpty() ? QString() : m_drift->ns + QLatin1Char('/');
    m_title->setText(tr("Kustomization %1%2 on %3").arg(ns, m_drift->name, m_drift->cluster));

    int counts[6] = {0, 0, 0, 0, 0, 0};
    for (const ObjectDrift& object : m_drift->objects)
        ++counts[int(object.kind)];
    const Theme* theme = Theme::instance();
    const auto part = [](const QColor& color, const QString& text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text.toHtmlEscaped());
    };
    QStringList parts;
    if (!m_drift->error.isEmpty())
        parts.append(part(theme->color(Theme::Color::Error), tr("failed")));
    if (counts[int(DriftKind::Change)] > 0)
        parts.append(part(theme->color(Theme::Color::Warning), tr("%n to change", nullptr, counts[int(DriftKind::Change)])));
    if (counts[int(DriftKind::Create)] > 0)
        parts.append(part(theme->color(Theme::Color::DiffAdded), tr("%n to create", nullptr, counts[int(DriftKind::Create)])));
    if (counts[int(DriftKind::Prune)] > 0)
        parts.append(part(theme->color(Theme::Color::DiffRemoved), tr("%n to prune", nullptr, counts[int(DriftKind::Prune)])));
    if (counts[int(DriftKind::Skipped)] > 0)
        parts.append(part(theme->color(Theme::Color::Muted), tr("%n skipped", nullptr, counts[int(DriftKind::Skipped)])));
    if (counts[int(DriftKind::Error)] > 0)
        parts.append(part(theme->color(Theme::Color::Error), tr("%n failed", nullptr, counts[int(DriftKind::Error)])));
    if (m_drift->error.isEmpty() && m_drift->driftCount() == 0)
        parts.append(part(theme->color(Theme::Color::Ready), tr("in sync")));
    const QColor muted = theme->color(Theme::Color::Muted);
    if (m_drift->revision == QLatin1String("worktree"))
        parts.append(part(theme->color(Theme::Color::Info), tr("uncommitted changes in the working tree")));
    else if (!m_drift->revision.isEmpty())
        parts.append(part(muted, tr("revision %1").arg(shortRevision(m_drift->revision))));
    if (m_drift->computedAt.isValid())
        parts.append(part(muted, tr("computed %1").arg(relativeAge(m_drift->computedAt))));
    m_summary->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    if (m_drift->computedAt.isValid())
        m_summary->setToolTip(tr("Computed at %1").arg(QLocale().toString(m_drift->computedAt.toLocalTime(),
                                                                          QLocale::LongFormat)));
}

void DriftView::fillObjects()
{
    const QSignalBlocker blocker(m_objects);
    m_objects->clear();
    for (size_t i = 0; i < m_drift->objects.size(); ++i) {
        const ObjectDrift& object = m_drift->objects[i];
        if (!m_objectKey.isEmpty() && object.id.key() != m_objectKey)
            continue;
        if (object.kind == DriftKind::InSync)
            continue;
        auto* item = new QTreeWidgetItem(m_objects);
        item->setText(0, object.id.displayName());
        item->setIcon(0, kindIcon(object.kind));
        item->setText(1, kindLabel(object.kind));
        item->setData(0, ObjectIndexRole, int(i));
        QString tip = QStringLiteral("%1 %2").arg(object.id.apiVersion(), object.id.displayName());
        if (object.kind == DriftKind::Change)
            tip += QLatin1Char('\n') + tr("%n drifted field(s)", nullptr, int(object.fields.size()));
        if (!object.message.isEmpty())
            tip += QLatin1Char('\n') + object.message;
        if (!object.sourceFile.isEmpty())
            tip += QLatin1Char('\n') + tr("Source: %1:%2").arg(object.sourceFile).arg(object.sourceLine);
        item->setToolTip(0, tip);
        item->setToolTip(1, tip);
        if (object.kind == DriftKind::Error)
            item->setForeground(1, Theme::instance()->color(Theme::Color::Error));
        else if (object.kind == DriftKind::Skipped)
            item->setForeground(1, Theme::instance()->color(Theme::Color::Muted));
    }
}

bool DriftView::selectObject(const QString& objectKey)
{
    if (!m_drift || objectKey.isEmpty())
        return false;
    for (int row = 0; row < m_objects->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_objects->topLevelItem(row);
        const int index = item->data(0, ObjectIndexRole).toInt();
        if (m_drift->objects[size_t(index)].id.key() == objectKey) {
            m_objects->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

const ObjectDrift* DriftView::currentObject() const
{
    if (!m_drift || m_pages->currentIndex() != 1)
        return nullptr;
    const QTreeWidgetItem* item = m_objects->currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, ObjectIndexRole).toInt();
    if (index < 0 || size_t(index) >= m_drift->objects.size())
        return nullptr;
    return &m_drift->objects[size_t(index)];
}

bool DriftView::isShowingEmptyState() const
{
    return m_pages->currentIndex() == 0;
}

QString DriftView::emptyStateText() const
{
    return isShowingEmptyState() ? m_emptyTitle->text() + QLatin1Char('\n') + m_emptyText->text() : QString();
}

void DriftView::setMode(Mode mode)
{
    m_mode = mode;
    (mode == Mode::SideBySide ? m_sideBySide : m_inline)->setChecked(true);
    m_diffs->setCurrentIndex(mode == Mode::SideBySide ? 0 : 1);
}

bool DriftView::hidesDefaulted() const
{
    return m_hideDefaulted->isChecked();
}

void DriftView::setHideDefaulted(bool hide)
{
    m_hideDefaulted->setChecked(hide);
}

bool DriftView::fieldVisible(const FieldDrift& field) const
{
    return !(field.defaulted && hidesDefaulted());
}

void DriftView::showObject()
{
    const ObjectDrift* object = currentObject();
    if (!object) {
        m_fields->clear();
        m_livePane->setRows({});
        m_desiredPane->setRows({});
        m_inlinePane->setRows({});
        m_openSource->setEnabled(false);
        return;
    }
    const Theme* theme = Theme::instance();
    QColor color = theme->color(Theme::Color::Warning);
    if (object->kind == DriftKind::Create)
        color = theme->color(Theme::Color::DiffAdded);
    else if (object->kind == DriftKind::Prune || object->kind == DriftKind::Error)
        color = theme->color(Theme::Color::DiffRemoved);
    else if (object->kind == DriftKind::Skipped)
        color = theme->color(Theme::Color::Muted);
    QString header = QStringLiteral("<b>%1</b> &nbsp;<span style=\"color:%2\">%3</span>")
                         .arg(object->id.displayName().toHtmlEscaped(), color.name(), kindLabel(object->kind).toHtmlEscaped());
    if (!object->sourceFile.isEmpty())
        header += QStringLiteral(" &nbsp;<span style=\"color:%1\">%2:%3</span>")
                      .arg(theme->color(Theme::Color::Muted).name(), object->sourceFile.toHtmlEscaped())
                      .arg(object->sourceLine);
    m_objectHeader->setText(header);

    QString message;
    switch (object->kind) {
    case DriftKind::Create:
        message = tr("Not in the cluster: Flux would create it.");
        break;
    case DriftKind::Prune:
        message = tr("No longer in Git and prune is on: Flux would delete it from the cluster.");
        break;
    case DriftKind::Skipped:
        message = object->message.isEmpty() ? tr("Not compared.") : tr("Not compared: %1").arg(object->message);
        break;
    case DriftKind::Error:
        message = tr("Could not be compared: %1").arg(object->message);
        break;
    default:
        break;
    }
    m_objectMessage->setText(message);
    m_objectMessage->setVisible(!message.isEmpty());
    m_openSource->setEnabled(!object->sourceFile.isEmpty() && m_drift && !m_drift->repositoryRoot.isEmpty());
    fillFields(*object);
    fillDiff(*object);
}

void DriftView::fillFields(const ObjectDrift& object)
{
    const QSignalBlocker blocker(m_fields);
    m_fields->clear();
    const QColor muted = Theme::instance()->color(Theme::Color::Muted);
    for (const FieldDrift& field : object.fields) {
        if (!fieldVisible(field))
            continue;
        auto* item = new QTreeWidgetItem(m_fields);
        item->setData(FieldPathColumn, FieldPathRole, field.path);
        item->setText(FieldPathColumn, field.path);
        if (field.secretValue || isSecret(object)) {
            const QString differs = tr("value of key %1 differs").arg(secretKey(field));
            item->setText(FieldLiveColumn, differs);
            item->setText(FieldDesiredColumn, tr("(hidden)"));
            item->setToolTip(FieldLiveColumn, tr("Secret values are never shown; they are compared by keyed hash."));
            item->setToolTip(FieldDesiredColumn, item->toolTip(FieldLiveColumn));
            item->setForeground(FieldDesiredColumn, muted);
        } else {
            item->setText(FieldLiveColumn, valueText(field.live));
            item->setText(FieldDesiredColumn, valueText(field.desired));
            item->setToolTip(FieldLiveColumn, valueText(field.live));
            item->setToolTip(FieldDesiredColumn, valueText(field.desired));
            if (field.live.isUndefined())
                item->setForeground(FieldLiveColumn, muted);
            if (field.desired.isUndefined())
                item->setForeground(FieldDesiredColumn, muted);
        }
        QString manager = managerText(field);
        if (field.defaulted)
            manager = tr("%1 · defaulted").arg(manager);
        item->setText(FieldManagerColumn, manager);
        item->setToolTip(FieldPathColumn, fieldNote(field));
        item->setToolTip(FieldManagerColumn, fieldNote(field));
        if (field.manager.isEmpty() || field.defaulted)
            item->setForeground(FieldManagerColumn, muted);
        if (field.defaulted)
            item->setForeground(FieldPathColumn, muted);
    }
    m_fields->setVisible(object.kind == DriftKind::Change || m_fields->topLevelItemCount() > 0);
}

void DriftView::fillDiff(const ObjectDrift& object)
{
    QStringList live = LineDiff::splitLines(object.liveYaml);
    QStringList desired = LineDiff::splitLines(object.desiredYaml);
    if (isSecret(object)) {
        live = redactSecret(live);
        desired = redactSecret(desired);
    }
    // Hide defaulted fields: drop their lines (not a list item's inline first key, which carries the item).
    if (hidesDefaulted()) {
        for (QStringList* lines : {&live, &desired}) {
            std::vector<bool> drop(size_t(lines->size()), false);
            const YamlFieldLocator locator(*lines);
            for (const FieldDrift& field : object.fields) {
                if (!field.defaulted)
                    continue;
                const YamlFieldLocator::Span span = locator.locate(field.path);
                if (!span.isValid() || lines->at(span.first).trimmed().startsWith(QLatin1String("- ")))
                    continue;
                for (int line = span.first; line <= span.last; ++line)
                    drop[size_t(line)] = true;
            }
            QStringList kept;
            for (qsizetype i = 0; i < lines->size(); ++i) {
                if (!drop[size_t(i)])
                    kept.append(lines->at(i));
            }
            *lines = kept;
        }
    }

    const auto marks = [&object, this](const QStringList& lines, std::vector<bool>& inField,
                                       std::vector<QString>& starts, std::vector<QString>& notes) {
        inField.assign(size_t(lines.size()), false);
        starts.assign(size_t(lines.size()), QString());
        notes.assign(size_t(lines.size()), QString());
        const YamlFieldLocator locator(lines);
        for (const FieldDrift& field : object.fields) {
            if (fieldVisible(field))
                markField(inField, starts, notes, locator, field);
        }
    };
    std::vector<bool> liveIn;
    std::vector<QString> liveStart;
    std::vector<QString> liveNote;
    std::vector<bool> desiredIn;
    std::vector<QString> desiredStart;
    std::vector<QString> desiredNote;
    marks(live, liveIn, liveStart, liveNote);
    marks(desired, desiredIn, desiredStart, desiredNote);

    const auto liveRow = [&](int line, DiffPane::RowKind kind) {
        DiffPane::Row row;
        row.text = live.at(line);
        row.kind = kind;
        row.oldNumber = line + 1;
        row.inField = liveIn[size_t(line)];
        row.field = liveStart[size_t(line)];
        row.fieldNote = liveNote[size_t(line)];
        return row;
    };
    const auto desiredRow = [&](int line, DiffPane::RowKind kind) {
        DiffPane::Row row;
        row.text = desired.at(line);
        row.kind = kind;
        row.newNumber = line + 1;
        row.inField = desiredIn[size_t(line)];
        row.field = desiredStart[size_t(line)];
        row.fieldNote = desiredNote[size_t(line)];
        return row;
    };

    const std::vector<LineDiff::Line> diff = LineDiff::compute(live, desired);
    std::vector<DiffPane::Row> left;
    std::vector<DiffPane::Row> right;
    std::vector<DiffPane::Row> single;
    std::vector<int> removed;
    std::vector<int> added;
    const auto flush = [&] {
        // Side by side, a changed block pairs the lines of the same key on one row; the others face a filler.
        QStringList removedKeys;
        QStringList addedKeys;
        for (const int line : removed)
            removedKeys.append(lineKey(live.at(line)));
        for (const int line : added)
            addedKeys.append(lineKey(desired.at(line)));
        for (const LineDiff::Line& pair : LineDiff::compute(removedKeys, addedKeys)) {
            left.push_back(pair.oldLine >= 0 ? liveRow(removed[size_t(pair.oldLine)], DiffPane::RowKind::Removed)
                                             : fillerRow());
            right.push_back(pair.newLine >= 0 ? desiredRow(added[size_t(pair.newLine)], DiffPane::RowKind::Added)
                                              : fillerRow());
        }
        for (const int line : removed)
            single.push_back(liveRow(line, DiffPane::RowKind::Removed));
        for (const int line : added)
            single.push_back(desiredRow(line, DiffPane::RowKind::Added));
        removed.clear();
        added.clear();
    };
    for (const LineDiff::Line& line : diff) {
        switch (line.op) {
        case LineDiff::Op::Removed:
            removed.push_back(line.oldLine);
            break;
        case LineDiff::Op::Added:
            added.push_back(line.newLine);
            break;
        case LineDiff::Op::Equal: {
            flush();
            left.push_back(liveRow(line.oldLine, DiffPane::RowKind::Context));
            right.push_back(desiredRow(line.newLine, DiffPane::RowKind::Context));
            DiffPane::Row both = desiredRow(line.newLine, DiffPane::RowKind::Context);
            both.oldNumber = line.oldLine + 1;
            both.inField = both.inField || liveIn[size_t(line.oldLine)];
            if (both.field.isEmpty()) {
                both.field = liveStart[size_t(line.oldLine)];
                both.fieldNote = liveNote[size_t(line.oldLine)];
            }
            single.push_back(both);
            break;
        }
        }
    }
    flush();
    m_livePane->setRows(std::move(left));
    m_desiredPane->setRows(std::move(right));
    m_inlinePane->setRows(std::move(single));
}

void DriftView::revealField(const QString& path)
{
    if (path.isEmpty())
        return;
    if (m_mode == Mode::Inline) {
        m_inlinePane->revealRow(m_inlinePane->rowOfField(path));
        return;
    }
    int row = m_desiredPane->rowOfField(path);
    if (row < 0)
        row = m_livePane->rowOfField(path);
    m_desiredPane->revealRow(row);
    m_livePane->revealRow(row);
}

void DriftView::openSource()
{
    const ObjectDrift* object = currentObject();
    if (!object || object->sourceFile.isEmpty() || !m_drift || m_drift->repositoryRoot.isEmpty())
        return;
    const QString file = QDir::isAbsolutePath(object->sourceFile) ? object->sourceFile
                                                                  : QDir(m_drift->repositoryRoot).filePath(object->sourceFile);
    Q_EMIT openSourceRequested(QDir::cleanPath(file), qMax(1, object->sourceLine));
}

} // namespace fleetdesk
