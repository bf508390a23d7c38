// SPDX-License-Identifier: GPL-3.0-or-later
#include "SseReader.h"

#include <cstring>

namespace vman::client {

namespace {

// The first CR or LF in [from, to), or null: a line of the host's lists is megabytes long, so it
// is searched with memchr rather than byte by byte.
const char *nextLineEnd(const char *from, const char *to)
{
    const auto *lf = static_cast<const char *>(std::memchr(from, '\n', size_t(to - from)));
    const auto *cr = static_cast<const char *>(std::memchr(from, '\r', size_t((lf ? lf : to) - from)));
    return cr ? cr : lf;
}

} // namespace

QList<SseEvent> SseReader::feed(const QByteArray &bytes)
{
    QList<SseEvent> out;
    if (failed())
        return out;
    QByteArray input = bytes;
    if (!m_started) {
        // A byte order mark opens the stream at most once, possibly split across pieces.
        static const QByteArray bom("\xEF\xBB\xBF");
        input.prepend(std::exchange(m_pending, {}));
        if (input.size() < bom.size() && bom.startsWith(input)) {
            m_pending = input;
            return out;
        }
        m_started = true;
        if (input.startsWith(bom))
            input.remove(0, bom.size());
    }
    const char *const begin = input.constData();
    const char *const end = begin + input.size();
    const char *start = begin;
    if (m_skipLineFeed && start < end) {
        m_skipLineFeed = false;
        if (*start == '\n')
            ++start;
    }
    while (start < end) {
        const char *lineEnd = nextLineEnd(start, end);
        if (!lineEnd)
            break;
        m_pending.append(start, lineEnd - start);
        if (m_pending.size() > kMaxLine) {
            m_error = "a line of the event stream is longer than 64 MiB";
            return out;
        }
        start = lineEnd + 1;
        if (*lineEnd == '\r') {
            // CRLF is one line end; a CR at the end of these bytes may have its LF in the next.
            if (start < end && *start == '\n')
                ++start;
            else if (start == end)
                m_skipLineFeed = true;
        }
        line(m_pending, &out);
        m_pending.clear();
        if (failed())
            return out;
    }
    m_pending.append(start, end - start);
    if (m_pending.size() > kMaxLine)
        m_error = "a line of the event stream is longer than 64 MiB";
    return out;
}

void SseReader::line(const QByteArray &text, QList<SseEvent> *out)
{
    if (text.isEmpty()) {
        // Dispatch: an event without data is no event, but its id still counts.
        m_lastId = m_idBuffer;
        if (m_hasData)
            out->append(SseEvent{m_lastId, m_type.isEmpty() ? QByteArrayLiteral("message") : m_type, m_data});
        m_type.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (text.startsWith(':')) {
        // A comment: heartbeats, and notes VMAN's own clients read (the newest few are kept).
        if (m_comments.size() >= kMaxComments)
            m_comments.removeFirst();
        m_comments.append(text.mid(1).trimmed().left(kMaxCommentLength));
        return;
    }
    const qsizetype colon = text.indexOf(':');
    const QByteArray field = colon < 0 ? text : text.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : text.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > kMaxEvent) {
            m_error = "an event of the stream is larger than 64 MiB";
            return;
        }
        if (m_hasData)
            m_data += '\n';
        m_data += value;
        m_hasData = true;
    } else if (field == "event") {
        m_type = value;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_idBuffer = value;
    } else if (field == "retry") {
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (ok && ms >= 0 && value.size() <= 10 && !value.startsWith('+'))
            m_retryMs = ms;
    }
    // Any other field is ignored, as the standard says.
}

} // namespace vman::client
