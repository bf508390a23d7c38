// SPDX-License-Identifier: GPL-3.0-or-later
// Decodes a `Transfer-Encoding: chunked` request body incrementally, into a bounded buffer, so the
// request can be forwarded with a plain Content-Length. Chunk sizes are strict hex without sign
// or spaces; extensions are skipped; trailer fields are read and dropped. Anything else is an error.
#pragma once

#include <QByteArray>

#include <utility>

namespace vman::frontdoor {

class ChunkedBody final
{
public:
    enum class Result { NeedMore, Complete, Malformed, TooLarge };

    explicit ChunkedBody(qint64 maxBody) : m_maxBody(maxBody) {}

    // Consumes bytes from the front of `input` (what it used is removed; bytes after the end of
    // the body stay for the next request).
    Result feed(QByteArray &input);
    const QByteArray &body() const { return m_body; }
    QByteArray takeBody() { return std::exchange(m_body, QByteArray()); }

    static constexpr int kMaxLine = 4096; // a size line with its extensions, or a trailer line
    static constexpr int kMaxTrailerBytes = 16 * 1024;

private:
    enum class State { Size, Data, DataEnd, Trailer, Done };
    // Takes one line (without its CRLF) from `input`; false while it is incomplete.
    bool takeLine(QByteArray &input, QByteArray *line, Result *error);

    qint64 m_maxBody;
    State m_state = State::Size;
    qint64 m_chunkLeft = 0;
    qint64 m_trailerBytes = 0;
    QByteArray m_body;
};

} // namespace vman::frontdoor
