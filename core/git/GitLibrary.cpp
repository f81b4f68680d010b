#include "GitLibrary.h"

#include <git2/global.h>

namespace fleetdesk {

GitLibrary::GitLibrary()
{
    git_libgit2_init();
}

GitLibrary::GitLibrary(const GitLibrary&)
{
    git_libgit2_init();
}

GitLibrary::~GitLibrary()
{
    git_libgit2_shutdown();
}

} // namespace fleetdesk
