// SPDX-License-Identifier: GPL-3.0-or-later
// Remote clients of the API: one-time pairing codes and the long-lived tokens clients get for
// them. Only SHA-256 digests are stored (tokens are 256 random bits, so a plain digest is as good
// as a slow hash, and checking one per request stays cheap). The tables live in the state database,
// so `vman token` (another process) and a running server see the same codes and revocations.
#pragma once

#include "ServiceError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vman {

struct ClientToken
{
    QString id;
    QString name;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid: never used
};

struct PairingCode
{
    QString code; // "XXXXX-XXXXX": shown once, never stored
    QString name; // the client's name if it was given with the code
    QDateTime expiresAt;
};

struct IssuedToken
{
    ClientToken token;
    QString secret; // "vman_...": shown once, never stored
};

class AccessTokens final
{
    Q_DISABLE_COPY_MOVE(AccessTokens)

public:
    static constexpr int kDefaultCodeMinutes = 10;
    static constexpr int kMaxCodeMinutes = 24 * 60;
    static constexpr int kMaxFailuresPerMinute = 10;

    // `connectionName`: a database opened (and migrated) by StateStore.
    explicit AccessTokens(QString connectionName);

    Result<PairingCode> createPairingCode(const QString &name, int minutes, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Turns a valid code into a token, once. The code's own name wins over `clientName`. Errors:
    // NotFound for a code that is unknown, used or expired; Unavailable after too many wrong codes
    // in the last minute (guessing); Invalid for a bad name.
    Result<IssuedToken> redeem(const QString &code, const QString &clientName, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The token's id if `secret` is a live token (its last use is recorded, at most once a minute).
    std::optional<QString> verify(const QByteArray &secret, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<QList<ClientToken>> list() const;
    // By id, or by name when exactly one token has it.
    Result<ClientToken> revoke(const QString &idOrName);

    // Rules shared with the command line and the API.
    static std::optional<QString> nameProblem(const QString &name);
    // Upper case, no separators, look-alike letters read as digits; empty if it cannot be a code.
    static QString normalizedCode(const QString &code);
    static QString digest(const QByteArray &secret);

private:
    QString m_connectionName;
    QList<QDateTime> m_failures;          // wrong codes in the last minute
    QHash<QString, QDateTime> m_lastUseWritten; // token id -> when its last use was last stored
};

} // namespace vman
