// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrontDoorPolicy.h"

#include <QCryptographicHash>
#include <QHostAddress>

namespace vman::frontdoor {

namespace {

const QList<QByteArray> kMethods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

// Fields the front door consumes; the rest reach the handlers unchanged.
const QList<QByteArray> kHopByHop = {"host", "content-length", "transfer-encoding", "connection", "keep-alive",
                                     "expect", "te", "trailer", "upgrade", "proxy-connection"};

QByteArray normaliseHost(QByteArray host)
{
    host = host.toLower();
    if (host.endsWith('.'))
        host.chop(1);
    return host;
}

bool isDigits(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > 5)
        return false;
    for (char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

Verdict refuse(int status, QByteArray detail, FieldList headers = {})
{
    Verdict verdict;
    verdict.status = status;
    verdict.detail = std::move(detail);
    verdict.headers = std::move(headers);
    verdict.keepAlive = false;
    return verdict;
}

// "scheme://host[:port]" of an Origin, normalised; empty if it is not one.
QByteArray normaliseOrigin(const QByteArray &origin)
{
    const qsizetype sep = origin.indexOf("://");
    if (sep <= 0)
        return QByteArray();
    const QByteArray scheme = origin.left(sep).toLower();
    const auto authority = FrontDoorPolicy::parseAuthority(origin.mid(sep + 3));
    if (!authority)
        return QByteArray();
    const int defaultPort = scheme == "https" ? 443 : 80;
    const int port = authority->port < 0 ? defaultPort : authority->port;
    const QByteArray host = authority->host.contains(':') ? '[' + authority->host + ']' : authority->host;
    return scheme + "://" + host + ':' + QByteArray::number(port);
}

} // namespace

FrontDoorPolicy::FrontDoorPolicy(FrontDoorSettings settings) : m_settings(std::move(settings))
{
    for (const QStringList *list : {&m_settings.ownHostNames, &m_settings.allowedHosts}) {
        for (const QString &name : *list) {
            const QByteArray host = normaliseHost(name.trimmed().toUtf8());
            if (host == "*")
                m_anyHost = true;
            else if (!host.isEmpty())
                m_hostNames.append(host);
        }
    }
    for (const QString &origin : m_settings.corsOrigins) {
        const QByteArray normalised = normaliseOrigin(origin.trimmed().toUtf8());
        if (!normalised.isEmpty())
            m_corsOrigins.append(normalised);
    }
    if (!m_settings.token.isEmpty())
        m_tokenDigest = QCryptographicHash::hash(m_settings.token.toUtf8(), QCryptographicHash::Sha256);
}

std::optional<FrontDoorPolicy::Authority> FrontDoorPolicy::parseAuthority(const QByteArray &text)
{
    Authority authority;
    QByteArray portText;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return std::nullopt;
        authority.host = text.mid(1, close - 1);
        const QByteArray rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return std::nullopt;
            portText = rest.mid(1);
            if (portText.isEmpty())
                return std::nullopt;
        }
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(authority.host)) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        authority.ipLiteral = true;
    } else {
        const qsizetype colon = text.lastIndexOf(':');
        authority.host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            portText = text.mid(colon + 1);
            if (portText.isEmpty())
                return std::nullopt;
        }
        if (authority.host.isEmpty())
            return std::nullopt;
        for (char c : authority.host) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
            if (!ok)
                return std::nullopt;
        }
        QHostAddress address;
        authority.ipLiteral = address.setAddress(QString::fromLatin1(authority.host)) && address.protocol() == QAbstractSocket::IPv4Protocol;
    }
    if (!portText.isEmpty()) {
        if (!isDigits(portText) || portText.toInt() > 65535)
            return std::nullopt;
        authority.port = portText.toInt();
    }
    authority.host = normaliseHost(authority.host);
    return authority;
}

bool FrontDoorPolicy::isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

bool FrontDoorPolicy::hostAllowed(const Authority &authority) const
{
    // An address literal cannot be rebound by DNS: only names can point a web page's origin here.
    return m_anyHost || authority.ipLiteral || m_hostNames.contains(authority.host);
}

bool FrontDoorPolicy::tokenMatches(const QByteArray &authorization) const
{
    const QByteArray prefix = QByteArrayLiteral("bearer ");
    const QByteArray header = authorization.trimmed();
    if (header.size() <= prefix.size() || header.left(prefix.size()).toLower() != prefix)
        return false;
    const QByteArray bearer = header.mid(prefix.size()).trimmed();
    if (!m_tokenDigest.isEmpty()) {
        // Compares digests, so neither the content nor the length of the token leaks through timing.
        const QByteArray given = QCryptographicHash::hash(bearer, QCryptographicHash::Sha256);
        unsigned char diff = 0;
        for (int i = 0; i < given.size(); ++i)
            diff |= static_cast<unsigned char>(given.at(i) ^ m_tokenDigest.at(i));
        if (diff == 0)
            return true;
    }
    // Client tokens are looked up by their digest, never compared as text.
    return m_settings.clientToken && m_settings.clientToken(bearer);
}

Verdict FrontDoorPolicy::evaluate(const RequestHead &head) const
{
    // Host: exactly one in HTTP/1.1 (RFC 9112 3.2); one of ours, or a request from a rebound name.
    const int hosts = head.count("Host");
    if (hosts > 1 || (hosts == 0 && head.minorVersion == 1))
        return refuse(400, "a request needs exactly one Host header field");
    std::optional<Authority> authority;
    if (hosts == 1) {
        authority = parseAuthority(head.value("Host"));
        if (!authority)
            return refuse(400, "malformed Host header field");
        if (!hostAllowed(*authority)) {
            return refuse(421, "Host '" + authority->host.left(100) + "' is not a name of this server; "
                               "add it to VMAN_API_ALLOWED_HOSTS to allow it");
        }
    }

    // Origin: browsers send it with cross-site requests; only our own pages and listed origins pass.
    Verdict verdict;
    verdict.keepAlive = head.minorVersion == 1 ? !head.hasToken("Connection", "close") : head.hasToken("Connection", "keep-alive");
    const int origins = head.count("Origin");
    if (origins > 1)
        return refuse(400, "more than one Origin header field");
    if (origins == 1) {
        const QByteArray origin = head.value("Origin");
        const QByteArray normalised = normaliseOrigin(origin);
        const QByteArray own = authority ? normaliseOrigin(m_settings.scheme + "://" + head.value("Host")) : QByteArray();
        if (normalised.isEmpty() || normalised != own) {
            if (normalised.isEmpty() || !m_corsOrigins.contains(normalised)) {
                return refuse(403, "Origin '" + origin.left(100) + "' may not use this API; "
                                   "add it to VMAN_API_CORS_ORIGINS to allow it");
            }
            verdict.corsOrigin = origin;
        }
    }

    // A CORS preflight never carries credentials: answer it here, before the token check.
    if (head.method == "OPTIONS" && origins == 1 && head.count("Access-Control-Request-Method") > 0) {
        verdict.status = 204;
        verdict.headers = {{"Access-Control-Allow-Origin", head.value("Origin")},
                           {"Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE"},
                           {"Access-Control-Allow-Headers", "Authorization, Content-Type, Last-Event-ID"},
                           {"Access-Control-Max-Age", "600"},
                           {"Vary", "Origin"}};
        verdict.corsOrigin.clear(); // the fields above are the whole answer
        return verdict;
    }

    // A WebSocket upgrade to a console (RFC 6455 4.1): a GET with the handshake's fields and no body.
    const bool wantsUpgrade = head.hasToken("Connection", "upgrade") && head.count("Upgrade") == 1
                              && head.value("Upgrade").trimmed().compare("websocket", Qt::CaseInsensitive) == 0;
    if (wantsUpgrade && m_settings.webSocketPath) {
        const qsizetype query = head.target.indexOf('?');
        if (m_settings.webSocketPath(query < 0 ? head.target : head.target.left(query))) {
            if (head.method != "GET")
                return refuse(400, "a WebSocket upgrade must be a GET request");
            if (head.count("Sec-WebSocket-Key") != 1 || head.value("Sec-WebSocket-Key").trimmed().size() != 24)
                return refuse(400, "a WebSocket upgrade needs one Sec-WebSocket-Key of 24 characters");
            if (head.count("Sec-WebSocket-Version") != 1 || head.value("Sec-WebSocket-Version").trimmed() != "13")
                return refuse(426, "only WebSocket version 13 is supported", {{"Sec-WebSocket-Version", "13"}});
            if (head.count("Content-Length") > 0 || head.count("Transfer-Encoding") > 0)
                return refuse(400, "a WebSocket upgrade has no body");
            const bool ticketOnly = head.count("Authorization") == 0 && !queryValue(head.target, "ticket").isEmpty();
            if (tokenRequired() && !ticketOnly && !tokenMatches(head.value("Authorization")))
                return refuse(401, "Missing or invalid bearer token (a browser passes ?ticket= from POST /vms/{id}/console-ticket)",
                              {{"WWW-Authenticate", "Bearer"}});
            verdict.upgrade = true;
            verdict.keepAlive = false;
            return verdict;
        }
    }

    const qsizetype queryAt = head.target.indexOf('?');
    const bool publicPage = (head.method == "GET" || head.method == "HEAD") && m_settings.publicPath
                            && m_settings.publicPath(queryAt < 0 ? head.target : head.target.left(queryAt));
    const bool openPost = head.method == "POST" && m_settings.openPostPaths.contains(queryAt < 0 ? head.target : head.target.left(queryAt));
    if (tokenRequired() && !publicPage && !openPost && !tokenMatches(head.value("Authorization")))
        return refuse(401, "Missing or invalid bearer token", {{"WWW-Authenticate", "Bearer"}});

    if (!kMethods.contains(head.method))
        return refuse(501, "method '" + head.method.left(20) + "' is not supported");
    verdict.head = head.method == "HEAD";

    HeadError framingError;
    const auto framing = bodyFraming(head, &framingError);
    if (!framing)
        return refuse(framingError.status, framingError.reason);
    verdict.framing = *framing;
    if (framing->kind == BodyFraming::Kind::Length && framing->length > m_settings.maxBody)
        return refuse(413, "Request body too large (limit " + QByteArray::number(m_settings.maxBody) + " bytes)");

    // One rule for every route: a body, or a declared body type, must be JSON.
    const bool hasBody = framing->kind == BodyFraming::Kind::Chunked || (framing->kind == BodyFraming::Kind::Length && framing->length > 0);
    const int contentTypes = head.count("Content-Type");
    if (contentTypes > 1)
        return refuse(400, "more than one Content-Type header field");
    if ((hasBody || contentTypes == 1) && !isJsonMediaType(head.value("Content-Type"))) {
        return refuse(415, "Unsupported Content-Type '" + head.value("Content-Type").left(100)
                               + "': send JSON with 'Content-Type: application/json'");
    }

    if (head.count("Expect") > 0) {
        if (head.count("Expect") > 1 || head.value("Expect").compare("100-continue", Qt::CaseInsensitive) != 0)
            return refuse(417, "only 'Expect: 100-continue' is supported");
        verdict.expectContinue = hasBody;
    }
    return verdict;
}

QByteArray forwardedHead(const RequestHead &head, const QByteArray &host, qint64 bodyLength, bool upgrade)
{
    const QByteArray method = head.method == "HEAD" ? QByteArrayLiteral("GET") : head.method;
    QByteArray out = method + ' ' + head.target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &field : head.fields) {
        if (!kHopByHop.contains(field.first.toLower()))
            out += field.first + ": " + field.second + "\r\n";
    }
    if (bodyLength > 0)
        out += "Content-Length: " + QByteArray::number(bodyLength) + "\r\n";
    if (upgrade)
        out += "Connection: Upgrade\r\nUpgrade: websocket\r\n";
    out += "\r\n";
    return out;
}

QByteArray queryValue(const QByteArray &target, const QByteArray &name)
{
    const qsizetype start = target.indexOf('?');
    if (start < 0)
        return QByteArray();
    const QList<QByteArray> pairs = target.mid(start + 1).split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if ((eq < 0 ? pair : pair.left(eq)) == name)
            return eq < 0 ? QByteArray("") : pair.mid(eq + 1);
    }
    return QByteArray();
}

} // namespace vman::frontdoor
