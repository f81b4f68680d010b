#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fleetdesk {

/// One requirement of a Kubernetes label selector: `key`, `!key`, `key=v`, `key==v`, `key!=v`, `key in (a,b)`,
/// `key notin (a,b)`, `key>n`, `key<n`.
struct SelectorRequirement
{
    enum class Op { Exists, DoesNotExist, Equals, NotEquals, In, NotIn, GreaterThan, LessThan };
    QString key;
    Op op = Op::Exists;
    QStringList values;

    bool matches(const QJsonObject& labels) const;
};

/// A parsed label (or annotation) selector; empty matches everything.
class LabelSelector
{
public:
    /// Parses the Kubernetes selector syntax; errors say where the text is wrong.
    static Result<LabelSelector> parse(const QString& text);
    bool matches(const QJsonObject& labels) const;
    bool isEmpty() const { return m_requirements.empty(); }
    const std::vector<SelectorRequirement>& requirements() const { return m_requirements; }

private:
    std::vector<SelectorRequirement> m_requirements;
};

/// The `target:` of a kustomize patch: group, version, kind, name and namespace as regular expressions anchored at
/// both ends (an empty one matches anything), plus a label and an annotation selector.
class PatchTarget
{
public:
    /// From the map of a `target:` entry (JSON); errors name the field.
    static Result<PatchTarget> fromJson(const QJsonObject& target);
    /// From the YAML text of a `target:` entry.
    static Result<PatchTarget> fromYaml(const QByteArray& yaml);

    /// Whether the object matches. `namespaces` and `names` are other ids the object answers to (kustomize also
    /// matches an object by its name and namespace before prefixes, suffixes and namespace changes).
    bool matches(const QJsonObject& object, const QStringList& names = {}, const QStringList& namespaces = {}) const;

    QString group() const { return m_group; }
    QString version() const { return m_version; }
    QString kind() const { return m_kind; }
    QString name() const { return m_name; }
    QString nameSpace() const { return m_namespace; }
    QString labelSelector() const { return m_labelSelectorText; }
    QString annotationSelector() const { return m_annotationSelectorText; }

    /// The namespace kustomize compares a selector with: "default" for a namespaced object without one, and
    /// "_non_namespaceable_" for a cluster-scoped kind.
    static QString effectiveNamespace(const QString& kind, const QString& nameSpace);
    static bool isClusterScopedKind(const QString& kind);

private:
    QString m_group, m_version, m_kind, m_name, m_namespace;
    QString m_labelSelectorText, m_annotationSelectorText;
    std::optional<QRegularExpression> m_groupRe, m_versionRe, m_kindRe, m_nameRe, m_namespaceRe;
    LabelSelector m_labels, m_annotations;
};

} // namespace fleetdesk
