#include "networkpreferences.h"

#include <QFile>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <optional>

using namespace Qt::StringLiterals;

namespace actidesk {

namespace {

QList<QSslCertificate> readCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = NetworkPreferences::tr("The CA certificate file %1 cannot be read: %2")
                     .arg(path, file.errorString());
        return {};
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromDevice(&file, QSsl::Pem);
    if (certificates.isEmpty()) {
        file.seek(0);
        certificates = QSslCertificate::fromDevice(&file, QSsl::Der);
    }
    if (certificates.isEmpty())
        *error = NetworkPreferences::tr("%1 holds no certificate (PEM or DER).").arg(path);
    return certificates;
}

} // namespace

NetworkPreferences NetworkPreferences::load()
{
    const QSettings settings;
    NetworkPreferences result;
    const QString proxy = settings.value(u"network/proxy"_s).toString();
    result.proxy = proxy == u"none"_s ? Proxy::None
        : proxy == u"manual"_s        ? Proxy::Manual
                                      : Proxy::System;
    result.proxyHost = settings.value(u"network/proxyHost"_s).toString();
    result.proxyPort = qBound(1, settings.value(u"network/proxyPort"_s, 8080).toInt(), 65535);
    result.caFile = settings.value(u"network/caFile"_s).toString();
    return result;
}

void NetworkPreferences::save() const
{
    QSettings settings;
    settings.setValue(u"network/proxy"_s,
                      proxy == Proxy::None         ? u"none"_s
                          : proxy == Proxy::Manual ? u"manual"_s
                                                   : u"system"_s);
    settings.setValue(u"network/proxyHost"_s, proxyHost);
    settings.setValue(u"network/proxyPort"_s, proxyPort);
    settings.setValue(u"network/caFile"_s, caFile);
}

QString NetworkPreferences::check() const
{
    if (proxy == Proxy::Manual && proxyHost.trimmed().isEmpty())
        return tr("Enter the proxy's host name, or choose no proxy or the system's.");
    if (proxy == Proxy::Manual && (proxyPort < 1 || proxyPort > 65535))
        return tr("The proxy port must be between 1 and 65535.");
    if (!caFile.isEmpty()) {
        QString error;
        readCertificates(caFile, &error);
        return error;
    }
    return {};
}

QString NetworkPreferences::apply() const
{
    if (const QString problem = check(); !problem.isEmpty())
        return problem;
    switch (proxy) {
    case Proxy::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Proxy::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        break;
    case Proxy::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost.trimmed(), quint16(proxyPort)));
        break;
    }
    // The default TLS configuration every request starts from: the system's CAs plus the file's.
    // Without a file it is left alone: Qt then reads the system's CAs only when a TLS connection
    // first needs them (reading and parsing them all costs about 100 ms at every start).
    static std::optional<QSslConfiguration> original; // before this app first changed it
    if (caFile.isEmpty()) {
        if (original)
            QSslConfiguration::setDefaultConfiguration(*original);
        return {};
    }
    if (!original)
        original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration tls = *original;
    tls.setCaCertificates(QSslConfiguration::systemCaCertificates());
    QString error;
    tls.addCaCertificates(readCertificates(caFile, &error));
    QSslConfiguration::setDefaultConfiguration(tls);
    return {};
}

} // namespace actidesk
