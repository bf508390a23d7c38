// SPDX-License-Identifier: GPL-3.0-or-later
// A QMP client over a QLocalSocket: line-buffered reader, greeting and `qmp_capabilities`
// handshake, commands matched to replies by id with a timeout each, events as a signal. Never
// blocks: every answer arrives through a callback on the caller's thread.
#pragma once

#include "QmpLineReader.h"
#include "ServiceError.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocalSocket>
#include <QObject>
#include <QTimer>

#include <functional>

namespace vman {

class QmpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QmpClient)

public:
    using ReplyHandler = std::function<void(Result<QJsonValue>)>;
    enum class State { Disconnected, Connecting, Negotiating, Ready };

    explicit QmpClient(QObject *parent = nullptr);
    ~QmpClient() override;

    // Connects and negotiates; emits ready() or failed().
    void connectToServer(const QString &socketPath, int timeoutMs = 5000);
    void disconnectFromServer();
    // Ends the connection now: every command still waiting is answered with `reason`.
    void close(const QString &reason) { fail(reason); }
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }

    // Sends a command once ready. The handler gets `return`'s value, or an error carrying QMP's
    // own `desc`, a timeout, or the connection's loss. It is called exactly once, unless the
    // client is destroyed first (then never).
    void execute(const QString &command, const QJsonObject &arguments, ReplyHandler handler, int timeoutMs = 10000);
    void execute(const QString &command, ReplyHandler handler, int timeoutMs = 10000)
    {
        execute(command, QJsonObject(), std::move(handler), timeoutMs);
    }

    static constexpr int kMaxLineBytes = 16 * 1024 * 1024;

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);
    void qmpEvent(const QString &name, const QJsonObject &data);
    // The connection ended after it was ready (QEMU quit or died). Pending commands have failed.
    void disconnected(const QString &reason);

private:
    struct Pending
    {
        QString command;
        ReplyHandler handler;
        QTimer *timer = nullptr;
    };

    void onReadyRead();
    void handleMessage(const QJsonObject &message);
    void finish(quint64 id, Result<QJsonValue> result);
    void fail(const QString &reason);
    void send(quint64 id, const QString &command, const QJsonObject &arguments);

    QLocalSocket *m_socket = nullptr;
    QTimer m_connectTimer;
    qemu::QmpLineReader m_reader{kMaxLineBytes};
    State m_state = State::Disconnected;
    quint64 m_nextId = 1;
    quint64 m_negotiationId = 0;
    QHash<quint64, Pending> m_pending;
    QString m_path;
};

} // namespace vman
