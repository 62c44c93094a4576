#pragma once

#include <QDialog>

class QTextBrowser;

namespace actidesk {

// Help → User Guide: a short guide (signing in, the week, offline and the outbox, conflicts,
// leave, tasks, review, timer and tray, export and the command line), one HTML resource per
// language (resources/guide/guide_<language>.html), in the language of the interface, English
// where there is none.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The resource shown for `language` ("de", "ru_RU", …).
    static QString resourceFor(const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace actidesk
