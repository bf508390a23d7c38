// SPDX-License-Identifier: GPL-3.0-or-later
// One client connection behind the front door. Reads one request at a time (head within its
// limits and deadline, then its body), answers what the policy refuses itself, and forwards the
// rest to Qt's parser through `inner`, the front door's end of a socket pair. Nothing more is read
// from the client until Qt's reply has been passed on and the client has taken most of it.
// A WebSocket upgrade that Qt accepts (101) turns the connection into a tunnel: bytes pass both
// ways unchanged, each direction held back while the other side has not taken what it was given,
// and either side closing closes the other.
#pragma once

#include "ChunkedBody.h"
#include "FrontDoorPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QLocalSocket;
class QSslSocket;
class QTcpSocket;

namespace vman::frontdoor {

class FrontDoorServer;

// A request target as the log shows it: credentials in its query (console tickets) left out.
QByteArray redactedTarget(const QByteArray &target);

class FrontDoorConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontDoorConnection)

public:
    FrontDoorConnection(FrontDoorServer &server, QTcpSocket *client, QLocalSocket *inner);
    ~FrontDoorConnection() override;

    // Whether the connection may be closed to make room for a new one: it waits for a request
    // (idle, or a head still trickling in), with nothing of ours in flight.
    bool evictable() const;
    // Since when it has waited in that state.
    qint64 waitingSinceMs() const { return m_waitingSinceMs; }
    void evict();

private:
    enum class Phase { Head, Body, Waiting, Closing, Tunnel };
    enum class Deadline { None, Idle, Head, Body };

    void readClient();
    void process();
    bool startRequest();
    bool readBody();
    void forward();
    void readInner();
    void pumpTunnel();
    bool parseReplyHead();
    void replyDone();
    void refuse(int status, const QByteArray &detail, const FieldList &headers = {}, bool keepAlive = false);
    void beginClose();
    void continueClose();
    void finish();
    void setDeadline(Deadline deadline);
    void deadlinePassed();
    QByteArray logTarget() const;
    qint64 clientUnsent() const;
    void clientTookBytes();
    void watchCredentials();

    FrontDoorServer &m_server;
    QTcpSocket *m_client;
    QSslSocket *m_tls;            // m_client when the API serves HTTPS, else null
    QLocalSocket *m_inner;
    Phase m_phase = Phase::Head;
    Deadline m_deadline = Deadline::None;
    QTimer m_timer;
    QTimer m_credentialCheck;     // while a stream lasts: is its token still valid?
    QByteArray m_authorization;   // of the request being served

    QByteArray m_in;              // client bytes not yet consumed
    qsizetype m_scanned = 0;      // how much of m_in the head scan has seen
    std::optional<RequestHead> m_head;
    Verdict m_verdict;
    qint64 m_bodyLeft = 0;        // Content-Length bytes still to come
    std::unique_ptr<ChunkedBody> m_chunked;
    QByteArray m_body;
    QElapsedTimer m_started;

    QByteArray m_replyHead;       // Qt's reply head, until complete
    bool m_replyHeadDone = false;
    qint64 m_replyLeft = -1;      // body bytes of Qt's reply still to pass on; -1: a stream until close
    QByteArray m_reply;           // bytes from Qt not yet passed on
    bool m_replyCloses = false;   // the connection ends after this reply
    bool m_innerClosed = false;
    bool m_halfClosed = false;    // our sending side is shut down
    qint64 m_lingered = 0;        // bytes discarded while closing
    bool m_finished = false;
    qint64 m_waitingSinceMs = 0;
};

} // namespace vman::frontdoor
