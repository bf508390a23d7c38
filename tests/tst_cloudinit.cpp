// SPDX-License-Identifier: GPL-3.0-or-later
// Cloud-init settings: the rules (keys, host names, YAML, sizes), the JSON shape, the NoCloud seed's
// files, the ISO written by libisofs (read back with xorriso, as a guest's isofs would: volume
// label, Joliet and Rock Ridge names, contents), and what the service does with them (template
// defaults, the SSH forward, persistence).
#include "DryRunOperator.h"
#include "StateStore.h"
#include "VmService.h"
#include "cloudinit/CloudInitJson.h"
#include "cloudinit/CloudInitRules.h"
#include "cloudinit/NoCloudSeed.h"
#include "cloudinit/SeedImage.h"
#include "cloudinit/SshAccess.h"
#include "cloudinit/SshPublicKey.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vman;

namespace {

const QString kEd25519 = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2jOA3PDXB+/56YL0w7FYEu/WOMMKELO+0TP7AiA6dQ alice@laptop");
const QString kEd25519NoComment = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2jOA3PDXB+/56YL0w7FYEu/WOMMKELO+0TP7AiA6dQ");

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

// Runs xorriso on `iso`; its standard output.
QByteArray xorriso(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral("xorriso"), arguments);
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        qWarning().noquote() << "xorriso" << arguments << "failed:" << p.readAllStandardError();
    return p.readAllStandardOutput();
}

} // namespace

class TestCloudInit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sshKeys_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("why"); // empty: accepted
        QTest::newRow("ed25519") << kEd25519 << QString();
        QTest::newRow("no comment") << kEd25519NoComment << QString();
        QTest::newRow("spaces around") << QString(QStringLiteral("  ") + kEd25519 + QStringLiteral("  ")) << QString();
        QTest::newRow("comment with spaces") << QString(kEd25519NoComment + QStringLiteral(" Alice at her laptop")) << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("private") << QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----") << QStringLiteral("private key");
        QTest::newRow("unknown type") << QStringLiteral("ssh-foo AAAA") << QStringLiteral("key type");
        QTest::newRow("options first") << QString(QStringLiteral("from=\"10.0.0.1\" ") + kEd25519) << QStringLiteral("key type");
        QTest::newRow("no data") << QStringLiteral("ssh-ed25519") << QStringLiteral("no key data");
        QTest::newRow("bad base64") << QStringLiteral("ssh-ed25519 AAAA$$$$") << QStringLiteral("base64");
        QTest::newRow("truncated base64") << QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2jOA3") << QStringLiteral("base64");
        // An RSA key's data under the ed25519 type.
        QTest::newRow("type mismatch") << QStringLiteral("ssh-ed25519 AAAAB3NzaC1yc2EAAAADAQABAAAAgQD1AeBXwz+xvBn/VsN7trKt3YzX3RSsTxwk9vzPZLLy")
                                       << QStringLiteral("does not belong");
        QTest::newRow("two lines") << QString(kEd25519 + QLatin1Char('\n') + kEd25519) << QStringLiteral("one line");
        QTest::newRow("huge") << QString(QStringLiteral("ssh-rsa ") + QString(20000, QLatin1Char('A'))) << QStringLiteral("longer than");
    }
    void sshKeys()
    {
        QFETCH(QString, line);
        QFETCH(QString, why);
        QString reason;
        const auto key = cloudinit::parseSshPublicKey(line, &reason);
        if (why.isEmpty()) {
            QVERIFY2(key.has_value(), qPrintable(reason));
            QCOMPARE(key->type, QStringLiteral("ssh-ed25519"));
            QCOMPARE(key->blob.size(), 51); // 4+11 type, 4+32 key
        } else {
            QVERIFY(!key);
            QVERIFY2(reason.contains(why), qPrintable(reason));
        }
    }

    void hostnames()
    {
        for (const QString ok : {QStringLiteral("web"), QStringLiteral("web-1"), QStringLiteral("a.b.example"), QStringLiteral("X9"), QString(63, QLatin1Char('a'))})
            QVERIFY2(!rules::checkHostname(QStringLiteral("h"), ok), qPrintable(ok));
        for (const QString bad : {QStringLiteral("-web"), QStringLiteral("web-"), QStringLiteral("we_b"), QStringLiteral("a..b"), QStringLiteral("web."),
                                  QString(64, QLatin1Char('a')), QStringLiteral("münchen"), QStringLiteral("a b"), QStringLiteral("web\n")})
            QVERIFY2(rules::checkHostname(QStringLiteral("h"), bad), qPrintable(bad));
        QCOMPARE(cloudinit::hostnameFromName(QStringLiteral("My_Web.Server-01")), QStringLiteral("my-web-server-01"));
        QCOMPARE(cloudinit::hostnameFromName(QStringLiteral("..x..")), QStringLiteral("x"));
        QCOMPARE(cloudinit::hostnameFromName(QStringLiteral("___")), QStringLiteral("vm"));
        QVERIFY(!rules::checkHostname(QStringLiteral("h"), cloudinit::hostnameFromName(QString(64, QLatin1Char('b')))));
    }

    void settingsRules()
    {
        CloudInit good;
        good.userData = QStringLiteral("#cloud-config\npackages: [nginx]\n");
        good.sshAuthorizedKeys = {kEd25519};
        good.hostname = QStringLiteral("web");
        good.networkConfig = QStringLiteral("version: 2\nethernets:\n  eth0:\n    dhcp4: true\n");
        QVERIFY(rules::checkCloudInit(QStringLiteral("cloud_init"), good).isEmpty());

        // A script or MIME user data is passed on unchecked; only #cloud-config must be YAML.
        CloudInit script;
        script.userData = QStringLiteral("#!/bin/sh\necho {{{ not yaml\n");
        QVERIFY(rules::checkCloudInit(QStringLiteral("cloud_init"), script).isEmpty());

        CloudInit bad;
        bad.userData = QStringLiteral("#cloud-config\npackages: [nginx\n");
        bad.sshAuthorizedKeys = {kEd25519, QStringLiteral("not a key")};
        bad.hostname = QStringLiteral("bad_host");
        bad.networkConfig = QStringLiteral("- just\n- a list\n");
        const QList<FieldError> errors = rules::checkCloudInit(QStringLiteral("cloud_init"), bad);
        QCOMPARE(fieldsOf(errors), (QStringList{QStringLiteral("cloud_init.user_data"), QStringLiteral("cloud_init.ssh_authorized_keys.1"),
                                                QStringLiteral("cloud_init.hostname"), QStringLiteral("cloud_init.network_config")}));
        QVERIFY2(errors.at(0).message.contains(QLatin1String("line ")), qPrintable(errors.at(0).message));
        QVERIFY2(errors.at(3).message.contains(QLatin1String("not a mapping")), qPrintable(errors.at(3).message));

        CloudInit scalar;
        scalar.userData = QStringLiteral("#cloud-config\njust text\n");
        QCOMPARE(fieldsOf(rules::checkCloudInit(QStringLiteral("c"), scalar)), QStringList{QStringLiteral("c.user_data")});

        // 64 KiB in all, whatever field holds it; nothing else is looked at then.
        CloudInit big;
        big.vendorData = QString(rules::kCloudInitMaxBytes + 1, QLatin1Char('x'));
        big.hostname = QStringLiteral("bad_host");
        QCOMPARE(fieldsOf(rules::checkCloudInit(QStringLiteral("cloud_init"), big)), QStringList{QStringLiteral("cloud_init")});
        big.hostname = QStringLiteral("ok");
        big.vendorData = QString(rules::kCloudInitMaxBytes - 2, QLatin1Char('x')); // exactly at the limit
        QVERIFY(rules::checkCloudInit(QStringLiteral("cloud_init"), big).isEmpty());

        CloudInit manyKeys;
        for (int i = 0; i <= rules::kSshKeysMax; ++i)
            manyKeys.sshAuthorizedKeys << kEd25519;
        QCOMPARE(fieldsOf(rules::checkCloudInit(QStringLiteral("c"), manyKeys)), QStringList{QStringLiteral("c.ssh_authorized_keys")});

        CloudInit nul;
        nul.userData = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QCOMPARE(fieldsOf(rules::checkCloudInit(QStringLiteral("c"), nul)), QStringList{QStringLiteral("c.user_data")});

        // Deeply nested YAML is refused with a reason, not a crashed stack.
        CloudInit deep;
        deep.userData = QStringLiteral("#cloud-config\na: ") + QString(30000, QLatin1Char('[')) + QString(30000, QLatin1Char(']'));
        QCOMPARE(fieldsOf(rules::checkCloudInit(QStringLiteral("c"), deep)), QStringList{QStringLiteral("c.user_data")});

        QVERIFY(!rules::checkReadyMarker(QStringLiteral("m"), QStringLiteral("login:")));
        QVERIFY(rules::checkReadyMarker(QStringLiteral("m"), QStringLiteral("a\nb")));
        QVERIFY(rules::checkReadyMarker(QStringLiteral("m"), QString(201, QLatin1Char('x'))));
    }

    void json()
    {
        QList<FieldError> errors;
        const auto settings = cloudinit::fromJson(QJsonObject{{QStringLiteral("user_data"), QStringLiteral("#cloud-config\n")},
                                                              {QStringLiteral("ssh_authorized_keys"), QJsonArray{kEd25519}},
                                                              {QStringLiteral("hostname"), QJsonValue::Null}},
                                                  QStringLiteral("cloud_init"), &errors);
        QVERIFY(settings && errors.isEmpty());
        QCOMPARE(settings->sshAuthorizedKeys, QStringList{kEd25519});
        QVERIFY(settings->hostname.isEmpty());
        const QJsonObject shown = cloudinit::toJson(*settings);
        QCOMPARE(shown.value(QLatin1String("user_data")).toString(), QStringLiteral("#cloud-config\n"));
        QVERIFY(shown.value(QLatin1String("hostname")).isNull());
        QCOMPARE(cloudinit::fromText(cloudinit::toText(settings)), settings);
        QVERIFY(!cloudinit::fromText(cloudinit::toText(std::nullopt)));

        // Wrong types and unknown members are named; nothing is taken then.
        errors.clear();
        const auto wrong = cloudinit::fromJson(QJsonObject{{QStringLiteral("user_data"), 5},
                                                           {QStringLiteral("ssh_authorized_keys"), QJsonArray{kEd25519, 7}},
                                                           {QStringLiteral("ssh_keys"), QJsonArray{kEd25519}},
                                                           {QStringLiteral("hostname"), QJsonArray{}}},
                                               QStringLiteral("cloud_init"), &errors);
        QVERIFY(!wrong);
        QStringList fields = fieldsOf(errors);
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("cloud_init.hostname"), QStringLiteral("cloud_init.ssh_authorized_keys.1"),
                                      QStringLiteral("cloud_init.ssh_keys"), QStringLiteral("cloud_init.user_data")}));
    }

    void seedFiles()
    {
        Vm vm;
        vm.id = QStringLiteral("3f2c6a1e-0000-4000-8000-000000000001");
        vm.name = QStringLiteral("Web_1");
        vm.cloudInit = CloudInit();
        vm.cloudInit->sshAuthorizedKeys = {kEd25519, kEd25519NoComment + QStringLiteral(" \"quoted\" \\ comment")};
        QList<cloudinit::SeedFile> files = cloudinit::seedFiles(vm);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).name, QStringLiteral("meta-data"));
        const QByteArray meta = files.at(0).content;
        QVERIFY(meta.startsWith("instance-id: \"3f2c6a1e-0000-4000-8000-000000000001\"\nlocal-hostname: \"web-1\"\npublic-keys:\n"));
        QVERIFY(meta.contains(QByteArray("  - \"" + kEd25519.toUtf8() + "\"\n")));
        QVERIFY2(meta.contains("\\\"quoted\\\" \\\\ comment"), meta.constData());
        QVERIFY(rules::yamlProblem(QString::fromUtf8(meta), true).isEmpty());
        // Keys only: VMAN writes the cloud-config that gives them to the default user.
        QCOMPARE(files.at(1).name, QStringLiteral("user-data"));
        QVERIFY(files.at(1).content.startsWith("#cloud-config\nssh_authorized_keys:\n  - \"ssh-ed25519 "));
        QVERIFY(rules::yamlProblem(QString::fromUtf8(files.at(1).content), true).isEmpty());

        // The user's own texts go in as given, byte for byte; the revision changes the instance.
        vm.cloudInit->userData = QStringLiteral("#!/bin/sh\necho hello ünïcode\n");
        vm.cloudInit->hostname = QStringLiteral("edge.example");
        vm.cloudInit->networkConfig = QStringLiteral("version: 2\n");
        vm.cloudInit->vendorData = QStringLiteral("#cloud-config\n{}\n");
        vm.cloudInitRevision = 3;
        files = cloudinit::seedFiles(vm);
        QCOMPARE(files.size(), 4);
        QVERIFY(files.at(0).content.startsWith("instance-id: \"3f2c6a1e-0000-4000-8000-000000000001-3\"\nlocal-hostname: \"edge.example\"\n"));
        QCOMPARE(files.at(1).content, vm.cloudInit->userData.toUtf8());
        QCOMPARE(files.at(2).name, QStringLiteral("network-config"));
        QCOMPARE(files.at(2).content, QByteArray("version: 2\n"));
        QCOMPARE(files.at(3).name, QStringLiteral("vendor-data"));
    }

    void isoImage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty())
            QFAIL("xorriso is needed to read the seed back (scripts/setup.sh installs it)");
        QTemporaryDir dir;
        const QByteArray userData = "#cloud-config\nruncmd:\n  - echo VMAN-MARK\n" + QByteArray(5000, 'x') + '\n';
        const QList<cloudinit::SeedFile> files{{QStringLiteral("meta-data"), "instance-id: \"i-1\"\n"},
                                               {QStringLiteral("user-data"), userData},
                                               {QStringLiteral("network-config"), QByteArray()}};
        const Result<QByteArray> image = cloudinit::isoImage(QLatin1String(cloudinit::kSeedVolumeId), files);
        QVERIFY2(image.ok(), qPrintable(image.error().message));
        QVERIFY(image.value().size() % 2048 == 0);
        QCOMPARE(image.value().mid(16 * 2048 + 1, 5), QByteArray("CD001")); // the primary volume descriptor
        const QString path = dir.filePath(QStringLiteral("seed.iso"));
        QVERIFY(cloudinit::writeSeedImage(path, image.value()).ok());
        QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::WriteOwner));
        // Rewriting a read-only seed replaces it (a changed configuration).
        QVERIFY(cloudinit::writeSeedImage(path, image.value()).ok());

        const QByteArray pvd = xorriso({QStringLiteral("-indev"), path, QStringLiteral("-pvd_info")});
        QVERIFY2(pvd.contains("Volume Id    : cidata"), pvd.constData());
        // The label as the guest's blkid (which cloud-init asks) reports it.
        QProcess blkid;
        blkid.start(QStringLiteral("blkid"), {QStringLiteral("-o"), QStringLiteral("value"), QStringLiteral("-s"), QStringLiteral("LABEL"), path});
        QVERIFY(blkid.waitForFinished(10000));
        QCOMPARE(blkid.readAllStandardOutput().trimmed(), QByteArray("cidata"));
        // Joliet names alone (as a kernel without Rock Ridge reads them), and Rock Ridge names.
        for (const QString &mode : {QStringLiteral("norock"), QStringLiteral("nojoliet")}) {
            const QByteArray listing = xorriso({QStringLiteral("-read_fs"), mode, QStringLiteral("-indev"), path, QStringLiteral("-ls"), QStringLiteral("/")});
            for (const char *name : {"'meta-data'", "'user-data'", "'network-config'"})
                QVERIFY2(listing.contains(name), qPrintable(mode + QLatin1String(": ") + QString::fromUtf8(listing)));
        }
        // Plain ISO 9660 names are 8.3: why Joliet is needed at all.
        const QByteArray plain = xorriso({QStringLiteral("-read_fs"), QStringLiteral("ecma119"), QStringLiteral("-indev"), path, QStringLiteral("-ls"), QStringLiteral("/")});
        QVERIFY2(!plain.contains("'meta-data'"), plain.constData());
        // Contents, byte for byte, through the Joliet tree.
        const QString out = dir.filePath(QStringLiteral("user-data.out"));
        xorriso({QStringLiteral("-read_fs"), QStringLiteral("norock"), QStringLiteral("-indev"), path, QStringLiteral("-osirrox"), QStringLiteral("on"),
                 QStringLiteral("-extract_single"), QStringLiteral("/user-data"), out});
        QFile extracted(out);
        QVERIFY(extracted.open(QIODevice::ReadOnly));
        QCOMPARE(extracted.readAll(), userData);

        // Two files of one name cannot be written; the reason is given.
        const Result<QByteArray> twice = cloudinit::isoImage(QStringLiteral("cidata"), {files.at(0), files.at(0)});
        QVERIFY(!twice.ok());
        QVERIFY2(!twice.error().message.isEmpty(), "no reason");
    }

    void sshAccess()
    {
        Vm vm;
        vm.id = QStringLiteral("3f2c6a1e-0000-4000-8000-000000000001");
        QVERIFY(!cloudinit::sshAccess(vm, QString()));
        vm.ports = {{QStringLiteral("udp"), QStringLiteral("127.0.0.1"), 5000, 22}, {QStringLiteral("tcp"), QStringLiteral("0.0.0.0"), 2200, 22}};
        const auto access = cloudinit::sshAccess(vm, QStringLiteral("debian"));
        QVERIFY(access);
        QCOMPARE(access->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(access->port, 2200);
        QCOMPARE(access->command, QStringLiteral("ssh -p 2200 -o HostKeyAlias=vman-3f2c6a1e-0000-4000-8000-000000000001 "
                                                 "-o StrictHostKeyChecking=accept-new debian@127.0.0.1"));
        QCOMPARE(cloudinit::sshAccess(vm, QString())->arguments.last(), QStringLiteral("127.0.0.1"));
    }

    void serviceSetsUpVms()
    {
        QTemporaryDir dir;
        StoragePaths paths(dir.path());
        QDir().mkpath(paths.vmsDir());
        auto store = std::make_unique<StateStore>(dir.filePath(QStringLiteral("states.db")));
        QVERIFY(store->open());
        DryRunOperator op(paths, 0);
        auto service = std::make_unique<VmService>(*store, op);
        QVERIFY(service->load());
        QSet<int> busyOnHost{VmService::kFirstSshPort};
        service->setPortProbe([&busyOnHost](const QString &, int port) { return !busyOnHost.contains(port); });

        TemplateSpec tspec{QStringLiteral("cloud"), 1, 1};
        tspec.cloudInit = CloudInit();
        tspec.cloudInit->userData = QStringLiteral("#cloud-config\npackages: [htop]\n");
        tspec.cloudInit->hostname = QStringLiteral("from-template");
        tspec.readyMarker = QStringLiteral("login:");
        QVERIFY(service->createTemplate(tspec).ok());

        // The VM's key is added to the template's settings; its host name wins; the SSH forward
        // takes the first port that is free on the host and not forwarded yet.
        VmSpec spec{QStringLiteral("cloud"), QStringLiteral("web"), {}};
        spec.cloudInit = CloudInit();
        spec.cloudInit->sshAuthorizedKeys = {kEd25519};
        spec.cloudInit->hostname = QStringLiteral("web");
        const Result<Vm> web = service->createVm(spec);
        QVERIFY2(web.ok(), qPrintable(web.error().message));
        QCOMPARE(web.value().cloudInit->userData, tspec.cloudInit->userData);
        QCOMPARE(web.value().cloudInit->hostname, QStringLiteral("web"));
        QCOMPARE(web.value().readyMarker, QStringLiteral("login:"));
        QCOMPARE(web.value().ports.size(), 1);
        QCOMPARE(web.value().ports.first(), (PortForward{QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), VmService::kFirstSshPort + 1, 22}));

        // The next VM gets the next port; one that forwards port 22 itself gets none added.
        spec.name = QStringLiteral("web2");
        spec.ports = {{8080, 80}};
        const Result<Vm> web2 = service->createVm(spec);
        QVERIFY(web2.ok());
        QCOMPARE(web2.value().ports.size(), 2);
        QCOMPARE(web2.value().ports.last().hostPort, VmService::kFirstSshPort + 2);
        spec.name = QStringLiteral("web3");
        spec.ports = {{2022, 22}};
        QCOMPARE(service->createVm(spec).value().ports.size(), 1);
        // Without keys there is nothing to log in with: no forward.
        VmSpec plain{QStringLiteral("cloud"), QStringLiteral("plain"), {}};
        const Result<Vm> plainVm = service->createVm(plain);
        QVERIFY(plainVm.value().ports.isEmpty());
        QCOMPARE(plainVm.value().cloudInit->hostname, QStringLiteral("from-template"));

        // A bad key is a 422 on its field, and nothing is created.
        spec.name = QStringLiteral("bad");
        spec.ports = {};
        spec.cloudInit->sshAuthorizedKeys = {QStringLiteral("ssh-rsa nonsense")};
        const Result<Vm> bad = service->createVm(spec);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::Invalid);
        QCOMPARE(fieldsOf(bad.error().fields), QStringList{QStringLiteral("cloud_init.ssh_authorized_keys.0")});
        QVERIFY(service->validateVm(spec).has_value()); // the dialog's check says the same

        // No free port at all: a conflict that says what to do.
        busyOnHost.clear();
        service->setPortProbe([](const QString &, int) { return false; });
        spec.cloudInit->sshAuthorizedKeys = {kEd25519};
        const Result<Vm> noPort = service->createVm(spec);
        QVERIFY(!noPort.ok());
        QCOMPARE(noPort.error().kind, ErrorKind::Conflict);
        QVERIFY(noPort.error().message.contains(QLatin1String("guest port 22")));

        // Everything survives a restart of VMAN.
        const QString webId = web.value().id;
        service.reset();
        store.reset();
        store = std::make_unique<StateStore>(dir.filePath(QStringLiteral("states.db")));
        QVERIFY(store->open());
        service = std::make_unique<VmService>(*store, op);
        QVERIFY(service->load());
        const auto reloaded = service->findVm(webId);
        QVERIFY(reloaded);
        QCOMPARE(reloaded->cloudInit, web.value().cloudInit);
        QCOMPARE(reloaded->readyMarker, QStringLiteral("login:"));
        QCOMPARE(reloaded->ports, web.value().ports);
        QCOMPARE(service->findTemplate(QStringLiteral("cloud"))->cloudInit, tspec.cloudInit);
    }
};

QTEST_GUILESS_MAIN(TestCloudInit)
#include "tst_cloudinit.moc"
