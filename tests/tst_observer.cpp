// SPDX-License-Identifier: GPL-3.0-or-later
// The OBSERVER's rules against a scripted host (a fake operator): every correction, its reason,
// and what it must leave alone.
#include "EventHub.h"
#include "Observer.h"
#include "StateStore.h"
#include "VmService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vman;

namespace {

// A host whose state the test sets. Operations succeed at once.
class FakeHost final : public VmOperator
{
public:
    HostReport report;
    QHash<QString, VmState> truth; // what recover() finds
    QStringList cleaned;
    QList<qint64> killed;
    int recoverCalls = 0;

    bool makesRootDisks() const override { return true; }
    QString mode() const override { return QStringLiteral("fake"); }
    Callback<Done> heldStart; // set by holdStarts: a start in flight until the test releases it
    bool holdStarts = false;
    QString firmwareProblem(Firmware) const override { return {}; }
    void changeCdrom(const Vm &, const QString &, Callback<Done> done) override { done(Done{}); }
    void start(const Vm &, const QList<Disk> &, const BootMedia &, Callback<Done> done) override
    {
        if (holdStarts)
            heldStart = std::move(done);
        else
            done(Done{});
    }
    void stop(const Vm &, const StopOptions &, Callback<Done> done) override { done(Done{}); }
    void pause(const Vm &, Callback<Done> done) override { done(Done{}); }
    void resume(const Vm &, Callback<Done> done) override { done(Done{}); }
    void createDiskImage(const Disk &, Callback<Done> done) override { done(Done{}); }
    void deleteDiskImage(const Disk &, Callback<Done> done) override { done(Done{}); }
    void hotplugDisk(const Vm &, const Disk &, Callback<Done> done) override { done(Done{}); }
    void unplugDisk(const Vm &, const Disk &, Callback<Done> done) override { done(Done{}); }
    void removeVmFiles(const Vm &, Callback<Done> done) override { done(Done{}); }
    void screenshot(const Vm &, Callback<QByteArray> done) override { done(QByteArray()); }
    Result<QByteArray> consoleTail(const Vm &, qint64) override { return QByteArray(); }
    QString serialSocketPath(const Vm &) const override { return {}; }
    QString vncSocketPath(const Vm &) const override { return {}; }
    void recover(const Vm &vm, Callback<VmState> done) override
    {
        ++recoverCalls;
        done(truth.value(vm.id, vm.state));
    }
    HostReport inspect(const QList<Vm> &, const QList<Disk> &) override { return report; }
    QHash<QString, QHash<QString, QStringList>> imageSnapshotNames; // by VM: what its images hold
    int imageReads = 0;
    void takeSnapshot(const Vm &, const QList<Disk> &, const QString &, Callback<qint64> done) override { done(qint64(0)); }
    void imageSnapshots(const Vm &vm, const QList<Disk> &, Callback<QHash<QString, QStringList>> done) override
    {
        ++imageReads;
        done(imageSnapshotNames.value(vm.id));
    }
    void removeStaleFiles(const QString &vmId) override { cleaned << vmId; }
    bool killProcess(qint64 pid) override
    {
        killed << pid;
        return true;
    }
};

struct Fixture
{
    explicit Fixture(const QString &dir, bool killOrphans = false)
        : store(dir + QStringLiteral("/states.db")), service(store, host), observer(service, host, config(killOrphans))
    {
        store.open();
        service.load();
        (void)service.createTemplate({QStringLiteral("t"), 1, 1});
    }
    static Config config(bool killOrphans)
    {
        Config c;
        c.observerIntervalSeconds = 1;
        c.observerKillOrphans = killOrphans;
        return c;
    }
    Vm vm(VmState state)
    {
        const Vm vm = service.createVm({QStringLiteral("t"), std::nullopt, {}}).value();
        service.correctVmState(vm.id, state, QString());
        return *service.findVm(vm.id);
    }
    FakeHost host;
    StateStore store;
    VmService service;
    Observer observer;
};

} // namespace

class TestObserver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString fresh() { return m_dir.filePath(QString::number(++m_counter)); }

private Q_SLOTS:
    void runningVmWhoseProcessIsGoneIsStopped()
    {
        Fixture f(fresh());
        const Vm vm = f.vm(VmState::Running);
        HostReport::VmOnHost gone;
        gone.lastLogLine = QStringLiteral("2026-11-26T10:00:00Z killed (PID 42)");
        f.host.report.vms.insert(vm.id, gone);
        QSignalSpy corrected(&f.observer, &Observer::corrected);
        f.observer.runPass();
        const Vm after = *f.service.findVm(vm.id);
        QCOMPARE(after.state, VmState::Stopped);
        QVERIFY(after.stateDetail.contains(QStringLiteral("gone")));
        QVERIFY(after.stateDetail.contains(QStringLiteral("killed (PID 42)")));
        QCOMPARE(corrected.count(), 1);
        const Correction c = corrected.first().first().value<Correction>();
        QVERIFY(c.subject.contains(vm.id));
        QCOMPARE(c.before, QStringLiteral("running"));
        QCOMPARE(c.after, QStringLiteral("stopped"));
        // A second pass has nothing left to correct.
        f.observer.runPass();
        QCOMPARE(corrected.count(), 1);
        QCOMPARE(f.observer.status().correctionsTotal, quint64(1));
    }

    void liveQemuOfAStoppedVmIsAdopted()
    {
        Fixture f(fresh());
        const Vm vm = f.vm(VmState::Stopped);
        HostReport::VmOnHost alive;
        alive.pid = 4242;
        f.host.report.vms.insert(vm.id, alive);
        f.host.truth.insert(vm.id, VmState::Running);
        QSignalSpy corrected(&f.observer, &Observer::corrected);
        f.observer.runPass();
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Running);
        QVERIFY(f.service.findVm(vm.id)->stateDetail.contains(QStringLiteral("adopted")));
        QCOMPARE(corrected.count(), 1);
        QVERIFY(corrected.first().first().value<Correction>().reason.contains(QStringLiteral("4242")));
    }

    void pausedQemuMakesThePausedState()
    {
        Fixture f(fresh());
        const Vm vm = f.vm(VmState::Running);
        HostReport::VmOnHost alive;
        alive.pid = 7;
        alive.connected = true;
        f.host.report.vms.insert(vm.id, alive);
        f.host.truth.insert(vm.id, VmState::Paused);
        f.observer.runPass();
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Paused);
    }

    void stuckTransitionalStateIsResolved()
    {
        Fixture f(fresh());
        const Vm starting = f.vm(VmState::Starting);
        const Vm stopping = f.vm(VmState::Stopping);
        HostReport::VmOnHost alive;
        alive.pid = 9;
        alive.connected = true;
        f.host.report.vms.insert(starting.id, alive);
        f.host.truth.insert(starting.id, VmState::Running);
        f.host.report.vms.insert(stopping.id, HostReport::VmOnHost{});
        f.observer.runPass();
        QCOMPARE(f.service.findVm(starting.id)->state, VmState::Running);
        QCOMPARE(f.service.findVm(stopping.id)->state, VmState::Stopped);
    }

    void vmWithAnOperationInFlightIsLeftAlone()
    {
        Fixture f(fresh());
        const Vm vm = f.vm(VmState::Stopped);
        f.host.holdStarts = true;
        Result<Vm> *answer = nullptr;
        f.service.startVm(vm.id, [&answer](Result<Vm> r) { answer = new Result<Vm>(r); });
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Starting);
        // The host shows no process yet: a pass must not call the VM stopped mid-start.
        f.host.report.vms.insert(vm.id, HostReport::VmOnHost{});
        QSignalSpy corrected(&f.observer, &Observer::corrected);
        f.observer.runPass();
        QCOMPARE(corrected.count(), 0);
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Starting);
        f.host.heldStart(Done{});
        QVERIFY(answer && answer->ok());
        delete answer;
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Running);
    }

    void missingRootDiskFlagsTheVmUntilItIsBack()
    {
        Fixture f(fresh());
        Vm vm = f.vm(VmState::Stopped);
        f.host.report.vms.insert(vm.id, HostReport::VmOnHost{});
        f.host.report.missingRootDisks.insert(vm.id, QStringLiteral("/s/vms/x/root.qcow2"));
        f.observer.runPass();
        vm = *f.service.findVm(vm.id);
        QCOMPARE(vm.state, VmState::Error);
        QVERIFY(vm.stateDetail.contains(QStringLiteral("root disk missing: /s/vms/x/root.qcow2")));
        f.host.report.missingRootDisks.clear();
        f.observer.runPass();
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Stopped);
    }

    void missingDiskImageFlagsTheDisk()
    {
        Fixture f(fresh());
        std::unique_ptr<Result<Disk>> created;
        f.service.createDisk({1, QStringLiteral("data")}, [&](Result<Disk> r) { created = std::make_unique<Result<Disk>>(r); });
        QVERIFY(created && created->ok());
        const QString id = created->value().id;
        QSignalSpy changed(&f.service, &VmService::diskProblemChanged);
        f.host.report.missingDiskImages.insert(id, QStringLiteral("/s/disks/x.qcow2"));
        f.observer.runPass();
        QVERIFY(f.service.findDisk(id)->problem.contains(QStringLiteral("image file missing")));
        QCOMPARE(changed.count(), 1);
        f.observer.runPass();
        QCOMPARE(changed.count(), 1); // reported once
        f.host.report.missingDiskImages.clear();
        f.observer.runPass();
        QVERIFY(f.service.findDisk(id)->problem.isEmpty());
        QCOMPARE(changed.count(), 2);
    }

    void snapshotMismatchesAreReportedOnceAVmAtATime()
    {
        Fixture f(fresh());
        const Vm a = f.vm(VmState::Stopped);
        const Vm b = f.vm(VmState::Stopped);
        bool ran = false;
        f.service.startVm(a.id, [&](Result<Vm> started) {
            f.service.stopVm(a.id, StopOptions{}, [&](Result<Vm> stopped) { ran = started.ok() && stopped.ok(); });
        });
        QVERIFY(ran); // its root disk is made
        bool taken = false;
        f.service.createSnapshot(a.id, {QStringLiteral("before-upgrade"), QString()}, [&](Result<VmSnapshot> r) {
            taken = r.ok();
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        });
        QVERIFY(taken);
        // a: its root disk lost the recorded snapshot and holds one VMAN never made.
        f.host.imageSnapshotNames.insert(a.id, {{VmSnapshot::kRootDisk, {QStringLiteral("by-hand")}}});
        f.host.imageSnapshotNames.insert(b.id, {{VmSnapshot::kRootDisk, {}}});
        QSignalSpy corrected(&f.observer, &Observer::corrected);
        f.observer.runPass(); // a's turn
        f.observer.runPass(); // b's turn: all well
        QCOMPARE(f.host.imageReads, 2);
        QCOMPARE(corrected.count(), 2);
        QStringList seen;
        for (const QList<QVariant> &args : corrected) {
            const Correction c = args.first().value<Correction>();
            QVERIFY(c.subject.contains(a.id));
            seen << c.before + QStringLiteral(" -> ") + c.after;
        }
        QVERIFY2(seen.contains(QStringLiteral("snapshot 'before-upgrade' recorded -> not in the root disk")), qPrintable(seen.join(QLatin1Char('|'))));
        QVERIFY2(seen.contains(QStringLiteral("no record -> snapshot 'by-hand' in the root disk")), qPrintable(seen.join(QLatin1Char('|'))));
        // Reported once, however many passes see it.
        for (int i = 0; i < 4; ++i)
            f.observer.runPass();
        QCOMPARE(corrected.count(), 2);
        // Mended, then broken again: reported again.
        f.host.imageSnapshotNames.insert(a.id, {{VmSnapshot::kRootDisk, {QStringLiteral("before-upgrade")}}});
        f.observer.runPass();
        f.observer.runPass();
        QCOMPARE(corrected.count(), 2);
        f.host.imageSnapshotNames.insert(a.id, {{VmSnapshot::kRootDisk, {QStringLiteral("before-upgrade"), QStringLiteral("by-hand")}}});
        f.observer.runPass();
        f.observer.runPass();
        QCOMPARE(corrected.count(), 3);
        // An image that is not read (never made, not attached) is not judged.
        f.host.imageSnapshotNames.insert(a.id, {});
        f.observer.runPass();
        f.observer.runPass();
        QCOMPARE(corrected.count(), 3);
    }

    // A data disk keeps its copy of the snapshots it was in: attached to another VM since, that
    // copy is known, not reported as made outside VMAN.
    void aMovedDiskCarriesItsSnapshotsWithoutAReport()
    {
        Fixture f(fresh());
        const Vm a = f.vm(VmState::Stopped);
        const Vm b = f.vm(VmState::Stopped);
        std::unique_ptr<Result<Disk>> disk;
        f.service.createDisk({1, QStringLiteral("moving")}, [&](Result<Disk> r) { disk = std::make_unique<Result<Disk>>(r); });
        QVERIFY(disk && disk->ok());
        const QString diskId = disk->value().id;
        bool ok = false;
        f.service.attachDisk(diskId, a.id, [&](Result<Disk> r) { ok = r.ok(); });
        QVERIFY(ok);
        f.service.startVm(a.id, [&](Result<Vm>) { f.service.stopVm(a.id, StopOptions{}, [&](Result<Vm> r) { ok = r.ok(); }); });
        QVERIFY(ok);
        ok = false;
        f.service.createSnapshot(a.id, {QStringLiteral("with-data"), QString()}, [&](Result<VmSnapshot> r) { ok = r.ok(); });
        QVERIFY(ok);
        ok = false;
        f.service.detachDisk(diskId, [&](Result<Disk> r) { ok = r.ok(); });
        QVERIFY(ok);
        ok = false;
        f.service.attachDisk(diskId, b.id, [&](Result<Disk> r) { ok = r.ok(); });
        QVERIFY(ok);
        f.host.imageSnapshotNames.insert(a.id, {{VmSnapshot::kRootDisk, {QStringLiteral("with-data")}}});
        f.host.imageSnapshotNames.insert(b.id, {{VmSnapshot::kRootDisk, {}}, {diskId, {QStringLiteral("with-data")}}});
        QSignalSpy corrected(&f.observer, &Observer::corrected);
        for (int i = 0; i < 4; ++i)
            f.observer.runPass();
        QCOMPARE(f.host.imageReads, 4);
        QCOMPARE(corrected.count(), 0);
        // Lost from the disk: reported on the VM it is attached to now.
        f.host.imageSnapshotNames.insert(b.id, {{VmSnapshot::kRootDisk, {}}, {diskId, {}}});
        f.observer.runPass();
        f.observer.runPass();
        QCOMPARE(corrected.count(), 1);
        const Correction c = corrected.first().first().value<Correction>();
        QVERIFY(c.subject.contains(b.id));
        QCOMPARE(c.after, QStringLiteral("not in disk 'moving'"));
    }

    void orphansAreReportedOnceAndKilledOnlyWhenAsked()
    {
        Fixture keep(fresh());
        keep.host.report.orphanProcesses = {{1234, QStringLiteral("aaaaaaaa-0000-4000-8000-000000000000")}};
        keep.host.report.orphanImages = {QStringLiteral("/s/disks/stray.qcow2")};
        QSignalSpy corrected(&keep.observer, &Observer::corrected);
        keep.observer.runPass();
        keep.observer.runPass();
        QCOMPARE(corrected.count(), 2);
        QVERIFY(keep.host.killed.isEmpty());
        QCOMPARE(corrected.at(0).first().value<Correction>().after, QStringLiteral("left running"));
        QCOMPARE(corrected.at(1).first().value<Correction>().subject, QStringLiteral("/s/disks/stray.qcow2"));

        Fixture kill(fresh(), true);
        kill.host.report.orphanProcesses = {{1234, QStringLiteral("aaaaaaaa-0000-4000-8000-000000000000")}};
        kill.observer.runPass();
        QCOMPARE(kill.host.killed, QList<qint64>{1234});
        QCOMPARE(kill.observer.status().recentCorrections.first().after, QStringLiteral("killed"));
    }

    void staleFilesOfDeadVmsAreCleaned()
    {
        Fixture f(fresh());
        const Vm vm = f.vm(VmState::Stopped);
        HostReport::VmOnHost dead;
        dead.staleFiles = true;
        f.host.report.vms.insert(vm.id, dead);
        f.observer.runPass();
        QCOMPARE(f.host.cleaned, QStringList{vm.id});
    }

    void statusKeepsTheLast50NewestFirst()
    {
        Fixture f(fresh());
        for (int i = 0; i < 60; ++i)
            f.host.report.orphanImages.append(QStringLiteral("/s/disks/%1.qcow2").arg(i));
        f.observer.runPass();
        const ObserverStatus status = f.observer.status();
        QCOMPARE(status.correctionsTotal, quint64(60));
        QCOMPARE(status.recentCorrections.size(), Observer::kRecentCorrections);
        QCOMPARE(status.recentCorrections.first().subject, QStringLiteral("/s/disks/59.qcow2"));
        QCOMPARE(status.runs, quint64(1));
        QVERIFY(status.lastRunAt.isValid());
        QVERIFY(status.lastCpuMs >= 0);
    }

    void healthFollowsThePasses()
    {
        Fixture f(fresh());
        QVERIFY(!f.observer.healthy()); // not started
        f.observer.start();
        QVERIFY(f.observer.healthy());
        QSignalSpy passes(&f.observer, &Observer::passFinished);
        QVERIFY(passes.wait(3000)); // the timer runs passes by itself (interval 1 s)
        QVERIFY(passes.wait(3000));
        f.observer.stop();
        QVERIFY(!f.observer.healthy());
    }

    void correctionsBecomeEvents()
    {
        Fixture f(fresh());
        EventHub hub;
        connect(&f.observer, &Observer::corrected, &hub, [&hub](const Correction &c) {
            hub.publish(QStringLiteral("observer.correction"), {{"subject", c.subject}});
        });
        hub.watch(f.service);
        const Vm vm = f.vm(VmState::Running);
        f.host.report.vms.insert(vm.id, HostReport::VmOnHost{});
        const quint64 before = hub.lastId();
        f.observer.runPass();
        QStringList types;
        for (const VmanEvent &e : hub.since(before))
            types << e.type;
        QCOMPARE(types, QStringList({"vm.state_changed", "observer.correction"}));
    }
};

QTEST_GUILESS_MAIN(TestObserver)
#include "tst_observer.moc"
