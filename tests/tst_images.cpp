// SPDX-License-Identifier: GPL-3.0-or-later
// The image library: the header reader on real files made by qemu-img and xorriso, imports
// (copied, checked, hashed), downloads from a local server (resume, checksum, 404, cancel, a
// restart in the middle), deletion rules and the events, through the public API.
#include "EventHub.h"
#include "FileServer.h"
#include "TestRuntime.h"
#include "VmService.h"
#include "images/Checksums.h"
#include "images/ImageCatalog.h"
#include "images/ImageHeader.h"
#include "images/ImageLibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vman;

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning().noquote() << program << args.join(' ') << "failed:" << p.readAllStandardError();
        return false;
    }
    return true;
}

QByteArray head(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(images::kHeaderBytes) : QByteArray();
}

images::ImageHeader headerOf(const QString &path)
{
    return images::readImageHeader(head(path), QFileInfo(path).size());
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Pseudo-random bytes that do not look like any image format.
QByteArray noise(qint64 size, quint32 seed = 7)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

Config dryRunConfig(const QString &storage)
{
    Config config;
    config.dryRun = true;
    config.storagePath = storage;
    return config;
}

} // namespace

class TestImages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files; // images made for the tests
    QString m_qcow2, m_backed, m_dataFile, m_vmdk, m_raw, m_iso;

    static QJsonObject waitForState(HttpClient &http, const QString &id, const QString &state, int ms = 20000)
    {
        QJsonObject image;
        (void)QTest::qWaitFor(
            [&] {
                image = http.get("/images/" + id.toLatin1()).object();
                return image.value("state").toString() == state;
            },
            ms);
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_qcow2 = m_files.filePath("plain.qcow2");
        m_backed = m_files.filePath("backed.qcow2");
        m_dataFile = m_files.filePath("datafile.qcow2");
        m_vmdk = m_files.filePath("disk.vmdk");
        m_raw = m_files.filePath("disk.raw");
        m_iso = m_files.filePath("cd.iso");
        QVERIFY(run("qemu-img", {"create", "-q", "-f", "qcow2", m_qcow2, "3G"}));
        QVERIFY(run("qemu-img", {"create", "-q", "-f", "qcow2", "-b", m_qcow2, "-F", "qcow2", m_backed}));
        QVERIFY(run("qemu-img", {"create", "-q", "-f", "qcow2", "-o", "data_file=" + m_files.filePath("data.bin"), m_dataFile, "1G"}));
        QVERIFY(run("qemu-img", {"create", "-q", "-f", "vmdk", m_vmdk, "1G"}));
        QFile raw(m_raw);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write(noise(3 * 1024 * 1024 + 5));
        raw.close();
        QDir().mkpath(m_files.filePath("isoroot"));
        QFile readme(m_files.filePath("isoroot/README"));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("an installer, pretend\n");
        readme.close();
        QVERIFY(run("xorriso", {"-as", "mkisofs", "-quiet", "-V", "TESTCD", "-J", "-o", m_iso, m_files.filePath("isoroot")}));
    }

    // ---- the header reader -------------------------------------------------------------------

    void headerReaderKnowsTheFormats()
    {
        auto plain = headerOf(m_qcow2);
        QCOMPARE(plain.kind, images::ImageHeader::Kind::Qcow2);
        QCOMPARE(plain.virtualSize, 3LL << 30);
        QVERIFY(!plain.hasBackingFile && !plain.hasExternalDataFile && plain.problem.isEmpty());

        auto backed = headerOf(m_backed);
        QVERIFY(backed.hasBackingFile);
        QCOMPARE(backed.backingFile, m_qcow2);

        auto data = headerOf(m_dataFile);
        QVERIFY(data.hasExternalDataFile);
        QCOMPARE(data.externalDataFile, m_files.filePath("data.bin"));

        auto vmdk = headerOf(m_vmdk);
        QCOMPARE(vmdk.kind, images::ImageHeader::Kind::Foreign);
        QCOMPARE(vmdk.foreignFormat, QStringLiteral("vmdk"));

        QCOMPARE(headerOf(m_iso).kind, images::ImageHeader::Kind::Iso);
        auto raw = headerOf(m_raw);
        QCOMPARE(raw.kind, images::ImageHeader::Kind::Other);
        QCOMPARE(raw.virtualSize, QFileInfo(m_raw).size());
    }

    void headerReaderSurvivesDamage()
    {
        const QByteArray good = head(m_qcow2);
        // Cut anywhere in the header: never a crash, never a "clean" qcow2 that is not one.
        for (int cut : {0, 3, 4, 20, 71, 72, 100, 103, 104, 200}) {
            const auto h = images::readImageHeader(good.left(cut), 1 << 20);
            if (h.kind == images::ImageHeader::Kind::Qcow2 && cut < 104)
                QVERIFY2(!h.problem.isEmpty(), qPrintable(QString::number(cut)));
        }
        QByteArray version9 = good;
        version9[7] = 9;
        QVERIFY(images::readImageHeader(version9, 1 << 20).problem.contains("version 9"));
        QByteArray badLength = good;
        badLength[103] = 3; // header length not a multiple of 8
        QVERIFY(!images::readImageHeader(badLength, 1 << 20).problem.isEmpty());
        // A backing file offset far outside what was read still counts as a backing file.
        QByteArray farBacking = good;
        farBacking[8] = 0x7f;
        QVERIFY(images::readImageHeader(farBacking, 1 << 20).hasBackingFile);
        // The external-data-file feature bit alone refuses it too.
        QByteArray dataBit = good;
        dataBit[79] = char(dataBit[79] | 0x04);
        QVERIFY(images::readImageHeader(dataBit, 1 << 20).hasExternalDataFile);
    }

    // ---- imports -----------------------------------------------------------------------------

    void importsCopyCheckAndHash()
    {
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        struct Case
        {
            QString file;
            QString format;
            qint64 virtualSize;
        };
        const QList<Case> cases = {{m_qcow2, "qcow2", 3LL << 30}, {m_raw, "raw", QFileInfo(m_raw).size()}, {m_iso, "iso", QFileInfo(m_iso).size()}};
        for (const Case &c : cases) {
            const QString name = "img-" + c.format;
            const auto r = vman.http->postJson("/images", {{"name", name}, {"path", c.file}});
            QCOMPARE(r.status, 202);
            const QString id = r.object().value("id").toString();
            QCOMPARE(r.headers.value("location"), "/images/" + id.toLatin1());
            QCOMPARE(r.object().value("state").toString(), QStringLiteral("downloading"));
            QCOMPARE(r.object().value("source").toObject().value("path").toString(), c.file);
            QJsonObject image = waitForState(*vman.http, id, "ready");
            QCOMPARE(image.value("format").toString(), c.format);
            QCOMPARE(qint64(image.value("virtual_size").toDouble()), c.virtualSize);
            QCOMPARE(qint64(image.value("size").toDouble()), QFileInfo(c.file).size());
            QCOMPARE(image.value("progress").toDouble(), 1.0);
            // The sha256 follows the copy (hashed side by side).
            QVERIFY(QTest::qWaitFor([&] { return !vman.http->get("/images/" + id.toLatin1()).object().value("sha256").isNull(); }, 10000));
            QFile original(c.file);
            QVERIFY(original.open(QIODevice::ReadOnly));
            const QByteArray bytes = original.readAll();
            QCOMPARE(vman.http->get("/images/" + id.toLatin1()).object().value("sha256").toString(), sha256Of(bytes));
            // Copied, never moved; the copy is read-only.
            const QString kept = storage.filePath("images/" + id + "." + c.format);
            QVERIFY(QFileInfo::exists(c.file));
            QFile copy(kept);
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(copy.readAll(), bytes);
            QVERIFY(!QFileInfo(kept).isWritable() || ::geteuid() == 0);
            QCOMPARE(QFileInfo(kept).permissions() & QFile::WriteOwner, QFile::Permissions());
        }
        QCOMPARE(vman.http->get("/images").array().size(), 3);
        QCOMPARE(QDir(storage.filePath("images")).entryList({"*.part"}, QDir::Files).size(), 0);

        // The image's default user makes the SSH command of its VMs complete.
        QCOMPARE(vman.http->postJson("/images", {{"name", "cloud"}, {"path", m_qcow2}, {"default_user", "Bad User"}}).status, 422);
        const auto cloud = vman.http->postJson("/images", {{"name", "cloud"}, {"path", m_qcow2}, {"default_user", "debian"}});
        QCOMPARE(cloud.status, 202);
        QCOMPARE(cloud.object().value("default_user").toString(), QStringLiteral("debian"));
        waitForState(*vman.http, cloud.object().value("id").toString(), "ready");
        QCOMPARE(vman.http->postJson("/templates", {{"name", "t"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const auto vm = vman.http->postJson("/vms", {{"template_name", "t"}, {"image", "cloud"}, {"ports", QJsonArray{QJsonObject{{"host", 2299}, {"guest", 22}}}}});
        QCOMPARE(vm.status, 201);
        const QJsonObject ssh = vm.object().value("ssh").toObject();
        QCOMPARE(ssh.value("user").toString(), QStringLiteral("debian"));
        QVERIFY2(ssh.value("command").toString().endsWith(QLatin1String(" debian@127.0.0.1")), qPrintable(ssh.value("command").toString()));
    }

    void importsRefuseWhatQemuMustNotOpen()
    {
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        auto refused = [&](const QString &path, const QString &words) {
            const auto r = vman.http->postJson("/images", {{"name", "x"}, {"path", path}});
            QCOMPARE(r.status, 422);
            const QJsonObject error = r.object().value("detail").toArray().first().toObject();
            QCOMPARE(error.value("loc").toArray().last().toString(), QStringLiteral("path"));
            QVERIFY2(error.value("msg").toString().contains(words), qPrintable(error.value("msg").toString()));
        };
        refused(m_backed, "backing file");
        refused(m_dataFile, "external file");
        refused(m_vmdk, "vmdk");
        refused(m_files.filePath("missing.qcow2"), "does not exist");
        refused("relative/path.qcow2", "absolute");
        refused(m_files.path(), "not a regular file");
        QFile secret(m_files.filePath("secret.img"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("x");
        secret.close();
        secret.setPermissions(QFile::Permissions());
        if (::geteuid() != 0)
            refused(secret.fileName(), "cannot read");
        QFile empty(m_files.filePath("empty.img"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        refused(empty.fileName(), "empty");
        // Bad bodies: both or neither source, wrong types, a bad name.
        QCOMPARE(vman.http->postJson("/images", {{"name", "x"}}).status, 422);
        QCOMPARE(vman.http->postJson("/images", {{"name", "x"}, {"path", m_raw}, {"url", "http://h/x"}}).status, 422);
        QCOMPARE(vman.http->postJson("/images", {{"name", 5}, {"path", m_raw}}).status, 422);
        QCOMPARE(vman.http->postJson("/images", {{"name", "../x"}, {"path", m_raw}}).status, 422);
        QCOMPARE(vman.http->postJson("/images", {{"name", "x"}, {"path", m_raw}, {"sha256", "00"}}).status, 422);
        QCOMPARE(vman.http->get("/images").array().size(), 0);
        // A taken name is a conflict.
        QCOMPARE(vman.http->postJson("/images", {{"name", "x"}, {"path", m_raw}}).status, 202);
        QCOMPARE(vman.http->postJson("/images", {{"name", "x"}, {"path", m_raw}}).status, 409);
        QCOMPARE(vman.http->get("/images/not-a-uuid").status, 422);
        QCOMPARE(vman.http->get("/images/6f1c1a9e-0d7b-4c55-9a3e-3b1f0e2a7c11").status, 404);
    }

    // ---- downloads ---------------------------------------------------------------------------

    void downloadWithChecksumAndEventsInOrder()
    {
        FileServer server;
        const QByteArray bytes = noise(2 * 1024 * 1024);
        server.files.insert("/disk.raw", {bytes, -1, 64 * 1024, false}); // ~3 MB/s: progress is seen
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        const quint64 before = vman.runtime->events().lastId();
        const auto r = vman.http->postJson("/images", {{"name", "net"}, {"url", QString::fromLatin1(server.url("/disk.raw"))}, {"sha256", sha256Of(bytes).toUpper()}});
        QCOMPARE(r.status, 202);
        const QString id = r.object().value("id").toString();
        QCOMPARE(r.object().value("source").toObject().value("url").toString(), QString::fromLatin1(server.url("/disk.raw")));
        const QJsonObject image = waitForState(*vman.http, id, "ready");
        QCOMPARE(image.value("sha256").toString(), sha256Of(bytes));
        QCOMPARE(image.value("format").toString(), QStringLiteral("raw"));
        QCOMPARE(qint64(image.value("size").toDouble()), bytes.size());
        QStringList types;
        double last = -1;
        for (const VmanEvent &e : vman.runtime->events().since(before)) {
            if (!e.type.startsWith("image."))
                continue;
            if (types.isEmpty() || types.last() != e.type)
                types << e.type;
            if (e.type == "image.progress") {
                const double p = e.data.value("progress").toDouble();
                QVERIFY(p >= last && p <= 1.0);
                last = p;
            }
        }
        QCOMPARE(types, QStringList({"image.created", "image.progress", "image.updated"}));
        QVERIFY(last > 0);
        QCOMPARE(QDir(storage.filePath("images")).entryList({"*.part"}, QDir::Files).size(), 0);
    }

    void downloadResumesWithRange()
    {
        FileServer server;
        const QByteArray bytes = noise(3 * 1024 * 1024, 11);
        server.files.insert("/cut.raw", {bytes, 1024 * 1024 + 17, 0, false});
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        vman.runtime->images().setDownloadOptions({6, 50, 30000});
        const auto r = vman.http->postJson("/images", {{"name", "cut"}, {"url", QString::fromLatin1(server.url("/cut.raw"))}, {"sha256", sha256Of(bytes)}});
        QCOMPARE(r.status, 202);
        const QJsonObject image = waitForState(*vman.http, r.object().value("id").toString(), "ready");
        QCOMPARE(image.value("sha256").toString(), sha256Of(bytes));
        QCOMPARE(server.ranges.size(), 2);
        QCOMPARE(server.ranges.at(0), QString());
        QCOMPARE(server.ranges.at(1), QStringLiteral("bytes=%1-").arg(1024 * 1024 + 17));
    }

    void aStalledServerIsLeftAndTheDownloadResumes()
    {
        FileServer server;
        const QByteArray bytes = noise(2 * 1024 * 1024, 29);
        FileServer::File file{bytes, -1, 0, false};
        file.stallAfter = 700000;
        server.files.insert("/stall.raw", file);
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        vman.runtime->images().setDownloadOptions({6, 50, 800}); // 0.8 s without a byte is a stall
        const auto r = vman.http->postJson("/images", {{"name", "stalled"}, {"url", QString::fromLatin1(server.url("/stall.raw"))}, {"sha256", sha256Of(bytes)}});
        const QJsonObject image = waitForState(*vman.http, r.object().value("id").toString(), "ready");
        QCOMPARE(image.value("sha256").toString(), sha256Of(bytes));
        QCOMPARE(server.ranges.size(), 2);
        QCOMPARE(server.ranges.at(1), QStringLiteral("bytes=700000-"));
    }

    void serverThatCannotResumeStartsOver()
    {
        FileServer server;
        const QByteArray bytes = noise(1024 * 1024, 13);
        server.files.insert("/noresume.raw", {bytes, 300000, 0, true});
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        vman.runtime->images().setDownloadOptions({6, 50, 30000});
        const auto r = vman.http->postJson("/images", {{"name", "again"}, {"url", QString::fromLatin1(server.url("/noresume.raw"))}, {"sha256", sha256Of(bytes)}});
        const QJsonObject image = waitForState(*vman.http, r.object().value("id").toString(), "ready");
        QCOMPARE(image.value("sha256").toString(), sha256Of(bytes));
        QCOMPARE(qint64(image.value("size").toDouble()), bytes.size());
    }

    void checksumMismatchAndMissingFilesEndInError()
    {
        FileServer server;
        const QByteArray bytes = noise(200000, 17);
        server.files.insert("/file.raw", {bytes, -1, 0, false});
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        const QString wrong = QString(64, QLatin1Char('a'));
        auto r = vman.http->postJson("/images", {{"name", "bad-sum"}, {"url", QString::fromLatin1(server.url("/file.raw"))}, {"sha256", wrong}});
        QJsonObject image = waitForState(*vman.http, r.object().value("id").toString(), "error");
        const QString detail = image.value("state_detail").toString();
        QVERIFY2(detail.contains(wrong) && detail.contains(sha256Of(bytes)), qPrintable(detail));
        QCOMPARE(QDir(storage.filePath("images")).entryList(QDir::Files).size(), 0);

        r = vman.http->postJson("/images", {{"name", "gone"}, {"url", QString::fromLatin1(server.url("/nothing.iso"))}});
        image = waitForState(*vman.http, r.object().value("id").toString(), "error");
        QVERIFY2(image.value("state_detail").toString().contains("404"), qPrintable(image.value("state_detail").toString()));
        QCOMPARE(server.ranges.size(), 2); // a 404 is not retried

        // A bad URL never starts.
        QCOMPARE(vman.http->postJson("/images", {{"name", "u1"}, {"url", "file:///etc/passwd"}}).status, 422);
        QCOMPARE(vman.http->postJson("/images", {{"name", "u2"}, {"url", "http://"}}).status, 422);
        QCOMPARE(vman.http->postJson("/images", {{"name", "u3"}, {"url", "https://example.org/x"}, {"sha256", "xyz"}}).status, 422);
    }

    void downloadsOfForeignOrUnsafeImagesAreRefused()
    {
        FileServer server;
        QFile backed(m_backed);
        QVERIFY(backed.open(QIODevice::ReadOnly));
        server.files.insert("/backed.qcow2", {backed.readAll(), -1, 0, false});
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        const auto r = vman.http->postJson("/images", {{"name", "sneaky"}, {"url", QString::fromLatin1(server.url("/backed.qcow2"))}});
        const QJsonObject image = waitForState(*vman.http, r.object().value("id").toString(), "error");
        QVERIFY(image.value("state_detail").toString().contains("backing file"));
        QCOMPARE(QDir(storage.filePath("images")).entryList(QDir::Files).size(), 0);
    }

    void cancelAndRestartInTheMiddle()
    {
        FileServer server;
        const QByteArray bytes = noise(4 * 1024 * 1024, 19);
        server.files.insert("/slow.raw", {bytes, -1, 16 * 1024, false}); // ~800 KB/s
        QTemporaryDir storage;
        QString id;
        {
            TestRuntime vman(dryRunConfig(storage.path()));
            QVERIFY(vman.ok);
            // Cancel: DELETE while it downloads removes it and its partial file.
            auto r = vman.http->postJson("/images", {{"name", "cancel-me"}, {"url", QString::fromLatin1(server.url("/slow.raw"))}});
            const QString cancelled = r.object().value("id").toString();
            QVERIFY(QTest::qWaitFor([&] { return vman.http->get("/images/" + cancelled.toLatin1()).object().value("bytes_done").toDouble() > 0; }, 10000));
            QCOMPARE(vman.http->del("/images/" + cancelled.toLatin1()).status, 204);
            QCOMPARE(vman.http->get("/images/" + cancelled.toLatin1()).status, 404);
            QTest::qWait(200);
            QCOMPARE(QDir(storage.filePath("images")).entryList(QDir::Files).size(), 0);

            // Restart: VMAN stops while a download runs; the next start resumes it.
            r = vman.http->postJson("/images", {{"name", "resume-me"}, {"url", QString::fromLatin1(server.url("/slow.raw"))}, {"sha256", sha256Of(bytes)}});
            id = r.object().value("id").toString();
            QVERIFY(QTest::qWaitFor([&] { return vman.http->get("/images/" + id.toLatin1()).object().value("bytes_done").toDouble() > 200000; }, 10000));
        }
        const qint64 partSize = QFileInfo(storage.filePath("images/" + id + ".part")).size();
        QVERIFY(partSize > 0);
        server.files["/slow.raw"].bytesPerTick = 0;
        server.ranges.clear();
        TestRuntime again(dryRunConfig(storage.path()));
        QVERIFY(again.ok);
        const QJsonObject image = waitForState(*again.http, id, "ready");
        QCOMPARE(image.value("sha256").toString(), sha256Of(bytes));
        QVERIFY(!server.ranges.isEmpty());
        QVERIFY2(server.ranges.first().startsWith("bytes="), qPrintable(server.ranges.first()));
        QVERIFY(server.ranges.first().mid(6).chopped(1).toLongLong() >= partSize);
    }

    // ---- checksums and the catalogue ---------------------------------------------------------

    void checksumFilesInEveryForm()
    {
        const QString a64 = QString(64, 'a'), b64 = QString(64, 'B'), c128 = QString(128, 'c');
        const QByteArray sums = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n# Fedora-Cloud\n"
                                "SHA256 (Fedora-Cloud-Base.qcow2) = " + a64.toLatin1() + "\n"
                                + b64.toLatin1() + " *disk.img\n"
                                + c128.toLatin1() + "  ./sub/debian.qcow2\n"
                                "zz" + a64.toLatin1().mid(2) + "  bad-hex.iso\n"
                                + a64.toLatin1().left(40) + "  short.iso\n-----BEGIN PGP SIGNATURE-----\n";
        QCOMPARE(images::findChecksum(sums, "Fedora-Cloud-Base.qcow2")->hex, a64);
        QCOMPARE(images::findChecksum(sums, "Fedora-Cloud-Base.qcow2")->algorithm, QStringLiteral("sha256"));
        QCOMPARE(images::findChecksum(sums, "disk.img")->hex, b64.toLower());
        QCOMPARE(images::findChecksum(sums, "debian.qcow2")->algorithm, QStringLiteral("sha512"));
        QVERIFY(!images::findChecksum(sums, "bad-hex.iso"));
        QVERIFY(!images::findChecksum(sums, "short.iso"));
        QVERIFY(!images::findChecksum(sums, "other.iso"));
        QVERIFY(!images::findChecksum(sums, ""));
        QCOMPARE(images::parseChecksum("sha256:" + a64)->hex, a64);
        QVERIFY(!images::parseChecksum("sha512:" + a64));
        QVERIFY(!images::parseChecksum("md5:abc"));
        QVERIFY(!images::parseChecksum(a64));
    }

    void theBuiltInCatalogueIsValid()
    {
        const auto catalog = loadCatalog(QString());
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().message));
        QStringList names;
        for (const CatalogEntry &e : catalog.value()) {
            names << e.name;
            QVERIFY(e.url.startsWith("https://"));
            QVERIFY(!e.checksumUrl.isEmpty() || !e.checksum.isEmpty());
        }
        for (const char *wanted : {"debian-12-genericcloud", "debian-12-netinst", "ubuntu-24.04-cloud", "fedora-cloud-43", "alpine-virt-3.22"})
            QVERIFY2(names.contains(QLatin1String(wanted)), wanted);
        // Broken catalogues are refused, naming the problem.
        QVERIFY(!parseCatalog("[]").ok());
        QVERIFY(!parseCatalog(R"({"version":2,"images":[]})").ok());
        const QByteArray noSum = R"({"version":1,"images":[{"name":"x","kind":"cloud","format":"qcow2","url":"https://h/x.qcow2"}]})";
        QVERIFY(parseCatalog(noSum).error().message.contains("checksum"));
        const QByteArray badUrl = R"({"version":1,"images":[{"name":"x","kind":"cloud","format":"qcow2","url":"ftp://h/x","checksum_url":"https://h/S"}]})";
        QVERIFY(parseCatalog(badUrl).error().message.contains("url"));
        // A size that is no whole qint64 reads as unknown (0); found by fuzz_checksums as a double cast.
        const QByteArray sizedEntry = R"({"version":1,"images":[{"name":"x","kind":"cloud","format":"qcow2","url":"https://h/x","checksum_url":"https://h/S","size":SIZE}]})";
        for (const char *size : {"8.8e59", "-3", "2.5", "'12'", "1e300"}) {
            const QByteArray oddSize = QByteArray(sizedEntry).replace("SIZE", QByteArray(size).replace('\'', '"'));
            const auto parsed = parseCatalog(oddSize);
            QVERIFY2(parsed.ok(), size);
            QCOMPARE(parsed.value().first().size, qint64(0));
        }
        const auto sized = parseCatalog(QByteArray(sizedEntry).replace("SIZE", "123456789012"));
        QCOMPARE(sized.value().first().size, qint64(123456789012));
    }

    void catalogueDownloadsAreVerifiedAgainstThePublishersSums()
    {
        FileServer server;
        const QByteArray bytes = noise(500000, 23);
        const QByteArray sha512 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha512).toHex();
        server.files.insert("/pub/tiny.raw", {bytes, -1, 0, false});
        server.files.insert("/pub/SHA512SUMS", {sha512 + "  tiny.raw\n" + QByteArray(128, 'f') + "  other.raw\n", -1, 0, false});
        server.files.insert("/pub/other.raw", {bytes, -1, 0, false}); // listed with a wrong sum
        QTemporaryDir storage;
        const QString catalogFile = storage.filePath("catalog.json");
        QFile catalog(catalogFile);
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        auto entry = [&](const char *name, const char *path) {
            return QJsonObject{{"name", name}, {"title", "Tiny"}, {"os", "none"}, {"kind", "cloud"}, {"format", "raw"},
                               {"url", QString::fromLatin1(server.url(path))}, {"checksum_url", QString::fromLatin1(server.url("/pub/SHA512SUMS"))},
                               {"size", 500000}};
        };
        catalog.write(QJsonDocument(QJsonObject{{"version", 1},
                                                {"images", QJsonArray{entry("tiny", "/pub/tiny.raw"), entry("other", "/pub/other.raw"),
                                                                      entry("unlisted", "/pub/SHA512SUMS")}}})
                          .toJson());
        catalog.close();
        Config config = dryRunConfig(storage.filePath("s"));
        config.imageCatalog = catalogFile;
        TestRuntime vman(config);
        QVERIFY(vman.ok);
        const QJsonArray offered = vman.http->get("/images/catalog").array();
        QCOMPARE(offered.size(), 3);
        QCOMPARE(offered.first().toObject().value("checksum_url").toString(), QString::fromLatin1(server.url("/pub/SHA512SUMS")));

        auto r = vman.http->postJson("/images", {{"catalog", "tiny"}});
        QCOMPARE(r.status, 202);
        QCOMPARE(r.object().value("name").toString(), QStringLiteral("tiny"));
        QJsonObject image = waitForState(*vman.http, r.object().value("id").toString(), "ready");
        QCOMPARE(image.value("sha256").toString(), sha256Of(bytes));

        r = vman.http->postJson("/images", {{"catalog", "other"}, {"name", "other-copy"}});
        image = waitForState(*vman.http, r.object().value("id").toString(), "error");
        QVERIFY2(image.value("state_detail").toString().contains("SHA512"), qPrintable(image.value("state_detail").toString()));
        r = vman.http->postJson("/images", {{"catalog", "unlisted"}});
        image = waitForState(*vman.http, r.object().value("id").toString(), "error");
        QVERIFY2(image.value("state_detail").toString().contains("does not list"), qPrintable(image.value("state_detail").toString()));
        QCOMPARE(vman.http->postJson("/images", {{"catalog", "nope"}}).status, 404);
        QCOMPARE(vman.http->postJson("/images", {{"catalog", "tiny"}, {"url", "http://h/x"}}).status, 422);
    }

    // ---- images and VMs ----------------------------------------------------------------------

    void imagesInUseCannotBeDeleted()
    {
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        const QString disk = vman.http->postJson("/images", {{"name", "disk"}, {"path", m_qcow2}}).object().value("id").toString();
        const QString cd = vman.http->postJson("/images", {{"name", "cd"}, {"path", m_iso}}).object().value("id").toString();
        waitForState(*vman.http, disk, "ready");
        waitForState(*vman.http, cd, "ready");
        QCOMPARE(vman.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        auto r = vman.http->postJson("/vms", {{"template_name", "small"}, {"name", "uses-both"}, {"image", "disk"}, {"cdrom", cd}, {"disk_size", 20}});
        QCOMPARE(r.status, 201);
        const QJsonObject vm = r.object();
        QCOMPARE(vm.value("image").toObject().value("name").toString(), QStringLiteral("disk"));
        QCOMPARE(vm.value("cdrom").toObject().value("id").toString(), cd);
        QCOMPARE(vm.value("disk_size").toInt(), 20);
        QCOMPARE(vm.value("boot").toArray(), QJsonArray({"disk", "cdrom"}));
        QCOMPARE(vm.value("firmware").toString(), QStringLiteral("bios"));
        r = vman.http->del("/images/" + disk.toLatin1());
        QCOMPARE(r.status, 409);
        QVERIFY(r.object().value("detail").toString().contains("uses-both"));
        QCOMPARE(vman.http->del("/images/" + cd.toLatin1()).status, 409);
        // Ejecting frees the ISO; deleting the VM frees the disk image.
        QCOMPARE(vman.http->del("/vms/" + vm.value("id").toString().toLatin1() + "/cdrom").status, 200);
        QCOMPARE(vman.http->del("/images/" + cd.toLatin1()).status, 204);
        QCOMPARE(vman.http->del("/vms/" + vm.value("id").toString().toLatin1()).status, 204);
        QCOMPARE(vman.http->del("/images/" + disk.toLatin1()).status, 204);
        QCOMPARE(QDir(storage.filePath("images")).entryList(QDir::Files).size(), 0);
    }

    void vmMediaRules()
    {
        QTemporaryDir storage;
        TestRuntime vman(dryRunConfig(storage.path()));
        QVERIFY(vman.ok);
        const QString disk = vman.http->postJson("/images", {{"name", "disk"}, {"path", m_qcow2}}).object().value("id").toString();
        const QString cd = vman.http->postJson("/images", {{"name", "cd"}, {"path", m_iso}}).object().value("id").toString();
        waitForState(*vman.http, disk, "ready");
        waitForState(*vman.http, cd, "ready");
        QCOMPARE(vman.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
        const QByteArray before = vman.http->get("/vms").body;
        auto status = [&](const QJsonObject &extra) {
            QJsonObject body{{"template_name", "small"}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return vman.http->postJson("/vms", body);
        };
        QCOMPARE(status({{"disk_size", 2}, {"image", "disk"}}).status, 422); // the image is 3 GiB
        QCOMPARE(status({{"disk_size", 0}}).status, 422);
        QCOMPARE(status({{"disk_size", 70000}}).status, 422);
        QCOMPARE(status({{"disk_size", "big"}}).status, 422);
        QCOMPARE(status({{"image", "cd"}}).status, 422);   // an ISO is not a disk
        QCOMPARE(status({{"cdrom", "disk"}}).status, 422); // a disk is not an ISO
        QCOMPARE(status({{"image", "nope"}}).status, 404);
        QCOMPARE(status({{"cdrom", "nope"}}).status, 404);
        QCOMPARE(status({{"boot", QJsonArray{"disk", "disk"}}}).status, 422);
        QCOMPARE(status({{"boot", QJsonArray{"network"}}}).status, 422);
        QCOMPARE(status({{"boot", QJsonArray{}}}).status, 422);
        QCOMPARE(status({{"boot", "disk"}}).status, 422);
        QCOMPARE(status({{"firmware", "coreboot"}}).status, 422);
        QCOMPARE(vman.http->get("/vms").body, before);

        // An installation: a CD and no image boots the CD first onto an empty disk.
        auto r = status({{"name", "install"}, {"cdrom", "cd"}, {"disk_size", 8}, {"firmware", "uefi"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value("image"), QJsonValue());
        QCOMPARE(r.object().value("boot").toArray(), QJsonArray({"cdrom", "disk"}));
        QCOMPARE(r.object().value("firmware").toString(), QStringLiteral("uefi"));
        // Explicit boot order and an explicit "no image".
        r = status({{"name", "netboot"}, {"image", QJsonValue::Null}, {"boot", QJsonArray{"disk"}}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value("boot").toArray(), QJsonArray({"disk"}));
        QCOMPARE(r.object().value("image"), QJsonValue());

        // Templates carry defaults a VM can override.
        QCOMPARE(vman.http->postJson("/templates", {{"name", "from-disk"}, {"cpu_count", 1}, {"ram_amount", 1}, {"image", "disk"}, {"disk_size", 40}}).status, 201);
        QCOMPARE(vman.http->get("/templates/from-disk").object().value("image").toObject().value("id").toString(), disk);
        r = vman.http->postJson("/vms", {{"template_name", "from-disk"}});
        QCOMPARE(r.object().value("image").toObject().value("id").toString(), disk);
        QCOMPARE(r.object().value("disk_size").toInt(), 40);
        r = vman.http->postJson("/vms", {{"template_name", "from-disk"}, {"disk_size", 5}});
        QCOMPARE(r.object().value("disk_size").toInt(), 5);
        QCOMPARE(vman.http->postJson("/templates", {{"name", "too-small"}, {"cpu_count", 1}, {"ram_amount", 1}, {"image", "disk"}, {"disk_size", 1}}).status, 422);
        QCOMPARE(vman.http->del("/images/" + disk.toLatin1()).status, 409); // used by the template too

        // CD changes on a stopped VM are recorded; an ISO is required.
        const QString id = vman.http->get("/vms").array().first().toObject().value("id").toString();
        QCOMPARE(vman.http->postJson("/vms/" + id.toLatin1() + "/cdrom", {{"image", "disk"}}).status, 422);
        QCOMPARE(vman.http->postJson("/vms/" + id.toLatin1() + "/cdrom", {}).status, 422);
        r = vman.http->postJson("/vms/" + id.toLatin1() + "/cdrom", {{"image", "cd"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("cdrom").toObject().value("name").toString(), QStringLiteral("cd"));
    }

    void defaultAndStarterImages()
    {
        QTemporaryDir storage;
        Config config = dryRunConfig(storage.path());
        config.starterImage = m_qcow2;
        QString starter;
        {
            TestRuntime vman(config);
            QVERIFY(vman.ok);
            QVERIFY(QTest::qWaitFor([&] { return vman.http->get("/images").array().size() == 1; }, 5000));
            const QJsonObject image = vman.http->get("/images").array().first().toObject();
            QCOMPARE(image.value("name").toString(), QStringLiteral("vman-test-guest"));
            starter = image.value("id").toString();
            waitForState(*vman.http, starter, "ready");
            QCOMPARE(vman.http->postJson("/templates", {{"name", "small"}, {"cpu_count", 1}, {"ram_amount", 1}}).status, 201);
            // With nothing else configured the starter image is what a new VM boots.
            const auto r = vman.http->postJson("/vms", {{"template_name", "small"}});
            QCOMPARE(r.object().value("image").toObject().value("id").toString(), starter);
            QCOMPARE(vman.http->postJson("/vms", {{"template_name", "small"}, {"name", "d"}}).status, 201);
        }
        // VMAN_DEFAULT_BOOT_DISK takes precedence, offered in place as `default`, read-only.
        config.defaultBootDisk = m_raw;
        TestRuntime vman(config);
        QVERIFY(vman.ok);
        QCOMPARE(vman.http->get("/images").array().size(), 2); // the starter is not imported twice
        QJsonObject def;
        for (const QJsonValue &v : vman.http->get("/images").array()) {
            if (v.toObject().value("name") == QStringLiteral("default"))
                def = v.toObject();
        }
        QCOMPARE(def.value("read_only").toBool(), true);
        QCOMPARE(def.value("format").toString(), QStringLiteral("raw"));
        QCOMPARE(def.value("source").toObject().value("path").toString(), m_raw);
        const auto r = vman.http->postJson("/vms", {{"template_name", "small"}, {"name", "e"}});
        QCOMPARE(r.object().value("image").toObject().value("name").toString(), QStringLiteral("default"));
        const auto refused = vman.http->del("/images/" + def.value("id").toString().toLatin1());
        QCOMPARE(refused.status, 409);
        QVERIFY(refused.object().value("detail").toString().contains("VMAN_DEFAULT_BOOT_DISK") || refused.object().value("detail").toString().contains("'e'"));
        QVERIFY(QFileInfo::exists(m_raw));
    }
};

QTEST_GUILESS_MAIN(TestImages)
#include "tst_images.moc"
