// Measures how many small authorised GETs per second the emulator serves over loopback, so it is
// known never to be the bottleneck when the client is measured. The emulator runs as its own
// process (as in CI and demo use); the load comes from QNetworkAccessManager with its six
// parallel connections per host.
//   bench_emulator_throughput [requests] [path]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int total = args.size() > 1 ? args.at(1).toInt() : 20000;
    const QString path = args.size() > 2 ? args.at(2) : u"/api/v1/typesOfWork/default"_s;
    const int inFlight = 6;

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QString::fromUtf8(ACTITIME_EMULATOR_PATH),
                 {u"--port"_s, u"0"_s, u"--no-rate-limit"_s});
    if (!server.waitForStarted(5000) || !server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench: the emulator did not start\n");
        return 1;
    }
    const QString banner = QString::fromUtf8(server.readLine()).trimmed();
    const QString base = banner.section(u' ', -1).chopped(u"/api/v1"_s.size());
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(base + path));
    request.setRawHeader("Authorization", "Basic " + QByteArray("employee:employee").toBase64());

    int started = 0;
    int finished = 0;
    int failures = 0;
    QElapsedTimer timer;
    std::function<void()> sendOne = [&]() {
        ++started;
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply]() {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++failures;
            reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                app.quit();
            else if (started < total)
                sendOne();
        });
    };
    timer.start();
    for (int i = 0; i < inFlight && i < total; ++i)
        sendOne();
    app.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    server.kill();
    server.waitForFinished();
    std::printf("emulator throughput: %d GET %s in %.2f s = %.0f requests/s (%d parallel "
                "connections, %d failed)\n",
                total, qPrintable(path), seconds, total / seconds, inFlight, failures);
    return failures == 0 ? 0 : 1;
}
