// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestHead.h"

#include <cctype>

namespace vman::frontdoor {

namespace {

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (char c : bytes) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isFieldValueByte(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

QByteArray trimOws(const QByteArray &bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && (bytes.at(begin) == ' ' || bytes.at(begin) == '\t'))
        ++begin;
    while (end > begin && (bytes.at(end - 1) == ' ' || bytes.at(end - 1) == '\t'))
        --end;
    return bytes.mid(begin, end - begin);
}

std::nullopt_t fail(HeadError *error, int status, const char *reason)
{
    if (error)
        *error = HeadError{status, QByteArray(reason)};
    return std::nullopt;
}

// Every comma-separated element of every copy of a field.
QList<QByteArray> listElements(const RequestHead &head, const QByteArray &name)
{
    QList<QByteArray> elements;
    for (const auto &field : head.fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : field.second.split(','))
            elements.append(trimOws(part));
    }
    return elements;
}

} // namespace

QByteArray RequestHead::value(const QByteArray &name) const
{
    for (const auto &field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return QByteArray();
}

int RequestHead::count(const QByteArray &name) const
{
    int n = 0;
    for (const auto &field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            ++n;
    }
    return n;
}

bool RequestHead::hasToken(const QByteArray &name, const QByteArray &token) const
{
    for (const QByteArray &element : listElements(*this, name)) {
        if (element.compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<qsizetype> findHeadEnd(const QByteArray &buffer, const HeadLimits &limits, HeadError *error, qsizetype from)
{
    const qsizetype firstLf = buffer.indexOf('\n');
    if ((firstLf < 0 && buffer.size() > limits.maxRequestLine) || firstLf > limits.maxRequestLine)
        return fail(error, 414, "request line too long");
    // The blank line ends the head: "\n\n" or "\n\r\n". Resume where the last call stopped, so a
    // head that trickles in byte by byte is scanned once, not once per byte.
    for (qsizetype lf = buffer.indexOf('\n', qMax<qsizetype>(0, from - 2)); lf >= 0; lf = buffer.indexOf('\n', lf + 1)) {
        qsizetype next = lf + 1;
        if (next < buffer.size() && buffer.at(next) == '\r')
            ++next;
        if (next < buffer.size() && buffer.at(next) == '\n') {
            if (next + 1 > limits.maxHead)
                return fail(error, 431, "request head too large");
            return next + 1;
        }
    }
    if (buffer.size() > limits.maxHead)
        return fail(error, 431, "request head too large");
    if (error)
        *error = HeadError{0, QByteArray()};
    return std::nullopt;
}

std::optional<RequestHead> parseHead(const QByteArray &head, const HeadLimits &limits, HeadError *error)
{
    QList<QByteArray> lines = head.split('\n');
    // The split leaves the two empty pieces of the final blank line.
    while (!lines.isEmpty() && (lines.last().isEmpty() || lines.last() == "\r"))
        lines.removeLast();
    if (lines.isEmpty())
        return fail(error, 400, "empty request");
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return fail(error, 400, "bare CR in the request head");
    }

    RequestHead result;
    const QByteArray &requestLine = lines.first();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return fail(error, 400, "malformed request line");
    result.method = parts.at(0);
    result.target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (!isToken(result.method))
        return fail(error, 400, "malformed method");
    if (result.target.isEmpty() || result.target.at(0) != '/')
        return fail(error, 400, "the request target must be a path (origin-form)");
    for (char c : result.target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return fail(error, 400, "invalid character in the request target");
    }
    if (version == "HTTP/1.1") {
        result.minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        result.minorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && std::isdigit(static_cast<unsigned char>(version.at(5)))
               && version.at(6) == '.' && std::isdigit(static_cast<unsigned char>(version.at(7)))) {
        return fail(error, 505, "HTTP version not supported");
    } else {
        return fail(error, 400, "malformed HTTP version");
    }

    if (lines.size() - 1 > limits.maxFields)
        return fail(error, 431, "too many header fields");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            return fail(error, 400, "blank line inside the request head");
        if (line.at(0) == ' ' || line.at(0) == '\t')
            return fail(error, 400, "folded header lines are not accepted");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(error, 400, "malformed header field");
        const QByteArray name = line.left(colon);
        if (!isToken(name))
            return fail(error, 400, "malformed header field name");
        const QByteArray value = trimOws(line.mid(colon + 1));
        for (char c : value) {
            if (!isFieldValueByte(static_cast<unsigned char>(c)))
                return fail(error, 400, "control character in a header field value");
        }
        result.fields.append({name, value});
    }
    return result;
}

std::optional<BodyFraming> bodyFraming(const RequestHead &head, HeadError *error)
{
    const bool hasLength = head.count("Content-Length") > 0;
    if (head.count("Transfer-Encoding") > 0) {
        if (hasLength)
            return fail(error, 400, "both Content-Length and Transfer-Encoding");
        if (head.minorVersion == 0)
            return fail(error, 400, "Transfer-Encoding in an HTTP/1.0 request");
        const QList<QByteArray> codings = listElements(head, "Transfer-Encoding");
        if (codings.size() != 1 || codings.first().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(error, 501, "only 'Transfer-Encoding: chunked' is supported");
        return BodyFraming{BodyFraming::Kind::Chunked, 0};
    }
    if (!hasLength)
        return BodyFraming{};
    qint64 length = -1;
    for (const QByteArray &element : listElements(head, "Content-Length")) {
        // Decimal digits only: no sign, no hex, no spaces; 18 digits cannot overflow a qint64.
        if (element.isEmpty() || element.size() > 18)
            return fail(error, 400, "invalid Content-Length");
        for (char c : element) {
            if (c < '0' || c > '9')
                return fail(error, 400, "invalid Content-Length");
        }
        const qint64 value = element.toLongLong();
        if (length >= 0 && value != length)
            return fail(error, 400, "conflicting Content-Length values");
        length = value;
    }
    return BodyFraming{BodyFraming::Kind::Length, length};
}

} // namespace vman::frontdoor
