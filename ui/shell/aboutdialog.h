#pragma once

#include "reference.h"

#include <QDialog>

#include <optional>

class QLabel;

namespace actidesk {

// Help → About ActiDesk: the version (ACTIDESK_VERSION), the licence (as
// packaging/debian/copyright states it), the Qt versions (built with, running on) and the
// server of the account in use: its address, company and id as /info reports them, and its
// version — which the actiTIME API does not report, so the dialog says so.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    // `server` is the account in use's server name (empty: not signed in); `info` its /info as
    // last read (nullopt: not read yet).
    AboutDialog(const QString &server, const std::optional<ServerInfo> &info,
                QWidget *parent = nullptr);

    QString text() const; // everything shown, as plain text (for tests)

private:
    QLabel *m_text;
};

} // namespace actidesk
