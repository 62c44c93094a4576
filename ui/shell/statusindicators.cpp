#include "statusindicators.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
QLabel *indicator(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    return label;
}

// A small filled circle in the given colour, before the state's word.
QString dot(const QColor &colour)
{
    return u"<span style=\"color:%1\">●</span> "_s.arg(colour.name());
}
} // namespace

StatusIndicators::StatusIndicators(QWidget *parent) : QWidget(parent)
{
    m_account = indicator(this);
    m_connection = indicator(this);
    m_queue = indicator(this);
    m_outbox = new QWidget(this);
    auto *counts = new QHBoxLayout(m_outbox);
    counts->setContentsMargins(0, 0, 0, 0);
    counts->setSpacing(10);
    for (QLabel *&count : m_counts) {
        count = indicator(m_outbox);
        count->setCursor(Qt::PointingHandCursor);
        count->installEventFilter(this);
        count->hide();
        counts->addWidget(count);
    }
    m_dataAsOf = indicator(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QWidget *label :
         {static_cast<QWidget *>(m_account), static_cast<QWidget *>(m_connection),
          static_cast<QWidget *>(m_queue), m_outbox, static_cast<QWidget *>(m_dataAsOf)})
        layout->addWidget(label);
    m_queue->hide();
    m_outbox->hide();
    m_connection->installEventFilter(this);

    // "Data as of 14:05" names the day once it is not today: re-read the clock now and then
    // (a repaint, not a wait on time: the clock says what the text is).
    auto *timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, this, &StatusIndicators::refreshAge);
    timer->start();

    m_pauseEnd = std::make_unique<ClockTimer>(*m_clock, this, [this]() { showConnection(); });
}

StatusIndicators::~StatusIndicators() = default;

void StatusIndicators::setClock(const Clock &clock)
{
    if (&clock == m_clock)
        return;
    m_clock = &clock;
    m_pauseEnd->stop();
    m_pauseEnd->setClock(clock);
    setStatus(m_status); // a pause and "today" on the new clock
}

void StatusIndicators::setStatus(const WorkspaceStatus &status)
{
    m_status = status;
    using C = WorkspaceStatus::Connection;
    // The state that needs the user is also the way to act on it.
    m_needsSignIn = status.connection == C::SignedOut || status.connection == C::SignInNeeded;
    if (m_needsSignIn)
        m_connection->setCursor(Qt::PointingHandCursor);
    else
        m_connection->unsetCursor();
    const qint64 left =
        status.pausedUntil.isValid() ? m_clock->now().msecsTo(status.pausedUntil) : 0;
    if (left > 0)
        m_pauseEnd->start(left + 5);
    else
        m_pauseEnd->stop();
    showAccount(status.userName, status.server);
    showConnection();
    showQueueLength(status.requestsWaiting);
    showOutbox(status.changesWaiting, status.conflicts, status.refusals);
    refreshAge();
}

void StatusIndicators::showNoAccount(const QString &text)
{
    WorkspaceStatus none;
    none.server = text;
    none.detail = text;
    setStatus(none);
}

void StatusIndicators::showAccount(const QString &userName, const QString &server)
{
    m_account->setText(userName.isEmpty()
                           ? server
                           : tr("%1 on %2").arg(userName.toHtmlEscaped(), server.toHtmlEscaped()));
    m_account->setToolTip(tr("Signed-in account"));
}

void StatusIndicators::showConnection()
{
    if (m_status.isPausedAt(m_clock->now())) {
        // A timer may wake a little early: then wait for the rest.
        if (!m_pauseEnd->isActive())
            m_pauseEnd->start(m_clock->now().msecsTo(m_status.pausedUntil) + 5);
        // Nothing moves until then: "Online" would suggest the empty week is all there is.
        const QLocale locale;
        const QDateTime local = m_status.pausedUntil.toLocalTime();
        const QString when = local.date() == m_clock->today()
            ? locale.toString(local.time(), QLocale::ShortFormat)
            : locale.toString(local, QLocale::ShortFormat);
        m_connection->setText(dot(QColor(0xc2, 0x6a, 0x00))
                              + tr("Paused: server asks to wait until %1 (%2)")
                                    .arg(when, m_status.pauseReason.toHtmlEscaped()));
        m_connection->setToolTip(tr("The server asked ActiDesk to send nothing until then. Edits "
                                    "are kept on this computer and sent afterwards."));
        return;
    }
    QString detail = m_status.detail;
    if (!m_status.lastRefreshError.isEmpty())
        detail = detail.isEmpty() ? m_status.lastRefreshError
                                  : tr("%1\n%2").arg(detail, m_status.lastRefreshError);
    using C = WorkspaceStatus::Connection;
    switch (m_status.connection) {
    case C::Online:
        m_connection->setText(dot(QColor(0x2e, 0x9e, 0x4f)) + tr("Online"));
        break;
    case C::Syncing:
        m_connection->setText(dot(QColor(0x2f, 0x7d, 0xd1)) + tr("Syncing…"));
        break;
    case C::SigningIn:
        m_connection->setText(dot(QColor(0x2f, 0x7d, 0xd1)) + tr("Signing in…"));
        break;
    case C::Offline:
        m_connection->setText(dot(QColor(0x9a, 0x9a, 0x9a)) + tr("Offline"));
        break;
    case C::SignedOut:
    case C::SignInNeeded:
        m_connection->setText(dot(QColor(0xd1, 0x3a, 0x2f)) + tr("Sign-in needed"));
        break;
    case C::StoreError:
        m_connection->setText(dot(QColor(0xd1, 0x3a, 0x2f)) + tr("Cannot save"));
        break;
    }
    const QString tip = detail.isEmpty()
        ? tr("Edits are saved on this computer first and sent when the server is reachable.")
        : detail;
    m_connection->setToolTip(m_needsSignIn ? tr("%1\nClick to sign in.").arg(tip) : tip);
}

bool StatusIndicators::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_connection && m_needsSignIn && event->type() == QEvent::MouseButtonRelease) {
        Q_EMIT signInRequested();
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        for (const OutboxState state :
             {OutboxState::Pending, OutboxState::Conflict, OutboxState::Rejected}) {
            if (watched == m_counts.at(int(state))) {
                Q_EMIT outboxCellRequested(state);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget *StatusIndicators::connectionIndicator() const
{
    return m_connection;
}

void StatusIndicators::showQueueLength(int requests)
{
    m_queue->setVisible(requests > 0);
    m_queue->setText(requests == 1 ? tr("%n request waiting", nullptr, requests)
                                   : tr("%n requests waiting", nullptr, requests));
}

void StatusIndicators::showOutbox(int pending, int conflicts, int rejected)
{
    const auto show = [this](OutboxState state, int count, const QString &text,
                             const QString &tip) {
        QLabel *label = m_counts.at(int(state));
        label->setVisible(count > 0);
        label->setText(text);
        label->setToolTip(tip);
    };
    show(OutboxState::Pending, pending,
         pending == 1 ? tr("%n change to send", nullptr, pending)
                      : tr("%n changes to send", nullptr, pending),
         tr("Changes made here that the server has not confirmed yet. Click to go to the "
            "first one."));
    show(OutboxState::Conflict, conflicts,
         u"<span style=\"color:#c26a00\">%1</span>"_s.arg(
             conflicts == 1 ? tr("%n conflict", nullptr, conflicts)
                            : tr("%n conflicts", nullptr, conflicts)),
         tr("Cells changed here and on the server: right-click one (or Shift+F10) to settle "
            "it. Click to go to the first one."));
    show(OutboxState::Rejected, rejected,
         u"<span style=\"color:#d13a2f\">%1</span>"_s.arg(tr("%n refused", nullptr, rejected)),
         tr("Changes the server refused: they are marked in the timesheet with the reason. "
            "Click to go to the first one."));
    m_outbox->setVisible(pending > 0 || conflicts > 0 || rejected > 0);
}

void StatusIndicators::refreshAge()
{
    if (!m_status.dataAsOf.isValid()) {
        m_dataAsOf->setText(tr("Not synced yet"));
        return;
    }
    const QLocale locale;
    const QDateTime local = m_status.dataAsOf.toLocalTime();
    const QString when = local.date() == m_clock->today()
        ? locale.toString(local.time(), QLocale::ShortFormat)
        : locale.toString(local, QLocale::ShortFormat);
    m_dataAsOf->setText(tr("Data as of %1").arg(when));
    m_dataAsOf->setToolTip(locale.toString(local, QLocale::LongFormat));
}

QString StatusIndicators::connectionText() const
{
    return m_connection->text();
}

QString StatusIndicators::outboxText() const
{
    if (m_outbox->isHidden())
        return {};
    QStringList parts;
    for (const QLabel *count : m_counts) {
        if (!count->isHidden())
            parts.append(count->text());
    }
    return parts.join(u" \u00b7 "_s);
}

QWidget *StatusIndicators::outboxIndicator(OutboxState state) const
{
    return m_counts.at(int(state));
}

QString StatusIndicators::dataAsOfText() const
{
    return m_dataAsOf->text();
}

} // namespace actidesk
