// SPDX-License-Identifier: GPL-3.0-or-later
// /auth: pairing of remote clients and their tokens. A client presents a one-time pairing code
// (POST /auth/pair, no token needed: the code is the credential) and gets a token of its own; the
// administrator (VMAN_API_TOKEN) lists, makes codes for and revokes clients.
#pragma once

#include "ApiContext.h"

namespace vman {

class AccessTokens;
struct ClientToken;

class AuthApi final
{
public:
    struct Settings
    {
        QString adminToken;       // VMAN_API_TOKEN; empty: token management needs `vman token` on the server
        bool pairingAllowed = true; // false on plain HTTP off loopback: a code must not cross a network in clear
        QString fingerprint;      // the HTTPS certificate's SHA-256, for the client to pin; empty without TLS
    };

    AuthApi(AccessTokens &tokens, Settings settings) : m_tokens(tokens) { setSettings(std::move(settings)); }
    void registerRoutes(Router &router);
    void setSettings(Settings settings);

    // The path clients pair on, open without a token at the front door.
    static QByteArray pairPath() { return QByteArrayLiteral("/auth/pair"); }

private:
    void pair(ApiCall &call);
    void list(ApiCall &call);
    void revoke(ApiCall &call);
    void createCode(ApiCall &call);
    // Answers 403 itself unless the request carries the administrator token.
    bool requireAdmin(ApiCall &call) const;

    AccessTokens &m_tokens;
    Settings m_settings;
    QByteArray m_adminDigest; // SHA-256 of "bearer <administrator token>", made once
};

} // namespace vman
