// SPDX-License-Identifier: GPL-3.0-or-later
// A remote VMAN as the window's client library sees it (issue 13), over HTTPS on loopback: a
// `vman --server --dry-run` with VMAN_API_TLS=auto and 1000 VMs, paired with its printed code.
//   1. a new mirror's first load (connection, TLS, the event stream opening with the lists of
//      1000 VMs, parsed): median of 7
//   2. a state change on the server to the mirror: from the event's own timestamp (taken when the
//      server published it) to the mirror's vmChanged, and from sending the start request; 40
//      starts and stops
// Usage: remote_bench <work folder>
#include "HostMirror.h"
#include "RemoteHost.h"
#include "BenchTools.h"
#include "Pairing.h"
#include "VmanProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace vman;
using namespace vman::client;

namespace {

using bench::callAndWait;
using bench::median;
using bench::percentile;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: remote_bench <work folder>\n");
        return 2;
    }
    const QString work = QString::fromLocal8Bit(argv[1]);
    VmanProcess vman(work, {QStringLiteral("--server"), QStringLiteral("--dry-run"), QStringLiteral("--storage"), work + QStringLiteral("/s"),
                            QStringLiteral("--port"), QStringLiteral("0")},
                     {{QStringLiteral("VMAN_API_TLS"), QStringLiteral("auto")}});
    const quint16 port = vman.waitForPort();
    vman.waitForOutput(QStringLiteral("Certificate SHA-256 fingerprint"));
    const QString code = QRegularExpression(QStringLiteral("Pairing code for a new client: (\\S+)")).match(vman.output()).captured(1);
    if (!port || code.isEmpty()) {
        std::fprintf(stderr, "server did not start: %s\n", qPrintable(vman.describe()));
        return 1;
    }
    const Result<HostIdentity> paired = pairTrustingFirstSight(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), code, QStringLiteral("bench"), 30000);
    if (!paired.ok()) {
        std::fprintf(stderr, "pairing failed: %s\n", qPrintable(paired.error().message));
        return 1;
    }
    RemoteHost host(paired.value());
    callAndWait(host, "POST", QStringLiteral("/templates"), R"({"name":"small","cpu_count":1,"ram_amount":1})");
    QStringList ids;
    for (int i = 0; i < 1000; ++i) {
        const auto made = callAndWait(host, "POST", QStringLiteral("/vms"), QStringLiteral(R"({"template_name":"small","name":"vm-%1"})").arg(i).toUtf8());
        ids << made.value().object().value(QStringLiteral("id")).toString();
    }

    QList<double> loads;
    for (int round = 0; round < 7; ++round) {
        // A new client each time: its connection, TLS handshake and event stream are part of it.
        RemoteHost fresh(paired.value());
        HostMirror mirror(fresh);
        QSignalSpy loaded(&mirror, &HostMirror::loaded);
        QElapsedTimer clock;
        clock.start();
        fresh.connectEvents();
        loaded.wait(30000);
        loads << double(clock.nsecsElapsed()) / 1e6;
        if (mirror.vmCount() != 1000)
            std::fprintf(stderr, "the mirror holds %d VMs, not 1000\n", mirror.vmCount());
    }
    std::printf("a mirror's first load, 1000 VMs over HTTPS (connection, event stream with the lists, parsed): median %.1f ms, max %.1f ms\n",
                median(loads), *std::max_element(loads.begin(), loads.end()));

    HostMirror mirror(host);
    host.connectEvents();
    QTest::qWaitFor([&host] { return host.state() == RemoteHost::State::Online; }, 10000);
    QList<double> sincePublished, sinceRequest;
    QDateTime publishedAt;
    QString watched;
    QElapsedTimer sent;
    QObject::connect(&host, &RemoteHost::eventReceived, &app, [&](const QJsonObject &event) {
        if (event.value(QStringLiteral("type")).toString() == QLatin1String("vm.state_changed")
            && event.value(QStringLiteral("data")).toObject().value(QStringLiteral("vm_id")).toString() == watched && !publishedAt.isValid())
            publishedAt = QDateTime::fromString(event.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    });
    bool seen = false;
    // A plain event loop, left at once: QTest::qWaitFor sleeps 10 ms between looks.
    QEventLoop waiting;
    QObject::connect(&mirror, &HostMirror::vmChanged, &app, [&](const Vm &vm) {
        if (vm.id != watched || seen || !publishedAt.isValid())
            return;
        seen = true;
        sincePublished << double(publishedAt.msecsTo(QDateTime::currentDateTimeUtc()));
        sinceRequest << double(sent.nsecsElapsed()) / 1e6;
        waiting.quit();
    });
    for (int i = 0; i < 40; ++i) {
        watched = ids.at(i / 2);
        publishedAt = QDateTime();
        seen = false;
        sent.start();
        host.call("POST", QStringLiteral("/vms/%1/actions/%2").arg(watched, i % 2 ? QStringLiteral("stop") : QStringLiteral("start")), {},
                  [](Result<ApiAnswer>) {});
        QTimer::singleShot(10000, &waiting, &QEventLoop::quit);
        if (!seen)
            waiting.exec();
        QTest::qWait(20);
    }
    std::printf("state change to the mirror (%lld changes): from the server's event %.1f ms median, p90 %.1f ms, max %.1f ms (goal < 50 ms); "
                "from sending the request %.1f ms median\n",
                qint64(sincePublished.size()), median(sincePublished), percentile(sincePublished, 0.9),
                sincePublished.isEmpty() ? 0.0 : *std::max_element(sincePublished.begin(), sincePublished.end()), median(sinceRequest));
    vman.signal(SIGTERM);
    vman.finish();
    return 0;
}
