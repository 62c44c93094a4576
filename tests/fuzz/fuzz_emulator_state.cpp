// libFuzzer target: the emulator's state-file loader (datasetjson::load, what --state reads at
// start-up). A refusal must say why; an accepted document must round-trip: saved again and
// loaded again, it gives the same document (nothing half-read, nothing invented).

#include "datasetjson.h"
#include "fuzzcontract.h"

#include <QJsonDocument>

#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonObject document = QJsonDocument::fromJson(bytes).object();

    emu::Dataset loaded;
    QString error;
    if (!emu::datasetjson::load(document, &loaded, &error)) {
        fuzz::require(!error.isEmpty(), "a refused state without a reason");
        return 0;
    }
    fuzz::require(error.isEmpty(), "an accepted state with an error", error);

    const QJsonObject saved = emu::datasetjson::save(loaded);
    emu::Dataset again;
    QString againError;
    fuzz::require(emu::datasetjson::load(saved, &again, &againError),
                  "a saved state is refused on reload", againError);
    const QJsonObject resaved = emu::datasetjson::save(again);
    fuzz::require(saved == resaved, "state does not round-trip",
                  QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact).left(400)));
    return 0;
}
