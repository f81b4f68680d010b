#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace fleetdesk {

/// A private home directory for Git tests: HOME (and XDG_CONFIG_HOME) point at a temporary directory whose
/// .gitconfig names a test user, and the system config is ignored (GIT_CONFIG_NOSYSTEM). Create it in
/// initTestCase(), before the first libgit2 handle: libgit2 reads HOME when it initialises. The previous
/// environment comes back when it is destroyed.
class GitTestHome
{
public:
    explicit GitTestHome(const QByteArray& gitconfig = defaultConfig());
    ~GitTestHome();
    GitTestHome(const GitTestHome&) = delete;
    GitTestHome& operator=(const GitTestHome&) = delete;

    bool isValid() const { return m_directory.isValid(); }
    QString path() const { return m_directory.path(); }
    /// Appends to the global .gitconfig.
    void appendConfig(const QByteArray& text) const;

    static QByteArray defaultConfig();

private:
    QTemporaryDir m_directory;
    QByteArray m_oldHome;
    QByteArray m_oldXdg;
    QByteArray m_oldNoSystem;
};

} // namespace fleetdesk
