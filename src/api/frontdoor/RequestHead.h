// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of an HTTP/1.x request head from the network. Strict where leniency lets two
// parsers disagree (request smuggling): one framing per request, no folded lines, no whitespace
// before a colon, decimal Content-Length only. Bounded: the caller never buffers more than the
// limits below before getting an answer.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace vman::frontdoor {

struct HeadLimits
{
    int maxRequestLine = 8 * 1024; // 414 beyond
    int maxHead = 64 * 1024;       // 431 beyond (request line and fields together)
    // 431 beyond. Qt HTTP Server 6.4 silently drops every header of a request with more than 100
    // fields; the guard adds at most one (Content-Length) when it forwards a request.
    int maxFields = 96;
};

// Why a head was refused: the status to answer and a short reason for the client.
struct HeadError
{
    int status = 0; // 0: no error (yet)
    QByteArray reason;
};

struct RequestHead
{
    QByteArray method;  // as sent: an upper-case token
    QByteArray target;  // origin-form: "/path?query"
    int minorVersion = 1; // HTTP/1.<minorVersion>, 0 or 1
    QList<QPair<QByteArray, QByteArray>> fields; // names as sent, values trimmed

    // First value of a field (names compared case-insensitively); null if absent.
    QByteArray value(const QByteArray &name) const;
    int count(const QByteArray &name) const;
    // Whether a comma-separated field (Connection) lists a token, case-insensitively.
    bool hasToken(const QByteArray &name, const QByteArray &token) const;
};

// How the body that follows the head is framed.
struct BodyFraming
{
    enum class Kind { None, Length, Chunked } kind = Kind::None;
    qint64 length = 0; // Kind::Length
};

// Where the head ends in `buffer` (the index just past its blank line), or nullopt while it is
// incomplete; `from` is how far an earlier call with a prefix of `buffer` scanned. Sets `error` (and returns nullopt) when the bytes so far already break a limit.
std::optional<qsizetype> findHeadEnd(const QByteArray &buffer, const HeadLimits &limits, HeadError *error, qsizetype from = 0);

// Parses a complete head (as delimited by findHeadEnd). nullopt with `error` set when malformed.
std::optional<RequestHead> parseHead(const QByteArray &head, const HeadLimits &limits, HeadError *error);

// The body framing a parsed head declares: Content-Length (every copy the same non-negative
// decimal) or `Transfer-Encoding: chunked` alone. Both, or anything else: error 400 (501 for an
// unknown transfer coding).
std::optional<BodyFraming> bodyFraming(const RequestHead &head, HeadError *error);

} // namespace vman::frontdoor
