// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleApi.h"

#include "ConsoleBridge.h"
#include "Logging.h"
#include "VmService.h"
#include "console/SerialConsoles.h"

#include <QFile>
#include <QUrlQuery>
#include <QWebSocket>

namespace vman {

namespace {

const QString kVmsPrefix = QStringLiteral("/vms/");

struct WebAsset
{
    const char *name;
    const char *contentType;
};
// The noVNC bundle (built from the pinned npm package by scripts/setup.sh) and the page's script.
constexpr WebAsset kDisplayAssets[] = {
    {"novnc.js", "text/javascript; charset=utf-8"},
    {"display.js", "text/javascript; charset=utf-8"},
    {"display.css", "text/css; charset=utf-8"},
};

QByteArray readResource(const QString &name)
{
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString channelName(ConsoleApi::Channel channel)
{
    return channel == ConsoleApi::Channel::Vnc ? QStringLiteral("vnc") : QStringLiteral("serial");
}

} // namespace

ConsoleApi::ConsoleApi(ApiContext &context, SerialConsoles &serialConsoles, QObject *parent)
    : QObject(parent), m_context(context), m_serialConsoles(serialConsoles)
{
}

ConsoleApi::~ConsoleApi() = default;

void ConsoleApi::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/vms/{vm_id}/console-ticket"), [this](ApiCall &call) { issueTicket(call); });
    router.add("GET", QStringLiteral("/vms/{vm_id}/vnc"), [this](ApiCall &call) { upgradeRequired(call); });
    router.add("GET", QStringLiteral("/vms/{vm_id}/serial"), [this](ApiCall &call) { upgradeRequired(call); });
    router.add("GET", QStringLiteral("/vms/{vm_id}/display"), [this](ApiCall &call) { display(call); });
    router.add("GET", QStringLiteral("/display/{asset}"), [this](ApiCall &call) { asset(call); });
}

std::optional<ConsoleApi::Target> ConsoleApi::webSocketTarget(const QString &path)
{
    if (!path.startsWith(kVmsPrefix))
        return std::nullopt;
    const QStringList parts = path.mid(kVmsPrefix.size()).split(QLatin1Char('/'));
    if (parts.size() != 2 || !isCanonicalId(parts.at(0)))
        return std::nullopt;
    if (parts.at(1) == QLatin1String("vnc"))
        return Target{parts.at(0).toLower(), Channel::Vnc};
    if (parts.at(1) == QLatin1String("serial"))
        return Target{parts.at(0).toLower(), Channel::Serial};
    return std::nullopt;
}

bool ConsoleApi::isPublicPath(const QString &path)
{
    if (path.startsWith(QLatin1String("/display/")))
        return true;
    if (!path.startsWith(kVmsPrefix) || !path.endsWith(QLatin1String("/display")))
        return false;
    // Any one path segment: the page itself answers a malformed id with 422, like every route,
    // instead of the front door asking for a token the page does not need.
    const QString id = path.mid(kVmsPrefix.size()).chopped(int(qstrlen("/display")));
    return !id.isEmpty() && !id.contains(QLatin1Char('/'));
}

bool ConsoleApi::upgradeAllowed(const QString &path, QString *refusal) const
{
    const auto target = webSocketTarget(path);
    if (!target) {
        *refusal = QStringLiteral("%1 takes no WebSocket").arg(path.left(100));
        return false;
    }
    if (!m_context.service.findVm(target->vmId)) {
        *refusal = QStringLiteral("VM %1 not found").arg(target->vmId);
        return false;
    }
    return true;
}

void ConsoleApi::accept(std::unique_ptr<QWebSocket> socket)
{
    const QUrl url = socket->requestUrl();
    const auto target = webSocketTarget(url.path());
    const auto refuse = [&socket](QWebSocketProtocol::CloseCode code, const QString &reason) {
        qCInfo(lcApi).noquote() << "console WebSocket" << socket->requestUrl().path().left(100) << "refused:" << reason;
        QWebSocket *raw = socket.release();
        connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
        raw->close(code, reason);
    };
    if (!target)
        return refuse(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not a console"));
    // The front door let this upgrade through with a valid bearer token, or without one because it
    // carries a ticket: a ticket, when given, must be good.
    const QString ticket = QUrlQuery(url).queryItemValue(QStringLiteral("ticket"), QUrl::FullyDecoded);
    if (!ticket.isEmpty()) {
        const auto outcome = m_tickets.redeem(ticket.toUtf8(), target->vmId);
        if (outcome != ConsoleTickets::Redeemed::Valid)
            return refuse(QWebSocketProtocol::CloseCodePolicyViolated, ConsoleTickets::describe(outcome));
    }
    const auto vm = m_context.service.findVm(target->vmId);
    if (!vm)
        return refuse(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("VM %1 not found").arg(target->vmId));
    if (vm->state != VmState::Running && vm->state != VmState::Paused)
        return refuse(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("%1 is not running").arg(vm->name));

    ConsoleBridge *bridge = nullptr;
    if (target->channel == Channel::Vnc) {
        const QString path = m_context.service.vncSocketPath(target->vmId);
        if (path.isEmpty())
            return refuse(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("%1 has no graphical console").arg(vm->name));
        bridge = new ConsoleBridge(std::move(socket), path, this);
    } else {
        bridge = new ConsoleBridge(std::move(socket), m_serialConsoles.open(target->vmId), this);
    }
    ++m_bridges;
    qCInfo(lcApi).noquote() << QStringLiteral("console WebSocket: %1 of %2 bridged").arg(channelName(target->channel), vm->name);
    connect(bridge, &ConsoleBridge::finished, this, [this, bridge] {
        --m_bridges;
        bridge->deleteLater();
    });
}

void ConsoleApi::issueTicket(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    const auto vm = m_context.service.findVm(*id);
    if (!vm)
        return call.reply->sendError(404, QStringLiteral("VM %1 not found").arg(*id));
    const auto issued = m_tickets.issue(*id);
    const QString ticket = QString::fromLatin1(issued.ticket);
    const QString base = kVmsPrefix + *id;
    call.reply->sendJson(201, QJsonObject{{QStringLiteral("ticket"), ticket},
                                          {QStringLiteral("vm_id"), *id},
                                          {QStringLiteral("expires_at"), api::timestamp(issued.expiresAt)},
                                          {QStringLiteral("vnc_url"), QString(base + QStringLiteral("/vnc?ticket=") + ticket)},
                                          {QStringLiteral("serial_url"), QString(base + QStringLiteral("/serial?ticket=") + ticket)},
                                          {QStringLiteral("display_url"), QString(base + QStringLiteral("/display?ticket=") + ticket)}});
}

void ConsoleApi::display(ApiCall &call)
{
    // The page holds no VM data (it asks for everything with a ticket or the token the user gives
    // it), so it is served without authorization, and never cached with a ticket in its address.
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    static const QByteArray page = readResource(QStringLiteral(":/vman/web/display.html"));
    if (page.isEmpty())
        return call.reply->sendError(500, QStringLiteral("Built without the console page"));
    call.reply->send(200, page, QByteArrayLiteral("text/html; charset=utf-8"),
                     {{"Cache-Control", "no-store"}, {"Referrer-Policy", "no-referrer"},
                      {"Content-Security-Policy", "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; "
                                                  "style-src 'self'; frame-ancestors 'none'"}});
}

void ConsoleApi::asset(ApiCall &call)
{
    const QString name = call.params.value(QStringLiteral("asset"));
    for (const auto &known : kDisplayAssets) {
        if (name != QLatin1String(known.name))
            continue;
        static QHash<QString, QByteArray> cache;
        auto it = cache.find(name);
        if (it == cache.end())
            it = cache.insert(name, readResource(QStringLiteral(":/vman/web/") + name));
        if (it->isEmpty())
            return call.reply->sendError(500, QStringLiteral("Built without %1").arg(name));
        return call.reply->send(200, *it, known.contentType, {{"Cache-Control", "no-cache"}});
    }
    call.reply->sendError(404, QStringLiteral("No such console asset: %1").arg(name.left(100)));
}

void ConsoleApi::upgradeRequired(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    if (!m_context.service.findVm(*id))
        return call.reply->sendError(404, QStringLiteral("VM %1 not found").arg(*id));
    call.reply->sendError(426, QStringLiteral("This is a WebSocket: connect with 'Upgrade: websocket' "
                                              "(a browser passes ?ticket= from POST /vms/{id}/console-ticket)"),
                          {{"Upgrade", "websocket"}});
}

} // namespace vman
