#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace fleetdesk {

/// A kustomization file read the way kustomize v5.8 reads it (types.Kustomization.Unmarshal): the YAML goes to JSON
/// through sigs.k8s.io/yaml, whose go-yaml v2 types plain scalars by YAML 1.1 (y/yes/on/n/no/off are booleans,
/// 0755 is octal, 1_000 is a number, timestamps stay strings), then encoding/json decodes that into the typed
/// Kustomization struct: field names match case-insensitively, a later duplicate wins, and a value of the wrong type
/// (a boolean or number where a string belongs, a string where a boolean belongs) is an error. Only the first YAML
/// document counts. The result holds the canonical field names and typed values.
///
/// Every error names the file and the line of the offending value.
class KustomizationFile
{
    Q_DECLARE_TR_FUNCTIONS(KustomizationFile)
public:
    enum class Mode {
        /// kustomize build: unknown fields are errors, no type is coerced.
        Kustomize,
        /// fluxcd/pkg/kustomize's generator, which reads the kustomization.yaml of spec.path with
        /// sigs.k8s.io/yaml.Unmarshal before amending it: a number or boolean where a string belongs becomes that
        /// string (1.10 becomes "1.1", on becomes "true"), and unknown fields are dropped.
        FluxGenerator,
    };

    static Result<QJsonObject> parse(const QString& path, const QByteArray& content, Mode mode = Mode::Kustomize);
};

} // namespace fleetdesk
