// SPDX-License-Identifier: GPL-3.0-or-later
// The API's listening socket. Qt HTTP Server 6.4 parses whatever a client sends, buffers without
// limit and has no timeouts, so it never sees the network directly: each accepted connection gets
// a FrontDoorConnection that reads the client, checks every request head against the
// FrontDoorPolicy and the limits, and hands Qt's parser one complete, re-serialised request at a
// time over a private socket pair. Qt's replies come back the same way and are passed on.
#pragma once

#include "FrontDoorPolicy.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace vman::frontdoor {

class FrontDoorConnection;

struct ConnectionLimits
{
    HeadLimits head;
    int maxConnections = 256;      // VMAN_API_MAX_CONNECTIONS; at it, the longest-waiting idle connection
                                   // makes room, and without one a new client gets 503
    int idleTimeoutMs = 30'000;    // a kept-alive connection with no new request is closed
    int headTimeoutMs = 10'000;    // a request head must be complete this long after its first byte
    int bodyTimeoutMs = 30'000;    // and its body this long after its head
    qint64 maxUnsentBytes = 256 * 1024; // reading pauses while more of a reply waits for the client
};

class FrontDoorServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontDoorServer)

public:
    FrontDoorServer(FrontDoorPolicy policy, ConnectionLimits limits, QObject *parent = nullptr);
    ~FrontDoorServer() override;

    const FrontDoorPolicy &policy() const { return m_policy; }
    const ConnectionLimits &limits() const { return m_limits; }
    // What Qt's parser is told the Host was, for an HTTP/1.0 request without one.
    QByteArray defaultHost() const;
    int connectionCount() const { return m_connections; }
    // From now on every new connection speaks TLS with this configuration (null: plain HTTP).
    void setTls(std::optional<QSslConfiguration> configuration) { m_tls = std::move(configuration); }
    bool servesTls() const { return m_tls.has_value(); }

    // The open-files limit leaves room for this many connections (each takes three descriptors).
    static int connectionsAllowedByFileLimit();

Q_SIGNALS:
    void connectionCountChanged(int count);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void turnAway(qintptr descriptor);
    bool evictOne();
    void connectionFinished(FrontDoorConnection *connection);

    FrontDoorPolicy m_policy;
    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    int m_connections = 0;
    QList<FrontDoorConnection *> m_open;
    int m_turningAway = 0;
    QTimer m_resumeAccepting;
    QElapsedTimer m_lastWarning;
    int m_acceptErrors = 0;
    int m_turnedAway = 0;
    int m_evicted = 0;

    friend class FrontDoorConnection;
};

} // namespace vman::frontdoor
