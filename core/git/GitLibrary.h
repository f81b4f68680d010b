#pragma once

namespace fleetdesk {

/// Proof that libgit2 is initialised: the first GitLibrary made in the process calls git_libgit2_init(), and
/// libgit2 then stays initialised until the process exits. Every value type over a libgit2 handle holds one, so the
/// library is set up before the first handle is made.
///
/// The initialisation is lazy because it is costly: with Debian's mbedTLS backend it parses the whole system CA
/// bundle (about 4 ms of CPU), which commands that never touch Git (`fleetdesk sops`, `--version`) must not pay.
/// It is done once, not once per use, because a count that falls to zero between two repositories would shut
/// libgit2 down and parse the bundle again for the next one. It is never shut down: worker threads may still hold
/// handles while the process ends, and the operating system frees the rest.
class GitLibrary
{
public:
    GitLibrary();
};

} // namespace fleetdesk
