// SPDX-License-Identifier: GPL-3.0-or-later
// Statistics benchmark (issue 12 goals), in one process against the real core and INTEL:
//   1. GET /metrics with 100 VMs (dry-run, half of them running; goal < 5 ms), side by side with
//      GET /health on the same server (the cheapest route: the HTTP round trip itself);
//   2. what sampling the statistics adds to an OBSERVER pass (goal < 10 %) with N running test
//      guests (real QEMU, TCG): the pass's wall time with its sampling part and without it.
// Usage: metrics_bench <work dir> <test guest qcow2> [running guests, default 4]
#include "ApiServer.h"
#include "HttpClient.h"
#include "Observer.h"
#include "Runtime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace vman;

namespace {

struct Figures
{
    double median = 0, p95 = 0;
};

Figures figures(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {values.at(values.size() / 2), values.at(qMin<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95)))};
}

Figures timeGets(HttpClient &api, const QByteArray &target, int rounds)
{
    QList<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto r = api.get(target);
        ms << timer.nsecsElapsed() / 1e6;
        if (r.status != 200)
            qFatal("GET %s: %d", target.constData(), r.status);
    }
    return figures(ms);
}

std::unique_ptr<Runtime> startRuntime(const QString &dir, bool dryRun, const QString &guest)
{
    Config config;
    config.dryRun = dryRun;
    config.storagePath = dir;
    config.dbPath = dir + QStringLiteral("/states.db");
    config.defaultBootDisk = guest;
    config.accel = AccelMode::Tcg;
    config.observerIntervalSeconds = 3600; // passes run when the benchmark asks
    auto runtime = std::make_unique<Runtime>(config);
    QString error;
    if (!runtime->start(&error))
        qFatal("runtime: %s", qPrintable(error));
    return runtime;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s <workdir> <test guest qcow2> [running guests]\n", argv[0]);
        return 2;
    }
    const QString work = QString::fromLocal8Bit(argv[1]);
    const QString guest = QString::fromLocal8Bit(argv[2]);
    const int guests = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 4;

    // --- 1: GET /metrics with 100 VMs ----------------------------------------------------------
    {
        auto runtime = startRuntime(work + QStringLiteral("/dry"), true, QString());
        ApiServer server(*runtime, ApiServer::Options{});
        QString error;
        if (!server.listen(QStringLiteral("127.0.0.1"), 0, &error))
            qFatal("listen: %s", qPrintable(error));
        HttpClient api(server.port());
        api.postJson("/templates", {{"name", "bench"}, {"cpu_count", 1}, {"ram_amount", 1}});
        for (int i = 0; i < 100; ++i) {
            const QByteArray id = api.postJson("/vms", {{"template_name", "bench"}}).object().value("id").toString().toLatin1();
            if (i % 2 == 0)
                api.post("/vms/" + id + "/actions/start");
        }
        for (int i = 0; i < 300; ++i) // request series for the exposition to carry
            api.get(i % 3 ? "/vms" : "/health");
        const qsizetype bytes = api.get("/metrics").body.size();
        const Figures metrics = timeGets(api, "/metrics", 300);
        const Figures health = timeGets(api, "/health", 300);
        std::printf("GET /metrics, 100 VMs (dry-run, 50 running), %lld bytes: median %.3f ms, p95 %.3f ms (goal < 5 ms)\n",
                    qint64(bytes), metrics.median, metrics.p95);
        std::printf("GET /health on the same server (baseline round trip): median %.3f ms, p95 %.3f ms; ratio %.2f\n",
                    health.median, health.p95, metrics.median / qMax(health.median, 1e-6));
    }

    // --- 2: sampling's share of an OBSERVER pass with running guests ------------------------------
    {
        auto runtime = startRuntime(work + QStringLiteral("/real"), false, guest);
        ApiServer server(*runtime, ApiServer::Options{});
        QString error;
        if (!server.listen(QStringLiteral("127.0.0.1"), 0, &error))
            qFatal("listen: %s", qPrintable(error));
        HttpClient api(server.port());
        api.postJson("/templates", {{"name", "bench"}, {"cpu_count", 1}, {"ram_amount", 1}});
        QList<QByteArray> vms;
        for (int i = 0; i < guests; ++i) {
            vms << api.postJson("/vms", {{"template_name", "bench"}}).object().value("id").toString().toLatin1();
            const auto r = api.request("POST", "/vms/" + vms.last() + "/actions/start", {}, {}, 120000);
            if (r.status != 200)
                qFatal("start: %d %s", r.status, r.body.constData());
        }
        QList<double> whole, sampling, rest;
        for (int i = 0; i < 60; ++i) {
            runtime->observer().runPass();
            QTest::qWait(100); // QEMU's counters come back meanwhile, as between real passes
            const ObserverStatus status = runtime->observer().status();
            whole << status.lastDurationMs;
            sampling << status.lastStatsMs;
            rest << status.lastDurationMs - status.lastStatsMs;
        }
        const Figures w = figures(whole), s = figures(sampling), r = figures(rest);
        std::printf("OBSERVER pass with %d running guests: %.3f ms median (p95 %.3f); without sampling %.3f ms; sampling %.3f ms = %.1f %% "
                    "of the pass without it (goal < 10 %%)\n",
                    guests, w.median, w.p95, r.median, s.median, 100.0 * s.median / qMax(r.median, 1e-6));
        for (const QByteArray &vm : vms)
            api.postJson("/vms/" + vm + "/actions/stop", {{"force", true}});
    }
    return 0;
}
