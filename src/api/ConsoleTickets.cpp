// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleTickets.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace vman {

namespace {
QByteArray digestOf(const QByteArray &ticket)
{
    return QCryptographicHash::hash(ticket, QCryptographicHash::Sha256);
}
} // namespace

ConsoleTickets::ConsoleTickets(qint64 lifetimeMs, Clock clock) : m_lifetimeMs(lifetimeMs), m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [timer = std::make_shared<QElapsedTimer>()] {
            if (!timer->isValid())
                timer->start();
            return timer->elapsed();
        };
    }
}

ConsoleTickets::Issued ConsoleTickets::issue(const QString &vmId)
{
    const qint64 now = m_clock();
    prune(now);
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray ticket = QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tickets.insert(digestOf(ticket), Entry{vmId, now + m_lifetimeMs, now});
    return {ticket, QDateTime::currentDateTimeUtc().addMSecs(m_lifetimeMs)};
}

ConsoleTickets::Redeemed ConsoleTickets::redeem(const QByteArray &ticket, const QString &vmId)
{
    const qint64 now = m_clock();
    const auto it = m_tickets.find(digestOf(ticket));
    if (it == m_tickets.end())
        return Redeemed::Unknown;
    const Entry entry = *it;
    m_tickets.erase(it);
    if (now >= entry.expiresMs)
        return Redeemed::Expired;
    if (entry.vmId != vmId)
        return Redeemed::OtherVm;
    return Redeemed::Valid;
}

QString ConsoleTickets::describe(Redeemed outcome)
{
    switch (outcome) {
    case Redeemed::Valid: return QStringLiteral("ticket accepted");
    case Redeemed::Unknown: return QStringLiteral("unknown or already used console ticket");
    case Redeemed::Expired: return QStringLiteral("the console ticket has expired: ask for a new one just before connecting");
    case Redeemed::OtherVm: return QStringLiteral("the console ticket is for another VM");
    }
    return QString();
}

void ConsoleTickets::prune(qint64 now)
{
    for (auto it = m_tickets.begin(); it != m_tickets.end();) {
        if (now >= it->expiresMs)
            it = m_tickets.erase(it);
        else
            ++it;
    }
    while (m_tickets.size() >= kMaxOutstanding) {
        auto oldest = m_tickets.begin();
        for (auto it = m_tickets.begin(); it != m_tickets.end(); ++it) {
            if (it->issuedMs < oldest->issuedMs)
                oldest = it;
        }
        m_tickets.erase(oldest);
    }
}

} // namespace vman
