#include "signindialog.h"

#include "serveraddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// The typed address as it would be used with plain http allowed; empty unless it is a remote
// http:// server (the only kind the plain-http option is about).
QUrl remoteHttpServer(const QString &typed)
{
    if (ServerAddress::parse(typed).problem() != ServerAddress::Problem::InsecureHttp)
        return {};
    return ServerAddress::parse(typed, true).installationUrl();
}
} // namespace

SignInDialog::SignInDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign in to actiTIME"));
    setMinimumWidth(460);

    auto *title = new QLabel(tr("Sign in to actiTIME"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Use the address, login and password you use for actiTIME in "
                                   "your browser."));
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_server = new QComboBox;
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->lineEdit()->setPlaceholderText(u"https://company.actitime.com"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_login = new QLineEdit;
    m_login->setAccessibleName(tr("Login"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember = new QCheckBox(tr("&Remember password in the system keychain"));
    m_remember->setToolTip(tr("ActiDesk then signs in by itself when it starts. The password is "
                              "kept only in the system keychain, never in a file."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(10);
    m_plainHttp = new QCheckBox(tr("Allow plain &http for this server"));
    m_plainHttp->setToolTip(tr("Without https your password and your data travel unencrypted. "
                               "Only for a server on a network you trust."));
    m_plainHttp->hide();

    form->addRow(buddyLabel(tr("&Server:"), m_server), m_server);
    form->addRow(QString(), m_plainHttp);
    form->addRow(buddyLabel(tr("&Login:"), m_login), m_login);
    form->addRow(buddyLabel(tr("&Password:"), m_password), m_password);
    form->addRow(QString(), m_remember);

    // The problem area: an icon and a sentence that wraps; hidden while there is nothing to say.
    m_problemFrame = new QFrame;
    m_problemFrame->setObjectName(u"signInProblem"_s);
    m_problemIcon = new QLabel;
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problemText = new QLabel;
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemText->setAccessibleName(tr("Sign-in problem"));
    auto *problemLayout = new QHBoxLayout(m_problemFrame);
    problemLayout->setContentsMargins(10, 8, 10, 8);
    problemLayout->setSpacing(10);
    problemLayout->addWidget(m_problemIcon);
    problemLayout->addWidget(m_problemText, 1);
    m_problemFrame->hide();

    m_status = new QLabel(tr("Signing in…"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_problemFrame);
    layout->addStretch(1);
    layout->addLayout(bottom);

    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &SignInDialog::tick);
    connect(m_server, &QComboBox::currentTextChanged, this, &SignInDialog::updateButtons);
    connect(m_server, &QComboBox::currentTextChanged, this, &SignInDialog::updatePlainHttpOption);
    connect(m_plainHttp, &QCheckBox::clicked, this, &SignInDialog::onPlainHttpClicked);
    m_server->setFocus();
}

void SignInDialog::setKnownServers(const QList<QUrl> &servers)
{
    const QString typed = m_server->currentText();
    m_server->clear();
    QStringList seen;
    for (const QUrl &url : servers) {
        const QString text = url.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
        if (!text.isEmpty() && !seen.contains(text)) {
            seen << text;
            m_server->addItem(text);
        }
    }
    m_server->setEditText(typed);
}

void SignInDialog::setAccount(const Account &account)
{
    m_server->setEditText(
        account.serverUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash));
    m_login->setText(account.login);
    clearPassword();
    if (m_server->currentText().isEmpty())
        m_server->setFocus();
    else if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::setPlainHttpServers(const QList<QUrl> &servers)
{
    m_plainHttpServers.clear();
    for (const QUrl &url : servers) {
        const QUrl server = remoteHttpServer(url.toString());
        if (!server.isEmpty())
            m_plainHttpServers.append(server.toString());
    }
    updatePlainHttpOption();
}

bool SignInDialog::allowsPlainHttp() const
{
    return !m_plainHttp->isHidden() && m_plainHttp->isChecked();
}

void SignInDialog::setPlainHttpConfirmation(std::function<bool(const QUrl &)> confirm)
{
    m_confirmPlainHttp = std::move(confirm);
}

void SignInDialog::updatePlainHttpOption()
{
    const QUrl server = remoteHttpServer(m_server->currentText());
    m_plainHttp->setVisible(!server.isEmpty());
    // Ticked only for a server already allowed: a new one needs its own confirmation.
    m_plainHttp->setChecked(!server.isEmpty() && m_plainHttpServers.contains(server.toString()));
}

void SignInDialog::onPlainHttpClicked(bool checked)
{
    const QUrl server = remoteHttpServer(m_server->currentText());
    if (server.isEmpty())
        return;
    if (!checked) {
        // Taking consent back needs no question; it holds from now on.
        m_plainHttpServers.removeAll(server.toString());
        Q_EMIT plainHttpConsent(server, false);
        return;
    }
    if (!confirmPlainHttp(server)) {
        m_plainHttp->setChecked(false);
        return;
    }
    // Kept in the dialog until it is sent: the registry learns it with the sign-in.
    m_plainHttpServers.append(server.toString());
    hideMessage();
}

bool SignInDialog::confirmPlainHttp(const QUrl &server)
{
    if (m_confirmPlainHttp)
        return m_confirmPlainHttp(server);
    QMessageBox box(QMessageBox::Warning, tr("Allow plain http?"),
                    tr("Allow plain http for %1?").arg(server.toString()), QMessageBox::NoButton,
                    this);
    box.setInformativeText(tr("Your password and your time data will travel unencrypted: anyone "
                              "on the network between you and the server can read them. Allow "
                              "this only for a server on a network you trust."));
    QPushButton *allow = box.addButton(tr("Allow plain http"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == allow;
}

void SignInDialog::clearPassword()
{
    // setText() also resets the field's undo history: no undo can bring the password back.
    m_password->setText(QString());
}

void SignInDialog::hideEvent(QHideEvent *event)
{
    clearPassword();
    QDialog::hideEvent(event);
}

void SignInDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

bool SignInDialog::remember() const
{
    return m_remember->isChecked();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *input : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_login),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember),
                           static_cast<QWidget *>(m_plainHttp)})
        input->setEnabled(!busy);
    m_status->setVisible(busy);
    if (busy)
        hideMessage();
    updateButtons();
    if (!busy)
        m_password->setFocus();
}

namespace {
// A host on this computer or the local network: loopback, private or link-local addresses and
// names without a public domain. Such servers often speak plain http only.
bool isLocalHost(const QString &host)
{
    const QHostAddress address(host);
    if (!address.isNull()) {
        // Qt 6.4 counts the IPv4 private ranges as global: name them (RFC 1918).
        for (const auto &[network, bits] : {std::pair{QHostAddress(u"10.0.0.0"_s), 8},
                                            std::pair{QHostAddress(u"172.16.0.0"_s), 12},
                                            std::pair{QHostAddress(u"192.168.0.0"_s), 16}}) {
            if (address.isInSubnet(network, bits))
                return true;
        }
        return address.isLoopback() || address.isLinkLocal() || address.isSiteLocal()
            || address.isUniqueLocalUnicast();
    }
    const QString name = host.toLower();
    return name == u"localhost"_s || !name.contains(u'.') || name.endsWith(u".local"_s)
        || name.endsWith(u".lan"_s) || name.endsWith(u".home.arpa"_s);
}
} // namespace

QString SignInDialog::httpHint(const SignInProblem &problem, const QUrl &httpsAssumed)
{
    using Kind = SignInProblem::Kind;
    if (httpsAssumed.isEmpty() || !isLocalHost(httpsAssumed.host())
        || (problem.kind != Kind::Unreachable && problem.kind != Kind::Tls
            && problem.kind != Kind::NotActiTime))
        return {};
    QUrl http = httpsAssumed;
    http.setScheme(u"http"_s);
    return tr("ActiDesk tried https://. If this server uses plain http, type %1 instead.")
        .arg(http.toString(QUrl::StripTrailingSlash));
}

void SignInDialog::showProblem(const SignInProblem &problem)
{
    m_problem = problem;
    if (!problem.isProblem()) {
        m_countdown.stop();
        hideMessage();
        updateButtons();
        return;
    }
    showMessage(problem.messageAt(m_clock->now()));
    if (const QString hint = httpHint(problem, m_httpsAssumed); !hint.isEmpty())
        m_problemText->setText(m_problemText->text() + u' ' + hint);
    if (problem.retryAt)
        m_countdown.start();
    else
        m_countdown.stop();
    if (problem.kind == SignInProblem::Kind::BadCredentials) {
        m_password->setFocus();
        m_password->selectAll();
    }
    updateButtons();
}

QString SignInDialog::problemText() const
{
    return m_problemFrame->isHidden() ? QString() : m_problemText->text();
}

void SignInDialog::tick()
{
    const QDateTime now = m_clock->now();
    m_problemText->setText(m_problem.messageAt(now));
    if (!m_problem.retryAt || now >= *m_problem.retryAt)
        m_countdown.stop();
    updateButtons();
}

void SignInDialog::updateButtons()
{
    const bool waiting = m_problem.retryAt && m_clock->now() < *m_problem.retryAt;
    m_signIn->setEnabled(!m_busy && !waiting);
    // Disabling a default button drops its default state; Enter must sign in again afterwards.
    if (m_signIn->isEnabled())
        m_signIn->setDefault(true);
    m_signIn->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
}

void SignInDialog::showMessage(const QString &text)
{
    // A wait is no mistake of the user's: shown calmer than an error.
    const bool wait = m_problem.retryAt.has_value();
    m_problemIcon->setPixmap(
        style()
            ->standardIcon(wait ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning)
            .pixmap(24, 24));
    // Explicit colours on both background and text, so the note reads in light and dark themes.
    m_problemFrame->setStyleSheet(
        wait ? u"#signInProblem { background: #fff7e0; border: 1px solid #e8c46a; "
               "border-radius: 6px; } #signInProblem QLabel { color: #4a3800; }"_s
             : u"#signInProblem { background: #fdeceb; border: 1px solid #e6a6a1; "
               "border-radius: 6px; } #signInProblem QLabel { color: #5b1a14; }"_s);
    m_problemText->setText(text);
    m_problemFrame->show();
    growToFit();
}

void SignInDialog::growToFit()
{
    // A dialog already shown keeps its size; a longer message must not be cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SignInDialog::hideMessage()
{
    m_problemFrame->hide();
    m_problemText->clear();
}

void SignInDialog::submit()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    m_problem = {};
    const ServerAddress address = ServerAddress::parse(m_server->currentText(), allowsPlainHttp());
    if (!address.isValid()) {
        if (address.problem() == ServerAddress::Problem::InsecureHttp)
            showMessage(address.errorMessage() + u' '
                        + tr("Or, for a server on a network you trust, tick \"Allow plain http "
                             "for this server\"."));
        else
            showMessage(address.errorMessage());
        m_server->setFocus();
        m_server->lineEdit()->selectAll();
        return;
    }
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        showMessage(tr("Enter your actiTIME login."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    hideMessage();
    m_httpsAssumed = !m_server->currentText().contains(u"://"_s)
            && address.installationUrl().scheme() == u"https"_s
        ? address.installationUrl()
        : QUrl();
    // Show the address as it will be used (e.g. https:// added).
    const bool plainHttp = allowsPlainHttp();
    m_server->setEditText(address.installationUrl().toString());
    if (plainHttp)
        Q_EMIT plainHttpConsent(address.installationUrl(), true);
    Q_EMIT signInRequested(Account{address.installationUrl(), login, {}}, m_password->text(),
                           m_remember->isChecked());
}

} // namespace actidesk
