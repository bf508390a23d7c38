// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiServer.h"

#include "ContentCoding.h"
#include "ListBodies.h"
#include "AuthApi.h"
#include "ConsoleApi.h"
#include "DisksApi.h"
#include "EventsApi.h"
#include "ImagesApi.h"
#include "Runtime.h"
#include "Logging.h"
#include "RequestInput.h"
#include "SnapshotsApi.h"
#include "StatsApi.h"
#include "SystemApi.h"
#include "TemplatesApi.h"
#include "auth/AccessTokens.h"
#include "SystemHealth.h"
#include "VmsApi.h"

#include "frontdoor/FrontDoorConnection.h"
#include "frontdoor/FrontDoorServer.h"

#include <QHostInfo>
#include <QHttpServerRequest>
#include <QWebSocket>

namespace vman {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

} // namespace

ApiServer::ApiServer(Runtime &runtime, Options options, QObject *parent)
    : QAbstractHttpServer(parent), m_options(std::move(options)), m_accessTokens(runtime.accessTokens()),
      m_context{runtime.service(), runtime.health(), runtime.observer(), runtime.events(), runtime.images(), runtime.guestWatch(), {}},
      m_templates(std::make_unique<TemplatesApi>(m_context)),
      m_auth(std::make_unique<AuthApi>(runtime.accessTokens(), AuthApi::Settings{})), m_vms(std::make_unique<VmsApi>(m_context)),
      m_disks(std::make_unique<DisksApi>(m_context)), m_system(std::make_unique<SystemApi>(m_context)),
      m_eventsApi(std::make_unique<EventsApi>(m_context)), m_imagesApi(std::make_unique<ImagesApi>(m_context)),
      m_console(std::make_unique<ConsoleApi>(m_context, runtime.serialConsoles())),
      m_statsApi(std::make_unique<StatsApi>(m_context, runtime.stats(), m_requestMetrics)),
      m_snapshots(std::make_unique<SnapshotsApi>(m_context))
{
    m_snapshots->registerRoutes(m_router);
    m_auth->registerRoutes(m_router);
    m_statsApi->setServerGauges([this] { return StatsApi::ServerGauges{eventClientCount(), connectionCount(), consoleBridgeCount()}; });
    m_statsApi->registerRoutes(m_router);
    m_console->registerRoutes(m_router);
    // Qt HTTP Server 6.4 completes a WebSocket handshake only with a slot connected here.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::acceptWebSockets);
    m_imagesApi->registerRoutes(m_router);
    m_templates->registerRoutes(m_router);
    m_vms->registerRoutes(m_router);
    m_disks->registerRoutes(m_router);
    m_system->registerRoutes(m_router);
    m_eventsApi->registerRoutes(m_router);
    m_eventsApi->setMaxClients(m_options.maxEventClients);
    if (m_options.benchRoutes) {
        // The benchmark's baseline: the bytes of GET /vms as first seen, served from memory.
        m_router.add("GET", QStringLiteral("/_bench/vms-static"), [this](ApiCall &call) {
            if (m_benchBody.isNull())
                m_benchBody = api::vmsBody(m_context);
            call.reply->send(200, m_benchBody, QByteArrayLiteral("application/json"));
        });
    }
}

ApiServer::~ApiServer() = default;

bool ApiServer::listen(const QString &host, quint16 port, QString *error)
{
    const QHostAddress address = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(host);
    frontdoor::FrontDoorSettings settings;
    settings.token = m_options.token;
    // HTTPS or a listener off this machine: every request shows a token, the administrator's
    // or a paired client's.
    const bool loopback = address.isLoopback();
    settings.requireToken = m_options.tls.has_value() || !loopback;
    settings.scheme = m_options.tls ? "https" : "http";
    AccessTokens &tokens = m_accessTokens;
    settings.clientToken = [&tokens](const QByteArray &bearer) { return tokens.verify(bearer).has_value(); };
    settings.openPostPaths = {AuthApi::pairPath()};
    m_auth->setSettings({m_options.token, m_options.tls.has_value() || loopback,
                         m_options.tls ? m_options.tls->fingerprint() : QString()});
    // The names this machine answers to; an address literal is always accepted.
    settings.ownHostNames = {QStringLiteral("localhost"), host};
    const QString machine = QHostInfo::localHostName();
    if (!machine.isEmpty()) {
        settings.ownHostNames << machine;
        if (!QHostInfo::localDomainName().isEmpty())
            settings.ownHostNames << machine + QLatin1Char('.') + QHostInfo::localDomainName();
    }
    settings.allowedHosts = m_options.allowedHosts;
    settings.corsOrigins = m_options.corsOrigins;
    settings.maxBody = RequestInput::kMaxBodyBytes;
    settings.webSocketPath = [](const QByteArray &path) { return ConsoleApi::webSocketTarget(QString::fromLatin1(path)).has_value(); };
    // Pages and scripts with no data in them load without the token (a browser cannot send one):
    // the console page, and the documentation with its contract (Swagger UI's Authorize button
    // takes the token for the calls it makes).
    settings.publicPath = [](const QByteArray &path) {
        return path == "/docs" || path.startsWith("/docs/") || path == "/openapi.yaml" || ConsoleApi::isPublicPath(QString::fromLatin1(path));
    };
    frontdoor::ConnectionLimits limits;
    const int fileLimit = frontdoor::FrontDoorServer::connectionsAllowedByFileLimit();
    limits.maxConnections = qMin(m_options.maxConnections > 0 ? m_options.maxConnections : 256, fileLimit);
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.headTimeoutMs = m_options.headTimeoutMs;
    auto *server = new frontdoor::FrontDoorServer(frontdoor::FrontDoorPolicy(settings), limits, this);
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(host).arg(port).arg(server->errorString());
        delete server;
        return false;
    }
    m_context.https = m_options.tls.has_value();
    if (m_options.tls) {
        server->setTls(m_options.tls->serverConfiguration());
        const tls::TlsIdentity identity = *m_options.tls;
        m_context.health.addCheck([identity] {
            const tls::CertificateHealth state = tls::certificateHealth(identity);
            HealthCheck check{QStringLiteral("tls"), state.status != QLatin1String("error"), true, {}};
            check.details.insert(QStringLiteral("certificate"), identity.certificatePath);
            check.details.insert(QStringLiteral("fingerprint_sha256"), identity.fingerprint());
            check.details.insert(QStringLiteral("self_signed"), identity.selfSigned);
            check.details.insert(QStringLiteral("expires_at"), identity.certificate.expiryDate().toString(Qt::ISODate));
            check.details.insert(QStringLiteral("days_left"), state.daysLeft);
            check.details.insert(state.status == QLatin1String("ok") ? QStringLiteral("detail") : QStringLiteral("error"), state.detail);
            return check;
        });
    }
    bind(server);
    m_tcpServer = server;
    m_host = address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + address.toString() + QLatin1Char(']') : address.toString();
    qCInfo(lcApi).noquote() << QStringLiteral("INTEL listening on %1%2").arg(baseUrl(), settings.requireToken || !m_options.token.isEmpty()
                                                                                      ? QStringLiteral(" (bearer token required)") : QString());
    if (m_options.tls) {
        qCInfo(lcApi).noquote() << QStringLiteral("HTTPS certificate %1 (%2), SHA-256 fingerprint %3")
                                       .arg(m_options.tls->certificatePath, m_options.tls->selfSigned ? QStringLiteral("self-signed") : QStringLiteral("issued"),
                                            m_options.tls->fingerprint());
    }
    return true;
}

int ApiServer::eventClientCount() const
{
    return m_eventsApi->clientCount();
}

int ApiServer::consoleBridgeCount() const
{
    return m_console->bridgeCount();
}

void ApiServer::acceptWebSockets()
{
    // Qt is still inside its own read handler for the socket here: answer it from the event loop.
    while (hasPendingWebSocketConnections()) {
        if (auto socket = nextPendingWebSocketConnection()) {
            QMetaObject::invokeMethod(this, [this, raw = socket.release()] {
                m_console->accept(std::unique_ptr<QWebSocket>(raw));
            }, Qt::QueuedConnection);
        }
    }
}

int ApiServer::connectionCount() const
{
    return m_tcpServer ? m_tcpServer->connectionCount() : 0;
}

quint16 ApiServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QString ApiServer::baseUrl() const
{
    return QStringLiteral("%1://%2:%3").arg(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"), m_host).arg(port());
}

void ApiServer::close()
{
    if (m_tcpServer && m_tcpServer->isListening()) {
        m_tcpServer->close();
        qCInfo(lcApi) << "INTEL stopped listening";
    }
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method = methodName(request.method());
    const QUrl url = request.url();
    const QString path = url.path(QUrl::FullyEncoded);
    const QString target = url.hasQuery() ? QString::fromUtf8(frontdoor::redactedTarget((path + QLatin1Char('?') + url.query(QUrl::FullyEncoded)).toUtf8()))
                                          : path;
    // Accept one trailing slash: `/vms/` is `/vms`.
    const QString routedPath = path.size() > 1 && path.endsWith(QLatin1Char('/')) ? path.chopped(1) : path;
    // A WebSocket upgrade (the front door passes one on only to a console path): answering true
    // lets Qt complete the handshake, false makes it call missingHandler and close. No route
    // handler runs for it, so an upgrade never reads or changes anything by itself.
    if (request.value(QByteArrayLiteral("Upgrade")).compare("websocket", Qt::CaseInsensitive) == 0) {
        if (method == "GET" && m_console->upgradeAllowed(routedPath, &m_upgradeRefusal))
            return true;
        if (method != "GET")
            m_upgradeRefusal = QStringLiteral("a WebSocket upgrade must be a GET request");
        return false;
    }

    const bool closeAfter = request.value(QByteArrayLiteral("Connection")).toLower() == "close";
    ApiCall call{request, {}, makeReply(socket, method, target.left(2048), closeAfter)};
    call.reply->setAcceptsGzip(api::acceptsGzip(request.value(QByteArrayLiteral("Accept-Encoding"))));

    // The front door has checked Host, Origin, the token and the body's framing, size and type.

    Router::Match match = m_router.match(method, routedPath);
    call.reply->setOnAnswered([this, method, route = match.pathTemplate.isEmpty() ? RequestMetrics::kUnmatchedRoute : match.pathTemplate](int status, double seconds) {
        m_requestMetrics.record(method, route, status, seconds);
    });
    if (match.handler) {
        call.params = std::move(match.params);
        (*match.handler)(call);
        return true;
    }
    if (!match.allowedMethods.isEmpty()) {
        // HEAD is answered like GET (the front door sends it as GET), OPTIONS lists what a path takes.
        QList<QByteArray> methods = match.allowedMethods;
        if (methods.contains("GET"))
            methods.insert(methods.indexOf("GET") + 1, "HEAD");
        methods.append("OPTIONS");
        const QByteArray allow = methods.join(", ");
        if (method == "OPTIONS") {
            call.reply->send(204, QByteArray(), QByteArray(), {{"Allow", allow}});
            return true;
        }
        call.reply->sendError(405, QStringLiteral("Method %1 not allowed on %2; allowed: %3")
                                       .arg(QString::fromLatin1(method), path.left(100), QString::fromLatin1(allow)),
                              {{"Allow", allow}});
        return true;
    }
    call.reply->sendError(404, QStringLiteral("Not found: %1").arg(path.left(100)));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything but a declined WebSocket upgrade; Qt closes after this.
    const QString detail = m_upgradeRefusal.isEmpty() ? QStringLiteral("Not found") : m_upgradeRefusal;
    m_upgradeRefusal.clear();
    makeReply(socket, methodName(request.method()), request.url().path(), true)->sendError(404, detail);
}

} // namespace vman
