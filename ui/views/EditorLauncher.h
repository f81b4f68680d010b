#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fleetdesk {

/// Opens a file at a line in the user's editor.
///
/// The editor comes from FLEETDESK_EDITOR, VISUAL or EDITOR (the first that is set and not a terminal-only
/// editor, which has no terminal to run in when started from the desktop); its line argument follows the
/// editor's convention (`+LINE FILE`, `-g FILE:LINE` for VS Code, `--line LINE FILE` for Kate...). Without one,
/// the file opens with the desktop's default application (QDesktopServices), which cannot jump to the line.
class EditorLauncher
{
public:
    struct Command
    {
        QString program;
        QStringList arguments;

        bool isValid() const { return !program.isEmpty(); }
    };

    static Command commandFor(const QString& filePath, int line,
                              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    /// Starts the editor detached, or falls back to QDesktopServices::openUrl. False when neither worked.
    static bool open(const QString& filePath, int line);
};

} // namespace fleetdesk
