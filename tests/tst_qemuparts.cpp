// SPDX-License-Identifier: GPL-3.0-or-later
// Parts of the OPERATOR that need no QEMU: the one run-state mapping (every QMP RunState), the
// private runtime folder's checks, and ending processes politely (SIGTERM, then SIGKILL).
#include "stats/DiskIo.h"
#include "stats/ProcessStats.h"
#include "HostProcesses.h"
#include "ProcessControl.h"
#include "QemuFiles.h"
#include "QemuRunState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vman;
using namespace vman::qemu;

class TestQemuParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cpuTimeIsReadFromProcStat()
    {
        // The command name may hold spaces and parentheses: fields count from the last ')'.
        const QByteArray stat = "4242 (qemu (vm) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1500 250 0 0 20 0 3 0 7700 0\n";
        const auto times = stats::processTimesFromStat(stat);
        QVERIFY(times.has_value());
        QCOMPARE(times->cpuTicks, quint64(1750));
        QCOMPARE(times->startTicks, quint64(7700));
        QVERIFY(!stats::processTimesFromStat("4242 (qemu) S 1 2").has_value());
        QVERIFY(!stats::processTimesFromStat("garbage").has_value());
        QVERIFY(!stats::processTimesFromStat("1 (x) S 1 2 3 4 5 6 7 8 9 10 a b 0 0 20 0 3 0 77").has_value());
        QVERIFY(!stats::processTimesFromStat("1 (x) S 1 2 3 4 5 6 7 8 9 10 1 2 0 0 20 0 3 0 -7").has_value());
        QVERIFY(!stats::processTimesFromStat("1 (x) S 1 2 3 4 5 6 7 8 9 10 1 2 0 0 20 0 3 0").has_value()); // no start time
        QCOMPARE(stats::percentOfOneCore(50, 500, 100), 100.0);  // half a second of CPU in half a second
        QCOMPARE(stats::percentOfOneCore(300, 1000, 100), 300.0); // three busy vCPUs
        QCOMPARE(stats::percentOfOneCore(10, 0, 100), 0.0);
        // This test process's own line parses, and it started after the machine booted.
        QFile self(QStringLiteral("/proc/self/stat"));
        QVERIFY(self.open(QIODevice::ReadOnly));
        QVERIFY(stats::processTimesFromStat(self.readAll()).has_value());
    }

    void residentMemoryAndUptimeAreReadFromProc()
    {
        QCOMPARE(stats::residentPagesFromStatm("268435 12345 2048 900 0 66000 0\n"), std::optional<quint64>(12345));
        QVERIFY(!stats::residentPagesFromStatm("268435").has_value());
        QVERIFY(!stats::residentPagesFromStatm("a b c").has_value());
        QVERIFY(!stats::residentPagesFromStatm("").has_value());
        QCOMPARE(stats::secondsSinceBootFromUptime("350735.47 234388.90\n"), std::optional<double>(350735.47));
        QVERIFY(!stats::secondsSinceBootFromUptime("").has_value());
        QVERIFY(!stats::secondsSinceBootFromUptime("-5 1").has_value());
        QVERIFY(!stats::secondsSinceBootFromUptime("soon").has_value());
        // This test process: a resident set, and an age between 0 and how long this test has run.
        const auto self = stats::sampleProcess(QCoreApplication::applicationPid());
        QVERIFY(self.has_value());
        QVERIFY(self->residentBytes.value_or(0) > 1024 * 1024);
        QVERIFY(self->uptimeSeconds.has_value());
        QVERIFY2(*self->uptimeSeconds >= 0 && *self->uptimeSeconds < 600, qPrintable(QString::number(*self->uptimeSeconds)));
        QVERIFY(!stats::sampleProcess(0x7ffffff0).has_value()); // no such process
    }

    void balloonMemoryIsReadFromQueryBalloon()
    {
        QCOMPARE(qemu::balloonBytesFrom(QJsonDocument::fromJson(R"({"actual": 1073741824})").object()), std::optional<qint64>(1073741824));
        QVERIFY(!qemu::balloonBytesFrom(QJsonDocument::fromJson(R"({"actual": -1})").object()).has_value());
        QVERIFY(!qemu::balloonBytesFrom(QJsonDocument::fromJson(R"({"actual": "lots"})").object()).has_value());
        QVERIFY(!qemu::balloonBytesFrom(QJsonValue(42)).has_value());
    }

    void blockStatsAreReadFromQueryBlockstats()
    {
        // As QEMU 7.2 answers for a VM with -blockdev/-device pairs (shortened).
        const QJsonValue reply = QJsonDocument::fromJson(R"([
            {"device": "", "node-name": "root", "qdev": "/machine/peripheral/rootdisk/virtio-backend",
             "stats": {"rd_bytes": 2666496, "wr_bytes": 4096, "rd_operations": 651, "wr_operations": 1, "flush_operations": 0}},
            {"device": "", "node-name": "cdrom", "qdev": "/machine/peripheral/cdrom0",
             "stats": {"rd_bytes": 0, "wr_bytes": 0, "rd_operations": 0, "wr_operations": 0}},
            {"device": "", "qdev": "/machine/peripheral/nameless", "stats": {"rd_bytes": 1}},
            {"device": "", "node-name": "bad", "qdev": "x", "stats": {"rd_bytes": -5, "wr_bytes": "many"}},
            "garbage"])").array();
        const QList<DiskIo> stats = blockStatsFrom(reply);
        QCOMPARE(stats.size(), 3);
        QCOMPARE(stats.at(0).node, QStringLiteral("root"));
        QCOMPARE(stats.at(0).device, QStringLiteral("rootdisk"));
        QCOMPARE(stats.at(0).readBytes, 2666496);
        QCOMPARE(stats.at(0).writtenBytes, 4096);
        QCOMPARE(stats.at(0).readOperations, 651);
        QCOMPARE(stats.at(0).writeOperations, 1);
        QCOMPARE(stats.at(1).device, QStringLiteral("cdrom0"));
        QCOMPARE(stats.at(2).readBytes, 0); // negative or not a number: 0
        QCOMPARE(stats.at(2).writtenBytes, 0);
        QVERIFY(stats.at(2).device.isEmpty());
        QVERIFY(blockStatsFrom(QJsonValue(42)).isEmpty());
    }

    void everyQmpRunState_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("running");
        QTest::addColumn<int>("state");
        // Every RunState of QEMU 7.2's qapi/run-state.json.
        QTest::newRow("running") << "running" << true << int(VmState::Running);
        QTest::newRow("paused") << "paused" << false << int(VmState::Paused);
        QTest::newRow("suspended") << "suspended" << false << int(VmState::Paused);
        QTest::newRow("prelaunch") << "prelaunch" << false << int(VmState::Paused);
        QTest::newRow("debug") << "debug" << false << int(VmState::Paused);
        QTest::newRow("inmigrate") << "inmigrate" << false << int(VmState::Paused);
        QTest::newRow("postmigrate") << "postmigrate" << false << int(VmState::Paused);
        QTest::newRow("finish-migrate") << "finish-migrate" << false << int(VmState::Paused);
        QTest::newRow("restore-vm") << "restore-vm" << false << int(VmState::Paused);
        QTest::newRow("save-vm") << "save-vm" << false << int(VmState::Paused);
        QTest::newRow("colo") << "colo" << false << int(VmState::Paused);
        QTest::newRow("io-error") << "io-error" << false << int(VmState::Error);
        QTest::newRow("internal-error") << "internal-error" << false << int(VmState::Error);
        QTest::newRow("guest-panicked") << "guest-panicked" << false << int(VmState::Error);
        QTest::newRow("watchdog") << "watchdog" << false << int(VmState::Error);
        QTest::newRow("shutdown") << "shutdown" << false << int(VmState::Stopping);
        QTest::newRow("unknown") << "from-the-future" << false << int(VmState::Error);
    }
    void everyQmpRunState()
    {
        QFETCH(QString, status);
        QFETCH(bool, running);
        QFETCH(int, state);
        const RunState mapped = runStateFrom(QJsonObject{{"status", status}, {"running", running}});
        QCOMPARE(int(mapped.state), state);
        if (mapped.state == VmState::Error || mapped.state == VmState::Stopping)
            QVERIFY(!mapped.detail.isEmpty()); // the user is told why
    }

    void shortPathsKeepSocketsInTheVmFolder()
    {
        const QemuFiles files(StoragePaths(QStringLiteral("/srv/v")), QStringLiteral("/run/user/1/vman"));
        const VmFiles f = files.files(QStringLiteral("0b6d6c1e-0c5c-4b8a-9d0a-3d3c0f6d0a11"));
        QVERIFY(!f.socketsOutsideDir);
        QVERIFY(f.qmpSocket.startsWith(f.dir + QLatin1Char('/')));
        QVERIFY(f.pidFile.startsWith(f.dir + QLatin1Char('/')));
    }

    void longPathsUseAPrivateRuntimeFolder()
    {
        QTemporaryDir dir;
        const QString runtime = dir.filePath(QStringLiteral("rt"));
        const QemuFiles files(StoragePaths(dir.filePath(QString(120, QLatin1Char('s')))), runtime);
        const VmFiles f = files.files(QStringLiteral("0b6d6c1e-0c5c-4b8a-9d0a-3d3c0f6d0a11"));
        QVERIFY(f.socketsOutsideDir);
        QVERIFY(f.qmpSocket.startsWith(runtime + QLatin1Char('/')));
        QVERIFY(f.qmpSocket.toLocal8Bit().size() < 100);
        auto prepared = files.prepare(f);
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(runtime).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(f.qmpSocket).absolutePath()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
    }

    void aPreparedRuntimeFolderIsRefused()
    {
        QTemporaryDir dir;
        // Someone planted a symlink where our private folder goes.
        const QString planted = dir.filePath(QStringLiteral("planted"));
        QVERIFY(QFile::link(dir.path(), planted));
        auto result = QemuFiles::ensurePrivateDir(planted);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("symlink")));
        // A file in its place.
        const QString file = dir.filePath(QStringLiteral("file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!QemuFiles::ensurePrivateDir(file).ok());
        // Ours but open to others: made private.
        const QString open = dir.filePath(QStringLiteral("open"));
        QVERIFY(QDir().mkpath(open));
        QVERIFY(::chmod(QFile::encodeName(open).constData(), 0777) == 0);
        QVERIFY(QemuFiles::ensurePrivateDir(open).ok());
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(open).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        // The default is $XDG_RUNTIME_DIR/vman, never a shared predictable /tmp path when that is set.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir.path()));
        QCOMPARE(QemuFiles::defaultRuntimeBase(), dir.path() + QStringLiteral("/vman"));
    }

    void terminateAsksFirstThenKills()
    {
        // A process that ends on SIGTERM ends at once, without SIGKILL.
        QProcess polite;
        polite.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(polite.waitForStarted());
        bool gone = false;
        bool answered = false;
        QElapsedTimer timer;
        timer.start();
        QObject context;
        terminate(&context, polite.processId(), 5000, [&](bool g) { gone = g; answered = true; });
        QVERIFY(polite.waitForFinished(5000));
        QCOMPARE(polite.exitStatus(), QProcess::CrashExit);
        QCOMPARE(polite.error(), QProcess::Crashed);
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 5000));
        QVERIFY(gone);
        QVERIFY(timer.elapsed() < 2000);

        // One that ignores SIGTERM gets SIGKILL after the grace time.
        QProcess stubborn;
        stubborn.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("trap '' TERM; echo ready; while :; do sleep 0.05; done")});
        QVERIFY(stubborn.waitForReadyRead(5000));
        answered = false;
        timer.restart();
        terminate(&context, stubborn.processId(), 400, [&](bool g) { gone = g; answered = true; });
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 8000));
        QVERIFY(gone);
        QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(QTest::qWaitFor([&] { return stubborn.state() == QProcess::NotRunning; }, 5000));
    }

    void nothingIsCalledOnceTheContextIsGone()
    {
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(child.waitForStarted());
        bool called = false;
        {
            QObject context;
            whenExited(&context, child.processId(), 100, [&](bool) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
        child.kill();
        child.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestQemuParts)
#include "tst_qemuparts.moc"
