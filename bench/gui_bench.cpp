// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop GUI benchmark (issue 5), with 1000 VMs:
//   1. launch of `vman` (window, offscreen) to the populated window, and its RSS;
//   2. 100 VM state changes per second applied to the table for 10 s: how late the event loop
//      runs (timer lateness) and what one change costs.
// Usage: gui_bench <vman binary> <work dir>
#include "MainWindow.h"
#include "Runtime.h"
#include "VmService.h"
#include "VmTableModel.h"
#include "VmanProcess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace vman;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

qint64 rssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString work = QString::fromLocal8Bit(argv[2]);
    const QString storage = work + QStringLiteral("/gui");
    Config config;
    config.storagePath = storage;
    config.dbPath = storage + QStringLiteral("/states.db");
    config.dryRun = true;
    {
        Runtime seed(config);
        QString error;
        if (!seed.start(&error))
            return 1;
        (void)seed.service().createTemplate({QStringLiteral("small"), 1, 1});
        for (int i = 0; i < 1000; ++i)
            (void)seed.service().createVm({QStringLiteral("small"), QStringLiteral("vm-%1").arg(i, 4, 10, QLatin1Char('0')), {{2000 + i, 22}}});
    }

    // --- 1: launch to populated window, RSS --------------------------------------------------
    QList<double> launches;
    qint64 rss = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer wall;
        wall.start();
        VmanProcess gui(work, {QStringLiteral("--dry-run"), QStringLiteral("--storage"), storage, QStringLiteral("--port"), QStringLiteral("0")},
                        {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
        gui.waitForOutput(QStringLiteral("window ready"), 20000);
        launches << double(wall.elapsed());
        const QString output = gui.output();
        if (!output.contains(QStringLiteral("window ready: 1000 VMs"))) {
            std::fprintf(stderr, "window not ready: %s\n", qPrintable(output.right(500)));
            return 1;
        }
        QTest::qWait(2000);
        rss = qMax(rss, rssKb(gui.pid()));
        gui.signal(SIGTERM);
        gui.finish();
    }
    std::printf("launch -> populated window with 1000 VMs (process start to 'window ready'): median %.0f ms, max %.0f ms (goal < 1000 ms)\n",
                percentile(launches, 0.5), percentile(launches, 1.0));
    std::printf("RSS of the window with 1000 VMs: %lld MB (goal < 150 MB)\n", rss / 1024);

    // --- 2: 100 state changes per second --------------------------------------------------------
    Runtime runtime(config);
    QString error;
    if (!runtime.start(&error))
        return 1;
    MainWindow window(runtime, QStringLiteral("http://127.0.0.1:0"));
    window.resize(1280, 800);
    window.show();
    QTest::qWait(200);
    const QList<Vm> vms = runtime.service().vms();
    QList<double> lateness, costs;
    QElapsedTimer clock;
    clock.start();
    double previous = 0;
    int changes = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        // How much later than its 10 ms interval this tick came: the event loop falling behind.
        const double now = double(clock.nsecsElapsed()) / 1e6;
        if (changes > 0)
            lateness << qMax(0.0, now - previous - 10.0);
        previous = now;
        const Vm &vm = vms.at(changes % vms.size());
        QElapsedTimer cost;
        cost.start();
        runtime.service().correctVmState(vm.id, changes % 2 ? VmState::Stopped : VmState::Running, QString());
        costs << double(cost.nsecsElapsed()) / 1e6;
        ++changes;
    });
    ticker.start();
    QTest::qWait(10000);
    ticker.stop();
    QTest::qWait(50);
    const double seconds = double(clock.elapsed()) / 1000.0;
    std::printf("state changes applied: %d in %.1f s (%.0f/s); event loop lateness p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                "one change (core + model + view) p50 %.3f ms, p99 %.3f ms\n",
                changes, seconds, changes / seconds, percentile(lateness, 0.5), percentile(lateness, 0.99), percentile(lateness, 1.0),
                percentile(costs, 0.5), percentile(costs, 0.99));
    return 0;
}
