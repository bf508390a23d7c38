// SPDX-License-Identifier: GPL-3.0-or-later
// INTEL: the REST API, served by the running app (GUI or --server) on a local port.
#pragma once

#include "ApiContext.h"
#include "RequestMetrics.h"
#include "Router.h"
#include "tls/TlsIdentity.h"

#include <QAbstractHttpServer>

#include <memory>

namespace vman {

namespace frontdoor {
class FrontDoorServer;
}

class ConsoleApi;
class DisksApi;
class EventsApi;
class ImagesApi;
class Runtime;
class SnapshotsApi;
class StatsApi;
class SystemApi;
class TemplatesApi;
class VmsApi;

class AccessTokens;
class AuthApi;

class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    struct Options
    {
        QString token;            // when set, every request needs `Authorization: Bearer <token>`
        QStringList allowedHosts; // more Host names than the machine's own ("*": any)
        QStringList corsOrigins;  // foreign web origins that may use the API
        int maxConnections = 0;   // 0: as many as the open-files limit allows, at most 256
        int maxEventClients = 64; // GET /events streams open at once
        int idleTimeoutMs = 30'000; // keep-alive connections without a request are closed
        int headTimeoutMs = 10'000; // a request head must arrive within this after its first byte
        bool benchRoutes = false; // adds GET /_bench/vms-static (benchmark baseline)
        std::optional<tls::TlsIdentity> tls; // set: HTTPS only
    };

    ApiServer(Runtime &runtime, Options options, QObject *parent = nullptr);
    ~ApiServer() override;

    // Binds host:port (port 0: any free port). On failure returns false with the reason.
    bool listen(const QString &host, quint16 port, QString *error);
    quint16 port() const;
    QString baseUrl() const;
    void close();

    // Clients connected to GET /events right now, and connections open at the front door.
    int eventClientCount() const;
    int connectionCount() const;
    // Console WebSockets bridged right now.
    int consoleBridgeCount() const;

    // Every route this server answers: the contract openapi.yaml must describe.
    QList<RouteInfo> routes() const { return m_router.routes(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private Q_SLOTS:
    void acceptWebSockets();

private:
    Options m_options;
    AccessTokens &m_accessTokens;
    ApiContext m_context;
    Router m_router;
    RequestMetrics m_requestMetrics; // before the areas that read it
    std::unique_ptr<TemplatesApi> m_templates;
    std::unique_ptr<AuthApi> m_auth;
    std::unique_ptr<VmsApi> m_vms;
    std::unique_ptr<DisksApi> m_disks;
    std::unique_ptr<SystemApi> m_system;
    std::unique_ptr<EventsApi> m_eventsApi;
    std::unique_ptr<ImagesApi> m_imagesApi;
    std::unique_ptr<ConsoleApi> m_console;
    std::unique_ptr<StatsApi> m_statsApi;
    std::unique_ptr<SnapshotsApi> m_snapshots;
    QString m_upgradeRefusal; // why the last WebSocket upgrade was declined (for missingHandler)
    frontdoor::FrontDoorServer *m_tcpServer = nullptr;
    QString m_host;
    QByteArray m_benchBody;
};

} // namespace vman
