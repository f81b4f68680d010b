#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace fleetdesk {

/// The field ownership recorded in an object's metadata.managedFields (FieldsV1), turned into field paths in the
/// drift report's notation: ".spec.replicas", ".spec.template.spec.containers[name=web].image",
/// ".spec.ports[port=80,protocol=TCP]", ".metadata.finalizers[=example.com/x]", ".spec.items[3]".
class ManagedFields
{
public:
    struct Entry
    {
        QString manager;
        QString operation; ///< "Apply" or "Update"
        QString subresource;
        QDateTime time;
        QSet<QString> owned; ///< leaf fields and list items ("." markers) this manager owns
    };

    ManagedFields() = default;
    /// Parses metadata.managedFields; entries that are not FieldsV1 are skipped.
    static ManagedFields parse(const QJsonArray& managedFields);

    /// Turns one FieldsV1 key ("f:name", "k:{...}", "v:...", "i:3") into its path step (".name", "[name=web]",
    /// "[=value]", "[3]"); empty when the key is not a FieldsV1 key.
    static QString pathStep(const QString& key);
    /// The path step of a list item with these key fields: "[containerPort=80,protocol=TCP]" (names sorted).
    static QString itemStep(const QJsonObject& keyFields);

    const std::vector<Entry>& entries() const { return m_entries; }

    /// The entry that owns `path`: the owner of the field itself, else of its nearest owned ancestor (a list item
    /// owned as a whole), else of a field under it. With several owners, the one that wrote last. Null if none.
    const Entry* ownerOf(const QString& path) const;
    /// The key field names a keyed list at `listPath` uses, as recorded by any manager (sorted); empty if unknown.
    QStringList listKeys(const QString& listPath) const;

private:
    std::vector<Entry> m_entries;
    QHash<QString, QStringList> m_listKeys;
};

} // namespace fleetdesk
