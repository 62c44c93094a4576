#include "exportdialog.h"

#include "accountmodels.h"
#include "accountworkspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QDate weekStartOf(const QDate &day, Qt::DayOfWeek first)
{
    return day.addDays(-((day.dayOfWeek() - int(first) + 7) % 7));
}

} // namespace

ExportDialog::ExportDialog(AccountWorkspace &workspace, const AccountModels &models,
                           const QDate &today, QWidget *parent)
    : QDialog(parent), m_workspace(workspace),
      m_today(today.isValid() ? today : models.clock().today()),
      m_firstDayOfWeek(models.serverInfo().firstDayOfWeek)
{
    setWindowTitle(tr("Export"));

    m_what = new QComboBox(this);
    m_what->addItem(tr("My timesheet"), int(ExportRequest::What::Timesheet));
    if (workspace.canReviewTeam())
        m_what->addItem(tr("Review of my team"), int(ExportRequest::What::Review));
    m_what->addItem(tr("Task list"), int(ExportRequest::What::Tasks));

    m_period = new QComboBox(this);
    m_period->addItem(tr("This week"), int(Period::ThisWeek));
    m_period->addItem(tr("Last week"), int(Period::LastWeek));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("Custom range"), int(Period::Custom));

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }

    m_format = new QComboBox(this);
    m_format->addItem(tr("CSV (spreadsheets)"), int(ExportRequest::Format::Csv));
    m_format->addItem(tr("iCalendar (calendars)"), int(ExportRequest::Format::ICalendar));

    m_decimal = new QComboBox(this);
    m_decimal->addItem(tr("Point (2.50)"), u"."_s);
    const QString localePoint = QLocale().decimalPoint();
    if (localePoint.size() == 1 && localePoint != u"."_s)
        m_decimal->addItem(tr("This computer's (%1)").arg(u"2"_s + localePoint + u"50"_s),
                           localePoint);
    m_decimal->setToolTip(tr("Of the hours column; with a comma the fields are separated by "
                             "semicolons, as spreadsheets of such languages expect"));

    m_path = new QLineEdit(this);
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    // Mnemonics: none of the window's (menus F V T I H D, the timesheet's P N A C M).
    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("Pe&riod:"), m_period);
    form->addRow(tr("First da&y:"), m_from);
    form->addRow(tr("La&st day:"), m_to);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("Decima&l separator:"), m_decimal);
    auto *pathLabel = new QLabel(tr("Fil&e:"), this);
    pathLabel->setBuddy(m_path); // a row of a layout gets no buddy by itself
    form->addRow(pathLabel, pathRow);

    m_progress = new QProgressBar(this);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_export = m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_what, &QComboBox::currentIndexChanged, this, [this]() {
        updateEnabled();
        suggestPath();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this]() {
        applyPeriod();
        suggestPath();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this]() {
            if (!m_settingPeriod)
                m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
            suggestPath();
        });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() {
        updateEnabled();
        suggestPath();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this]() { m_pathChosen = true; });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    applyPeriod();
    updateEnabled();
    suggestPath();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::applyPeriod()
{
    QDate from;
    QDate to;
    switch (Period(m_period->currentData().toInt())) {
    case Period::ThisWeek:
        from = weekStartOf(m_today, m_firstDayOfWeek);
        to = from.addDays(6);
        break;
    case Period::LastWeek:
        from = weekStartOf(m_today, m_firstDayOfWeek).addDays(-7);
        to = from.addDays(6);
        break;
    case Period::ThisMonth:
        from = QDate(m_today.year(), m_today.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Period::LastMonth:
        from = QDate(m_today.year(), m_today.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Period::Custom:
        return; // the dates as they are
    }
    m_settingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPeriod = false;
}

void ExportDialog::updateEnabled()
{
    const bool running = isRunning();
    const bool isTasks =
        ExportRequest::What(m_what->currentData().toInt()) == ExportRequest::What::Tasks;
    if (isTasks)
        m_format->setCurrentIndex(m_format->findData(int(ExportRequest::Format::Csv)));
    const bool isCsv =
        ExportRequest::Format(m_format->currentData().toInt()) == ExportRequest::Format::Csv;
    m_what->setEnabled(!running);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_period, m_from, m_to})
        widget->setEnabled(!running && !isTasks);
    m_format->setEnabled(!running && !isTasks);
    m_decimal->setEnabled(!running && isCsv && m_decimal->count() > 1);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_export->setEnabled(!running);
}

void ExportDialog::suggestPath()
{
    if (m_pathChosen)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    m_path->setText(
        QDir(folder).filePath(ExportJob::suggestedFileName(request(), m_workspace.account())));
}

void ExportDialog::browse()
{
    const bool isIcs = request().format == ExportRequest::Format::ICalendar;
    const QString filter = isIcs ? tr("iCalendar files (*.ics)") : tr("CSV files (*.csv)");
    // The file dialog asks before it replaces a file.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filter);
    if (path.isEmpty())
        return;
    m_path->setText(path);
    m_pathChosen = true;
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.what = ExportRequest::What(m_what->currentData().toInt());
    request.format = ExportRequest::Format(m_format->currentData().toInt());
    request.from = m_from->date();
    request.to = m_to->date();
    request.csv.decimalSeparator = m_decimal->currentData().toString().at(0);
    if (request.csv.decimalSeparator == u',')
        request.csv.delimiter = u';';
    request.path = m_path->text().trimmed();
    return request;
}

bool ExportDialog::isRunning() const
{
    return m_running;
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(isError);
    m_status->setFont(font);
}

void ExportDialog::startExport()
{
    if (isRunning())
        return;
    const ExportRequest wanted = request();
    if (wanted.path.isEmpty()) {
        showStatus(tr("Choose the file to write."), true);
        m_path->setFocus();
        return;
    }
    if (wanted.what != ExportRequest::What::Tasks && wanted.to < wanted.from) {
        showStatus(tr("The period's last day is before its first."), true);
        m_to->setFocus();
        return;
    }
    if (QFileInfo(wanted.path).isDir()) {
        showStatus(tr("%1 is a folder: choose a file.").arg(wanted.path), true);
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(wanted.path)
        && QMessageBox::question(this, tr("Export"), tr("%1 exists. Replace it?").arg(wanted.path))
            != QMessageBox::Yes)
        return;

    delete m_job;
    auto *job = new ExportJob(m_workspace, wanted, this);
    m_job = job;
    connect(job, &ExportJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total); // 0 of 0: busy, the total is not known yet
        m_progress->setValue(done);
        m_progress->show();
        showStatus(tr("Fetching what this computer does not hold yet\u2026"));
    });
    connect(job, &ExportJob::finished, this, [this, wanted](int records, const QString &note) {
        setRunning(false);
        QString text = records == 1
            ? tr("%n record written to %1.", nullptr, records).arg(wanted.path)
            : tr("%n records written to %1.", nullptr, records).arg(wanted.path);
        if (!note.isEmpty())
            text += u' ' + note;
        showStatus(text);
        m_close->setFocus();
    });
    connect(job, &ExportJob::failed, this, [this](ExportJob::Failure, const QString &message) {
        setRunning(false);
        showStatus(message, true);
    });
    connect(job, &ExportJob::cancelled, this, [this]() {
        setRunning(false);
        showStatus(tr("Export cancelled: no file was written."));
    });
    setRunning(true);
    showStatus(tr("Exporting\u2026"));
    job->start();
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    m_close->setText(running ? tr("Cancel") : tr("Close"));
    if (!running)
        m_progress->hide();
    updateEnabled();
    if (running)
        m_close->setFocus();
}

void ExportDialog::reject()
{
    if (isRunning()) {
        if (m_job)
            m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace actidesk
