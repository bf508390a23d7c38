// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of bytes from a guest agent channel. They come from inside the guest, so they
// are untrusted: JSON lines within a bound, and the 0xFF sentinel of guest-sync-delimited, before
// which everything is dropped (the leftovers of earlier exchanges). Pure; unit-tested and fuzzed.
#pragma once

#include "QmpLineReader.h"
#include "Types.h"

#include <QJsonValue>

namespace vman::qemu {

class GuestAgentReader final
{
public:
    explicit GuestAgentReader(qsizetype maxLineBytes) : m_lines(maxLineBytes) {}

    // Drop everything up to and including the next 0xFF byte (sent by the agent before its reply
    // to guest-sync-delimited). Also clears an earlier error.
    void expectSentinel();
    bool waitingForSentinel() const { return m_waiting; }
    // The complete replies now available; after a malformed line: what came before it, and
    // failed() until the next expectSentinel().
    QList<QJsonObject> feed(const QByteArray &bytes);
    bool failed() const { return m_lines.failed(); }
    QString error() const { return m_lines.error(); }

private:
    QmpLineReader m_lines;
    bool m_waiting = false;
};

// The guest as the agent's answers describe it (each may be missing: an older agent lacks
// guest-get-osinfo). Strings are cut to sane lengths and the address list is bounded: the guest
// decides what these say.
GuestInfo guestInfoFrom(const QJsonValue &info, const QJsonValue &osInfo, const QJsonValue &hostName, const QJsonValue &interfaces);

} // namespace vman::qemu
