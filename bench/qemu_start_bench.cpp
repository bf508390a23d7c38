// SPDX-License-Identifier: GPL-3.0-or-later
// OPERATOR benchmark (issue 3), side by side in one run:
//   1. start latency: POST /vms/{id}/actions/start -> 200 `running` against a real `vman --server`,
//      vs the same QEMU command line launched directly to QMP-ready (query-status running);
//   2. force stop: POST .../stop {"force": true} -> 200;
//   3. create-to-first-start with a 1 GiB default boot disk, linked clone vs full copy;
//   4. (issue 9) create + first start of a VM from a 1 GiB qcow2 image of the library with a
//      20 GiB root disk, vs `qemu-img create -b base -F qcow2 root 20G` and the same QEMU command
//      line by hand to QMP-ready.
// Usage: qemu_start_bench <vman binary> <1 GiB base qcow2> <work dir> [rounds]
#include "HostProcesses.h"
#include "HttpClient.h"
#include "QemuCommandLine.h"
#include "QmpClient.h"
#include "VmanProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace vman;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QString summary(const QList<double> &values)
{
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    return QStringLiteral("median %1 ms (min %2, max %3, n=%4)")
        .arg(median(values), 0, 'f', 1)
        .arg(sorted.first(), 0, 'f', 1)
        .arg(sorted.last(), 0, 'f', 1)
        .arg(values.size());
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Launches QEMU with `args` (-daemonize) and waits for QMP to report `running`, all driven by
// signals in one event loop (no polling), as VMAN itself does. -1 on failure.
double launchToQmpReady(const QStringList &args, const QString &qmpSocket, const QString &pidFile)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QProcess qemu;
    QmpClient qmp;
    double elapsed = -1;
    QObject::connect(&qemu, &QProcess::finished, &loop, [&](int exitCode) {
        if (exitCode != 0) {
            std::fprintf(stderr, "direct QEMU failed: %s\n", qemu.readAllStandardError().constData());
            return loop.quit();
        }
        qmp.connectToServer(qmpSocket);
    });
    QObject::connect(&qmp, &QmpClient::failed, &loop, &QEventLoop::quit);
    QObject::connect(&qmp, &QmpClient::ready, &loop, [&] {
        qmp.execute(QStringLiteral("query-status"), [&](Result<QJsonValue> r) {
            if (r.ok() && r.value().toObject().value(QLatin1String("status")).toString() == QLatin1String("running"))
                elapsed = ms(timer);
            loop.quit();
        });
    });
    qemu.start(QStringLiteral("qemu-system-x86_64"), args);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 pid = hostproc::readPidFile(pidFile);
    if (qmp.isReady())
        qmp.execute(QStringLiteral("quit"), [](Result<QJsonValue>) {});
    (void)QTest::qWaitFor([&] { return !hostproc::isAlive(pid); }, 5000);
    return elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s <vman> <base.qcow2> <workdir> [rounds]\n", argv[0]);
        return 2;
    }
    const QString vman = QString::fromLocal8Bit(argv[1]);
    const QString base = QString::fromLocal8Bit(argv[2]);
    const QString work = QString::fromLocal8Bit(argv[3]);
    const int rounds = argc > 4 ? QString::fromLocal8Bit(argv[4]).toInt() : 10;
    const QMap<QString, QString> env{{QStringLiteral("VMAN_ACCEL"), QStringLiteral("tcg")}};

    // --- 1 and 2: start latency and force stop, API vs direct, alternating -------------------
    {
        const QString storage = work + QStringLiteral("/start");
        VmanProcess server(work, {QStringLiteral("--server"), QStringLiteral("--storage"), storage, QStringLiteral("--port"), QStringLiteral("0")}, env);
        const quint16 port = server.waitForPort();
        if (!port) {
            std::fprintf(stderr, "vman did not start: %s\n", qPrintable(server.output() + server.errors()));
            return 1;
        }
        HttpClient api(port);
        api.postJson("/templates", {{"name", "bench"}, {"cpu_count", 1}, {"ram_amount", 1}});
        const QByteArray vm = api.postJson("/vms", {{"template_name", "bench"}, {"name", "bench"}}).object().value("id").toString().toLatin1();
        // Warm-up: the first start creates the root disk; every measured start reuses it.
        api.post("/vms/" + vm + "/actions/start");
        api.postJson("/vms/" + vm + "/actions/stop", {{"force", true}});

        const QString vmDir = storage + QStringLiteral("/vms/") + QString::fromLatin1(vm);
        const QString direct = work + QStringLiteral("/direct");
        QDir().mkpath(direct);
        QemuLaunchSpec spec;
        spec.vmId = QStringLiteral("00000000-0000-4000-8000-00000000be0c");
        spec.vmName = QStringLiteral("bench");
        spec.cpuCount = 1;
        spec.ramMiB = 1024;
        spec.accel = AccelMode::Tcg;
        spec.rootDisk = vmDir + QStringLiteral("/root.qcow2");
        spec.pidFile = direct + QStringLiteral("/qemu.pid");
        spec.qmpSocket = direct + QStringLiteral("/qmp.sock");
        spec.serialSocket = direct + QStringLiteral("/serial.sock");
        spec.serialLog = direct + QStringLiteral("/serial.log");
        const QStringList args = qemu::arguments(spec);

        QList<double> viaApi, byHand, forceStop;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto started = api.post("/vms/" + vm + "/actions/start");
            const double startMs = ms(timer);
            if (started.status != 200 || !started.body.contains("\"state\":\"running\"")) {
                std::fprintf(stderr, "API start failed: %d %s\n", started.status, started.body.constData());
                return 1;
            }
            viaApi << startMs;
            timer.restart();
            const auto stopped = api.postJson("/vms/" + vm + "/actions/stop", {{"force", true}});
            forceStop << ms(timer);
            if (stopped.status != 200)
                return 1;
            const double directMs = launchToQmpReady(args, spec.qmpSocket, spec.pidFile);
            if (directMs < 0)
                return 1;
            byHand << directMs;
        }
        server.signal(SIGTERM);
        server.finish();
        std::printf("start, API request -> 200 running: %s\n", qPrintable(summary(viaApi)));
        std::printf("start, same QEMU command line by hand -> QMP running: %s\n", qPrintable(summary(byHand)));
        std::printf("ratio API / by hand (medians): %.2f (goal <= 1.25)\n", median(viaApi) / median(byHand));
        std::printf("force stop, API request -> 200 stopped: %s (goal < 30 ms)\n", qPrintable(summary(forceStop)));
    }

    // --- 3: create-to-first-start with a 1 GiB default boot disk, linked vs full -------------
    for (const QString &mode : {QStringLiteral("linked"), QStringLiteral("full")}) {
        QMap<QString, QString> cloneEnv = env;
        cloneEnv.insert(QStringLiteral("VMAN_DEFAULT_BOOT_DISK"), base);
        cloneEnv.insert(QStringLiteral("VMAN_CLONE_MODE"), mode);
        const QString storage = work + QStringLiteral("/clone-") + mode;
        VmanProcess server(work, {QStringLiteral("--server"), QStringLiteral("--storage"), storage, QStringLiteral("--port"), QStringLiteral("0")}, cloneEnv);
        const quint16 port = server.waitForPort();
        if (!port)
            return 1;
        HttpClient api(port);
        api.postJson("/templates", {{"name", "bench"}, {"cpu_count", 1}, {"ram_amount", 1}});
        QList<double> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray vm = api.postJson("/vms", {{"template_name", "bench"}}).object().value("id").toString().toLatin1();
            const auto started = api.request("POST", "/vms/" + vm + "/actions/start", {}, {}, 120000);
            times << ms(timer);
            if (started.status != 200) {
                std::fprintf(stderr, "start failed: %s\n", started.body.constData());
                return 1;
            }
            api.postJson("/vms/" + vm + "/actions/stop", {{"force", true}});
            api.del("/vms/" + vm);
        }
        server.signal(SIGTERM);
        server.finish();
        std::printf("create-to-first-start, 1 GiB boot disk, %s: %s\n", qPrintable(mode), qPrintable(summary(times)));
    }

    // --- 4: a VM from a library image with a 20 GiB root disk, API vs by hand -----------------
    {
        const QString storage = work + QStringLiteral("/library");
        VmanProcess server(work, {QStringLiteral("--server"), QStringLiteral("--storage"), storage, QStringLiteral("--port"), QStringLiteral("0")}, env);
        const quint16 port = server.waitForPort();
        if (!port)
            return 1;
        HttpClient api(port);
        api.postJson("/templates", {{"name", "bench"}, {"cpu_count", 1}, {"ram_amount", 1}});
        const QString image = api.postJson("/images", {{"name", "base"}, {"path", base}}).object().value("id").toString();
        if (!QTest::qWaitFor([&] { return api.get("/images/" + image.toLatin1()).body.contains("\"state\":\"ready\""); }, 120000)) {
            std::fprintf(stderr, "the image was not imported\n");
            return 1;
        }
        const QString libraryImage = storage + QStringLiteral("/images/") + image + QStringLiteral(".qcow2");
        const QString direct = work + QStringLiteral("/direct-image");
        QDir().mkpath(direct);
        QList<double> viaApi, byHand;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray vm = api.postJson("/vms", {{"template_name", "bench"}, {"image", image}, {"disk_size", 20}})
                                      .object().value("id").toString().toLatin1();
            const auto started = api.request("POST", "/vms/" + vm + "/actions/start", {}, {}, 120000);
            viaApi << ms(timer);
            if (started.status != 200 || !started.body.contains("\"state\":\"running\"")) {
                std::fprintf(stderr, "start failed: %s\n", started.body.constData());
                return 1;
            }
            api.postJson("/vms/" + vm + "/actions/stop", {{"force", true}});
            api.del("/vms/" + vm);

            QemuLaunchSpec spec;
            spec.vmId = QStringLiteral("00000000-0000-4000-8000-00000000be0d");
            spec.vmName = QStringLiteral("bench");
            spec.cpuCount = 1;
            spec.ramMiB = 1024;
            spec.accel = AccelMode::Tcg;
            spec.rootDisk = direct + QStringLiteral("/root.qcow2");
            spec.pidFile = direct + QStringLiteral("/qemu.pid");
            spec.qmpSocket = direct + QStringLiteral("/qmp.sock");
            spec.serialSocket = direct + QStringLiteral("/serial.sock");
            spec.serialLog = direct + QStringLiteral("/serial.log");
            QFile::remove(spec.rootDisk);
            timer.restart();
            QProcess create;
            create.start(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                                      QStringLiteral("-b"), libraryImage, QStringLiteral("-F"), QStringLiteral("qcow2"), spec.rootDisk,
                                                      QStringLiteral("20G")});
            if (!create.waitForFinished(30000) || create.exitCode() != 0)
                return 1;
            const double launched = launchToQmpReady(qemu::arguments(spec), spec.qmpSocket, spec.pidFile);
            if (launched < 0)
                return 1;
            (void)launched;
            byHand << ms(timer); // qemu-img create plus the launch to QMP-ready
        }
        server.signal(SIGTERM);
        server.finish();
        std::printf("image + 20 GiB root disk, API create + start -> running: %s\n", qPrintable(summary(viaApi)));
        std::printf("image + 20 GiB root disk, qemu-img create -b + same command line by hand -> QMP running: %s\n", qPrintable(summary(byHand)));
        std::printf("ratio API / by hand (medians): %.2f (goal <= 1.25)\n", median(viaApi) / median(byHand));
    }
    return 0;
}
