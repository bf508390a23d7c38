// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteHost.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <QWebSocket>

#include <memory>

namespace vman::client {

namespace {

constexpr int kStreamSilenceMs = 60'000; // the server sends a heartbeat every 15 s: 60 s of nothing is a loss

QString fingerprintOf(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QString() : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex().toUpper());
}

QString describe(QNetworkReply *reply)
{
    return reply->errorString();
}

// Lets `network` talk to the certificate with `fingerprint` only, however it is signed: the pin
// decides, not the certificate authorities (a self-signed certificate passes when it is the one
// confirmed, any other fails). Another certificate calls `refused` and its reply ends before any of
// the request is sent.
void pinCertificate(QNetworkAccessManager *network, QObject *context, const QString &fingerprint, std::function<void()> refused)
{
    QObject::connect(network, &QNetworkAccessManager::sslErrors, context, [fingerprint, refused](QNetworkReply *reply, const QList<QSslError> &errors) {
        if (fingerprintOf(reply->sslConfiguration().peerCertificate()) == fingerprint)
            reply->ignoreSslErrors(errors);
        else
            refused();
    });
    QObject::connect(network, &QNetworkAccessManager::encrypted, context, [fingerprint, refused](QNetworkReply *reply) {
        if (fingerprintOf(reply->sslConfiguration().peerCertificate()) != fingerprint) {
            refused();
            reply->abort();
        }
    });
}

// "vman-stream <id> new|resumed|incomplete", the server's note at the head of each stream.
std::pair<QString, QByteArray> streamNote(const QList<QByteArray> &comments)
{
    for (const QByteArray &comment : comments) {
        const QList<QByteArray> parts = comment.split(' ');
        if (parts.size() == 3 && parts.at(0) == "vman-stream")
            return {QString::fromLatin1(parts.at(1)), parts.at(2)};
    }
    return {};
}

} // namespace

QJsonObject ApiAnswer::object() const
{
    return QJsonDocument::fromJson(body).object();
}

RemoteHost::RemoteHost(HostIdentity identity, QObject *parent) : QObject(parent), m_identity(std::move(identity))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteHost::openStream);
    // Only the certificate we paired with.
    pinCertificate(&m_network, this, m_identity.fingerprint, [this] { m_certificateMismatch = true; });
}

RemoteHost::~RemoteHost()
{
    m_wanted = false;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
    }
}

void RemoteHost::setState(State state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged(state, detail);
}

QNetworkRequest RemoteHost::request(const QString &path) const
{
    QNetworkRequest request(m_identity.url.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + m_identity.token);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

namespace {

std::optional<ServiceError> checkPairingUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        return ServiceError::invalid({{QStringLiteral("url"), QStringLiteral("pairing needs the server's https:// address"),
                                       QStringLiteral("value_error")}});
    }
    return std::nullopt;
}

} // namespace

void RemoteHost::probeCertificate(const QUrl &url, QObject *context, std::function<void(Result<QString>)> done)
{
    if (const auto refused = checkPairingUrl(url))
        return done(*refused);
    auto *network = new QNetworkAccessManager(context);
    auto seen = std::make_shared<QString>();
    // A certificate no authority vouches for (VMAN_API_TLS=auto): its errors are not ignored, so
    // the handshake ends here and the request is never sent.
    QObject::connect(network, &QNetworkAccessManager::sslErrors, network, [seen](QNetworkReply *reply, const QList<QSslError> &) {
        *seen = fingerprintOf(reply->sslConfiguration().peerCertificate());
    });
    // One the system trusts: ended after the handshake, before any of the request is sent.
    QObject::connect(network, &QNetworkAccessManager::encrypted, network, [seen](QNetworkReply *reply) {
        *seen = fingerprintOf(reply->sslConfiguration().peerCertificate());
        reply->abort();
    });
    QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/health"))));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(kCallTimeoutMs);
    QNetworkReply *reply = network->get(request);
    // Queued: abort() finishes the reply inside QNAM's signal, and the caller asks the user.
    QObject::connect(
        reply, &QNetworkReply::finished, network,
        [reply, network, seen, url, done] {
            reply->deleteLater();
            network->deleteLater();
            if (seen->isEmpty())
                return done(ServiceError::unavailable(QStringLiteral("cannot reach %1: %2").arg(url.toString(), describe(reply))));
            done(*seen);
        },
        Qt::QueuedConnection);
}

void RemoteHost::pair(const QUrl &url, const QString &fingerprint, const QString &code, const QString &clientName, QObject *context,
                      std::function<void(Result<HostIdentity>)> done)
{
    if (const auto refused = checkPairingUrl(url))
        return done(*refused);
    const QString confirmed = QString(fingerprint).remove(QLatin1Char(':')).toUpper();
    auto *network = new QNetworkAccessManager(context);
    auto otherCertificate = std::make_shared<bool>(false);
    // The confirmed certificate only: the code goes nowhere else.
    pinCertificate(network, network, confirmed, [otherCertificate] { *otherCertificate = true; });
    QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/auth/pair"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(kCallTimeoutMs);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), clientName}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network->post(request, body);
    QObject::connect(
        reply, &QNetworkReply::finished, network,
        [reply, network, otherCertificate, confirmed, url, clientName, done] {
            reply->deleteLater();
            network->deleteLater();
            if (*otherCertificate) {
                return done(ServiceError::failed(QStringLiteral("%1 now shows another certificate than the one you confirmed; the pairing code "
                                                                "was not sent")
                                                     .arg(url.host())));
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 0)
                return done(ServiceError::unavailable(QStringLiteral("cannot reach %1: %2").arg(url.toString(), describe(reply))));
            if (status != 201) {
                const QString detail = answer.value(QStringLiteral("detail")).isString() ? answer.value(QStringLiteral("detail")).toString()
                                                                                          : QStringLiteral("HTTP %1").arg(status);
                return done(ServiceError::conflict(QStringLiteral("%1 refused the pairing: %2").arg(url.host(), detail)));
            }
            // The server names its certificate too: both must agree (nothing in between re-encrypts).
            const QString told = answer.value(QStringLiteral("fingerprint")).toString().remove(QLatin1Char(':')).toUpper();
            if (!told.isEmpty() && told != confirmed)
                return done(ServiceError::failed(QStringLiteral("the certificate %1 showed is not the one it names; not paired").arg(url.host())));
            HostIdentity identity;
            identity.url = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
            identity.fingerprint = confirmed;
            identity.token = answer.value(QStringLiteral("token")).toString().toLatin1();
            identity.tokenId = answer.value(QStringLiteral("id")).toString();
            identity.name = answer.value(QStringLiteral("name")).toString(clientName);
            if (identity.token.isEmpty())
                return done(ServiceError::failed(QStringLiteral("%1 answered the pairing without a token").arg(url.host())));
            done(identity);
        },
        Qt::QueuedConnection);
}

void RemoteHost::call(const QByteArray &method, const QString &path, const QByteArray &jsonBody, std::function<void(Result<ApiAnswer>)> done,
                      int timeoutMs)
{
    QNetworkRequest request = this->request(path);
    request.setTransferTimeout(timeoutMs);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, jsonBody);
    QPointer<RemoteHost> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply, done] {
        reply->deleteLater();
        if (!self)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            if (self->m_certificateMismatch) {
                self->setState(State::CertificateChanged, QStringLiteral("the server's certificate is not the one paired with"));
                return done(ServiceError::failed(QStringLiteral("%1 shows another certificate than the one paired with: refused "
                                                                "(pair again only if you know why it changed)")
                                                     .arg(self->m_identity.url.host())));
            }
            return done(ServiceError::unavailable(QStringLiteral("%1: %2").arg(self->m_identity.url.host(), describe(reply))));
        }
        if (status == 401)
            self->setState(State::Unauthorized, QStringLiteral("the server refused this client's token (revoked?)"));
        done(ApiAnswer{status, reply->readAll()});
    });
}

QWebSocket *RemoteHost::openConsole(const QString &vmId, const QString &channel, QObject *owner)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, owner);
    QUrl url = m_identity.url.resolved(QUrl(QStringLiteral("/vms/%1/%2").arg(vmId, channel)));
    url.setScheme(m_identity.url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_identity.token);
    QPointer<RemoteHost> self(this);
    const QString pinned = m_identity.fingerprint;
    connect(socket, &QWebSocket::sslErrors, socket, [socket, pinned](const QList<QSslError> &) {
        if (fingerprintOf(socket->sslConfiguration().peerCertificate()) == pinned)
            socket->ignoreSslErrors();
    });
    // A certificate that passed the authorities' checks must still be the pinned one.
    connect(socket, &QWebSocket::connected, socket, [socket, pinned, self] {
        if (socket->requestUrl().scheme() != QLatin1String("wss") || fingerprintOf(socket->sslConfiguration().peerCertificate()) == pinned)
            return;
        socket->abort();
        if (self)
            self->setState(State::CertificateChanged, QStringLiteral("the server's certificate is not the one paired with"));
    });
    socket->open(request);
    return socket;
}

void RemoteHost::connectEvents()
{
    m_wanted = true;
    m_certificateMismatch = false;
    m_retryMs = kFirstRetryMs;
    m_retry.stop();
    if (!m_stream)
        openStream();
}

void RemoteHost::disconnectEvents()
{
    m_wanted = false;
    m_retry.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    setState(State::Offline, QString());
}

void RemoteHost::openStream()
{
    if (!m_wanted || m_stream)
        return;
    m_certificateMismatch = false;
    m_reader = SseReader();
    QUrlQuery query;
    if (m_wantsLists)
        query.addQueryItem(QStringLiteral("lists"), QStringLiteral("1"));
    if (!m_lastEventId.isEmpty() && !m_streamId.isEmpty())
        query.addQueryItem(QStringLiteral("stream"), m_streamId); // the run our last event id belongs to
    QNetworkRequest request = this->request(query.isEmpty() ? QStringLiteral("/events") : QStringLiteral("/events?") + query.toString(QUrl::FullyEncoded));
    request.setRawHeader("Accept", "text/event-stream");
    if (!m_lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", m_lastEventId);
    m_streamFailure.clear();
    request.setTransferTimeout(kStreamSilenceMs);
    setState(State::Connecting, QString());
    m_stream = m_network.get(request);
    connect(m_stream, &QNetworkReply::readyRead, this, &RemoteHost::readStream);
    connect(m_stream, &QNetworkReply::finished, this, &RemoteHost::streamEnded);
}

void RemoteHost::readStream()
{
    if (!m_stream)
        return;
    if (m_state != State::Online && m_stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
        m_retryMs = kFirstRetryMs;
        setState(State::Online, QString());
    }
    const QList<SseEvent> events = m_reader.feed(m_stream->readAll());
    const auto [streamId, resumption] = streamNote(m_reader.takeComments());
    if (!streamId.isEmpty()) {
        // A new run of the server, or a backlog that lost events: what we mirror is stale.
        const bool stale = (!m_streamId.isEmpty() && streamId != m_streamId) || resumption == "incomplete";
        m_streamId = streamId;
        if (stale && !m_wantsLists)
            Q_EMIT resyncNeeded();
    }
    for (const SseEvent &event : events) {
        if (!m_stream)
            return; // a receiver restarted the stream
        m_lastEventId = event.id;
        const QJsonDocument json = QJsonDocument::fromJson(event.data);
        if (event.type == "lists") {
            if (!json.isObject())
                return restartStream(QStringLiteral("the host's lists could not be read"));
            Q_EMIT listsReceived(json.object());
        } else if (json.isObject()) {
            Q_EMIT eventReceived(json.object());
        }
    }
    if (m_reader.failed())
        failStream(QString::fromLatin1(m_reader.error()));
}

void RemoteHost::failStream(const QString &reason)
{
    if (!m_stream)
        return;
    m_streamFailure = reason;
    m_stream->abort(); // finished follows, and with it the retry
}

void RemoteHost::restartStream(const QString &reason)
{
    // Neither resumed nor trusted: the next stream starts from nothing (with lists, if wanted).
    m_lastEventId.clear();
    m_streamId.clear();
    failStream(reason);
}

void RemoteHost::streamEnded()
{
    QNetworkReply *reply = m_stream;
    if (!reply)
        return;
    m_stream = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_wanted)
        return;
    if (m_certificateMismatch) {
        return setState(State::CertificateChanged,
                        QStringLiteral("%1 shows another certificate than the one paired with: refused").arg(m_identity.url.host()));
    }
    if (status == 401)
        return setState(State::Unauthorized, QStringLiteral("the server refused this client's token (revoked?)"));
    const QString reason = !m_streamFailure.isEmpty() ? m_streamFailure
                           : status == 0              ? describe(reply)
                           : status == 200            ? QStringLiteral("the event stream ended")
                                                      : QStringLiteral("HTTP %1").arg(status);
    scheduleRetry(reason);
}

void RemoteHost::scheduleRetry(const QString &reason)
{
    setState(State::Offline, QStringLiteral("%1; trying again in %2 s").arg(reason).arg(m_retryMs / 1000.0, 0, 'f', 0));
    m_retry.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
}

} // namespace vman::client
