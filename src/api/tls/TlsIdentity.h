// SPDX-License-Identifier: GPL-3.0-or-later
// The API's HTTPS identity: a certificate (with its chain) and the private key that goes with it,
// read from PEM files the administrator gives (VMAN_API_TLS_CERT / VMAN_API_TLS_KEY) or made once,
// self-signed, in the storage folder (VMAN_API_TLS=auto). Clients pin its SHA-256 fingerprint.
#pragma once

#include "ServiceError.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace vman::tls {

struct TlsIdentity
{
    QSslCertificate certificate;
    QList<QSslCertificate> chain; // intermediates after the certificate, as given
    QSslKey key;
    QString certificatePath;
    bool selfSigned = false;

    // "AB:CD:..." over the certificate's DER bytes, as `openssl x509 -fingerprint -sha256` shows it.
    QString fingerprint() const;
    // The server side of a TLS 1.2+ connection with this identity.
    QSslConfiguration serverConfiguration() const;
};

// Reads both files and checks that they belong together and that the certificate is in force.
Result<TlsIdentity> loadIdentity(const QString &certificatePath, const QString &keyPath, const QDateTime &now = QDateTime::currentDateTimeUtc());

// <folder>/api-cert.pem and api-key.pem: read if they exist, else made (an ECDSA P-256 key and a
// certificate valid for ten years naming `hostNames` and `addresses`, both files 0600).
Result<TlsIdentity> loadOrCreateSelfSigned(const QString &folder, const QStringList &hostNames, const QStringList &addresses,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc());

// Colon-separated upper-case hex of SHA-256 over the DER bytes.
QString fingerprintOf(const QSslCertificate &certificate);
// The same text normalised for comparison: hex digits only, upper case; empty if not 64 digits.
QString normalizedFingerprint(const QString &text);

// How /health reports the certificate: "ok", "warning" within 30 days of its end, "error" past it.
struct CertificateHealth
{
    QString status;
    qint64 daysLeft = 0;
    QString detail;
};
CertificateHealth certificateHealth(const TlsIdentity &identity, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace vman::tls
