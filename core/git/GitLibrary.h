#pragma once

namespace fleetdesk {

/// Keeps libgit2 initialised while it lives: every instance holds one reference of libgit2's own init count
/// (git_libgit2_init / git_libgit2_shutdown), so the library is set up before the first handle is made and torn
/// down after the last one is freed. Every value type over a libgit2 handle holds one.
class GitLibrary
{
public:
    GitLibrary();
    GitLibrary(const GitLibrary&);
    GitLibrary& operator=(const GitLibrary&) = default; ///< both sides already hold a reference
    ~GitLibrary();
};

} // namespace fleetdesk
