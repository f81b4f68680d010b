#pragma once

#include <QString>

namespace fleetdesk::test {

/// A path below tests/data.
QString dataPath(const QString& relative);
/// Copies a folder tree (for tests that change files: they work on a copy in a QTemporaryDir).
bool copyTree(const QString& from, const QString& to);
/// Overwrites a file with new content; returns false when it can't.
bool writeFile(const QString& path, const QByteArray& content);

} // namespace fleetdesk::test
