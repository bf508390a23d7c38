// SPDX-License-Identifier: GPL-3.0-or-later
// What a guest sends on its agent channel, fed in pieces with syncs in between, and its replies
// turned into the guest report: never more replies than lines, the report always bounded.
#include "GuestAgentReader.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    vman::qemu::GuestAgentReader reader(4096);
    QList<QJsonObject> replies;
    qsizetype at = 0;
    qsizetype step = 1;
    int round = 0;
    while (at < bytes.size()) {
        if (++round % 7 == 0)
            reader.expectSentinel();
        replies += reader.feed(bytes.mid(at, step));
        at += step;
        step = step * 5 % 67 + 1;
    }
    if (replies.size() > bytes.count('\n'))
        std::abort();
    QJsonValue parts[4];
    for (int i = 0; i < replies.size() && i < 4; ++i)
        parts[i] = replies.at(i).value(QLatin1String("return"));
    const vman::GuestInfo guest = vman::qemu::guestInfoFrom(parts[0], parts[1], parts[2], parts[3]);
    if (guest.ipAddresses.size() > 32 || guest.os.size() > 200 || guest.hostname.size() > 200)
        std::abort();
    for (const QString &text : {guest.os, guest.hostname, guest.kernel, guest.agentVersion}) {
        for (const QChar c : text) {
            if (c.unicode() < 0x20)
                std::abort();
        }
    }
    return 0;
}
