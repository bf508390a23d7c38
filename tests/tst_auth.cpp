// SPDX-License-Identifier: GPL-3.0-or-later
// Pairing codes and client tokens (core/auth/AccessTokens) and the API's HTTPS identity
// (api/tls/TlsIdentity), without a server.
#include "StateStore.h"
#include "auth/AccessTokens.h"
#include "tls/TlsIdentity.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vman;

class TestAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString fresh() { return m_dir.filePath(QString::number(++m_counter)); }

    static const QDateTime &t0()
    {
        static const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
        return at;
    }

private Q_SLOTS:
    void aCodePairsOnceAndOnlyWithinItsTime()
    {
        StateStore store(fresh() + QStringLiteral(".db"));
        QVERIFY(store.open());
        AccessTokens tokens(store.connectionName());
        const Result<PairingCode> code = tokens.createPairingCode(QString(), 10, t0());
        QVERIFY(code.ok());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$")).match(code.value().code).hasMatch());
        QCOMPARE(code.value().expiresAt, t0().addSecs(600));

        // Typed sloppily: lower case, no dash, spaces.
        const QString typed = code.value().code.toLower().remove(QLatin1Char('-')).insert(3, QLatin1Char(' '));
        const Result<IssuedToken> issued = tokens.redeem(typed, QStringLiteral("laptop"), t0().addSecs(599));
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        QCOMPARE(issued.value().token.name, QStringLiteral("laptop"));
        QVERIFY(issued.value().secret.startsWith(QLatin1String("vman_")));
        QVERIFY(issued.value().secret.size() >= 45);
        // Single use.
        QCOMPARE(tokens.redeem(code.value().code, QStringLiteral("again"), t0().addSecs(10)).error().kind, ErrorKind::NotFound);
        // The token works until it is revoked; neither code nor token is stored as text.
        QCOMPARE(tokens.verify(issued.value().secret.toLatin1(), t0().addSecs(700)), std::optional<QString>(issued.value().token.id));
        QVERIFY(!tokens.verify("vman_not-a-token", t0()));
        QVERIFY(!tokens.verify(issued.value().secret.toLatin1() + 'x', t0()));
        QByteArray database;
        {
            QFile file(store.path());
            QVERIFY(file.open(QIODevice::ReadOnly));
            database = file.readAll();
            QFile wal(store.path() + QStringLiteral("-wal"));
            if (wal.open(QIODevice::ReadOnly))
                database += wal.readAll();
        }
        QVERIFY(database.contains(AccessTokens::digest(issued.value().secret.toLatin1()).toLatin1()));
        QVERIFY(!database.contains(issued.value().secret.toLatin1()));
        QVERIFY(!database.contains(QString(code.value().code).remove(QLatin1Char('-')).toLatin1()));
        const auto listed = tokens.list();
        QVERIFY(listed.ok() && listed.value().size() == 1);
        QCOMPARE(listed.value().first().lastUsedAt, t0().addSecs(700));
        QVERIFY(tokens.revoke(QStringLiteral("laptop")).ok());
        QVERIFY(!tokens.verify(issued.value().secret.toLatin1(), t0().addSecs(800)));

        // Expired: refused like an unknown code.
        const Result<PairingCode> late = tokens.createPairingCode(QStringLiteral("desk"), 1, t0());
        QVERIFY(late.ok());
        QCOMPARE(tokens.redeem(late.value().code, QString(), t0().addSecs(60)).error().kind, ErrorKind::NotFound);
        // A code made for a named client names the token, whatever the client says.
        const Result<PairingCode> named = tokens.createPairingCode(QStringLiteral("desk"), 5, t0());
        const auto desk = tokens.redeem(named.value().code, QStringLiteral("something else"), t0().addSecs(1));
        QVERIFY(desk.ok());
        QCOMPARE(desk.value().token.name, QStringLiteral("desk"));
    }

    void guessingIsThrottledAndNamesAreChecked()
    {
        StateStore store(fresh() + QStringLiteral(".db"));
        QVERIFY(store.open());
        AccessTokens tokens(store.connectionName());
        const Result<PairingCode> code = tokens.createPairingCode(QString(), 10, t0());
        QVERIFY(code.ok());
        // A client without a name cannot pair with an unnamed code (and the code is not used up).
        QCOMPARE(tokens.redeem(code.value().code, QStringLiteral("  "), t0()).error().kind, ErrorKind::Invalid);
        QCOMPARE(tokens.redeem(code.value().code, QStringLiteral("bad\nname"), t0()).error().kind, ErrorKind::Invalid);
        for (int i = 0; i < AccessTokens::kMaxFailuresPerMinute; ++i)
            QCOMPARE(tokens.redeem(QStringLiteral("AAAAA-AAAA%1").arg(i), QStringLiteral("x"), t0().addSecs(i)).error().kind, ErrorKind::NotFound);
        // Now even the right code waits until the minute has passed.
        QCOMPARE(tokens.redeem(code.value().code, QStringLiteral("x"), t0().addSecs(30)).error().kind, ErrorKind::Unavailable);
        QVERIFY(tokens.redeem(code.value().code, QStringLiteral("x"), t0().addSecs(70)).ok());
        QCOMPARE(tokens.createPairingCode(QString(), 0, t0()).error().kind, ErrorKind::Invalid);
        QCOMPARE(tokens.createPairingCode(QString(), AccessTokens::kMaxCodeMinutes + 1, t0()).error().kind, ErrorKind::Invalid);
        QCOMPARE(tokens.createPairingCode(QString(65, QLatin1Char('n')), 5, t0()).error().kind, ErrorKind::Invalid);
        QCOMPARE(AccessTokens::normalizedCode(QStringLiteral("oiL23-45678")), QStringLiteral("01123" "45678"));
        QVERIFY(AccessTokens::normalizedCode(QStringLiteral("UUUUU-UUUUU")).isEmpty()); // U is not in the alphabet
        QVERIFY(AccessTokens::normalizedCode(QStringLiteral("12345")).isEmpty());
        // Two clients of one name: revoked by id only.
        for (const char *name : {"twin", "twin"}) {
            const auto c = tokens.createPairingCode(QString::fromLatin1(name), 5, t0().addSecs(100));
            QVERIFY(tokens.redeem(c.value().code, QString(), t0().addSecs(100)).ok());
        }
        QCOMPARE(tokens.revoke(QStringLiteral("twin")).error().kind, ErrorKind::Conflict);
        QCOMPARE(tokens.revoke(QStringLiteral("nobody")).error().kind, ErrorKind::NotFound);
        const QString twinId = tokens.list().value().last().id;
        QVERIFY(tokens.revoke(twinId).ok());
        QVERIFY(tokens.revoke(QStringLiteral("twin")).ok());
    }

    void selfSignedIdentityIsMadeOnceAndKeptPrivate()
    {
        const QString folder = fresh();
        const auto made = tls::loadOrCreateSelfSigned(folder, {QStringLiteral("box"), QStringLiteral("localhost")},
                                                      {QStringLiteral("127.0.0.1"), QStringLiteral("0.0.0.0"), QStringLiteral("192.0.2.7")});
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QVERIFY(made.value().selfSigned);
        QCOMPARE(made.value().key.algorithm(), QSsl::Ec);
        const QString fingerprint = made.value().fingerprint();
        QCOMPARE(fingerprint.size(), 32 * 3 - 1);
        QCOMPARE(tls::normalizedFingerprint(fingerprint.toLower()), QString(fingerprint).remove(QLatin1Char(':')));
        QVERIFY(tls::normalizedFingerprint(QStringLiteral("AB:CD")).isEmpty());
        for (const char *file : {"api-cert.pem", "api-key.pem"}) {
            const QFile::Permissions permissions = QFile::permissions(folder + QLatin1Char('/') + QLatin1String(file));
            QVERIFY2(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOwner)), file);
            QVERIFY(permissions & QFile::ReadOwner);
        }
        const QSslCertificate &certificate = made.value().certificate;
        const auto names = certificate.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("box")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("192.0.2.7")));
        QVERIFY(!names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0.0.0.0")));
        QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(3640));
        QCOMPARE(tls::certificateHealth(made.value()).status, QStringLiteral("ok"));
        QCOMPARE(tls::certificateHealth(made.value(), certificate.expiryDate().addDays(-3)).status, QStringLiteral("warning"));
        QCOMPARE(tls::certificateHealth(made.value(), certificate.expiryDate().addDays(1)).status, QStringLiteral("error"));
        // The second start reads the same identity: clients' pins stay valid.
        const auto again = tls::loadOrCreateSelfSigned(folder, {QStringLiteral("other")}, {});
        QVERIFY(again.ok());
        QCOMPARE(again.value().fingerprint(), fingerprint);
        QVERIFY(!made.value().serverConfiguration().localCertificate().isNull());
    }

    void brokenIdentitiesAreRefusedWithTheReason()
    {
        const QString a = fresh();
        const QString b = fresh();
        QVERIFY(tls::loadOrCreateSelfSigned(a, {QStringLiteral("a")}, {}).ok());
        QVERIFY(tls::loadOrCreateSelfSigned(b, {QStringLiteral("b")}, {}).ok());
        const auto mixed = tls::loadIdentity(a + QStringLiteral("/api-cert.pem"), b + QStringLiteral("/api-key.pem"));
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.error().message.contains(QLatin1String("does not belong")), qPrintable(mixed.error().message));
        const auto missing = tls::loadIdentity(a + QStringLiteral("/nope.pem"), a + QStringLiteral("/api-key.pem"));
        QVERIFY(!missing.ok() && missing.error().message.contains(QLatin1String("nope.pem")));
        // The key file given as the certificate: no certificate in it.
        const auto swapped = tls::loadIdentity(a + QStringLiteral("/api-key.pem"), a + QStringLiteral("/api-cert.pem"));
        QVERIFY(!swapped.ok() && swapped.error().message.contains(QLatin1String("no PEM certificate")));
        const QString encrypted = a + QStringLiteral("/encrypted.pem");
        QFile file(encrypted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiF\n-----END ENCRYPTED PRIVATE KEY-----\n");
        file.close();
        const auto locked = tls::loadIdentity(a + QStringLiteral("/api-cert.pem"), encrypted);
        QVERIFY(!locked.ok() && locked.error().message.contains(QLatin1String("passphrase")));
        // Expired: made eleven years ago.
        const QString old = fresh();
        QVERIFY(tls::loadOrCreateSelfSigned(old, {QStringLiteral("old")}, {}, QDateTime::currentDateTimeUtc().addYears(-11)).ok());
        const auto expired = tls::loadIdentity(old + QStringLiteral("/api-cert.pem"), old + QStringLiteral("/api-key.pem"));
        QVERIFY(!expired.ok() && expired.error().message.contains(QLatin1String("expired")));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
