// SPDX-License-Identifier: GPL-3.0-or-later
// The core service's rules with the dry-run operator: validation, uniqueness, conflicts, the
// VM state machine, signals, and that refused requests change nothing.
#include "DryRunOperator.h"
#include "StateStore.h"
#include "VmService.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vman;

namespace {

// Waits for an asynchronous service call and returns its result.
template <typename T>
class Waiter
{
public:
    Callback<T> callback()
    {
        return [this](Result<T> r) { m_result = std::make_unique<Result<T>>(std::move(r)); };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return m_result != nullptr; }, ms);
    }
    const Result<T> &result() const { return *m_result; }
    bool done() const { return m_result != nullptr; }

private:
    std::unique_ptr<Result<T>> m_result;
};

struct Fixture
{
    explicit Fixture(const QString &dir, int delayMs = 0)
        : paths(dir), store(dir + QStringLiteral("/states.db")), op(paths, delayMs), service(store, op)
    {
        QDir().mkpath(dir + QStringLiteral("/vms"));
        store.open();
        service.load();
    }
    StoragePaths paths;
    StateStore store;
    DryRunOperator op;
    VmService service;

    Vm vm(const QString &templateName = QStringLiteral("small"))
    {
        if (!service.findTemplate(templateName))
            (void)service.createTemplate({templateName, 2, 4});
        auto r = service.createVm({templateName, std::nullopt, {}});
        return r.value();
    }
    Result<Vm> start(const QString &id)
    {
        Waiter<Vm> w;
        service.startVm(id, w.callback());
        w.wait();
        return w.result();
    }
    Result<Vm> stop(const QString &id, bool force = false)
    {
        Waiter<Vm> w;
        service.stopVm(id, StopOptions{force, 30}, w.callback());
        w.wait();
        return w.result();
    }
    Result<Disk> disk(qint64 size, std::optional<QString> name = std::nullopt)
    {
        Waiter<Disk> w;
        service.createDisk({size, std::move(name)}, w.callback());
        w.wait();
        return w.result();
    }
    Result<Disk> attach(const QString &diskId, const QString &vmId)
    {
        Waiter<Disk> w;
        service.attachDisk(diskId, vmId, w.callback());
        w.wait();
        return w.result();
    }
};

} // namespace

class TestVmService : public QObject
{
    Q_OBJECT

private:
    QString freshDir() { return m_dir.filePath(QString::number(++m_counter)); }
    QTemporaryDir m_dir;
    int m_counter = 0;

    // Another connection to the same database adds a trigger that makes writes to `table` fail,
    // as a full disk or a broken file would.
    static void breakWrites(const QString &dbPath, const QString &table, const QString &operation)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
            db.setDatabaseName(dbPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER sabotage BEFORE %1 ON %2 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
                                .arg(operation, table)),
                     qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    }

private Q_SLOTS:
    void aFailedWriteChangesNothingVisible()
    {
        const QString dir = freshDir();
        Fixture f(dir);
        const Vm vm = f.vm();
        breakWrites(dir + QStringLiteral("/states.db"), QStringLiteral("vms"), QStringLiteral("UPDATE"));
        QSignalSpy changed(&f.service, &VmService::vmStateChanged);
        QSignalSpy updated(&f.service, &VmService::vmUpdated);
        const auto started = f.start(vm.id);
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(QStringLiteral("disk on fire")), qPrintable(started.error().message));
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Stopped); // not applied in memory
        QCOMPARE(changed.count(), 0);                               // nor announced
        QCOMPARE(updated.count(), 0);

        // Deleting: the row goes before the files, so a failing row delete keeps both.
        const QString other = dir + QStringLiteral("/other");
        Fixture g(other);
        const Vm doomed = g.vm();
        QVERIFY(g.start(doomed.id).ok());
        QVERIFY(g.stop(doomed.id).ok());
        QDir().mkpath(g.paths.vmDir(doomed.id));
        breakWrites(other + QStringLiteral("/states.db"), QStringLiteral("vms"), QStringLiteral("DELETE"));
        Waiter<Done> w;
        g.service.deleteVm(doomed.id, false, w.callback());
        QVERIFY(w.wait());
        QVERIFY(!w.result().ok());
        QVERIFY(g.service.findVm(doomed.id));
        QVERIFY(QFileInfo::exists(g.paths.vmDir(doomed.id)));
    }

    void templateRules()
    {
        Fixture f(freshDir());
        QSignalSpy created(&f.service, &VmService::templateCreated);
        const auto ok = f.service.createTemplate({QStringLiteral("small"), 2, 4});
        QVERIFY(ok.ok());
        QCOMPARE(created.count(), 1);

        const auto dup = f.service.createTemplate({QStringLiteral("small"), 1, 1});
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, ErrorKind::Conflict);
        QCOMPARE(f.service.findTemplate(QStringLiteral("small"))->cpuCount, 2); // unchanged

        const auto bad = f.service.createTemplate({QStringLiteral("-bad"), 0, 2000});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Invalid);
        QCOMPARE(bad.error().fields.size(), 3);
        QCOMPARE(bad.error().fields.at(1).field, QStringLiteral("cpu_count"));
        QCOMPARE(bad.error().fields.at(2).type, QStringLiteral("less_than_equal"));
        QCOMPARE(f.service.templates().size(), 1);
        QCOMPARE(created.count(), 1);
    }

    void templateInUseCannotBeDeleted()
    {
        Fixture f(freshDir());
        const Vm vm = f.vm();
        const auto refused = f.service.deleteTemplate(QStringLiteral("small"));
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY(refused.error().message.contains(vm.name));
        QCOMPARE(f.service.deleteTemplate(QStringLiteral("nope")).error().kind, ErrorKind::NotFound);
        Waiter<Done> w;
        f.service.deleteVm(vm.id, false, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result().ok());
        QVERIFY(f.service.deleteTemplate(QStringLiteral("small")).ok());
        QVERIFY(f.service.templates().isEmpty());
    }

    void vmCreationCopiesTemplateAndNamesUniquely()
    {
        Fixture f(freshDir());
        QVERIFY(f.service.createTemplate({QStringLiteral("big"), 8, 32}).ok());
        const auto a = f.service.createVm({QStringLiteral("big"), std::nullopt, {}});
        const auto b = f.service.createVm({QStringLiteral("big"), std::nullopt, {}});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().cpuCount, 8);
        QCOMPARE(a.value().ramAmount, 32);
        QCOMPARE(a.value().state, VmState::Stopped);
        QVERIFY(a.value().name != b.value().name);
        QVERIFY(isCanonicalId(a.value().id));

        QCOMPARE(f.service.createVm({QStringLiteral("none"), std::nullopt, {}}).error().kind, ErrorKind::NotFound);
        QVERIFY(f.service.createVm({QStringLiteral("big"), QStringLiteral("web"), {}}).ok());
        QCOMPARE(f.service.createVm({QStringLiteral("big"), QStringLiteral("web"), {}}).error().kind, ErrorKind::Conflict);
        QCOMPARE(f.service.createVm({QStringLiteral("big"), QStringLiteral("../x"), {}}).error().kind, ErrorKind::Invalid);
        QCOMPARE(f.service.vms().size(), 3);
    }

    void pauseAndResume()
    {
        Fixture f(freshDir(), 20);
        const Vm vm = f.vm();
        auto run = [&](bool pause) {
            Waiter<Vm> w;
            pause ? f.service.pauseVm(vm.id, w.callback()) : f.service.resumeVm(vm.id, w.callback());
            w.wait();
            return w.result();
        };
        // Only a running VM pauses, only a paused one resumes; the refusal says why.
        const Result<Vm> notRunning = run(true);
        QCOMPARE(notRunning.error().kind, ErrorKind::Conflict);
        QVERIFY2(notRunning.error().message.contains(QLatin1String("cannot be paused: it is stopped")), qPrintable(notRunning.error().message));
        QCOMPARE(run(false).error().kind, ErrorKind::Conflict);
        QVERIFY(f.start(vm.id).ok());
        QCOMPARE(run(false).error().kind, ErrorKind::Conflict);
        // While a pause is in flight, other operations on the VM wait their turn (409).
        Waiter<Vm> pausing;
        f.service.pauseVm(vm.id, pausing.callback());
        QCOMPARE(f.stop(vm.id).error().kind, ErrorKind::Conflict);
        QVERIFY(pausing.wait());
        QCOMPARE(pausing.result().value().state, VmState::Paused);
        {
            // Written through: a fresh load of the database says paused.
            StateStore again(f.paths.root() + QStringLiteral("/states.db"));
            QVERIFY(again.open());
            StateStore::Snapshot snapshot;
            QVERIFY(again.loadAll(&snapshot));
            QCOMPARE(snapshot.vms.first().state, VmState::Paused);
        }
        QCOMPARE(run(true).error().kind, ErrorKind::Conflict);
        const Result<Vm> resumed = run(false);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed.value().state, VmState::Running);
        // A paused VM can be stopped and restarted.
        QVERIFY(run(true).ok());
        Waiter<Vm> restart;
        f.service.restartVm(vm.id, StopOptions{}, restart.callback());
        QVERIFY(restart.wait());
        QCOMPARE(restart.result().value().state, VmState::Running);
        QVERIFY(run(true).ok());
        QVERIFY(f.stop(vm.id).ok());
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Stopped);
    }

    void lifecycleStateMachine()
    {
        Fixture f(freshDir());
        const Vm vm = f.vm();
        QSignalSpy transitions(&f.service, &VmService::vmStateChanged);

        QCOMPARE(f.stop(vm.id).error().kind, ErrorKind::Conflict); // stopped: cannot stop
        const auto started = f.start(vm.id);
        QVERIFY(started.ok());
        QCOMPARE(started.value().state, VmState::Running);
        QCOMPARE(f.start(vm.id).error().kind, ErrorKind::Conflict); // running: cannot start

        Waiter<Vm> restart;
        f.service.restartVm(vm.id, StopOptions{}, restart.callback());
        QVERIFY(restart.wait());
        QVERIFY(restart.result().ok());
        QCOMPARE(restart.result().value().state, VmState::Running);

        QVERIFY(f.stop(vm.id).ok());
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Stopped);

        QList<QPair<VmState, VmState>> seen;
        for (const auto &args : transitions)
            seen.append({args.at(1).value<VmState>(), args.at(2).value<VmState>()});
        const QList<QPair<VmState, VmState>> expected = {
            {VmState::Stopped, VmState::Starting}, {VmState::Starting, VmState::Running},   // start
            {VmState::Running, VmState::Stopping}, {VmState::Stopping, VmState::Stopped},   // restart: stop
            {VmState::Stopped, VmState::Starting}, {VmState::Starting, VmState::Running},   // restart: start
            {VmState::Running, VmState::Stopping}, {VmState::Stopping, VmState::Stopped}};  // stop
        QCOMPARE(seen, expected);
        QCOMPARE(f.start(newId()).error().kind, ErrorKind::NotFound);
    }

    void aForcedStopOvertakingAGracefulOneKeepsTheVmBusyUntilBothAnswer()
    {
        // Seen in tst_faults under load: the graceful stop answered first and cleared the busy
        // mark, a start began, and the forced stop's late answer recorded the starting VM as stopped.
        struct HeldStops : DryRunOperator
        {
            using DryRunOperator::DryRunOperator;
            QList<Callback<Done>> held;
            void stop(const Vm &, const StopOptions &, Callback<Done> done) override { held.append(std::move(done)); }
        };
        const QString dir = freshDir();
        QDir().mkpath(dir + QStringLiteral("/vms"));
        StoragePaths paths(dir);
        StateStore store(dir + QStringLiteral("/states.db"));
        QVERIFY(store.open());
        HeldStops op(paths, 0);
        VmService service(store, op);
        QVERIFY(service.load());
        (void)service.createTemplate({QStringLiteral("small"), 1, 1});
        const Vm vm = service.createVm({QStringLiteral("small"), QStringLiteral("held"), {}}).value();
        Waiter<Vm> started;
        service.startVm(vm.id, started.callback());
        QVERIFY(started.wait() && started.result().ok());

        Waiter<Vm> graceful, forced, startMeanwhile;
        service.stopVm(vm.id, StopOptions{false, 30}, graceful.callback());
        service.stopVm(vm.id, StopOptions{true, 30}, forced.callback()); // escalation
        QCOMPARE(op.held.size(), 2);
        op.held.takeFirst()(Done{});
        QVERIFY(graceful.wait() && graceful.result().ok());
        QCOMPARE(service.findVm(vm.id)->state, VmState::Stopped);
        // The forced stop has not answered: the VM is still busy.
        QVERIFY(service.isVmBusy(vm.id));
        service.startVm(vm.id, startMeanwhile.callback());
        QVERIFY(startMeanwhile.wait());
        QCOMPARE(startMeanwhile.result().error().kind, ErrorKind::Conflict);
        op.held.takeFirst()(Done{});
        QVERIFY(forced.wait() && forced.result().ok());
        QVERIFY(!service.isVmBusy(vm.id));
        QCOMPARE(service.findVm(vm.id)->state, VmState::Stopped);
    }

    void theLastChangeOfAnOperationSeesTheVmIdle()
    {
        // The window enables its actions on `changed`: the last one of a start must come after the
        // VM's busy mark is gone (CI saw Pause stay disabled after a start).
        Fixture f(freshDir());
        const Vm vm = f.vm();
        QList<bool> busyAtChange;
        QList<QString> operations;
        connect(&f.service, &VmService::changed, this, [&] { busyAtChange << f.service.isVmBusy(vm.id); });
        connect(&f.service, &VmService::vmOperationChanged, this, [&](const QString &, const QString &operation) { operations << operation; });
        QVERIFY(f.start(vm.id).ok());
        QVERIFY(!busyAtChange.isEmpty());
        QCOMPARE(busyAtChange.last(), false);
        QCOMPARE(operations, (QList<QString>{QStringLiteral("start"), QString()}));
        busyAtChange.clear();
        QVERIFY(f.stop(vm.id).ok());
        QCOMPARE(busyAtChange.last(), false);
        QCOMPARE(f.service.vmOperation(vm.id), QString());
    }

    void stopTimeoutIsValidated()
    {
        Fixture f(freshDir());
        const Vm vm = f.vm();
        QVERIFY(f.start(vm.id).ok());
        Waiter<Vm> w;
        f.service.stopVm(vm.id, StopOptions{false, 0}, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result().error().kind, ErrorKind::Invalid);
        QCOMPARE(w.result().error().fields.first().field, QStringLiteral("timeout"));
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Running);
    }

    void busyVmRefusesOtherOperations()
    {
        Fixture f(freshDir(), 200);
        const Vm vm = f.vm();
        Waiter<Vm> starting;
        f.service.startVm(vm.id, starting.callback());
        QCOMPARE(f.service.findVm(vm.id)->state, VmState::Starting);
        Waiter<Vm> second;
        f.service.startVm(vm.id, second.callback());
        QVERIFY(second.done());
        QCOMPARE(second.result().error().kind, ErrorKind::Conflict);
        Waiter<Done> del;
        f.service.deleteVm(vm.id, true, del.callback());
        QCOMPARE(del.result().error().kind, ErrorKind::Conflict);
        QVERIFY(starting.wait());
        QVERIFY(starting.result().ok());
        QVERIFY(f.service.findVm(vm.id));
    }

    void deleteRunningNeedsForceAndDetachesDisks()
    {
        Fixture f(freshDir());
        const Vm vm = f.vm();
        const auto disk = f.disk(10, QStringLiteral("data"));
        QVERIFY(disk.ok());
        QVERIFY(f.attach(disk.value().id, vm.id).ok());
        QVERIFY(f.start(vm.id).ok());
        QDir().mkpath(f.paths.vmDir(vm.id));

        Waiter<Done> refused;
        f.service.deleteVm(vm.id, false, refused.callback());
        QVERIFY(refused.wait());
        QCOMPARE(refused.result().error().kind, ErrorKind::Conflict);
        QVERIFY(f.service.findVm(vm.id));

        QSignalSpy detached(&f.service, &VmService::diskDetached);
        QSignalSpy deleted(&f.service, &VmService::vmDeleted);
        Waiter<Done> forced;
        f.service.deleteVm(vm.id, true, forced.callback());
        QVERIFY(forced.wait());
        QVERIFY(forced.result().ok());
        QVERIFY(!f.service.findVm(vm.id));
        QVERIFY(!QDir(f.paths.vmDir(vm.id)).exists());
        QCOMPARE(detached.count(), 1);
        QCOMPARE(deleted.count(), 1);
        QVERIFY(f.service.findDisk(disk.value().id));
        QVERIFY(!f.service.findDisk(disk.value().id)->isAttached());
    }

    void deletingAVmInErrorStopsItFirst()
    {
        Fixture f(freshDir());
        const Vm vm = f.vm();
        f.service.correctVmState(vm.id, VmState::Error, QStringLiteral("root disk missing: /x"));
        QSignalSpy transitions(&f.service, &VmService::vmStateChanged);
        Waiter<Done> w;
        f.service.deleteVm(vm.id, false, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result().ok());
        QVERIFY(!f.service.findVm(vm.id));
        // Through stopping, so the operator was asked to make sure no QEMU is left.
        QCOMPARE(transitions.first().at(2).value<VmState>(), VmState::Stopping);
    }

    void diskRules()
    {
        Fixture f(freshDir());
        QCOMPARE(f.disk(0).error().kind, ErrorKind::Invalid);
        QCOMPARE(f.disk(65537).error().kind, ErrorKind::Invalid);
        QVERIFY(f.disk(65536, QStringLiteral("huge")).ok());
        QCOMPARE(f.disk(1, QStringLiteral("huge")).error().kind, ErrorKind::Conflict);
        QCOMPARE(f.service.disks().size(), 1);

        const Vm a = f.vm();
        const Vm b = f.vm();
        const QString diskId = f.service.disks().first().id;
        QCOMPARE(f.attach(diskId, newId()).error().kind, ErrorKind::NotFound);
        QCOMPARE(f.attach(newId(), a.id).error().kind, ErrorKind::NotFound);
        QVERIFY(f.attach(diskId, a.id).ok());
        const auto again = f.attach(diskId, b.id);
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QCOMPARE(f.service.findDisk(diskId)->vmId, a.id);
        QCOMPARE(f.service.disksOfVm(a.id).size(), 1);

        Waiter<Done> del;
        f.service.deleteDisk(diskId, del.callback());
        QVERIFY(del.wait());
        QCOMPARE(del.result().error().kind, ErrorKind::Conflict);

        Waiter<Disk> detach;
        f.service.detachDisk(diskId, detach.callback());
        QVERIFY(detach.wait());
        QVERIFY(detach.result().ok());
        Waiter<Disk> detachAgain;
        f.service.detachDisk(diskId, detachAgain.callback());
        QVERIFY(detachAgain.wait());
        QCOMPARE(detachAgain.result().error().kind, ErrorKind::Conflict);

        Waiter<Done> del2;
        f.service.deleteDisk(diskId, del2.callback());
        QVERIFY(del2.wait());
        QVERIFY(del2.result().ok());
        QVERIFY(f.service.disks().isEmpty());
    }

    void hotplugOnRunningVm()
    {
        Fixture f(freshDir());
        const Vm vm = f.vm();
        QVERIFY(f.start(vm.id).ok());
        const auto disk = f.disk(5);
        QSignalSpy attached(&f.service, &VmService::diskAttached);
        QVERIFY(f.attach(disk.value().id, vm.id).ok());
        QCOMPARE(attached.count(), 1);
        QCOMPARE(attached.first().at(1).toString(), vm.id);
    }

    void stateSurvivesReloadAndTransitionalStatesAreNotTrusted()
    {
        const QString dir = freshDir();
        QString runningId, startingId;
        {
            Fixture f(dir, 50);
            const Vm running = f.vm();
            runningId = running.id;
            QVERIFY(f.start(runningId).ok());
            const Vm starting = f.vm();
            startingId = starting.id;
            Waiter<Vm> w;
            f.service.startVm(startingId, w.callback()); // "crash" before it finishes
            QCOMPARE(f.service.findVm(startingId)->state, VmState::Starting);
        }
        Fixture f(dir);
        QCOMPARE(f.service.vms().size(), 2);
        QCOMPARE(f.service.findVm(runningId)->state, VmState::Running);
        const Vm stale = *f.service.findVm(startingId);
        QCOMPARE(stale.state, VmState::Error);
        QVERIFY(stale.stateDetail.contains(QStringLiteral("starting")));
        // A VM in error can be started again.
        QVERIFY(f.start(startingId).ok());
    }

    // Editing a VM: the creation rules, what a running VM allows, all or nothing, and it lasts.
    void editingAVm()
    {
        const QString dir = freshDir();
        QString id;
        {
            Fixture f(dir);
            const Vm vm = f.vm();
            id = vm.id;
            const Vm other = f.vm();
            auto update = [&](const VmPatch &patch) {
                Waiter<Vm> w;
                f.service.updateVm(id, patch, w.callback());
                w.wait();
                return w.result();
            };
            VmPatch patch;
            patch.name = QStringLiteral("renamed");
            patch.cpuCount = std::optional<qint64>(4);
            patch.ramAmount = std::optional<qint64>(8);
            patch.ports = QList<PortSpec>{{8080, 80}};
            patch.boot = std::optional<QStringList>(QStringList{QStringLiteral("cdrom"), QStringLiteral("disk")});
            patch.diskSize = 20;
            patch.readyMarker = QStringLiteral("login:");
            QSignalSpy settings(&f.service, &VmService::vmSettingsChanged);
            auto r = update(patch);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r.value().name, QStringLiteral("renamed"));
            QCOMPARE(r.value().cpuCount, 4);
            QCOMPARE(r.value().ramAmount, 8);
            QCOMPARE(r.value().templateName, QStringLiteral("small"));
            QCOMPARE(r.value().ports.size(), 1);
            QCOMPARE(r.value().bootOrder, (QList<BootDevice>{BootDevice::Cdrom, BootDevice::Disk}));
            QCOMPARE(r.value().diskSize, 20);
            QCOMPARE(settings.size(), 1);
            QCOMPARE(settings.at(0).at(1).toStringList(),
                     (QStringList{"name", "cpu_count", "ram_amount", "ports", "boot", "disk_size", "ready_marker"}));
            QVERIFY(f.service.findVm(id)); // the name index follows
            QVERIFY(!f.service.validateVmChange(id, VmPatch{QStringLiteral("vm-free")}).has_value());

            // Refused, and nothing changes: each kind of mistake.
            const quint64 revision = f.service.revision();
            VmPatch bad;
            bad.cpuCount = std::optional<qint64>(0);
            QCOMPARE(update(bad).error().kind, ErrorKind::Invalid);
            bad = VmPatch{};
            bad.diskSize = 19; // shrinking
            QCOMPARE(update(bad).error().kind, ErrorKind::Invalid);
            QVERIFY(update(bad).error().fields.value(0).message.contains(QStringLiteral("only grow")));
            bad = VmPatch{};
            bad.name = other.name;
            QCOMPARE(update(bad).error().kind, ErrorKind::Conflict);
            Waiter<Vm> w2;
            VmPatch takePort;
            takePort.ports = QList<PortSpec>{{8080, 22}};
            f.service.updateVm(other.id, takePort, w2.callback());
            QVERIFY(w2.wait());
            QCOMPARE(w2.result().error().kind, ErrorKind::Conflict); // 8080 is this VM's
            bad = VmPatch{};
            bad.ports = QList<PortSpec>{{8080, 8080}}; // its own forward, changed: fine
            QVERIFY(update(bad).ok());
            QVERIFY(f.service.revision() > revision);

            // Back to the template's size.
            VmPatch reset;
            reset.cpuCount = std::optional<qint64>();
            r = update(reset);
            QCOMPARE(r.value().cpuCount, 2);
            QCOMPARE(r.value().ramAmount, 8);

            // Running: size, ports and boot order need a stop (unless unchanged); the rest is live.
            QVERIFY(f.start(id).ok());
            VmPatch live;
            live.cpuCount = std::optional<qint64>(3);
            live.ports = QList<PortSpec>{};
            r = update(live);
            QCOMPARE(r.error().kind, ErrorKind::Conflict);
            QVERIFY2(r.error().message.contains(QStringLiteral("cpu_count, ports")), qPrintable(r.error().message));
            live.cpuCount = std::optional<qint64>(2); // as it is
            live.ports = std::nullopt;
            live.name = QStringLiteral("live-name");
            live.diskSize = 30;
            r = update(live);
            QVERIFY(r.ok());
            QCOMPARE(r.value().state, VmState::Running);
            QCOMPARE(r.value().diskSize, 30);
            QCOMPARE(r.value().name, QStringLiteral("live-name"));
        }
        Fixture f(dir);
        const Vm reloaded = *f.service.findVm(id);
        QCOMPARE(reloaded.name, QStringLiteral("live-name"));
        QCOMPARE(reloaded.ramAmount, 8);
        QCOMPARE(reloaded.diskSize, 30);
        QCOMPARE(reloaded.ports, (QList<PortForward>{{QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), 8080, 8080}}));
        QCOMPARE(reloaded.readyMarker, QStringLiteral("login:"));
    }

    void growingADataDisk()
    {
        Fixture f(freshDir());
        const Disk disk = f.disk(2).value();
        auto resize = [&](qint64 size) {
            Waiter<Disk> w;
            f.service.resizeDisk(disk.id, size, w.callback());
            w.wait();
            return w.result();
        };
        QCOMPARE(resize(1).error().kind, ErrorKind::Invalid);
        QCOMPARE(resize(0).error().kind, ErrorKind::Invalid);
        QCOMPARE(resize(rules::kDiskGibMax + 1).error().kind, ErrorKind::Invalid);
        QCOMPARE(resize(2).value().size, 2); // no change
        QSignalSpy resized(&f.service, &VmService::diskResized);
        QCOMPARE(resize(5).value().size, 5);
        QCOMPARE(resized.size(), 1);
        QCOMPARE(f.service.findDisk(disk.id)->size, 5);
    }

    // Snapshots in the core: what each state allows, the disk set, sizes coming back, persistence.
    void snapshots()
    {
        const QString dir = freshDir();
        QString id;
        {
            Fixture f(dir);
            const Vm vm = f.vm();
            id = vm.id;
            auto take = [&](std::optional<QString> name) {
                Waiter<VmSnapshot> w;
                f.service.createSnapshot(id, SnapshotSpec{std::move(name), QStringLiteral("before the upgrade")}, w.callback());
                w.wait();
                return w.result();
            };
            auto revert = [&](const QString &name) {
                Waiter<Vm> w;
                f.service.revertSnapshot(id, name, w.callback());
                w.wait();
                return w.result();
            };
            auto remove = [&](const QString &name) {
                Waiter<Done> w;
                f.service.deleteSnapshot(id, name, w.callback());
                w.wait();
                return w.result();
            };
            QSignalSpy created(&f.service, &VmService::vmSnapshotCreated);
            // Stopped: disks only.
            auto r = take(QStringLiteral("cold"));
            QVERIFY(r.ok());
            QVERIFY(!r.value().withMemory);
            QCOMPARE(r.value().disks, QStringList{VmSnapshot::kRootDisk});
            QCOMPARE(r.value().cpuCount, 2);
            QCOMPARE(created.size(), 1);
            QCOMPARE(take(QStringLiteral("cold")).error().kind, ErrorKind::Conflict); // names are unique per VM
            QCOMPARE(take(QStringLiteral("bad name!")).error().kind, ErrorKind::Invalid);
            QCOMPARE(f.service.validateSnapshot(id, SnapshotSpec{std::nullopt, QString(1001, QLatin1Char('x'))})->kind, ErrorKind::Invalid);
            // Running: with memory; a generated name.
            QVERIFY(f.start(id).ok());
            r = take(std::nullopt);
            QVERIFY(r.ok());
            QVERIFY(r.value().withMemory);
            QCOMPARE(r.value().name, QStringLiteral("snapshot-2"));
            // A disk-only snapshot needs a stopped VM to come back; one with memory reverts live.
            QCOMPARE(revert(QStringLiteral("cold")).error().kind, ErrorKind::Conflict);
            auto reverted = revert(QStringLiteral("snapshot-2"));
            QVERIFY(reverted.ok());
            QCOMPARE(reverted.value().state, VmState::Running);
            QCOMPARE(revert(QStringLiteral("none")).error().kind, ErrorKind::NotFound);
            // A disk attached since: the set differs, named in the refusal.
            const Disk disk = f.disk(1, QStringLiteral("extra")).value();
            QVERIFY(f.attach(disk.id, id).ok());
            auto refused = revert(QStringLiteral("snapshot-2"));
            QCOMPARE(refused.error().kind, ErrorKind::Conflict);
            QVERIFY2(refused.error().message.contains(QStringLiteral("disk 'extra'")), qPrintable(refused.error().message));
            r = take(QStringLiteral("with-extra"));
            QCOMPARE(r.value().disks, (QStringList{VmSnapshot::kRootDisk, disk.id}));
            QVERIFY(f.stop(id, true).ok());
            // Stopped, sizes changed since: reverting a disk-only snapshot brings its size back.
            VmPatch bigger;
            bigger.cpuCount = std::optional<qint64>(6);
            Waiter<Vm> w;
            f.service.updateVm(id, bigger, w.callback());
            QVERIFY(w.wait() && w.result().ok());
            QCOMPARE(revert(QStringLiteral("cold")).error().kind, ErrorKind::Conflict); // "extra" is attached now
            Waiter<Disk> detached;
            f.service.detachDisk(disk.id, detached.callback());
            QVERIFY(detached.wait() && detached.result().ok());
            reverted = revert(QStringLiteral("cold"));
            QVERIFY(reverted.ok());
            QCOMPARE(reverted.value().cpuCount, 2);
            QCOMPARE(reverted.value().state, VmState::Stopped);
            // A snapshot with memory on a stopped VM starts it and loads it.
            reverted = revert(QStringLiteral("snapshot-2"));
            QVERIFY(reverted.ok());
            QCOMPARE(reverted.value().state, VmState::Running);
            QVERIFY(remove(QStringLiteral("cold")).ok());
            QCOMPARE(remove(QStringLiteral("cold")).error().kind, ErrorKind::NotFound);
            QCOMPARE(f.service.snapshots(id).size(), 2);
        }
        Fixture f(dir);
        const QList<VmSnapshot> kept = f.service.snapshots(id);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).name, QStringLiteral("snapshot-2"));
        QVERIFY(kept.at(0).withMemory);
        QCOMPARE(kept.at(0).description, QStringLiteral("before the upgrade"));
        QCOMPARE(kept.at(1).disks.size(), 2);
        // Deleting the VM forgets them (their images go with its files).
        QVERIFY(f.stop(id, true).ok());
        Waiter<Done> deleted;
        f.service.deleteVm(id, false, deleted.callback());
        QVERIFY(deleted.wait() && deleted.result().ok());
        QVERIFY(f.service.snapshots(id).isEmpty());
        Fixture again(dir);
        QVERIFY(again.service.snapshots(id).isEmpty());
    }

    // Cloning a stopped VM: a new VM at once, its disks copied in the background, both busy
    // meanwhile; a copy that fails removes the clone again.
    void cloning()
    {
        Fixture f(freshDir(), 20);
        VmSpec spec{QStringLiteral("small"), QStringLiteral("source"), {{18022, 22}}};
        (void)f.service.createTemplate({QStringLiteral("small"), 2, 4});
        const Vm source = f.service.createVm(spec).value();
        const Disk data = f.disk(3, QStringLiteral("data")).value();
        QVERIFY(f.attach(data.id, source.id).ok());
        QVERIFY(f.start(source.id).ok());
        QCOMPARE(f.service.cloneVm(source.id, {}).error().kind, ErrorKind::Conflict); // running
        QVERIFY(f.stop(source.id, true).ok());
        QCOMPARE(f.service.cloneVm(newId(), {}).error().kind, ErrorKind::NotFound);
        QCOMPARE(f.service.cloneVm(source.id, CloneSpec{QStringLiteral("bad name!")}).error().kind, ErrorKind::Invalid);
        QCOMPARE(f.service.cloneVm(source.id, CloneSpec{QStringLiteral("source")}).error().kind, ErrorKind::Conflict);

        QSignalSpy cloned(&f.service, &VmService::vmCloned);
        QSignalSpy progress(&f.service, &VmService::vmCloneProgress);
        const Result<Vm> started = f.service.cloneVm(source.id, CloneSpec{std::nullopt, false, true});
        QVERIFY(started.ok());
        const Vm clone = started.value();
        QCOMPARE(clone.name, QStringLiteral("source-clone"));
        QVERIFY(clone.id != source.id);
        QVERIFY(clone.stateDetail.contains(QStringLiteral("being cloned")));
        QVERIFY(clone.ports.isEmpty());
        QCOMPARE(clone.cpuCount, source.cpuCount);
        QCOMPARE(clone.templateName, source.templateName);
        // Both are busy until the copy is done.
        QCOMPARE(f.start(source.id).error().kind, ErrorKind::Conflict);
        QCOMPARE(f.start(clone.id).error().kind, ErrorKind::Conflict);
        QVERIFY(cloned.wait(5000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(3).toDouble(), 100.0);
        const Vm done = *f.service.findVm(clone.id);
        QVERIFY(done.stateDetail.isEmpty());
        const QList<Disk> copies = f.service.disksOfVm(clone.id);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.at(0).name, QStringLiteral("data-source-clone"));
        QCOMPARE(copies.at(0).size, 3);
        QCOMPARE(f.service.disksOfVm(source.id).size(), 1); // the source keeps its own
        QVERIFY(f.start(clone.id).ok());
        QVERIFY(f.start(source.id).ok());
        QVERIFY(f.stop(source.id, true).ok());
        // A second clone gets a numbered name; a linked clone of a VM with snapshots is refused.
        QVERIFY(f.service.cloneVm(source.id, {}).ok());
        QVERIFY(cloned.wait(5000));
        const QList<Vm> all = f.service.vms();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const Vm &vm) { return vm.name == QLatin1String("source-clone-2"); }));
        Waiter<VmSnapshot> snap;
        f.service.createSnapshot(source.id, {}, snap.callback());
        QVERIFY(snap.wait() && snap.result().ok());
        QCOMPARE(f.service.cloneVm(source.id, CloneSpec{std::nullopt, true}).error().kind, ErrorKind::Conflict);
    }

    void aCloneThatCannotBeCopiedIsRemoved()
    {
        struct FailingCopies : DryRunOperator
        {
            using DryRunOperator::DryRunOperator;
            void copyDiskImage(const Disk &, const Disk &, std::function<void(double)>, Callback<Done> done) override
            {
                QTimer::singleShot(10, [done] { done(ServiceError::failed(QStringLiteral("No space left on device"))); });
            }
        };
        const QString dir = freshDir();
        QDir().mkpath(dir + QStringLiteral("/vms"));
        StoragePaths paths(dir);
        StateStore store(dir + QStringLiteral("/states.db"));
        QVERIFY(store.open());
        FailingCopies op(paths, 0);
        VmService service(store, op);
        QVERIFY(service.load());
        (void)service.createTemplate({QStringLiteral("small"), 1, 1});
        const Vm source = service.createVm({QStringLiteral("small"), QStringLiteral("source"), {}}).value();
        Waiter<Disk> disk;
        service.createDisk({1, QStringLiteral("data")}, disk.callback());
        QVERIFY(disk.wait());
        Waiter<Disk> attached;
        service.attachDisk(disk.result().value().id, source.id, attached.callback());
        QVERIFY(attached.wait());
        QSignalSpy failed(&service, &VmService::vmCloneFailed);
        QSignalSpy deleted(&service, &VmService::vmDeleted);
        const Vm clone = service.cloneVm(source.id, CloneSpec{std::nullopt, false, true}).value();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.at(0).at(2).toString().contains(QStringLiteral("No space left")));
        QVERIFY(QTest::qWaitFor([&] { return !service.findVm(clone.id); }, 5000));
        QCOMPARE(service.vms().size(), 1);
        QCOMPARE(service.disks().size(), 1); // no half-made copy left
        QVERIFY(!service.isVmBusy(source.id));
        StateStore::Snapshot stored;
        QVERIFY(store.loadAll(&stored));
        QCOMPARE(stored.vms.size(), 1);
    }

    void revisionChangesOnEveryChange()
    {
        Fixture f(freshDir());
        const quint64 r0 = f.service.revision();
        QVERIFY(f.service.createTemplate({QStringLiteral("t"), 1, 1}).ok());
        const quint64 r1 = f.service.revision();
        QVERIFY(r1 > r0);
        QVERIFY(!f.service.createTemplate({QStringLiteral("t"), 1, 1}).ok());
        QCOMPARE(f.service.revision(), r1); // a refused request changes nothing
    }
};

QTEST_GUILESS_MAIN(TestVmService)
#include "tst_vmservice.moc"
