#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fleetdesk {

/// The git command line, for tests that check what Fleetdesk did against what git itself sees or does.
class GitCli
{
public:
    struct Outcome
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool ok() const { return exitCode == 0; }
        /// The standard output without trailing white space (leading spaces matter in `git status --porcelain`).
        QString text() const
        {
            QString text = QString::fromUtf8(out);
            while (!text.isEmpty() && text.back().isSpace())
                text.chop(1);
            return text;
        }
    };

    /// Runs `git -C directory args...` with `input` on stdin and waits up to 60 s.
    static Outcome run(const QString& directory, const QStringList& args, const QByteArray& input = {},
                       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    /// The standard output (see Outcome::text()) of a successful run, or "<git failed: ...>".
    static QString output(const QString& directory, const QStringList& args);
};

} // namespace fleetdesk
