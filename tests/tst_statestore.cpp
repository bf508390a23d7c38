// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite store: schema and migrations, round trips, references, transactions, and a crash
// in the middle of a transaction.
#include "StateStore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vman;

namespace {

Vm makeVm(const QString &name, const QString &templateName)
{
    Vm vm;
    vm.id = newId();
    vm.name = name;
    vm.templateName = templateName;
    vm.cpuCount = 2;
    vm.ramAmount = 4;
    vm.createdAt = vm.updatedAt = nowUtc();
    return vm;
}

Disk makeDisk(const QString &name, qint64 size)
{
    Disk disk;
    disk.id = newId();
    disk.name = name;
    disk.size = size;
    disk.createdAt = disk.updatedAt = nowUtc();
    return disk;
}

int runHelper(const QString &db, const QString &mode)
{
    QProcess helper;
    helper.start(QStringLiteral(STORE_CRASH_HELPER), {db, mode});
    if (!helper.waitForFinished(30000))
        return -1;
    return helper.exitStatus() == QProcess::CrashExit ? 9 : helper.exitCode();
}

} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each test gets a fresh folder: a leftover -wal file would otherwise replay into the next.
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(QStringLiteral("t%1/states.db").arg(++m_counter)); }

    void createsSchemaWithWalAndVersion()
    {
        StateStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), StateStore::latestSchemaVersion());
        QVERIFY(StateStore::latestSchemaVersion() >= 1);
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        store.close();
        QVERIFY(QFile::exists(m_path));

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
            QStringList tables;
            while (q.next())
                tables << q.value(0).toString();
            QCOMPARE(tables, QStringList({"access_tokens", "disk_attachments", "disks", "images", "pairing_codes", "templates", "vm_ports", "vm_snapshots", "vms"}));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    }

    void reopenDoesNotMigrateAgainAndRefusesNewerSchema()
    {
        {
            StateStore store(m_path);
            QVERIFY(store.open());
            QVERIFY(store.insertTemplate({QStringLiteral("keep"), 1, 1, nowUtc()}));
        }
        {
            StateStore store(m_path);
            QVERIFY(store.open());
            StateStore::Snapshot snapshot;
            QVERIFY(store.loadAll(&snapshot));
            QCOMPARE(snapshot.templates.size(), 1);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=999"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        StateStore store(m_path);
        QVERIFY(!store.open());
        QVERIFY2(store.lastError().contains(QStringLiteral("999")), qPrintable(store.lastError()));
    }

    void roundTrip()
    {
        StateStore store(m_path);
        QVERIFY(store.open());
        const Template t{QStringLiteral("small"), 2, 4, nowUtc()};
        QVERIFY(store.insertTemplate(t));
        Vm vm = makeVm(QStringLiteral("web"), t.name);
        QVERIFY(store.insertVm(vm));
        vm.state = VmState::Running;
        vm.stateDetail = QStringLiteral("detail");
        vm.updatedAt = nowUtc().addSecs(5);
        QVERIFY(store.updateVm(vm));
        const Disk disk = makeDisk(QStringLiteral("data"), 20);
        QVERIFY(store.insertDisk(disk));
        const QDateTime attachedAt = nowUtc();
        QVERIFY(store.attachDisk(disk.id, vm.id, attachedAt));

        StateStore::Snapshot s;
        QVERIFY(store.loadAll(&s));
        QCOMPARE(s.templates.size(), 1);
        QCOMPARE(s.templates.first().name, t.name);
        QCOMPARE(s.templates.first().createdAt, t.createdAt);
        QCOMPARE(s.vms.size(), 1);
        QCOMPARE(s.vms.first().id, vm.id);
        QCOMPARE(s.vms.first().state, VmState::Running);
        QCOMPARE(s.vms.first().stateDetail, QStringLiteral("detail"));
        QCOMPARE(s.vms.first().updatedAt, vm.updatedAt);
        QCOMPARE(s.vms.first().cpuCount, 2);
        QCOMPARE(s.disks.size(), 1);
        QCOMPARE(s.disks.first().vmId, vm.id);
        QCOMPARE(s.disks.first().attachedAt, attachedAt);
        QCOMPARE(s.disks.first().size, qint64(20));

        QVERIFY(store.detachDisk(disk.id, nowUtc()));
        QVERIFY(store.loadAll(&s));
        QVERIFY(s.disks.first().vmId.isEmpty());
        QVERIFY(!store.detachDisk(disk.id, nowUtc())); // nothing to detach
    }

    // What VMAN knows of a snapshot survives a restart: every field read back from a new store.
    void snapshotsSurviveARestart()
    {
        VmSnapshot taken;
        {
            StateStore store(m_path);
            QVERIFY(store.open());
            QVERIFY(store.insertTemplate({QStringLiteral("t"), 1, 1, nowUtc()}));
            const Vm vm = makeVm(QStringLiteral("snap"), QStringLiteral("t"));
            QVERIFY(store.insertVm(vm));
            taken.vmId = vm.id;
            taken.name = QStringLiteral("before-upgrade");
            taken.description = QStringLiteral("ünïcode, \"quotes\"");
            taken.createdAt = nowUtc();
            taken.withMemory = true;
            taken.disks = {VmSnapshot::kRootDisk, newId()};
            taken.sizeBytes = qint64(3) << 30;
            taken.cpuCount = 2;
            taken.ramAmount = 4;
            taken.diskSize = 20;
            QVERIFY(store.insertSnapshot(taken));
            QVERIFY(!store.insertSnapshot(taken)); // one name per VM
        }
        StateStore reopened(m_path);
        QVERIFY(reopened.open());
        StateStore::Snapshot s;
        QVERIFY(reopened.loadAll(&s));
        QCOMPARE(s.snapshots.size(), 1);
        const VmSnapshot &read = s.snapshots.first();
        QCOMPARE(read.vmId, taken.vmId);
        QCOMPARE(read.name, taken.name);
        QCOMPARE(read.description, taken.description);
        QCOMPARE(read.createdAt, taken.createdAt);
        QCOMPARE(read.withMemory, true);
        QCOMPARE(read.disks, taken.disks);
        QCOMPARE(read.sizeBytes, taken.sizeBytes);
        QCOMPARE(read.cpuCount, 2);
        QCOMPARE(read.ramAmount, 4);
        QCOMPARE(read.diskSize, 20);
    }

    void referencesAreEnforced()
    {
        StateStore store(m_path);
        QVERIFY(store.open());
        QVERIFY(store.insertTemplate({QStringLiteral("t"), 1, 1, nowUtc()}));
        QVERIFY(!store.insertVm(makeVm(QStringLiteral("orphan"), QStringLiteral("missing-template"))));
        const Vm vm = makeVm(QStringLiteral("a"), QStringLiteral("t"));
        QVERIFY(store.insertVm(vm));
        QVERIFY(!store.insertVm(makeVm(QStringLiteral("a"), QStringLiteral("t")))); // unique name
        QVERIFY(!store.insertTemplate({QStringLiteral("t"), 1, 1, nowUtc()}));      // unique template
        QVERIFY(!store.deleteTemplate(QStringLiteral("t")));                          // used by a VM
        const Disk disk = makeDisk(QStringLiteral("d"), 1);
        QVERIFY(store.insertDisk(disk));
        QVERIFY(store.attachDisk(disk.id, vm.id, nowUtc()));
        QVERIFY(!store.attachDisk(disk.id, vm.id, nowUtc())); // one VM per disk
        QVERIFY(!store.deleteDisk(disk.id));                   // attached
        QVERIFY(!store.lastError().isEmpty());
    }

    void deletingVmDetachesItsDisksAtomically()
    {
        StateStore store(m_path);
        QVERIFY(store.open());
        QVERIFY(store.insertTemplate({QStringLiteral("t"), 1, 1, nowUtc()}));
        const Vm vm = makeVm(QStringLiteral("a"), QStringLiteral("t"));
        QVERIFY(store.insertVm(vm));
        const Disk d1 = makeDisk(QStringLiteral("d1"), 1), d2 = makeDisk(QStringLiteral("d2"), 2);
        QVERIFY(store.insertDisk(d1) && store.insertDisk(d2));
        QVERIFY(store.attachDisk(d1.id, vm.id, nowUtc()) && store.attachDisk(d2.id, vm.id, nowUtc()));
        const QDateTime at = nowUtc().addSecs(60);
        QVERIFY(store.deleteVm(vm.id, at));
        StateStore::Snapshot s;
        QVERIFY(store.loadAll(&s));
        QVERIFY(s.vms.isEmpty());
        QCOMPARE(s.disks.size(), 2);
        for (const Disk &d : s.disks) {
            QVERIFY(d.vmId.isEmpty());
            QCOMPARE(d.updatedAt, at);
        }
        QVERIFY(!store.deleteVm(vm.id, at)); // already gone
        QVERIFY(store.deleteTemplate(QStringLiteral("t")));
    }

    void crashMidTransactionLeavesLastCommit()
    {
        QString vmId;
        {
            StateStore store(m_path);
            QVERIFY(store.open());
            QVERIFY(store.insertTemplate({QStringLiteral("base"), 1, 1, nowUtc()}));
            const Vm vm = makeVm(QStringLiteral("survivor"), QStringLiteral("base"));
            vmId = vm.id;
            QVERIFY(store.insertVm(vm));
            const Disk disk = makeDisk(QStringLiteral("d"), 1);
            QVERIFY(store.insertDisk(disk));
            QVERIFY(store.attachDisk(disk.id, vm.id, nowUtc()));
        }
        QCOMPARE(runHelper(m_path, QStringLiteral("mid-transaction")), 9);

        StateStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        StateStore::Snapshot s;
        QVERIFY(store.loadAll(&s));
        QCOMPARE(s.templates.size(), 1);
        QCOMPARE(s.templates.first().name, QStringLiteral("base"));
        QCOMPARE(s.vms.size(), 1);
        QCOMPARE(s.vms.first().id, vmId);
        QCOMPARE(s.disks.first().vmId, vmId);
        // And the database takes writes again.
        QVERIFY(store.insertTemplate({QStringLiteral("after"), 1, 1, nowUtc()}));
    }

    void crashAfterCommitKeepsTheWrite()
    {
        {
            StateStore store(m_path);
            QVERIFY(store.open());
        }
        QCOMPARE(runHelper(m_path, QStringLiteral("after-commit")), 9);
        StateStore store(m_path);
        QVERIFY(store.open());
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        StateStore::Snapshot s;
        QVERIFY(store.loadAll(&s));
        QCOMPARE(s.templates.size(), 1);
        QCOMPARE(s.templates.first().name, QStringLiteral("committed"));
    }

    void unopenableFileIsReported()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        StateStore store(m_dir.filePath(QStringLiteral("blocker/states.db")));
        QVERIFY(!store.open());
        QVERIFY(store.lastError().contains(QStringLiteral("blocker")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
