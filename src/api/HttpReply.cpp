// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpReply.h"

#include "ContentCoding.h"
#include "Logging.h"

#include <QJsonDocument>
#include <QTimer>

namespace vman {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 426: return "Upgrade Required";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QJsonObject detailBody(const QString &detail)
{
    return QJsonObject{{QStringLiteral("detail"), detail}};
}

ReplyPtr makeReply(QTcpSocket *socket, QByteArray method, QString target, bool closeAfter)
{
    auto reply = std::make_shared<HttpReply>(socket, std::move(method), std::move(target), closeAfter);
    reply->m_self = reply;
    return reply;
}

HttpReply::HttpReply(QTcpSocket *socket, QByteArray method, QString target, bool closeAfter)
    : m_socket(socket), m_method(std::move(method)), m_target(std::move(target)), m_closeAfter(closeAfter)
{
    m_elapsed.start();
}

HttpReply::~HttpReply()
{
    // A handler that forgot to answer must not leave the client waiting forever.
    if (!m_answered)
        sendError(500, QStringLiteral("Internal error: the request was dropped without an answer"));
    // The reply may die inside the timer's own timeout signal.
    if (m_timeout) {
        m_timeout->stop();
        m_timeout->deleteLater();
    }
}

void HttpReply::armTimeout(int ms)
{
    if (m_answered || m_timeout || !m_socket)
        return;
    m_timeout = new QTimer;
    m_timeout->setSingleShot(true);
    // The timer holds only a weak reference: the pending work owns the reply.
    QObject::connect(m_timeout, &QTimer::timeout, m_socket.data(), [weak = m_self] {
        if (auto reply = weak.lock())
            reply->sendError(504, QStringLiteral("The operation did not finish in time; its outcome will show in the resource's state"));
    });
    m_timeout->start(ms);
}

void HttpReply::send(int status, const QByteArray &body, const QByteArray &contentType, const HeaderList &headers)
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_timeout)
        m_timeout->stop();
    const double ms = double(m_elapsed.nsecsElapsed()) / 1e6;
    reportAnswered(status, ms);
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        qCInfo(lcApi).noquote() << m_method << m_target << status << QStringLiteral("%1ms").arg(ms, 0, 'f', 1) << "(client gone)";
        return;
    }
    QByteArray payload = body;
    QByteArray coding;
    const bool compressible = api::worthCompressing(contentType, body.size());
    if (compressible && m_acceptsGzip) {
        if (QByteArray compressed = api::gzipped(body); !compressed.isEmpty()) {
            payload = compressed;
            coding = "Content-Encoding: gzip\r\n";
        }
    }
    QByteArray out;
    out.reserve(payload.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += coding;
    if (compressible)
        out += "Vary: Accept-Encoding\r\n"; // a cache must not give the compressed answer to another client
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    if (status != 204)
        out += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    if (m_closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += payload;
    m_socket->write(out);
    if (m_closeAfter)
        m_socket->disconnectFromHost();
    qCInfo(lcApi).noquote() << m_method << m_target << status << QStringLiteral("%1ms").arg(ms, 0, 'f', 1);
}

QTcpSocket *HttpReply::takeSocketForStream(const QByteArray &contentType, const HeaderList &headers)
{
    if (m_answered)
        return nullptr;
    m_answered = true;
    if (m_timeout)
        m_timeout->stop();
    reportAnswered(200, double(m_elapsed.nsecsElapsed()) / 1e6);
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return nullptr;
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    m_socket->write(out);
    qCInfo(lcApi).noquote() << m_method << m_target << 200 << "(stream)";
    return m_socket;
}

void HttpReply::reportAnswered(int status, double ms)
{
    if (auto onAnswered = std::exchange(m_onAnswered, nullptr))
        onAnswered(status, ms / 1000.0);
}

void HttpReply::sendJson(int status, const QJsonObject &object, const HeaderList &headers)
{
    send(status, QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), headers);
}

void HttpReply::sendJson(int status, const QJsonArray &array, const HeaderList &headers)
{
    send(status, QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), headers);
}

void HttpReply::sendNoContent()
{
    send(204, QByteArray(), QByteArray());
}

void HttpReply::sendError(int status, const QString &detail, const HeaderList &headers)
{
    sendJson(status, detailBody(detail), headers);
}

void HttpReply::sendValidationErrors(const QJsonArray &errors)
{
    sendJson(422, QJsonObject{{QStringLiteral("detail"), errors}});
}

} // namespace vman
