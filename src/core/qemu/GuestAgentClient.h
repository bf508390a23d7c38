// SPDX-License-Identifier: GPL-3.0-or-later
// A client of the QEMU guest agent over the VM's agent socket. The agent runs inside the guest,
// may not run at all, may start late, restart, or answer a request that was given up on: every
// exchange therefore begins with a guest-sync-delimited handshake carrying a fresh id, and one
// request is in flight at a time, each with its own timeout. Never blocks; answers once.
#pragma once

#include "GuestAgentReader.h"
#include "ServiceError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocalSocket>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace vman {

class GuestAgentClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuestAgentClient)

public:
    using ReplyHandler = std::function<void(Result<QJsonValue>)>;

    explicit GuestAgentClient(QString socketPath, QObject *parent = nullptr);
    ~GuestAgentClient() override;

    // Runs `command` once the agent is in step (connecting and syncing first when needed). The
    // handler gets `return`'s value, or an error: the agent's own, "does not answer" after the
    // timeout, or the channel's loss. `expectReply` false: for commands the agent does not answer
    // when they succeed (guest-shutdown); done once written.
    void execute(const QString &command, const QJsonObject &arguments, ReplyHandler handler, int timeoutMs = kDefaultTimeoutMs,
                 bool expectReply = true);
    // Whether the last exchange succeeded (the agent was in step then).
    bool isInStep() const { return m_inStep; }
    // Answers every waiting request with `reason` and closes the channel.
    void close(const QString &reason);

    static constexpr int kDefaultTimeoutMs = 3000;
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;

private:
    struct Request
    {
        QString command;
        QJsonObject arguments;
        ReplyHandler handler;
        int timeoutMs = kDefaultTimeoutMs;
        bool expectReply = true;
    };
    enum class Phase { Idle, Connecting, Syncing, Waiting };

    void pump();
    void startSync();
    void sendCurrent();
    void onReadyRead();
    void onTimeout();
    void finishCurrent(Result<QJsonValue> result);

    QString m_path;
    QLocalSocket *m_socket = nullptr;
    QTimer m_timer;
    qemu::GuestAgentReader m_reader{kMaxLineBytes};
    std::deque<Request> m_queue;
    Phase m_phase = Phase::Idle;
    bool m_inStep = false;
    quint32 m_syncId = 0;
};

} // namespace vman
