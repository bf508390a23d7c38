// SPDX-License-Identifier: GPL-3.0-or-later
// What the API's front door lets through, decided on a request's head alone (before any body is
// read): the Host must be one of the server's own names (DNS rebinding), a browser's Origin must
// be the server's own or listed for CORS (cross-site requests), the bearer token must match, and
// the body must be JSON and within the size limit. Pure: no sockets, so every rule is unit-tested
// and fuzzed.
#pragma once

#include "RequestHead.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace vman::frontdoor {

using FieldList = QList<QPair<QByteArray, QByteArray>>;

struct FrontDoorSettings
{
    QString token;             // the administrator token: when set, `Authorization: Bearer <token>` is required
    bool requireToken = false; // a bearer token is required even without an administrator token (HTTPS, off loopback)
    // Whether a bearer token other than the administrator's is a live client token.
    std::function<bool(const QByteArray &bearer)> clientToken;
    // POST paths that need no token (pairing, where the code is the credential).
    QList<QByteArray> openPostPaths;
    QStringList ownHostNames;  // names that always reach this server: localhost, the machine's names
    QStringList allowedHosts;  // VMAN_API_ALLOWED_HOSTS: more names; "*" turns the Host check off
    QStringList corsOrigins;   // VMAN_API_CORS_ORIGINS: foreign origins allowed, e.g. "http://localhost:3000"
    QByteArray scheme = "http";
    qint64 maxBody = 1024 * 1024;
    // Paths that accept a WebSocket upgrade (the consoles). An upgrade anywhere else is ignored:
    // the request is served as a plain one. Such an upgrade without `Authorization` passes the
    // token check when it carries `?ticket=`: the API consumes the ticket before it bridges.
    std::function<bool(const QByteArray &path)> webSocketPath;
    // Paths a browser loads without the token (GET/HEAD only): pages and scripts with no data in them.
    std::function<bool(const QByteArray &path)> publicPath;
};

struct Verdict
{
    // 0: forward the request; otherwise answer with this status and close or keep the connection.
    int status = 0;
    QByteArray detail;
    FieldList headers;         // extra response fields of the answer (WWW-Authenticate, CORS preflight)
    BodyFraming framing;
    bool keepAlive = true;
    bool head = false;         // a HEAD request: forwarded as GET, answered without the body
    bool expectContinue = false;
    bool upgrade = false;      // a WebSocket upgrade: after Qt's 101 the connection becomes a tunnel
    QByteArray corsOrigin;     // set: the response gets CORS fields for this origin
};

class FrontDoorPolicy final
{
public:
    explicit FrontDoorPolicy(FrontDoorSettings settings);

    Verdict evaluate(const RequestHead &head) const;

    // "Host: <name>[:port]" split and normalised (lower case, no trailing dot, brackets kept off).
    struct Authority
    {
        QByteArray host;
        int port = -1; // -1: none given
        bool ipLiteral = false;
    };
    static std::optional<Authority> parseAuthority(const QByteArray &text);
    static bool isJsonMediaType(const QByteArray &contentType);

    bool hostAllowed(const Authority &authority) const;
    // For a stream that outlives its request (events, consoles): whether the credentials it was
    // opened with still pass (a client token may have been revoked since).
    bool credentialsStillValid(const QByteArray &authorization) const { return !tokenRequired() || tokenMatches(authorization); }
    const FrontDoorSettings &settings() const { return m_settings; }

private:
    bool tokenMatches(const QByteArray &authorization) const;
    bool tokenRequired() const { return !m_tokenDigest.isEmpty() || m_settings.requireToken; }

    FrontDoorSettings m_settings;
    QList<QByteArray> m_hostNames; // own + allowed, normalised
    bool m_anyHost = false;
    QList<QByteArray> m_corsOrigins; // normalised
    QByteArray m_tokenDigest;
};

// The head Qt's parser gets for an accepted request: the request line (HEAD sent as GET), Host, the
// end-to-end fields, and Content-Length of the (de-chunked) body. Connection management, framing
// and expectations are the front door's and are not passed on.
// A WebSocket upgrade keeps its Upgrade and Connection fields.
QByteArray forwardedHead(const RequestHead &head, const QByteArray &host, qint64 bodyLength, bool upgrade = false);

// The value of `name` in the query of an origin-form target ("/p?a=1&b=2"), percent-decoding left
// to the caller; null when absent.
QByteArray queryValue(const QByteArray &target, const QByteArray &name);

} // namespace vman::frontdoor
