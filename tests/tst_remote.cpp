// SPDX-License-Identifier: GPL-3.0-or-later
// The window's side of a remote VMAN (src/client): the event-stream reader, and RemoteHost against
// real `vman --server` processes over HTTPS: pairing, calls, events, a revoked token, a changed
// certificate, and a host that goes away and comes back.
#include "ApiJson.h"
#include "HostMirror.h"
#include "RemoteConnection.h"
#include "RemoteHost.h"
#include "SseReader.h"
#include "HttpClient.h"
#include "Pairing.h"
#include "ServerHelpers.h"
#include "VmanProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace vman;
using namespace vman::client;

namespace {

QStringList serverArgs(const QString &storage, quint16 port)
{
    return {QStringLiteral("--server"), QStringLiteral("--dry-run"), QStringLiteral("--storage"), storage, QStringLiteral("--port"),
            QString::number(port)};
}

Result<ApiAnswer> callAndWait(RemoteHost &host, const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    std::optional<Result<ApiAnswer>> outcome;
    host.call(method, path, body, [&outcome](Result<ApiAnswer> result) { outcome = std::move(result); });
    (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000); // no answer: said by the result
    return outcome.value_or(ServiceError::failed(QStringLiteral("no answer")));
}

// Runs one operation of a connection and waits for its answer.
template <typename T>
Result<T> answerOf(const std::function<void(Reply<T>)> &operation)
{
    std::optional<Result<T>> outcome;
    operation([&outcome](Result<T> result) { outcome = std::move(result); });
    (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000); // no answer: said by the result
    return outcome.value_or(ServiceError::failed(QStringLiteral("no answer")));
}

} // namespace

class TestRemote : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void sseReaderFollowsTheStandard()
    {
        SseReader reader;
        QList<SseEvent> events = reader.feed("\xEF\xBB\xBFretry: 2500\n: vman-stream abc new\n\nid: 7\ndata: {\"a\":1}\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().id, QByteArray("7"));
        QCOMPARE(events.first().type, QByteArray("message"));
        QCOMPARE(events.first().data, QByteArray("{\"a\":1}"));
        QCOMPARE(reader.retryMs(), 2500);
        QCOMPARE(reader.takeComments(), QList<QByteArray>{"vman-stream abc new"});
        QVERIFY(reader.takeComments().isEmpty());
        // CR, CRLF split across pieces, two data lines, a named event, the id carried over.
        events = reader.feed("event: custom\rdata:first\r");
        QVERIFY(events.isEmpty());
        events += reader.feed("\ndata: second\r\n\r");
        events += reader.feed("\ndata: third\n\n");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).type, QByteArray("custom"));
        QCOMPARE(events.at(0).data, QByteArray("first\nsecond"));
        QCOMPARE(events.at(0).id, QByteArray("7"));
        QCOMPARE(events.at(1).type, QByteArray("message"));
        QCOMPARE(reader.lastEventId(), QByteArray("7"));
        // An id without data moves the last id; unknown fields and a bad retry are ignored.
        QVERIFY(reader.feed("id: 9\nfoo: bar\nretry: soon\n\n").isEmpty());
        QCOMPARE(reader.lastEventId(), QByteArray("9"));
        QCOMPARE(reader.retryMs(), 2500);
        // Bounds: a line that never ends stops the reader for good.
        SseReader flooded;
        flooded.feed(QByteArray(SseReader::kMaxLine + 1, 'x'));
        QVERIFY(flooded.failed());
        QVERIFY(flooded.feed("data: x\n\n").isEmpty());
        SseReader big;
        const QByteArray line = "data: " + QByteArray(SseReader::kMaxEvent / 4, 'y') + '\n';
        for (int i = 0; i < 5 && !big.failed(); ++i)
            big.feed(line);
        QVERIFY(big.failed());
        // Line ends of every kind, split anywhere: CR LF across two pieces is one line end.
        SseReader split;
        QVERIFY(split.feed("data: a\r").isEmpty());
        const QList<SseEvent> twoLines = split.feed("\ndata: b\r\rdata: c\n\n");
        QCOMPARE(twoLines.size(), 2);
        QCOMPARE(twoLines.at(0).data, QByteArray("a\nb"));
        QCOMPARE(twoLines.at(1).data, QByteArray("c"));
        SseReader crlf;
        QList<SseEvent> both = crlf.feed("data: a\r\n\r\ndata: b\r");
        QCOMPARE(both.size(), 1);
        both += crlf.feed("\r");
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(1).data, QByteArray("b"));
        // A line of megabytes (the host's lists) in pieces of the size the network gives.
        SseReader lists;
        const QByteArray payload = "{\"vms\":[" + QByteArray(3 * 1024 * 1024, 'z') + "]}";
        const QByteArray stream = "event: lists\nid: 4\ndata: " + payload + "\n\n";
        QList<SseEvent> received;
        for (qsizetype at = 0; at < stream.size(); at += 16384)
            received += lists.feed(stream.mid(at, 16384));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().type, QByteArray("lists"));
        QCOMPARE(received.first().id, QByteArray("4"));
        QCOMPARE(received.first().data, payload);
    }

    // Lists that cannot be read are not shown as an empty host: the stream is opened again from
    // the start (no Last-Event-ID), with back-off, and the reason is the host's state detail.
    void unreadableListsOpenTheStreamAgain()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QList<QByteArray> answers{
            "event: lists\nid: 3\ndata: [1, 2]\n\n",                 // no object
            "event: lists\nid: 4\ndata: {\"templates\": []}\n\n",    // no VMs, disks, images
            "event: lists\nid: 5\ndata: {\"templates\": [], \"vms\": [], \"disks\": [], \"images\": []}\n\n"};
        QList<QByteArray> requests;
        QList<QTcpSocket *> open;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            open << socket;
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                const QByteArray head = socket->readAll();
                const int index = int(requests.size());
                requests << head;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\nretry: 2000\n: vman-stream run-1 new\n\n"
                              + answers.value(index));
            });
        });
        RemoteHost host(HostIdentity{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), {}, {}, {}, {}});
        HostMirror mirror(host);
        QSignalSpy loaded(&mirror, &HostMirror::loaded);
        QSignalSpy states(&host, &RemoteHost::stateChanged);
        host.connectEvents();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(requests.size(), 3);
        QCOMPARE(loaded.count(), 1);
        for (const QByteArray &request : std::as_const(requests)) {
            QVERIFY2(request.startsWith("GET /events?lists=1 HTTP/1.1\r\n"), request.constData());
            QVERIFY2(!request.toLower().contains("last-event-id"), request.constData()); // never resumed from what was refused
        }
        bool said = false;
        for (const QList<QVariant> &state : std::as_const(states))
            said = said || state.at(1).toString().contains(QLatin1String("the host's lists could not be read"));
        QVERIFY(said);
        QCOMPARE(host.state(), RemoteHost::State::Online);
        QCOMPARE(host.lastEventId(), QByteArray("5"));
        QCOMPARE(mirror.vmCount(), 0);
    }

    void mirrorFollowsTheHost()
    {
        // A loopback server in plain HTTP, as the window's own VMAN is reached.
        const QString storage = m_dir.filePath(QStringLiteral("mirror"));
        const quint16 port = freePort();
        // Operations take 300 ms, so the mirror can be seen to follow the VM's busy mark.
        VmanProcess vman(m_dir.path(), serverArgs(storage, port), {{QStringLiteral("VMAN_DRY_RUN_DELAY_MS"), QStringLiteral("300")}});
        QCOMPARE(vman.waitForPort(), port);
        RemoteHost host(HostIdentity{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}, {}, {}, {}});
        auto post = [&host](const QString &path, const QByteArray &body) { return callAndWait(host, "POST", path, body); };
        QCOMPARE(post(QStringLiteral("/templates"), R"({"name":"small","cpu_count":2,"ram_amount":1})").value().status, 201);
        const QString first = post(QStringLiteral("/vms"), R"({"template_name":"small","name":"one","ports":[{"host":2201,"guest":22}]})")
                                  .value().object().value(QStringLiteral("id")).toString();
        QVERIFY(!first.isEmpty());

        HostMirror mirror(host);
        QSignalSpy loaded(&mirror, &HostMirror::loaded);
        QSignalSpy changed(&mirror, &HostMirror::vmChanged);
        QSignalSpy removed(&mirror, &HostMirror::vmRemoved);
        QSignalSpy disksChanged(&mirror, &HostMirror::disksChanged);
        // The lists come with the event stream: nothing read besides it.
        host.connectEvents();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(host.state(), RemoteHost::State::Online);
        QCOMPARE(mirror.templates().size(), 1);
        QCOMPARE(mirror.templates().first().cpuCount, 2);
        QCOMPARE(mirror.vmCount(), 1);
        const Vm one = *mirror.findVm(first);
        QCOMPARE(one.name, QStringLiteral("one"));
        QCOMPARE(one.ports.size(), 1);
        QCOMPARE(one.ports.first().hostPort, 2201);
        QCOMPARE(one.state, VmState::Stopped);

        QCOMPARE(changed.count(), 0);
        // Made elsewhere (here: through the API directly), seen in the mirror.
        const QString second = post(QStringLiteral("/vms"), R"({"template_name":"small","name":"two"})").value().object().value(QStringLiteral("id")).toString();
        QVERIFY(QTest::qWaitFor([&] { return mirror.findVm(second).has_value(); }, 10000));
        QSignalSpy operations(&mirror, &HostMirror::vmOperationChanged);
        std::optional<Result<ApiAnswer>> started;
        host.call("POST", QStringLiteral("/vms/%1/actions/start").arg(first), {}, [&started](Result<ApiAnswer> r) { started = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return mirror.isVmBusy(first); }, 10000));
        QCOMPARE(mirror.vmOperation(first), QStringLiteral("start"));
        QCOMPARE(HttpClient(port).get("/vms/" + first.toLatin1()).object().value(QStringLiteral("operation")).toString(), QStringLiteral("start"));
        QVERIFY(QTest::qWaitFor([&] { return started.has_value(); }, 10000));
        QCOMPARE(started->value().status, 200);
        QVERIFY(QTest::qWaitFor([&] { return mirror.findVm(first)->state == VmState::Running && !mirror.isVmBusy(first); }, 10000));
        QVERIFY(HttpClient(port).get("/vms/" + first.toLatin1()).object().value(QStringLiteral("operation")).isNull());
        QCOMPARE(operations.count(), 2);
        const QString disk = post(QStringLiteral("/disks"), R"({"size":1,"name":"data"})").value().object().value(QStringLiteral("id")).toString();
        QCOMPARE(post(QStringLiteral("/disks/%1/attach").arg(disk), QStringLiteral(R"({"vm_id":"%1"})").arg(second).toUtf8()).value().status, 200);
        QVERIFY(QTest::qWaitFor([&] { return mirror.disks().size() == 1 && mirror.disks().first().vmId == second; }, 10000));
        // A disk's events read that disk, not the host's whole list (the server's log says what was asked).
        QVERIFY2(vman.waitForOutput(QStringLiteral("GET /disks/") + disk), qPrintable(vman.describe()));
        QVERIFY2(!vman.output().contains(QLatin1String("| GET /disks 200")), qPrintable(vman.describe()));
        QCOMPARE(callAndWait(host, "DELETE", QStringLiteral("/vms/%1").arg(second)).value().status, 204);
        QVERIFY(QTest::qWaitFor([&] { return !mirror.findVm(second); }, 10000));
        QCOMPARE(removed.count(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !mirror.disks().isEmpty() && mirror.disks().first().vmId.isEmpty(); }, 10000));
        QCOMPARE(post(QStringLiteral("/templates"), R"({"name":"large","cpu_count":4,"ram_amount":8})").value().status, 201);
        QVERIFY(QTest::qWaitFor([&] { return mirror.templates().size() == 2; }, 10000));
        QCOMPARE(callAndWait(host, "DELETE", QStringLiteral("/disks/%1").arg(disk)).value().status, 204);
        QVERIFY(QTest::qWaitFor([&] { return mirror.disks().isEmpty(); }, 10000));

        // The server restarts with a VM made while it was away (by another VMAN run on the same
        // storage): the stream cannot resume, so everything is read again.
        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
        {
            VmanProcess between(m_dir.path(), serverArgs(storage, port));
            QCOMPARE(between.waitForPort(), port);
            HttpClient direct(port);
            QCOMPARE(direct.postJson("/vms", {{"template_name", "small"}, {"name", "made-while-away"}}).status, 201);
            between.signal(SIGTERM);
            QVERIFY(between.finish());
        }
        loaded.clear();
        VmanProcess back(m_dir.path(), serverArgs(storage, port));
        QCOMPARE(back.waitForPort(), port);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(mirror.vmCount(), 2);
        bool found = false;
        for (const Vm &vm : mirror.vms())
            found = found || vm.name == QLatin1String("made-while-away");
        QVERIFY(found);
        back.signal(SIGTERM);
        QVERIFY(back.finish());
    }

    void apiJsonReadsWhatTheApiWrites()
    {
        // Real server objects: every field the window uses survives the trip.
        const QString storage = m_dir.filePath(QStringLiteral("json"));
        const quint16 port = freePort();
        VmanProcess vman(m_dir.path(), serverArgs(storage, port));
        QCOMPARE(vman.waitForPort(), port);
        HttpClient http(port);
        QCOMPARE(http.postJson("/templates", {{"name", "t"}, {"cpu_count", 3}, {"ram_amount", 2}, {"disk_size", 12}, {"firmware", "uefi"},
                                              {"ready_marker", "READY"}}).status, 201);
        const auto made = http.postJson("/vms", {{"template_name", "t"}, {"name", "web"}, {"boot", QJsonArray{"cdrom", "disk"}},
                                                 {"cloud_init", QJsonObject{{"hostname", "web-host"}}}});
        QCOMPARE(made.status, 201);
        const auto vm = vmFromJson(made.object());
        QVERIFY(vm);
        QCOMPARE(vm->cpuCount, 3);
        QCOMPARE(vm->ramAmount, 2);
        QCOMPARE(vm->firmware, Firmware::Uefi);
        QCOMPARE(vm->bootOrder, (QList<BootDevice>{BootDevice::Cdrom, BootDevice::Disk}));
        QCOMPARE(vm->readyMarker, QStringLiteral("READY"));
        QVERIFY(vm->cloudInit && vm->cloudInit->hostname == QStringLiteral("web-host"));
        QVERIFY(vm->createdAt.isValid());
        const auto t = templateFromJson(http.get("/templates/t").object());
        QVERIFY(t && t->diskSize == 12 && t->firmware == Firmware::Uefi);
        QVERIFY(!vmFromJson(QJsonObject{{"id", "x"}, {"name", "y"}, {"state", "flying"}, {"firmware", "bios"}}));
        QVERIFY(!diskFromJson(QJsonObject{{"id", "x"}, {"size", -1}}));
        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
    }

    void pairsCallsFollowsEventsAndLosesARevokedToken()
    {
        const QString storage = m_dir.filePath(QStringLiteral("a"));
        const quint16 port = freePort();
        VmanProcess vman(m_dir.path(), serverArgs(storage, port), {{QStringLiteral("VMAN_API_TLS"), QStringLiteral("auto")}});
        QCOMPARE(vman.waitForPort(), port);
        const QString code = pairingCode(vman);
        const QString printed = QRegularExpression(QStringLiteral("fingerprint: (\\S+)")).match(vman.output()).captured(1).remove(QLatin1Char(':'));
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));

        // The certificate first, from a handshake that sends nothing (no request reaches the API);
        // a pairing pinned to another certificate never presents the code, which stays valid.
        QObject context;
        std::optional<Result<QString>> seen;
        RemoteHost::probeCertificate(url, &context, [&seen](Result<QString> result) { seen = std::move(result); });
        QVERIFY(QTest::qWaitFor([&seen] { return seen.has_value(); }, 10000));
        QVERIFY2(seen->ok(), qPrintable(seen->error().message));
        QCOMPARE(seen->value(), printed);
        std::optional<Result<HostIdentity>> elsewhere;
        RemoteHost::pair(url, QString(64, QLatin1Char('0')), code, QStringLiteral("laptop"), &context,
                         [&elsewhere](Result<HostIdentity> result) { elsewhere = std::move(result); });
        QVERIFY(QTest::qWaitFor([&elsewhere] { return elsewhere.has_value(); }, 10000));
        QVERIFY(!elsewhere->ok());
        QVERIFY2(elsewhere->error().message.contains(QLatin1String("was not sent")), qPrintable(elsewhere->error().message));
        QTest::qWait(200); // what the server would log of a request
        vman.drain();
        QVERIFY2(!vman.output().contains(QLatin1String("/health")) && !vman.output().contains(QLatin1String("/auth/pair")), qPrintable(vman.describe()));
        seen.reset();
        RemoteHost::probeCertificate(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(freePort())), &context,
                                     [&seen](Result<QString> result) { seen = std::move(result); });
        QVERIFY(QTest::qWaitFor([&seen] { return seen.has_value(); }, 10000));
        QCOMPARE(seen->error().kind, ErrorKind::Unavailable); // nobody there

        QCOMPARE(pairTrustingFirstSight(url, QStringLiteral("WRONG-CODE1"), QStringLiteral("laptop")).error().kind, ErrorKind::Conflict);
        QCOMPARE(pairTrustingFirstSight(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), code, QStringLiteral("laptop")).error().kind, ErrorKind::Invalid);
        const Result<HostIdentity> paired = pairTrustingFirstSight(url, code, QStringLiteral("laptop"));
        QVERIFY2(paired.ok(), qPrintable(paired.error().message));
        QCOMPARE(paired.value().fingerprint, printed);
        QCOMPARE(paired.value().name, QStringLiteral("laptop"));
        QVERIFY(paired.value().token.startsWith("vman_"));

        RemoteHost host(paired.value());
        QSignalSpy events(&host, &RemoteHost::eventReceived);
        host.connectEvents();
        QVERIFY(QTest::qWaitFor([&host] { return host.state() == RemoteHost::State::Online; }, 10000));
        const auto created = callAndWait(host, "POST", QStringLiteral("/templates"), R"({"name":"small","cpu_count":1,"ram_amount":1})");
        QVERIFY(created.ok());
        QCOMPARE(created.value().status, 201);
        QVERIFY(QTest::qWaitFor([&events] { return !events.isEmpty(); }, 10000));
        QCOMPARE(events.first().first().toJsonObject().value(QStringLiteral("type")).toString(), QStringLiteral("template.created"));
        const auto listed = callAndWait(host, "GET", QStringLiteral("/templates"));
        QVERIFY(listed.ok() && listed.value().status == 200);

        // Missed while away: resumed with Last-Event-ID, nothing to reload.
        QSignalSpy resyncs(&host, &RemoteHost::resyncNeeded);
        host.disconnectEvents();
        QCOMPARE(host.state(), RemoteHost::State::Offline);
        QVERIFY(callAndWait(host, "POST", QStringLiteral("/templates"), R"({"name":"missed","cpu_count":1,"ram_amount":1})").ok());
        events.clear();
        host.connectEvents();
        QVERIFY(QTest::qWaitFor([&events] { return !events.isEmpty(); }, 10000));
        QCOMPARE(events.first().first().toJsonObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("missed"));
        QCOMPARE(resyncs.count(), 0);

        // Revoked on the server's shell: the open stream ends and calls are refused.
        QCOMPARE(runTokenCommand({QStringLiteral("revoke"), QStringLiteral("laptop")}, storage), 0);
        QVERIFY2(QTest::qWaitFor([&host] { return host.state() == RemoteHost::State::Unauthorized; }, 15000), qPrintable(host.stateDetail() + QLatin1Char(' ') + QString::number(int(host.state())) + vman.describe()));
        const auto refused = callAndWait(host, "GET", QStringLiteral("/vms"));
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().status, 401);
        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
    }

    // Everything the window does to a remote host, through RemoteConnection over HTTPS: the
    // request bodies the API reads, its answers read back, its errors in the core's terms, and
    // the mirror's signals the window's models follow.
    void remoteConnectionDoesWhatTheWindowAsks()
    {
        const QString storage = m_dir.filePath(QStringLiteral("connection"));
        const quint16 port = freePort();
        VmanProcess vman(m_dir.path(), serverArgs(storage, port), {{QStringLiteral("VMAN_API_TLS"), QStringLiteral("auto")}});
        QCOMPARE(vman.waitForPort(), port);
        const Result<HostIdentity> paired = pairTrustingFirstSight(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), pairingCode(vman), QStringLiteral("window"));
        QVERIFY2(paired.ok(), qPrintable(paired.error().message));
        RemoteConnection host(paired.value());
        QSignalSpy reloaded(&host, &HostConnection::reloaded);
        QSignalSpy sampled(&host, &HostConnection::usageSampled);
        QCOMPARE(host.status(), HostConnection::Status::Offline);
        host.connectToHost();
        QVERIFY(reloaded.wait(15000));
        QCOMPARE(host.status(), HostConnection::Status::Online);
        QVERIFY(!host.isLocal());
        QCOMPARE(host.sshHost(), QStringLiteral("127.0.0.1"));
        QVERIFY(QTest::qWaitFor([&host] { return !host.imageCatalog().isEmpty(); }, 10000));

        // The use of the host's VMs is read every few seconds, but only while it is shown (the
        // window tells), and at once when it is shown again.
        const auto statsServed = [&vman] {
            vman.drain();
            return vman.output().count(QStringLiteral("| GET /stats 200"));
        };
        QVERIFY(host.isUsagePolled());
        QVERIFY(QTest::qWaitFor([&] { return !sampled.isEmpty(); }, 10000)); // its answer is in
        host.setUsageShown(false);
        QVERIFY(!host.isUsagePolled());
        const qsizetype servedBefore = statsServed();
        QVERIFY(servedBefore > 0);
        host.setUsageShown(true);
        QVERIFY(host.isUsagePolled());
        // Sooner than the poll's interval (5 s) would.
        QVERIFY2(QTest::qWaitFor([&] { return statsServed() > servedBefore; }, 3000), qPrintable(vman.describe()));

        // Templates: made, refused twice over (the same name; a rule broken), checked inline.
        using T = Template;
        QSignalSpy templates(&host, &HostConnection::templatesChanged);
        const Result<T> small = answerOf<T>([&](Reply<T> r) { host.createTemplate({QStringLiteral("small"), 1, 1}, r); });
        QVERIFY2(small.ok(), qPrintable(small.error().message));
        QCOMPARE(small.value().name, QStringLiteral("small"));
        QVERIFY(templates.wait(10000));
        QCOMPARE(host.templates().size(), 1);
        QCOMPARE(answerOf<T>([&](Reply<T> r) { host.createTemplate({QStringLiteral("small"), 1, 1}, r); }).error().kind, ErrorKind::Conflict);
        const Result<T> bad = answerOf<T>([&](Reply<T> r) { host.createTemplate({QStringLiteral("big"), 0, 1}, r); });
        QCOMPARE(bad.error().kind, ErrorKind::Invalid);
        QCOMPARE(bad.error().fields.value(0).field, QStringLiteral("cpu_count"));
        QCOMPARE(host.validateTemplate({QStringLiteral("small"), 1, 1})->kind, ErrorKind::Conflict);
        QCOMPARE(host.validateTemplate({QStringLiteral("x y"), 1, 1})->fields.value(0).field, QStringLiteral("name"));
        QVERIFY(!host.validateTemplate({QStringLiteral("other"), 2, 2}));

        // A VM with what the New VM dialog sends; its state changes come as signals.
        QSignalSpy added(&host, &HostConnection::vmAdded);
        QSignalSpy states(&host, &HostConnection::vmStateChanged);
        VmSpec spec{QStringLiteral("small"), QStringLiteral("web"), {{2222, 22}}};
        spec.boot = QStringList{QStringLiteral("disk")};
        spec.cloudInit = CloudInit{};
        spec.cloudInit->hostname = QStringLiteral("web-host");
        const Result<Vm> web = answerOf<Vm>([&](Reply<Vm> r) { host.createVm(spec, r); });
        QVERIFY2(web.ok(), qPrintable(web.error().message));
        const QString id = web.value().id;
        QVERIFY(QTest::qWaitFor([&] { return host.findVm(id).has_value(); }, 10000));
        QCOMPARE(added.count(), 1);
        QCOMPARE(host.findVm(id)->ports.first().hostPort, 2222);
        QCOMPARE(host.findVm(id)->cloudInit->hostname, QStringLiteral("web-host"));
        QCOMPARE(host.sshAccess(*host.findVm(id))->host, QStringLiteral("127.0.0.1"));
        QVERIFY(host.sshAccess(*host.findVm(id))->arguments.contains(QStringLiteral("-J"))); // the forward listens on the host's loopback
        QCOMPARE(host.validateVm(spec)->kind, ErrorKind::Conflict);
        QVERIFY(answerOf<Vm>([&](Reply<Vm> r) { host.startVm(id, r); }).ok());
        QVERIFY(QTest::qWaitFor([&] { return host.findVm(id)->state == VmState::Running; }, 10000));
        QVERIFY(!states.isEmpty());
        QCOMPARE(host.vmCount(VmState::Running), 1);
        QCOMPARE(answerOf<Vm>([&](Reply<Vm> r) { host.startVm(id, r); }).error().kind, ErrorKind::Conflict);
        QVERIFY(answerOf<QByteArray>([&](Reply<QByteArray> r) { host.consoleTail(id, 1024, r); }).ok());
        QVERIFY(answerOf<Vm>([&](Reply<Vm> r) { host.stopVm(id, true, r); }).ok());
        QVERIFY(QTest::qWaitFor([&] { return host.findVm(id)->state == VmState::Stopped; }, 10000));

        // Edits: a merge patch (null: the template's size again), checked first by the same rules.
        VmPatch patch;
        patch.name = QStringLiteral("web2");
        patch.cpuCount = std::optional<qint64>(2);
        QVERIFY(answerOf<Vm>([&](Reply<Vm> r) { host.updateVm(id, patch, r); }).ok());
        QVERIFY(QTest::qWaitFor([&] { return host.findVm(id)->name == QLatin1String("web2") && host.findVm(id)->cpuCount == 2; }, 10000));
        VmPatch back;
        back.cpuCount = std::optional<qint64>();
        QCOMPARE(answerOf<Vm>([&](Reply<Vm> r) { host.updateVm(id, back, r); }).value().cpuCount, 1);
        VmPatch shrink;
        shrink.diskSize = 1;
        QCOMPARE(host.validateVmChange(id, shrink)->fields.value(0).field, QStringLiteral("disk_size"));

        // Disks: made, attached, grown, detached, deleted; the mirror follows each.
        const Result<Disk> disk = answerOf<Disk>([&](Reply<Disk> r) { host.createDisk({2, QStringLiteral("data")}, r); });
        QVERIFY2(disk.ok(), qPrintable(disk.error().message));
        QVERIFY(QTest::qWaitFor([&] { return host.findDisk(disk.value().id).has_value(); }, 10000));
        const auto nameTaken = host.validateDisk({1, QStringLiteral("data")});
        QVERIFY2(nameTaken && nameTaken->kind == ErrorKind::Conflict, qPrintable(nameTaken ? nameTaken->message : QStringLiteral("accepted")));
        QCOMPARE(answerOf<Disk>([&](Reply<Disk> r) { host.attachDisk(disk.value().id, id, r); }).value().vmId, id);
        QVERIFY(QTest::qWaitFor([&] { return host.disksOfVm(id).size() == 1; }, 10000));
        QCOMPARE(answerOf<Disk>([&](Reply<Disk> r) { host.resizeDisk(disk.value().id, 3, r); }).value().size, 3);
        QCOMPARE(answerOf<Disk>([&](Reply<Disk> r) { host.resizeDisk(disk.value().id, 1, r); }).error().kind, ErrorKind::Invalid);
        QVERIFY(answerOf<Disk>([&](Reply<Disk> r) { host.detachDisk(disk.value().id, r); }).ok());
        QVERIFY(answerOf<Done>([&](Reply<Done> r) { host.deleteDisk(disk.value().id, r); }).ok());
        QVERIFY(QTest::qWaitFor([&] { return host.disks().isEmpty(); }, 10000));

        // Snapshots of the stopped VM: taken, listed, deleted.
        const Result<VmSnapshot> taken = answerOf<VmSnapshot>([&](Reply<VmSnapshot> r) { host.createSnapshot(id, {QStringLiteral("before"), QStringLiteral("first")}, r); });
        QVERIFY2(taken.ok(), qPrintable(taken.error().message));
        const auto listed = answerOf<QList<VmSnapshot>>([&](Reply<QList<VmSnapshot>> r) { host.listSnapshots(id, r); });
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().description, QStringLiteral("first"));
        QCOMPARE(listed.value().first().disks, QStringList{VmSnapshot::kRootDisk});
        QVERIFY(answerOf<Done>([&](Reply<Done> r) { host.deleteSnapshot(id, QStringLiteral("before"), r); }).ok());

        // Images: a URL that is no URL is refused inline; imports of local files are not offered.
        QCOMPARE(host.validateDownload({QStringLiteral("img"), QStringLiteral("ftp://x/y.iso"), {}})->fields.value(0).field, QStringLiteral("url"));
        QVERIFY(!host.canImportFiles());
        QCOMPARE(answerOf<Image>([&](Reply<Image> r) { host.importImage({QStringLiteral("x"), QStringLiteral("/tmp/x.iso")}, r); }).error().kind,
                 ErrorKind::NotImplemented);

        // Deleted, and gone from the mirror.
        QSignalSpy removed(&host, &HostConnection::vmRemoved);
        QVERIFY(answerOf<Done>([&](Reply<Done> r) { host.deleteVm(id, r); }).ok());
        QVERIFY(QTest::qWaitFor([&] { return removed.count() == 1 && !host.findVm(id); }, 10000));
        QCOMPARE(answerOf<Vm>([&](Reply<Vm> r) { host.startVm(id, r); }).error().kind, ErrorKind::NotFound);

        // A client may revoke its own token (a window removing the host), no other.
        QCOMPARE(callAndWait(host.remote(), "DELETE", QStringLiteral("/auth/tokens/6f1c2b8e-0000-4000-8000-000000000001")).value().status, 403);
        QCOMPARE(callAndWait(host.remote(), "DELETE", QStringLiteral("/auth/tokens/") + paired.value().tokenId).value().status, 204);
        QCOMPARE(callAndWait(host.remote(), "GET", QStringLiteral("/vms")).value().status, 401);
        QVERIFY(QTest::qWaitFor([&] { return host.status() == HostConnection::Status::Unauthorized; }, 15000));
        vman.signal(SIGTERM);
        QVERIFY(vman.finish());
    }

    void aHostThatGoesAwayIsReconnectedAndAChangedCertificateRefused()
    {
        const QString storage = m_dir.filePath(QStringLiteral("b"));
        const quint16 port = freePort();
        const QMap<QString, QString> tls{{QStringLiteral("VMAN_API_TLS"), QStringLiteral("auto")}};
        auto first = std::make_unique<VmanProcess>(m_dir.path(), serverArgs(storage, port), tls);
        QCOMPARE(first->waitForPort(), port);
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port));
        const Result<HostIdentity> paired = pairTrustingFirstSight(url, pairingCode(*first), QStringLiteral("desk"));
        QVERIFY2(paired.ok(), qPrintable(paired.error().message));
        RemoteHost host(paired.value());
        QSignalSpy resyncs(&host, &RemoteHost::resyncNeeded);
        QSignalSpy states(&host, &RemoteHost::stateChanged);
        host.connectEvents();
        QVERIFY(QTest::qWaitFor([&host] { return host.state() == RemoteHost::State::Online; }, 10000));

        // The server stops: the stream is lost, and retried.
        first->signal(SIGTERM);
        QVERIFY(first->finish());
        first.reset();
        QVERIFY(QTest::qWaitFor([&host] { return host.state() == RemoteHost::State::Offline; }, 10000));
        QVERIFY2(host.stateDetail().contains(QLatin1String("trying again")), qPrintable(host.stateDetail()));
        // It comes back (same storage, same certificate): online again without anything done, and
        // told to reload (a new run of the server: event ids started over).
        VmanProcess again(m_dir.path(), serverArgs(storage, port), tls);
        QCOMPARE(again.waitForPort(), port);
        QVERIFY(QTest::qWaitFor([&host] { return host.state() == RemoteHost::State::Online; }, 20000));
        QCOMPARE(resyncs.count(), 1);
        QVERIFY(callAndWait(host, "GET", QStringLiteral("/vms")).value().status == 200);
        again.signal(SIGTERM);
        QVERIFY(again.finish());

        // Another server on the same address, with a certificate of its own: refused, as SSH does.
        VmanProcess impostor(m_dir.path(), serverArgs(m_dir.filePath(QStringLiteral("other")), port), tls);
        QCOMPARE(impostor.waitForPort(), port);
        QVERIFY(QTest::qWaitFor([&host] { return host.state() == RemoteHost::State::CertificateChanged; }, 40000));
        const auto call = callAndWait(host, "GET", QStringLiteral("/vms"));
        QVERIFY(!call.ok());
        QVERIFY2(call.error().message.contains(QLatin1String("another certificate")), qPrintable(call.error().message));
        // No retries after that: the user decides.
        const int seen = int(states.count());
        QTest::qWait(2500);
        QCOMPARE(int(states.count()), seen);
        impostor.signal(SIGTERM);
        QVERIFY(impostor.finish());
    }
};

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
