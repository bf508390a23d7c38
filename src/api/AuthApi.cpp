// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthApi.h"

#include "RequestInput.h"
#include "auth/AccessTokens.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>

namespace vman {

namespace {

QJsonObject toJson(const ClientToken &token)
{
    return QJsonObject{{QStringLiteral("id"), token.id},
                       {QStringLiteral("name"), token.name},
                       {QStringLiteral("created_at"), api::timestamp(token.createdAt)},
                       {QStringLiteral("last_used_at"), api::timestamp(token.lastUsedAt)}};
}

} // namespace

void AuthApi::registerRoutes(Router &router)
{
    router.add("POST", QString::fromLatin1(pairPath()), [this](ApiCall &call) { pair(call); });
    router.add("GET", QStringLiteral("/auth/tokens"), [this](ApiCall &call) { list(call); });
    router.add("DELETE", QStringLiteral("/auth/tokens/{token_id}"), [this](ApiCall &call) { revoke(call); });
    router.add("POST", QStringLiteral("/auth/pairing-codes"), [this](ApiCall &call) { createCode(call); });
}

void AuthApi::setSettings(Settings settings)
{
    m_settings = std::move(settings);
    m_adminDigest = m_settings.adminToken.isEmpty()
        ? QByteArray()
        : QCryptographicHash::hash(QByteArray("bearer " + m_settings.adminToken.toUtf8()), QCryptographicHash::Sha256);
}

bool AuthApi::requireAdmin(ApiCall &call) const
{
    if (m_settings.adminToken.isEmpty()) {
        call.reply->sendError(403, QStringLiteral("client tokens are managed with the administrator token (VMAN_API_TOKEN), which this "
                                                  "server has not set; on the server, use `vman token list` and `vman token revoke`"));
        return false;
    }
    const QByteArray header = call.request.value("Authorization").trimmed();
    // Digests compared, as at the front door: no timing hint about the token.
    const bool admin = header.size() > 7
                       && QCryptographicHash::hash(QByteArray(header.left(7).toLower() + header.mid(7).trimmed()), QCryptographicHash::Sha256)
                              == m_adminDigest;
    if (!admin)
        call.reply->sendError(403, QStringLiteral("only the administrator token (VMAN_API_TOKEN) may manage client tokens"));
    return admin;
}

void AuthApi::pair(ApiCall &call)
{
    if (!m_settings.pairingAllowed) {
        return call.reply->sendError(403, QStringLiteral("pairing needs HTTPS: this server listens off loopback in plain HTTP "
                                                         "(VMAN_API_INSECURE); set VMAN_API_TLS=auto"));
    }
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    input->rejectOtherMembers({QStringLiteral("code"), QStringLiteral("name")});
    const auto code = input->string(QStringLiteral("code"), true);
    const QString name = input->string(QStringLiteral("name"), false).value_or(QString());
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    const Result<IssuedToken> issued = m_tokens.redeem(*code, name);
    if (!issued.ok()) {
        const ServiceError &error = issued.error();
        if (error.kind == ErrorKind::NotFound)
            return call.reply->sendError(403, error.message);
        if (error.kind == ErrorKind::Unavailable && error.message.startsWith(QLatin1String("too many")))
            return call.reply->sendError(429, error.message, {{"Retry-After", "60"}});
        return api::sendServiceError(*call.reply, error, &*input);
    }
    QJsonObject body = toJson(issued.value().token);
    body.insert(QStringLiteral("token"), issued.value().secret);
    body.insert(QStringLiteral("fingerprint"), m_settings.fingerprint.isEmpty() ? QJsonValue() : QJsonValue(m_settings.fingerprint));
    call.reply->sendJson(201, body, {{"Cache-Control", "no-store"}});
}

void AuthApi::list(ApiCall &call)
{
    if (!requireAdmin(call))
        return;
    const Result<QList<ClientToken>> tokens = m_tokens.list();
    if (!tokens.ok())
        return api::sendServiceError(*call.reply, tokens.error());
    QJsonArray array;
    for (const ClientToken &token : tokens.value())
        array.append(toJson(token));
    call.reply->sendJson(200, array);
}

void AuthApi::revoke(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("token_id"));
    if (!id)
        return;
    // A client may end its own access (a window that removes the host, or that was not trusted
    // after pairing); any other token is the administrator's to revoke.
    const QByteArray header = call.request.value("Authorization").trimmed();
    const bool own = header.size() > 7 && header.left(7).toLower() == "bearer " && m_tokens.verify(header.mid(7).trimmed()) == *id;
    if (!own && !requireAdmin(call))
        return;
    const Result<ClientToken> revoked = m_tokens.revoke(*id);
    if (!revoked.ok())
        return api::sendServiceError(*call.reply, revoked.error());
    call.reply->send(204, {}, {});
}

void AuthApi::createCode(ApiCall &call)
{
    if (!requireAdmin(call))
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::Optional, *call.reply);
    if (!input)
        return;
    input->rejectOtherMembers({QStringLiteral("name"), QStringLiteral("minutes")});
    const QString name = input->string(QStringLiteral("name"), false).value_or(QString());
    const qint64 minutes = input->integer(QStringLiteral("minutes"), false).value_or(AccessTokens::kDefaultCodeMinutes);
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    const Result<PairingCode> code = m_tokens.createPairingCode(name, int(qBound(qint64(0), minutes, qint64(1) << 20)));
    if (!code.ok())
        return api::sendServiceError(*call.reply, code.error(), &*input);
    call.reply->sendJson(201,
                         QJsonObject{{QStringLiteral("code"), code.value().code},
                                     {QStringLiteral("name"), code.value().name.isEmpty() ? QJsonValue() : QJsonValue(code.value().name)},
                                     {QStringLiteral("expires_at"), api::timestamp(code.value().expiresAt)}},
                         {{"Cache-Control", "no-store"}});
}

} // namespace vman
