// libFuzzer target: the emulator's batch endpoint (POST /batch). The bytes are the body, an
// array of operations whose relative URLs, methods and bodies reach every route. The whole answer
// and every operation's result must keep the server's contract: a 200 array with one result per
// operation, each with a status below 500 and, for errors, a key and a message.

#include "emulatorharness.h"

#include <QJsonArray>

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const emu::HttpResponse answer = fuzz::askEmulator("POST", u"/api/v1/batch"_s, {}, body);
    if (answer.status != 200)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
    fuzz::require(doc.isArray(), "batch answer is not an array");
    const QJsonArray sent = QJsonDocument::fromJson(body).array();
    fuzz::require(doc.array().size() == sent.size(), "one result per operation");
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject result = value.toObject();
        const int status = result.value(u"status"_s).toInt();
        fuzz::require(status >= 200 && status < 500, "operation status", QString::number(status));
        if (status >= 400 && result.contains(u"body"_s)) {
            const QJsonObject error = result.value(u"body"_s).toObject();
            fuzz::require(!error.value(u"message"_s).toString().isEmpty(),
                          "operation error without a message");
        }
    }
    return 0;
}
