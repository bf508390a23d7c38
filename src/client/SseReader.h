// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a text/event-stream (Server-Sent Events, as the WHATWG HTML standard defines it) as it
// arrives, in pieces of any size: the one reader of a remote VMAN's event bytes (fuzzed).
#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace vman::client {

struct SseEvent
{
    QByteArray id;     // the last `id:` seen (the stream's, carried over as the standard says)
    QByteArray type;   // `event:`; "message" when none was given
    QByteArray data;   // `data:` lines joined by "\n"
};

class SseReader final
{
public:
    // One line, and the data of one event: the `lists` event that opens a mirror's stream is one
    // line of about 500 bytes per VM (64 MiB: some 130,000 VMs).
    static constexpr qsizetype kMaxLine = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxEvent = 64 * 1024 * 1024;
    static constexpr qsizetype kMaxComments = 16;
    static constexpr qsizetype kMaxCommentLength = 256;

    // Takes the next bytes; returns the events they complete. After an error, nothing more is read.
    QList<SseEvent> feed(const QByteArray &bytes);
    bool failed() const { return !m_error.isEmpty(); }
    QByteArray error() const { return m_error; }
    // The id of the last event dispatched (what Last-Event-ID sends on reconnect).
    QByteArray lastEventId() const { return m_lastId; }
    // The reconnection time the server asked for (`retry:`), or -1.
    qint64 retryMs() const { return m_retryMs; }
    // Comment lines seen since the last call (without the colon), at most the newest 16.
    QList<QByteArray> takeComments() { return std::exchange(m_comments, {}); }

private:
    void line(const QByteArray &text, QList<SseEvent> *out);

    QByteArray m_pending; // an incomplete line
    bool m_skipLineFeed = false; // a CR ended the last line: a LF right after belongs to it
    bool m_started = false;      // the byte order mark is skipped once
    QByteArray m_idBuffer; // `id:` of the event being read
    QByteArray m_lastId;   // of the last event dispatched
    QByteArray m_type;
    QByteArray m_data;
    bool m_hasData = false;
    qint64 m_retryMs = -1;
    QByteArray m_error;
    QList<QByteArray> m_comments;
};

} // namespace vman::client
