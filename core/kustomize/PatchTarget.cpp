#include "PatchTarget.h"

#include "kustomize/KustomizeYaml.h"

#include <QCoreApplication>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PatchTarget", text);
}

Error selectorError(const QString& text, qsizetype position, const QString& why)
{
    return Error{tr("label selector \"%1\", at character %2: %3").arg(text).arg(position + 1).arg(why), {},
                 QStringLiteral("patch.selector")};
}

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')
        || c == QLatin1Char('/');
}

/// A small scanner for the selector syntax of k8s.io/apimachinery/pkg/labels.
class SelectorScanner
{
public:
    explicit SelectorScanner(const QString& text) : m_text(text) {}

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    bool take(QLatin1String token)
    {
        skipSpace();
        if (QStringView(m_text).mid(m_pos).startsWith(token)) {
            m_pos += token.size();
            return true;
        }
        return false;
    }
    /// A word of key/value characters.
    QString word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isKeyChar(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    /// "in"/"notin" followed by a space or '(' (so that a key named "inside" is not taken for an operator).
    bool takeKeyword(QLatin1String keyword)
    {
        skipSpace();
        const qsizetype save = m_pos;
        if (!take(keyword))
            return false;
        if (m_pos < m_text.size() && (m_text.at(m_pos).isSpace() || m_text.at(m_pos) == QLatin1Char('(')))
            return true;
        m_pos = save;
        return false;
    }
    qsizetype position() const { return m_pos; }

private:
    const QString& m_text;
    qsizetype m_pos = 0;
};

QJsonObject mapAt(const QJsonObject& object, const char* a, const char* b)
{
    return object.value(QLatin1String(a)).toObject().value(QLatin1String(b)).toObject();
}

std::optional<QRegularExpression> anchored(const QString& pattern)
{
    if (pattern.isEmpty())
        return std::nullopt;
    return QRegularExpression(QStringLiteral("^(?:") + pattern + QStringLiteral(")$"));
}

} // namespace

bool SelectorRequirement::matches(const QJsonObject& labels) const
{
    const bool has = labels.contains(key);
    const QJsonValue raw = labels.value(key);
    const QString value = raw.isString() ? raw.toString() : raw.toVariant().toString();
    switch (op) {
    case Op::Exists:
        return has;
    case Op::DoesNotExist:
        return !has;
    case Op::Equals:
    case Op::In:
        return has && values.contains(value);
    case Op::NotEquals:
    case Op::NotIn:
        return !has || !values.contains(value);
    case Op::GreaterThan:
    case Op::LessThan: {
        bool okValue = false, okLimit = false;
        const qint64 v = value.toLongLong(&okValue);
        const qint64 limit = values.value(0).toLongLong(&okLimit);
        if (!has || !okValue || !okLimit)
            return false;
        return op == Op::GreaterThan ? v > limit : v < limit;
    }
    }
    return false;
}

Result<LabelSelector> LabelSelector::parse(const QString& text)
{
    LabelSelector selector;
    SelectorScanner in(text);
    if (in.atEnd())
        return selector;
    while (true) {
        SelectorRequirement req;
        if (in.take(QLatin1String("!"))) {
            req.key = in.word();
            if (req.key.isEmpty())
                return std::unexpected(selectorError(text, in.position(), tr("a key must follow '!'")));
            req.op = SelectorRequirement::Op::DoesNotExist;
        } else {
            req.key = in.word();
            if (req.key.isEmpty())
                return std::unexpected(selectorError(text, in.position(), tr("a key was expected")));
            using Op = SelectorRequirement::Op;
            const auto single = [&](Op op) -> std::optional<Error> {
                req.op = op;
                const QString value = in.word();
                if (op == Op::GreaterThan || op == Op::LessThan) {
                    bool ok = false;
                    value.toLongLong(&ok);
                    if (!ok)
                        return selectorError(text, in.position(), tr("a number was expected"));
                }
                req.values = {value};
                return std::nullopt;
            };
            std::optional<Error> error;
            if (in.take(QLatin1String("=="))) {
                error = single(Op::Equals);
            } else if (in.take(QLatin1String("!="))) {
                error = single(Op::NotEquals);
            } else if (in.take(QLatin1String("="))) {
                error = single(Op::Equals);
            } else if (in.take(QLatin1String(">"))) {
                error = single(Op::GreaterThan);
            } else if (in.take(QLatin1String("<"))) {
                error = single(Op::LessThan);
            } else if (in.takeKeyword(QLatin1String("notin")) || in.takeKeyword(QLatin1String("in"))) {
                const QString before = text.left(in.position()).trimmed();
                req.op = before.endsWith(QLatin1String("notin")) ? Op::NotIn : Op::In;
                if (!in.take(QLatin1String("(")))
                    return std::unexpected(selectorError(text, in.position(), tr("'(' was expected")));
                while (true) {
                    req.values.append(in.word());
                    if (in.take(QLatin1String(")")))
                        break;
                    if (!in.take(QLatin1String(",")))
                        return std::unexpected(selectorError(text, in.position(), tr("',' or ')' was expected")));
                }
            } else {
                req.op = Op::Exists;
            }
            if (error)
                return std::unexpected(*error);
        }
        selector.m_requirements.push_back(req);
        if (in.atEnd())
            break;
        if (!in.take(QLatin1String(",")))
            return std::unexpected(selectorError(text, in.position(), tr("',' was expected")));
    }
    return selector;
}

bool LabelSelector::matches(const QJsonObject& labels) const
{
    for (const SelectorRequirement& r : m_requirements) {
        if (!r.matches(labels))
            return false;
    }
    return true;
}

Result<PatchTarget> PatchTarget::fromJson(const QJsonObject& target)
{
    PatchTarget t;
    static const QSet<QString> known{QStringLiteral("group"),        QStringLiteral("version"),
                                     QStringLiteral("kind"),         QStringLiteral("name"),
                                     QStringLiteral("namespace"),    QStringLiteral("labelSelector"),
                                     QStringLiteral("annotationSelector")};
    for (auto it = target.begin(); it != target.end(); ++it) {
        if (!known.contains(it.key()))
            return makeError(tr("target: unknown field \"%1\"").arg(it.key()), {}, QStringLiteral("patch.target"));
        if (!it.value().isString() && !it.value().isNull())
            return makeError(tr("target.%1 must be a string").arg(it.key()), {}, QStringLiteral("patch.target"));
    }
    const auto field = [&](const char* name) { return target.value(QLatin1String(name)).toString(); };
    t.m_group = field("group");
    t.m_version = field("version");
    t.m_kind = field("kind");
    t.m_name = field("name");
    t.m_namespace = field("namespace");
    t.m_labelSelectorText = field("labelSelector");
    t.m_annotationSelectorText = field("annotationSelector");
    const std::pair<const QString*, std::optional<QRegularExpression>*> patterns[] = {
        {&t.m_group, &t.m_groupRe}, {&t.m_version, &t.m_versionRe}, {&t.m_kind, &t.m_kindRe},
        {&t.m_name, &t.m_nameRe},   {&t.m_namespace, &t.m_namespaceRe}};
    const char* names[] = {"group", "version", "kind", "name", "namespace"};
    for (size_t i = 0; i < std::size(patterns); ++i) {
        *patterns[i].second = anchored(*patterns[i].first);
        if (*patterns[i].second && !(*patterns[i].second)->isValid())
            return makeError(tr("target.%1: invalid regular expression \"%2\": %3")
                                 .arg(QLatin1String(names[i]), *patterns[i].first,
                                      (*patterns[i].second)->errorString()),
                             {}, QStringLiteral("patch.target"));
    }
    auto labels = LabelSelector::parse(t.m_labelSelectorText);
    if (!labels)
        return makeError(tr("target.labelSelector: %1").arg(labels.error().message), {}, QStringLiteral("patch.target"));
    t.m_labels = *labels;
    auto annotations = LabelSelector::parse(t.m_annotationSelectorText);
    if (!annotations)
        return makeError(tr("target.annotationSelector: %1").arg(annotations.error().message), {},
                         QStringLiteral("patch.target"));
    t.m_annotations = *annotations;
    return t;
}

Result<PatchTarget> PatchTarget::fromYaml(const QByteArray& yaml)
{
    YAML::Node node;
    try {
        node = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        return makeError(tr("target: %1").arg(QString::fromStdString(e.msg)),
                         SourceLocation{{}, e.mark.line + 1, e.mark.column + 1}, QStringLiteral("yaml.syntax"));
    }
    const QJsonValue value = KustomizeYaml::toJson(node);
    if (!value.isObject())
        return makeError(tr("target must be a map"), {}, QStringLiteral("patch.target"));
    return fromJson(value.toObject());
}

bool PatchTarget::isClusterScopedKind(const QString& kind)
{
    static const QSet<QString> kinds{
        QStringLiteral("Namespace"), QStringLiteral("Node"), QStringLiteral("PersistentVolume"),
        QStringLiteral("ClusterRole"), QStringLiteral("ClusterRoleBinding"), QStringLiteral("CustomResourceDefinition"),
        QStringLiteral("StorageClass"), QStringLiteral("PriorityClass"), QStringLiteral("IngressClass"),
        QStringLiteral("MutatingWebhookConfiguration"), QStringLiteral("ValidatingWebhookConfiguration"),
        QStringLiteral("APIService"), QStringLiteral("CSIDriver"), QStringLiteral("CSINode"),
        QStringLiteral("VolumeAttachment"), QStringLiteral("RuntimeClass"), QStringLiteral("PodSecurityPolicy"),
        QStringLiteral("CertificateSigningRequest"), QStringLiteral("ComponentStatus"), QStringLiteral("FlowSchema"),
        QStringLiteral("PriorityLevelConfiguration"), QStringLiteral("ClusterIssuer"),
        QStringLiteral("ValidatingAdmissionPolicy"), QStringLiteral("ValidatingAdmissionPolicyBinding")};
    return kinds.contains(kind);
}

QString PatchTarget::effectiveNamespace(const QString& kind, const QString& nameSpace)
{
    if (isClusterScopedKind(kind))
        return QStringLiteral("_non_namespaceable_");
    return nameSpace.isEmpty() ? QStringLiteral("default") : nameSpace;
}

bool PatchTarget::matches(const QJsonObject& object, const QStringList& names, const QStringList& namespaces) const
{
    const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
    const qsizetype slash = apiVersion.indexOf(QLatin1Char('/'));
    const QString group = slash < 0 ? QString() : apiVersion.left(slash);
    const QString version = slash < 0 ? apiVersion : apiVersion.mid(slash + 1);
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();

    if (m_groupRe && !m_groupRe->match(group).hasMatch())
        return false;
    if (m_versionRe && !m_versionRe->match(version).hasMatch())
        return false;
    if (m_kindRe && !m_kindRe->match(kind).hasMatch())
        return false;
    if (m_nameRe) {
        bool any = m_nameRe->match(metadata.value(QLatin1String("name")).toString()).hasMatch();
        for (const QString& n : names)
            any = any || m_nameRe->match(n).hasMatch();
        if (!any)
            return false;
    }
    if (m_namespaceRe) {
        bool any = m_namespaceRe->match(effectiveNamespace(kind, metadata.value(QLatin1String("namespace")).toString()))
                       .hasMatch();
        for (const QString& ns : namespaces)
            any = any || m_namespaceRe->match(effectiveNamespace(kind, ns)).hasMatch();
        if (!any)
            return false;
    }
    if (!m_labels.matches(mapAt(object, "metadata", "labels")))
        return false;
    return m_annotations.matches(mapAt(object, "metadata", "annotations"));
}

} // namespace fleetdesk
