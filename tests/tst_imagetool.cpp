// SPDX-License-Identifier: GPL-3.0-or-later
// qemu-img through ImageTool, for real: create, linked clone, full copy, info, and errors that
// carry qemu-img's message and leave nothing behind.
#include "ImageTool.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vman;

namespace {
template <typename T>
Result<T> wait(const std::function<void(ImageTool::Callback<T>)> &call)
{
    std::unique_ptr<Result<T>> result;
    call([&result](Result<T> r) { result = std::make_unique<Result<T>>(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result != nullptr; }, 30000))
        return ServiceError::failed(QStringLiteral("no answer"));
    return *result;
}
} // namespace

class TestImageTool : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ImageTool m_tool{QStringLiteral("qemu-img")};
    QString path(const QString &name) { return m_dir.filePath(name); }

private Q_SLOTS:
    void createAndInfo()
    {
        const auto created = wait<Done>([&](auto cb) { m_tool.create(path("a.qcow2"), 20, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const auto info = wait<QJsonObject>([&](auto cb) { m_tool.info(path("a.qcow2"), cb); });
        QVERIFY(info.ok());
        QCOMPARE(info.value().value("format").toString(), QStringLiteral("qcow2"));
        QCOMPARE(info.value().value("virtual-size").toInteger(), qint64(20) * 1024 * 1024 * 1024);
        QVERIFY(QFileInfo(path("a.qcow2")).size() < 1024 * 1024); // sparse
    }

    void linkedCloneHasBackingFileWithFormat()
    {
        QVERIFY(wait<Done>([&](auto cb) { m_tool.create(path("base.qcow2"), 1, cb); }).ok());
        const auto cloned = wait<Done>([&](auto cb) { m_tool.linkedClone(path("base.qcow2"), path("overlay.qcow2"), cb); });
        QVERIFY2(cloned.ok(), qPrintable(cloned.error().message));
        const auto info = wait<QJsonObject>([&](auto cb) { m_tool.info(path("overlay.qcow2"), cb); });
        QCOMPARE(info.value().value("backing-filename").toString(), path("base.qcow2"));
        QCOMPARE(info.value().value("backing-filename-format").toString(), QStringLiteral("qcow2"));
    }

    void fullCopyIsIndependent()
    {
        QVERIFY(wait<Done>([&](auto cb) { m_tool.create(path("src.qcow2"), 1, cb); }).ok());
        QVERIFY(wait<Done>([&](auto cb) { m_tool.linkedClone(path("src.qcow2"), path("mid.qcow2"), cb); }).ok());
        const auto copied = wait<Done>([&](auto cb) { m_tool.fullCopy(path("mid.qcow2"), path("copy.qcow2"), cb); });
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        const auto info = wait<QJsonObject>([&](auto cb) { m_tool.info(path("copy.qcow2"), cb); });
        QVERIFY(!info.value().contains("backing-filename"));
        QCOMPARE(info.value().value("virtual-size").toInteger(), qint64(1024) * 1024 * 1024);
    }

    void errorsCarryQemuImgMessageAndLeaveNothing()
    {
        const auto missingBase = wait<Done>([&](auto cb) { m_tool.linkedClone(path("nope.qcow2"), path("o2.qcow2"), cb); });
        QVERIFY(!missingBase.ok());
        QVERIFY2(missingBase.error().message.contains(QStringLiteral("nope.qcow2")), qPrintable(missingBase.error().message));
        QVERIFY(!QFile::exists(path("o2.qcow2")));

        QFile raw(path("raw.img"));
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write(QByteArray(4096, 'x'));
        raw.close();
        const auto notQcow2 = wait<QJsonObject>([&](auto cb) { m_tool.info(path("raw.img"), cb); });
        QVERIFY(!notQcow2.ok()); // the format is never probed

        ImageTool broken(QStringLiteral("/nonexistent/qemu-img"));
        const auto cannotRun = wait<Done>([&](auto cb) { broken.create(path("x.qcow2"), 1, cb); });
        QVERIFY(!cannotRun.ok());
        QVERIFY(cannotRun.error().message.contains(QStringLiteral("/nonexistent/qemu-img")));
    }
};

QTEST_GUILESS_MAIN(TestImageTool)
#include "tst_imagetool.moc"
