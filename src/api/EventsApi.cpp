// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsApi.h"

#include "EventHub.h"
#include "ListBodies.h"
#include "Logging.h"
#include "RequestInput.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>

namespace vman {

namespace {
QByteArray frame(const VmanEvent &event)
{
    return "id: " + QByteArray::number(event.id) + "\ndata: " + QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + "\n\n";
}
} // namespace

EventsApi::EventsApi(ApiContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    connect(&m_context.events, &EventHub::published, this, &EventsApi::broadcast);
    m_heartbeat.setInterval(kHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &EventsApi::heartbeat);
}

EventsApi::~EventsApi()
{
    for (Client &client : m_clients) {
        if (client.socket) {
            client.socket->disconnect(this);
            client.socket->disconnectFromHost();
        }
    }
}

void EventsApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/events"), [this](ApiCall &call) { open(call); });
}

void EventsApi::open(ApiCall &call)
{
    auto input = RequestInput::read(call.request, RequestInput::Body::None, *call.reply);
    if (!input)
        return;
    // Where to resume: the Last-Event-ID header (set by EventSource on reconnect) or ?last_event_id=.
    QByteArray resume = call.request.value(QByteArrayLiteral("Last-Event-ID")).trimmed();
    if (resume.isEmpty())
        resume = input->queryString(QStringLiteral("last_event_id")).value_or(QString()).toLatin1();
    quint64 lastSeen = m_context.events.lastId();
    if (!resume.isEmpty()) {
        bool ok = false;
        lastSeen = resume.toULongLong(&ok);
        if (!ok) {
            input->addErrorAt({QStringLiteral("header"), QStringLiteral("Last-Event-ID")}, QStringLiteral("Input should be a valid integer"),
                              QStringLiteral("int_parsing"), QString::fromLatin1(resume.left(100)));
            return call.reply->sendValidationErrors(input->errors());
        }
    }
    const auto withLists = input->queryBool(QStringLiteral("lists"), false);
    if (!withLists)
        return call.reply->sendValidationErrors(input->errors());
    // The run the client's Last-Event-ID belongs to: ids of another run say nothing about this one.
    const auto run = input->queryString(QStringLiteral("stream"));
    const bool sameRun = !run || *run == m_context.events.streamId();
    if (m_clients.size() >= m_maxClients) {
        return call.reply->sendError(503, QStringLiteral("Too many event streams open (limit %1); close one or try again later")
                                              .arg(m_maxClients),
                                     {{"Retry-After", "5"}});
    }
    QTcpSocket *socket = call.reply->takeSocketForStream(QByteArrayLiteral("text/event-stream"),
                                                         {{"Cache-Control", "no-cache"}, {"X-Accel-Buffering", "no"}});
    if (!socket)
        return;
    Client client{socket, call.request.url().path(), {}, kMaxPendingBytes};
    client.since.start();
    // Tell the client how long to wait before reconnecting, then what it missed.
    const bool resuming = !resume.isEmpty() && sameRun;
    bool complete = true;
    const QList<VmanEvent> missed = resuming ? m_context.events.since(lastSeen, &complete) : QList<VmanEvent>();
    // A comment (ignored by EventSource) that lets VMAN's own clients tell a resumed stream from a
    // new run of the server (ids start again) or a backlog that no longer holds what they missed.
    QByteArray head = "retry: 2000\n: vman-stream " + m_context.events.streamId().toLatin1()
                      + (!resuming ? " new" : complete ? " resumed" : " incomplete") + "\n\n";
    if (!complete)
        head += ": some events were dropped from the backlog before this client resumed\n\n";
    const bool sendLists = *withLists && !(resuming && complete);
    if (sendLists) {
        // Everything there is now, then every change after it: nothing can happen in between
        // (this runs on the core's thread), so the client reads no lists of its own and has no
        // gap between reading them and subscribing.
        head += listsFrame();
        client.maxPending += head.size(); // the lists may be more than a slow client may otherwise leave unread
    } else {
        for (const VmanEvent &event : missed)
            head += frame(event);
    }
    m_clients.append(client);
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket, QStringLiteral("client closed")); });
    connect(socket, &QObject::destroyed, this, [this, socket] { drop(socket, QStringLiteral("connection gone")); });
    write(m_clients.last(), head);
    if (!m_heartbeat.isActive())
        m_heartbeat.start();
    qCInfo(lcApi).noquote() << "event stream opened," << m_clients.size() << "client(s)"
                            << (sendLists ? QStringLiteral("(with the lists, %1 KiB)").arg(head.size() / 1024) : QString());
}

QByteArray EventsApi::listsFrame()
{
    return "event: lists\nid: " + QByteArray::number(m_context.events.lastId()) + "\ndata: {\"templates\":" + api::templatesBody(m_context)
           + ",\"vms\":" + api::vmsBody(m_context) + ",\"disks\":" + api::disksBody(m_context) + ",\"images\":" + api::imagesBody(m_context)
           + "}\n\n";
}

bool EventsApi::write(Client &client, const QByteArray &bytes)
{
    QTcpSocket *socket = client.socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    // A client that does not read would make us buffer without end: the caller cuts it off.
    if (socket->bytesToWrite() + bytes.size() > client.maxPending)
        return false;
    socket->write(bytes);
    return true;
}

void EventsApi::broadcast(const VmanEvent &event)
{
    if (!m_clients.isEmpty())
        broadcastBytes(frame(event));
}

void EventsApi::broadcastBytes(const QByteArray &bytes)
{
    QList<QPointer<QTcpSocket>> slow;
    for (Client &client : m_clients) {
        if (!write(client, bytes))
            slow.append(client.socket);
    }
    // Cut off after the loop: closing a socket changes m_clients.
    for (const QPointer<QTcpSocket> &socket : slow) {
        drop(socket, QStringLiteral("too slow or gone"));
        if (socket)
            socket->abort();
    }
}

void EventsApi::heartbeat()
{
    if (m_clients.isEmpty())
        return m_heartbeat.stop();
    broadcastBytes(QByteArrayLiteral(": heartbeat\n\n"));
}

void EventsApi::drop(QTcpSocket *socket, const QString &why)
{
    for (int i = int(m_clients.size()) - 1; i >= 0; --i) {
        const Client &client = m_clients.at(i);
        if (client.socket && client.socket != socket)
            continue;
        qCInfo(lcApi).noquote() << QStringLiteral("GET %1 stream closed after %2 s (%3)")
                                       .arg(client.target)
                                       .arg(double(client.since.elapsed()) / 1000.0, 0, 'f', 1)
                                       .arg(why);
        m_clients.removeAt(i);
    }
}

} // namespace vman
