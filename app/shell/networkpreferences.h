#pragma once

#include <QCoreApplication>
#include <QString>

namespace actidesk {

// How the app reaches servers: the proxy (the system's, none, or one host and port) and an
// extra CA certificate file to trust (a company's own CA for an in-house actiTIME). Kept with
// QSettings; apply() sets them for the whole process (the application proxy and the default TLS
// configuration every request starts from), so every account and the CLI see the same.
struct NetworkPreferences
{
    Q_DECLARE_TR_FUNCTIONS(actidesk::NetworkPreferences)
public:
    enum class Proxy { System, None, Manual };
    Proxy proxy = Proxy::System;
    QString proxyHost;
    int proxyPort = 8080;
    QString caFile; // PEM; empty: only the system's CAs

    static NetworkPreferences load();
    void save() const;
    // Empty when applied; else a sentence for the user (nothing of the failing part is applied).
    [[nodiscard]] QString apply() const;
    // Checks without applying (the Preferences dialog's OK).
    [[nodiscard]] QString check() const;
    friend bool operator==(const NetworkPreferences &, const NetworkPreferences &) = default;
};

} // namespace actidesk
