#include "serveraddress.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace actidesk {

ServerAddress ServerAddress::parse(const QString &input, bool allowInsecureHttp)
{
    ServerAddress result;
    QString text = input.trimmed();
    if (text.isEmpty())
        return result;
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        result.m_problem = Problem::Invalid;
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s) {
        result.m_problem = Problem::UnsupportedScheme;
        return result;
    }
    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());
    // Every trailing "/api/v1" and '/' goes, not just the last: otherwise ".../api/v1//api/v1"
    // normalises to ".../api/v1", which parses to something else again (found by fuzzing).
    QString path = url.path();
    for (bool more = true; more;) {
        more = false;
        while (path.endsWith(u'/')) {
            path.chop(1);
            more = true;
        }
        if (path.endsWith(u"/api/v1"_s, Qt::CaseInsensitive)) {
            path.chop(7);
            more = true;
        }
    }
    // A path with white space or control characters is no server address, and shown again it would
    // not parse to the same thing: typed text is trimmed (found by fuzzing: ".../a%20").
    if (std::any_of(path.cbegin(), path.cend(),
                    [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; })) {
        result.m_problem = Problem::Invalid;
        return result;
    }
    url.setPath(path);
    result.m_url = url;
    result.m_problem = Problem::None;
    if (scheme == u"http"_s && !allowInsecureHttp && !result.isLoopback())
        result.m_problem = Problem::InsecureHttp;
    return result;
}

bool ServerAddress::isLoopback() const
{
    const QString host = m_url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl ServerAddress::apiUrl() const
{
    QUrl url = m_url;
    url.setPath(m_url.path() + u"/api/v1"_s);
    return url;
}

QString ServerAddress::errorMessage() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("ServerAddress",
                                           "Enter the address of your actiTIME server.");
    case Problem::Invalid:
        return QCoreApplication::translate(
            "ServerAddress",
            "This is not a valid server address. Example: https://actitime.example.com");
    case Problem::UnsupportedScheme:
        return QCoreApplication::translate(
            "ServerAddress", "The server address must start with https:// or http://.");
    case Problem::InsecureHttp:
        return QCoreApplication::translate(
            "ServerAddress",
            "Plain http would send your password unencrypted. Use the server's https:// "
            "address.");
    }
    return {};
}

} // namespace actidesk
