// SPDX-License-Identifier: GPL-3.0-or-later
// One window, a remote host (issue 13), with 1000 VMs, offscreen:
//   1. the local window: MainWindow on this process's VMAN (1000 VMs) until its table holds them
//   2. the remote window: MainWindow of a `vman --server --dry-run` over HTTPS (VMAN_API_TLS=auto,
//      1000 VMs, paired with its printed code) until its table holds them: TLS handshake, event
//      stream, the four lists read and parsed, the models filled; median of 7 each, side by side
//   3. a state change on the server to the remote window's table row: from the event's timestamp
//      (taken when the server published it) to the row's dataChanged with the new state; 40 starts
//      and stops
// Usage: window_hosts_bench <work folder>
#include "HostList.h"
#include "MainWindow.h"
#include "RemoteConnection.h"
#include "RemoteHost.h"
#include "Runtime.h"
#include "VmService.h"
#include "VmTableModel.h"
#include "BenchTools.h"
#include "Pairing.h"
#include "VmanProcess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace vman;
using namespace vman::client;

namespace {

constexpr int kVms = 1000;

using bench::callAndWait;
using bench::median;
using bench::percentile;

// Runs the event loop until the window's table holds `rows` rows; the time from `clock`'s start.
double untilRows(MainWindow &window, int rows, const QElapsedTimer &clock)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (window.vmTable()->model()->rowCount() >= rows)
            loop.quit();
    });
    poll.start(0);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: window_hosts_bench <work folder>\n");
        return 2;
    }
    const QString work = QString::fromLocal8Bit(argv[1]);
    QCoreApplication::setOrganizationName(QStringLiteral("vman-bench"));

    // The remote host.
    VmanProcess vman(work, {QStringLiteral("--server"), QStringLiteral("--dry-run"), QStringLiteral("--storage"), work + QStringLiteral("/remote"),
                            QStringLiteral("--port"), QStringLiteral("0")},
                     {{QStringLiteral("VMAN_API_TLS"), QStringLiteral("auto")}});
    const quint16 port = vman.waitForPort();
    vman.waitForOutput(QStringLiteral("Certificate SHA-256 fingerprint"));
    const QString code = QRegularExpression(QStringLiteral("Pairing code for a new client: (\\S+)")).match(vman.output()).captured(1);
    const Result<HostIdentity> paired = pairTrustingFirstSight(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), code, QStringLiteral("bench"), 30000);
    if (!port || !paired.ok()) {
        std::fprintf(stderr, "server or pairing failed: %s\n", qPrintable(vman.describe()));
        return 1;
    }
    const HostIdentity identity = paired.value();
    RemoteHost api(identity);
    callAndWait(api, "POST", QStringLiteral("/templates"), R"({"name":"small","cpu_count":1,"ram_amount":1})");
    QStringList ids;
    for (int i = 0; i < kVms; ++i)
        ids << callAndWait(api, "POST", QStringLiteral("/vms"), QStringLiteral(R"({"template_name":"small","name":"vm-%1"})").arg(i).toUtf8())
                   .value().object().value(QStringLiteral("id")).toString();

    // The local VMAN with as many VMs.
    Config config;
    config.storagePath = work + QStringLiteral("/local");
    config.dbPath = config.storagePath + QStringLiteral("/states.db");
    config.dryRun = true;
    Runtime runtime(config);
    QString error;
    if (!runtime.start(&error)) {
        std::fprintf(stderr, "local runtime: %s\n", qPrintable(error));
        return 1;
    }
    (void)runtime.service().createTemplate({QStringLiteral("small"), 1, 1});
    for (int i = 0; i < kVms; ++i)
        (void)runtime.service().createVm({QStringLiteral("small"), QStringLiteral("vm-%1").arg(i), {}});

    QList<double> local, remote;
    for (int round = 0; round < 7; ++round) {
        {
            QElapsedTimer clock;
            clock.start();
            MainWindow window(runtime, QStringLiteral("http://127.0.0.1:1"));
            window.resize(1200, 700);
            window.show();
            local << untilRows(window, kVms, clock);
        }
        {
            QElapsedTimer clock;
            clock.start();
            MainWindow window;
            window.resize(1200, 700);
            window.show();
            auto *host = new RemoteConnection(identity);
            window.hosts().add(host);
            QList<double> phases; // the stream open, the lists read
            QObject::connect(&host->remote(), &RemoteHost::stateChanged, &app, [&](RemoteHost::State state) {
                if (state == RemoteHost::State::Online)
                    phases << double(clock.nsecsElapsed()) / 1e6;
            });
            QObject::connect(host, &HostConnection::reloaded, &app, [&] { phases << double(clock.nsecsElapsed()) / 1e6; });
            host->connectToHost();
            remote << untilRows(window, kVms, clock);
            if (qEnvironmentVariableIsSet("VMAN_BENCH_PHASES") && phases.size() == 2)
                std::printf("  remote round %d: stream open %.1f ms, lists read %.1f ms, rows %.1f ms\n", round, phases[0], phases[1], remote.last());
        }
    }
    std::printf("window populated with %d VMs: local (this process's VMAN) %.1f ms median, remote over HTTPS %.1f ms median "
                "(max %.1f): %.2fx the local time (goal <= 2x)\n",
                kVms, median(local), median(remote), *std::max_element(remote.begin(), remote.end()), median(remote) / median(local));

    // A state change to the remote window's table.
    MainWindow window;
    window.show();
    auto *host = new RemoteConnection(identity);
    window.hosts().add(host);
    host->connectToHost();
    untilRows(window, kVms, QElapsedTimer());
    api.connectEvents();
    QTest::qWaitFor([&api] { return api.state() == RemoteHost::State::Online; }, 10000);
    QString watched;
    QDateTime publishedAt;
    QString expected;
    QList<double> latencies;
    QEventLoop waiting;
    QObject::connect(&api, &RemoteHost::eventReceived, &app, [&](const QJsonObject &event) {
        if (event.value(QStringLiteral("type")).toString() == QLatin1String("vm.state_changed")
            && event.value(QStringLiteral("data")).toObject().value(QStringLiteral("vm_id")).toString() == watched
            && event.value(QStringLiteral("data")).toObject().value(QStringLiteral("to")).toString() == expected)
            publishedAt = QDateTime::fromString(event.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    });
    QAbstractItemModel *model = window.vmTable()->model();
    bool seen = false;
    QObject::connect(model, &QAbstractItemModel::dataChanged, &app, [&](const QModelIndex &from, const QModelIndex &to) {
        if (seen)
            return;
        for (int row = from.row(); row <= to.row(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(VmTableModel::IdRole).toString() == watched
                && index.data(VmTableModel::StateRole).toInt() == int(*vmStateFromString(expected))) {
                seen = true;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                // The server's event may be read by the bench's own stream a moment after the window's.
                QTimer::singleShot(50, &waiting, [&, now] {
                    if (publishedAt.isValid())
                        latencies << double(publishedAt.msecsTo(now));
                    waiting.quit();
                });
                return;
            }
        }
    });
    for (int i = 0; i < 40; ++i) {
        watched = ids.at(i / 2);
        expected = i % 2 ? QStringLiteral("stopped") : QStringLiteral("running");
        publishedAt = QDateTime();
        seen = false;
        api.call("POST", QStringLiteral("/vms/%1/actions/%2").arg(watched, i % 2 ? QStringLiteral("stop") : QStringLiteral("start")), {},
                 [](Result<ApiAnswer>) {});
        QTimer::singleShot(10000, &waiting, &QEventLoop::quit);
        waiting.exec();
    }
    std::printf("state change on the server to the remote window's table row (%lld changes): %.1f ms median, p90 %.1f ms, max %.1f ms (goal < 50 ms)\n",
                qint64(latencies.size()), median(latencies), percentile(latencies, 0.9),
                latencies.isEmpty() ? 0.0 : *std::max_element(latencies.begin(), latencies.end()));
    vman.signal(SIGTERM);
    vman.finish();
    return 0;
}
