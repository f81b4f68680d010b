#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fleetdesk {

/// Flux's post-build variable substitution (kustomize-controller's `spec.postBuild`), applied to one rendered
/// object the way the controller does it: the object is converted to JSON and written as YAML by go-yaml v2
/// (so how a string was quoted in Git is lost), `envsubst` runs over the text, and the text is read back with
/// go-yaml v2. A substituted string therefore takes the type its new text has: `replicas: ${N}` and
/// `replicas: "${N}"` with N=3 both become the number 3, `yes` becomes true, an empty value becomes null, and
/// `["a", "b"]` becomes a list. A string with a line break is written as a literal block and stays a string.
///
/// The expression language is fluxcd/pkg/envsubst's, including its quirks:
/// - `${var}`; `$$` writes one `$` (so `$${var}` is left as the text `${var}`); a lone `$` is kept;
/// - `${var:=default}`, `${var:-default}`, `${var=default}` use the default when the value is empty (also when it
///   is set to ""), and never fail in strict mode; `${var-default}` is a syntax error ("missing closing brace");
/// - `${#var}`, `${var:offset}`, `${var:offset:length}` (bytes), `${var#glob}`, `${var##glob}`, `${var%glob}`,
///   `${var%%glob}`, `${var/from/to}`, `${var//from/to}`, `${var/#from/to}`, `${var/%from/to}`, `${var^}`,
///   `${var^^}`, `${var,}`, `${var,,}`;
/// - an undefined variable is the empty string, or an error in strict mode (kustomize-controller's
///   `--feature-gates=StrictPostBuildSubstitutions=true`, a controller flag: a Kustomization cannot ask for it).
class PostBuildSubstitution
{
    Q_DECLARE_TR_FUNCTIONS(PostBuildSubstitution)
public:
    /// The annotation (or label) with value "disabled" that exempts one object from substitution.
    static const QString OptOutKey;

    /// `variables` are the final values (substituteFrom merged in order, then spec.postBuild.substitute on top).
    explicit PostBuildSubstitution(QHash<QString, QString> variables, bool strict = false);

    /// Every variable name must match ^[_[:alpha:]][_[:alpha:][:digit:]]*$, or the build fails.
    Result<void> checkNames() const;

    /// True when the object opts out with kustomize.toolkit.fluxcd.io/substitute: disabled (label or annotation).
    static bool isOptedOut(const QJsonObject& object);

    /// Expands one text. Errors are envsubst's ("unable to parse variable name", "missing closing brace",
    /// "bad substitution", "variable not set (strict mode): \"X\"", ...).
    static Result<QString> expand(const QString& text, const QHash<QString, QString>& variables, bool strict);
    Result<QString> expand(const QString& text) const { return expand(text, m_variables, m_strict); }

    /// The substituted object (an opted-out object is returned unchanged).
    Result<QJsonObject> apply(const QJsonObject& object) const;

private:
    QHash<QString, QString> m_variables;
    bool m_strict = false;
};

} // namespace fleetdesk
