#include "EditorLauncher.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace fleetdesk {

namespace {

bool isTerminalOnly(const QString& program, const QStringList& arguments)
{
    static const QStringList terminalEditors{
        QStringLiteral("vi"),   QStringLiteral("vim"),  QStringLiteral("nvim"), QStringLiteral("nano"),
        QStringLiteral("pico"), QStringLiteral("ed"),   QStringLiteral("ex"),   QStringLiteral("micro"),
        QStringLiteral("hx"),   QStringLiteral("helix"), QStringLiteral("kak"), QStringLiteral("joe"),
        QStringLiteral("mg"),   QStringLiteral("ne"),   QStringLiteral("jed"),  QStringLiteral("vis"),
        QStringLiteral("less"), QStringLiteral("more"),
    };
    if (terminalEditors.contains(program))
        return true;
    return arguments.contains(QStringLiteral("-nw")) || arguments.contains(QStringLiteral("--no-window-system"))
        || arguments.contains(QStringLiteral("-t")) || arguments.contains(QStringLiteral("--tty"));
}

} // namespace

EditorLauncher::Command EditorLauncher::commandFor(const QString& filePath, int line,
                                                   const QProcessEnvironment& environment)
{
    for (const QString& variable :
         {QStringLiteral("FLEETDESK_EDITOR"), QStringLiteral("VISUAL"), QStringLiteral("EDITOR")}) {
        QStringList words = QProcess::splitCommand(environment.value(variable));
        if (words.isEmpty())
            continue;
        Command command;
        command.program = words.takeFirst();
        const QString name = QFileInfo(command.program).fileName();
        if (isTerminalOnly(name, words))
            continue;
        command.arguments = words;
        if (line <= 0) {
            command.arguments.append(filePath);
        } else if (name.startsWith(QLatin1String("code")) || name == QLatin1String("codium")
                   || name == QLatin1String("vscodium")) {
            command.arguments << QStringLiteral("-g") << QStringLiteral("%1:%2").arg(filePath).arg(line);
        } else if (name == QLatin1String("subl") || name == QLatin1String("sublime_text")
                   || name == QLatin1String("zed")) {
            command.arguments.append(QStringLiteral("%1:%2").arg(filePath).arg(line));
        } else if (name == QLatin1String("kate") || name == QLatin1String("kwrite") || name == QLatin1String("idea")
                   || name == QLatin1String("pycharm") || name == QLatin1String("clion")
                   || name == QLatin1String("goland")) {
            command.arguments << QStringLiteral("--line") << QString::number(line) << filePath;
        } else {
            // gvim, emacs, gedit, gnome-text-editor, geany, mousepad, xed, pluma... accept +LINE.
            command.arguments << QStringLiteral("+%1").arg(line) << filePath;
        }
        return command;
    }
    return {};
}

bool EditorLauncher::open(const QString& filePath, int line)
{
    if (filePath.isEmpty())
        return false;
    const Command command = commandFor(filePath, line);
    if (command.isValid() && QProcess::startDetached(command.program, command.arguments))
        return true;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(filePath));
}

} // namespace fleetdesk
