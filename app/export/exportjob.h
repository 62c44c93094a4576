#pragma once

#include "timesheetcsv.h"
#include "timesheetical.h"

#include <QDate>
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
};

// One export from an account's workspace, for the window's File → Export…: fetches what the
// cache does not hold yet (the user's days of the period in chunks of a month, the team's review
// of the period, or the task list; through the workspace, so inside the rate limit), reports
// progress, then writes the file with QSaveFile — whole or not at all. Cancel stops waiting and
// writes nothing. Offline (or when a fetch fails) the file has what the cache holds, and
// finished() says so in its note.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(AccountWorkspace &workspace, const ExportRequest &request, QObject *parent = nullptr);
    ~ExportJob() override;

    // Starts fetching (or writes at once when the cache has everything).
    void start();
    // Stops: nothing is written, cancelled() follows (not after finished() or failed()).
    void cancel();
    bool isRunning() const { return m_running; }

    // "timesheet-emma-on-example.com-2026-11-23..2026-11-29.csv": what, account and period.
    static QString suggestedFileName(const ExportRequest &request, const Account &account);

Q_SIGNALS:
    // Parts of the fetch done of total (total 0: nothing to fetch).
    void progress(int done, int total);
    // The file is written: `records` lines or events; `note` (a sentence, or empty) says what
    // the file lacks, e.g. days that could not be fetched.
    void finished(int records, const QString &note);
    void failed(const QString &message);
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
};

} // namespace actidesk
