#pragma once

#include <QString>
#include <QStringList>

namespace fleetdesk {

/// Finds a drift field path (".spec.replicas", ".spec.template.spec.containers[name=web].image",
/// ".metadata.labels[\"app.kubernetes.io/name\"]", ".spec.args[2]") in block YAML as the drift report writes it,
/// so the diff view can mark the line of each changed field. Pure: no widgets.
class YamlFieldLocator
{
public:
    struct Span
    {
        int first = -1; ///< 0-based line of the field's key (or list item); -1 when not found
        int last = -1;  ///< the field's last line, nested content included

        bool isValid() const { return first >= 0; }
    };

    explicit YamlFieldLocator(QStringList lines);

    Span locate(const QString& path) const;
    const QStringList& lines() const { return m_lines; }

    /// A path cut into steps: ".spec", "[name=web]", "[2]", "[\"a.b\"]".
    static QStringList steps(const QString& path);

private:
    struct Range
    {
        int begin = 0; ///< first line
        int end = 0;   ///< one past the last line
    };

    int indentOf(int line) const;
    bool isItem(int line) const;  ///< "- " (or a lone "-") after the indentation
    int keyColumn(int line) const; ///< where the line's key starts; -1 when it has none
    QString keyAt(int line) const;
    QString valueAt(int line) const;
    int subtreeEnd(int line, int column) const;

    QStringList m_lines;
};

} // namespace fleetdesk
