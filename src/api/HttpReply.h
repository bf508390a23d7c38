// SPDX-License-Identifier: GPL-3.0-or-later
// One HTTP exchange's answer. Handlers may answer at once or later (after asynchronous core
// work): the reply is shared, writes only while the client is still connected, answers
// exactly once, and is logged with method, path, status and duration.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>

class QTimer;

namespace vman {

struct FieldError;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

class HttpReply final
{
    Q_DISABLE_COPY_MOVE(HttpReply)

public:
    HttpReply(QTcpSocket *socket, QByteArray method, QString target, bool closeAfter);
    // The client said it takes gzip (Accept-Encoding): large text and JSON answers are compressed.
    void setAcceptsGzip(bool accepts) { m_acceptsGzip = accepts; }
    ~HttpReply();

    void send(int status, const QByteArray &body, const QByteArray &contentType, const HeaderList &headers = {});
    void sendJson(int status, const QJsonObject &object, const HeaderList &headers = {});
    void sendJson(int status, const QJsonArray &array, const HeaderList &headers = {});
    void sendNoContent();
    void sendError(int status, const QString &detail, const HeaderList &headers = {});
    // 422 with FastAPI's body: {"detail":[{"loc":[...],"msg":...,"type":...}]}.
    void sendValidationErrors(const QJsonArray &errors);

    bool answered() const { return m_answered; }
    // Starts a streamed answer (no Content-Length): writes the head and hands the socket over to
    // the caller, who writes the body as it comes. Null if the client is gone.
    QTcpSocket *takeSocketForStream(const QByteArray &contentType, const HeaderList &headers = {});
    // Answers 504 if nothing else has been sent after `ms` (a reply that never comes would
    // leave the client hanging forever with Qt 6.4).
    void armTimeout(int ms);
    // Called once with the status and the seconds since the request arrived, when it is answered.
    void setOnAnswered(std::function<void(int status, double seconds)> onAnswered) { m_onAnswered = std::move(onAnswered); }

private:
    QPointer<QTcpSocket> m_socket;
    QByteArray m_method;
    QString m_target;
    bool m_closeAfter;
    bool m_acceptsGzip = false;
    bool m_answered = false;
    QElapsedTimer m_elapsed;
    QTimer *m_timeout = nullptr;
    std::function<void(int, double)> m_onAnswered;
    void reportAnswered(int status, double ms);
    std::weak_ptr<HttpReply> m_self;

    friend std::shared_ptr<HttpReply> makeReply(QTcpSocket *, QByteArray, QString, bool);
};

using ReplyPtr = std::shared_ptr<HttpReply>;
ReplyPtr makeReply(QTcpSocket *socket, QByteArray method, QString target, bool closeAfter);

QJsonObject detailBody(const QString &detail);
QByteArray reasonPhrase(int status);

} // namespace vman
