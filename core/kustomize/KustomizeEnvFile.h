#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace fleetdesk {

/// An env file of a configMapGenerator or secretGenerator (`envs:`, legacy `env:`), read line by line as kustomize
/// v5.8's api/kv does:
/// - a UTF-8 byte order mark is dropped from the first line only, CRLF line ends count as LF;
/// - leading white space is dropped; a blank line or one starting with '#' is skipped;
/// - KEY=VALUE splits at the first '=', the value kept verbatim (quotes and trailing spaces included);
/// - a line without '=' is KEY with an empty value. kustomize v5 no longer reads the value from its process
///   environment, so neither the GUI's environment nor kustomize-controller's plays a part.
///
/// Where kustomize would go wrong silently this is an error naming the file and line: invalid UTF-8 (kustomize fails
/// too), a key the API server refuses for a ConfigMap or Secret (kustomize builds the object; the apply fails), and a
/// line of 64 KiB or more (kustomize's line scanner stops there and drops the rest of the file).
class KustomizeEnvFile
{
    Q_DECLARE_TR_FUNCTIONS(KustomizeEnvFile)
public:
    static Result<QList<QPair<QString, QByteArray>>> parse(const QString& path, const QByteArray& content);
    /// Kubernetes' IsConfigMapKey: [-._a-zA-Z0-9]+, at most 253 characters, not "." and not starting with "..".
    static bool isValidKey(const QString& key);
};

} // namespace fleetdesk
