#pragma once

#include "common/Error.h"
#include "common/Issue.h"
#include "sops/SopsCommitGuard.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdesk {

class GitRepository;

/// One reason not to commit what is staged.
struct StagedCheckFinding
{
    QString path; ///< relative to the repository root
    int line = 0;
    QString ruleId; ///< a lint rule id, "load/…" for a file that does not parse, or "sops-commit-guard"
    Severity severity = Severity::Error;
    QString message;
    /// Lint warnings may be committed anyway when the user says so; errors and the SOPS guard never.
    bool overridable() const { return severity == Severity::Warning && ruleId != QLatin1String("sops-commit-guard"); }
    /// "path:line rule: message"
    QString toString() const;
};

struct StagedCheckReport
{
    QList<StagedCheckFinding> findings;
    int stagedFiles = 0;

    bool hasBlocking() const;
    bool hasWarnings() const;
    QStringList lines() const;
};

/// The checks "commit and push" runs first, on the STAGED content (the index, not the work tree): the SOPS commit
/// guard on every added or modified file, and the lint rules on the repository as the index has it, keeping the
/// findings in staged files. For the lint, the index is checked out into a private folder inside the repository's
/// .git folder (where its objects already are) and loaded as a platform repository; the folder is removed after.
/// Tenant repositories beside the platform are not part of that load, so rules that need both see only the
/// repository being committed.
class StagedCommitCheck
{
public:
    /// Added, modified, renamed or copied files of the index relative to HEAD, with their staged content.
    static Result<QList<SopsCommitFile>> stagedFiles(const GitRepository& repository);
    static Result<StagedCheckReport> run(const GitRepository& repository);
};

} // namespace fleetdesk
