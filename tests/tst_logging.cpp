// SPDX-License-Identifier: GPL-3.0-or-later
// The unified log: line format, level filtering, file rotation, and writers on many threads.
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace vman;

Q_LOGGING_CATEGORY(lcTestObserver, "observer.test")

namespace {
QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { logging::shutdown(); }

    void lineFormat()
    {
        const QDateTime at(QDate(2026, 11, 26), QTime(10, 0, 0, 123), Qt::UTC);
        QCOMPARE(logging::formatLine(at, QtInfoMsg, "intel.api", QStringLiteral("POST /vms 201 3.1ms")),
                 QStringLiteral("2026-11-26 10:00:00.123 | INFO | intel.api | POST /vms 201 3.1ms"));
        QCOMPARE(logging::levelName(QtCriticalMsg), QStringLiteral("ERROR"));
        QCOMPARE(logging::levelName(QtFatalMsg), QStringLiteral("CRITICAL"));
        QCOMPARE(logging::levelName(QtWarningMsg), QStringLiteral("WARNING"));
        // A message never spans lines.
        QCOMPARE(logging::formatLine(at, QtDebugMsg, "ui.main", QStringLiteral("a\nb")),
                 QStringLiteral("2026-11-26 10:00:00.123 | DEBUG | ui.main | a\\nb"));
    }

    void writesFileWithLevelFilter()
    {
        QTemporaryDir dir;
        logging::Options options;
        options.directory = dir.path();
        options.level = LogLevel::Warning;
        options.console = false;
        QVERIFY(logging::install(options));
        qCDebug(lcApi) << "debug hidden";
        qCInfo(lcApi) << "info hidden";
        qCWarning(lcApi).noquote() << "warning shown";
        qCCritical(lcTestObserver).noquote() << "error shown";
        logging::shutdown();
        const QStringList lines = readLines(dir.filePath(QStringLiteral("vman.log")));
        QCOMPARE(lines.size(), 2);
        static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\| (\\w+) \\| ([\\w.]+) \\| (.*)$"));
        auto m = pattern.match(lines.at(0));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(0)));
        QCOMPARE(m.captured(1), QStringLiteral("WARNING"));
        QCOMPARE(m.captured(2), QStringLiteral("intel.api"));
        QCOMPARE(m.captured(3), QStringLiteral("warning shown"));
        m = pattern.match(lines.at(1));
        QCOMPARE(m.captured(1), QStringLiteral("ERROR"));
        QCOMPARE(m.captured(2), QStringLiteral("observer.test"));
    }

    void debugLevelShowsEverything()
    {
        QTemporaryDir dir;
        logging::Options options;
        options.directory = dir.path();
        options.level = LogLevel::Debug;
        options.console = false;
        QVERIFY(logging::install(options));
        qCDebug(lcService) << "d";
        qCInfo(lcService) << "i";
        logging::shutdown();
        QCOMPARE(readLines(dir.filePath(QStringLiteral("vman.log"))).size(), 2);
    }

    void recentLinesAreKeptForTheApi()
    {
        logging::Options options;
        options.console = false; // no file either: the memory keeps them all the same
        QVERIFY(logging::install(options));
        const quint64 start = logging::recentLines(0, 1, 0).lastSeq;
        qCInfo(lcApi).noquote() << "first";
        qCWarning(lcApi).noquote() << "second";
        qCInfo(lcStore).noquote() << "third";
        logging::RecentLines recent = logging::recentLines(start, 100, 0);
        QCOMPARE(recent.lines.size(), 3);
        QVERIFY(recent.lines.at(0).text.endsWith(QLatin1String("| INFO | intel.api | first")));
        QCOMPARE(recent.lines.at(1).seq, start + 2);
        QCOMPARE(recent.lastSeq, start + 3);
        QVERIFY(!recent.missed && !recent.more);
        // By level, and page by page.
        recent = logging::recentLines(start, 100, logging::severity(QtWarningMsg));
        QCOMPARE(recent.lines.size(), 1);
        QVERIFY(recent.lines.first().text.endsWith(QLatin1String("second")));
        recent = logging::recentLines(start, 2, 0);
        QCOMPARE(recent.lines.size(), 2);
        QVERIFY(recent.more);
        QCOMPARE(recent.lastSeq, start + 2);
        QCOMPARE(logging::recentLines(recent.lastSeq, 2, 0).lines.size(), 1);
        // Only the newest are kept: a reader that fell behind is told.
        for (int i = 0; i < logging::kRecentLines + 10; ++i)
            qCInfo(lcStore).noquote() << "filler" << i;
        recent = logging::recentLines(start, logging::kRecentLines, 0);
        QVERIFY(recent.missed);
        QCOMPARE(recent.lines.size(), logging::kRecentLines);
        QVERIFY(recent.lines.last().text.endsWith(QStringLiteral("filler %1").arg(logging::kRecentLines + 9)));
        logging::shutdown();
    }

    void rotatesAndKeepsBackups()
    {
        QTemporaryDir dir;
        logging::Options options;
        options.directory = dir.path();
        options.maxBytes = 4096;
        options.backups = 3;
        options.console = false;
        QVERIFY(logging::install(options));
        const QString filler(100, QLatin1Char('x'));
        for (int i = 0; i < 400; ++i) // ~55 kB: many rotations
            qCInfo(lcStore).noquote() << i << filler;
        logging::shutdown();
        const QDir logDir(dir.path());
        QStringList files = logDir.entryList({QStringLiteral("vman.log*")}, QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({"vman.log", "vman.log.1", "vman.log.2", "vman.log.3"}));
        for (const QString &name : files)
            QVERIFY2(QFileInfo(logDir.filePath(name)).size() <= options.maxBytes, qPrintable(name));
        // The newest line is in vman.log; the backups hold the lines just before it, in order.
        const QStringList current = readLines(logDir.filePath(QStringLiteral("vman.log")));
        QVERIFY(current.last().contains(QStringLiteral("| 399 ")));
        const QStringList previous = readLines(logDir.filePath(QStringLiteral("vman.log.1")));
        const int lastInBackup = previous.last().section(QLatin1String(" | "), 3).section(QLatin1Char(' '), 0, 0).toInt();
        const int firstInCurrent = current.first().section(QLatin1String(" | "), 3).section(QLatin1Char(' '), 0, 0).toInt();
        QCOMPARE(firstInCurrent, lastInBackup + 1);
    }

    void manyThreadsNoLostOrTornLines()
    {
        QTemporaryDir dir;
        logging::Options options;
        options.directory = dir.path();
        options.console = false;
        QVERIFY(logging::install(options));
        constexpr int kThreads = 8;
        constexpr int kLines = 500;
        QList<QThread *> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads << QThread::create([t] {
                for (int i = 0; i < kLines; ++i)
                    qCInfo(lcApi).noquote() << QStringLiteral("thread-%1 line-%2 end").arg(t).arg(i);
            });
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        logging::shutdown();
        const QStringList lines = readLines(dir.filePath(QStringLiteral("vman.log")));
        QCOMPARE(lines.size(), kThreads * kLines);
        for (const QString &line : lines)
            QVERIFY2(line.endsWith(QLatin1String(" end")) && line.count(QLatin1String(" | ")) == 3, qPrintable(line));
    }

    void unwritableFolderIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        logging::Options options;
        options.directory = dir.filePath(QStringLiteral("file/sub"));
        options.console = false;
        QString error;
        QVERIFY(!logging::install(options, &error));
        QVERIFY(error.contains(QStringLiteral("file/sub")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
