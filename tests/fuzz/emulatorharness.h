// Shared by the emulator's fuzz targets: one request against the emulator, its data reset to the
// contract dataset (so every input starts from the same state), signed in as the administrator, who
// may call every endpoint. The answer must keep the server's contract whatever the request held: no
// 5xx (an unexpected exception or a bug would show as one, or as a crash), and every error is an
// actiTIME error body with a key and a message the client can show.
#pragma once

#include "emulator.h"
#include "fuzzcontract.h"
#include "testdataset.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fuzz {

inline emu::HttpResponse askEmulator(const QByteArray &method, const QString &path,
                                     const QByteArray &rawQuery, const QByteArray &body)
{
    using namespace Qt::StringLiterals;
    static const emu::Dataset dataset = testdata::contractDataset();
    static const emu::ManualClock clock(
        QDateTime(testdata::kWeekStart, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    static emu::Emulator emulator = [] {
        emu::EmulatorOptions options;
        options.rateLimits.enabled = false;
        return emu::Emulator(dataset, clock, options);
    }();
    emulator.data() = dataset; // every input starts from the same state

    emu::HttpRequest request;
    request.method = method;
    request.path = path;
    request.rawQuery = rawQuery;
    request.body = body;
    request.peer = QHostAddress(QHostAddress::LocalHost);
    request.headers.insert("authorization", "Basic " + QByteArray("admin:manager").toBase64());
    request.headers.insert("content-type", "application/json");
    const emu::HttpResponse response = emulator.handle(request);

    const QString where = QString::fromLatin1(method) + u' ' + path;
    require(response.status >= 200 && response.status < 500, "status", where);
    if (response.status >= 400) {
        const QJsonObject error = QJsonDocument::fromJson(response.body).object();
        require(!error.value(u"key"_s).toString().isEmpty(), "error without a key", where);
        require(!error.value(u"message"_s).toString().isEmpty(), "error without a message", where);
    } else if (!response.body.isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(response.body, &parseError);
        require(parseError.error == QJsonParseError::NoError, "answer is not JSON", where);
    }
    return response;
}

} // namespace fuzz
