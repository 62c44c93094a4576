#pragma once

#include <QString>
#include <QUrl>

namespace actidesk {

// The actiTIME installation a user typed, normalised: "demo.actitime.com",
// "https://host/tenant/", "https://host/api/v1" all name an installation URL without /api/v1.
// https is assumed when no scheme is given; plain http is accepted only for loopback servers or
// when the user explicitly allows it, because the password travels in every request.
class ServerAddress
{
public:
    enum class Problem { None, Empty, Invalid, UnsupportedScheme, InsecureHttp };

    static ServerAddress parse(const QString &input, bool allowInsecureHttp = false);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    QString errorMessage() const; // for the user

    QUrl installationUrl() const { return m_url; } // https://host/tenant
    QUrl apiUrl() const; // https://host/tenant/api/v1
    bool isLoopback() const;

private:
    QUrl m_url;
    Problem m_problem = Problem::Empty;
};

} // namespace actidesk
