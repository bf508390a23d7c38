// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessTokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <array>
#include <cstring>

namespace vman {

namespace {

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from a screen survives.
constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 10; // 50 bits: unguessable at ten tries a minute within a day
constexpr int kMaxNameLength = 64;

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

ServiceError storeError(const QSqlQuery &query)
{
    return ServiceError::unavailable(QStringLiteral("the state database refused the change: %1").arg(query.lastError().text()));
}

ClientToken tokenFrom(const QSqlQuery &q)
{
    return ClientToken{q.value(0).toString(), q.value(1).toString(), fromTimestamp(q.value(2)), fromTimestamp(q.value(3))};
}

} // namespace

AccessTokens::AccessTokens(QString connectionName) : m_connectionName(std::move(connectionName)) {}

QString AccessTokens::digest(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> AccessTokens::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("a client needs a name (e.g. the name of its computer)");
    if (name.size() > kMaxNameLength)
        return QStringLiteral("at most %1 characters").arg(kMaxNameLength);
    for (const QChar c : name) {
        if (!c.isPrint())
            return QStringLiteral("no control characters");
    }
    return std::nullopt;
}

QString AccessTokens::normalizedCode(const QString &code)
{
    QString out;
    for (QChar c : code) {
        c = c.toUpper();
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !std::strchr(kCodeAlphabet, char(c.unicode())))
            return {};
        out += c;
    }
    return out.size() == kCodeLength ? out : QString();
}

Result<PairingCode> AccessTokens::createPairingCode(const QString &name, int minutes, const QDateTime &now)
{
    if (!name.isEmpty()) {
        if (auto problem = nameProblem(name))
            return ServiceError::invalid({{QStringLiteral("name"), *problem, QStringLiteral("value_error")}});
    }
    if (minutes < 1 || minutes > kMaxCodeMinutes) {
        return ServiceError::invalid({{QStringLiteral("minutes"), QStringLiteral("between 1 and %1").arg(kMaxCodeMinutes),
                                       QStringLiteral("value_error")}});
    }
    QString raw;
    for (int i = 0; i < kCodeLength; ++i)
        raw += QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(32)]);
    PairingCode code{raw.left(5) + QLatin1Char('-') + raw.mid(5), name.trimmed(), now.addSecs(qint64(minutes) * 60)};
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Expired codes go whenever a new one is made: the table never grows.
    q.prepare(QStringLiteral("DELETE FROM pairing_codes WHERE expires_at <= ?"));
    q.addBindValue(timestamp(now));
    q.exec();
    q.prepare(QStringLiteral("INSERT INTO pairing_codes (code_hash, name, created_at, expires_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(digest(raw.toLatin1()));
    q.addBindValue(code.name.isNull() ? QStringLiteral("") : code.name); // a null QString would bind as NULL
    q.addBindValue(timestamp(now));
    q.addBindValue(timestamp(code.expiresAt));
    if (!q.exec())
        return storeError(q);
    return code;
}

Result<IssuedToken> AccessTokens::redeem(const QString &code, const QString &clientName, const QDateTime &now)
{
    while (!m_failures.isEmpty() && m_failures.first().secsTo(now) >= 60)
        m_failures.removeFirst();
    if (m_failures.size() >= kMaxFailuresPerMinute)
        return ServiceError::unavailable(QStringLiteral("too many wrong pairing codes in the last minute; wait a minute and try again"));
    const QString normalized = normalizedCode(code);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    QString codeName;
    bool found = false;
    if (!normalized.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name FROM pairing_codes WHERE code_hash = ? AND expires_at > ?"));
        q.addBindValue(digest(normalized.toLatin1()));
        q.addBindValue(timestamp(now));
        if (!q.exec())
            return storeError(q);
        found = q.next();
        if (found)
            codeName = q.value(0).toString();
    }
    if (!found) {
        m_failures.append(now);
        return ServiceError::notFound(QStringLiteral("this pairing code is unknown, used or expired; make a new one on the server "
                                                     "(vman token create)"));
    }
    const QString name = codeName.isEmpty() ? clientName.trimmed() : codeName;
    if (auto problem = nameProblem(name))
        return ServiceError::invalid({{QStringLiteral("name"), *problem, QStringLiteral("value_error")}});

    std::array<quint32, 8> words{}; // 256 bits from the system's generator
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray random(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof words));
    IssuedToken issued;
    issued.secret = QStringLiteral("vman_") + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    issued.token = ClientToken{QUuid::createUuid().toString(QUuid::WithoutBraces), name, now, {}};
    // The code is used up and the token made in one transaction: a code never pairs twice.
    if (!db.transaction())
        return ServiceError::unavailable(QStringLiteral("the state database is busy: %1").arg(db.lastError().text()));
    q.prepare(QStringLiteral("DELETE FROM pairing_codes WHERE code_hash = ?"));
    q.addBindValue(digest(normalized.toLatin1()));
    const bool removed = q.exec() && q.numRowsAffected() == 1;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO access_tokens (id, name, token_hash, created_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(issued.token.id);
    insert.addBindValue(issued.token.name);
    insert.addBindValue(digest(issued.secret.toLatin1()));
    insert.addBindValue(timestamp(now));
    if (!removed || !insert.exec() || !db.commit()) {
        db.rollback();
        if (!removed)
            return ServiceError::notFound(QStringLiteral("this pairing code is unknown, used or expired"));
        return storeError(insert);
    }
    return issued;
}

std::optional<QString> AccessTokens::verify(const QByteArray &secret, const QDateTime &now)
{
    if (!secret.startsWith("vman_") || secret.size() > 128)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT id FROM access_tokens WHERE token_hash = ?"));
    q.addBindValue(digest(secret));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString id = q.value(0).toString();
    const QDateTime written = m_lastUseWritten.value(id);
    if (!written.isValid() || written.secsTo(now) >= 60) {
        m_lastUseWritten.insert(id, now);
        q.prepare(QStringLiteral("UPDATE access_tokens SET last_used_at = ? WHERE id = ?"));
        q.addBindValue(timestamp(now));
        q.addBindValue(id);
        q.exec(); // a use not recorded is not worth refusing the request for
    }
    return id;
}

Result<QList<ClientToken>> AccessTokens::list() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT id, name, created_at, last_used_at FROM access_tokens ORDER BY created_at, id")))
        return storeError(q);
    QList<ClientToken> tokens;
    while (q.next())
        tokens.append(tokenFrom(q));
    return tokens;
}

Result<ClientToken> AccessTokens::revoke(const QString &idOrName)
{
    const Result<QList<ClientToken>> all = list();
    if (!all.ok())
        return all.error();
    QList<ClientToken> matches;
    for (const ClientToken &token : all.value()) {
        if (token.id == idOrName)
            matches = {token};
    }
    if (matches.isEmpty()) {
        for (const ClientToken &token : all.value()) {
            if (token.name == idOrName)
                matches.append(token);
        }
    }
    if (matches.isEmpty())
        return ServiceError::notFound(QStringLiteral("no client token '%1'").arg(idOrName.left(100)));
    if (matches.size() > 1)
        return ServiceError::conflict(QStringLiteral("%1 tokens are named '%2': revoke one by its id").arg(matches.size()).arg(idOrName));
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM access_tokens WHERE id = ?"));
    q.addBindValue(matches.first().id);
    if (!q.exec())
        return storeError(q);
    m_lastUseWritten.remove(matches.first().id);
    return matches.first();
}

} // namespace vman
