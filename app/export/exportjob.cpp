#include "exportjob.h"

#include "accountworkspace.h"
#include "store.h"

#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

// A month of one user's days per fetch (as the CLI's week and log fetch,
// app/commandline/fetch.cpp).
constexpr int kChunkDays = 31;

} // namespace

ExportJob::ExportJob(AccountWorkspace &workspace, const ExportRequest &request, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_request(request)
{
}

ExportJob::~ExportJob()
{
    stopWatching();
    // Gone before its review arrived: the refresh it started is nobody's.
    if (m_running && m_teamStarted && m_workspace.isTeamRefreshing())
        m_workspace.cancelTeamRefresh();
}

QString ExportJob::suggestedFileName(const ExportRequest &request, const Account &account)
{
    QString what;
    switch (request.what) {
    case ExportRequest::What::Timesheet:
        what = u"timesheet"_s;
        break;
    case ExportRequest::What::Review:
        what = u"review"_s;
        break;
    case ExportRequest::What::Tasks:
        what = u"tasks"_s;
        break;
    }
    QString name = what + u'-' + account.login + u"-on-"_s + account.serverName();
    if (request.what != ExportRequest::What::Tasks)
        name +=
            u'-' + request.from.toString(Qt::ISODate) + u".."_s + request.to.toString(Qt::ISODate);
    // Nothing a file system or a shell minds: the server's port colon, slashes, spaces.
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._@-]+"_s);
    name.replace(unsafe, u"_"_s);
    return name
        + (request.format == ExportRequest::Format::ICalendar
                   && request.what != ExportRequest::What::Tasks
               ? u".ics"_s
               : u".csv"_s);
}

QList<int> ExportJob::userIds() const
{
    Store *store = m_workspace.store();
    if (m_request.what == ExportRequest::What::Timesheet) {
        const std::optional<User> user = m_workspace.currentUser();
        return user ? QList<int>{user->id} : QList<int>{};
    }
    QList<int> ids;
    const QString members = store->meta(metakeys::TeamMembers).value_or(QString());
    for (const QString &id : members.split(u',', Qt::SkipEmptyParts))
        ids.append(id.toInt());
    return ids;
}

void ExportJob::start()
{
    Store *store = m_workspace.store();
    if (!store) {
        Q_EMIT failed(Failure::NoCache,
                      tr("The account's data cannot be opened on this computer."));
        return;
    }
    if (m_request.what != ExportRequest::What::Tasks
        && (!m_request.from.isValid() || !m_request.to.isValid()
            || m_request.to < m_request.from)) {
        Q_EMIT failed(Failure::BadPeriod, tr("The period's last day is before its first."));
        return;
    }
    if (m_request.what == ExportRequest::What::Review && !m_workspace.canReviewTeam()) {
        Q_EMIT failed(Failure::NotReviewer, tr("This account reviews nobody's time."));
        return;
    }
    m_running = true;
    m_fetchFailed = false;
    const bool canFetch = m_workspace.canFetch();
    switch (m_request.what) {
    case ExportRequest::What::Timesheet: {
        const QList<int> ids = userIds();
        if (ids.isEmpty()) {
            m_running = false;
            Q_EMIT failed(Failure::NeverSignedIn,
                          tr("This account never signed in on this computer: sign in once."));
            return;
        }
        // Only the months whose days are not all fetched yet.
        m_chunks.clear();
        for (QDate from = m_request.from; from <= m_request.to; from = from.addDays(kChunkDays)) {
            const QDate to = std::min(m_request.to, from.addDays(kChunkDays - 1));
            if (!TimesheetRows::isComplete(*store, {QString(), ids, from, to}))
                m_chunks.append({from, to});
        }
        m_chunksTotal = int(m_chunks.size());
        if (m_chunks.isEmpty() || !canFetch) {
            write();
            return;
        }
        Q_EMIT progress(0, m_chunksTotal);
        fetchNextChunk();
        return;
    }
    case ExportRequest::What::Review: {
        const QList<int> ids = userIds();
        if ((!m_request.refreshCached && !ids.isEmpty()
             && TimesheetRows::isComplete(*store, {QString(), ids, m_request.from, m_request.to}))
            || !canFetch) {
            write();
            return;
        }
        fetchTeam();
        return;
    }
    case ExportRequest::What::Tasks:
        if ((!m_request.refreshCached && store->lastReplaced(StoreEntity::Tasks).isValid())
            || !canFetch) {
            write();
            return;
        }
        fetchTasks();
        return;
    }
}

void ExportJob::fetchNextChunk()
{
    stopWatching();
    if (m_chunks.isEmpty()) {
        write();
        return;
    }
    // Plain variables, not a structured binding: clang 14 cannot capture those in a lambda.
    const QDate from = m_chunks.first().first;
    const QDate to = m_chunks.first().second;
    const QList<int> ids = userIds();
    const int userId = ids.value(0);
    m_watching.append(connect(&m_workspace, &AccountWorkspace::weekRefreshed, this,
                              [this, userId, from, to](int user, const QDate &f, const QDate &t) {
                                  if (user != userId || f != from || t != to)
                                      return;
                                  m_chunks.removeFirst();
                                  Q_EMIT progress(m_chunksTotal - int(m_chunks.size()),
                                                  m_chunksTotal);
                                  fetchNextChunk();
                              }));
    m_watching.append(connect(
        &m_workspace, &AccountWorkspace::weekRefreshFailed, this,
        [this, userId, from, to](int user, const QDate &f, const QDate &t, const QString &) {
            if (user != userId || f != from || t != to)
                return;
            // The rest waits too: the file gets what the cache holds.
            m_fetchFailed = true;
            write();
        }));
    m_watching.append(connect(&m_workspace, &AccountWorkspace::fetchingStopped, this, [this]() {
        if (!m_workspace.canFetch()) {
            m_fetchFailed = true;
            write();
        }
    }));
    m_workspace.refreshWeek(userId, from, to);
}

void ExportJob::fetchTeam()
{
    stopWatching();
    m_watching.append(connect(&m_workspace, &AccountWorkspace::teamRefreshProgress, this,
                              [this](int done, int total) { Q_EMIT progress(done, total); }));
    m_watching.append(connect(&m_workspace, &AccountWorkspace::teamWeekRefreshed, this,
                              [this](const QDate &from, const QDate &to) {
                                  if (from == m_request.from && to == m_request.to)
                                      write();
                              }));
    const auto stopped = [this]() {
        m_fetchFailed = true;
        write();
    };
    m_watching.append(connect(&m_workspace, &AccountWorkspace::teamRefreshFailed, this, stopped));
    // Another refresh replaced this one (the review page's): the file has what is cached.
    m_watching.append(
        connect(&m_workspace, &AccountWorkspace::teamRefreshCancelled, this, stopped));
    m_watching.append(
        connect(&m_workspace, &AccountWorkspace::fetchingStopped, this, [this, stopped]() {
            if (!m_workspace.canFetch())
                stopped();
        }));
    m_teamStarted = true;
    Q_EMIT progress(0, 0);
    m_workspace.refreshTeamWeek(m_request.from, m_request.to);
}

void ExportJob::fetchTasks()
{
    stopWatching();
    m_watching.append(
        connect(&m_workspace, &AccountWorkspace::tasksRefreshed, this, [this]() { write(); }));
    m_watching.append(connect(&m_workspace, &AccountWorkspace::fetchingStopped, this, [this]() {
        if (!m_workspace.canFetch()) {
            m_fetchFailed = true;
            write();
        }
    }));
    Q_EMIT progress(0, 1);
    m_workspace.refreshTasks();
}

void ExportJob::cancel()
{
    if (!m_running)
        return;
    stopWatching();
    m_running = false;
    if (m_teamStarted && m_workspace.isTeamRefreshing())
        m_workspace.cancelTeamRefresh();
    m_teamStarted = false;
    Q_EMIT cancelled();
}

void ExportJob::setOutput(QIODevice *device, const QString &name)
{
    m_output = device;
    m_outputName = name;
}

void ExportJob::writeWhatIsCached()
{
    if (!m_running)
        return;
    stopWatching();
    if (m_teamStarted && m_workspace.isTeamRefreshing())
        m_workspace.cancelTeamRefresh();
    m_fetchFailed = true;
    write();
}

void ExportJob::stopWatching()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_watching))
        disconnect(connection);
    m_watching.clear();
}

void ExportJob::write()
{
    stopWatching();
    m_teamStarted = false;
    if (!m_running)
        return;
    m_running = false;
    Store &store = *m_workspace.store();
    const Account &account = m_workspace.account();
    QByteArray data;
    int records = 0;
    QString note;
    if (m_request.what == ExportRequest::What::Tasks) {
        const QList<Task> tasks = store.tasks();
        records = int(tasks.size());
        data = TaskListCsv::write(tasks, account.label(), m_request.csv);
        if (!store.lastReplaced(StoreEntity::Tasks).isValid())
            note = tr("The task list was never fetched from the server: the file has what "
                      "this computer holds.");
        else if (m_fetchFailed)
            note = tr("The task list could not be fetched; the file has the cached one.");
    } else {
        ExportScope scope;
        scope.account = account.label();
        scope.from = m_request.from;
        scope.to = m_request.to;
        scope.userIds = userIds();
        if (scope.userIds.isEmpty() || !TimesheetRows::isComplete(store, scope))
            note = tr("Some days of %1 were never fetched from the server: the file has what "
                      "this computer holds.")
                       .arg(TimesheetCsv::period(scope));
        const QList<TimesheetRow> rows = TimesheetRows::read(store, scope);
        records = int(rows.size());
        if (m_request.format == ExportRequest::Format::Csv) {
            data = TimesheetCsv::write(rows, scope, m_request.csv);
        } else {
            IcalOptions ics;
            ics.grouping = m_request.grouping;
            ics.uidDomain = account.serverName();
            ics.stamp = m_workspace.clock().now();
            data = TimesheetIcal::write(rows, scope, ics);
        }
    }
    if (m_output) {
        auto *file = qobject_cast<QFileDevice *>(m_output.data());
        if (m_output->write(data) != data.size() || (file && !file->flush())) {
            Q_EMIT failed(
                Failure::Unwritable,
                tr("%1 cannot be written: %2").arg(m_outputName, m_output->errorString()));
            return;
        }
        Q_EMIT finished(records, note);
        return;
    }
    QSaveFile file(m_request.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        Q_EMIT failed(Failure::Unwritable,
                      tr("%1 cannot be written: %2").arg(m_request.path, file.errorString()));
        return;
    }
    Q_EMIT finished(records, note);
}

} // namespace actidesk
