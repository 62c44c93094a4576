#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace actidesk {

// What the window shows while no account's data may be shown: at first start (nobody signed in
// yet) and after signing out. Never an endless "Opening…": there is always a way on.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The line under the heading, e.g. "You signed out of actitime.example.com."
    void setMessage(const QString &message);
    // The demo button is offered where a demo can be started (first start, demo mode).
    void setDemoOffered(bool offered);

    QString message() const;
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void signInRequested();
    void demoRequested();

private:
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace actidesk
