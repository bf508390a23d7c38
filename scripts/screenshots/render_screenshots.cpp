// SPDX-License-Identifier: GPL-3.0-or-later
// Renders VMAN's windows offscreen with sample data into PNGs for the README:
//   main-window.png, new-vm-dialog.png, console-window.png
// Usage: render_screenshots <output folder> <test guest qcow2>
#include "ApiServer.h"
#include "ConsoleWindow.h"
#include "console/ConsoleView.h"
#include "HostList.h"
#include "MainWindow.h"
#include "ResourceDialogs.h"
#include "Runtime.h"
#include "VmService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace vman;

namespace {
template <typename T>
bool wait(std::function<void(Callback<T>)> call)
{
    bool done = false;
    bool ok = false;
    call([&](Result<T> r) {
        done = true;
        ok = r.ok();
    });
    return QTest::qWaitFor([&] { return done; }, 60000) && ok;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s <output folder> <guest.qcow2>\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir storage;
    Config config;
    config.storagePath = storage.path();
    config.dbPath = storage.filePath(QStringLiteral("states.db"));
    config.defaultBootDisk = QString::fromLocal8Bit(argv[2]);
    config.accel = AccelMode::Tcg;
    Runtime runtime(config);
    QString error;
    if (!runtime.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ApiServer api(runtime, {});
    api.listen(QStringLiteral("127.0.0.1"), 0, &error);
    VmService &service = runtime.service();
    (void)service.createTemplate({QStringLiteral("small"), 1, 1});
    (void)service.createTemplate({QStringLiteral("medium"), 2, 4});
    (void)service.createTemplate({QStringLiteral("large"), 8, 32});
    const Vm web = service.createVm({QStringLiteral("small"), QStringLiteral("web"), {{8080, 80}}}).value();
    const Vm db = service.createVm({QStringLiteral("medium"), QStringLiteral("database"), {{5432, 5432}}}).value();
    (void)service.createVm({QStringLiteral("large"), QStringLiteral("build-runner"), {}});
    (void)service.createVm({QStringLiteral("small"), QStringLiteral("scratch"), {{2222, 22}}});
    QString dataId;
    wait<Disk>([&](Callback<Disk> cb) {
        service.createDisk({20, QStringLiteral("pgdata")}, [&, cb](Result<Disk> r) {
            if (r.ok())
                dataId = r.value().id;
            cb(r);
        });
    });
    wait<Disk>([&](Callback<Disk> cb) { service.createDisk({100, QStringLiteral("artifacts")}, cb); });
    wait<Disk>([&](Callback<Disk> cb) { service.attachDisk(dataId, db.id, cb); });
    wait<Vm>([&](Callback<Vm> cb) { service.startVm(web.id, cb); });
    wait<Vm>([&](Callback<Vm> cb) { service.startVm(db.id, cb); });
    // Let the guests boot so their screens and consoles have something to show.
    (void)QTest::qWaitFor([&] { return service.consoleTail(web.id, 100000).value().contains("VMAN-GUEST-READY"); }, 90000);

    MainWindow window(runtime, api.baseUrl());
    window.resize(1280, 760);
    window.show();
    window.selectVms({web.id});
    QTest::qWait(3500); // the detail pane's screen refresh
    window.grab().save(out.filePath(QStringLiteral("main-window.png")));

    VmDialog dialog(*window.hosts().local(), &window);
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("api-gateway"));
    dialog.findChild<QLineEdit *>(QStringLiteral("ports"))->setText(QStringLiteral("8443:443"));
    dialog.findChild<QComboBox *>(QStringLiteral("template"))->setCurrentIndex(1);
    dialog.resize(460, dialog.sizeHint().height());
    dialog.show();
    QTest::qWait(200);
    dialog.grab().save(out.filePath(QStringLiteral("new-vm-dialog.png")));
    dialog.close();

    ConsoleWindow *console = window.openConsole(web.id);
    console->resize(900, 820);
    (void)QTest::qWaitFor([&] { return console->serialConnected() && console->view()->isConnected(); }, 10000);
    QTest::keyClicks(console->terminal(), QStringLiteral("uname -r; ls /sys/block"));
    QTest::keyClick(console->terminal(), Qt::Key_Return);
    QTest::qWait(3000);
    console->grab().save(out.filePath(QStringLiteral("console-window.png")));
    console->close();

    for (const Vm &vm : service.vms()) {
        if (vm.state == VmState::Running)
            wait<Vm>([&](Callback<Vm> cb) { service.stopVm(vm.id, StopOptions{true, 30}, cb); });
    }
    std::printf("screenshots written to %s\n", qPrintable(out.absolutePath()));
    return 0;
}
