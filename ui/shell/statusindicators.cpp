#include "statusindicators.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <limits>

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
    m_outbox = indicator(this);
    m_dataAsOf = indicator(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel *label : {m_account, m_connection, m_queue, m_outbox, m_dataAsOf})
        layout->addWidget(label);
    m_queue->hide();
    m_outbox->hide();
    m_connection->installEventFilter(this);

    // "as of 3 minutes ago" must not go stale while nothing else happens.
    auto *timer = new QTimer(this);
    timer->setInterval(30 * 1000);
    connect(timer, &QTimer::timeout, this, &StatusIndicators::refreshAge);
    timer->start();

    m_pauseEnd = new QTimer(this);
    m_pauseEnd->setSingleShot(true);
    m_pauseEnd->setTimerType(Qt::PreciseTimer);
    connect(m_pauseEnd, &QTimer::timeout, this, &StatusIndicators::showConnection);
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
    const qint64 left = status.pausedUntil.isValid()
        ? QDateTime::currentDateTimeUtc().msecsTo(status.pausedUntil)
        : 0;
    if (left > 0)
        m_pauseEnd->start(int(std::min<qint64>(left + 5, std::numeric_limits<int>::max())));
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
    if (m_status.isPausedAt(QDateTime::currentDateTimeUtc())) {
        // Nothing moves until then: "Online" would suggest the empty week is all there is.
        const QLocale locale;
        const QDateTime local = m_status.pausedUntil.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
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
    QStringList parts;
    if (pending > 0)
        parts << (pending == 1 ? tr("%n change to send", nullptr, pending)
                               : tr("%n changes to send", nullptr, pending));
    if (conflicts > 0)
        parts << u"<span style=\"color:#c26a00\">%1</span>"_s.arg(
            conflicts == 1 ? tr("%n conflict", nullptr, conflicts)
                           : tr("%n conflicts", nullptr, conflicts));
    if (rejected > 0)
        parts << u"<span style=\"color:#d13a2f\">%1</span>"_s.arg(
            tr("%n refused", nullptr, rejected));
    m_outbox->setVisible(!parts.isEmpty());
    m_outbox->setText(parts.join(u" · "_s));
    m_outbox->setToolTip(tr("Changes made here that the server has not confirmed yet. Conflicting "
                            "and refused cells are marked in the timesheet."));
}

void StatusIndicators::refreshAge()
{
    if (!m_status.dataAsOf.isValid()) {
        m_dataAsOf->setText(tr("Not synced yet"));
        return;
    }
    const QLocale locale;
    const QDateTime local = m_status.dataAsOf.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
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
    return m_outbox->isHidden() ? QString() : m_outbox->text();
}

QString StatusIndicators::dataAsOfText() const
{
    return m_dataAsOf->text();
}

} // namespace actidesk
