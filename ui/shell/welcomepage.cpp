#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace actidesk {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(tr("<h2>Welcome to ActiDesk</h2>"), this);
    heading->setAlignment(Qt::AlignCenter);
    m_message = new QLabel(
        tr("Sign in to your actiTIME server, or try ActiDesk with the bundled demo data."), this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_signIn = new QPushButton(tr("Sign In…"), this);
    m_signIn->setDefault(true);
    m_demo = new QPushButton(tr("Try the Demo"), this);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_demo);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
}

void WelcomePage::setMessage(const QString &message)
{
    m_message->setText(message);
}

void WelcomePage::setDemoOffered(bool offered)
{
    m_demo->setVisible(offered);
}

QString WelcomePage::message() const
{
    return m_message->text();
}

} // namespace actidesk
