// SPDX-License-Identifier: GPL-3.0-or-later
// The front door's readers on arbitrary bytes: the head reader (fed in two pieces, as the network
// would), the framing rules, the policy and the re-written head, the chunked-body decoder, and
// the Accept-Encoding reader.
#include "ChunkedBody.h"
#include "ContentCoding.h"
#include "FrontDoorPolicy.h"
#include "RequestHead.h"

#include <cstdint>
#include <cstdlib>

using namespace vman::frontdoor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The Accept-Encoding reader on anything: gzip refused by name is taken only if named again.
    if (vman::api::acceptsGzip("gzip;q=0, " + bytes) && !bytes.toLower().contains("gzip"))
        std::abort();
    const HeadLimits limits;
    HeadError error;
    // Split where the first byte says: the incremental scan must agree with a whole scan.
    const qsizetype split = bytes.isEmpty() ? 0 : qsizetype(uint8_t(bytes.at(0))) % (bytes.size() + 1);
    const auto partial = findHeadEnd(bytes.left(split), limits, &error);
    const auto whole = findHeadEnd(bytes, limits, &error, partial ? 0 : split);
    if (partial && (!whole || *partial != *whole))
        std::abort();
    if (whole) {
        if (*whole > bytes.size())
            std::abort();
        if (const auto head = parseHead(bytes.left(*whole), limits, &error)) {
            FrontDoorSettings settings;
            settings.token = QStringLiteral("t0k3n");
            settings.ownHostNames = {QStringLiteral("localhost")};
            settings.corsOrigins = {QStringLiteral("http://localhost:3000")};
            settings.webSocketPath = [](const QByteArray &path) { return path.startsWith("/ws/"); };
            settings.publicPath = [](const QByteArray &path) { return path == "/page"; };
            const FrontDoorPolicy policy(settings);
            const Verdict verdict = policy.evaluate(*head);
            if (verdict.status == 0) {
                const QByteArray forwarded = forwardedHead(*head, head->value("Host"), verdict.upgrade ? 0 : 5, verdict.upgrade);
                // What Qt's parser gets is one clean head: exactly one blank line, at the end.
                if (forwarded.indexOf("\r\n\r\n") != forwarded.size() - 4)
                    std::abort();
                // An upgrade is a GET to a WebSocket path, and never passes without the token or a ticket.
                if (verdict.upgrade && (head->method != "GET" || !head->target.startsWith("/ws/") || verdict.keepAlive))
                    std::abort();
                const QByteArray authorization = head->value("Authorization").trimmed();
                const bool tokenSent = authorization.left(7).toLower() == "bearer " && authorization.mid(7).trimmed() == "t0k3n";
                if (verdict.upgrade && !tokenSent && queryValue(head->target, "ticket").isEmpty())
                    std::abort();
                // Without the token only an upgrade with a ticket and the public page pass.
                const qsizetype query = head->target.indexOf('?');
                const QByteArray path = query < 0 ? head->target : head->target.left(query);
                if (!tokenSent && !verdict.upgrade && path != "/page")
                    std::abort();
            }
        }
        ChunkedBody chunked(4096);
        QByteArray rest = bytes.mid(*whole);
        chunked.feed(rest);
        if (chunked.body().size() > 4096)
            std::abort();
    }
    return 0;
}
