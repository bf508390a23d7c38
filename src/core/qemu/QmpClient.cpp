// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmpClient.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

Q_LOGGING_CATEGORY(lcQmp, "operator.qmp")

namespace vman {

QmpClient::QmpClient(QObject *parent) : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("QMP at %1 did not complete its handshake in time").arg(m_path));
    });
}

QmpClient::~QmpClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    // Destroying the client cancels what it still waits for, without answering: its owner is
    // going away (VMAN shutting down), and a handler run now would reach into a half-destroyed
    // object. A connection that ends while its owner lives answers everything (fail()).
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending)
        delete p.timer;
    if (!pending.isEmpty())
        qCDebug(lcQmp).noquote() << m_path << pending.size() << "command(s) cancelled with the client";
}

void QmpClient::connectToServer(const QString &socketPath, int timeoutMs)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_path = socketPath;
    m_reader.reset();
    m_state = State::Connecting;
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &QmpClient::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        fail(QStringLiteral("QMP connection closed"));
    });
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        // A peer closing is reported as disconnected(); everything else fails here.
        if (error == QLocalSocket::PeerClosedError)
            return;
        fail(QStringLiteral("QMP socket %1: %2").arg(m_path, m_socket->errorString()));
    });
    m_connectTimer.start(timeoutMs);
    m_socket->connectToServer(socketPath);
}

void QmpClient::disconnectFromServer()
{
    if (m_socket)
        m_socket->disconnectFromServer();
}

void QmpClient::fail(const QString &reason)
{
    if (m_state == State::Disconnected)
        return;
    const State was = m_state;
    m_state = State::Disconnected;
    m_connectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.timer)
            p.timer->deleteLater();
        p.handler(ServiceError::failed(QStringLiteral("QMP '%1' not answered: %2").arg(p.command, reason)));
    }
    qCDebug(lcQmp).noquote() << m_path << reason;
    if (was == State::Ready)
        Q_EMIT disconnected(reason);
    else
        Q_EMIT failed(reason);
}

void QmpClient::onReadyRead()
{
    const QList<QJsonObject> messages = m_reader.feed(m_socket->readAll());
    for (const QJsonObject &message : messages) {
        handleMessage(message);
        if (m_state == State::Disconnected)
            return; // handling may have ended the connection
    }
    if (m_reader.failed())
        fail(m_reader.error());
}

void QmpClient::handleMessage(const QJsonObject &message)
{
    if (message.contains(QLatin1String("QMP"))) {
        if (m_state != State::Connecting)
            return;
        m_state = State::Negotiating;
        m_negotiationId = m_nextId++;
        m_pending.insert(m_negotiationId, {QStringLiteral("qmp_capabilities"), [this](Result<QJsonValue> result) {
                                               if (!result.ok()) {
                                                   fail(result.error().message);
                                                   return;
                                               }
                                               m_connectTimer.stop();
                                               m_state = State::Ready;
                                               Q_EMIT ready();
                                           },
                                           nullptr});
        send(m_negotiationId, QStringLiteral("qmp_capabilities"), {});
        return;
    }
    // Events carry no id and may arrive before the reply of the command that caused them.
    if (message.contains(QLatin1String("event"))) {
        Q_EMIT qmpEvent(message.value(QLatin1String("event")).toString(), message.value(QLatin1String("data")).toObject());
        return;
    }
    const QJsonValue idValue = message.value(QLatin1String("id"));
    // toInteger: an id that is no whole number in range is no id of ours (a double cast would be undefined).
    const quint64 id = quint64(std::max<qint64>(0, idValue.toInteger(0)));
    if (!m_pending.contains(id)) {
        qCDebug(lcQmp) << "reply without a waiting command:" << message;
        return;
    }
    if (message.contains(QLatin1String("return"))) {
        finish(id, message.value(QLatin1String("return")));
    } else if (message.contains(QLatin1String("error"))) {
        const QJsonObject error = message.value(QLatin1String("error")).toObject();
        const QString desc = error.value(QLatin1String("desc")).toString();
        finish(id, ServiceError::failed(desc.isEmpty() ? error.value(QLatin1String("class")).toString() : desc));
    }
}

void QmpClient::finish(quint64 id, Result<QJsonValue> result)
{
    const Pending pending = m_pending.take(id);
    if (pending.timer) {
        pending.timer->stop();
        pending.timer->deleteLater(); // we may be inside its timeout signal
    }
    pending.handler(std::move(result));
}

void QmpClient::send(quint64 id, const QString &command, const QJsonObject &arguments)
{
    QJsonObject message{{QStringLiteral("execute"), command}, {QStringLiteral("id"), double(id)}};
    if (!arguments.isEmpty())
        message.insert(QStringLiteral("arguments"), arguments);
    m_socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void QmpClient::execute(const QString &command, const QJsonObject &arguments, ReplyHandler handler, int timeoutMs)
{
    if (m_state != State::Ready) {
        QTimer::singleShot(0, this, [handler = std::move(handler), command] {
            handler(ServiceError::failed(QStringLiteral("QMP is not connected; '%1' not sent").arg(command)));
        });
        return;
    }
    const quint64 id = m_nextId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, command, timeoutMs] {
        if (m_pending.contains(id))
            finish(id, ServiceError::failed(QStringLiteral("QMP '%1' timed out after %2 ms").arg(command).arg(timeoutMs)));
    });
    m_pending.insert(id, {command, std::move(handler), timer});
    timer->start(timeoutMs);
    send(id, command, arguments);
}

} // namespace vman
