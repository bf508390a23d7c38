// SPDX-License-Identifier: GPL-3.0-or-later
// QmpClient against a scripted fake QMP server (QLocalServer): handshake, split lines, several
// messages in one read, events before replies, errors, timeouts, out-of-order ids, disconnects.
#include "QmpClient.h"
#include "QmpConnections.h"
#include "QemuFiles.h"
#include "QmpLineReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vman;

namespace {

const QByteArray kGreeting = R"({"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}}, "capabilities": ["oob"]}})";

// One accepted connection of the fake server, with the commands it has received.
class FakeQmp
{
public:
    explicit FakeQmp(const QString &path)
    {
        QLocalServer::removeServer(path);
        m_server.listen(path);
    }
    bool accept()
    {
        // Accepted from the event loop: a blocking wait would hold up the client under test,
        // which lives in this thread too (its connect timer ran out while the server waited).
        if (!QTest::qWaitFor([this] { return m_server.hasPendingConnections(); }, 5000))
            return false;
        m_peer = m_server.nextPendingConnection();
        return m_peer != nullptr;
    }
    void write(const QByteArray &bytes)
    {
        m_peer->write(bytes);
        m_peer->flush();
    }
    // Waits for the next command line from the client.
    QJsonObject nextCommand()
    {
        (void)QTest::qWaitFor([this] {
            m_buffer += m_peer->readAll();
            return m_buffer.contains('\n');
        }, 5000);
        const int newline = m_buffer.indexOf('\n');
        if (newline < 0)
            return {};
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        return QJsonDocument::fromJson(line).object();
    }
    QByteArray reply(const QJsonObject &command, const QByteArray &value = "{}")
    {
        return R"({"return": )" + value + R"(, "id": )" + QByteArray::number(command.value("id").toInteger()) + "}\r\n";
    }
    // Greeting and capabilities, as QEMU does them.
    bool handshake(QmpClient &client)
    {
        if (!accept())
            return false;
        write(kGreeting + "\r\n");
        const QJsonObject caps = nextCommand();
        if (caps.value("execute").toString() != QLatin1String("qmp_capabilities"))
            return false;
        QSignalSpy ready(&client, &QmpClient::ready);
        write(reply(caps));
        return ready.wait(5000) || ready.count() == 1;
    }
    void close() { m_peer->disconnectFromServer(); }

private:
    QLocalServer m_server;
    QLocalSocket *m_peer = nullptr;
    QByteArray m_buffer;
};

struct Answer
{
    bool done = false;
    bool ok = false;
    QJsonValue value;
    QString error;

    QmpClient::ReplyHandler handler()
    {
        return [this](Result<QJsonValue> r) {
            done = true;
            ok = r.ok();
            if (ok)
                value = r.value();
            else
                error = r.error().message;
        };
    }
    bool wait(int ms = 5000) { return QTest::qWaitFor([this] { return done; }, ms); }
};

} // namespace

class TestQmpClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString socketPath() { return m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(++m_counter)); }
    int m_counter = 0;

private Q_SLOTS:
    void handshakeWithSplitGreeting()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        QSignalSpy ready(&client, &QmpClient::ready);
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.accept());
        // The greeting arrives in three pieces.
        server.write(kGreeting.left(10));
        QTest::qWait(20);
        server.write(kGreeting.mid(10, 30));
        QTest::qWait(20);
        QCOMPARE(client.state(), QmpClient::State::Connecting);
        server.write(kGreeting.mid(40) + "\r\n");
        const QJsonObject caps = server.nextCommand();
        QCOMPARE(caps.value("execute").toString(), QStringLiteral("qmp_capabilities"));
        QVERIFY(caps.contains("id"));
        QCOMPARE(client.state(), QmpClient::State::Negotiating);
        server.write(server.reply(caps));
        QVERIFY(ready.wait(5000));
        QVERIFY(client.isReady());
    }

    void eventBeforeReplyAndSeveralMessagesInOneRead()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.handshake(client));
        QSignalSpy events(&client, &QmpClient::qmpEvent);
        Answer answer;
        client.execute(QStringLiteral("stop"), answer.handler());
        const QJsonObject stop = server.nextCommand();
        QCOMPARE(stop.value("execute").toString(), QStringLiteral("stop"));
        // STOP arrives before stop's return, both in one write, the reply split across lines.
        server.write(R"({"timestamp": {"seconds": 1, "microseconds": 2}, "event": "STOP"})" "\r\n" + server.reply(stop) +
                     R"({"event": "RESUME", "data": {"x": 1}})" "\r\n");
        QVERIFY(answer.wait());
        QVERIFY(answer.ok);
        QVERIFY(answer.value.isObject());
        QTRY_COMPARE(events.count(), 2);
        QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("STOP"));
        QCOMPARE(events.at(1).at(0).toString(), QStringLiteral("RESUME"));
        QCOMPARE(events.at(1).at(1).toJsonObject().value("x").toInt(), 1);
    }

    void repliesMatchedByIdOutOfOrder()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.handshake(client));
        Answer first, second;
        client.execute(QStringLiteral("query-status"), first.handler());
        client.execute(QStringLiteral("query-name"), QJsonObject{{"a", 1}}, second.handler());
        const QJsonObject c1 = server.nextCommand();
        const QJsonObject c2 = server.nextCommand();
        QCOMPARE(c2.value("arguments").toObject().value("a").toInt(), 1);
        QVERIFY(c1.value("id") != c2.value("id"));
        server.write(server.reply(c2, R"({"name": "second"})"));
        server.write(server.reply(c1, R"({"status": "running"})"));
        QVERIFY(first.wait() && second.wait());
        QCOMPARE(first.value.toObject().value("status").toString(), QStringLiteral("running"));
        QCOMPARE(second.value.toObject().value("name").toString(), QStringLiteral("second"));
    }

    void repliesWithIdsThatAreNoWholeNumbersAreIgnored()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.handshake(client));
        Answer answer;
        client.execute(QStringLiteral("query-status"), answer.handler());
        const QJsonObject cmd = server.nextCommand();
        // Out of range, negative and fractional ids belong to no command (and must not be cast from a double).
        server.write(R"({"return": {}, "id": 8.8e59})" "\r\n" R"({"return": {}, "id": -1})" "\r\n"
                     R"({"return": {}, "id": 1.5})" "\r\n" R"({"return": {}, "id": "1"})" "\r\n");
        QTest::qWait(50);
        QVERIFY(!answer.done);
        QVERIFY(client.isReady());
        server.write(server.reply(cmd, R"({"status": "running"})"));
        QVERIFY(answer.wait());
        QCOMPARE(answer.value.toObject().value("status").toString(), QStringLiteral("running"));
    }

    void errorCarriesQemusMessage()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.handshake(client));
        Answer answer;
        client.execute(QStringLiteral("device_add"), answer.handler());
        const QJsonObject cmd = server.nextCommand();
        server.write(R"({"error": {"class": "GenericError", "desc": "Duplicate device ID 'vd1'"}, "id": )" +
                     QByteArray::number(cmd.value("id").toInteger()) + "}\r\n");
        QVERIFY(answer.wait());
        QVERIFY(!answer.ok);
        QCOMPARE(answer.error, QStringLiteral("Duplicate device ID 'vd1'"));
        QVERIFY(client.isReady()); // an error reply does not end the connection
    }

    void timeoutAnswersOnceAndLateReplyIsIgnored()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.handshake(client));
        int calls = 0;
        QString error;
        client.execute(QStringLiteral("slow"), {}, [&](Result<QJsonValue> r) { ++calls; error = r.ok() ? QString() : r.error().message; }, 100);
        const QJsonObject cmd = server.nextCommand();
        QTRY_COMPARE(calls, 1);
        QVERIFY(error.contains(QStringLiteral("timed out")));
        server.write(server.reply(cmd));
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QVERIFY(client.isReady());
    }

    void disconnectFailsPendingAndIsSignalled()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.handshake(client));
        QSignalSpy disconnected(&client, &QmpClient::disconnected);
        Answer answer;
        client.execute(QStringLiteral("quit"), answer.handler());
        server.nextCommand();
        server.close();
        QVERIFY(answer.wait());
        QVERIFY(!answer.ok);
        QVERIFY(answer.error.contains(QStringLiteral("quit")));
        QTRY_COMPARE(disconnected.count(), 1);
        QCOMPARE(client.state(), QmpClient::State::Disconnected);
        Answer after;
        client.execute(QStringLiteral("query-status"), after.handler());
        QVERIFY(after.wait());
        QVERIFY(!after.ok);
    }

    void closedDuringHandshakeFails()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        QSignalSpy failed(&client, &QmpClient::failed);
        QSignalSpy disconnected(&client, &QmpClient::disconnected);
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.accept());
        server.write(kGreeting + "\r\n");
        server.nextCommand();
        server.close();
        QVERIFY(failed.wait(5000));
        QCOMPARE(disconnected.count(), 0);
    }

    void noServerFails()
    {
        QmpClient client;
        QSignalSpy failed(&client, &QmpClient::failed);
        client.connectToServer(m_dir.filePath(QStringLiteral("missing.sock")));
        QVERIFY(failed.count() == 1 || failed.wait(5000));
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void silentServerTimesOut()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        QSignalSpy failed(&client, &QmpClient::failed);
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)), 200);
        QVERIFY(server.accept()); // accepted, but no greeting: like a second QMP client
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("handshake")));
    }

    void garbageEndsTheConnection()
    {
        FakeQmp server(socketPath());
        QmpClient client;
        client.connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.handshake(client));
        QSignalSpy disconnected(&client, &QmpClient::disconnected);
        server.write("this is not json\r\n");
        QVERIFY(disconnected.wait(5000));
        QVERIFY(disconnected.first().first().toString().contains(QStringLiteral("not a JSON object")));
    }

    void destroyedClientRunsNoHandler()
    {
        // VMAN shutting down with a command in flight: the handler belongs to an object that is
        // being destroyed too, so it must not run.
        FakeQmp server(socketPath());
        auto client = std::make_unique<QmpClient>();
        client->connectToServer(m_dir.filePath(QStringLiteral("qmp-%1.sock").arg(m_counter)));
        QVERIFY(server.handshake(*client));
        bool called = false;
        client->execute(QStringLiteral("query-status"), [&called](Result<QJsonValue>) { called = true; });
        QVERIFY(!server.nextCommand().isEmpty());
        client.reset();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // A connection that another operation gives up before QEMU answered still answers whoever
    // waited for it (a dropped callback left an HTTP request without a reply, under load).
    void aConnectionGivenUpWhileConnectingStillAnswers()
    {
        QTemporaryDir dir;
        const qemu::QemuFiles files(StoragePaths(dir.path()), dir.filePath(QStringLiteral("run")));
        const QString vmId = QStringLiteral("0a1b2c3d-1111-2222-3333-444455556666");
        QDir().mkpath(QFileInfo(files.files(vmId).qmpSocket).path());
        FakeQmp server(files.files(vmId).qmpSocket);
        qemu::QmpConnections connections(files);
        std::unique_ptr<Result<qemu::RunState>> answer;
        connections.attach(vmId, QCoreApplication::applicationPid(), [&](Result<qemu::RunState> r) { answer = std::make_unique<Result<qemu::RunState>>(r); });
        QVERIFY(server.accept()); // connected, but QEMU says nothing yet
        QVERIFY(!answer);
        std::unique_ptr<Result<qemu::RunState>> second;
        // Another operation takes over.
        connections.attach(vmId, QCoreApplication::applicationPid(), [&](Result<qemu::RunState> r) { second = std::make_unique<Result<qemu::RunState>>(r); });
        QVERIFY(QTest::qWaitFor([&] { return answer != nullptr; }, 5000));
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().message.contains(QStringLiteral("took this QEMU over")), qPrintable(answer->error().message));
        // The first attempt's failure lets go of nothing but itself: the newer connection goes on
        // and answers (it was dropped in turn once, and a restart under load failed with a 500).
        QVERIFY(connections.isAttached(vmId));
        QVERIFY(server.accept());
        server.write(kGreeting + "\r\n");
        const QJsonObject caps = server.nextCommand();
        QCOMPARE(caps.value("execute").toString(), QStringLiteral("qmp_capabilities"));
        server.write(server.reply(caps));
        const QJsonObject status = server.nextCommand();
        QCOMPARE(status.value("execute").toString(), QStringLiteral("query-status"));
        server.write(server.reply(status, R"({"status": "running", "running": true, "singlestep": false})"));
        QVERIFY(QTest::qWaitFor([&] { return second != nullptr; }, 5000));
        QVERIFY2(second->ok(), qPrintable(second->error().message));
        QCOMPARE(second->value().state, VmState::Running);
        QVERIFY(connections.client(vmId));
        connections.forget(vmId);
    }

    void lineReaderSplitsAndBounds()
    {
        qemu::QmpLineReader reader(64);
        // Several messages in one read, one split across reads, CRLF, blank lines.
        auto first = reader.feed("{\"a\":1}\r\n\n{\"b\":2}\n{\"c\"");
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(1).value("b").toInt(), 2);
        auto second = reader.feed(":3}\r\n");
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().value("c").toInt(), 3);
        QVERIFY(!reader.failed());
        // A line over the bound, even unterminated, is an error, and nothing more is read.
        QVERIFY(reader.feed(QByteArray(100, 'x')).isEmpty());
        QVERIFY(reader.failed());
        QVERIFY(reader.error().contains(QStringLiteral("longer than 64")));
        QVERIFY(reader.feed("{\"d\":4}\n").isEmpty());
        reader.reset();
        // Not an object: an error after the messages before it.
        const auto mixed = reader.feed("{\"e\":5}\n[1,2]\n{\"f\":6}\n");
        QCOMPARE(mixed.size(), 1);
        QVERIFY(reader.failed());
    }
};

QTEST_GUILESS_MAIN(TestQmpClient)
#include "tst_qmpclient.moc"
