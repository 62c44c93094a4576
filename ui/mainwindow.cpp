#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("ActiDesk"));
    resize(960, 640);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *title = new QLabel(tr("<h1>ActiDesk</h1><p>A desktop client for actiTIME.</p>"), central);
    m_body = new QLabel(central);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(m_body);
    layout->addStretch();
    setCentralWidget(central);
}

void MainWindow::showDemo(const DemoInfo &info)
{
    setWindowTitle(tr("ActiDesk — demo"));
    m_body->setText(
        tr("<p>Demo mode: the bundled actiTIME-compatible server is running at <b>%1</b>.</p>"
           "<p>Sign-ins: employee <b>%2</b> / <b>%3</b>, manager <b>%4</b> / <b>%5</b>, "
           "administrator <b>admin</b> / <b>manager</b>.</p>"
           "<p>Try it with curl: <tt>curl -u %2:%3 %1/api/v1/users/me</tt></p>"
           "<p>Demo edits are kept in <tt>%6</tt>.</p>")
            .arg(info.serverUrl.toString(), info.employeeLogin.toHtmlEscaped(),
                 info.employeePassword.toHtmlEscaped(), info.managerLogin.toHtmlEscaped(),
                 info.managerPassword.toHtmlEscaped(), info.stateFile.toHtmlEscaped()));
    statusBar()->showMessage(tr("Demo server: %1").arg(info.serverUrl.toString()));
}
