// SPDX-License-Identifier: GPL-3.0-or-later
// A VM's consoles for browsers and remote clients: `GET /vms/{id}/vnc` and `/serial` are
// WebSockets bridged to the VM's VNC socket and serial console, `POST /vms/{id}/console-ticket`
// gives a browser the single-use ticket it passes instead of the token, and `GET /vms/{id}/display`
// is the noVNC page that uses both.
#pragma once

#include "ApiContext.h"
#include "ConsoleTickets.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QWebSocket;

namespace vman {

class ConsoleBridge;
class SerialConsoles;

class ConsoleApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleApi)

public:
    ConsoleApi(ApiContext &context, SerialConsoles &serialConsoles, QObject *parent = nullptr);
    ~ConsoleApi() override;

    void registerRoutes(Router &router);

    enum class Channel { Vnc, Serial };
    struct Target
    {
        QString vmId;
        Channel channel = Channel::Vnc;
    };
    // `/vms/<id>/vnc` or `/vms/<id>/serial` (the only paths that take a WebSocket upgrade).
    static std::optional<Target> webSocketTarget(const QString &path);
    // Pages and scripts a browser loads before it has a ticket: they hold no VM data.
    static bool isPublicPath(const QString &path);

    // Whether Qt may complete the handshake for an upgrade to `path`: a console of a VM that exists.
    bool upgradeAllowed(const QString &path, QString *refusal) const;
    // A socket Qt completed the handshake for: authorised by its ticket (or by the token the front
    // door checked) and bridged, or closed with a policy violation.
    void accept(std::unique_ptr<QWebSocket> socket);

    int bridgeCount() const { return m_bridges; }
    ConsoleTickets &tickets() { return m_tickets; }

private:
    void issueTicket(ApiCall &call);
    void display(ApiCall &call);
    void asset(ApiCall &call);
    void upgradeRequired(ApiCall &call);

    ApiContext &m_context;
    SerialConsoles &m_serialConsoles;
    ConsoleTickets m_tickets;
    int m_bridges = 0;
};

} // namespace vman
