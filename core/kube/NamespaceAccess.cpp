#include "NamespaceAccess.h"

#include "kube/KubeClient.h"

#include <QJsonArray>
#include <QSet>

#include <memory>

namespace fleetdesk {

void NamespaceAccess::canI(KubeClient* client, const QString& verb, const QString& group, const QString& resource,
                           const QString& ns, std::function<void(Result<bool>)> done)
{
    QJsonObject attributes{{QStringLiteral("verb"), verb},
                           {QStringLiteral("group"), group},
                           {QStringLiteral("resource"), resource}};
    if (!ns.isEmpty())
        attributes.insert(QStringLiteral("namespace"), ns);
    const QJsonObject review{{QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
                             {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
                             {QStringLiteral("spec"), QJsonObject{{QStringLiteral("resourceAttributes"), attributes}}}};
    const QString path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
    client->post(path, review, [path, done = std::move(done)](const KubeResponse& response) {
        if (!response.ok()) {
            done(std::unexpected(response.toError("POST", path)));
            return;
        }
        done(response.json.value(QStringLiteral("status")).toObject().value(QStringLiteral("allowed")).toBool());
    });
}

void NamespaceAccess::resolve(KubeClient* client, const QString& group, const QString& resource, const QString& verb,
                              QStringList candidates, std::function<void(Result<NamespaceScope>)> done)
{
    canI(client, verb, group, resource, {},
         [client, group, resource, verb, candidates = std::move(candidates), done = std::move(done)](Result<bool> all) mutable {
             if (!all) {
                 done(std::unexpected(all.error()));
                 return;
             }
             if (*all) {
                 done(NamespaceScope{true, {}});
                 return;
             }
             const QString contextNs = client->endpoint().context.ns;
             if (!contextNs.isEmpty())
                 candidates.append(contextNs);
             auto checkCandidates = [client, group, resource, verb, done](QStringList names) {
                 names.removeDuplicates();
                 names.removeAll(QString());
                 names.sort();
                 if (names.isEmpty()) {
                     done(NamespaceScope{false, {}});
                     return;
                 }
                 struct State
                 {
                     int pending;
                     QStringList names;
                     QSet<QString> allowed;
                     bool failed = false;
                 };
                 auto state = std::make_shared<State>(State{int(names.size()), names, {}});
                 for (const QString& ns : std::as_const(names)) {
                     canI(client, verb, group, resource, ns, [state, ns, done](Result<bool> allowed) {
                         if (allowed && *allowed)
                             state->allowed.insert(ns);
                         if (--state->pending > 0)
                             return;
                         NamespaceScope scope;
                         for (const QString& name : std::as_const(state->names)) {
                             if (state->allowed.contains(name))
                                 scope.namespaces.append(name);
                         }
                         done(scope);
                     });
                 }
             };
             // A user who may list namespaces gets all of them as candidates.
             client->get(QStringLiteral("/api/v1/namespaces"),
                         [candidates, checkCandidates](const KubeResponse& response) mutable {
                             if (response.ok()) {
                                 for (const QJsonValue& item : response.json.value(QStringLiteral("items")).toArray())
                                     candidates.append(item.toObject().value(QStringLiteral("metadata")).toObject()
                                                           .value(QStringLiteral("name")).toString());
                             }
                             checkCandidates(candidates);
                         });
         });
}

} // namespace fleetdesk
