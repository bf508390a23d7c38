// SPDX-License-Identifier: GPL-3.0-or-later
// Install media on real QEMU (TCG), through the public API: an OS installed from an ISO onto an
// empty disk and booted from that disk after the eject; the test guest under UEFI (OVMF); a root
// disk of 20 GiB made from the 16 MB image; a CD changed while the VM runs.
#include "HttpClient.h"
#include "QemuOperator.h"
#include "TestRuntime.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vman;

namespace {
constexpr int kBootTimeoutMs = 120000;
constexpr qint64 kGiB = qint64(1) << 30;
} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/vi-XXXXXX")};
    std::unique_ptr<TestRuntime> m_vman;
    QString m_guestImage; // the test guest, imported
    QString m_installer;  // its installer ISO, imported

    HttpClient &http() { return *m_vman->http; }
    QString console(const QByteArray &vm) { return QString::fromUtf8(http().get("/vms/" + vm + "/console?tail=200000").body); }
    QString state(const QByteArray &vm) { return http().get("/vms/" + vm).object().value("state").toString(); }

    bool waitForConsole(const QByteArray &vm, const QString &needle, int ms = kBootTimeoutMs)
    {
        const bool seen = QTest::qWaitFor([&] { return console(vm).contains(needle); }, ms);
        if (!seen)
            qWarning().noquote() << "console of" << vm << "without" << needle << ":\n" << console(vm).right(3000);
        return seen;
    }

    QString importImage(const QString &name, const QString &path)
    {
        const auto r = http().postJson("/images", {{"name", name}, {"path", path}});
        if (r.status != 202)
            return {};
        const QString id = r.object().value("id").toString();
        const bool ready = QTest::qWaitFor([&] { return http().get("/images/" + id.toLatin1()).object().value("state") == QStringLiteral("ready"); }, 30000);
        return ready ? id : QString();
    }

    QByteArray createVm(const QJsonObject &fields)
    {
        QJsonObject body{{"template_name", "tiny"}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            body.insert(it.key(), it.value());
        const auto r = http().postJson("/vms", body);
        if (r.status != 201)
            qWarning().noquote() << "POST /vms" << r.status << r.body;
        return r.object().value("id").toString().toLatin1();
    }

    // QEMU's own view of a VM's block devices, over the operator's QMP connection.
    QJsonArray queryBlock(const QByteArray &vm)
    {
        auto *qemu = qobject_cast<QemuOperator *>(&m_vman->runtime->vmOperator());
        QJsonArray devices;
        bool done = false;
        qemu->connections().execute(QString::fromLatin1(vm), QStringLiteral("query-block"), {}, [&](Result<QJsonValue> r) {
            if (r.ok())
                devices = r.value().toArray();
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return devices;
    }

    QString cdromFile(const QByteArray &vm)
    {
        for (const QJsonValue &device : queryBlock(vm)) {
            const QJsonObject d = device.toObject();
            if (d.value("qdev").toString().contains("cdrom0"))
                return d.value("inserted").toObject().value("file").toString();
        }
        return QStringLiteral("<no cdrom0>");
    }

    void forceStop(const QByteArray &vm) { http().postJson("/vms/" + vm + "/actions/stop", {{"force", true}}); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(VMAN_TEST_GUEST)), "the test guest is missing: run scripts/build_boot_disk.sh");
        QVERIFY2(QFileInfo::exists(QStringLiteral(VMAN_TEST_INSTALLER)), "the installer ISO is missing: run scripts/build_boot_disk.sh");
        Config config;
        config.storagePath = m_dir.filePath("storage");
        config.accel = AccelMode::Tcg;
        m_vman = std::make_unique<TestRuntime>(config);
        QVERIFY(m_vman->ok);
        QCOMPARE(http().postJson("/templates", {{"name", "tiny"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        m_guestImage = importImage("guest", QStringLiteral(VMAN_TEST_GUEST));
        m_installer = importImage("installer", QStringLiteral(VMAN_TEST_INSTALLER));
        QVERIFY(!m_guestImage.isEmpty() && !m_installer.isEmpty());
        QCOMPARE(http().get("/images/" + m_installer.toLatin1()).object().value("format").toString(), QStringLiteral("iso"));
        QVERIFY(http().get("/health").object().value("checks").toObject().value("uefi_firmware").toObject().value("ok").toBool());
    }

    void cleanupTestCase()
    {
        if (!m_vman)
            return;
        for (const QJsonValue &vm : http().get("/vms").array()) {
            if (vm.toObject().value("state").toString() != QLatin1String("stopped"))
                forceStop(vm.toObject().value("id").toString().toLatin1());
        }
    }

    void uefiWithoutFirmwareIsAClearConflict()
    {
        QTemporaryDir empty;
        Config config;
        config.storagePath = m_dir.filePath("no-ovmf");
        config.accel = AccelMode::Tcg;
        config.uefiFirmwareDir = empty.path();
        TestRuntime vman(config);
        QVERIFY(vman.ok);
        QCOMPARE(vman.http->postJson("/templates", {{"name", "tiny"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const auto r = vman.http->postJson("/vms", {{"template_name", "tiny"}, {"firmware", "uefi"}, {"image", QJsonValue::Null}});
        QCOMPARE(r.status, 409);
        QVERIFY2(r.object().value("detail").toString().contains("ovmf"), r.body.constData());
        const QJsonObject uefi = vman.http->get("/health").object().value("checks").toObject().value("uefi_firmware").toObject();
        QCOMPARE(uefi.value("ok").toBool(), false);
        QCOMPARE(uefi.value("required").toBool(), false); // BIOS VMs still work: health is not degraded by it
        QVERIFY(uefi.value("error").toString().contains(empty.path()));
        QCOMPARE(vman.http->postJson("/vms", {{"template_name", "tiny"}, {"firmware", "bios"}}).status, 201);
    }

    void installFromIsoThenBootTheInstalledDisk()
    {
        const QByteArray vm = createVm({{"name", "installed"}, {"cdrom", "installer"}, {"disk_size", 1}});
        QVERIFY(!vm.isEmpty());
        QCOMPARE(http().get("/vms/" + vm).object().value("boot").toArray(), QJsonArray({"cdrom", "disk"}));
        QCOMPARE(http().post("/vms/" + vm + "/actions/start").status, 200);
        QVERIFY(waitForConsole(vm, "VMAN-INSTALLED"));
        // The installer powers the VM off; VMAN sees the QEMU exit.
        QVERIFY(QTest::qWaitFor([&] { return state(vm) == QStringLiteral("stopped"); }, 30000));
        const auto ejected = http().del("/vms/" + vm + "/cdrom");
        QCOMPARE(ejected.status, 200);
        QCOMPARE(ejected.object().value("cdrom"), QJsonValue());
        QCOMPARE(http().post("/vms/" + vm + "/actions/start").status, 200);
        QVERIFY(waitForConsole(vm, "VMAN-GUEST-READY"));
        QVERIFY(!console(vm).contains("VMAN-INSTALLER-STARTED")); // booted from its disk this time
        QVERIFY(console(vm).contains("VMAN-DISK-PRESENT vda serial= sectors=2097152"));
        forceStop(vm);
    }

    void theGuestBootsUnderUefi()
    {
        const QByteArray vm = createVm({{"name", "uefi"}, {"image", "guest"}, {"firmware", "uefi"}});
        QVERIFY(!vm.isEmpty());
        QCOMPARE(http().post("/vms/" + vm + "/actions/start").status, 200);
        QVERIFY(waitForConsole(vm, "VMAN-GUEST-READY"));
        QVERIFY(console(vm).contains("BdsDxe")); // OVMF's boot manager started it
        const QString vars = m_vman->runtime->paths().vmDir(QString::fromLatin1(vm)) + "/efivars.qcow2";
        QProcess info;
        info.start("qemu-img", {"info", "-U", "--output=json", vars});
        QVERIFY(info.waitForFinished(10000));
        QCOMPARE(QJsonDocument::fromJson(info.readAllStandardOutput()).object().value("format").toString(), QStringLiteral("qcow2"));
        forceStop(vm);
    }

    void rootDiskOf20GiBAndACdChangedWhileRunning()
    {
        const QByteArray vm = createVm({{"name", "big"}, {"image", m_guestImage}, {"disk_size", 20}});
        QVERIFY(!vm.isEmpty());
        QCOMPARE(http().post("/vms/" + vm + "/actions/start").status, 200);
        QVERIFY(waitForConsole(vm, "VMAN-GUEST-READY"));
        // The guest sees 20 GiB (512-byte sectors), and so does qemu-img.
        QVERIFY(console(vm).contains(QStringLiteral("VMAN-DISK-PRESENT vda serial= sectors=%1").arg(20 * kGiB / 512)));
        QProcess info;
        info.start("qemu-img", {"info", "-U", "--output=json", m_vman->runtime->paths().vmDir(QString::fromLatin1(vm)) + "/root.qcow2"});
        QVERIFY(info.waitForFinished(10000));
        const QJsonObject root = QJsonDocument::fromJson(info.readAllStandardOutput()).object();
        QCOMPARE(qint64(root.value("virtual-size").toDouble()), 20 * kGiB);
        QVERIFY(root.value("backing-filename").toString().endsWith(m_guestImage + ".qcow2")); // linked to the library's copy

        // Insert, swap and eject live: QEMU's drive follows.
        QCOMPARE(cdromFile(vm), QString());
        auto r = http().postJson("/vms/" + vm + "/cdrom", {{"image", "installer"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("cdrom").toObject().value("id").toString(), m_installer);
        QVERIFY(cdromFile(vm).endsWith(m_installer + ".iso"));
        QCOMPARE(http().del("/images/" + m_installer.toLatin1()).status, 409); // in a drive
        r = http().del("/vms/" + vm + "/cdrom");
        QCOMPARE(r.status, 200);
        QCOMPARE(cdromFile(vm), QString());
        QCOMPARE(state(vm), QStringLiteral("running"));
        forceStop(vm);
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
