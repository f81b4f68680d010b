#include "DriftCalculator.h"

#include "kube/KubeClient.h"
#include "kustomize/FluxKustomizationRevision.h"
#include "kustomize/KustomizeYaml.h"
#include "sops/AgeIdentity.h"
#include "sops/SopsFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <optional>

namespace fleetdesk {

namespace {

QString objectKeyIgnoringVersion(const ObjectId& id)
{
    return id.group + u'/' + id.kind + u'/' + id.ns + u'/' + id.name;
}

QJsonObject withoutSops(QJsonObject object)
{
    object.remove(QStringLiteral("sops"));
    return object;
}

bool isSopsSecret(const QJsonObject& object)
{
    return object.value(QStringLiteral("kind")).toString() == QLatin1String("Secret")
        && object.value(QStringLiteral("sops")).isObject();
}

QString enc(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString apiPrefix(const ObjectId& id)
{
    if (id.group.isEmpty())
        return QStringLiteral("/api/") + id.version;
    return QStringLiteral("/apis/") + id.group + u'/' + id.version;
}

QString objectPath(const ObjectId& id, const QString& plural, bool namespaced)
{
    QString path = apiPrefix(id);
    if (namespaced)
        path += QStringLiteral("/namespaces/") + enc(id.ns);
    return path + u'/' + plural + u'/' + enc(id.name);
}

} // namespace

ObjectId inventoryObjectId(const QString& id, const QString& version)
{
    const QStringList parts = id.split(u'_');
    if (parts.size() != 4)
        return {};
    ObjectId object;
    object.ns = parts.at(0);
    object.name = parts.at(1);
    object.group = parts.at(2);
    object.kind = parts.at(3);
    object.version = version;
    return object;
}

struct DriftCalculator::Job
{
    DriftRequest request;
    Done done;
    std::shared_ptr<KustomizationDrift> result = std::make_shared<KustomizationDrift>();
    std::unique_ptr<RenderFileSource> source;
    std::optional<FluxKustomizationBuilder> builder;
    QList<SubstituteSource> substituteFrom;
    SubstituteValues values;
    QList<AgeIdentity> identities;
    QString keyError;
    std::vector<RenderedObject> objects;
    std::vector<ObjectDrift> slots;
    size_t pending = 0;
    int calls = 0;
    int counted = 0;
    bool finished = false;
};

DriftCalculator::DriftCalculator(KubeClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

DriftCalculator::~DriftCalculator() = default;

void DriftCalculator::setMaxConcurrentCalls(int calls)
{
    m_maxConcurrent = std::max(1, calls);
}

void DriftCalculator::call(const std::shared_ptr<Job>& job, const QByteArray& verb, const QString& path,
                           const QByteArray& body, const QByteArray& contentType,
                           std::function<void(const KubeResponse&)> done)
{
    if (job && m_maxPerKustomization > 0 && job->calls >= m_maxPerKustomization) {
        KubeResponse refused;
        refused.networkError = tr("the API call limit per Kustomization (%1) was reached").arg(m_maxPerKustomization);
        done(refused);
        return;
    }
    if (job)
        ++job->calls;
    m_queue.enqueue(Queued{verb, path, body, contentType, std::move(done)});
    pump();
}

void DriftCalculator::pump()
{
    while (m_inFlight < m_maxConcurrent && !m_queue.isEmpty()) {
        Queued next = m_queue.dequeue();
        ++m_inFlight;
        ++m_apiCalls;
        auto done = std::move(next.done);
        QPointer<DriftCalculator> self(this);
        m_client->send(next.verb, next.path, next.body, next.contentType,
                       [self, done = std::move(done)](const KubeResponse& response) {
                           if (!self)
                               return;
                           --self->m_inFlight;
                           done(response);
                           self->pump();
                       });
    }
}

void DriftCalculator::compute(DriftRequest request, Done done)
{
    auto job = std::make_shared<Job>();
    job->request = std::move(request);
    job->done = std::move(done);
    const QJsonObject& ks = job->request.kustomization;
    const QJsonObject metadata = ks.value(QStringLiteral("metadata")).toObject();
    job->result->cluster = job->request.cluster;
    job->result->name = metadata.value(QStringLiteral("name")).toString();
    job->result->ns = metadata.value(QStringLiteral("namespace")).toString(QStringLiteral("flux-system"));
    job->result->repositoryRoot = job->request.repositoryRoot;

    const QString lastApplied = ks.value(QStringLiteral("status")).toObject()
                                    .value(QStringLiteral("lastAppliedRevision")).toString();
    auto revision = FluxKustomizationRevision::choose(job->request.repositoryRoot, lastApplied,
                                                      job->request.workingTree);
    if (!revision) {
        job->result->error = revision.error().toString();
        finish(job);
        return;
    }
    job->result->revision = revision->kind == FluxKustomizationRevision::Kind::WorkingTree
        ? QStringLiteral("worktree")
        : revision->commit;
    auto source = revision->open(job->request.repositoryRoot);
    if (!source) {
        job->result->error = source.error().toString();
        finish(job);
        return;
    }
    job->source = std::move(*source);
    job->builder.emplace(ks);
    job->substituteFrom = job->builder->substituteFrom();
    readSource(job);
}

void DriftCalculator::readSource(const std::shared_ptr<Job>& job)
{
    const FluxKustomizationBuilder::SourceReference ref = job->builder->sourceRef();
    if (!job->request.readSource || ref.kind != QLatin1String("GitRepository") || ref.name.isEmpty()) {
        readSubstitutions(job, 0);
        return;
    }
    const QString path = QStringLiteral("/apis/source.toolkit.fluxcd.io/v1/namespaces/%1/gitrepositories/%2")
                             .arg(enc(ref.ns), enc(ref.name));
    call(job, "GET", path, {}, {}, [this, job](const KubeResponse& response) {
        // The artifact is built from the live GitRepository; without it, what the caller found in Git stays.
        if (response.ok())
            job->request.buildOptions.sourceIgnore = FluxKustomizationBuilder::sourceIgnoreOf(response.json);
        readSubstitutions(job, 0);
    });
}

void DriftCalculator::readSubstitutions(const std::shared_ptr<Job>& job, int index)
{
    if (index >= job->substituteFrom.size()) {
        readDecryptionKeys(job);
        return;
    }
    const SubstituteSource source = job->substituteFrom.at(index);
    const bool secret = source.kind == QLatin1String("Secret");
    const QString path = QStringLiteral("/api/v1/namespaces/%1/%2/%3")
                             .arg(enc(job->result->ns), secret ? QStringLiteral("secrets") : QStringLiteral("configmaps"),
                                  enc(source.name));
    call(job, "GET", path, {}, {}, [this, job, index, source, secret](const KubeResponse& response) {
        if (response.ok()) {
            const QJsonObject data = response.json.value(QStringLiteral("data")).toObject();
            for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
                job->values.variables.insert(it.key(), secret ? QString::fromUtf8(QByteArray::fromBase64(
                                                                    it.value().toString().toLatin1()))
                                                               : it.value().toString());
            }
        } else if (!source.optional || response.status != 404) {
            if (!source.optional) {
                job->values.missing.append(source);
                job->values.reasons.insert(source.toString(), response.status == 404 ? tr("not found")
                                                                                     : response.message());
            }
        }
        readSubstitutions(job, index + 1);
    });
}

void DriftCalculator::readDecryptionKeys(const std::shared_ptr<Job>& job)
{
    const QJsonObject decryption = job->request.kustomization.value(QStringLiteral("spec")).toObject()
                                       .value(QStringLiteral("decryption")).toObject();
    const QString secretName = decryption.value(QStringLiteral("secretRef")).toObject()
                                   .value(QStringLiteral("name")).toString();
    if (secretName.isEmpty()) {
        render(job);
        return;
    }
    const QString path = QStringLiteral("/api/v1/namespaces/%1/secrets/%2").arg(enc(job->result->ns), enc(secretName));
    call(job, "GET", path, {}, {}, [this, job, secretName](const KubeResponse& response) {
        if (!response.ok()) {
            job->keyError = tr("cannot read the decryption Secret %1: %2").arg(secretName, response.message());
        } else {
            const QJsonObject data = response.json.value(QStringLiteral("data")).toObject();
            for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
                if (!it.key().endsWith(QLatin1String(".agekey")))
                    continue;
                SecureBuffer text = SecureBuffer::fromView(QByteArray::fromBase64(it.value().toString().toLatin1()));
                const std::string_view all(text.chars(), text.size());
                size_t start = 0;
                while (start < all.size()) {
                    size_t end = all.find('\n', start);
                    if (end == std::string_view::npos)
                        end = all.size();
                    std::string_view line = all.substr(start, end - start);
                    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
                        line.remove_suffix(1);
                    if (line.starts_with("AGE-SECRET-KEY-")) {
                        if (auto identity = AgeIdentity::parse(line))
                            job->identities.append(*identity);
                    }
                    start = end + 1;
                }
            }
            if (job->identities.isEmpty())
                job->keyError = tr("the decryption Secret %1 holds no age key (*.agekey)").arg(secretName);
        }
        render(job);
    });
}

void DriftCalculator::render(const std::shared_ptr<Job>& job)
{
    // SOPS-encrypted secretGenerator sources and Secret data are decrypted in memory while building, as the
    // controller decrypts them; whole encrypted Secret manifests are decrypted per object below.
    const QJsonObject decryption = job->request.kustomization.value(QStringLiteral("spec")).toObject()
                                       .value(QStringLiteral("decryption")).toObject();
    if (decryption.value(QStringLiteral("provider")).toString() == QLatin1String("sops")) {
        QString keyError = job->keyError;
        if (job->identities.isEmpty() && keyError.isEmpty())
            keyError = tr("spec.decryption has no secretRef with an age key");
        job->request.buildOptions.decryption = FluxKustomizationBuilder::Options::Decryption{job->identities, keyError};
    }
    auto build = job->builder->build(*job->source, job->values, job->request.buildOptions);
    if (!build) {
        job->result->error = build.error().toString();
        finish(job);
        return;
    }
    job->objects = std::move(build->objects);

    // What would be pruned: inventory entries no longer rendered, when spec.prune is on.
    std::vector<ObjectId> prunes;
    const bool prune = job->request.kustomization.value(QStringLiteral("spec")).toObject()
                           .value(QStringLiteral("prune")).toBool();
    if (prune) {
        QSet<QString> rendered;
        for (const RenderedObject& object : job->objects)
            rendered.insert(objectKeyIgnoringVersion(object.id()));
        const QJsonArray entries = job->request.kustomization.value(QStringLiteral("status")).toObject()
                                       .value(QStringLiteral("inventory")).toObject()
                                       .value(QStringLiteral("entries")).toArray();
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            const ObjectId id = inventoryObjectId(entry.value(QStringLiteral("id")).toString(),
                                                  entry.value(QStringLiteral("v")).toString());
            if (id.isValid() && !rendered.contains(objectKeyIgnoringVersion(id)))
                prunes.push_back(id);
        }
    }
    job->slots.resize(job->objects.size() + prunes.size());
    job->pending = job->slots.size();
    job->counted = int(job->pending);
    m_total += job->counted;
    Q_EMIT progress(job->request.cluster, m_done, m_total);
    if (job->pending == 0) {
        finish(job);
        return;
    }
    for (size_t i = 0; i < job->objects.size(); ++i)
        compareObject(job, i);
    for (size_t i = 0; i < prunes.size(); ++i) {
        const size_t slot = job->objects.size() + i;
        const ObjectId id = prunes[i];
        resource(job, id, [this, job, slot, id](Result<Resource> resource) {
            if (!resource) {
                ObjectDrift failed;
                failed.id = id;
                failed.kind = DriftKind::Error;
                failed.message = resource.error().message;
                objectFinished(job, slot, std::move(failed));
                return;
            }
            const QString path = objectPath(id, resource->plural, resource->namespaced);
            call(job, "GET", path, {}, {}, [this, job, slot, id](const KubeResponse& response) {
                ObjectDrift drift;
                drift.id = id;
                if (response.status == 404) {
                    drift.kind = DriftKind::InSync; // already gone
                } else if (!response.ok()) {
                    drift.kind = DriftKind::Error;
                    drift.message = response.message();
                } else {
                    const QJsonObject live = response.json;
                    const QJsonObject annotations = live.value(QStringLiteral("metadata")).toObject()
                                                        .value(QStringLiteral("annotations")).toObject();
                    const QJsonObject labels = live.value(QStringLiteral("metadata")).toObject()
                                                   .value(QStringLiteral("labels")).toObject();
                    const QString pruneKey = QStringLiteral("kustomize.toolkit.fluxcd.io/prune");
                    if (annotations.value(pruneKey).toString().toLower() == QLatin1String("disabled")
                        || labels.value(pruneKey).toString().toLower() == QLatin1String("disabled")) {
                        drift.kind = DriftKind::Skipped;
                        drift.message = tr("not pruned (%1: disabled)").arg(pruneKey);
                        drift.liveYaml = m_comparer.normalisedYaml(live);
                    } else if (ObjectComparer::reconcileDisabled(live)) {
                        drift.kind = DriftKind::Skipped;
                        drift.message = tr("reconcile disabled");
                        drift.liveYaml = m_comparer.normalisedYaml(live);
                    } else {
                        drift = m_comparer.pruned(id, live);
                    }
                }
                objectFinished(job, slot, std::move(drift));
            });
        });
    }
}

void DriftCalculator::compareObject(const std::shared_ptr<Job>& job, size_t index)
{
    const RenderedObject& rendered = job->objects[index];
    ObjectId id = rendered.id();
    QJsonObject desired = rendered.object;
    const auto fail = [this, job, index, id, &rendered](const QString& message) {
        ObjectDrift drift;
        drift.id = id;
        drift.kind = DriftKind::Error;
        drift.message = message;
        drift.sourceFile = rendered.sourceFile;
        drift.sourceLine = rendered.sourceLine;
        objectFinished(job, index, std::move(drift));
    };

    if (isSopsSecret(desired)) {
        if (job->identities.isEmpty()) {
            fail(job->keyError.isEmpty() ? tr("SOPS-encrypted, and the Kustomization has no decryption key")
                                         : job->keyError);
            return;
        }
        auto text = job->source->read(rendered.sourceFile);
        if (!text) {
            fail(text.error().toString());
            return;
        }
        auto plain = SopsFile::decrypt(*text, SopsFile::formatForPath(rendered.sourceFile), job->identities,
                                       rendered.sourceFile);
        if (!plain) {
            fail(plain.error().toString());
            return;
        }
        auto documents = KustomizeYaml::parseDocuments(rendered.sourceFile,
                                                       QByteArray(plain->chars(), qsizetype(plain->size())));
        if (!documents) {
            fail(documents.error().toString());
            return;
        }
        const RenderedObject* match = nullptr;
        for (const RenderedObject& document : *documents) {
            if (document.object.value(QStringLiteral("kind")).toString() == QLatin1String("Secret")
                && (!match || id.name.contains(document.id().name)))
                match = &document;
        }
        if (!match) {
            fail(tr("the decrypted file %1 holds no Secret").arg(rendered.sourceFile));
            return;
        }
        for (const QString& field : {QStringLiteral("data"), QStringLiteral("stringData")}) {
            if (match->object.contains(field))
                desired.insert(field, match->object.value(field));
        }
        desired = withoutSops(desired);
    }

    resource(job, id, [this, job, index, id, desired](Result<Resource> resource) mutable {
        const RenderedObject& object = job->objects[index];
        const auto finishWith = [this, job, index, &object](ObjectDrift drift) {
            drift.sourceFile = object.sourceFile;
            drift.sourceLine = object.sourceLine;
            objectFinished(job, index, std::move(drift));
        };
        if (!resource) {
            ObjectDrift drift;
            drift.id = id;
            drift.kind = DriftKind::Error;
            drift.message = resource.error().message;
            finishWith(std::move(drift));
            return;
        }
        if (resource->namespaced && id.ns.isEmpty()) {
            id.ns = QStringLiteral("default");
            QJsonObject metadata = desired.value(QStringLiteral("metadata")).toObject();
            metadata.insert(QStringLiteral("namespace"), id.ns);
            desired.insert(QStringLiteral("metadata"), metadata);
        }
        const QString path = objectPath(id, resource->plural, resource->namespaced);
        call(job, "GET", path, {}, {}, [this, job, id, desired, path, finishWith](const KubeResponse& got) {
            if (got.status == 404) {
                if (auto skipped = m_comparer.skipped(id, desired, {})) {
                    finishWith(std::move(*skipped));
                    return;
                }
                finishWith(m_comparer.created(id, desired));
                return;
            }
            if (!got.ok()) {
                ObjectDrift drift;
                drift.id = id;
                drift.kind = DriftKind::Error;
                drift.message = got.message();
                finishWith(std::move(drift));
                return;
            }
            const QJsonObject live = got.json;
            if (auto skipped = m_comparer.skipped(id, desired, live)) {
                finishWith(std::move(*skipped));
                return;
            }
            const QByteArray body = QJsonDocument(desired).toJson(QJsonDocument::Compact);
            call(job, "PATCH", path + QStringLiteral("?dryRun=All&fieldManager=kustomize-controller&force=true"), body,
                 "application/apply-patch+yaml", [this, id, live, finishWith](const KubeResponse& applied) {
                     if (!applied.ok()) {
                         ObjectDrift drift;
                         drift.id = id;
                         drift.kind = DriftKind::Error;
                         drift.message = tr("dry-run failed: %1").arg(applied.message());
                         drift.liveYaml = m_comparer.normalisedYaml(live);
                         finishWith(std::move(drift));
                         return;
                     }
                     finishWith(m_comparer.compare(id, live, applied.json));
                 });
        });
    });
}

void DriftCalculator::resource(const std::shared_ptr<Job>& job, const ObjectId& id,
                               std::function<void(Result<Resource>)> done)
{
    const QString groupVersion = id.apiVersion();
    const auto answer = [this, groupVersion, id, done]() {
        const auto kinds = m_resources.constFind(groupVersion);
        if (kinds == m_resources.constEnd() || !kinds->contains(id.kind)) {
            done(makeError(tr("the cluster serves no %1 in %2").arg(id.kind, groupVersion), {}, QStringLiteral("kube.kind")));
            return;
        }
        done(kinds->value(id.kind));
    };
    if (m_resources.contains(groupVersion)) {
        answer();
        return;
    }
    const bool first = !m_resourceWaiters.contains(groupVersion);
    m_resourceWaiters[groupVersion].append(answer);
    if (!first)
        return;
    const QString path = apiPrefix(id);
    call(job, "GET", path, {}, {}, [this, groupVersion](const KubeResponse& response) {
        QHash<QString, Resource> kinds;
        if (response.ok()) {
            for (const QJsonValue& value : response.json.value(QStringLiteral("resources")).toArray()) {
                const QJsonObject r = value.toObject();
                const QString name = r.value(QStringLiteral("name")).toString();
                if (name.contains(u'/'))
                    continue;
                kinds.insert(r.value(QStringLiteral("kind")).toString(),
                             Resource{name, r.value(QStringLiteral("namespaced")).toBool()});
            }
        }
        // A failed discovery is not cached, so the next computation asks again.
        if (response.ok())
            m_resources.insert(groupVersion, kinds);
        else
            m_resources.insert(groupVersion, {});
        const auto waiters = m_resourceWaiters.take(groupVersion);
        for (const auto& waiter : waiters)
            waiter();
        if (!response.ok())
            m_resources.remove(groupVersion);
    });
}

void DriftCalculator::objectFinished(const std::shared_ptr<Job>& job, size_t slot, ObjectDrift drift)
{
    job->slots[slot] = std::move(drift);
    ++m_done;
    Q_EMIT progress(job->request.cluster, m_done, m_total);
    if (--job->pending == 0)
        finish(job);
}

void DriftCalculator::finish(const std::shared_ptr<Job>& job)
{
    if (job->finished)
        return;
    job->finished = true;
    job->result->objects = std::move(job->slots);
    job->result->computedAt = QDateTime::currentDateTimeUtc();
    if (m_queue.isEmpty() && m_inFlight == 0) {
        m_done = 0;
        m_total = 0;
    }
    job->done(std::move(job->result));
}

} // namespace fleetdesk
