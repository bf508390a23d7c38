// SPDX-License-Identifier: GPL-3.0-or-later
// GET /events: every change as Server-Sent Events (one JSON object per event, `id:` for
// resuming with Last-Event-ID, a comment heartbeat every 15 s), optionally opened by the lists
// the changes apply to (?lists=1: how a remote window mirrors a host). A client that disconnects is
// dropped; one that reads too slowly is cut off rather than allowed to grow the server's memory.
#pragma once

#include "ApiContext.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace vman {

struct VmanEvent;

class EventsApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsApi)

public:
    explicit EventsApi(ApiContext &context, QObject *parent = nullptr);
    ~EventsApi() override;
    void registerRoutes(Router &router);

    int clientCount() const { return int(m_clients.size()); }
    // Streams open at once; a client beyond gets 503.
    void setMaxClients(int max) { m_maxClients = max; }

    static constexpr int kHeartbeatMs = 15000;
    static constexpr int kDefaultMaxClients = 64;
    static constexpr qint64 kMaxPendingBytes = 512 * 1024;

private:
    struct Client
    {
        QPointer<QTcpSocket> socket;
        QString target;
        QElapsedTimer since;
        qint64 maxPending = kMaxPendingBytes; // unread bytes before it counts as too slow
    };

    void open(ApiCall &call);
    // `event: lists`: the four lists as their routes return them, with the id of the last event.
    QByteArray listsFrame();
    void broadcast(const VmanEvent &event);
    void broadcastBytes(const QByteArray &bytes);
    void heartbeat();
    bool write(Client &client, const QByteArray &bytes);
    void drop(QTcpSocket *socket, const QString &why);

    ApiContext &m_context;
    QList<Client> m_clients;
    QTimer m_heartbeat;
    int m_maxClients = kDefaultMaxClients;
};

} // namespace vman
