// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

namespace {

// Parses one complete response from `buffer`; false while more bytes are needed.
bool parseResponse(const QByteArray &buffer, HttpResponse *response)
{
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    HttpResponse parsed;
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    parsed.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : -1;
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(':');
        if (colon > 0)
            parsed.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = parsed.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    parsed.body = buffer.mid(headerEnd + 4, length);
    *response = parsed;
    return true;
}

} // namespace

HttpResponse HttpClient::raw(const QByteArray &bytes, int timeoutMs) const
{
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    HttpResponse response;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            // A server may answer and close before we got to write (503 when at its connection cap).
            parseResponse(socket.readAll(), &response);
            return response;
        }
        QTest::qWait(1);
    }
    socket.write(bytes);
    QByteArray buffer;
    while (timer.elapsed() < timeoutMs) {
        buffer += socket.readAll();
        if (parseResponse(buffer, &response))
            return response;
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            buffer += socket.readAll();
            parseResponse(buffer, &response);
            return response;
        }
        QTest::qWait(1);
    }
    return response;
}

HttpResponse HttpClient::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                 QList<QPair<QByteArray, QByteArray>> headers, int timeoutMs) const
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\n";
    // A test may send its own Host (DNS rebinding checks); otherwise the address connected to.
    const bool ownHost = std::any_of(headers.cbegin(), headers.cend(), [](const auto &h) { return h.first.toLower() == "host"; });
    if (!ownHost)
        out += "Host: " + m_host.toLatin1() + ':' + QByteArray::number(m_port) + "\r\n";
    if (!m_token.isEmpty())
        headers.prepend({"Authorization", "Bearer " + m_token});
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return raw(out, timeoutMs);
}

HttpResponse HttpClient::postJson(const QByteArray &target, const QJsonObject &object) const
{
    return postRaw(target, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpClient::postRaw(const QByteArray &target, const QByteArray &body, const QByteArray &contentType) const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    return request("POST", target, body, headers);
}
