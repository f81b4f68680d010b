#pragma once

#include "common/Error.h"

#include <QString>

namespace fleetdesk {

/// Converts libgit2 errors into fleetdesk::Error, once, where a libgit2 call returns. The code is
/// "git.<class>.<code>", for example "git.reference.-3" (GIT_ERROR_REFERENCE, GIT_ENOTFOUND); the message is what
/// the caller was doing followed by libgit2's own message.
class GitError
{
public:
    /// The error libgit2 recorded on this thread for a call that returned `code` (negative) while doing `what`.
    static Error fromLastError(int code, const QString& what);
    /// Ok when `code` is not negative, the converted error otherwise.
    static Result<void> check(int code, const QString& what);
    /// The short name of a libgit2 error class (git_error_t), e.g. "os", "reference"; the number when unknown.
    static QString className(int klass);
};

} // namespace fleetdesk
