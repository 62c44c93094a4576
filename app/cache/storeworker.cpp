#include "storeworker.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace actidesk {

StoreWorker::StoreWorker(const QString &path, const StoreOptions &options)
    : m_path(path), m_options(options), m_runner(new QObject)
{
    m_options.clock = &m_clock;
    m_thread.setObjectName(u"actidesk-store-worker"_s);
    m_runner->moveToThread(&m_thread);
    m_thread.start();
}

StoreWorker::~StoreWorker()
{
    m_stopping = true;
    // Queued behind every job: those not started see m_stopping and return at once.
    QMetaObject::invokeMethod(
        m_runner, [this]() { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_runner;
    // m_home goes last: results it was still to deliver are dropped with it.
}

void StoreWorker::submit(Job job, Done done)
{
    QMetaObject::invokeMethod(
        m_runner,
        [this, job = std::move(job), done = std::move(done)]() {
            if (!m_stopping)
                run(job, done);
        },
        Qt::QueuedConnection);
}

void StoreWorker::run(const Job &job, const Done &done)
{
    StoreResult result;
    StoreChange changed;
    if (!m_store)
        m_store = Store::attach(m_path, m_options, &result);
    if (m_store) {
        m_clock.set(job.now, job.today);
        m_store->simulateDiskFull(job.diskFull);
        // Announced on this thread right after the commit; collected and announced again by
        // the Store that submitted the job, on its own thread.
        const QMetaObject::Connection collect =
            QObject::connect(&m_store->changes(), &StoreChanges::changed,
                             [&changed](const StoreChange &change) { changed.merge(change); });
        result = m_store->writeTogether([&]() { return job.writes(*m_store); });
        QObject::disconnect(collect);
    }
    QMetaObject::invokeMethod(
        &m_home, [done, result, changed]() { done(result, changed); }, Qt::QueuedConnection);
}

} // namespace actidesk
