// SPDX-License-Identifier: GPL-3.0-or-later
// OBSERVER benchmark (issue 4), against real `vman --server` processes:
//   1. CPU time of one pass with 1000 VMs (dry-run rows) and with 20 running QEMUs;
//   2. CPU share of an idle `vman --server` with 20 running VMs (its utime+stime over a window);
//   3. latency from `kill -9` of a VM's QEMU to the vm.state_changed event on GET /events.
// Usage: observer_bench <vman binary> <work dir> [idle seconds]
#include "HostProcesses.h"
#include "HttpClient.h"
#include "VmanProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Pass CPU times reported by the server for `passes` on-demand passes.
QList<double> passCpu(HttpClient &api, int passes)
{
    QList<double> cpu;
    for (int i = 0; i < passes; ++i)
        cpu << api.post("/observer/actions/run").object().value("last_cpu_ms").toDouble();
    return cpu;
}

double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of /proc/PID/stat (11 and 12 after the state).
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

QByteArray createVm(HttpClient &api)
{
    return api.postJson("/vms", {{"template_name", "bench"}}).object().value("id").toString().toLatin1();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s <vman> <workdir> [idle seconds]\n", argv[0]);
        return 2;
    }
    const QString work = QString::fromLocal8Bit(argv[2]);
    const int idleSeconds = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 60;
    const QMap<QString, QString> env{{QStringLiteral("VMAN_ACCEL"), QStringLiteral("tcg")}};

    // --- 1a: 1000 dry-run rows ------------------------------------------------------------------
    {
        VmanProcess server(work, {QStringLiteral("--server"), QStringLiteral("--dry-run"), QStringLiteral("--storage"),
                                  work + QStringLiteral("/dry"), QStringLiteral("--port"), QStringLiteral("0")}, env);
        const quint16 port = server.waitForPort();
        if (!port)
            return 1;
        HttpClient api(port);
        api.postJson("/templates", {{"name", "bench"}, {"cpu_count", 1}, {"ram_amount", 1}});
        for (int i = 0; i < 1000; ++i) {
            const QByteArray vm = createVm(api);
            if (i % 2 == 0)
                api.post("/vms/" + vm + "/actions/start");
        }
        const QList<double> cpu = passCpu(api, 50);
        std::printf("observer pass, 1000 VMs (dry-run, 500 running): CPU median %.3f ms, max %.3f ms (goal < 5 ms)\n",
                    median(cpu), *std::max_element(cpu.begin(), cpu.end()));
        server.signal(SIGTERM);
        server.finish();
    }

    // --- 1b, 2, 3: 20 running QEMUs ---------------------------------------------------------------
    VmanProcess server(work, {QStringLiteral("--server"), QStringLiteral("--storage"), work + QStringLiteral("/real"),
                              QStringLiteral("--port"), QStringLiteral("0")}, env);
    const quint16 port = server.waitForPort();
    if (!port)
        return 1;
    HttpClient api(port);
    api.postJson("/templates", {{"name", "bench"}, {"cpu_count", 1}, {"ram_amount", 1}});
    QList<QByteArray> vms;
    for (int i = 0; i < 20; ++i) {
        vms << createVm(api);
        if (api.post("/vms/" + vms.last() + "/actions/start").status != 200) {
            std::fprintf(stderr, "start failed\n");
            return 1;
        }
    }
    const QList<double> cpu = passCpu(api, 50);
    std::printf("observer pass, 20 running QEMUs: CPU median %.3f ms, max %.3f ms\n", median(cpu), *std::max_element(cpu.begin(), cpu.end()));

    const double before = processCpuSeconds(server.pid());
    QTest::qWait(idleSeconds * 1000);
    const double used = processCpuSeconds(server.pid()) - before;
    std::printf("idle vman --server with 20 running VMs: %.3f s CPU in %d s = %.3f %% of one core (goal < 0.5 %%)\n", used, idleSeconds,
                100.0 * used / idleSeconds);

    QTcpSocket stream;
    stream.connectToHost(QStringLiteral("127.0.0.1"), port);
    stream.waitForConnected(5000);
    stream.write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QList<double> latencies;
    for (int i = 0; i < 10; ++i) {
        const QByteArray vm = vms.at(i);
        const QList<qint64> pids = vman::hostproc::findVmProcesses(QString::fromLatin1(vm), work + QStringLiteral("/real/vms/") + QString::fromLatin1(vm));
        if (pids.size() != 1)
            return 1;
        stream.readAll();
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(pids.first()), SIGKILL);
        const QByteArray needle = "\"to\":\"stopped\"";
        while (!received.contains(needle) && timer.elapsed() < 10000) {
            stream.waitForReadyRead(5);
            received += stream.readAll();
        }
        latencies << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("kill -9 of QEMU -> SSE vm.state_changed: median %.1f ms, max %.1f ms (n=10, goal < 200 ms)\n", median(latencies),
                *std::max_element(latencies.begin(), latencies.end()));
    for (const QByteArray &vm : vms)
        api.postJson("/vms/" + vm + "/actions/stop", {{"force", true}});
    server.signal(SIGTERM);
    server.finish();
    return 0;
}
