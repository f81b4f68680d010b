#include "KustomizationBuildCommand.h"

#include "engine/WorkspaceLoader.h"
#include "fleet/Fleet.h"
#include "kube/ExecCredentialProvider.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "kustomize/FluxKustomizationBuilder.h"
#include "kustomize/GitTreeSource.h"
#include "manifest/RepositoryContent.h"
#include "manifest/YamlAccess.h"
#include "secrets/KeychainSecretStore.h"
#include "sops/KeychainAgeIdentities.h"
#include "sops/SopsIdentitySources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace fleetdesk;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("KustomizationBuildCommand", text);
}

/// Reads the substituteFrom sources of one Kustomization from the cluster's API, waiting for the answers.
SubstituteValues readSources(const QList<SubstituteSource>& sources, const QString& ns, const QString& cluster,
                             int timeoutMs, QTextStream& err)
{
    SubstituteValues values;
    const auto markMissing = [&values](const SubstituteSource& source, const QString& reason) {
        values.missing.append(source);
        values.reasons.insert(source.toString(), reason);
    };
    auto config = Kubeconfig::load(Kubeconfig::defaultPaths());
    const std::optional<KubeEndpoint> endpoint =
        config && !cluster.isEmpty() ? config->endpoint(cluster) : std::optional<KubeEndpoint>();
    if (!endpoint) {
        const QString reason =
            cluster.isEmpty()
                ? tr("the Kustomization belongs to no cluster of the fleet, so there is no kubeconfig context to "
                     "read it from")
                : tr("the kubeconfig has no context named '%1' to read it from").arg(cluster);
        for (const SubstituteSource& source : sources) {
            if (source.optional)
                err << tr("fleetdesk build: warning: optional %1 not read: %2").arg(source.toString(), reason)
                    << '\n';
            else
                markMissing(source, reason);
        }
        return values;
    }

    ExecCredentialProvider exec;
    KubeClient client(*endpoint);
    client.setExecCredentialProvider(&exec);
    std::vector<std::optional<KubeResponse>> answers(std::size_t(sources.size()));
    QEventLoop loop;
    int pending = int(sources.size());
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const SubstituteSource& source = sources.at(i);
        const QString resource = source.kind == QLatin1String("Secret") ? QStringLiteral("secrets")
                                                                         : QStringLiteral("configmaps");
        client.get(QStringLiteral("/api/v1/namespaces/%1/%2/%3").arg(ns, resource, source.name),
                   [&answers, &pending, &loop, i](const KubeResponse& response) {
                       answers[std::size_t(i)] = response;
                       if (--pending == 0)
                           loop.quit();
                   });
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();

    for (qsizetype i = 0; i < sources.size(); ++i) {
        const SubstituteSource& source = sources.at(i);
        const std::optional<KubeResponse>& answer = answers[std::size_t(i)];
        if (!answer) {
            markMissing(source, tr("no answer from context '%1' in time").arg(cluster));
            continue;
        }
        if (answer->status == 404 && source.optional)
            continue;
        if (!answer->ok()) {
            markMissing(source, answer->message());
            continue;
        }
        const QJsonObject data = answer->json.value(QLatin1String("data")).toObject();
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QString value = it.value().toString();
            values.variables.insert(it.key(), source.kind == QLatin1String("Secret")
                                                  ? QString::fromUtf8(QByteArray::fromBase64(value.toLatin1()))
                                                  : value);
        }
    }
    return values;
}

/// The age identities `fleetdesk sops` uses: SOPS_AGE_KEY, SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD and the default keys
/// file, else those imported into the keychain.
FluxKustomizationBuilder::Options::Decryption decryptionKeys()
{
    FluxKustomizationBuilder::Options::Decryption keys;
    auto loaded = SopsIdentitySources::load();
    if (!loaded) {
        keys.keyError = loaded.error().message;
        return keys;
    }
    keys.identities = loaded->identities;
    if (keys.identities.isEmpty() && KeychainSecretStore::isBuiltIn()) {
        KeychainSecretStore keychain;
        if (auto stored = KeychainAgeIdentities::list(keychain))
            keys.identities = *stored;
    }
    if (keys.identities.isEmpty()) {
        // Spelled out: lupdate reads the qualified return type above as this function's class, and would file a
        // plain tr() here under FluxKustomizationBuilder.
        keys.keyError = QCoreApplication::translate("KustomizationBuildCommand",
                                                    "spec.decryption needs an age identity and none was found: set "
                                                    "SOPS_AGE_KEY, SOPS_AGE_KEY_FILE or SOPS_AGE_KEY_CMD, or put "
                                                    "one in %1")
                            .arg(SopsIdentitySources::defaultKeyFile(QProcessEnvironment::systemEnvironment()));
    }
    return keys;
}

} // namespace

namespace KustomizationBuildCommand {

bool handles(const QStringList& arguments)
{
    if (arguments.isEmpty() || arguments.constFirst() != QLatin1String("build"))
        return false;
    for (const QString& argument : arguments)
        if (argument == QLatin1String("--kustomization") || argument.startsWith(QLatin1String("--kustomization=")))
            return true;
    return false;
}

int run(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Renders a Flux Kustomization of the workspace the way kustomize-controller builds it (generated "
           "kustomization.yaml, spec patches, images and components, post-build substitution, owner labels) and "
           "prints the objects as multi-document YAML. With spec.decryption, SOPS-encrypted inputs are decrypted in "
           "memory with the age identities `fleetdesk sops` uses, and the values of the Secrets are printed masked."));
    parser.addHelpOption();
    const QCommandLineOption nameOption(QStringLiteral("kustomization"), tr("The Kustomization's name."),
                                        QStringLiteral("name"));
    const QCommandLineOption nsOption(QStringLiteral("namespace"),
                                      tr("Its namespace (default: any; flux-system when it has none)."),
                                      QStringLiteral("ns"));
    const QCommandLineOption clusterOption(QStringLiteral("cluster"),
                                           tr("The fleet cluster whose copy to build; its kubeconfig context of the "
                                              "same name supplies substituteFrom values."),
                                           QStringLiteral("cluster"));
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             tr("The platform repository (default: the current directory)."),
                                             QStringLiteral("dir"));
    const QCommandLineOption revisionOption(QStringLiteral("revision"),
                                            tr("Build this Git revision of the source (default: the working tree)."),
                                            QStringLiteral("rev"));
    const QCommandLineOption binaryOption(QStringLiteral("kustomize"),
                                          tr("The kustomize binary for features rendered by it (default: on PATH)."),
                                          QStringLiteral("file"));
    const QCommandLineOption nativeOption(QStringLiteral("native-only"),
                                          tr("Never run kustomize: fail on features the native renderer lacks."));
    const QCommandLineOption strictOption(QStringLiteral("strict-substitute"),
                                          tr("Fail on undefined variables, like kustomize-controller with "
                                             "StrictPostBuildSubstitutions."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds to wait for substituteFrom values."), QStringLiteral("seconds"),
                                           QStringLiteral("30"));
    parser.addOptions({nameOption, nsOption, clusterOption, workspaceOption, revisionOption, binaryOption,
                       nativeOption, strictOption, timeoutOption});
    parser.process(QStringList{QStringLiteral("fleetdesk build")} + arguments.mid(1));
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("fleetdesk build: --kustomization takes no PATH") << '\n';
        return 2;
    }
    const QString name = parser.value(nameOption);
    const QString ns = parser.value(nsOption);
    const QString cluster = parser.value(clusterOption);
    const QString workspace =
        QDir(parser.isSet(workspaceOption) ? parser.value(workspaceOption) : QDir::currentPath()).absolutePath();

    const WorkspaceLoadResult loaded = WorkspaceLoader::loadOnce(workspace);
    if (!loaded.fleet) {
        err << tr("fleetdesk build: cannot load the workspace %1").arg(workspace) << '\n';
        return 1;
    }
    std::vector<const FluxObject*> candidates;
    for (const FluxObject& object : loaded.fleet->objects) {
        if (!object.isKustomization() || object.id.name != name)
            continue;
        if (!ns.isEmpty() && object.effectiveNamespace() != ns)
            continue;
        if (!cluster.isEmpty() && object.cluster != cluster)
            continue;
        candidates.push_back(&object);
    }
    if (candidates.empty()) {
        err << tr("fleetdesk build: no Flux Kustomization named %1 in the workspace %2").arg(name, workspace) << '\n';
        return 1;
    }
    if (candidates.size() > 1) {
        err << tr("fleetdesk build: %1 Kustomizations match; choose one with --namespace or --cluster:")
                   .arg(candidates.size())
            << '\n';
        for (const FluxObject* object : candidates)
            err << QStringLiteral("  %1 %2/%3 (%4)")
                       .arg(object->cluster.isEmpty() ? QStringLiteral("-") : object->cluster,
                            object->effectiveNamespace(), object->id.name, object->document->location.toString())
                << '\n';
        return 1;
    }
    const FluxObject& object = *candidates.front();
    if (!object.sourceRepository) {
        err << tr("fleetdesk build: the source of %1/%2 has no local checkout in the workspace")
                   .arg(object.effectiveNamespace(), name)
            << '\n';
        return 1;
    }
    auto builder = FluxKustomizationBuilder::fromDocument(*object.document);
    if (!builder) {
        err << tr("fleetdesk build: %1").arg(builder.error().message) << '\n';
        return 1;
    }
    std::unique_ptr<RenderFileSource> source;
    if (parser.isSet(revisionOption)) {
        auto tree = GitTreeSource::open(object.sourceRepository->root, parser.value(revisionOption));
        if (!tree) {
            err << tr("fleetdesk build: %1").arg(tree.error().message) << '\n';
            return 1;
        }
        source = std::move(*tree);
    } else {
        source = workingTreeSource(object.sourceRepository->root);
    }

    SubstituteValues values;
    const QList<SubstituteSource> sources = builder->substituteFrom();
    if (builder->hasPostBuild() && !sources.isEmpty())
        values = readSources(sources, object.effectiveNamespace(), object.cluster,
                             parser.value(timeoutOption).toInt() * 1000, err);

    FluxKustomizationBuilder::Options options;
    options.render.kustomizeBinary = parser.value(binaryOption);
    options.render.allowFallback = !parser.isSet(nativeOption);
    options.strictSubstitution = parser.isSet(strictOption);
    // The artifact source-controller makes leaves out what the source GitRepository's spec.ignore names.
    options.sourceIgnore = loaded.fleet->sourceIgnore(object);
    // spec.decryption: SOPS-encrypted generator sources, patches and Secret data are decrypted in memory, so that
    // the objects and generated names are the controller's; no plaintext is printed (maskSecretValues below).
    if (yaml::scalarAt(object.document->node, {"spec", "decryption", "provider"}) == QLatin1String("sops"))
        options.decryption = decryptionKeys();
    auto build = builder->build(*source, values, options);
    if (!build) {
        err << tr("fleetdesk build: %1/%2: %3").arg(object.effectiveNamespace(), name, build.error().message)
            << '\n';
        return 1;
    }
    if (build->decrypted)
        FluxKustomizationBuilder::maskSecretValues(build->objects);
    const QByteArray yaml = toYamlStream(build->objects);
    std::fwrite(yaml.constData(), 1, std::size_t(yaml.size()), stdout);
    if (build->renderer != QLatin1String("native"))
        err << tr("fleetdesk build: rendered by %1 because of: %2")
                   .arg(build->renderer, build->unsupported.join(QLatin1String(", ")))
            << '\n';
    return 0;
}

} // namespace KustomizationBuildCommand
