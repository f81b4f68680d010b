#include "KeychainSecretStore.h"

#ifdef FLEETDESK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <set>

namespace fleetdesk {

namespace {

#ifdef FLEETDESK_HAVE_KEYCHAIN

/// What a finished keychain job said, copied out of it on the main thread.
struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;

    JobOutcome() = default;
    JobOutcome(const JobOutcome&) = delete;
    JobOutcome& operator=(const JobOutcome&) = delete;
    JobOutcome(JobOutcome&&) = default;
    JobOutcome& operator=(JobOutcome&&) = default;
    ~JobOutcome() { data.fill('\0'); }
};

/// One job asked for by another thread: the caller waits until the main thread filled `outcome` or gave up.
struct PendingJob
{
    QMutex mutex;
    QWaitCondition done;
    bool finished = false;
    bool abandoned = false; ///< the main thread stopped serving jobs (the application is quitting)
    JobOutcome outcome;
};

/// The jobs other threads wait for, so that they can be released when the main thread stops serving them.
class PendingJobs
{
public:
    static PendingJobs& instance()
    {
        static PendingJobs jobs;
        return jobs;
    }

    /// False once the application is quitting: the main thread no longer runs an event loop to start jobs in.
    bool add(const std::shared_ptr<PendingJob>& job)
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed)
            return false;
        m_jobs.insert(job);
        return true;
    }

    void remove(const std::shared_ptr<PendingJob>& job)
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.erase(job);
    }

    /// Releases every waiting thread with an error and refuses new cross-thread jobs. Runs on the main thread at
    /// QCoreApplication::aboutToQuit: after it the main thread may wait for worker threads to finish, and a worker
    /// waiting for the main thread would then never be released.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        for (const auto& job : m_jobs) {
            QMutexLocker jobLock(&job->mutex);
            job->abandoned = true;
            job->done.wakeAll();
        }
        m_jobs.clear();
    }

    /// Connects close() to the application's aboutToQuit once.
    void watchApplication()
    {
        std::call_once(m_watching, [this] {
            if (QCoreApplication* app = QCoreApplication::instance())
                QObject::connect(app, &QCoreApplication::aboutToQuit, app, [this] { close(); });
        });
    }

private:
    QMutex m_mutex;
    std::set<std::shared_ptr<PendingJob>> m_jobs;
    bool m_closed = false;
    std::once_flag m_watching;
};

/// Creates a configured job (on the main thread).
using JobFactory = std::function<QKeychain::Job*()>;

/// Starts the job `make` creates and calls `done` with its outcome when it finished, on the calling thread (the
/// main thread). QtKeychain deletes the job itself afterwards (auto-delete), when it is done with it.
void startJob(const JobFactory& make, std::function<void(JobOutcome&&)> done)
{
    QKeychain::Job* job = make();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job* finished) {
        JobOutcome outcome;
        outcome.error = finished->error();
        outcome.errorString = finished->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished); read && outcome.error == QKeychain::NoError)
            outcome.data = read->binaryData();
        done(std::move(outcome));
    });
    job->start();
}

/// Runs a keychain job on the main thread and returns its outcome to the calling thread.
///
/// QtKeychain's jobs belong to the main thread: one run and cleaned up on a worker thread crashed in QtKeychain's
/// clean-up. Who waits on whom:
/// - On the main thread, the job runs in a local event loop (as before), which also serves jobs of other threads.
/// - On another thread (the engine's Git worker, a pool thread of the SOPS editor), the job is posted to the main
///   thread and the caller waits. The main thread never waits for those threads while its event loop runs; when
///   it stops (aboutToQuit, after which it joins the engine thread), waiting callers are released with an error
///   and later ones fail at once, so shutting down cannot deadlock.
JobOutcome runOnMainThread(const JobFactory& make)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread()) {
        JobOutcome result;
        bool finished = false;
        QEventLoop loop;
        startJob(make, [&result, &finished, &loop](JobOutcome&& outcome) {
            result = std::move(outcome);
            finished = true;
            loop.quit();
        });
        if (!finished)
            loop.exec();
        return result;
    }

    PendingJobs& pending = PendingJobs::instance();
    pending.watchApplication();
    auto job = std::make_shared<PendingJob>();
    if (!pending.add(job)) {
        JobOutcome refused;
        refused.error = QKeychain::OtherError;
        refused.errorString = KeychainSecretStore::tr("Fleetdesk is quitting");
        return refused;
    }
    QMetaObject::invokeMethod(
        app,
        [make, job] {
            {
                QMutexLocker lock(&job->mutex);
                if (job->abandoned)
                    return;
            }
            startJob(make, [job](JobOutcome&& outcome) {
                QMutexLocker lock(&job->mutex);
                job->outcome = std::move(outcome);
                job->finished = true;
                job->done.wakeAll();
            });
        },
        Qt::QueuedConnection);

    QMutexLocker lock(&job->mutex);
    while (!job->finished && !job->abandoned)
        job->done.wait(&job->mutex);
    JobOutcome result;
    if (job->finished) {
        result = std::move(job->outcome);
    } else {
        result.error = QKeychain::OtherError;
        result.errorString = KeychainSecretStore::tr("Fleetdesk is quitting");
    }
    lock.unlock();
    pending.remove(job);
    return result;
}

Error keychainError(const JobOutcome& outcome, const QString& what)
{
    const QString code = outcome.error == QKeychain::NoBackendAvailable || outcome.error == QKeychain::AccessDeniedByUser
            || outcome.error == QKeychain::AccessDenied
        ? QStringLiteral("secrets.unavailable")
        : QStringLiteral("secrets.failed");
    return Error{QStringLiteral("%1: %2").arg(what, outcome.errorString), {}, code};
}
#endif

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

bool KeychainSecretStore::isBuiltIn()
{
#ifdef FLEETDESK_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

Result<void> KeychainSecretStore::write(const QString& key, const SecureBuffer& secret)
{
#ifdef FLEETDESK_HAVE_KEYCHAIN
    // The job keeps its own copy until it is deleted; ours is wiped when the last holder lets go.
    auto data = std::shared_ptr<QByteArray>(new QByteArray(secret.toByteArray()), [](QByteArray* bytes) {
        bytes->fill('\0');
        delete bytes;
    });
    const QString service = m_service;
    const JobOutcome outcome = runOnMainThread([service, key, data] {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        job->setBinaryData(*data);
        return job;
    });
    if (outcome.error != QKeychain::NoError)
        return std::unexpected(keychainError(outcome, tr("cannot store the secret %1 in the keychain").arg(key)));
    return {};
#else
    Q_UNUSED(key);
    Q_UNUSED(secret);
    return makeError(tr("Fleetdesk was built without keychain support"), {}, QStringLiteral("secrets.unavailable"));
#endif
}

Result<std::optional<SecureBuffer>> KeychainSecretStore::read(const QString& key)
{
#ifdef FLEETDESK_HAVE_KEYCHAIN
    const QString service = m_service;
    const JobOutcome outcome = runOnMainThread([service, key] {
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        return job;
    });
    if (outcome.error == QKeychain::EntryNotFound)
        return std::optional<SecureBuffer>();
    if (outcome.error != QKeychain::NoError)
        return std::unexpected(keychainError(outcome, tr("cannot read the secret %1 from the keychain").arg(key)));
    return std::optional<SecureBuffer>(SecureBuffer::fromView(outcome.data));
#else
    Q_UNUSED(key);
    return makeError(tr("Fleetdesk was built without keychain support"), {}, QStringLiteral("secrets.unavailable"));
#endif
}

Result<void> KeychainSecretStore::remove(const QString& key)
{
#ifdef FLEETDESK_HAVE_KEYCHAIN
    const QString service = m_service;
    const JobOutcome outcome = runOnMainThread([service, key] {
        auto* job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        return job;
    });
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
        return std::unexpected(keychainError(outcome, tr("cannot remove the secret %1 from the keychain").arg(key)));
    return {};
#else
    Q_UNUSED(key);
    return makeError(tr("Fleetdesk was built without keychain support"), {}, QStringLiteral("secrets.unavailable"));
#endif
}

} // namespace fleetdesk
