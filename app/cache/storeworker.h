#pragma once

#include "clock.h"
#include "store.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace actidesk {

// Internal to the cache layer: the thread of Store::writeInBackground. It opens a Store of its
// own on the same file (Store::attach) on first use, runs the jobs one at a time in the order
// given, and hands each result and what it changed back to the thread that made it (`home`).
class StoreWorker
{
public:
    struct Job
    {
        std::function<StoreResult(Store &)> writes;
        QDateTime now; // the account clock's at submission: the job's stamps
        QDate today;
        bool diskFull = false; // Store::simulateDiskFull of the Store that submitted it
    };
    using Done = std::function<void(const StoreResult &result, const StoreChange &change)>;

    StoreWorker(const QString &path, const StoreOptions &options);
    // Drops the jobs not started, waits for the running one, closes the worker's connection.
    ~StoreWorker();
    Q_DISABLE_COPY_MOVE(StoreWorker)

    // `done` runs on the thread that created this StoreWorker, from its event loop.
    void submit(Job job, Done done);

private:
    // The account clock as it was when a job was submitted: the worker's Store reads now() and
    // today() only on its own thread, never the account's clock (which belongs to its thread).
    class SnapshotClock final : public Clock
    {
    public:
        QDateTime now() const override { return m_now; }
        QDate today() const override { return m_today; }
        qint64 monotonicMs() const override { return Clock::system().monotonicMs(); }
        void singleShot(qint64 delayMs, QObject *context,
                        std::function<void()> function) const override
        {
            Clock::system().singleShot(delayMs, context, std::move(function));
        }
        void set(const QDateTime &now, const QDate &today)
        {
            m_now = now;
            m_today = today;
        }

    private:
        QDateTime m_now;
        QDate m_today;
    };

    void run(const Job &job, const Done &done); // on the worker thread

    QString m_path;
    StoreOptions m_options;
    SnapshotClock m_clock;
    QThread m_thread;
    QObject *m_runner; // lives in m_thread: jobs are queued calls on it
    QObject m_home; // lives on the creating thread: results are queued calls on it
    std::unique_ptr<Store> m_store; // created, used and destroyed on m_thread
    std::atomic<bool> m_stopping{false};
};

} // namespace actidesk
