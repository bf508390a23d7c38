// SPDX-License-Identifier: GPL-3.0-or-later
// qemu-img through ImageTool, for real: create, linked clone, full copy, info, and errors that
// carry qemu-img's message and leave nothing behind.
#include "FileCopy.h"
#include "ImageTool.h"
#include "UnusedBases.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

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

    // Internal snapshots of an image not in use, with the format given (qemu-img snapshot takes no
    // -f; --image-opts), in a path with a comma (doubled in the option).
    void snapshotsOfAnImage()
    {
        const QString image = path("with,comma.qcow2");
        QVERIFY(wait<Done>([&](auto cb) { m_tool.create(image, 1, cb); }).ok());
        auto snapshots = [&] {
            QStringList names;
            for (const QJsonValue &s : wait<QJsonObject>([&](auto cb) { m_tool.info(image, cb); }).value().value("snapshots").toArray())
                names << s.toObject().value("name").toString();
            return names;
        };
        const auto created = wait<Done>([&](auto cb) { m_tool.snapshot(image, ImageTool::SnapshotAction::Create, QStringLiteral("one"), cb); });
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(snapshots(), QStringList{QStringLiteral("one")});
        QVERIFY(wait<Done>([&](auto cb) { m_tool.snapshot(image, ImageTool::SnapshotAction::Apply, QStringLiteral("one"), cb); }).ok());
        const auto missing = wait<Done>([&](auto cb) { m_tool.snapshot(image, ImageTool::SnapshotAction::Apply, QStringLiteral("two"), cb); });
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("two")), qPrintable(missing.error().message)); // qemu-img's own words
        QVERIFY(wait<Done>([&](auto cb) { m_tool.snapshot(image, ImageTool::SnapshotAction::Delete, QStringLiteral("one"), cb); }).ok());
        QVERIFY(snapshots().isEmpty());
        QVERIFY(QFile::exists(image)); // a failed snapshot command never removes the image
    }

    void copyReportsProgress()
    {
        QCOMPARE(ImageTool::progressFrom("    (0.00/100%)\r    (45.12/100%)\r"), std::optional<double>(45.12));
        QCOMPARE(ImageTool::progressFrom("    (100.00/100%)\n"), std::optional<double>(100.0));
        QVERIFY(!ImageTool::progressFrom("").has_value());
        QVERIFY(!ImageTool::progressFrom("(abc/100%)").has_value());
        QVERIFY(!ImageTool::progressFrom("(250.00/100%)").has_value());
        QVERIFY(!ImageTool::progressFrom("/100%)").has_value());
        QVERIFY(wait<Done>([&](auto cb) { m_tool.create(path("big.qcow2"), 1, cb); }).ok());
        QList<double> seen;
        const auto copied = wait<Done>([&](auto cb) {
            m_tool.copyWithProgress(path("big.qcow2"), path("big-copy.qcow2"), [&](double p) { seen << p; }, cb);
        });
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100.0);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }

    // The byte-exact copy of standalone images (full clones): identical bytes, progress up to
    // 100 in order, never over an existing file, nothing left behind when it fails.
    void fileCopyIsExactWithProgress()
    {
        QByteArray content;
        for (int i = 0; i < (150 << 20) / 4096; ++i)
            content += QByteArray(4096, char('a' + i % 26));
        content += "tail";
        {
            QFile f(path("source.bin"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(content), content.size());
        }
        QList<double> seen;
        const auto copied = qemu::copyFileContents(path("source.bin"), path("copy.bin"), [&](double p) { seen << p; });
        QVERIFY2(copied.ok(), qPrintable(copied.error().message));
        QFile copy(path("copy.bin"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll() == content);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100.0);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        // Never over an existing file (that one is left as it was).
        const auto again = qemu::copyFileContents(path("source.bin"), path("copy.bin"), {});
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("exists")), qPrintable(again.error().message));
        QVERIFY(QFile::exists(path("copy.bin")));
        // Cancelled: it fails, and the partial copy is gone.
        std::atomic<bool> cancel{true};
        const auto cancelled = qemu::copyFileContents(path("source.bin"), path("cancelled.bin"), {}, &cancel);
        QVERIFY(!cancelled.ok());
        QVERIFY(!QFile::exists(path("cancelled.bin")));
        const auto missing = qemu::copyFileContents(path("nothing.bin"), path("x.bin"), {});
        QVERIFY(!missing.ok() && missing.error().message.contains(path("nothing.bin")));
    }

    void basesInUseFollowTheChainFromEveryRoot()
    {
        const QString a = QStringLiteral("/s/bases/a.qcow2"), b = QStringLiteral("/s/bases/b.qcow2"), c = QStringLiteral("/s/bases/c.qcow2");
        const QString r1 = QStringLiteral("/s/vms/1/root.qcow2"), r2 = QStringLiteral("/s/vms/2/root.qcow2");
        // r1 reads b, which reads a; r2 reads an image of the library; c is read by nothing.
        QHash<QString, QString> backing{{r1, b}, {b, a}, {a, QString()}, {c, a}, {r2, QStringLiteral("/s/images/x.qcow2")}};
        QCOMPARE(qemu::unusedBases({a, b, c}, {r1, r2}, backing), QStringList{c});
        // Without r1, all three go (c reads a, but nothing reads c).
        QCOMPARE(qemu::unusedBases({a, b, c}, {r2}, backing), (QStringList{a, b, c}));
        // A loop in damaged headers ends.
        backing.insert(a, b);
        QCOMPARE(qemu::unusedBases({a, b, c}, {r1}, backing), QStringList{c});
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
