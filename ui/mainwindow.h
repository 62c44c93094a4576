#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

// The application window. For now it shows which server the session talks to and how to sign
// in; the timesheet, leave, task and review views take their places as they are built.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    struct DemoInfo
    {
        QUrl serverUrl;
        QString employeeLogin;
        QString employeePassword;
        QString managerLogin;
        QString managerPassword;
        QString stateFile;
    };
    void showDemo(const DemoInfo &info);

private:
    QLabel *m_body = nullptr;
};
