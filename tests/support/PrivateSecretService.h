#pragma once

#include <QString>

namespace fleetdesk {

/// Runs a keychain test against a real, private Secret Service: the test executable starts itself again inside
/// `dbus-run-session` with a throwaway HOME and an unlocked gnome-keyring-daemon (Debian's dbus and gnome-keyring),
/// so nothing touches the developer's keyring and parallel runs do not meet. Use it as the first thing in main():
///
///     if (const int code = PrivateSecretService::runInside(argc, argv); code >= 0)
///         return code;
///
/// When it cannot be set up, the tests run in the current process and unavailableReason() says why.
class PrivateSecretService
{
public:
    /// -1: go on in this process (inside the private service, or without one); otherwise the exit code of the run
    /// inside it.
    static int runInside(int argc, char** argv);
    /// Why there is no private Secret Service, or empty when the tests run inside one.
    static QString unavailableReason();
};

} // namespace fleetdesk
