#pragma once

#include "clock.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace actidesk {

class ActiTimeClient;
class ApiCall;

// One backup of what an account can read, written to one JSON file (format in
// docs/backup-format.md): settings, the signed-in user, users, departments, time-zone groups,
// leave types, types of work, workflow statuses, customers, projects, tasks, their comments,
// cost-of-work rates and work assignments where the server shows them, and the time-track,
// leave and schedules of a date range.
//
// Requests: everything travels in GET sub-requests of POST /batch, as many per batch as the
// server allows (limits.maxBatchSize), pages as large as it allows (limits.maxQueryLimit), through
// the account's RequestQueue (so inside its rate limit). Lists page on; what depends on a list
// (each user's schedule, each task's comments) is asked for once the list is complete.
//
// Resumable: after each batch (at most every few seconds) what was fetched and what is still to
// ask are saved beside the file (FILE.partial, private); a run with the same file, account and
// range continues from there. The finished file replaces FILE atomically, with 0600 permissions.
class Backup : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString path; // the backup file
        QString account; // Account::key(): which account, checked when resuming
        QString login; // as signed in (the API hides usernames from most accounts)
        QDate from; // time-track, leave and schedules of from..to
        QDate to;
        bool withComments = true;
        qint64 saveIntervalMs = 3000; // how often progress is saved while running
    };

    Backup(ActiTimeClient &client, const Clock &clock, const Options &options,
           QObject *parent = nullptr);
    ~Backup() override;

    // Starts (or resumes from FILE.partial); finished() follows, from the event loop.
    void start();
    void cancel();

    bool isOk() const { return m_ok; }
    bool wasResumed() const { return m_resumed; }
    // Why it failed: a sentence for the user; and whether a network failure (retry later) or a
    // refusal by the server or a local file error.
    QString errorMessage() const { return m_error; }
    enum class Failure { None, Network, Auth, Refused, File };
    Failure failure() const { return m_failure; }
    int requestCount() const { return m_requests; } // requests this run
    int operationCount() const { return m_operations; } // sub-requests this run

    static constexpr int FormatVersion = 1;
    static QString partialPath(const QString &path) { return path + QStringLiteral(".partial"); }

Q_SIGNALS:
    void progress(int requests, int operationsLeft);
    void finished();

private:
    struct Operation
    {
        QString section; // where the answer goes: "users", "timetrack", "comments", …
        QString url; // relative URL of the GET
        QString key; // the section's key: a user id, "tasks/12", an offset
    };
    void seed();
    bool resume();
    void sendNext();
    void onBatch();
    void absorb(const Operation &op, int status, const QJsonValue &body);
    void listPage(const Operation &op, const QJsonObject &body);
    void rangePage(const Operation &op, const QJsonObject &body, const QString &rangeSection);
    void sectionComplete(const QString &section);
    void saveProgress(bool force);
    bool writeResult();
    void fail(Failure failure, const QString &message);
    void finish();
    int batchLimit() const;
    QString listUrl(const QString &section, int offset, int limit) const;
    // Lists that answered a short page, whose queued pages are all answered: complete.
    void completeEndedLists();
    static QJsonObject operationJson(const Operation &op);
    static Operation operationFrom(const QJsonObject &json);

    ActiTimeClient &m_client;
    const Clock &m_clock;
    Options m_options;
    QJsonObject m_doc; // the backup as far as fetched
    QList<Operation> m_queue; // still to ask
    QList<Operation> m_inFlight;
    QSet<QString> m_completeSections; // lists whose every page arrived
    // Paging ahead: a full page asks for the next pages of its list several at once (1, 2, 4, …
    // up to half a batch), so a long list costs a few requests, not one per page; pages past
    // the end come back empty.
    QHash<QString, int> m_lastAsked; // highest offset asked for, per list
    QHash<QString, int> m_ahead; // pages to ask for at the next full page
    QSet<QString> m_endedLists; // a short page arrived
    QPointer<ApiCall> m_call;
    int m_maxBatch = 10; // until /info says
    int m_pageSize = 1000;
    int m_requests = 0;
    int m_operations = 0;
    qint64 m_lastSaveMs = 0;
    qint64 m_saveCostMs = 0; // how long the last progress save took
    bool m_ok = false;
    bool m_resumed = false;
    bool m_done = false;
    QString m_error;
    Failure m_failure = Failure::None;
};

} // namespace actidesk
