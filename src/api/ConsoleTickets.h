// SPDX-License-Identifier: GPL-3.0-or-later
// Console tickets: what a browser shows instead of the API token when it opens a console
// WebSocket (browsers cannot set headers on one). A ticket is random, bound to one VM, valid for a
// short time and good for one connection, as Proxmox's vncproxy tickets are. Only digests are
// kept, so neither a lookup's timing nor a memory dump gives a live ticket away.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

namespace vman {

class ConsoleTickets final
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit ConsoleTickets(qint64 lifetimeMs = 30'000, Clock clock = {});

    struct Issued
    {
        QByteArray ticket; // URL-safe base64 of 32 random bytes
        QDateTime expiresAt;
    };
    Issued issue(const QString &vmId);

    enum class Redeemed { Valid, Unknown, Expired, OtherVm };
    // Consumes the ticket whatever the outcome: a ticket is tried once.
    Redeemed redeem(const QByteArray &ticket, const QString &vmId);
    static QString describe(Redeemed outcome);

    int outstanding() const { return int(m_tickets.size()); }
    static constexpr int kMaxOutstanding = 1024; // beyond this, the oldest are dropped

private:
    struct Entry
    {
        QString vmId;
        qint64 expiresMs = 0;
        qint64 issuedMs = 0;
    };
    void prune(qint64 now);

    qint64 m_lifetimeMs;
    Clock m_clock;
    QHash<QByteArray, Entry> m_tickets; // by SHA-256 of the ticket
};

} // namespace vman
