// SPDX-License-Identifier: GPL-3.0-or-later
// A blocking HTTP/1.1 client for tests: raw bytes over a QTcpSocket, so tests control exactly
// what is sent (malformed JSON, wrong content types, odd paths) and see exactly what comes back.
// It spins an event loop while waiting, so an in-process server keeps working.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

struct HttpResponse
{
    int status = 0; // 0: no response (connection failed or timed out)
    QMap<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class HttpClient
{
public:
    explicit HttpClient(quint16 port, QString host = QStringLiteral("127.0.0.1")) : m_port(port), m_host(std::move(host)) {}

    void setToken(const QByteArray &token) { m_token = token; }

    HttpResponse request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                         QList<QPair<QByteArray, QByteArray>> headers = {}, int timeoutMs = 15000) const;

    HttpResponse get(const QByteArray &target) const { return request("GET", target); }
    HttpResponse del(const QByteArray &target) const { return request("DELETE", target); }
    HttpResponse post(const QByteArray &target) const { return request("POST", target); }
    HttpResponse postJson(const QByteArray &target, const QJsonObject &object) const;
    HttpResponse postRaw(const QByteArray &target, const QByteArray &body, const QByteArray &contentType = "application/json") const;

    // Sends bytes as they are (no request line built for you).
    HttpResponse raw(const QByteArray &bytes, int timeoutMs = 15000) const;

private:
    quint16 m_port;
    QString m_host;
    QByteArray m_token;
};
