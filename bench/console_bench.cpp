// SPDX-License-Identifier: GPL-3.0-or-later
// Graphical console benchmark (issue 10), against a real QEMU running the test guest, side by
// side in one run:
//   1. keypress to the frame that shows its echo on the guest's VGA console: the VNC view
//      (VncClient + ConsoleView, what the console window uses) against the earlier path (a QMP
//      screendump every 250 ms, decoded), median and p90 over 40 keys;
//   2. CPU of this process while the guest redraws continuously (a shell loop printing on tty1),
//      10 s each: frames shown and CPU time, VNC view (watched, so paced) against the screendump
//      path, and the VNC view unpaced (as while the user types);
//   3. CPU of this process with the console open on a static screen (10 s);
//   4. the frame rate of the same view fed through the API's VNC WebSocket (front door, Qt's
//      WebSocket server, the bridge, a WebSocket client) against its direct connection, while the
//      guest redraws.
// Usage: console_bench <test guest qcow2> <work dir>
#include "ApiServer.h"
#include "ConsoleWindow.h"
#include "Runtime.h"
#include "VmService.h"
#include "console/ConsoleView.h"
#include "console/KeyCodes.h"
#include "console/WebSocketStream.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace vman;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

// Runs the event loop for `ms` without waking otherwise: QTest::qWait wakes every 10 ms, which
// would be the harness's CPU in the measurement, not VMAN's.
void idleWait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Presses and releases a key given by its evdev code (a US keyboard: 30 is 'a').
QList<console::KeyEvent> tap(quint32 evdev, quint32 keysym, bool shift = false)
{
    QList<console::KeyEvent> keys;
    if (shift)
        keys << console::KeyEvent{0xffe1, console::xtFromEvdev(42), true};
    keys << console::KeyEvent{keysym, console::xtFromEvdev(evdev), true} << console::KeyEvent{keysym, console::xtFromEvdev(evdev), false};
    if (shift)
        keys << console::KeyEvent{0xffe1, console::xtFromEvdev(42), false};
    return keys;
}

// Types a command line as a US keyboard would.
void typeLine(console::VncClient &client, const QString &text)
{
    static const QString rows[] = {QStringLiteral("1234567890-="), QStringLiteral("qwertyuiop[]"), QStringLiteral("asdfghjkl;'"), QStringLiteral("zxcvbnm,./")};
    static const QString shifted[] = {QStringLiteral("!@#$%^&*()_+"), QStringLiteral("QWERTYUIOP{}"), QStringLiteral("ASDFGHJKL:\""), QStringLiteral("ZXCVBNM<>?")};
    static const quint32 first[] = {2, 16, 30, 44};
    for (const QChar ch : text) {
        if (ch == QLatin1Char(' ')) {
            client.sendKeys(tap(57, 0x20));
            continue;
        }
        for (int r = 0; r < 4; ++r) {
            qsizetype at = rows[r].indexOf(ch);
            const bool shift = at < 0;
            if (shift)
                at = shifted[r].indexOf(ch);
            if (at >= 0) {
                client.sendKeys(tap(first[r] + quint32(at), ch.unicode(), shift));
                break;
            }
        }
    }
    client.sendKeys(tap(28, 0xff0d));
}

struct Rate
{
    double framesPerSecond = 0;
    double cpuPercent = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: console_bench <test guest qcow2> <work dir>\n");
        return 2;
    }
    Config config;
    config.storagePath = QString::fromLocal8Bit(argv[2]) + QStringLiteral("/console");
    config.dbPath = config.storagePath + QStringLiteral("/states.db");
    config.accel = AccelMode::Tcg;
    config.defaultBootDisk = QString::fromLocal8Bit(argv[1]);
    Runtime runtime(config);
    QString error;
    if (!runtime.start(&error)) {
        std::fprintf(stderr, "runtime: %s\n", qPrintable(error));
        return 1;
    }
    VmService &service = runtime.service();
    (void)service.createTemplate({QStringLiteral("small"), 1, 1});
    const QString id = service.createVm({QStringLiteral("small"), QStringLiteral("bench"), {}}).value().id;
    bool started = false;
    service.startVm(id, [&](Result<Vm> r) { started = r.ok(); });
    if (!QTest::qWaitFor([&] { return started; }, 30000))
        return 1;
    // VMs outlive VMAN: the bench's guest is stopped on every way out.
    const auto stopGuest = qScopeGuard([&] {
        bool stopped = false;
        service.stopVm(id, StopOptions{true, 10}, [&](Result<Vm>) { stopped = true; });
        (void)QTest::qWaitFor([&] { return stopped; }, 15000);
    });
    if (!QTest::qWaitFor([&] { return service.consoleTail(id, 65536).value().contains("VMAN-TTY1-READY"); }, 120000))
        return 1;

    // The view the console window shows, at the size it opens with.
    console::ConsoleView view;
    view.resize(880, 560);
    view.show();
    view.open(service.vncSocketPath(id));
    if (!QTest::qWaitFor([&] { return view.isConnected() && !view.frameSize().isEmpty(); }, 10000))
        return 1;
    QTest::qWait(1000);
    console::VncClient &client = view.client();
    if (qEnvironmentVariableIsSet("VMAN_BENCH_PACING_MS"))
        client.setWatchingFrameInterval(qEnvironmentVariableIntValue("VMAN_BENCH_PACING_MS"));
    if (qEnvironmentVariable("VMAN_BENCH_ONLY") == QLatin1String("redraw")) {
        // For a profiler: only the redrawing guest with the view open (20 s).
        typeLine(client, QStringLiteral("end=$(($(date +%s)+24)); while [ $(date +%s) -lt $end ]; do echo $RANDOM$RANDOM$RANDOM; done"));
        QTest::qWait(22000);
        return 0;
    }

    // 1. Keypress to the frame that shows it.
    QList<double> vncMs, dumpMs;
    for (int i = 0; i < 40; ++i) {
        const quint64 before = view.framesReceived();
        QElapsedTimer timer;
        timer.start();
        client.sendKeys(tap(30, 'a'));
        if (!QTest::qWaitFor([&] { return view.framesReceived() > before; }, 2000))
            continue;
        vncMs << double(timer.nsecsElapsed()) / 1e6;
        // A person's keys fall anywhere between QEMU's refresh ticks (not right after a frame).
        QTest::qWait(120 + int(QRandomGenerator::global()->bounded(60)));
    }
    if (qEnvironmentVariable("VMAN_BENCH_ONLY") == QLatin1String("keys")) {
        std::printf("keypress to echo (ms): median %.1f p90 %.1f (n=%lld)\n", percentile(vncMs, 0.5), percentile(vncMs, 0.9), qlonglong(vncMs.size()));
        return 0;
    }
    client.sendKeys(tap(28, 0xff0d)); // end the line of a's
    QTest::qWait(500);
    // The earlier path: a screendump every 250 ms, decoded; the key shows in the first that differs.
    QByteArray last;
    auto screendump = [&](QByteArray *png) {
        bool done = false;
        service.screenshot(id, [&](Result<QByteArray> r) {
            *png = r.ok() ? r.value() : QByteArray();
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
    };
    screendump(&last);
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        client.sendKeys(tap(30, 'a'));
        // The poll's phase against the key is random, as it was for users.
        QTest::qWait(int(QRandomGenerator::global()->bounded(250)));
        for (int tick = 0; tick < 20; ++tick) {
            QByteArray png;
            screendump(&png);
            const QImage decoded = QImage::fromData(png); // what the window then did with it
            if (png != last && !decoded.isNull()) {
                last = png;
                dumpMs << double(timer.nsecsElapsed()) / 1e6;
                break;
            }
            QTest::qWait(250);
        }
        QTest::qWait(120);
        screendump(&last);
    }
    client.sendKeys(tap(28, 0xff0d));
    QTest::qWait(500);

    // 2. A guest that redraws all the time (for 48 s: four measurements and a margin).
    typeLine(client, QStringLiteral("end=$(($(date +%s)+48)); while [ $(date +%s) -lt $end ]; do echo $RANDOM$RANDOM$RANDOM; done"));
    QTest::qWait(2000);
    auto measure = [&](const std::function<void()> &start, const std::function<quint64()> &frames, const std::function<void()> &stop) {
        start();
        const quint64 frames0 = frames();
        const double cpu0 = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        idleWait(10000);
        Rate rate;
        rate.framesPerSecond = double(frames() - frames0) * 1000.0 / double(timer.elapsed());
        rate.cpuPercent = 100.0 * (cpuSeconds() - cpu0) * 1000.0 / double(timer.elapsed());
        stop();
        return rate;
    };
    const Rate vncBusy = measure([] {}, [&] { return view.framesReceived(); }, [] {});
    // The same without pacing (every update shown, as while the user types).
    client.setWatchingFrameInterval(0);
    const Rate vncUnpaced = measure([] {}, [&] { return view.framesReceived(); }, [] {});
    client.setWatchingFrameInterval(100);
    view.close();
    // 4. The same view through the VNC WebSocket of the API served by this process.
    ApiServer api(runtime, ApiServer::Options{});
    if (!api.listen(QStringLiteral("127.0.0.1"), 0, &error)) {
        std::fprintf(stderr, "api: %s\n", qPrintable(error));
        return 1;
    }
    console::ConsoleView wsView;
    wsView.resize(880, 560);
    wsView.show();
    wsView.client().setWatchingFrameInterval(0); // compared with the unpaced direct view
    console::WebSocketStream stream;
    QObject::connect(&stream, &console::WebSocketStream::ready, &wsView, &console::ConsoleView::openStream);
    stream.open(QNetworkRequest(QUrl(QStringLiteral("ws://127.0.0.1:%1/vms/%2/vnc").arg(api.port()).arg(id))));
    if (!QTest::qWaitFor([&] { return wsView.isConnected() && !wsView.frameSize().isEmpty(); }, 10000))
        return 1;
    QTest::qWait(500);
    const Rate wsBusy = measure([] {}, [&] { return wsView.framesReceived(); }, [] {});
    wsView.close();
    stream.close();
    quint64 dumpFrames = 0;
    QTimer poll;
    poll.setInterval(250);
    bool pending = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (pending)
            return;
        pending = true;
        service.screenshot(id, [&](Result<QByteArray> r) {
            pending = false;
            if (!r.ok())
                return;
            // Decoded and scaled to the view, as the window did (on a worker thread then).
            const QImage image = QImage::fromData(r.value()).scaled(view.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            if (!image.isNull())
                ++dumpFrames;
        });
    });
    const Rate dumpBusy = measure([&] { poll.start(); }, [&] { return dumpFrames; }, [&] { poll.stop(); });
    QTest::qWait(500);

    // 3. A static screen: the loop has ended; clear the screen and watch.
    view.open(service.vncSocketPath(id));
    (void)QTest::qWaitFor([&] { return view.isConnected(); }, 10000);
    QTest::qWait(6000);
    typeLine(client, QStringLiteral("clear"));
    QTest::qWait(2500); // past the 2 s of "in use" that typing starts
    const Rate vncIdle = measure([] {}, [&] { return view.framesReceived(); }, [] {});

    std::printf("keypress to echo on screen (ms):   VNC median %.1f p90 %.1f (n=%lld) | screendump path median %.1f p90 %.1f (n=%lld) | %.1fx faster\n",
                percentile(vncMs, 0.5), percentile(vncMs, 0.9), qlonglong(vncMs.size()), percentile(dumpMs, 0.5), percentile(dumpMs, 0.9),
                qlonglong(dumpMs.size()), percentile(dumpMs, 0.5) / qMax(0.001, percentile(vncMs, 0.5)));
    std::printf("guest redrawing, 10 s:             VNC (watched: paced) %.1f frames/s at %.2f %% CPU | screendump %.1f frames/s at %.2f %% CPU | "
                "CPU ratio %.2f, frame ratio %.1fx\n",
                vncBusy.framesPerSecond, vncBusy.cpuPercent, dumpBusy.framesPerSecond, dumpBusy.cpuPercent,
                vncBusy.cpuPercent / qMax(0.001, dumpBusy.cpuPercent), vncBusy.framesPerSecond / qMax(0.001, dumpBusy.framesPerSecond));
    std::printf("guest redrawing, unpaced (as while typing), 10 s: VNC %.1f frames/s at %.2f %% CPU\n", vncUnpaced.framesPerSecond, vncUnpaced.cpuPercent);
    std::printf("static screen, console open, 10 s: %.2f %% CPU, %.1f frames/s\n", vncIdle.cpuPercent, vncIdle.framesPerSecond);
    std::printf("guest redrawing, unpaced, through the WebSocket bridge, 10 s: %.1f frames/s at %.2f %% CPU (bridge included) | "
                "direct %.1f frames/s | ratio %.2f\n",
                wsBusy.framesPerSecond, wsBusy.cpuPercent, vncUnpaced.framesPerSecond, wsBusy.framesPerSecond / qMax(0.001, vncUnpaced.framesPerSecond));
    return 0;
}
