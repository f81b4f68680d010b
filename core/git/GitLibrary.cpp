#include "GitLibrary.h"

#include <git2/global.h>

namespace fleetdesk {

GitLibrary::GitLibrary()
{
    // A function-local static: initialised exactly once, thread-safely, on first use.
    [[maybe_unused]] static const int initialised = git_libgit2_init();
}

} // namespace fleetdesk
