#include "GitTestHome.h"

#include <QDir>
#include <QFile>

namespace fleetdesk {

namespace {

void restore(const char* name, const QByteArray& value)
{
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value);
}

} // namespace

QByteArray GitTestHome::defaultConfig()
{
    return "[user]\n\tname = Global Tester\n\temail = global@example.test\n[init]\n\tdefaultBranch = main\n"
           "[advice]\n\tdetachedHead = false\n";
}

GitTestHome::GitTestHome(const QByteArray& gitconfig)
    : m_oldHome(qgetenv("HOME"))
    , m_oldXdg(qgetenv("XDG_CONFIG_HOME"))
    , m_oldNoSystem(qgetenv("GIT_CONFIG_NOSYSTEM"))
{
    if (!m_directory.isValid())
        return;
    QFile config(m_directory.filePath(QStringLiteral(".gitconfig")));
    if (config.open(QIODevice::WriteOnly))
        config.write(gitconfig);
    QDir(m_directory.path()).mkpath(QStringLiteral(".config"));
    qputenv("HOME", QFile::encodeName(m_directory.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_directory.filePath(QStringLiteral(".config"))));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
}

GitTestHome::~GitTestHome()
{
    restore("HOME", m_oldHome);
    restore("XDG_CONFIG_HOME", m_oldXdg);
    restore("GIT_CONFIG_NOSYSTEM", m_oldNoSystem);
}

void GitTestHome::appendConfig(const QByteArray& text) const
{
    QFile config(m_directory.filePath(QStringLiteral(".gitconfig")));
    if (config.open(QIODevice::Append))
        config.write(text);
}

} // namespace fleetdesk
