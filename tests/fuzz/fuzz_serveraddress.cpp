// libFuzzer target: the client's server-address parser (what the user types in the sign-in
// dialog). A refusal always has a sentence for the user; an accepted address is an http(s) URL
// with a host, plain http only where allowed, and normalising is idempotent: the installation URL
// typed again gives the same installation URL.

#include "fuzzcontract.h"
#include "serveraddress.h"

#include <cstdint>

using namespace Qt::StringLiterals;
using actidesk::ServerAddress;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte says whether the user allowed plain http; the rest is what they typed.
    const bool allowHttp = data[0] & 1;
    const QString typed =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const ServerAddress address = ServerAddress::parse(typed, allowHttp);
    if (!address.isValid()) {
        fuzz::require(!address.errorMessage().isEmpty(), "a refusal without a message", typed);
        return 0;
    }
    const QUrl url = address.installationUrl();
    fuzz::require(url.isValid() && !url.host().isEmpty(), "accepted without a host", typed);
    fuzz::require(url.scheme() == u"https"_s || url.scheme() == u"http"_s, "scheme", typed);
    fuzz::require(url.scheme() == u"https"_s || allowHttp || address.isLoopback(),
                  "plain http accepted without consent", typed);
    fuzz::require(address.apiUrl().path().endsWith(u"/api/v1"_s), "api path", typed);

    const QString shown = url.toString();
    const ServerAddress again = ServerAddress::parse(shown, allowHttp);
    fuzz::require(again.isValid(), "the normalised address is refused", shown);
    fuzz::require(again.installationUrl() == url, "normalising is not idempotent",
                  shown + u" -> "_s + again.installationUrl().toString());
    return 0;
}
