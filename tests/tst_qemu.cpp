// SPDX-License-Identifier: GPL-3.0-or-later
// Real QEMU under TCG, through the public API: the test guest is booted once and reused for
// console, port forward, screenshot, hot-plug, restart and stops; a firmware-only VM (no OS)
// plays the guest that ignores ACPI and never releases a disk.
#include "ApiServer.h"
#include "RemoteHost.h"
#include "TlsIdentity.h"
#include "auth/AccessTokens.h"
#include "HostProcesses.h"
#include "HttpClient.h"
#include "Pairing.h"
#include "Promtool.h"
#include "QemuProcesses.h"
#include "ImageTool.h"
#include "Runtime.h"
#include "SystemHealth.h"
#include "VmService.h"
#include "VmanProcess.h"

#include "console/SerialConsoles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QWebSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace vman;

namespace {

constexpr int kBootTimeoutMs = 90000;

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

struct RealServer
{
    explicit RealServer(const QString &storage, CloneMode cloneMode = CloneMode::Linked)
    {
        Config config;
        config.storagePath = storage;
        config.dbPath = storage + QStringLiteral("/states.db");
        config.defaultBootDisk = QStringLiteral(VMAN_TEST_GUEST);
        config.cloneMode = cloneMode;
        config.accel = AccelMode::Tcg;
        config.unplugTimeoutSeconds = 10; // a guest under a loaded CI machine may take seconds; one that ignores unplugs waits this long
        runtime = std::make_unique<Runtime>(config);
        QString error;
        started = runtime->start(&error);
        if (!started)
            qWarning() << error;
        api = std::make_unique<ApiServer>(*runtime, ApiServer::Options{});
        listening = api->listen(QStringLiteral("127.0.0.1"), 0, &error);
        http = std::make_unique<HttpClient>(api->port());
    }
    std::unique_ptr<Runtime> runtime;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<HttpClient> http;
    bool started = false;
    bool listening = false;
};

// An RFB client over a WebSocket, as a browser's noVNC is: enough of the protocol to shake hands,
// ask for a frame and type with X keysyms.
class WebSocketRfb
{
public:
    WebSocketRfb()
    {
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &m) { buffer += m; });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] { closed = true; });
    }
    bool open(const QUrl &url, const QByteArray &origin)
    {
        QNetworkRequest request(url);
        request.setRawHeader("Origin", origin);
        socket.open(request);
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState || closed; }, 10000) && !closed;
    }
    QByteArray read(int n, int ms = 10000)
    {
        if (!QTest::qWaitFor([&] { return buffer.size() >= n || closed; }, ms) || buffer.size() < n)
            return QByteArray();
        const QByteArray out = buffer.left(n);
        buffer.remove(0, n);
        return out;
    }
    void send(const QByteArray &bytes) { socket.sendBinaryMessage(bytes); }
    static quint32 be(const QByteArray &b, int at, int size)
    {
        quint32 v = 0;
        for (int i = 0; i < size; ++i)
            v = (v << 8) | quint8(b.at(at + i));
        return v;
    }
    // RFB 3.8 without authentication (the socket is VMAN's; the ticket was the authorization).
    bool handshake(int *width, int *height)
    {
        if (read(12) != "RFB 003.008\n")
            return false;
        send("RFB 003.008\n");
        const QByteArray count = read(1);
        if (count.isEmpty() || !read(quint8(count.at(0))).contains('\x01'))
            return false;
        send(QByteArray(1, '\x01'));
        if (read(4) != QByteArray(4, '\0'))
            return false;
        send(QByteArray(1, '\x01')); // shared
        const QByteArray init = read(24);
        if (init.size() != 24)
            return false;
        *width = int(be(init, 0, 2));
        *height = int(be(init, 2, 2));
        return read(int(be(init, 20, 4))).size() == int(be(init, 20, 4));
    }
    void requestFrame(int width, int height)
    {
        QByteArray m("\x03\x00", 2);
        m += QByteArray(4, '\0');
        m += char(width >> 8);
        m += char(width & 0xff);
        m += char(height >> 8);
        m += char(height & 0xff);
        send(m);
    }
    void key(quint32 keysym, bool down)
    {
        QByteArray m("\x04", 1);
        m += char(down ? 1 : 0);
        m += QByteArray(2, '\0');
        for (int shift = 24; shift >= 0; shift -= 8)
            m += char((keysym >> shift) & 0xff);
        send(m);
    }
    // A US keyboard: Shift is pressed for the characters that need it, as VNC clients do.
    void type(const QString &text)
    {
        static const QString shifted = QStringLiteral("~!@#$%^&*()_+{}|:\"<>?");
        for (const QChar c : text) {
            const quint32 keysym = c == QLatin1Char('\n') ? 0xff0d : c.unicode();
            const bool shift = shifted.contains(c) || c.isUpper();
            if (shift)
                key(0xffe1, true);
            key(keysym, true);
            key(keysym, false);
            if (shift)
                key(0xffe1, false);
            QTest::qWait(15);
        }
    }

    QWebSocket socket;
    QByteArray buffer;
    bool closed = false;
};

} // namespace

class TestQemu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/vq-XXXXXX")};
    std::unique_ptr<RealServer> m_server;
    QByteArray m_vm; // the booted test guest
    quint16 m_httpPort = 0;

    HttpClient &http() { return *m_server->http; }

    QString console(const QByteArray &vm) { return QString::fromUtf8(http().get("/vms/" + vm + "/console?tail=200000").body); }

    bool waitForConsole(const QByteArray &vm, const QString &needle, int ms = kBootTimeoutMs)
    {
        const bool seen = QTest::qWaitFor([&] { return console(vm).contains(needle); }, ms);
        if (!seen)
            qWarning().noquote() << "console of" << vm << "without" << needle << ":\n" << console(vm).right(2000);
        return seen;
    }

    // Runs a shell command on the guest's serial console and waits for `marker` in what it prints
    // (the command must print it; the echo of the typed line does not count, so write the marker
    // so that the shell has to compute it, e.g. with $((...))).
    bool runInGuest(const QByteArray &vm, const QString &command, const QString &marker, int ms = 60000)
    {
        auto session = m_server->runtime->serialConsoles().open(QString::fromLatin1(vm));
        QByteArray seen;
        connect(session.get(), &SerialSession::received, this, [&](const QByteArray &bytes) { seen += bytes; });
        if (!QTest::qWaitFor([&] { return session->isConnected(); }, 10000))
            return false;
        session->send(command.toUtf8() + '\n');
        const bool done = QTest::qWaitFor([&] { return seen.contains(marker.toUtf8()); }, ms);
        if (!done)
            qWarning().noquote() << "guest did not print" << marker << "after" << command << ":\n" << QString::fromUtf8(seen.right(2000));
        return done;
    }

    QJsonObject stats(const QByteArray &vm) { return http().get("/vms/" + vm + "/stats").object(); }
    static const QJsonObject *findDisk(const QJsonObject &stats, const QString &kind, QJsonObject *out)
    {
        for (const QJsonValue &disk : stats.value("disks").toArray()) {
            if (disk.toObject().value("kind").toString() == kind) {
                *out = disk.toObject();
                return out;
            }
        }
        return nullptr;
    }

    static void verifyDetail(const HttpResponse &r, int status)
    {
        QCOMPARE(r.status, status);
        QVERIFY2(!r.object().value("detail").toVariant().toString().isEmpty() || !r.object().value("detail").toArray().isEmpty(), r.body.constData());
    }

    QString state(const QByteArray &vm) { return http().get("/vms/" + vm).object().value("state").toString(); }

    QByteArray createVm(const QJsonObject &extra = {})
    {
        QJsonObject body{{"template_name", "tiny"}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return http().postJson("/vms", body).object().value("id").toString().toLatin1();
    }

    // A VM whose root disk is empty: SeaBIOS finds nothing to boot and idles, deaf to ACPI
    // and to unplug requests.
    QByteArray createFirmwareOnlyVm()
    {
        const QByteArray id = createVm();
        const QString dir = m_server->runtime->paths().vmDir(QString::fromLatin1(id));
        QDir().mkpath(dir);
        ImageTool tool(QStringLiteral("qemu-img"));
        bool done = false;
        tool.create(dir + QStringLiteral("/root.qcow2"), 1, [&](Result<Done>) { done = true; });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(VMAN_TEST_GUEST)), "the test guest image is missing: run scripts/build_boot_disk.sh");
        m_server = std::make_unique<RealServer>(m_dir.filePath(QStringLiteral("main")));
        QVERIFY(m_server->started && m_server->listening);
        QCOMPARE(http().postJson("/templates", {{"name", "tiny"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        m_httpPort = freePort();
        m_vm = createVm({{"name", "guest"}, {"ports", QJsonArray{QJsonObject{{"host", m_httpPort}, {"guest", 80}}}}});
        QVERIFY(!m_vm.isEmpty());
        const auto r = http().post("/vms/" + m_vm + "/actions/start");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-GUEST-READY")));
    }

    void cleanupTestCase()
    {
        // Leave no QEMU behind.
        if (m_server) {
            for (const QJsonValue &vm : http().get("/vms").array()) {
                const QByteArray id = vm.toObject().value("id").toString().toLatin1();
                if (vm.toObject().value("state").toString() != QLatin1String("stopped"))
                    http().postJson("/vms/" + id + "/actions/stop", {{"force", true}});
            }
        }
    }

    void rootDiskIsALinkedClone()
    {
        ImageTool tool(QStringLiteral("qemu-img"));
        std::unique_ptr<Result<QJsonObject>> info;
        tool.info(m_server->runtime->paths().vmDir(QString::fromLatin1(m_vm)) + QStringLiteral("/root.qcow2"),
                  [&](Result<QJsonObject> r) { info = std::make_unique<Result<QJsonObject>>(r); });
        QVERIFY(QTest::qWaitFor([&] { return info != nullptr; }, 10000));
        QVERIFY(info->ok());
        QCOMPARE(info->value().value("backing-filename").toString(), QStringLiteral(VMAN_TEST_GUEST));
        QCOMPARE(info->value().value("backing-filename-format").toString(), QStringLiteral("qcow2"));
    }

    void portForwardReachesTheGuestService()
    {
        QVERIFY(console(m_vm).contains(QStringLiteral("VMAN-HTTP-UP")));
        HttpClient guest(m_httpPort);
        QVERIFY(QTest::qWaitFor([&] { return guest.get("/").body.contains("VMAN-TEST-GUEST http ok"); }, 20000));
    }

    void pauseFreezesTheGuestAndResumeLetsItRun()
    {
        HttpClient guest(m_httpPort);
        QVERIFY(QTest::qWaitFor([&] { return guest.get("/").body.contains("VMAN-TEST-GUEST http ok"); }, 20000));
        auto r = http().post("/vms/" + m_vm + "/actions/pause");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("paused"));
        QCOMPARE(http().post("/vms/" + m_vm + "/actions/pause").status, 409);
        // Frozen: QEMU still accepts the forwarded connection, but nothing in the guest answers.
        const auto frozen = guest.request("GET", "/", {}, {}, 2000);
        QVERIFY2(!frozen.body.contains("VMAN-TEST-GUEST"), frozen.body.constData());
        QCOMPARE(state(m_vm), QStringLiteral("paused"));
        r = http().post("/vms/" + m_vm + "/actions/resume");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        QVERIFY(QTest::qWaitFor([&] { return guest.get("/").body.contains("VMAN-TEST-GUEST http ok"); }, 20000));
        QCOMPARE(http().post("/vms/" + m_vm + "/actions/resume").status, 409);
    }

    void screenshotIsAPngOfTheScreen()
    {
        const auto r = http().get("/vms/" + m_vm + "/screenshot");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("image/png"));
        QVERIFY(r.body.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(r.body.mid(12, 4), QByteArray("IHDR"));
        const auto be32 = [&](int at) { return (quint8(r.body[at]) << 24) | (quint8(r.body[at + 1]) << 16) | (quint8(r.body[at + 2]) << 8) | quint8(r.body[at + 3]); };
        // The guest stays in VGA text mode: 80x25 characters of 9x16 pixels.
        QCOMPARE(be32(16), 720u);
        QCOMPARE(be32(20), 400u);
    }

    // The browser's path to the consoles, through a second server with a token (the browser's
    // case): tickets, the VNC WebSocket typing on the guest's tty1, the serial WebSocket shared
    // with the window's session.
    void consolesOverWebSockets()
    {
        ApiServer::Options options;
        options.token = QStringLiteral("ws-token");
        ApiServer secured(*m_server->runtime, options);
        QString error;
        QVERIFY2(secured.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        HttpClient client(secured.port());
        client.setToken("ws-token");
        const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(secured.port());
        const auto ticketUrl = [&](const char *channel) {
            const auto r = client.post("/vms/" + m_vm + "/console-ticket");
            return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(secured.port()) + r.object().value(QLatin1String(channel) + QStringLiteral("_url")).toString());
        };

        WebSocketRfb rfb;
        QVERIFY(rfb.open(ticketUrl("vnc"), origin));
        int width = 0;
        int height = 0;
        QVERIFY(rfb.handshake(&width, &height));
        QCOMPARE(width, 720); // VGA text mode, as the screenshot shows
        QCOMPARE(height, 400);
        rfb.requestFrame(width, height);
        const QByteArray update = rfb.read(4);
        QCOMPARE(update.left(1), QByteArray(1, '\0')); // FramebufferUpdate: frames flow through the bridge
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-TTY1-READY"), 30000));
        rfb.type(QStringLiteral("echo wsbridge$((6*7)) >/dev/ttyS0\n"));
        QVERIFY(waitForConsole(m_vm, QStringLiteral("wsbridge42"), 20000));
        QCOMPARE(secured.consoleBridgeCount(), 1);

        // The serial console: the window's session and a WebSocket see the same output.
        auto session = m_server->runtime->serialConsoles().open(QString::fromLatin1(m_vm));
        QByteArray sessionSaw;
        connect(session.get(), &SerialSession::received, this, [&](const QByteArray &b) { sessionSaw += b; });
        QWebSocket serial;
        QByteArray serialSaw;
        connect(&serial, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &b) { serialSaw += b; });
        QNetworkRequest request(ticketUrl("serial"));
        request.setRawHeader("Origin", origin);
        serial.open(request);
        QVERIFY(QTest::qWaitFor([&] { return serial.state() == QAbstractSocket::ConnectedState; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return session->isConnected(); }, 10000));
        serial.sendTextMessage(QStringLiteral("echo wsserial$((5*5))\n"));
        QVERIFY2(QTest::qWaitFor([&] { return serialSaw.contains("wsserial25") && sessionSaw.contains("wsserial25"); }, 20000),
                 qPrintable(QString::fromUtf8(serialSaw.right(500))));
        session.reset();
        serial.close();
        rfb.socket.close();
        QVERIFY(QTest::qWaitFor([&] { return secured.consoleBridgeCount() == 0; }, 5000));
    }

    // The window's way to a remote host's serial console (issue 13): HTTPS with a self-signed
    // certificate, a client paired with a one-time code, the serial WebSocket opened through
    // RemoteHost with the client's token and the pinned certificate, and typing into the guest.
    void remoteSerialConsoleOverHttps()
    {
        QTemporaryDir tlsDir;
        const auto identity = tls::loadOrCreateSelfSigned(tlsDir.path(), {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
        QVERIFY(identity.ok());
        ApiServer::Options options;
        options.tls = identity.value();
        ApiServer secured(*m_server->runtime, options);
        QString error;
        QVERIFY2(secured.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        const auto code = m_server->runtime->accessTokens().createPairingCode(QString(), 5);
        QVERIFY(code.ok());
        const Result<client::HostIdentity> paired = pairTrustingFirstSight(QUrl(secured.baseUrl()), code.value().code, QStringLiteral("tst_qemu"));
        QVERIFY2(paired.ok(), qPrintable(paired.error().message));
        QCOMPARE(paired.value().fingerprint, tls::normalizedFingerprint(identity.value().fingerprint()));
        client::RemoteHost host(paired.value());
        std::unique_ptr<QWebSocket> serial(host.openConsole(QString::fromLatin1(m_vm), QStringLiteral("serial"), nullptr));
        QByteArray saw;
        connect(serial.get(), &QWebSocket::binaryMessageReceived, this, [&saw](const QByteArray &bytes) { saw += bytes; });
        QVERIFY(QTest::qWaitFor([&] { return serial->state() == QAbstractSocket::ConnectedState; }, 10000));
        QCOMPARE(secured.consoleBridgeCount(), 1);
        serial->sendTextMessage(QStringLiteral("echo remote$((6*7))\n"));
        QVERIFY2(QTest::qWaitFor([&] { return saw.contains("remote42"); }, 20000), qPrintable(QString::fromUtf8(saw.right(500))));
        serial.reset();
        QVERIFY(QTest::qWaitFor([&] { return secured.consoleBridgeCount() == 0; }, 5000));
    }

    // A real browser (Debian's chromium, installed by scripts/test.sh) loads the console page with a
    // ticket and draws the guest's screen: read from the page's canvas over the DevTools protocol.
    void browserDrawsTheGuestScreen()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        QVERIFY2(!chromium.isEmpty(), "chromium is missing: scripts/test.sh installs it");
        const QString display = http().post("/vms/" + m_vm + "/console-ticket").object().value("display_url").toString();
        QVERIFY(!display.isEmpty());
        QTemporaryDir dir;
        QProcess browser;
        browser.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                 QStringLiteral("--window-size=1000,700"), QStringLiteral("--remote-debugging-port=0"),
                                 QStringLiteral("--remote-allow-origins=*"),
                                 QStringLiteral("--user-data-dir=") + dir.filePath(QStringLiteral("profile")),
                                 QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->api->port()).arg(display)});
        QVERIFY(browser.waitForStarted());
        const auto stopBrowser = qScopeGuard([&] {
            browser.kill();
            browser.waitForFinished(5000);
        });
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/..."
        QByteArray said;
        int devtoolsPort = 0;
        QVERIFY(QTest::qWaitFor([&] {
            said += browser.readAllStandardError();
            const qsizetype at = said.indexOf("ws://127.0.0.1:");
            if (at >= 0)
                devtoolsPort = said.mid(at + 15, said.indexOf('/', at + 15) - at - 15).toInt();
            return devtoolsPort > 0;
        }, 30000));
        QString pageSocket;
        QVERIFY(QTest::qWaitFor([&] {
            for (const QJsonValue &target : HttpClient(quint16(devtoolsPort)).get("/json/list").array()) {
                if (target.toObject().value("type").toString() == QLatin1String("page"))
                    pageSocket = target.toObject().value("webSocketDebuggerUrl").toString();
            }
            return !pageSocket.isEmpty();
        }, 20000));
        QWebSocket devtools;
        QJsonObject answer;
        connect(&devtools, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            answer = QJsonDocument::fromJson(text.toUtf8()).object();
        });
        devtools.open(QUrl(pageSocket));
        QVERIFY(QTest::qWaitFor([&] { return devtools.state() == QAbstractSocket::ConnectedState; }, 10000));
        int id = 0;
        // Evaluates `expression` in the page: its JSON-serialisable value, or null when no answer.
        const auto evaluate = [&](const QString &expression) {
            answer = {};
            devtools.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
                {"id", ++id}, {"method", "Runtime.evaluate"},
                {"params", QJsonObject{{"expression", QString("JSON.stringify(" + expression + ")")}, {"returnByValue", true}}}}).toJson(QJsonDocument::Compact)));
            if (!QTest::qWaitFor([&] { return answer.value("id").toInt() == id; }, 5000))
                return QJsonValue();
            const QString value = answer.value("result").toObject().value("result").toObject().value("value").toString();
            return QJsonDocument::fromJson("[" + value.toUtf8() + "]").array().at(0);
        };
        QJsonObject stats;
        const bool drawn = QTest::qWaitFor([&] {
            stats = evaluate("{state: document.body.dataset.state, screen: window.vmanCanvasStats ? vmanCanvasStats() : null}").toObject();
            const QJsonObject screen = stats.value("screen").toObject();
            return stats.value("state").toString() == QLatin1String("connected") && screen.value("lit").toInt() > 2000;
        }, 60000);
        QVERIFY2(drawn, QJsonDocument(stats).toJson(QJsonDocument::Compact).constData());
        // The guest's VGA text screen, whole.
        QCOMPARE(stats.value("screen").toObject().value("width").toInt(), 720);
        QCOMPARE(stats.value("screen").toObject().value("height").toInt(), 400);

        // The page's serial tab: its own ticket and WebSocket; what is typed runs in the guest's
        // serial shell and its output shows in the page.
        evaluate("document.getElementById('tab-serial').click()");
        QVERIFY(QTest::qWaitFor([&] { return evaluate("document.body.dataset.serial").toString() == QLatin1String("connected"); }, 20000));
        evaluate("vmanSerialSend('echo pageserial$((3*4))\\r')");
        QVERIFY(waitForConsole(m_vm, QStringLiteral("pageserial12"), 20000));
        QVERIFY2(QTest::qWaitFor([&] { return evaluate("document.getElementById('serial').textContent").toString().contains("pageserial12"); }, 10000),
                 qPrintable(evaluate("document.getElementById('serial').textContent").toString().right(300)));
    }

    void hotplugAndUnplugADisk()
    {
        const auto created = http().postJson("/disks", {{"size", 1}, {"name", "hot-data"}});
        QCOMPARE(created.status, 201);
        const QByteArray disk = created.object().value("id").toString().toLatin1();
        QVERIFY(QFileInfo::exists(m_server->runtime->paths().diskImage(QString::fromLatin1(disk))));
        auto r = http().postJson("/disks/" + disk + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}});
        QCOMPARE(r.status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-DISK-ADDED vdb serial=hot-data sectors=2097152"), 30000));
        r = http().post("/disks/" + disk + "/detach");
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value("vm_id").isNull());
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-DISK-REMOVED vdb"), 30000));
        // It can come back (nothing was left behind in QEMU), and a second disk takes the next port.
        QCOMPARE(http().postJson("/disks/" + disk + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}}).status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-DISK-ADDED vdb serial=hot-data"), 30000));
        const QByteArray second = http().postJson("/disks", {{"size", 2}, {"name", "hot-second"}}).object().value("id").toString().toLatin1();
        QCOMPARE(http().postJson("/disks/" + second + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}}).status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("serial=hot-second sectors=4194304"), 30000));
        QCOMPARE(http().post("/disks/" + disk + "/detach").status, 200);
        QCOMPARE(http().post("/disks/" + second + "/detach").status, 200);
        QCOMPARE(http().del("/disks/" + disk).status, 204);
        QCOMPARE(http().del("/disks/" + second).status, 204);
        QVERIFY(!QFileInfo::exists(m_server->runtime->paths().diskImage(QString::fromLatin1(disk))));
    }

    // The OBSERVER's statistics of the running guest, in GET /vms/{id}/stats and GET /metrics: the
    // numbers are QEMU's own and move when the guest works.
    void statsAndMetricsFollowTheGuest()
    {
        const QByteArray disk = http().postJson("/disks", {{"size", 1}, {"name", "busy-data"}}).object().value("id").toString().toLatin1();
        QCOMPARE(http().postJson("/disks/" + disk + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}}).status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("serial=busy-data"), 30000));
        auto cleanup = qScopeGuard([&] {
            http().post("/disks/" + disk + "/detach");
            http().del("/disks/" + disk);
        });
        // Two samples with QEMU's counters in both.
        QJsonObject before;
        QVERIFY(QTest::qWaitFor([&] {
            http().post("/observer/actions/run");
            QTest::qWait(300);
            before = stats(m_vm);
            QJsonObject data;
            return !before.value("cpu").toObject().value("percent").isNull() && findDisk(before, QStringLiteral("data"), &data);
        }, 30000));
        QCOMPARE(before.value("state").toString(), QStringLiteral("running"));
        QVERIFY(before.value("cpu").toObject().value("seconds").toDouble() > 0.0);
        const double uptime = before.value("uptime_seconds").toDouble();
        QVERIFY2(uptime > 1 && uptime < 3600, qPrintable(QString::number(uptime)));
        const QJsonObject memory = before.value("memory").toObject();
        QCOMPARE(memory.value("configured_bytes").toInteger(), 1LL << 30);
        QVERIFY(memory.value("resident_bytes").toInteger() > 20 * 1024 * 1024);
        QCOMPARE(memory.value("balloon_bytes").toInteger(), 1LL << 30); // the balloon never took any
        QJsonObject root;
        QVERIFY(findDisk(before, QStringLiteral("root"), &root));
        QVERIFY(root.value("read_bytes").toInteger() > 0); // the kernel and initramfs were read
        QJsonObject data;
        QVERIFY(findDisk(before, QStringLiteral("data"), &data));
        QCOMPARE(data.value("disk_id").toString(), QString::fromLatin1(disk));
        QCOMPARE(data.value("name").toString(), QStringLiteral("busy-data"));
        const qint64 writtenBefore = data.value("written_bytes").toInteger();
        QVERIFY(before.value("history").toArray().size() >= 2);

        // The guest writes 16 MiB to the data disk and burns some CPU.
        QVERIFY(runInGuest(m_vm, QStringLiteral("dev=$(for d in /sys/block/vd*; do grep -qx busy-data $d/serial && echo ${d##*/}; done); "
                                                "dd if=/dev/zero of=/dev/$dev bs=1M count=16 conv=fsync 2>/dev/null; "
                                                "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo wrote-$((8*2))-MiB"),
                           QStringLiteral("wrote-16-MiB")));
        QJsonObject after;
        QVERIFY(QTest::qWaitFor([&] {
            http().post("/observer/actions/run");
            QTest::qWait(300);
            after = stats(m_vm);
            QJsonObject io;
            return findDisk(after, QStringLiteral("data"), &io) && io.value("written_bytes").toInteger() >= writtenBefore + (16LL << 20);
        }, 30000));
        QVERIFY(after.value("cpu").toObject().value("seconds").toDouble() > before.value("cpu").toObject().value("seconds").toDouble());
        QVERIFY(after.value("uptime_seconds").toDouble() > uptime);
        QJsonObject io;
        findDisk(after, QStringLiteral("data"), &io);
        QVERIFY(io.value("write_operations").toInteger() > data.value("write_operations").toInteger());

        // The same numbers for Prometheus, which accepts the whole exposition.
        const QByteArray metrics = http().get("/metrics").body;
        const QByteArray series = "vman_vm_disk_written_bytes_total{vm_id=\"" + m_vm + "\",name=\"guest\",device=\"";
        const qsizetype at = metrics.indexOf(QByteArray(series + "n"));
        QVERIFY2(at >= 0, metrics.constData());
        const QByteArray line = metrics.mid(at, metrics.indexOf('\n', at) - at);
        QVERIFY2(line.contains(QByteArray("disk_id=\"" + disk + "\"} ")), line.constData());
        QVERIFY2(line.mid(line.lastIndexOf(' ') + 1).toLongLong() >= writtenBefore + (16LL << 20), line.constData());
        QVERIFY(metrics.contains(QByteArray("vman_vm_cpu_seconds_total{vm_id=\"" + m_vm + "\",name=\"guest\"} ")));
        QVERIFY(metrics.contains(QByteArray("vman_vm_memory_balloon_bytes{vm_id=\"" + m_vm + "\",name=\"guest\"} 1073741824\n")));
        checkWithPromtool(metrics);
    }

    // Disks grow while the guest runs (QMP block_resize): the guest's kernel sees the new size.
    void disksGrowWhileTheGuestRuns()
    {
        const QByteArray disk = http().postJson("/disks", {{"size", 1}, {"name", "growing"}}).object().value("id").toString().toLatin1();
        QCOMPARE(http().postJson("/disks/" + disk + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}}).status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("serial=growing sectors=2097152"), 30000));
        auto r = http().request("PATCH", "/disks/" + disk, R"({"size":3})", {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("size").toInt(), 3);
        const QString sectors = QStringLiteral("for d in /sys/block/vd*; do grep -qx growing $d/serial && echo \"size-of-growing=$(cat $d/size)\"; done");
        QVERIFY(runInGuest(m_vm, sectors, QStringLiteral("size-of-growing=6291456")));
        verifyDetail(http().request("PATCH", "/disks/" + disk, R"({"size":2})", {{"Content-Type", "application/json"}}), 422);
        // The root disk too, through the VM.
        const qint64 rootGib = http().get("/vms/" + m_vm).object().value("disk_size").toInt();
        const qint64 grownGib = qMax<qint64>(rootGib, 1) + 1;
        r = http().request("PATCH", "/vms/" + m_vm, QStringLiteral(R"({"disk_size":%1})").arg(grownGib).toUtf8(), {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        QVERIFY(runInGuest(m_vm, QStringLiteral("echo \"root-size=$(cat /sys/block/vda/size)\""), QStringLiteral("root-size=%1").arg(grownGib * 2097152)));
        QCOMPARE(http().post("/disks/" + disk + "/detach").status, 200);
        QCOMPARE(http().del("/disks/" + disk).status, 204);
    }

    // A live snapshot with memory, and the way back: the guest counts on its serial console and
    // writes a marker to a data disk after the snapshot; after the revert the marker is gone and
    // the count goes on from where it was at the snapshot (its memory came back), still running.
    void liveSnapshotAndRevert()
    {
        const QByteArray disk = http().postJson("/disks", {{"size", 1}, {"name", "snapdata"}}).object().value("id").toString().toLatin1();
        QCOMPARE(http().postJson("/disks/" + disk + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}}).status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("serial=snapdata"), 30000));
        auto cleanup = qScopeGuard([&] {
            http().post("/disks/" + disk + "/detach");
            http().del("/disks/" + disk);
        });
        const QString device = QStringLiteral("$(for d in /sys/block/vd*; do grep -qx snapdata $d/serial && echo /dev/${d##*/}; done)");
        QVERIFY(runInGuest(m_vm, QStringLiteral("(i=0; while true; do i=$((i+1)); echo \"tick=$i.\"; sleep 1; done) & echo counter-$((6*7))"),
                           QStringLiteral("counter-42")));
        static const QRegularExpression tick(QStringLiteral("tick=(\\d+)\\."));
        auto lastTick = [&](const QString &text) {
            int last = -1;
            for (auto it = tick.globalMatch(text); it.hasNext();)
                last = it.next().captured(1).toInt();
            return last;
        };
        QVERIFY(QTest::qWaitFor([&] { return lastTick(console(m_vm)) >= 3; }, 30000));

        const int atSnapshot = lastTick(console(m_vm));
        auto r = http().postJson("/vms/" + m_vm + "/snapshots", {{"name", "before-marker"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value("vm_state").toBool(), true);
        QVERIFY(r.object().value("size").toInteger() > 1024 * 1024); // the guest's memory is in it
        QCOMPARE(r.object().value("disks").toArray().size(), 2);
        QCOMPARE(state(m_vm), QStringLiteral("running"));

        QVERIFY(runInGuest(m_vm, QStringLiteral("echo VMAN-SNAP-MARKER | dd of=%1 conv=fsync 2>/dev/null; echo wrote-marker-$((1+1))").arg(device),
                           QStringLiteral("wrote-marker-2")));
        QVERIFY(QTest::qWaitFor([&] { return lastTick(console(m_vm)) >= atSnapshot + 6; }, 30000));
        const int beforeRevert = lastTick(console(m_vm));
        const qsizetype logAt = console(m_vm).size();

        r = http().post("/vms/" + m_vm + "/snapshots/before-marker/revert");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        // The count resumes from the snapshot's value, not from where it was before the revert.
        int resumed = -1;
        QVERIFY(QTest::qWaitFor([&] {
            resumed = lastTick(console(m_vm).mid(logAt));
            return resumed > 0;
        }, 30000));
        QVERIFY2(resumed <= atSnapshot + 3 && resumed < beforeRevert,
                 qPrintable(QStringLiteral("snapshot at tick %1, revert at %2, resumed at %3").arg(atSnapshot).arg(beforeRevert).arg(resumed)));
        QVERIFY(runInGuest(m_vm, QStringLiteral("echo \"markers=$(dd if=%1 bs=512 count=1 2>/dev/null | grep -c VMAN-SNAP-MARKER)\"").arg(device),
                           QStringLiteral("markers=0")));

        // The linked clone's base image was never written: no snapshot landed in it.
        ImageTool tool(QStringLiteral("qemu-img"));
        std::unique_ptr<Result<QJsonObject>> info;
        tool.info(QStringLiteral(VMAN_TEST_GUEST), [&](Result<QJsonObject> i) { info = std::make_unique<Result<QJsonObject>>(i); });
        QVERIFY(QTest::qWaitFor([&] { return info != nullptr; }, 10000));
        QVERIFY(info->ok());
        QVERIFY(info->value().value("snapshots").toArray().isEmpty());

        QCOMPARE(http().del("/vms/" + m_vm + "/snapshots/before-marker").status, 204);
        QVERIFY(http().get("/vms/" + m_vm + "/snapshots").array().isEmpty());
        QVERIFY(runInGuest(m_vm, QStringLiteral("kill %1 2>/dev/null; kill $(jobs -p) 2>/dev/null; echo stopped-$((2+2))"), QStringLiteral("stopped-4")));
    }

    void restartBootsAgain()
    {
        const auto r = http().post("/vms/" + m_vm + "/actions/restart");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("running"));
        // The serial log starts afresh with each start.
        QVERIFY(!console(m_vm).contains(QStringLiteral("VMAN-DISK-ADDED")));
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-GUEST-READY")));
    }

    void gracefulStopPowersTheGuestOff()
    {
        // Paused first: a graceful stop lets it run again to see the power button.
        QCOMPARE(http().post("/vms/" + m_vm + "/actions/pause").status, 200);
        QElapsedTimer timer;
        timer.start();
        const auto r = http().postJson("/vms/" + m_vm + "/actions/stop", {{"timeout", 60}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("stopped"));
        QVERIFY(timer.elapsed() < 60000);
        QVERIFY(console(m_vm).contains(QStringLiteral("VMAN-GUEST-POWEROFF")));
        verifyNoQemu(m_vm);
        QCOMPARE(http().get("/vms/" + m_vm + "/screenshot").status, 409);
    }

    // A changed size applies at the next start (the guest counts its CPUs); refused while it runs.
    void editedSizeAppliesAtTheNextStart()
    {
        auto patch = [&](const QByteArray &body) { return http().request("PATCH", "/vms/" + m_vm, body, {{"Content-Type", "application/json"}}); };
        QCOMPARE(state(m_vm), QStringLiteral("stopped"));
        auto r = patch(R"({"cpu_count":2})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("cpu_count").toInt(), 2);
        QCOMPARE(http().post("/vms/" + m_vm + "/actions/start").status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-GUEST-READY")));
        QVERIFY(runInGuest(m_vm, QStringLiteral("echo \"guest-cpus=$(grep -c ^processor /proc/cpuinfo)\""), QStringLiteral("guest-cpus=2")));
        r = patch(R"({"cpu_count":1})");
        verifyDetail(r, 409);
        QVERIFY2(r.object().value("detail").toString().contains(QStringLiteral("cpu_count")), r.body.constData());
        QCOMPARE(http().postJson("/vms/" + m_vm + "/actions/stop", {{"force", true}}).status, 200);
        QCOMPARE(patch(R"({"cpu_count":null})").object().value("cpu_count").toInt(), 1); // the template's
    }

    // A stopped VM's snapshot: qemu-img on its images. What is written after it is gone after a
    // revert (checked in the image with qemu-io, without booting).
    void offlineSnapshot()
    {
        QCOMPARE(state(m_vm), QStringLiteral("stopped"));
        const QByteArray disk = http().postJson("/disks", {{"size", 1}, {"name", "colddata"}}).object().value("id").toString().toLatin1();
        QCOMPARE(http().postJson("/disks/" + disk + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}}).status, 200);
        const QString image = m_server->runtime->paths().diskImage(QString::fromLatin1(disk));
        auto qemuIo = [&](const QString &command) {
            QProcess io;
            io.start(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"), command, image});
            io.waitForFinished(30000);
            return QString::fromUtf8(io.readAllStandardOutput() + io.readAllStandardError());
        };
        auto r = http().postJson("/vms/" + m_vm + "/snapshots", {{"name", "cold"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value("vm_state").toBool(), false);
        QVERIFY2(qemuIo(QStringLiteral("write -P 0x5a 0 64k")).contains(QStringLiteral("wrote 65536")), "qemu-io write");
        QVERIFY(qemuIo(QStringLiteral("read -P 0x5a 0 64k")).contains(QStringLiteral("read 65536")));
        r = http().post("/vms/" + m_vm + "/snapshots/cold/revert");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("stopped"));
        const QString after = qemuIo(QStringLiteral("read -P 0 0 64k"));
        QVERIFY2(after.contains(QStringLiteral("read 65536")) && !after.contains(QStringLiteral("Pattern verification failed")), qPrintable(after));
        QCOMPARE(http().del("/vms/" + m_vm + "/snapshots/cold").status, 204);

        // Snapshots changed behind VMAN's back: the OBSERVER reports a recorded one the images no
        // longer hold and one they hold that VMAN has no record of, once each.
        QCOMPARE(http().postJson("/vms/" + m_vm + "/snapshots", {{"name", "gone"}}).status, 201);
        auto qemuImg = [](const QStringList &arguments) {
            QProcess p;
            p.start(QStringLiteral("qemu-img"), arguments);
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        QVERIFY(qemuImg({QStringLiteral("snapshot"), QStringLiteral("-d"), QStringLiteral("gone"), image}));
        QVERIFY(qemuImg({QStringLiteral("snapshot"), QStringLiteral("-c"), QStringLiteral("stray"), image}));
        auto corrections = [&] {
            QStringList found;
            for (const QJsonValue &c : http().get("/observer/status").object().value("corrections").toArray()) {
                const QJsonObject o = c.toObject();
                if (o.value("subject").toString().contains(QString::fromLatin1(m_vm)))
                    found << o.value("before").toString() + QStringLiteral(" -> ") + o.value("after").toString();
            }
            return found;
        };
        const QString missing = QStringLiteral("snapshot 'gone' recorded -> not in disk 'colddata'");
        const QString unknown = QStringLiteral("no record -> snapshot 'stray' in disk 'colddata'");
        QVERIFY2(QTest::qWaitFor([&] {
            http().post("/observer/actions/run");
            return corrections().contains(missing) && corrections().contains(unknown);
        }, 20000), qPrintable(corrections().join(QLatin1Char('\n'))));
        QVERIFY(!corrections().join(QLatin1Char('\n')).contains(QStringLiteral("root disk"))); // the root disk does hold 'gone'
        for (int i = 0; i < 3; ++i)
            http().post("/observer/actions/run");
        QTest::qWait(500);
        QCOMPARE(corrections().count(missing), 1);
        QCOMPARE(corrections().count(unknown), 1);
        // Mended (the stray one removed, the record dropped with the images' copies): nothing more.
        QVERIFY(qemuImg({QStringLiteral("snapshot"), QStringLiteral("-d"), QStringLiteral("stray"), image}));
        QCOMPARE(http().del("/vms/" + m_vm + "/snapshots/gone").status, 204);
        ImageTool tool(QStringLiteral("qemu-img"));
        std::unique_ptr<Result<QJsonObject>> info;
        tool.info(image, [&](Result<QJsonObject> i) { info = std::make_unique<Result<QJsonObject>>(i); });
        QVERIFY(QTest::qWaitFor([&] { return info != nullptr; }, 10000));
        QVERIFY(info->ok() && info->value().value("snapshots").toArray().isEmpty());
        QCOMPARE(http().post("/disks/" + disk + "/detach").status, 200);
        QCOMPARE(http().del("/disks/" + disk).status, 204);
    }

    // A linked clone of the stopped test guest boots with its own MAC address and disk; the source
    // is unchanged and still boots; their shared base is read-only. A full clone is independent.
    void clonesBootAndLeaveTheSourceAlone()
    {
        QCOMPARE(state(m_vm), QStringLiteral("stopped"));
        const QString sourceRoot = m_server->runtime->paths().vmDir(QString::fromLatin1(m_vm)) + QStringLiteral("/root.qcow2");
        auto r = http().postJson("/vms/" + m_vm + "/clone", {{"name", "guest-linked"}, {"mode", "linked"}});
        QCOMPARE(r.status, 202);
        const QByteArray clone = r.object().value("id").toString().toLatin1();
        QVERIFY(QTest::qWaitFor([&] { return http().get("/vms/" + clone).object().value("state_detail").toString().isEmpty(); }, 60000));
        ImageTool tool(QStringLiteral("qemu-img"));
        auto info = [&](const QString &path) {
            std::unique_ptr<Result<QJsonObject>> result;
            tool.info(path, [&](Result<QJsonObject> i) { result = std::make_unique<Result<QJsonObject>>(i); });
            (void)QTest::qWaitFor([&] { return result != nullptr; }, 10000);
            return result && result->ok() ? result->value() : QJsonObject();
        };
        const QString base = info(sourceRoot).value("backing-filename").toString();
        QVERIFY2(base.contains(QStringLiteral("/bases/")), qPrintable(base));
        QCOMPARE(info(m_server->runtime->paths().vmDir(QString::fromLatin1(clone)) + QStringLiteral("/root.qcow2")).value("backing-filename").toString(), base);
        QVERIFY(!(QFileInfo(base).permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther)));

        auto macOf = [&](const QByteArray &vm) -> QString {
            static const QRegularExpression mac(QStringLiteral("mac-address=([0-9a-f:]{17})"));
            if (!runInGuest(vm, QStringLiteral("echo \"mac-address=$(cat /sys/class/net/eth0/address)\""), QStringLiteral("mac-address=5")))
                return QString();
            return mac.match(console(vm)).captured(1);
        };
        QCOMPARE(http().post("/vms/" + clone + "/actions/start").status, 200);
        QVERIFY(waitForConsole(clone, QStringLiteral("VMAN-GUEST-READY")));
        const QString cloneMac = macOf(clone);
        QCOMPARE(http().postJson("/vms/" + clone + "/actions/stop", {{"force", true}}).status, 200);
        QCOMPARE(http().post("/vms/" + m_vm + "/actions/start").status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-GUEST-READY")));
        const QString sourceMac = macOf(m_vm);
        QVERIFY2(!cloneMac.isEmpty() && !sourceMac.isEmpty() && cloneMac != sourceMac, qPrintable(cloneMac + QStringLiteral(" / ") + sourceMac));
        QCOMPARE(http().postJson("/vms/" + m_vm + "/actions/stop", {{"force", true}}).status, 200);

        // Full: no backing file at all (the root disk, an overlay, flattened by qemu-img); its
        // data disk, a standalone image, copied byte for byte with what the guest wrote on it.
        const QByteArray data = http().postJson("/disks", {{"size", 1}, {"name", "clone-data"}}).object().value("id").toString().toLatin1();
        QCOMPARE(http().postJson("/disks/" + data + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}}).status, 200);
        const QString dataImage = m_server->runtime->paths().diskImage(QString::fromLatin1(data));
        {
            QProcess io;
            io.start(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"), QStringLiteral("write -P 0x6b 1M 3M"), dataImage});
            QVERIFY(io.waitForFinished(30000) && io.exitCode() == 0);
        }
        r = http().postJson("/vms/" + m_vm + "/clone", {{"name", "guest-full"}, {"with_disks", true}});
        QCOMPARE(r.status, 202);
        const QByteArray full = r.object().value("id").toString().toLatin1();
        QVERIFY(QTest::qWaitFor([&] { return http().get("/vms/" + full).object().value("state_detail").toString().isEmpty(); }, 120000));
        const QJsonObject fullInfo = info(m_server->runtime->paths().vmDir(QString::fromLatin1(full)) + QStringLiteral("/root.qcow2"));
        QVERIFY(!fullInfo.isEmpty());
        QVERIFY(!fullInfo.contains(QStringLiteral("backing-filename")));
        const QJsonArray cloneDisks = http().get("/vms/" + full).object().value("disks").toArray();
        QCOMPARE(cloneDisks.size(), 1);
        const QString dataCopy = m_server->runtime->paths().diskImage(cloneDisks.first().toObject().value("id").toString());
        {
            QProcess compare;
            compare.start(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-F"),
                                                     QStringLiteral("qcow2"), dataImage, dataCopy});
            QVERIFY(compare.waitForFinished(30000));
            QCOMPARE(compare.exitCode(), 0);
        }
        QCOMPARE(http().del("/vms/" + full + "?force=true").status, 204);
        QCOMPARE(http().del("/disks/" + cloneDisks.first().toObject().value("id").toString().toLatin1()).status, 204); // detached with its VM
        QCOMPARE(http().post("/disks/" + data + "/detach").status, 200);
        QCOMPARE(http().del("/disks/" + data).status, 204);

        // A base goes when the last VM reading it (directly or through another base) goes.
        r = http().postJson("/vms/" + clone + "/clone", {{"name", "guest-linked-2"}, {"mode", "linked"}});
        QCOMPARE(r.status, 202);
        const QByteArray clone2 = r.object().value("id").toString().toLatin1();
        QVERIFY(QTest::qWaitFor([&] { return http().get("/vms/" + clone2).object().value("state_detail").toString().isEmpty(); }, 60000));
        const QString base2 = info(m_server->runtime->paths().vmDir(QString::fromLatin1(clone)) + QStringLiteral("/root.qcow2")).value("backing-filename").toString();
        QVERIFY2(base2.contains(QStringLiteral("/bases/")) && base2 != base, qPrintable(base2));
        QCOMPARE(info(base2).value("backing-filename").toString(), base); // a base reading a base
        QCOMPARE(http().del("/vms/" + clone2).status, 204);
        QTest::qWait(1000);
        QVERIFY(QFileInfo::exists(base2)); // the first linked clone still reads it
        QCOMPARE(http().del("/vms/" + clone).status, 204);
        QVERIFY(QTest::qWaitFor([&] { return !QFileInfo::exists(base2); }, 10000));
        QVERIFY(QFileInfo::exists(base)); // the source reads it
    }

    void diskAttachedWhileStoppedIsThereAtBootAndForceStopIsImmediate()
    {
        const QByteArray disk = http().postJson("/disks", {{"size", 1}, {"name", "cold-data"}}).object().value("id").toString().toLatin1();
        QCOMPARE(http().postJson("/disks/" + disk + "/attach", {{"vm_id", QString::fromLatin1(m_vm)}}).status, 200);
        QCOMPARE(http().post("/vms/" + m_vm + "/actions/start").status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-DISK-PRESENT vdb serial=cold-data sectors=2097152")));
        // Attached at start, it can still be unplugged from the running guest (once the guest
        // watches its disks).
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-GUEST-READY")));
        QCOMPARE(http().post("/disks/" + disk + "/detach").status, 200);
        QVERIFY(waitForConsole(m_vm, QStringLiteral("VMAN-DISK-REMOVED vdb"), 30000));
        QElapsedTimer timer;
        timer.start();
        const auto r = http().postJson("/vms/" + m_vm + "/actions/stop", {{"force", true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("stopped"));
        QVERIFY2(timer.elapsed() < 3000, QByteArray::number(timer.elapsed()).constData());
        verifyNoQemu(m_vm);
        QCOMPARE(http().del("/disks/" + disk).status, 204);
    }

    void guestIgnoringAcpiIsForcedAfterTheTimeout()
    {
        const QByteArray vm = createFirmwareOnlyVm();
        QCOMPARE(http().post("/vms/" + vm + "/actions/start").status, 200);
        QElapsedTimer timer;
        timer.start();
        const auto r = http().postJson("/vms/" + vm + "/actions/stop", {{"timeout", 2}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("state").toString(), QStringLiteral("stopped"));
        QVERIFY2(timer.elapsed() >= 2000, QByteArray::number(timer.elapsed()).constData());
        QVERIFY(timer.elapsed() < 10000);
        verifyNoQemu(vm);
    }

    // A cloud image's first boot, end to end: the seed (read by the guest from the `cidata` CD
    // by its Joliet names), a fresh SSH key, start?wait=ready, ssh through the forward VMAN added,
    // the agent's report, and guest-shutdown for a guest whose ACPI daemon the user data stopped.
    void cloudInitSshAgentAndReadiness()
    {
        QTemporaryDir keys;
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"), {"-q", "-t", "ed25519", "-N", "", "-C", "vman-test", "-f", keys.filePath("id")});
        QVERIFY2(keygen.waitForFinished(20000) && keygen.exitCode() == 0, "ssh-keygen failed (openssh-client is a test package)");
        QFile pub(keys.filePath("id.pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QString key = QString::fromUtf8(pub.readAll()).trimmed();
        const QByteArray mark = "VMAN-MARK-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString userData = QStringLiteral("#!/bin/sh\necho %1\nkillall acpid && echo VMAN-ACPI-OFF\n").arg(QString::fromLatin1(mark));
        const QString networkConfig = QStringLiteral("version: 2\nethernets:\n  eth0:\n    dhcp4: true\n");
        const auto created = http().postJson("/vms", {{"template_name", "tiny"},
                                                      {"name", "seeded"},
                                                      {"cloud_init", QJsonObject{{"ssh_authorized_keys", QJsonArray{key}},
                                                                                 {"hostname", "seeded-host"},
                                                                                 {"user_data", userData},
                                                                                 {"network_config", networkConfig}}}});
        QCOMPARE(created.status, 201);
        const QByteArray vm = created.object().value("id").toString().toLatin1();
        const QJsonObject ssh = created.object().value("ssh").toObject();
        const int port = ssh.value("port").toInt();
        QVERIFY2(port >= VmService::kFirstSshPort, created.body.constData());
        QCOMPARE(created.object().value("ready").toBool(true), false);

        QElapsedTimer timer;
        timer.start();
        const auto started = http().request("POST", "/vms/" + vm + "/actions/start?wait=ready&timeout=120", {}, {}, 130000);
        QCOMPARE(started.status, 200);
        QCOMPARE(started.object().value("ready").toBool(), true);
        qInfo() << "ready after" << timer.elapsed() << "ms, by" << started.object().value("guest").toObject().value("ready_by").toString();

        // What the guest read from its seed.
        QVERIFY(waitForConsole(vm, QStringLiteral("VMAN-SEED device=/dev/sr0 instance-id=%1 hostname=seeded-host").arg(QString::fromLatin1(vm))));
        const QByteArray userMd5 = QCryptographicHash::hash(userData.toUtf8(), QCryptographicHash::Md5).toHex();
        const QByteArray networkMd5 = QCryptographicHash::hash(networkConfig.toUtf8(), QCryptographicHash::Md5).toHex();
        QVERIFY(waitForConsole(vm, QStringLiteral("VMAN-SEED-USER-DATA md5=%1 first-line=#!/bin/sh").arg(QString::fromLatin1(userMd5))));
        QVERIFY(waitForConsole(vm, QStringLiteral("VMAN-SEED-NETWORK-CONFIG md5=%1").arg(QString::fromLatin1(networkMd5))));
        QVERIFY(waitForConsole(vm, QStringLiteral("VMAN-SEED-KEYS count=1")));
        QVERIFY(waitForConsole(vm, QString::fromLatin1(mark)));

        // ssh through the forward, with the command VMAN shows (and our key and known_hosts).
        QStringList arguments = {"-i", keys.filePath("id"), "-o", "BatchMode=yes", "-o", "UserKnownHostsFile=" + keys.filePath("known_hosts"),
                                 "-o", "ConnectTimeout=10"};
        QStringList shown = ssh.value("command").toString().split(QLatin1Char(' '));
        QCOMPARE(shown.takeFirst(), QStringLiteral("ssh"));
        shown.last() = QStringLiteral("root@") + shown.last(); // the test guest's user is root
        QProcess client;
        client.start(QStringLiteral("ssh"), arguments + shown + QStringList{"cat /proc/sys/kernel/hostname; echo ssh-ok"});
        QVERIFY(client.waitForFinished(60000));
        const QByteArray out = client.readAllStandardOutput();
        QVERIFY2(out == "seeded-host\nssh-ok\n", QByteArray(out + client.readAllStandardError()).constData());

        // The agent's report (Debian's qemu-guest-agent in the guest).
        QJsonObject guest;
        QVERIFY(QTest::qWaitFor([&] {
            guest = http().get("/vms/" + vm).object().value("guest").toObject();
            return guest.value("agent").toBool() && !guest.value("ip_addresses").toArray().isEmpty();
        }, 30000));
        QCOMPARE(guest.value("os").toString(), QStringLiteral("VMAN test guest 1"));
        QCOMPARE(guest.value("os_id").toString(), QStringLiteral("vman-test-guest"));
        QCOMPARE(guest.value("hostname").toString(), QStringLiteral("seeded-host"));
        // (QEMU's user network also hands out IPv6 addresses, which may come later.)
        QVERIFY2(guest.value("ip_addresses").toArray().contains(QJsonValue("10.0.2.15")), QJsonDocument(guest).toJson().constData());

        // The user data stopped acpid: the power button is ignored, the agent shuts it down.
        QVERIFY(waitForConsole(vm, QStringLiteral("VMAN-ACPI-OFF")));
        timer.restart();
        const auto stopped = http().postJson("/vms/" + vm + "/actions/stop", {{"timeout", 20}});
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.object().value("state").toString(), QStringLiteral("stopped"));
        QVERIFY(console(vm).contains(QStringLiteral("VMAN-AGENT-SHUTDOWN")));
        QVERIFY(!console(vm).contains(QStringLiteral("VMAN-GUEST-POWEROFF")));
        QVERIFY2(timer.elapsed() < 19000, QByteArray::number(timer.elapsed()).constData()); // not forced at the end
        QVERIFY(http().get("/vms/" + vm).object().value("guest").isNull());
        QCOMPARE(http().get("/vms/" + vm).object().value("ready").toBool(true), false);
        verifyNoQemu(vm);
    }

    void waitForReadyTimesOutWithWhatWasSeen()
    {
        const QByteArray vm = createFirmwareOnlyVm();
        QElapsedTimer timer;
        timer.start();
        const auto r = http().post("/vms/" + vm + "/actions/start?wait=ready&timeout=3");
        QCOMPARE(r.status, 504);
        QVERIFY2(timer.elapsed() >= 3000, qPrintable(QString::number(timer.elapsed()) + QLatin1Char(' ') + QString::fromUtf8(r.body)));
        const QString detail = r.object().value("detail").toString();
        QVERIFY2(detail.contains(QLatin1String("not ready within 3 s")) && detail.contains(QLatin1String("guest agent:")), qPrintable(detail));
        QCOMPARE(state(vm), QStringLiteral("running")); // the VM itself is fine
        QCOMPARE(http().postJson("/vms/" + vm + "/actions/stop", {{"force", true}}).status, 200);
    }

    void unplugThatTheGuestIgnoresIsPendingAndChangesNothing()
    {
        const QByteArray vm = createFirmwareOnlyVm();
        const QByteArray disk = http().postJson("/disks", {{"size", 1}}).object().value("id").toString().toLatin1();
        QCOMPARE(http().post("/vms/" + vm + "/actions/start").status, 200);
        QCOMPARE(http().postJson("/disks/" + disk + "/attach", {{"vm_id", QString::fromLatin1(vm)}}).status, 200);
        const auto r = http().post("/disks/" + disk + "/detach");
        QCOMPARE(r.status, 409);
        QVERIFY2(r.object().value("detail").toString().contains(QStringLiteral("unplug pending")), r.body.constData());
        QCOMPARE(http().get("/disks/" + disk).object().value("vm_id").toString().toLatin1(), vm);
        QCOMPARE(http().postJson("/vms/" + vm + "/actions/stop", {{"force", true}}).status, 200);
        // Stopped, the VM lets go: detaching applies at once.
        QCOMPARE(http().post("/disks/" + disk + "/detach").status, 200);
    }

    void startFailureCarriesQemusMessage()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const QByteArray vm = createVm({{"ports", QJsonArray{QJsonObject{{"host", squatter.serverPort()}, {"guest", 80}}}}});
        const auto r = http().post("/vms/" + vm + "/actions/start");
        QCOMPARE(r.status, 500);
        const QString detail = r.object().value("detail").toString();
        QVERIFY2(detail.contains(QStringLiteral("Could not set up host forwarding rule")), qPrintable(detail));
        const QJsonObject after = http().get("/vms/" + vm).object();
        QCOMPARE(after.value("state").toString(), QStringLiteral("stopped"));
        QVERIFY(after.value("state_detail").toString().contains(QStringLiteral("host forwarding")));
        verifyNoQemu(vm);
    }

    void fullCopyBootsToo()
    {
        RealServer full(m_dir.filePath(QStringLiteral("full")), CloneMode::Full);
        QVERIFY(full.started && full.listening);
        QCOMPARE(full.http->postJson("/templates", {{"name", "tiny"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const QByteArray vm = full.http->postJson("/vms", {{"template_name", "tiny"}}).object().value("id").toString().toLatin1();
        QCOMPARE(full.http->post("/vms/" + vm + "/actions/start").status, 200);
        const bool ready = QTest::qWaitFor([&] { return full.http->get("/vms/" + vm + "/console").body.contains("VMAN-GUEST-READY"); }, kBootTimeoutMs);
        full.http->postJson("/vms/" + vm + "/actions/stop", {{"force", true}});
        QVERIFY(ready);
        ImageTool tool(QStringLiteral("qemu-img"));
        std::unique_ptr<Result<QJsonObject>> info;
        tool.info(full.runtime->paths().vmDir(QString::fromLatin1(vm)) + QStringLiteral("/root.qcow2"),
                  [&](Result<QJsonObject> r) { info = std::make_unique<Result<QJsonObject>>(r); });
        QVERIFY(QTest::qWaitFor([&] { return info != nullptr; }, 10000));
        QVERIFY(info->ok());
        QVERIFY(!info->value().contains("backing-filename"));
    }

    void vmsOutliveVmanAndAreAdopted()
    {
        // `vman --server` as a process, killed and stopped while its VM runs.
        const QString storage = m_dir.filePath(QStringLiteral("adopt"));
        const QMap<QString, QString> env{{QStringLiteral("VMAN_ACCEL"), QStringLiteral("tcg")}};
        const QStringList args{QStringLiteral("--server"), QStringLiteral("--storage"), storage, QStringLiteral("--port"), QStringLiteral("0")};
        QByteArray vm;
        qint64 qemuPid = 0;
        {
            VmanProcess first(m_dir.path(), args, env);
            const quint16 port = first.waitForPort();
            QVERIFY(port != 0);
            HttpClient api(port);
            QCOMPARE(api.postJson("/templates", {{"name", "tiny"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
            vm = api.postJson("/vms", {{"template_name", "tiny"}}).object().value("id").toString().toLatin1();
            QCOMPARE(api.post("/vms/" + vm + "/actions/start").status, 200);
            const QList<qint64> pids = qemuProcessesOf(QString::fromLatin1(vm));
            QCOMPARE(pids.size(), 1);
            qemuPid = pids.first();
            first.signal(SIGKILL);
            QVERIFY(first.finish());
        }
        QVERIFY(hostproc::isAlive(qemuPid));
        for (int signal : {SIGTERM, 0}) {
            VmanProcess next(m_dir.path(), args, env);
            const quint16 port = next.waitForPort();
            QVERIFY(port != 0);
            HttpClient api(port);
            QVERIFY(QTest::qWaitFor([&] { return api.get("/vms/" + vm).object().value("state").toString() == QLatin1String("running"); }, 10000));
            QCOMPARE(api.get("/vms").array().size(), 1);
            // Adopted, not duplicated: the same single QEMU, reachable through QMP again.
            QCOMPARE(qemuProcessesOf(QString::fromLatin1(vm)), QList<qint64>{qemuPid});
            QCOMPARE(api.get("/vms/" + vm + "/screenshot").status, 200);
            if (signal == SIGTERM) {
                next.signal(SIGTERM); // a clean stop of VMAN leaves the VM running
                QVERIFY(next.finish());
                QCOMPARE(next.exitCode(), 0);
                QVERIFY(hostproc::isAlive(qemuPid));
            } else {
                QCOMPARE(api.postJson("/vms/" + vm + "/actions/stop", {{"force", true}}).status, 200);
                QVERIFY(!hostproc::isAlive(qemuPid));
                QCOMPARE(api.get("/vms/" + vm).object().value("state").toString(), QStringLiteral("stopped"));
            }
        }
    }

private:
    void verifyNoQemu(const QByteArray &vm)
    {
        const QString dir = m_server->runtime->paths().vmDir(QString::fromLatin1(vm));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/qemu.pid")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/qmp.sock")));
    }
};

QTEST_GUILESS_MAIN(TestQemu)
#include "tst_qemu.moc"
