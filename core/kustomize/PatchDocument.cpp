#include "PatchDocument.h"

#include "kustomize/KustomizeYaml.h"

#include <QCoreApplication>

#include <yaml-cpp/yaml.h>

namespace fleetdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PatchDocument", text);
}

} // namespace

Result<PatchDocument> PatchDocument::parse(const QByteArray& text, const QString& file)
{
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception& e) {
        return makeError(tr("the patch is not valid YAML or JSON: %1").arg(QString::fromStdString(e.msg)),
                         SourceLocation{file, e.mark.line + 1, e.mark.column + 1}, QStringLiteral("yaml.syntax"));
    }
    PatchDocument patch;
    for (const YAML::Node& node : documents) {
        if (!node.IsDefined() || node.IsNull())
            continue;
        const QJsonValue value = KustomizeYaml::toJson(node);
        const int line = node.Mark().line + 1;
        if (value.isArray()) {
            if (!patch.mergePatches.empty() || !patch.operations.isEmpty())
                return makeError(tr("a JSON 6902 patch must be the only document of its file"),
                                 SourceLocation{file, line, 0}, QStringLiteral("patch.invalid"));
            const QJsonArray operations = value.toArray();
            for (qsizetype i = 0; i < operations.size(); ++i) {
                const QJsonObject op = operations.at(i).toObject();
                if (!operations.at(i).isObject() || !op.value(QLatin1String("op")).isString()
                    || !op.value(QLatin1String("path")).isString())
                    return makeError(tr("JSON 6902 operation %1 needs an \"op\" and a \"path\"").arg(i),
                                     SourceLocation{file, line, 0}, QStringLiteral("patch.invalid"));
            }
            patch.kind = Kind::Json6902;
            patch.operations = operations;
            continue;
        }
        if (!value.isObject())
            return makeError(tr("a patch must be a map (strategic merge) or a list (JSON 6902)"),
                             SourceLocation{file, line, 0}, QStringLiteral("patch.invalid"));
        if (patch.kind == Kind::Json6902)
            return makeError(tr("a JSON 6902 patch must be the only document of its file"),
                             SourceLocation{file, line, 0}, QStringLiteral("patch.invalid"));
        patch.mergePatches.push_back(value.toObject());
    }
    if (patch.kind == Kind::StrategicMerge && patch.mergePatches.empty())
        return makeError(tr("the patch is empty"), SourceLocation{file, 0, 0}, QStringLiteral("patch.invalid"));
    return patch;
}

} // namespace fleetdesk
