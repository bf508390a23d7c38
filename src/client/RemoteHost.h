// SPDX-License-Identifier: GPL-3.0-or-later
// A connection to another VMAN's API over HTTPS: pairing (trust on first use of the server's
// certificate, then a pairing code for a token of our own), calls with that token to a server
// whose certificate must keep its pinned SHA-256 fingerprint (as SSH keeps host keys), and the
// event stream, reopened after a loss with back-off and resumed with Last-Event-ID.
#pragma once

#include "ServiceError.h"
#include "SseReader.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkReply;
class QWebSocket;

namespace vman::client {

// What is remembered of a paired host.
struct HostIdentity
{
    QUrl url;            // https://host:port
    QString fingerprint; // SHA-256 of its certificate, 64 upper-case hex digits
    QByteArray token;    // our client token ("vman_...")
    QString tokenId;
    QString name;        // what we called ourselves when pairing
};

struct ApiAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const;
};

class RemoteHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteHost)

public:
    enum class State {
        Offline,            // not connected (not started, or waiting to retry)
        Connecting,
        Online,             // the event stream is open
        CertificateChanged, // the server shows another certificate than the one pinned: refused
        Unauthorized,       // the token was refused (revoked)
    };
    Q_ENUM(State)

    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 30'000;
    static constexpr int kCallTimeoutMs = 30'000;
    // A lifecycle action answers when it is done: a graceful stop waits for the guest (30 s by
    // default) before forcing it.
    static constexpr int kLifecycleTimeoutMs = 150'000;

    explicit RemoteHost(HostIdentity identity, QObject *parent = nullptr);
    ~RemoteHost() override;

    const HostIdentity &identity() const { return m_identity; }
    State state() const { return m_state; }
    QString stateDetail() const { return m_detail; }

    // Pairing takes two steps, in SSH's order: the server's certificate first, then the secret.
    // 1. The SHA-256 fingerprint (64 upper-case hex digits) of the certificate the server at `url`
    //    shows, read from a TLS handshake that sends nothing: the connection ends with the
    //    handshake. The caller shows it, to compare with what the server printed.
    static void probeCertificate(const QUrl &url, QObject *context, std::function<void(Result<QString>)> done);
    // 2. Pairs with the server at `url` whose certificate has `fingerprint` (as confirmed): the
    //    code is presented once and only to that certificate (a server that shows another one
    //    never sees it), and the identity to remember comes back.
    static void pair(const QUrl &url, const QString &fingerprint, const QString &code, const QString &clientName, QObject *context,
                     std::function<void(Result<HostIdentity>)> done);

    // One API call with our token, to the pinned certificate only. `done` gets the answer (any
    // status), or an error when no answer came (network, certificate changed, `timeoutMs` of
    // silence).
    void call(const QByteArray &method, const QString &path, const QByteArray &jsonBody, std::function<void(Result<ApiAnswer>)> done,
              int timeoutMs = kCallTimeoutMs);

    // A VM's console as a WebSocket (`channel`: "serial" or "vnc"), with our token, to the pinned
    // certificate only (another certificate: the socket is aborted and the state says why). It is
    // opening when returned (signals come from the event loop): the caller connects and owns it.
    QWebSocket *openConsole(const QString &vmId, const QString &channel, QObject *owner);

    // Opens the event stream and keeps it open: after a loss it is reopened (1 s, doubling to
    // 30 s), resuming after the last event seen. A changed certificate or a refused token stops
    // the retries until connectEvents() is called again.
    void connectEvents();
    void disconnectEvents();
    QByteArray lastEventId() const { return m_lastEventId; }
    // Whether the stream should open with the host's lists (GET /events?lists=1) whenever it
    // cannot resume: `listsReceived` then replaces `resyncNeeded`. Set before connecting.
    void setWantsLists(bool wanted) { m_wantsLists = wanted; }
    // What came cannot be used (`reason` says why): the stream is opened again from the start,
    // with back-off, as after a loss.
    void restartStream(const QString &reason);

Q_SIGNALS:
    void stateChanged(vman::client::RemoteHost::State state, const QString &detail);
    void eventReceived(const QJsonObject &event);
    // The host's templates, VMs, disks and images as the stream opened (`lists` event; only when
    // asked for): every event after it is a change to them.
    void listsReceived(const QJsonObject &lists);
    // The stream is open again but could not resume (the server restarted, or its backlog no
    // longer holds what was missed): whoever mirrors the host's state must read it again. Not
    // emitted when lists were asked for: they come instead.
    void resyncNeeded();

private:
    void setState(State state, const QString &detail);
    QNetworkRequest request(const QString &path) const;
    void watch(QNetworkReply *reply);
    void openStream();
    void readStream();
    void streamEnded();
    void failStream(const QString &reason);
    void scheduleRetry(const QString &reason);

    HostIdentity m_identity;
    QNetworkAccessManager m_network;
    State m_state = State::Offline;
    QString m_detail;
    bool m_wanted = false;          // connectEvents() was called and not undone
    bool m_certificateMismatch = false;
    bool m_wantsLists = false;
    QPointer<QNetworkReply> m_stream;
    QString m_streamFailure;        // why we ended the stream ourselves
    SseReader m_reader;
    QByteArray m_lastEventId;
    QString m_streamId;             // the server run the last event id belongs to
    QTimer m_retry;
    int m_retryMs = kFirstRetryMs;
};

} // namespace vman::client
