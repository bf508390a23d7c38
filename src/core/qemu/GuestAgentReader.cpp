// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuestAgentReader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vman::qemu {

void GuestAgentReader::expectSentinel()
{
    m_lines.reset();
    m_waiting = true;
}

QList<QJsonObject> GuestAgentReader::feed(const QByteArray &bytes)
{
    if (!m_waiting)
        return m_lines.feed(bytes);
    const qsizetype sentinel = bytes.indexOf('\xff');
    if (sentinel < 0)
        return {};
    m_waiting = false;
    return m_lines.feed(bytes.mid(sentinel + 1));
}

GuestInfo guestInfoFrom(const QJsonValue &info, const QJsonValue &osInfo, const QJsonValue &hostName, const QJsonValue &interfaces)
{
    constexpr int kMaxText = 200;
    constexpr int kMaxAddresses = 32;
    auto text = [](const QJsonValue &value) {
        QString s = value.toString().left(kMaxText);
        for (QChar &c : s) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = QLatin1Char(' ');
        }
        return s.trimmed();
    };
    GuestInfo guest;
    guest.agent = true;
    guest.agentVersion = text(info.toObject().value(QLatin1String("version")));
    const QJsonObject os = osInfo.toObject();
    guest.os = text(os.value(QLatin1String("pretty-name")));
    if (guest.os.isEmpty())
        guest.os = text(os.value(QLatin1String("name")));
    guest.osId = text(os.value(QLatin1String("id")));
    guest.kernel = text(os.value(QLatin1String("kernel-release")));
    guest.hostname = text(hostName.toObject().value(QLatin1String("host-name")));
    const QJsonArray nics = interfaces.toArray();
    for (const QJsonValue &nic : nics) {
        const QJsonArray addresses = nic.toObject().value(QLatin1String("ip-addresses")).toArray();
        for (const QJsonValue &entry : addresses) {
            const QString address = text(entry.toObject().value(QLatin1String("ip-address")));
            // Loopback and link-local addresses say nothing about how to reach the guest.
            if (address.isEmpty() || address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1")
                || address.startsWith(QLatin1String("fe80:"), Qt::CaseInsensitive) || address.startsWith(QLatin1String("169.254.")))
                continue;
            if (guest.ipAddresses.size() < kMaxAddresses && !guest.ipAddresses.contains(address))
                guest.ipAddresses.append(address);
        }
    }
    return guest;
}

} // namespace vman::qemu
