// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsIdentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QSslCipher>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <memory>

namespace vman::tls {

namespace {

constexpr int kValidDays = 3650;   // a pinned certificate is replaced only when its owner decides
constexpr int kWarnDays = 30;

// Qt's own TLS backend is OpenSSL, but QSslKey cannot make keys or certificates, nor tell whether
// a key belongs to a certificate: those few steps use libcrypto directly.
struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, Free>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

Owned<EVP_PKEY> readPrivateKey(const QByteArray &pem)
{
    Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    // No passphrase callback: an encrypted key cannot be read (a server starts unattended).
    auto noPassphrase = [](char *, int, int, void *) -> int { return 0; };
    return Owned<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    return bioBytes(bio.get());
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QString problemWith(const QString &what, const QString &path, const QString &reason)
{
    return QStringLiteral("%1 %2: %3").arg(what, QDir::toNativeSeparators(path), reason);
}

Result<TlsIdentity> makeIdentity(const QList<QSslCertificate> &certificates, const QByteArray &keyPem, const QString &certificatePath,
                                 const QString &keyPath, const QDateTime &now)
{
    if (certificates.isEmpty())
        return ServiceError::failed(problemWith(QStringLiteral("no PEM certificate in"), certificatePath, QStringLiteral("expected -----BEGIN CERTIFICATE-----")));
    const Owned<EVP_PKEY> key = readPrivateKey(keyPem);
    if (!key) {
        const bool encrypted = keyPem.contains("ENCRYPTED");
        return ServiceError::failed(problemWith(QStringLiteral("cannot read the private key"), keyPath,
                                                 encrypted ? QStringLiteral("it is protected by a passphrase; VMAN needs it without one "
                                                                            "(openssl pkey -in key.pem -out plain.pem)")
                                                           : QStringLiteral("expected a PEM private key (-----BEGIN PRIVATE KEY-----)")));
    }
    QSsl::KeyAlgorithm algorithm;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_RSA: algorithm = QSsl::Rsa; break;
    case EVP_PKEY_EC: algorithm = QSsl::Ec; break;
    default:
        return ServiceError::failed(problemWith(QStringLiteral("unsupported private key in"), keyPath,
                                                 QStringLiteral("VMAN serves RSA and ECDSA keys")));
    }
    const QByteArray der = certificates.first().toDer();
    const unsigned char *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    const Owned<X509> x509(d2i_X509(nullptr, &cursor, long(der.size())));
    if (!x509 || X509_check_private_key(x509.get(), key.get()) != 1) {
        return ServiceError::failed(QStringLiteral("the private key %1 does not belong to the certificate %2")
                                         .arg(QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(certificatePath)));
    }
    const QSslCertificate &certificate = certificates.first();
    if (certificate.expiryDate() <= now) {
        return ServiceError::failed(problemWith(QStringLiteral("the certificate"), certificatePath,
                                                 QStringLiteral("it expired on %1").arg(certificate.expiryDate().toString(Qt::ISODate))));
    }
    if (certificate.effectiveDate() > now.addSecs(300)) {
        return ServiceError::failed(problemWith(QStringLiteral("the certificate"), certificatePath,
                                                 QStringLiteral("it is valid only from %1 (is this machine's clock right?)")
                                                     .arg(certificate.effectiveDate().toString(Qt::ISODate))));
    }
    TlsIdentity identity;
    identity.certificate = certificate;
    identity.chain = certificates.mid(1);
    identity.key = QSslKey(privateKeyPem(key.get()), algorithm, QSsl::Pem, QSsl::PrivateKey);
    identity.certificatePath = certificatePath;
    identity.selfSigned = certificate.isSelfSigned();
    if (identity.key.isNull())
        return ServiceError::failed(problemWith(QStringLiteral("Qt's TLS backend cannot use the private key"), keyPath, QStringLiteral("unknown reason")));
    return identity;
}

bool writePrivately(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = problemWith(QStringLiteral("cannot write"), path, file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = problemWith(QStringLiteral("cannot write"), path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString fingerprintOf(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString text;
    for (int i = 0; i < digest.size(); i += 2) {
        if (i)
            text += QLatin1Char(':');
        text += QLatin1String(digest.mid(i, 2));
    }
    return text;
}

QString normalizedFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isDigit() || (c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('F')))
            hex += c.toUpper();
        else if (c != QLatin1Char(':') && !c.isSpace())
            return {};
    }
    return hex.size() == 64 ? hex : QString();
}

QString TlsIdentity::fingerprint() const
{
    return fingerprintOf(certificate);
}

QSslConfiguration TlsIdentity::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves with tokens
    configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    // AES-128-GCM first (the server's order counts): as strong as any client needs here, and the
    // cheapest on a CPU with AES instructions; the rest in OpenSSL's own order.
    QList<QSslCipher> ciphers = configuration.ciphers();
    std::stable_partition(ciphers.begin(), ciphers.end(), [](const QSslCipher &cipher) {
        return cipher.name() == QLatin1String("TLS_AES_128_GCM_SHA256") || cipher.name().endsWith(QLatin1String("AES128-GCM-SHA256"));
    });
    configuration.setCiphers(ciphers);
    return configuration;
}

Result<TlsIdentity> loadIdentity(const QString &certificatePath, const QString &keyPath, const QDateTime &now)
{
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return ServiceError::failed(problemWith(QStringLiteral("cannot read the certificate"), certificatePath, certificateFile.errorString()));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return ServiceError::failed(problemWith(QStringLiteral("cannot read the private key"), keyPath, keyFile.errorString()));
    constexpr qint64 kMaxPemBytes = 1024 * 1024;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificateFile.read(kMaxPemBytes), QSsl::Pem);
    return makeIdentity(certificates, keyFile.read(kMaxPemBytes), certificatePath, keyPath, now);
}

Result<TlsIdentity> loadOrCreateSelfSigned(const QString &folder, const QStringList &hostNames, const QStringList &addresses, const QDateTime &now)
{
    const QString certificatePath = QDir(folder).filePath(QStringLiteral("api-cert.pem"));
    const QString keyPath = QDir(folder).filePath(QStringLiteral("api-key.pem"));
    if (QFileInfo::exists(certificatePath) || QFileInfo::exists(keyPath))
        return loadIdentity(certificatePath, keyPath, now);
    if (!QDir().mkpath(folder))
        return ServiceError::failed(problemWith(QStringLiteral("cannot create the folder"), folder, QStringLiteral("check its parent's permissions")));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const Owned<EVP_PKEY> key(EVP_EC_gen("P-256"));
    const Owned<X509> certificate(X509_new());
    const Owned<BIGNUM> serial(BN_new());
    if (!key || !certificate || !serial || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY))
        return ServiceError::failed(QStringLiteral("OpenSSL could not make a key for the API's certificate"));
    X509_set_version(certificate.get(), 2);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()));
    const time_t start = time_t(now.toSecsSinceEpoch());
    time_t from = start;
    X509_time_adj_ex(X509_getm_notBefore(certificate.get()), 0, -3600, &from); // an hour back: clocks differ
    X509_time_adj_ex(X509_getm_notAfter(certificate.get()), kValidDays, 0, &from);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray commonName = QStringLiteral("VMAN on %1").arg(hostNames.value(0, QStringLiteral("localhost"))).left(64).toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("VMAN"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    QStringList alternatives;
    for (const QString &host : hostNames) {
        if (!host.isEmpty() && QHostAddress(host).isNull() && !alternatives.contains(QStringLiteral("DNS:") + host))
            alternatives << QStringLiteral("DNS:") + host;
    }
    for (const QString &address : addresses) {
        const QHostAddress parsed(address);
        if (!parsed.isNull() && parsed != QHostAddress::AnyIPv4 && parsed != QHostAddress::AnyIPv6
            && !alternatives.contains(QStringLiteral("IP:") + parsed.toString()))
            alternatives << QStringLiteral("IP:") + parsed.toString();
    }
    const bool extended = addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
                          && addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
                          && addExtension(certificate.get(), NID_subject_key_identifier, "hash")
                          && addExtension(certificate.get(), NID_subject_alt_name, alternatives.join(QLatin1Char(',')).toLatin1());
    if (!extended || X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return ServiceError::failed(QStringLiteral("OpenSSL could not sign the API's certificate"));

    Owned<BIO> certificateBio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(certificateBio.get(), certificate.get());
    QString error;
    // The key first: a certificate without its key would be read back as a broken pair.
    if (!writePrivately(keyPath, privateKeyPem(key.get()), &error) || !writePrivately(certificatePath, bioBytes(certificateBio.get()), &error)) {
        QFile::remove(keyPath);
        return ServiceError::failed(error);
    }
    return loadIdentity(certificatePath, keyPath, now);
}

CertificateHealth certificateHealth(const TlsIdentity &identity, const QDateTime &now)
{
    CertificateHealth health;
    health.daysLeft = now.daysTo(identity.certificate.expiryDate());
    const QString until = identity.certificate.expiryDate().toString(Qt::ISODate);
    if (identity.certificate.expiryDate() <= now) {
        health.status = QStringLiteral("error");
        health.detail = QStringLiteral("the API's certificate expired on %1; clients refuse it").arg(until);
    } else if (health.daysLeft < kWarnDays) {
        health.status = QStringLiteral("warning");
        health.detail = QStringLiteral("the API's certificate expires on %1 (in %2 days)").arg(until).arg(health.daysLeft);
    } else {
        health.status = QStringLiteral("ok");
        health.detail = QStringLiteral("valid until %1").arg(until);
    }
    return health;
}

} // namespace vman::tls
