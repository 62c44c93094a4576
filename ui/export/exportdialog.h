#pragma once

#include "exportjob.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace actidesk {

class AccountModels;
class AccountWorkspace;

// File → Export…: the signed-in user's timesheet of a period, the review of a period (an account
// that reviews), or the task list, as CSV (the hours' decimal separator "." or the locale's) or
// iCalendar, to a file. While what the cache lacks is fetched the dialog shows progress, and
// Cancel (Escape) stops it with nothing written; the result or the error shows in the dialog.
// The work is an ExportJob (app/export): this dialog only collects the choices.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Period { ThisWeek, LastWeek, ThisMonth, LastMonth, Custom };

    ExportDialog(AccountWorkspace &workspace, const AccountModels &models, const QDate &today,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The choices as they stand (the path included).
    ExportRequest request() const;
    bool isRunning() const;
    QString statusText() const;
    QComboBox *whatBox() const { return m_what; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *decimalBox() const { return m_decimal; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *pathEdit() const { return m_path; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    // While an export runs: cancels it (the dialog stays); otherwise closes.
    void reject() override;

private:
    void applyPeriod();
    void updateEnabled();
    void suggestPath();
    void browse();
    void startExport();
    void setRunning(bool running);
    void showStatus(const QString &text, bool isError = false);

    AccountWorkspace &m_workspace;
    QDate m_today;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
    QComboBox *m_what = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_decimal = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<ExportJob> m_job;
    bool m_pathChosen = false; // typed or browsed: no longer follows the choices
    bool m_settingPeriod = false;
    bool m_running = false;
};

} // namespace actidesk
