// SPDX-License-Identifier: GPL-3.0-or-later
// The graphical console's parts without QEMU: the key tables, and the view against a small VNC
// server (libvncserver) on a socketpair: frames, resizes, keys, the pointer, the end of a session,
// and a stop while the handshake waits.
#include "console/ConsoleView.h"
#include "console/KeyCodes.h"
#include "console/WebSocketStream.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QScopeGuard>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <rfb/rfb.h>

#include <sys/socket.h>
#include <unistd.h>

using namespace vman::console;

namespace {

// What the fake server received from the client.
struct Received
{
    QList<QPair<quint32, bool>> keys;
    QList<std::tuple<int, int, int>> pointer; // x, y, buttons
    int nudges = 0; // F24 releases that keep QEMU's refresh fast while the console is in use
};
Received g_received;

// One client served on one end of a socketpair (libvncserver's inetd mode: no listening socket).
class FakeVncServer
{
public:
    FakeVncServer(int fd, int width, int height)
    {
        m_screen = rfbGetScreen(nullptr, nullptr, width, height, 8, 3, 4);
        m_screen->desktopName = "fake";
        m_screen->alwaysShared = TRUE;
        m_screen->inetdSock = fd;
        m_screen->kbdAddEvent = [](rfbBool down, rfbKeySym key, rfbClientPtr) {
            if (key == 0xffd5 && !down)
                ++g_received.nudges;
            else
                g_received.keys.append({quint32(key), down != 0});
        };
        m_screen->ptrAddEvent = [](int buttons, int x, int y, rfbClientPtr) { g_received.pointer.append({x, y, buttons}); };
        resize(width, height, qRgb(200, 0, 0));
        rfbInitServer(m_screen);
        m_pump.setInterval(2);
        QObject::connect(&m_pump, &QTimer::timeout, [this] { rfbProcessEvents(m_screen, 0); });
        m_pump.start();
    }
    ~FakeVncServer()
    {
        m_pump.stop();
        // A client closed by disconnectClients() is freed by the next pass of the event loop;
        // rfbShutdownServer skips it.
        rfbProcessEvents(m_screen, 0);
        rfbShutdownServer(m_screen, TRUE);
        rfbScreenCleanup(m_screen);
    }

    // Red, green and blue as the server's pixel format lays them out (bytes R, G, B, X).
    void fill(const QRect &r, QRgb color)
    {
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                auto *p = reinterpret_cast<uchar *>(m_pixels.data()) + (y * m_width + x) * 4;
                p[0] = uchar(qRed(color));
                p[1] = uchar(qGreen(color));
                p[2] = uchar(qBlue(color));
                p[3] = 0;
            }
        }
        rfbMarkRectAsModified(m_screen, r.left(), r.top(), r.right() + 1, r.bottom() + 1);
    }
    void resize(int width, int height, QRgb color)
    {
        m_width = width;
        m_pixels = QByteArray(width * height * 4, '\0');
        if (m_screen->frameBuffer)
            rfbNewFramebuffer(m_screen, m_pixels.data(), width, height, 8, 3, 4);
        else
            m_screen->frameBuffer = m_pixels.data();
        fill(QRect(0, 0, width, height), color);
    }
    void disconnectClients()
    {
        rfbClientIteratorPtr it = rfbGetClientIterator(m_screen);
        while (rfbClientPtr client = rfbClientIteratorNext(it))
            rfbCloseClient(client);
        rfbReleaseClientIterator(it);
    }

private:
    rfbScreenInfoPtr m_screen = nullptr;
    QByteArray m_pixels;
    int m_width = 0;
    QTimer m_pump;
};

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        g_received = {};
    }

    void scancodesFollowTheXtTable()
    {
        QCOMPARE(xtFromEvdev(1), 0x01u);    // Escape
        QCOMPARE(xtFromEvdev(28), 0x1cu);   // Return
        QCOMPARE(xtFromEvdev(42), 0x2au);   // left Shift
        QCOMPARE(xtFromEvdev(86), 0x56u);   // the key left of Z on European keyboards
        QCOMPARE(xtFromEvdev(88), 0x58u);   // F12
        QCOMPARE(xtFromEvdev(97), 0x9du);   // right Ctrl (0xe0 0x1d)
        QCOMPARE(xtFromEvdev(100), 0xb8u);  // AltGr (0xe0 0x38)
        QCOMPARE(xtFromEvdev(103), 0xc8u);  // Up
        QCOMPARE(xtFromEvdev(111), 0xd3u);  // Delete
        QCOMPARE(xtFromEvdev(125), 0xdbu);  // left Super
        QCOMPARE(xtFromEvdev(99), 0xb7u);   // Print Screen
        QCOMPARE(xtFromEvdev(0), 0u);
        QCOMPARE(xtFromEvdev(240), 0u);
        // Qt's native scan codes on Linux are XKB keycodes (evdev + 8); none means none.
        QCOMPARE(evdevFromNative(36, QStringLiteral("xcb")), 28u);
        QCOMPARE(evdevFromNative(0, QStringLiteral("offscreen")), 0u);
    }

    void keysymsForTextAndNamedKeys()
    {
        QCOMPARE(keysymFor(Qt::Key_A, QStringLiteral("a")), 0x61u);
        QCOMPARE(keysymFor(Qt::Key_A, QStringLiteral("A")), 0x41u);
        QCOMPARE(keysymFor(Qt::Key_A, QStringLiteral("\x01")), 0x61u); // Ctrl+A: the key, not the control character
        QCOMPARE(keysymFor(Qt::Key_Adiaeresis, QStringLiteral("ä")), 0xe4u);
        QCOMPARE(keysymFor(Qt::Key_unknown, QStringLiteral("€")), 0x010020acu);
        QCOMPARE(keysymFor(Qt::Key_Return, QStringLiteral("\r")), 0xff0du);
        QCOMPARE(keysymFor(Qt::Key_F5, {}), 0xffc2u);
        QCOMPARE(keysymFor(Qt::Key_Escape, QStringLiteral("\x1b")), 0xff1bu);
        QCOMPARE(keysymFor(Qt::Key_unknown, {}), 0u);
    }

    void combinationsPressInOrderAndReleaseInReverse()
    {
        const QList<KeyEvent> keys = combination({evdev::kLeftCtrl, evdev::kLeftAlt, evdev::kDelete});
        QCOMPARE(keys.size(), 6);
        QCOMPARE(keys.at(0).scancode, 0x1du);
        QCOMPARE(keys.at(1).scancode, 0x38u);
        QCOMPARE(keys.at(2).scancode, 0xd3u);
        QCOMPARE(keys.at(2).keysym, 0xffffu);
        QVERIFY(keys.at(0).down && keys.at(2).down && !keys.at(3).down);
        QCOMPARE(keys.at(3).scancode, 0xd3u);
        QCOMPARE(keys.at(5).scancode, 0x1du);
        QCOMPARE(combination({evdev::kLeftCtrl, evdev::kLeftAlt, evdev::functionKey(12)}).at(2).keysym, 0xffc9u);
        QCOMPARE(evdev::functionKey(1), 59u);
        QCOMPARE(evdev::functionKey(13), 0u);
    }

    void viewShowsFramesFollowsResizesAndSendsInput()
    {
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), 0);
        FakeVncServer server(fds[0], 320, 200);
        ConsoleView view;
        view.resize(640, 400);
        view.show();
        QList<QSize> sizes;
        connect(&view, &ConsoleView::frameSizeChanged, this, [&](const QSize &s) { sizes << s; });
        view.openStream(fds[1]);
        QTRY_VERIFY_WITH_TIMEOUT(view.isConnected(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(view.frame().pixel(10, 10), qRgb(200, 0, 0), 5000);
        QCOMPARE(view.frameSize(), QSize(320, 200));

        // A change shows; only what changed is sent.
        server.fill(QRect(100, 50, 20, 10), qRgb(0, 180, 0));
        QTRY_COMPARE_WITH_TIMEOUT(view.frame().pixel(110, 55), qRgb(0, 180, 0), 5000);
        QCOMPARE(view.frame().pixel(10, 10), qRgb(200, 0, 0));

        // The guest changes its resolution: the view follows.
        server.resize(800, 600, qRgb(0, 0, 150));
        QTRY_COMPARE_WITH_TIMEOUT(view.frameSize(), QSize(800, 600), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(view.frame().pixel(700, 500), qRgb(0, 0, 150), 5000);
        QVERIFY(sizes.contains(QSize(800, 600)));

        // Keys (this server takes no scancodes: keysyms go) and the pointer, scaled to the guest.
        QVERIFY(!view.client().scancodesSupported());
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Q, Qt::NoModifier);
        QTest::keyClick(&view, Qt::Key_F2, Qt::NoModifier);
        QTRY_COMPARE_WITH_TIMEOUT(g_received.keys.size(), 4, 5000);
        QCOMPARE(g_received.keys.at(0), qMakePair(quint32('q'), true));
        // After input, releases of a key never pressed keep QEMU's refresh fast (it drops them).
        QTRY_VERIFY_WITH_TIMEOUT(g_received.nudges >= 3, 2000);
        QVERIFY(!g_received.keys.contains(qMakePair(0xffd5u, true)));
        QCOMPARE(g_received.keys.at(1), qMakePair(quint32('q'), false));
        QCOMPARE(g_received.keys.at(2), qMakePair(0xffbfu, true));
        // The window's shortcuts do not take keys from the screen: Ctrl+Q goes to the guest.
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_Q, Qt::ControlModifier, QStringLiteral("\x11"));
        QApplication::sendEvent(&view, &override);
        QVERIFY(override.isAccepted());

        view.resize(400, 300); // 800x600 scaled by 1/2
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, 50));
        QTRY_VERIFY_WITH_TIMEOUT(g_received.pointer.size() >= 2, 5000);
        QCOMPARE(g_received.pointer.first(), std::make_tuple(200, 100, 1));
        QCOMPARE(std::get<2>(g_received.pointer.last()), 0);
        g_received.pointer.clear();
        QWheelEvent wheel(QPointF(200, 150), view.mapToGlobal(QPointF(200, 150)), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QTRY_VERIFY_WITH_TIMEOUT(g_received.pointer.size() >= 2, 5000);
        QCOMPARE(std::get<2>(g_received.pointer.at(0)), 8); // wheel up pressed
        QCOMPARE(std::get<2>(g_received.pointer.at(1)), 0);

        // Larger than the screen: whole multiples only, centred (1x in 1000x700, 2x in 1700x1300),
        // and the pointer still lands where it points.
        view.resize(1000, 700);
        QCOMPARE(view.targetRect(), QRect(100, 50, 800, 600));
        view.resize(1700, 1300);
        QCOMPARE(view.targetRect(), QRect(50, 50, 1600, 1200));
        g_received.pointer.clear();
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(50 + 2 * 300, 50 + 2 * 100));
        QTRY_VERIFY_WITH_TIMEOUT(!g_received.pointer.isEmpty(), 5000);
        QCOMPARE(g_received.pointer.first(), std::make_tuple(300, 100, 1));
        view.resize(400, 300);

        // A key held while focus leaves is released in the guest.
        g_received.keys.clear();
        QTest::keyPress(&view, Qt::Key_W);
        QTRY_COMPARE_WITH_TIMEOUT(g_received.keys.size(), 1, 5000);
        QFocusEvent focusOut(QEvent::FocusOut, Qt::ActiveWindowFocusReason);
        QApplication::sendEvent(&view, &focusOut);
        QTRY_COMPARE_WITH_TIMEOUT(g_received.keys.size(), 2, 5000);
        QCOMPARE(g_received.keys.at(1), qMakePair(quint32('w'), false));

        // The server goes: the view says so.
        server.disconnectClients();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isConnected(), 5000);
        QVERIFY(!view.statusText().isEmpty());
    }

    void inputCanBeTurnedOff()
    {
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), 0);
        FakeVncServer server(fds[0], 64, 48);
        ConsoleView view;
        view.setInputEnabled(false);
        view.openStream(fds[1]);
        QTRY_VERIFY_WITH_TIMEOUT(view.isConnected(), 5000);
        QTest::keyClick(&view, Qt::Key_Q);
        QTest::mouseClick(&view, Qt::LeftButton);
        QTest::qWait(100);
        QVERIFY(g_received.keys.isEmpty());
        QVERIFY(g_received.pointer.isEmpty());
    }

    void closeEndsASessionWhoseServerNeverAnswers()
    {
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), 0);
        ConsoleView view;
        view.openStream(fds[1]); // nobody speaks on fds[0]: the handshake waits
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        view.close();
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!view.isConnected());
        ::close(fds[0]);
    }

    void aVmThatIsNotThereIsWaitedFor()
    {
        ConsoleView view;
        view.open(QStringLiteral("/nonexistent/vnc.sock"));
        QVERIFY(!view.isConnected());
        QVERIFY(view.statusText().contains(QStringLiteral("Waiting")));
        view.close();
    }

    // A screen that changes all the time: shown at once while the user types, paced to about 10
    // frames a second while they only watch.
    void aBusyScreenIsPacedWhileOnlyWatched()
    {
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), 0);
        FakeVncServer server(fds[0], 320, 200);
        ConsoleView view;
        view.resize(320, 200);
        view.show();
        view.openStream(fds[1]);
        QTRY_VERIFY_WITH_TIMEOUT(view.isConnected(), 5000);
        int flip = 0;
        QTimer redraw;
        redraw.setInterval(4);
        connect(&redraw, &QTimer::timeout, this, [&] { server.fill(QRect(0, 0, 320, 20), ++flip % 2 ? qRgb(255, 255, 255) : qRgb(0, 0, 0)); });
        redraw.start();
        const auto framesIn = [&](int ms) {
            const quint64 before = view.framesReceived();
            QTest::qWait(ms);
            return view.framesReceived() - before;
        };
        QTest::qWait(VncClient::kInteractiveMs + 300); // the console was just opened: that counts as use
        const quint64 watched = framesIn(2000);
        QVERIFY2(watched >= 10 && watched <= 24, qPrintable(QString::number(watched)));
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_A);
        const quint64 typing = framesIn(1000);
        QVERIFY2(typing >= 30, qPrintable(QString::number(typing)));
        QTest::qWait(VncClient::kInteractiveMs);
        view.client().setWatchingFrameInterval(0); // pacing off: as fast as the screen changes
        const quint64 unpaced = framesIn(1000);
        QVERIFY2(unpaced >= 30, qPrintable(QString::number(unpaced)));
        redraw.stop();
        view.close();
    }

    // The seam for consoles elsewhere: a WebSocket's bytes as a descriptor, both ways, and its end.
    void aWebSocketBecomesAStream()
    {
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QWebSocket *peer = nullptr;
        QByteArray peerGot;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            connect(peer, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &b) { peerGot += b; });
        });
        WebSocketStream stream;
        int fd = -1;
        QString closedWith = QStringLiteral("(open)");
        connect(&stream, &WebSocketStream::ready, this, [&](int socketFd) { fd = socketFd; });
        connect(&stream, &WebSocketStream::closed, this, [&](const QString &reason) { closedWith = reason; });
        stream.open(QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:%1/vms/x/vnc").arg(server.serverPort()))));
        QVERIFY(QTest::qWaitFor([&] { return fd >= 0 && peer; }, 5000));
        const auto closeFd = qScopeGuard([&] {
            ::close(fd);
            delete peer; // the server's sockets belong to whoever takes them
        });

        peer->sendBinaryMessage(QByteArray("RFB 003.008\n"));
        QByteArray got;
        QVERIFY(QTest::qWaitFor([&] {
            char buffer[64];
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0)
                got.append(buffer, n);
            return got.size() >= 12;
        }, 5000));
        QCOMPARE(got, QByteArray("RFB 003.008\n"));
        QCOMPARE(::send(fd, "client says", 11, 0), ssize_t(11));
        QVERIFY(QTest::qWaitFor([&] { return peerGot == "client says"; }, 5000));
        // A large burst (a full frame) arrives whole.
        const QByteArray frame(3 * 1024 * 1024, 'f');
        peer->sendBinaryMessage(frame);
        qsizetype received = 0;
        QVERIFY(QTest::qWaitFor([&] {
            char buffer[65536];
            ssize_t n = 0;
            while ((n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0)
                received += n;
            return received == frame.size();
        }, 10000));

        // The server closing says why, and the descriptor ends.
        peer->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("ticket used"));
        QVERIFY(QTest::qWaitFor([&] { return closedWith == QLatin1String("ticket used"); }, 5000));
        char byte = 0;
        QVERIFY(QTest::qWaitFor([&] { return ::recv(fd, &byte, 1, MSG_DONTWAIT) == 0; }, 5000));

        // Nobody listening: closed with the network's reason, never ready.
        const quint16 port = server.serverPort();
        server.close();
        WebSocketStream nowhere;
        bool readied = false;
        QString why;
        connect(&nowhere, &WebSocketStream::ready, this, [&](int f) { readied = true; ::close(f); });
        connect(&nowhere, &WebSocketStream::closed, this, [&](const QString &reason) { why = reason; });
        nowhere.open(QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));
        QVERIFY(QTest::qWaitFor([&] { return !why.isEmpty(); }, 5000));
        QVERIFY(!readied);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
