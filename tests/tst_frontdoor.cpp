// SPDX-License-Identifier: GPL-3.0-or-later
// The API's front door: the request-head reader, the chunked-body decoder and the policy as units,
// then the guard on the wire against a real server (dry-run): DNS rebinding, cross-site requests,
// CORS, limits that hold before memory is spent, no request smuggling, timeouts, connection caps.
#include "ApiServer.h"
#include "TlsIdentity.h"
#include "ChunkedBody.h"
#include "ConsoleTickets.h"
#include "FrontDoorConnection.h"
#include "FrontDoorPolicy.h"
#include "HttpClient.h"
#include "RequestHead.h"
#include "Runtime.h"
#include "VmService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QJsonDocument>
#include <QWebSocket>

using namespace vman;
using namespace vman::frontdoor;

namespace {

std::optional<RequestHead> parse(const QByteArray &bytes, HeadError *error = nullptr)
{
    HeadError scratch;
    HeadError *e = error ? error : &scratch;
    const auto end = findHeadEnd(bytes, HeadLimits{}, e);
    if (!end)
        return std::nullopt;
    return parseHead(bytes.left(*end), HeadLimits{}, e);
}

RequestHead head(const QByteArray &method, const QByteArray &target, const QList<QPair<QByteArray, QByteArray>> &fields)
{
    RequestHead h;
    h.method = method;
    h.target = target;
    h.fields = fields;
    return h;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// A server in this process (dry-run), with the options a test needs.
struct Server
{
    explicit Server(ApiServer::Options options = {})
    {
        Config config;
        config.dryRun = true;
        config.dryRunDelayMs = 300;
        config.storagePath = dir.path();
        config.dbPath = dir.filePath(QStringLiteral("states.db"));
        runtime = std::make_unique<Runtime>(config);
        QString error;
        ok = runtime->start(&error);
        api = std::make_unique<ApiServer>(*runtime, std::move(options));
        ok = ok && api->listen(QStringLiteral("127.0.0.1"), 0, &error);
        http = std::make_unique<HttpClient>(api->port());
    }
    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(api->port()); }

    QTemporaryDir dir;
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<HttpClient> http;
    bool ok = false;
};

// What a raw connection received, and whether the server closed it.
struct Exchange
{
    QByteArray received;
    bool closed = false;
    int count(const QByteArray &what) const { return int(received.count(what)); }
    int status() const { return received.startsWith("HTTP/1.1 ") ? received.mid(9, 3).toInt() : 0; }
};

// Writes `bytes` and reads until the server closes or `waitMs` passes.
Exchange exchange(quint16 port, const QByteArray &bytes, int waitMs = 3000)
{
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return result;
    socket.write(bytes);
    result.closed = QTest::qWaitFor([&] {
        result.received += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState;
    }, waitMs);
    result.received += socket.readAll();
    return result;
}

struct SocketOutcome
{
    bool opened = false;
    int closeCode = -1;
    QString closeReason;
    QByteArray received;
};

// Opens a WebSocket, optionally sends one message, and waits until it closes (or `waitMs` passes).
SocketOutcome openSocket(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}, int waitMs = 3000)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QWebSocket socket;
    SocketOutcome outcome;
    bool closed = false;
    QObject::connect(&socket, &QWebSocket::connected, [&] { outcome.opened = true; });
    QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [&](const QByteArray &m) { outcome.received += m; });
    QObject::connect(&socket, &QWebSocket::disconnected, [&] {
        closed = true;
        outcome.closeCode = socket.closeCode();
        outcome.closeReason = socket.closeReason();
    });
    socket.open(request);
    (void)QTest::qWaitFor([&] { return closed; }, waitMs);
    socket.disconnect(); // its destruction closes it: not part of the outcome
    return outcome;
}

} // namespace

class TestFrontDoor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the head reader ---------------------------------------------------------------------

    void readsAHead()
    {
        const QByteArray bytes = "POST /vms?x=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nContent-Type:  application/json \r\n"
                                 "Content-Length: 2\r\n\r\n{}";
        HeadError error;
        const auto end = findHeadEnd(bytes, HeadLimits{}, &error);
        QVERIFY(end);
        QCOMPARE(bytes.mid(*end), QByteArray("{}"));
        const auto h = parseHead(bytes.left(*end), HeadLimits{}, &error);
        QVERIFY(h);
        QCOMPARE(h->method, QByteArray("POST"));
        QCOMPARE(h->target, QByteArray("/vms?x=1"));
        QCOMPARE(h->minorVersion, 1);
        QCOMPARE(h->value("content-type"), QByteArray("application/json"));
        QCOMPARE(h->count("HOST"), 1);
        // Bare LF line ends are read too (the head is re-written before Qt sees it).
        QVERIFY(parse("GET / HTTP/1.0\nHost: a\n\n"));
    }

    void findsTheEndOfAHeadThatTricklesIn()
    {
        const QByteArray bytes = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n";
        qsizetype scanned = 0;
        for (qsizetype n = 1; n <= bytes.size(); ++n) {
            HeadError error;
            const auto end = findHeadEnd(bytes.left(n), HeadLimits{}, &error, scanned);
            QCOMPARE(error.status, 0);
            if (n < bytes.size()) {
                QVERIFY2(!end, qPrintable(QString::number(n)));
                scanned = n;
            } else {
                QCOMPARE(*end, bytes.size());
            }
        }
    }

    void refusesMalformedHeads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("folded line") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\rX-Y: b\r\n\r\n") << 400;
        QTest::newRow("NUL in value") << QByteArray("GET / HTTP/1.1\r\nHost: a\0b\r\n\r\n", 30) << 400;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("absolute form") << QByteArray("GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("asterisk") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
        QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("non-ASCII target") << QByteArray("GET /\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    }
    void refusesMalformedHeads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        HeadError error;
        QVERIFY(!parse(bytes, &error));
        QCOMPARE(error.status, status);
        QVERIFY(!error.reason.isEmpty());
    }

    void headLimits()
    {
        HeadError error;
        // A request line over 8 KiB: 414 as soon as 8 KiB are there without a line end.
        QVERIFY(!findHeadEnd("GET /" + QByteArray(9000, 'a'), HeadLimits{}, &error));
        QCOMPARE(error.status, 414);
        // A head over 64 KiB: 431 without waiting for its end.
        QVERIFY(!findHeadEnd("GET / HTTP/1.1\r\nX-A: " + QByteArray(70 * 1024, 'a'), HeadLimits{}, &error));
        QCOMPARE(error.status, 431);
        // Too many fields: 431.
        QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
        for (int i = 0; i < 101; ++i)
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        QVERIFY(!parse(many + "\r\n", &error));
        QCOMPARE(error.status, 431);
        // Within the limits, a complete head is never refused for its size.
        QVERIFY(parse("GET /" + QByteArray(8000, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n"));
    }

    void bodyFramingIsStrict_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<int>("status"); // 0: accepted
        QTest::addColumn<qint64>("length");
        QTest::newRow("none") << QByteArray() << 0 << qint64(0);
        QTest::newRow("length") << QByteArray("Content-Length: 12\r\n") << 0 << qint64(12);
        QTest::newRow("same twice") << QByteArray("Content-Length: 5\r\nContent-Length: 5\r\n") << 0 << qint64(5);
        QTest::newRow("conflicting") << QByteArray("Content-Length: 5\r\nContent-Length: 6\r\n") << 400 << qint64(0);
        QTest::newRow("conflicting list") << QByteArray("Content-Length: 5, 6\r\n") << 400 << qint64(0);
        QTest::newRow("negative") << QByteArray("Content-Length: -1\r\n") << 400 << qint64(0);
        QTest::newRow("plus sign") << QByteArray("Content-Length: +5\r\n") << 400 << qint64(0);
        QTest::newRow("hex") << QByteArray("Content-Length: 0x10\r\n") << 400 << qint64(0);
        QTest::newRow("garbage") << QByteArray("Content-Length: ten\r\n") << 400 << qint64(0);
        QTest::newRow("empty") << QByteArray("Content-Length: \r\n") << 400 << qint64(0);
        QTest::newRow("inner space") << QByteArray("Content-Length: 1 0\r\n") << 400 << qint64(0);
        QTest::newRow("overflow") << QByteArray("Content-Length: 99999999999999999999\r\n") << 400 << qint64(0);
        QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << 0 << qint64(0);
        QTest::newRow("chunked and length") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 3\r\n") << 400 << qint64(0);
        QTest::newRow("gzip") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << 501 << qint64(0);
        QTest::newRow("chunked twice") << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n") << 501 << qint64(0);
    }
    void bodyFramingIsStrict()
    {
        QFETCH(QByteArray, fields);
        QFETCH(int, status);
        QFETCH(qint64, length);
        const auto h = parse("POST / HTTP/1.1\r\nHost: a\r\n" + fields + "\r\n");
        QVERIFY(h);
        HeadError error;
        const auto framing = bodyFraming(*h, &error);
        if (status == 0) {
            QVERIFY(framing);
            QCOMPARE(framing->length, length);
        } else {
            QVERIFY(!framing);
            QCOMPARE(error.status, status);
        }
    }

    // --- the chunked decoder -----------------------------------------------------------------

    void decodesChunks()
    {
        const QByteArray wire = "4;ext=1\r\nWiki\r\n5\r\npedia\r\nE\r\n in\r\n\r\nchunks.\r\n0\r\nX-Trailer: 1\r\n\r\nGET /next";
        // Whole, and byte by byte: the same body, and what follows the body stays.
        for (bool trickle : {false, true}) {
            ChunkedBody decoder(1024);
            QByteArray input;
            ChunkedBody::Result result = ChunkedBody::Result::NeedMore;
            for (qsizetype i = 0; i < wire.size() && result == ChunkedBody::Result::NeedMore; i += trickle ? 1 : wire.size()) {
                input += wire.mid(i, trickle ? 1 : wire.size());
                result = decoder.feed(input);
            }
            QCOMPARE(result, ChunkedBody::Result::Complete);
            QCOMPARE(decoder.body(), QByteArray("Wikipedia in\r\n\r\nchunks."));
            if (!trickle)
                QCOMPARE(input, QByteArray("GET /next"));
        }
    }

    void refusesBadChunks_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("result");
        QTest::newRow("negative size") << QByteArray("-1\r\n") << int(ChunkedBody::Result::Malformed);
        QTest::newRow("0x prefix") << QByteArray("0x5\r\nhello\r\n0\r\n\r\n") << int(ChunkedBody::Result::Malformed);
        QTest::newRow("space in size") << QByteArray("5 \r\nhello\r\n") << int(ChunkedBody::Result::Malformed);
        QTest::newRow("empty size") << QByteArray("\r\n") << int(ChunkedBody::Result::Malformed);
        QTest::newRow("bare LF") << QByteArray("5\nhello\r\n") << int(ChunkedBody::Result::Malformed);
        QTest::newRow("data longer than size") << QByteArray("3\r\nhello\r\n") << int(ChunkedBody::Result::Malformed);
        QTest::newRow("huge size") << QByteArray("fffffffffffffffffff\r\n") << int(ChunkedBody::Result::Malformed);
        QTest::newRow("over the limit") << QByteArray("401\r\n") << int(ChunkedBody::Result::TooLarge);
        QTest::newRow("sum over the limit") << QByteArray("200\r\n" + QByteArray(512, 'a') + "\r\n201\r\n")
                                            << int(ChunkedBody::Result::TooLarge);
        QTest::newRow("endless size line") << QByteArray(5000, '1') << int(ChunkedBody::Result::Malformed);
        QTest::newRow("bad trailer") << QByteArray("0\r\nnot a field\r\n\r\n") << int(ChunkedBody::Result::Malformed);
    }
    void refusesBadChunks()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, result);
        ChunkedBody decoder(1024);
        QCOMPARE(int(decoder.feed(wire)), result);
    }

    // --- the policy --------------------------------------------------------------------------

    void hostNames_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("localhost") << QByteArray("localhost:8000") << 0;
        QTest::newRow("LOCALHOST.") << QByteArray("LOCALHOST.:8000") << 0;
        QTest::newRow("loopback") << QByteArray("127.0.0.1:8000") << 0;
        QTest::newRow("IPv6 loopback") << QByteArray("[::1]:8000") << 0;
        QTest::newRow("any address literal") << QByteArray("192.168.1.20") << 0;
        QTest::newRow("machine name") << QHostInfo::localHostName().toLower().toLatin1() << 0;
        QTest::newRow("listed") << QByteArray("vman.lan:8000") << 0;
        QTest::newRow("rebound name") << QByteArray("attacker.example:8000") << 421;
        QTest::newRow("localhost suffix") << QByteArray("localhost.attacker.example") << 421;
        QTest::newRow("empty") << QByteArray("") << 400;
        QTest::newRow("bad port") << QByteArray("localhost:80a") << 400;
        QTest::newRow("userinfo") << QByteArray("user@localhost") << 400;
        QTest::newRow("unclosed bracket") << QByteArray("[::1") << 400;
    }
    void hostNames()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, status);
        FrontDoorSettings settings;
        settings.ownHostNames = {QStringLiteral("localhost"), QHostInfo::localHostName()};
        settings.allowedHosts = {QStringLiteral("vman.lan")};
        const Verdict verdict = FrontDoorPolicy(settings).evaluate(head("GET", "/vms", {{"Host", host}}));
        QCOMPARE(verdict.status, status);
        if (status == 421)
            QVERIFY(verdict.detail.contains("VMAN_API_ALLOWED_HOSTS"));
        // "*" turns the check off.
        settings.allowedHosts = {QStringLiteral("*")};
        QCOMPARE(FrontDoorPolicy(settings).evaluate(head("GET", "/vms", {{"Host", "attacker.example"}})).status, 0);
    }

    void hostIsRequired()
    {
        const FrontDoorPolicy policy({});
        QCOMPARE(policy.evaluate(head("GET", "/", {})).status, 400);
        QCOMPARE(policy.evaluate(head("GET", "/", {{"Host", "127.0.0.1"}, {"Host", "127.0.0.1"}})).status, 400);
        RequestHead old = head("GET", "/", {});
        old.minorVersion = 0;
        QCOMPARE(policy.evaluate(old).status, 0);
    }

    void origins_data()
    {
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("cors");
        QTest::newRow("own") << QByteArray("http://127.0.0.1:8000") << 0 << false;
        QTest::newRow("own, default port spelled out") << QByteArray("http://127.0.0.1:8000") << 0 << false;
        QTest::newRow("foreign") << QByteArray("http://attacker.example") << 403 << false;
        QTest::newRow("other port") << QByteArray("http://127.0.0.1:9000") << 403 << false;
        QTest::newRow("https of ours") << QByteArray("https://127.0.0.1:8000") << 403 << false;
        QTest::newRow("null") << QByteArray("null") << 403 << false;
        QTest::newRow("listed") << QByteArray("http://localhost:3000") << 0 << true;
        QTest::newRow("listed, upper case") << QByteArray("HTTP://LOCALHOST:3000") << 0 << true;
    }
    void origins()
    {
        QFETCH(QByteArray, origin);
        QFETCH(int, status);
        QFETCH(bool, cors);
        FrontDoorSettings settings;
        settings.corsOrigins = {QStringLiteral("http://localhost:3000")};
        const Verdict verdict = FrontDoorPolicy(settings).evaluate(
            head("POST", "/vms/x/actions/start", {{"Host", "127.0.0.1:8000"}, {"Origin", origin}}));
        QCOMPARE(verdict.status, status);
        QCOMPARE(!verdict.corsOrigin.isEmpty(), cors);
        if (status == 403)
            QVERIFY(verdict.detail.contains("VMAN_API_CORS_ORIGINS"));
    }

    void preflightIsAnsweredWithoutTheToken()
    {
        FrontDoorSettings settings;
        settings.token = QStringLiteral("s3cret");
        settings.corsOrigins = {QStringLiteral("http://localhost:3000")};
        const FrontDoorPolicy policy(settings);
        const Verdict allowed = policy.evaluate(head("OPTIONS", "/vms", {{"Host", "127.0.0.1:8000"},
                                                                         {"Origin", "http://localhost:3000"},
                                                                         {"Access-Control-Request-Method", "POST"}}));
        QCOMPARE(allowed.status, 204);
        QVERIFY(allowed.keepAlive);
        QVERIFY(allowed.headers.contains({"Access-Control-Allow-Origin", "http://localhost:3000"}));
        const Verdict foreign = policy.evaluate(head("OPTIONS", "/vms", {{"Host", "127.0.0.1:8000"},
                                                                         {"Origin", "http://attacker.example"},
                                                                         {"Access-Control-Request-Method", "POST"}}));
        QCOMPARE(foreign.status, 403);
        // Any other request needs the token, checked on the head.
        QCOMPARE(policy.evaluate(head("POST", "/vms", {{"Host", "127.0.0.1"}, {"Content-Length", "500000"},
                                                       {"Content-Type", "application/json"}})).status, 401);
        QCOMPARE(policy.evaluate(head("GET", "/vms", {{"Host", "127.0.0.1"}, {"Authorization", "Bearer s3cret"}})).status, 0);
        QCOMPARE(policy.evaluate(head("GET", "/vms", {{"Host", "127.0.0.1"}, {"Authorization", "bearer s3cret"}})).status, 0);
        QCOMPARE(policy.evaluate(head("GET", "/vms", {{"Host", "127.0.0.1"}, {"Authorization", "Bearer s3cre"}})).status, 401);
    }

    void bodiesMustBeJson_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("contentType"); // empty: none sent
        QTest::addColumn<QByteArray>("length");
        QTest::addColumn<int>("status");
        QTest::newRow("json") << QByteArray("POST") << QByteArray("application/json; charset=utf-8") << QByteArray("2") << 0;
        QTest::newRow("problem+json") << QByteArray("POST") << QByteArray("application/merge-patch+json") << QByteArray("2") << 0;
        QTest::newRow("no body") << QByteArray("POST") << QByteArray() << QByteArray() << 0;
        QTest::newRow("empty body") << QByteArray("POST") << QByteArray() << QByteArray("0") << 0;
        QTest::newRow("text/plain") << QByteArray("POST") << QByteArray("text/plain") << QByteArray("2") << 415;
        QTest::newRow("text/plain, empty") << QByteArray("POST") << QByteArray("text/plain") << QByteArray("0") << 415;
        QTest::newRow("form") << QByteArray("POST") << QByteArray("application/x-www-form-urlencoded") << QByteArray("3") << 415;
        QTest::newRow("multipart") << QByteArray("DELETE") << QByteArray("multipart/form-data; boundary=x") << QByteArray("3") << 415;
        QTest::newRow("body without type") << QByteArray("POST") << QByteArray() << QByteArray("2") << 415;
        QTest::newRow("GET with a text body") << QByteArray("GET") << QByteArray("text/plain") << QByteArray("2") << 415;
        QTest::newRow("over the limit") << QByteArray("POST") << QByteArray("application/json") << QByteArray("1048577") << 413;
        QTest::newRow("at the limit") << QByteArray("POST") << QByteArray("application/json") << QByteArray("1048576") << 0;
        QTest::newRow("unknown method") << QByteArray("BREW") << QByteArray() << QByteArray() << 501;
    }
    void bodiesMustBeJson()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, length);
        QFETCH(int, status);
        QList<QPair<QByteArray, QByteArray>> fields{{"Host", "127.0.0.1"}};
        if (!contentType.isEmpty())
            fields.append({"Content-Type", contentType});
        if (!length.isEmpty())
            fields.append({"Content-Length", length});
        QCOMPARE(FrontDoorPolicy({}).evaluate(head(method, "/vms", fields)).status, status);
    }

    void forwardsACleanHead()
    {
        const auto h = parse("HEAD /vms HTTP/1.1\r\nHost: localhost:8000\r\nConnection: keep-alive, Upgrade\r\nUpgrade: h2c\r\n"
                             "Transfer-Encoding: chunked\r\nExpect: 100-continue\r\nX-Custom: a b\r\n\r\n");
        QVERIFY(h);
        QCOMPARE(forwardedHead(*h, "localhost:8000", 5),
                 QByteArray("GET /vms HTTP/1.1\r\nHost: localhost:8000\r\nX-Custom: a b\r\nContent-Length: 5\r\n\r\n"));
    }

    void webSocketUpgrades_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<FieldList>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("upgrade");
        using Fields = FieldList;
        const QByteArray ws = "/vms/a/vnc";
        QTest::newRow("token") << QByteArray("GET") << ws << Fields{{"Authorization", "Bearer s3cret"}} << 0 << true;
        QTest::newRow("ticket alone") << QByteArray("GET") << ws + "?ticket=abc" << Fields{} << 0 << true;
        QTest::newRow("ticket and a wrong token") << QByteArray("GET") << ws + "?ticket=abc" << Fields{{"Authorization", "Bearer nope"}} << 401 << false;
        QTest::newRow("empty ticket") << QByteArray("GET") << ws + "?ticket=" << Fields{} << 401 << false;
        QTest::newRow("neither") << QByteArray("GET") << ws << Fields{} << 401 << false;
        QTest::newRow("own origin") << QByteArray("GET") << ws + "?ticket=abc" << Fields{{"Origin", "http://127.0.0.1:8000"}} << 0 << true;
        QTest::newRow("foreign origin") << QByteArray("GET") << ws + "?ticket=abc" << Fields{{"Origin", "http://attacker.example"}} << 403 << false;
        QTest::newRow("POST") << QByteArray("POST") << ws + "?ticket=abc" << Fields{} << 400 << false;
        QTest::newRow("with a body") << QByteArray("GET") << ws + "?ticket=abc" << Fields{{"Content-Length", "3"}} << 400 << false;
        // A ticket opens nothing but a console: elsewhere the upgrade is ignored and the token rules.
        QTest::newRow("ticket on another path") << QByteArray("GET") << QByteArray("/vms?ticket=abc") << Fields{} << 401 << false;
        QTest::newRow("token on another path") << QByteArray("GET") << QByteArray("/vms") << Fields{{"Authorization", "Bearer s3cret"}} << 0 << false;
    }
    void webSocketUpgrades()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(FieldList, extra);
        QFETCH(int, status);
        QFETCH(bool, upgrade);
        FrontDoorSettings settings;
        settings.token = QStringLiteral("s3cret");
        settings.webSocketPath = [](const QByteArray &path) { return path == "/vms/a/vnc"; };
        QList<QPair<QByteArray, QByteArray>> fields{{"Host", "127.0.0.1:8000"}, {"Connection", "keep-alive, Upgrade"},
                                                    {"Upgrade", "websocket"}, {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="},
                                                    {"Sec-WebSocket-Version", "13"}};
        fields += extra;
        const Verdict verdict = FrontDoorPolicy(settings).evaluate(head(method, target, fields));
        QCOMPARE(verdict.status, status);
        QCOMPARE(verdict.upgrade, upgrade);
        if (upgrade)
            QVERIFY(!verdict.keepAlive);
    }

    void webSocketHandshakeFieldsAreChecked()
    {
        FrontDoorSettings settings;
        settings.webSocketPath = [](const QByteArray &) { return true; };
        const FrontDoorPolicy policy(settings);
        const auto upgradeWith = [&](QByteArray key, QByteArray version) {
            return policy.evaluate(head("GET", "/x", {{"Host", "127.0.0.1"}, {"Connection", "Upgrade"}, {"Upgrade", "WebSocket"},
                                                      {"Sec-WebSocket-Key", key}, {"Sec-WebSocket-Version", version}}));
        };
        QVERIFY(upgradeWith("dGhlIHNhbXBsZSBub25jZQ==", "13").upgrade);
        QCOMPARE(upgradeWith("short", "13").status, 400);
        const Verdict old = upgradeWith("dGhlIHNhbXBsZSBub25jZQ==", "8");
        QCOMPARE(old.status, 426);
        QVERIFY(old.headers.contains({"Sec-WebSocket-Version", "13"}));
        // Upgrade without "Connection: upgrade" is no upgrade.
        QVERIFY(!policy.evaluate(head("GET", "/x", {{"Host", "127.0.0.1"}, {"Upgrade", "websocket"}})).upgrade);

        const auto h = parse("GET /vms/a/vnc?ticket=t HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: http://h\r\n\r\n");
        QVERIFY(h);
        QCOMPARE(forwardedHead(*h, "h", 0, true),
                 QByteArray("GET /vms/a/vnc?ticket=t HTTP/1.1\r\nHost: h\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\nOrigin: http://h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"));
    }

    void publicPagesNeedNoToken()
    {
        FrontDoorSettings settings;
        settings.token = QStringLiteral("s3cret");
        settings.publicPath = [](const QByteArray &path) { return path == "/page"; };
        const FrontDoorPolicy policy(settings);
        QCOMPARE(policy.evaluate(head("GET", "/page?ticket=x", {{"Host", "127.0.0.1"}})).status, 0);
        QCOMPARE(policy.evaluate(head("HEAD", "/page", {{"Host", "127.0.0.1"}})).status, 0);
        QCOMPARE(policy.evaluate(head("POST", "/page", {{"Host", "127.0.0.1"}})).status, 401);
        QCOMPARE(policy.evaluate(head("GET", "/page2", {{"Host", "127.0.0.1"}})).status, 401);
        // Host and Origin rules still apply.
        QCOMPARE(policy.evaluate(head("GET", "/page", {{"Host", "attacker.example"}})).status, 421);
    }

    void clientTokensAndThePairingPath()
    {
        // HTTPS without an administrator token: only paired clients' tokens pass.
        FrontDoorSettings settings;
        settings.requireToken = true;
        QList<QByteArray> asked;
        settings.clientToken = [&asked](const QByteArray &bearer) {
            asked << bearer;
            return bearer == "vman_client";
        };
        settings.openPostPaths = {"/auth/pair"};
        FrontDoorPolicy policy(settings);
        const QList<QPair<QByteArray, QByteArray>> host{{"Host", "127.0.0.1"}};
        QCOMPARE(policy.evaluate(head("GET", "/vms", host)).status, 401);
        QCOMPARE(policy.evaluate(head("GET", "/vms", host + QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer vman_client"}})).status, 0);
        QCOMPARE(policy.evaluate(head("GET", "/vms", host + QList<QPair<QByteArray, QByteArray>>{{"Authorization", "bearer  vman_client "}})).status, 0);
        QCOMPARE(policy.evaluate(head("GET", "/vms", host + QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer vman_other"}})).status, 401);
        QCOMPARE(asked.last(), QByteArray("vman_other"));
        // Pairing needs no token, but only as a POST to exactly that path.
        QCOMPARE(policy.evaluate(head("POST", "/auth/pair", host + QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}, {"Content-Length", "2"}})).status, 0);
        QCOMPARE(policy.evaluate(head("POST", "/auth/pair?x=1", host + QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}, {"Content-Length", "2"}})).status, 0);
        QCOMPARE(policy.evaluate(head("GET", "/auth/pair", host)).status, 401);
        QCOMPARE(policy.evaluate(head("POST", "/auth/pairing-codes", host)).status, 401);
        QCOMPARE(policy.evaluate(head("POST", "/auth/pair/", host)).status, 401);
        // With an administrator token too, both kinds pass.
        settings.token = QStringLiteral("admin");
        FrontDoorPolicy both(settings);
        QCOMPARE(both.evaluate(head("GET", "/vms", host + QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer admin"}})).status, 0);
        QCOMPARE(both.evaluate(head("GET", "/vms", host + QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer vman_client"}})).status, 0);
    }

    void queriesAndRedaction()
    {
        QCOMPARE(queryValue("/a?ticket=x&b=2", "ticket"), QByteArray("x"));
        QCOMPARE(queryValue("/a?b=2&ticket=y", "ticket"), QByteArray("y"));
        QVERIFY(queryValue("/a?tickets=y", "ticket").isNull());
        QVERIFY(queryValue("/a", "ticket").isNull());
        QCOMPARE(redactedTarget("/vms/a/vnc?ticket=secret&x=1"), QByteArray("/vms/a/vnc?ticket=...&x=1"));
        QCOMPARE(redactedTarget("/vms?state=running"), QByteArray("/vms?state=running"));
    }

    void consoleTicketsAreSingleUseShortLivedAndBound()
    {
        qint64 now = 1000;
        ConsoleTickets tickets(30'000, [&now] { return now; });
        const auto a = tickets.issue(QStringLiteral("vm-a"));
        QCOMPARE(a.ticket.size(), 43); // 32 random bytes, URL-safe base64
        QVERIFY(a.expiresAt > QDateTime::currentDateTimeUtc().addSecs(25));
        QCOMPARE(tickets.redeem(a.ticket, QStringLiteral("vm-a")), ConsoleTickets::Redeemed::Valid);
        QCOMPARE(tickets.redeem(a.ticket, QStringLiteral("vm-a")), ConsoleTickets::Redeemed::Unknown);
        const auto b = tickets.issue(QStringLiteral("vm-a"));
        QVERIFY(b.ticket != a.ticket);
        QCOMPARE(tickets.redeem(b.ticket, QStringLiteral("vm-b")), ConsoleTickets::Redeemed::OtherVm);
        QCOMPARE(tickets.redeem(b.ticket, QStringLiteral("vm-a")), ConsoleTickets::Redeemed::Unknown); // tried once
        const auto c = tickets.issue(QStringLiteral("vm-a"));
        now += 30'000;
        QCOMPARE(tickets.redeem(c.ticket, QStringLiteral("vm-a")), ConsoleTickets::Redeemed::Expired);
        QCOMPARE(tickets.redeem("made-up", QStringLiteral("vm-a")), ConsoleTickets::Redeemed::Unknown);
        // Unredeemed tickets do not pile up: expired ones go, and beyond the cap the oldest.
        for (int i = 0; i < ConsoleTickets::kMaxOutstanding + 10; ++i) {
            now += 1;
            tickets.issue(QStringLiteral("vm-a"));
        }
        QVERIFY(tickets.outstanding() <= ConsoleTickets::kMaxOutstanding);
        now += 31'000;
        tickets.issue(QStringLiteral("vm-a"));
        QCOMPARE(tickets.outstanding(), 1);
    }

    // --- on the wire ---------------------------------------------------------------------

    void refusesRebindingAndCrossSiteRequests()
    {
        Server server;
        QVERIFY(server.ok);
        const auto created = server.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}});
        QCOMPARE(created.status, 201);
        const auto vm = server.http->postJson("/vms", {{"template_name", "small"}});
        QCOMPARE(vm.status, 201);
        const QByteArray id = vm.object().value("id").toString().toLatin1();

        // A page whose name was rebound to 127.0.0.1 sends its own name as Host.
        auto r = server.http->request("GET", "/vms", {}, {{"Host", "attacker.example:" + QByteArray::number(server.api->port())}});
        QCOMPARE(r.status, 421);
        QVERIFY(r.object().value("detail").toString().contains("VMAN_API_ALLOWED_HOSTS"));
        QVERIFY(r.body.indexOf("small") < 0);

        // A "simple" cross-site request: text/plain and a foreign Origin. Refused, nothing started.
        r = server.http->request("POST", "/vms/" + id + "/actions/start", "{}",
                                 {{"Content-Type", "text/plain"}, {"Origin", "http://attacker.example"}});
        QCOMPARE(r.status, 403);
        QVERIFY(r.object().value("detail").toString().contains("VMAN_API_CORS_ORIGINS"));
        // Without an Origin (not a browser), text/plain is still not JSON.
        r = server.http->request("POST", "/vms/" + id + "/actions/start", "{}", {{"Content-Type", "text/plain"}});
        QCOMPARE(r.status, 415);
        QTest::qWait(400); // longer than a dry-run start: had one begun, it would show now
        QCOMPARE(server.http->get("/vms/" + id).object().value("state").toString(), QStringLiteral("stopped"));

        // Swagger UI served by VMAN itself: its own origin passes, "Try it out" included.
        const QByteArray own = "http://" + server.host();
        r = server.http->request("GET", "/vms", {}, {{"Origin", own}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("access-control-allow-origin").isEmpty()); // same origin needs no CORS
        r = server.http->request("POST", "/templates", R"({"name":"fromdocs","cpu_count":1,"ram_amount":1})",
                                 {{"Origin", own}, {"Content-Type", "application/json"}});
        QCOMPARE(r.status, 201);
    }

    void allowedHostNamesAndCors()
    {
        ApiServer::Options options;
        options.allowedHosts = {QStringLiteral("vman.lan")};
        options.corsOrigins = {QStringLiteral("http://localhost:3000")};
        Server server(options);
        QVERIFY(server.ok);
        const QByteArray port = QByteArray::number(server.api->port());
        auto r = server.http->request("GET", "/docs", {}, {{"Host", "vman.lan:" + port}});
        QCOMPARE(r.status, 200);
        // Swagger UI reached through the allowed name works with its own origin.
        r = server.http->request("GET", "/vms", {}, {{"Host", "vman.lan:" + port}, {"Origin", "http://vman.lan:" + port}});
        QCOMPARE(r.status, 200);

        // A listed origin: preflight, then the request with CORS fields.
        r = server.http->request("OPTIONS", "/templates", {}, {{"Origin", "http://localhost:3000"},
                                                                {"Access-Control-Request-Method", "POST"},
                                                                {"Access-Control-Request-Headers", "content-type"}});
        QCOMPARE(r.status, 204);
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://localhost:3000"));
        QVERIFY(r.header("access-control-allow-methods").contains("POST"));
        QVERIFY(r.header("access-control-allow-headers").toLower().contains("content-type"));
        r = server.http->request("POST", "/templates", R"({"name":"cors","cpu_count":1,"ram_amount":1})",
                                 {{"Origin", "http://localhost:3000"}, {"Content-Type", "application/json"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://localhost:3000"));
        QCOMPARE(r.header("vary"), QByteArray("Origin"));
        QVERIFY(r.header("access-control-expose-headers").contains("Location"));
        // Not listed: refused, preflight too.
        r = server.http->request("OPTIONS", "/templates", {}, {{"Origin", "http://localhost:4000"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(r.status, 403);
        // A plain OPTIONS says what a path takes.
        r = server.http->request("OPTIONS", "/vms");
        QCOMPARE(r.status, 204);
        QCOMPARE(r.header("allow"), QByteArray("GET, HEAD, POST, OPTIONS"));
    }

    void limitsHoldBeforeTheBodyIsRead()
    {
        ApiServer::Options options;
        options.token = QStringLiteral("s3cret-token");
        Server server(options);
        QVERIFY(server.ok);
        const quint16 port = server.api->port();
        // Declares 64 MiB, sends none: 413 at once, connection closed.
        QElapsedTimer timer;
        timer.start();
        Exchange e = exchange(port, "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer s3cret-token\r\n"
                                    "Content-Type: application/json\r\nContent-Length: 67108864\r\n\r\n");
        QCOMPARE(e.status(), 413);
        QVERIFY(e.closed);
        QVERIFY(timer.elapsed() < 2500);
        // Without the token, 401 comes on the head, before the (never sent) body.
        e = exchange(port, "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500000\r\n\r\n");
        QCOMPARE(e.status(), 401);
        QVERIFY(e.received.contains("WWW-Authenticate: Bearer"));
        QVERIFY(e.closed);
        // A refused request's body is drained while we close, so the client reads the answer, not a reset.
        HttpClient client(port);
        const auto r = client.request("POST", "/templates", QByteArray(900 * 1024, ' '), {{"Content-Type", "text/plain"}});
        QCOMPARE(r.status, 401);
    }

    void headLimitsOnTheWire()
    {
        Server server;
        QVERIFY(server.ok);
        const quint16 port = server.api->port();
        Exchange e = exchange(port, "GET /" + QByteArray(9 * 1024, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(e.status(), 414);
        QVERIFY(e.closed);
        e = exchange(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n");
        QCOMPARE(e.status(), 431);
        QVERIFY(e.closed);
        // An unterminated 8 MiB head: refused and closed once 64 KiB are in, not buffered whole.
        e = exchange(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(8 * 1024 * 1024, 'a'));
        QCOMPARE(e.status(), 431);
        QVERIFY(e.closed);
        QCOMPARE(server.http->get("/health").status, 200);
    }

    void noRequestSmuggling_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray smuggled = "DELETE /templates/keep HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
        QByteArray many = "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (int i = 0; i < 101; ++i)
            many += "X-Field-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("101 fields") << many + "Content-Length: " + QByteArray::number(smuggled.size()) + "\r\n\r\n" + smuggled << 431;
        QTest::newRow("field of 130 kB") << "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(130 * 1024, 'a')
                + "\r\nContent-Length: " + QByteArray::number(smuggled.size()) + "\r\n\r\n" + smuggled << 431;
        QTest::newRow("two lengths") << "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 0\r\n"
                                        "Content-Length: " + QByteArray::number(smuggled.size()) + "\r\n\r\n" + smuggled << 400;
        QTest::newRow("negative length") << "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\n" + smuggled << 400;
        QTest::newRow("hex length") << "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0x0\r\n\r\n" + smuggled << 400;
        QTest::newRow("length and chunked") << "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                               "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled << 400;
        QTest::newRow("bad chunk size") << "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                           "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + smuggled << 400;
        QTest::newRow("folded length") << "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length:\r\n 0\r\n\r\n" + smuggled << 400;
    }
    void noRequestSmuggling()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        Server server;
        QVERIFY(server.ok);
        QCOMPARE(server.http->postJson("/templates", {{"name", "keep"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const Exchange e = exchange(server.api->port(), request);
        QCOMPARE(e.status(), status);
        QCOMPARE(e.count("HTTP/1.1 "), 1); // one answer, then the connection is closed
        QVERIFY(e.closed);
        QCOMPARE(server.http->get("/templates/keep").status, 200);
    }

    void chunkedBodiesWork()
    {
        Server server;
        QVERIFY(server.ok);
        const QByteArray json = R"({"name":"chunky","cpu_count":1,"ram_amount":1})";
        const Exchange e = exchange(server.api->port(),
                                    "POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                    "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                        + QByteArray::number(10, 16) + "\r\n" + json.left(10) + "\r\n"
                                        + QByteArray::number(json.size() - 10, 16) + "\r\n" + json.mid(10) + "\r\n0\r\n\r\n");
        QCOMPARE(e.status(), 201);
        QCOMPARE(server.http->get("/templates/chunky").status, 200);
    }

    void expectContinue()
    {
        Server server;
        QVERIFY(server.ok);
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), server.api->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray json = R"({"name":"later","cpu_count":1,"ram_amount":1})";
        socket.write("POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                     "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n");
        QByteArray got;
        QVERIFY(QTest::qWaitFor([&] { got += socket.readAll(); return got.contains("\r\n\r\n"); }, 5000));
        QVERIFY(got.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write(json);
        QVERIFY(QTest::qWaitFor([&] { got += socket.readAll(); return got.contains("HTTP/1.1 201"); }, 5000));
    }

    void headAnswersLikeGetWithoutBody()
    {
        Server server;
        QVERIFY(server.ok);
        const auto get = server.http->get("/docs/swagger-ui.css");
        QCOMPARE(get.status, 200);
        const Exchange e = exchange(server.api->port(), "HEAD /docs/swagger-ui.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                                        "HEAD /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                                        "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY(e.closed);
        // Three answers in order; the HEADs carry GET's length but no body, so the third is intact.
        QVERIFY(e.received.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(e.received.contains(QByteArray("Content-Length: " + QByteArray::number(get.body.size()) + "\r\n")));
        QVERIFY(!e.received.contains(get.body.left(100)));
        const qsizetype second = e.received.indexOf("HTTP/1.1 404");
        const qsizetype third = e.received.indexOf("HTTP/1.1 200", second);
        QVERIFY(second > 0 && third > second);
        QVERIFY(!e.received.mid(second, third - second).contains("detail"));
        QVERIFY(e.received.mid(third).contains("\"status\""));
        // HEAD of the event stream: the head, then the connection closes.
        const Exchange stream = exchange(server.api->port(), "HEAD /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(stream.status(), 200);
        QVERIFY(stream.received.contains("text/event-stream"));
        QVERIFY(!stream.received.contains("retry:"));
        QVERIFY(stream.closed);
        QVERIFY(QTest::qWaitFor([&] { return server.api->eventClientCount() == 0; }, 2000));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        Server server;
        QVERIFY(server.ok);
        QCOMPARE(server.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const QByteArray id = server.http->postJson("/vms", {{"template_name", "small"}}).object().value("id").toString().toLatin1();
        // An asynchronous start (300 ms) between two immediate answers.
        const Exchange e = exchange(server.api->port(),
                                    "GET /templates/small HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                    "POST /vms/" + id + "/actions/start HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                                    "GET /nothing HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 5000);
        QVERIFY(e.closed);
        const qsizetype first = e.received.indexOf("\"cpu_count\"");
        const qsizetype second = e.received.indexOf("\"state\":\"running\"");
        const qsizetype third = e.received.indexOf("HTTP/1.1 404");
        QVERIFY2(first > 0 && second > first && third > second, e.received.constData());
    }

    void http10ClosesUnlessKeptAlive()
    {
        Server server;
        QVERIFY(server.ok);
        Exchange e = exchange(server.api->port(), "GET /health HTTP/1.0\r\n\r\n");
        QCOMPARE(e.status(), 200);
        QVERIFY(e.closed);
        QVERIFY(e.received.contains("Connection: close"));
        e = exchange(server.api->port(), "GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 500);
        QCOMPARE(e.status(), 200);
        QVERIFY(!e.closed);
    }

    void slowAndIdleConnectionsAreClosed()
    {
        ApiServer::Options options;
        options.headTimeoutMs = 400;
        options.idleTimeoutMs = 600;
        Server server(options);
        QVERIFY(server.ok);
        // Slowloris: a head that never ends gets 408 and is closed, however it trickles.
        QTcpSocket slow;
        slow.connectToHost(QStringLiteral("127.0.0.1"), server.api->port());
        QVERIFY(slow.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        QByteArray got;
        for (int i = 0; i < 20 && slow.state() == QAbstractSocket::ConnectedState; ++i) {
            slow.write(i == 0 ? QByteArray("GET /health HTTP/1.1\r\n") : QByteArray("X-A: b\r\n"));
            QTest::qWait(50);
            got += slow.readAll();
        }
        QVERIFY(QTest::qWaitFor([&] { got += slow.readAll(); return slow.state() == QAbstractSocket::UnconnectedState; }, 3000));
        got += slow.readAll();
        QVERIFY(got.startsWith("HTTP/1.1 408"));
        QVERIFY(timer.elapsed() < 2000);
        // An idle keep-alive connection is closed after its timeout.
        QTcpSocket idle;
        idle.connectToHost(QStringLiteral("127.0.0.1"), server.api->port());
        QVERIFY(idle.waitForConnected(5000));
        idle.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return idle.bytesAvailable() > 0; }, 3000));
        timer.restart();
        QVERIFY(QTest::qWaitFor([&] { idle.readAll(); return idle.state() == QAbstractSocket::UnconnectedState; }, 3000));
        QVERIFY(timer.elapsed() >= 400);
        QVERIFY(QTest::qWaitFor([&] { return server.api->connectionCount() == 0; }, 2000));
    }

    void connectionsAreCapped()
    {
        ApiServer::Options options;
        options.maxConnections = 4;
        options.maxEventClients = 2;
        Server server(options);
        QVERIFY(server.ok);
        // Four connections in the middle of a request (a body on its way): a fifth gets 503.
        auto open = [&](const QByteArray &send) {
            auto socket = std::make_shared<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), server.api->port());
            socket->waitForConnected(5000);
            socket->write(send);
            socket->waitForBytesWritten(1000);
            return socket;
        };
        QList<std::shared_ptr<QTcpSocket>> held;
        for (int i = 0; i < 4; ++i)
            held.append(open("POST /templates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n"));
        QVERIFY(QTest::qWaitFor([&] { return server.api->connectionCount() == 4; }, 3000));
        QTest::qWait(100); // their heads are read
        auto r = server.http->get("/health");
        QCOMPARE(r.status, 503);
        QVERIFY(r.object().value("detail").toString().contains("VMAN_API_MAX_CONNECTIONS"));
        held.removeFirst();
        QVERIFY(QTest::qWaitFor([&] { return server.api->connectionCount() == 3; }, 3000));
        QCOMPARE(server.http->get("/health").status, 200);
        held.clear();
        QVERIFY(QTest::qWaitFor([&] { return server.api->connectionCount() == 0; }, 3000));

        // Four that only wait (idle, or a head trickling in): the one waiting longest makes room.
        QList<std::shared_ptr<QTcpSocket>> waiting;
        for (int i = 0; i < 4; ++i) {
            waiting.append(open(i == 0 ? QByteArray() : QByteArray("GET /health HTTP/1.1\r\n")));
            QTest::qWait(20);
        }
        QVERIFY(QTest::qWaitFor([&] { return server.api->connectionCount() == 4; }, 3000));
        QCOMPARE(server.http->get("/health").status, 200);
        QVERIFY(QTest::qWaitFor([&] { return waiting.first()->state() == QAbstractSocket::UnconnectedState; }, 3000));
        for (int i = 1; i < 4; ++i)
            QCOMPARE(waiting.at(i)->state(), QAbstractSocket::ConnectedState);
        waiting.clear();
        QVERIFY(QTest::qWaitFor([&] { return server.api->connectionCount() == 0; }, 3000));

        // Event streams have their own cap.
        QList<std::shared_ptr<QTcpSocket>> streams;
        for (int i = 0; i < 2; ++i) {
            auto socket = std::make_shared<QTcpSocket>();
            socket->connectToHost(QStringLiteral("127.0.0.1"), server.api->port());
            QVERIFY(socket->waitForConnected(5000));
            socket->write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            streams.append(socket);
        }
        QVERIFY(QTest::qWaitFor([&] { return server.api->eventClientCount() == 2; }, 3000));
        r = server.http->get("/events");
        QCOMPARE(r.status, 503);
        QCOMPARE(server.api->eventClientCount(), 2);
    }

    void aClientThatDoesNotReadCannotGrowTheServer()
    {
        Server server;
        QVERIFY(server.ok);
        const qint64 before = residentKiB();
        // 400 pipelined requests for the 1.4 MB Swagger bundle (560 MB of replies), never read.
        QByteArray flood;
        for (int i = 0; i < 400; ++i)
            flood += "GET /docs/swagger-ui-bundle.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        QTcpSocket socket;
        socket.setReadBufferSize(4096); // this client hardly reads: the kernel's buffers fill
        socket.connectToHost(QStringLiteral("127.0.0.1"), server.api->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(flood);
        QTest::qWait(1500);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(server.http->get("/health").status, 200);
        QVERIFY(timer.elapsed() < 500);
        const qint64 grown = residentKiB() - before;
        QVERIFY2(grown < 40 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(grown)));
    }

    void httpsCarriesLargeRepliesStreamsAndWebSockets()
    {
        QTemporaryDir tlsDir;
        const auto identity = tls::loadOrCreateSelfSigned(tlsDir.path(), {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
        QVERIFY(identity.ok());
        ApiServer::Options options;
        options.token = QStringLiteral("tls-token");
        options.tls = identity.value();
        Server server(options);
        QVERIFY(server.ok);
        QVERIFY(server.api->baseUrl().startsWith(QLatin1String("https://")));
        const QList<QSslError> expected{QSslError(QSslError::SelfSignedCertificate, identity.value().certificate)};
        QNetworkAccessManager network;
        QObject::connect(&network, &QNetworkAccessManager::sslErrors, [&](QNetworkReply *reply, const QList<QSslError> &) {
            if (reply->sslConfiguration().peerCertificate() == identity.value().certificate)
                reply->ignoreSslErrors();
        });
        auto get = [&](const QString &path) {
            QNetworkRequest request(QUrl(server.api->baseUrl() + path));
            request.setRawHeader("Authorization", "Bearer tls-token");
            QNetworkReply *reply = network.get(request);
            QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
            reply->deleteLater();
            return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        };
        // A reply larger than the front door's 256 KiB of unsent bytes: held back and resumed
        // through the TLS socket's own buffers, byte for byte.
        const auto plain = server.http->get("/vms"); // plain HTTP to the HTTPS port: told so, in words
        QCOMPARE(plain.status, 400);
        QVERIFY(plain.body.contains("https://"));
        QNetworkRequest post(QUrl(server.api->baseUrl() + QStringLiteral("/templates")));
        post.setRawHeader("Authorization", "Bearer tls-token");
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *made = network.post(post, R"({"name":"small","cpu_count":1,"ram_amount":1})");
        QVERIFY(QTest::qWaitFor([made] { return made->isFinished(); }, 10000));
        QCOMPARE(made->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        made->deleteLater();
        for (int i = 0; i < 700; ++i)
            QVERIFY(server.runtime->service().createVm({QStringLiteral("small"), QStringLiteral("vm-%1").arg(i), {}}).ok());
        const auto [status, body] = get(QStringLiteral("/vms"));
        QCOMPARE(status, 200);
        QVERIFY2(body.size() > 300 * 1024, QByteArray::number(body.size()).constData());
        QCOMPARE(QJsonDocument::fromJson(body).array().size(), 700);
        const QByteArray contract = get(QStringLiteral("/openapi.yaml")).second;
        QVERIFY(contract.startsWith("# SPDX-License-Identifier"));
        QVERIFY(contract.contains(QByteArray("  - url: https://127.0.0.1:" + QByteArray::number(server.api->port()) + '\n')));

        // A console WebSocket through the TLS tunnel: the handshake completes and the close says why.
        const QByteArray vm = QJsonDocument::fromJson(body).array().first().toObject().value("id").toString().toLatin1();
        QWebSocket socket;
        QObject::connect(&socket, &QWebSocket::sslErrors, [&](const QList<QSslError> &) {
            if (socket.sslConfiguration().peerCertificate() == identity.value().certificate)
                socket.ignoreSslErrors();
        });
        bool opened = false, closed = false;
        QObject::connect(&socket, &QWebSocket::connected, [&] { opened = true; });
        QObject::connect(&socket, &QWebSocket::disconnected, [&] { closed = true; });
        QNetworkRequest request(QUrl(QStringLiteral("wss://127.0.0.1:%1/vms/%2/serial").arg(server.api->port()).arg(QString::fromLatin1(vm))));
        request.setRawHeader("Authorization", "Bearer tls-token");
        socket.open(request);
        QVERIFY(QTest::qWaitFor([&] { return closed; }, 10000));
        QVERIFY(opened);
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QVERIFY2(socket.closeReason().contains(QLatin1String("not running")), qPrintable(socket.closeReason()));
    }

    void consoleWebSocketsOnTheWire()
    {
        ApiServer::Options options;
        options.token = QStringLiteral("wire-token");
        Server server(options);
        QVERIFY(server.ok);
        server.http->setToken("wire-token");
        QCOMPARE(server.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const QByteArray a = server.http->postJson("/vms", {{"template_name", "small"}}).object().value("id").toString().toLatin1();
        const QByteArray b = server.http->postJson("/vms", {{"template_name", "small"}}).object().value("id").toString().toLatin1();
        const QString base = QStringLiteral("ws://127.0.0.1:%1").arg(server.api->port());
        const auto ticketFor = [&](const QByteArray &vm) {
            const auto r = server.http->post("/vms/" + vm + "/console-ticket");
            return r.status == 201 ? r.object().value("ticket").toString() : QString();
        };

        // The ticket route: its answer carries the addresses that use it; unknown VMs are 404.
        auto r = server.http->post("/vms/" + a + "/console-ticket");
        QCOMPARE(r.status, 201);
        const QString ticket = r.object().value("ticket").toString();
        QCOMPARE(r.object().value("vnc_url").toString(), "/vms/" + QString::fromLatin1(a) + "/vnc?ticket=" + ticket);
        QVERIFY(r.object().value("display_url").toString().endsWith("/display?ticket=" + ticket));
        QCOMPARE(server.http->post("/vms/00000000-0000-4000-8000-000000000000/console-ticket").status, 404);
        QCOMPARE(HttpClient(server.api->port()).post("/vms/" + a + "/console-ticket").status, 401);
        // Without an upgrade the console routes say what they are.
        r = server.http->get("/vms/" + a + "/vnc");
        QCOMPARE(r.status, 426);
        QCOMPARE(r.header("upgrade"), QByteArray("websocket"));

        // A stopped VM: the handshake completes (Qt cannot refuse it), then a close that says why.
        auto outcome = openSocket(QUrl(base + "/vms/" + a + "/vnc?ticket=" + ticket));
        QVERIFY(outcome.opened);
        QCOMPARE(outcome.closeCode, int(QWebSocketProtocol::CloseCodeGoingAway));
        QVERIFY2(outcome.closeReason.contains("not running"), qPrintable(outcome.closeReason));
        // The ticket was used by that attempt.
        outcome = openSocket(QUrl(base + "/vms/" + a + "/vnc?ticket=" + ticket));
        QCOMPARE(outcome.closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY2(outcome.closeReason.contains("used"), qPrintable(outcome.closeReason));
        // A ticket of another VM, a made-up one.
        outcome = openSocket(QUrl(base + "/vms/" + b + "/vnc?ticket=" + ticketFor(a)));
        QCOMPARE(outcome.closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY2(outcome.closeReason.contains("another VM"), qPrintable(outcome.closeReason));
        outcome = openSocket(QUrl(base + "/vms/" + a + "/serial?ticket=invented"));
        QCOMPARE(outcome.closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));

        // Refused before any handshake: no ticket and no token, a foreign page, a VM that does not exist.
        const QByteArray upgrade = "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                   "Sec-WebSocket-Version: 13\r\n";
        const QByteArray host = "Host: " + server.host() + "\r\n";
        r = server.http->raw("GET /vms/" + a + "/vnc HTTP/1.1\r\n" + host + upgrade + "\r\n");
        QCOMPARE(r.status, 401);
        r = server.http->raw("GET /vms/" + a + "/vnc?ticket=" + ticketFor(a).toLatin1() + " HTTP/1.1\r\n" + host + upgrade
                             + "Origin: http://attacker.example\r\n\r\n");
        QCOMPARE(r.status, 403);
        r = server.http->raw("GET /vms/00000000-0000-4000-8000-000000000000/vnc HTTP/1.1\r\n" + host + upgrade
                             + "Authorization: Bearer wire-token\r\n\r\n");
        QCOMPARE(r.status, 404);
        QVERIFY(r.object().value("detail").toString().contains("not found"));
        // An upgrade with a ticket to an ordinary route runs nothing without the token.
        r = server.http->raw("GET /vms?ticket=" + ticketFor(a).toLatin1() + " HTTP/1.1\r\n" + host + upgrade + "\r\n");
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.indexOf("small") < 0);
        // The page and its scripts load without the token; they hold no data.
        QCOMPARE(HttpClient(server.api->port()).get("/vms/" + a + "/display").status, 200);
        r = HttpClient(server.api->port()).get("/display/novnc.js");
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/javascript"));
        QVERIFY(r.body.contains("noVNC"));
        QCOMPARE(HttpClient(server.api->port()).get("/display/secrets.js").status, 404);
        QCOMPARE(HttpClient(server.api->port()).get("/vms/" + a).status, 401);
        // A malformed id gets the same 422 as on any route; a deeper path stays protected.
        r = HttpClient(server.api->port()).get("/vms/not-an-id/display");
        QCOMPARE(r.status, 422);
        QCOMPARE(HttpClient(server.api->port()).get("/vms/" + a + "/x/display").status, 401);

        // The bearer token works for clients that can send headers; a running (dry-run) VM
        // without a VNC socket says so; the serial console stays open until the client leaves.
        QCOMPARE(server.http->post("/vms/" + a + "/actions/start").status, 200);
        QVERIFY(QTest::qWaitFor([&] { return server.http->get("/vms/" + a).object().value("state").toString() == "running"; }, 5000));
        outcome = openSocket(QUrl(base + "/vms/" + a + "/vnc"), {{"Authorization", "Bearer wire-token"}});
        QVERIFY(outcome.opened);
        QVERIFY2(outcome.closeReason.contains("no graphical console"), qPrintable(outcome.closeReason));
        outcome = openSocket(QUrl(base + "/vms/" + a + "/serial?ticket=" + ticketFor(a)), {}, 500);
        QVERIFY(outcome.opened);
        QCOMPARE(outcome.closeCode, -1); // still open when the wait ended
        QVERIFY(QTest::qWaitFor([&] { return server.api->consoleBridgeCount() == 0; }, 3000));
    }

    void errorsEchoLittleOfTheInput()
    {
        Server server;
        QVERIFY(server.ok);
        const QString name(500 * 1024, QLatin1Char('n'));
        const auto r = server.http->postJson("/vms", {{"template_name", name}});
        QCOMPARE(r.status, 404);
        QVERIFY2(r.body.size() < 300, qPrintable(QString::number(r.body.size())));
        // A VM's port list is bounded.
        QJsonArray ports;
        for (int i = 0; i < 65; ++i)
            ports.append(QJsonObject{{"host", 10000 + i}, {"guest", 22}});
        QCOMPARE(server.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const auto many = server.http->postJson("/vms", {{"template_name", "small"}, {"ports", ports}});
        QCOMPARE(many.status, 422);
        QCOMPARE(many.object().value("detail").toArray().size(), 1);
        QCOMPARE(server.http->get("/vms").array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFrontDoor)
#include "tst_frontdoor.moc"
