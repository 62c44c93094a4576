#pragma once

// Shared by the tst_actitimeclient*.cpp suites: a signed-in client on its own queue, waiting for a
// call, and a log of what reached the emulator.

#include "actitimeclient.h"
#include "emulator.h"
#include "requestqueue.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

namespace clienttest {

// One account: a queue with quick retries and the typed client on it.
struct Session
{
    Session(const QUrl &apiUrl, const QString &login, const QString &password)
        : queue(&network, apiUrl), client(queue)
    {
        queue.setCredentials(login, password);
        queue.setRetryPolicy({4, 10, 100, 0.5, 20});
    }

    QNetworkAccessManager network;
    actidesk::RequestQueue queue;
    actidesk::ActiTimeClient client;
};

// Takes ownership of a call and waits until it finished (or the timeout passed).
template<class Call>
std::unique_ptr<Call> finish(Call *call, int timeoutMs = 10000)
{
    std::unique_ptr<Call> owned(call);
    // A call still running afterwards fails the test through isFinished()/isOk() checks.
    (void)QTest::qWaitFor([&owned]() { return owned->isFinished(); }, timeoutMs);
    return owned;
}

// "METHOD /path?query" of every request that reached the emulator, in order (a batch is one).
class RequestLog
{
public:
    explicit RequestLog(emu::Emulator &emulator)
    {
        emulator.setObserver([this](const emu::HttpRequest &request, const emu::HttpResponse &) {
            QString line = QString::fromLatin1(request.method) + u' ' + request.path;
            if (!request.rawQuery.isEmpty())
                line += u'?' + QString::fromLatin1(request.rawQuery);
            m_lines.append(line);
        });
    }
    const QStringList &lines() const { return m_lines; }
    int count(const QString &prefix) const
    {
        int n = 0;
        for (const QString &line : m_lines)
            n += line.startsWith(prefix) ? 1 : 0;
        return n;
    }

private:
    QStringList m_lines;
};

} // namespace clienttest

// QVERIFY that a call succeeded, printing the error otherwise.
#define VERIFY_OK(call)                                                                            \
    QVERIFY2(                                                                                      \
        (call)->isOk(),                                                                            \
        qPrintable((call)->isFinished() ? (call)->error().message : QStringLiteral("timeout")))
