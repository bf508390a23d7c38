// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuestAgentClient.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace vman {

namespace {
constexpr int kConnectTimeoutMs = 1000;
} // namespace

GuestAgentClient::GuestAgentClient(QString socketPath, QObject *parent) : QObject(parent), m_path(std::move(socketPath))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuestAgentClient::onTimeout);
}

GuestAgentClient::~GuestAgentClient()
{
    // Handlers are not called after destruction (as with QmpClient): their owners are gone too.
    m_queue.clear();
    if (m_socket)
        m_socket->disconnect(this);
}

void GuestAgentClient::execute(const QString &command, const QJsonObject &arguments, ReplyHandler handler, int timeoutMs, bool expectReply)
{
    m_queue.push_back({command, arguments, std::move(handler), timeoutMs, expectReply});
    if (m_phase == Phase::Idle)
        pump();
}

void GuestAgentClient::close(const QString &reason)
{
    m_timer.stop();
    m_inStep = false;
    m_phase = Phase::Idle;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    std::deque<Request> waiting;
    waiting.swap(m_queue);
    for (Request &request : waiting)
        request.handler(ServiceError::unavailable(reason));
}

void GuestAgentClient::pump()
{
    if (m_queue.empty() || m_phase != Phase::Idle)
        return;
    if (!m_socket || m_socket->state() != QLocalSocket::ConnectedState) {
        if (m_socket)
            m_socket->deleteLater();
        m_socket = new QLocalSocket(this);
        connect(m_socket, &QLocalSocket::readyRead, this, &GuestAgentClient::onReadyRead);
        connect(m_socket, &QLocalSocket::connected, this, &GuestAgentClient::startSync);
        connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
            // The channel is gone (QEMU stopped) or never was: everything waiting fails now.
            close(QStringLiteral("the guest agent channel is not available: %1").arg(m_socket ? m_socket->errorString() : QString()));
        });
        m_phase = Phase::Connecting;
        m_timer.start(kConnectTimeoutMs);
        m_socket->connectToServer(m_path);
        return;
    }
    if (!m_inStep)
        return startSync();
    sendCurrent();
}

void GuestAgentClient::startSync()
{
    // 0xFF first: it makes the agent drop a half-read request of an earlier client.
    m_syncId = QRandomGenerator::global()->bounded(1u, 0x7fffffffu);
    m_phase = Phase::Syncing;
    m_inStep = false;
    m_reader.expectSentinel();
    const QJsonObject sync{{QStringLiteral("execute"), QStringLiteral("guest-sync-delimited")},
                           {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("id"), qint64(m_syncId)}}}};
    m_socket->write(QByteArray(1, '\xff') + QJsonDocument(sync).toJson(QJsonDocument::Compact) + '\n');
    m_timer.start(m_queue.empty() ? kDefaultTimeoutMs : m_queue.front().timeoutMs);
}

void GuestAgentClient::sendCurrent()
{
    const Request &request = m_queue.front();
    QJsonObject message{{QStringLiteral("execute"), request.command}};
    if (!request.arguments.isEmpty())
        message.insert(QStringLiteral("arguments"), request.arguments);
    m_socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!request.expectReply) {
        m_socket->flush();
        m_phase = Phase::Idle;
        // The agent stays in step only if it answers nothing: sync again before the next one.
        m_inStep = false;
        Request done = std::move(m_queue.front());
        m_queue.pop_front();
        done.handler(QJsonValue());
        return pump();
    }
    m_phase = Phase::Waiting;
    m_timer.start(request.timeoutMs);
}

void GuestAgentClient::onReadyRead()
{
    const QList<QJsonObject> replies = m_reader.feed(m_socket->readAll());
    if (m_reader.failed()) {
        // A guest that sends garbage is not trusted for this exchange; the next one syncs again.
        m_inStep = false;
        if (m_phase == Phase::Waiting || m_phase == Phase::Syncing)
            finishCurrent(ServiceError::failed(QStringLiteral("the guest agent sent an unreadable reply: %1").arg(m_reader.error())));
        return;
    }
    for (const QJsonObject &reply : replies) {
        if (m_phase == Phase::Syncing) {
            if (reply.value(QLatin1String("return")).toInteger(-1) == qint64(m_syncId)) {
                m_inStep = true;
                m_timer.stop();
                m_phase = Phase::Idle;
                pump();
            }
            continue; // anything else is a late answer to an earlier request
        }
        if (m_phase != Phase::Waiting)
            continue;
        if (reply.contains(QLatin1String("return"))) {
            finishCurrent(reply.value(QLatin1String("return")));
        } else if (reply.contains(QLatin1String("error"))) {
            const QJsonObject error = reply.value(QLatin1String("error")).toObject();
            finishCurrent(ServiceError::failed(QStringLiteral("the guest agent refused %1: %2")
                                                   .arg(m_queue.front().command, error.value(QLatin1String("desc")).toString().left(500))));
        }
    }
}

void GuestAgentClient::onTimeout()
{
    if (m_phase == Phase::Connecting)
        return close(QStringLiteral("the guest agent channel did not connect"));
    // A late answer would be taken for the next request's: out of step until the next sync.
    m_inStep = false;
    const QString what = m_phase == Phase::Syncing ? QStringLiteral("no guest agent answers (it may not be installed or not started yet)")
                                                   : QStringLiteral("the guest agent did not answer %1 in time").arg(m_queue.empty() ? QString() : m_queue.front().command);
    finishCurrent(ServiceError::unavailable(what));
}

void GuestAgentClient::finishCurrent(Result<QJsonValue> result)
{
    m_timer.stop();
    m_phase = Phase::Idle;
    if (m_queue.empty())
        return;
    Request request = std::move(m_queue.front());
    m_queue.pop_front();
    request.handler(std::move(result));
    pump();
}

} // namespace vman
