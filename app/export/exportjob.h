#pragma once

#include "timesheetcsv.h"
#include "timesheetical.h"

#include <QDate>
#include <QIODevice>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace actidesk {

struct Account;
class AccountWorkspace;

// What one export writes: a timesheet or a review of a period, or the task list, as CSV or
// iCalendar, to a file.
struct ExportRequest
{
    enum class What { Timesheet, Review, Tasks };
    enum class Format { Csv, ICalendar };
    What what = What::Timesheet;
    Format format = Format::Csv;
    QDate from; // the period of a timesheet or a review
    QDate to;
    CsvOptions csv;
    IcalOptions::Grouping grouping = IcalOptions::Grouping::PerRecord;
    QString path;
    // Fetch the task list, or the team's time of the period, even when the cache holds it (the
    // CLI: a run's cache is as old as the last run). A timesheet's days fetched once are not
    // fetched again either way.
    bool refreshCached = false;
};

// One export from an account's workspace, for the window's File → Export…: fetches what the
// cache does not hold yet (the user's days of the period in chunks of a month, the team's review
// of the period, or the task list; through the workspace, so inside the rate limit), reports
// progress, then writes the file with QSaveFile — whole or not at all. Cancel stops waiting and
// writes nothing. Offline (or when a fetch fails) the file has what the cache holds, and
// finished() says so in its note. actidesk-cli's export runs it too (to a file or stdout).
class ExportJob : public QObject
{
    Q_OBJECT
public:
    // Why failed(): for a caller that tells them apart (the CLI's exit codes).
    enum class Failure {
        NoCache, // the account's cache cannot be opened
        BadPeriod, // the period ends before it starts
        NeverSignedIn, // no user of the account known on this computer yet
        NotReviewer, // a review by an account that reviews nobody
        Unwritable, // the file (or the output device) cannot be written
    };
    Q_ENUM(Failure)

    ExportJob(AccountWorkspace &workspace, const ExportRequest &request, QObject *parent = nullptr);
    ~ExportJob() override;

    // Starts fetching (or writes at once when the cache has everything).
    void start();
    // Stops: nothing is written, cancelled() follows (not after finished() or failed()).
    void cancel();
    bool isRunning() const { return m_running; }
    // Writes into `device` (open for writing, e.g. standard output) instead of the request's
    // path, all of it in one write; `name` names it in a failure's message. Before start().
    void setOutput(QIODevice *device, const QString &name);
    // Stops waiting for the server and writes what the cache holds now, as when a fetch fails
    // (the note says what the file lacks): for a caller that waited long enough.
    void writeWhatIsCached();

    // "timesheet-emma-on-example.com-2026-11-23..2026-11-29.csv": what, account and period.
    static QString suggestedFileName(const ExportRequest &request, const Account &account);

Q_SIGNALS:
    // Parts of the fetch done of total (total 0: nothing to fetch).
    void progress(int done, int total);
    // The file is written: `records` lines or events; `note` (a sentence, or empty) says what
    // the file lacks, e.g. days that could not be fetched.
    void finished(int records, const QString &note);
    void failed(actidesk::ExportJob::Failure failure, const QString &message);
    void cancelled();

private:
    void fetchNextChunk();
    void fetchTeam();
    void fetchTasks();
    void write();
    void stopWatching();
    QList<int> userIds() const;

    AccountWorkspace &m_workspace;
    ExportRequest m_request;
    bool m_running = false;
    bool m_fetchFailed = false;
    bool m_teamStarted = false;
    QList<std::pair<QDate, QDate>> m_chunks; // of a timesheet, still to fetch
    int m_chunksTotal = 0;
    QList<QMetaObject::Connection> m_watching;
    QPointer<QIODevice> m_output; // else the request's path
    QString m_outputName;
};

} // namespace actidesk
