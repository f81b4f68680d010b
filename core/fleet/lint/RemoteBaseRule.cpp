#include "RemoteBaseRule.h"

#include "fleet/KustomizeResolver.h"
#include "manifest/YamlAccess.h"


namespace fleetdesk {


namespace {

/// A cheap test on a document's text, in one pass: false when none of its entries can be a remote target (no '@',
/// no '?', no "://", no ".com/" or ".org/"). Most kustomizations list local paths only and skip the YAML walk.
bool mayReferenceRemote(QStringView text)
{
    const qsizetype size = text.size();
    const QChar* data = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        switch (data[i].unicode()) {
        case u'@':
        case u'?':
            return true;
        case u'/':
            if (i >= 1 && data[i - 1] == u':')
                return true;
            if (i >= 4 && data[i - 4] == u'.'
                && (QStringView(data + i - 3, 3) == u"com" || QStringView(data + i - 3, 3) == u"org"))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

} // namespace

QString RemoteBaseRule::id() const
{
    return QStringLiteral("remote-base");
}

Severity RemoteBaseRule::severity() const
{
    return Severity::Warning;
}

QString RemoteBaseRule::title() const
{
    return tr("Remote base in kustomization.yaml");
}

QString RemoteBaseRule::description() const
{
    return tr("A kustomization.yaml that pulls resources, bases or components from a URL applies content that is "
              "not reviewed in this repository and can change without a commit here. Flux also refuses remote "
              "bases when it runs with --no-remote-bases, as multi-tenant setups should.");
}

QString RemoteBaseRule::hint() const
{
    return tr("Vendor the remote content into the repository, or publish it as its own Flux source "
              "(GitRepository or OCIRepository) pinned to a tag or digest.");
}

void RemoteBaseRule::check(const Fleet& fleet, std::vector<Issue>& out) const
{
    // What discovery found under the Kustomizations' paths, attributed to the Flux Kustomization.
    for (const FluxObject& object : fleet.objects) {
        for (const auto& [url, where] : object.remoteBases) {
            Issue issue = makeIssue(object,
                                    tr("%1 applies the remote base %2").arg(object.id.displayName(), url), where);
            if (object.sourceRepository)
                issue.repository = object.sourceRepository->name;
            out.push_back(std::move(issue));
        }
    }

    // Every kustomize file of every repository, applied or not.
    static const char* const listKeys[] = {"resources", "bases", "components"};
    for (const RepositoryContent* repository : repositories(fleet)) {
        for (const ParsedFilePtr& file : repository->files) {
            // (A QFileInfo per file is measurably slow on large fleets; the name is what follows the last '/'.)
            const QString fileName = file->path.mid(file->path.lastIndexOf(QLatin1Char('/')) + 1);
            if (!KustomizeResolver::isKustomizationFile(fileName))
                continue;
            for (const ManifestDocument& document : file->documents) {
                // Most kustomizations list local paths only: skip the YAML walk unless the text could hold a remote.
                if (!mayReferenceRemote(document.text))
                    continue;
                for (const char* key : listKeys) {
                    const YAML::Node list = yaml::child(document.node, key);
                    if (!list.IsSequence())
                        continue;
                    for (const YAML::Node& entry : list) {
                        const QString value = yaml::toString(entry);
                        if (!KustomizeResolver::isRemoteResource(value))
                            continue;
                        out.push_back(makeIssue(repository, document,
                                                tr("%1 lists the remote %2 %3")
                                                    .arg(file->path, QString::fromLatin1(key), value),
                                                document.locate(entry)));
                    }
                }
            }
        }
    }
}

} // namespace fleetdesk
