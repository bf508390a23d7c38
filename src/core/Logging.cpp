// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <deque>
#include <memory>

Q_LOGGING_CATEGORY(lcMain, "core.main")
Q_LOGGING_CATEGORY(lcConfig, "core.config")
Q_LOGGING_CATEGORY(lcStore, "core.store")
Q_LOGGING_CATEGORY(lcService, "core.service")
Q_LOGGING_CATEGORY(lcHealth, "core.health")
Q_LOGGING_CATEGORY(lcApi, "intel.api")
Q_LOGGING_CATEGORY(lcDryRun, "operator.dryrun")
Q_LOGGING_CATEGORY(lcOperator, "operator.files")
Q_LOGGING_CATEGORY(lcImages, "operator.images")
Q_LOGGING_CATEGORY(lcUi, "ui.main")

namespace vman::logging {

namespace {

int levelSeverity(LogLevel level)
{
    return static_cast<int>(level);
}

class LogSink
{
public:
    Options options;
    QFile file;
    qint64 fileSize = 0;
    QMutex mutex;

    bool openFile(QString *error)
    {
        if (options.directory.isEmpty())
            return true;
        if (!QDir().mkpath(options.directory)) {
            if (error)
                *error = QStringLiteral("cannot create log folder %1").arg(options.directory);
            return false;
        }
        file.setFileName(QDir(options.directory).filePath(QStringLiteral("vman.log")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            if (error)
                *error = QStringLiteral("cannot open %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        fileSize = file.size();
        return true;
    }

    // vman.log -> vman.log.1 -> ... -> vman.log.N (the oldest is dropped).
    void rotate()
    {
        const QString base = file.fileName();
        file.close();
        if (options.backups <= 0) {
            QFile::remove(base);
        } else {
            QFile::remove(base + QLatin1Char('.') + QString::number(options.backups));
            for (int i = options.backups - 1; i >= 1; --i)
                QFile::rename(base + QLatin1Char('.') + QString::number(i), base + QLatin1Char('.') + QString::number(i + 1));
            QFile::rename(base, base + QStringLiteral(".1"));
        }
        file.open(QIODevice::WriteOnly | QIODevice::Append);
        fileSize = 0;
    }

    std::function<void(QtMsgType, const QString &)> listener;
    std::deque<RecentLine> recent; // the newest kRecentLines, for GET /logs
    quint64 nextSeq = 1;

    void write(QtMsgType type, const QByteArray &line)
    {
        QMutexLocker lock(&mutex);
        const QString text = QString::fromUtf8(line.chopped(1));
        if (listener)
            listener(type, text);
        recent.push_back(RecentLine{nextSeq++, severity(type), text});
        if (recent.size() > size_t(kRecentLines))
            recent.pop_front();
        if (options.console) {
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
        }
        if (file.isOpen()) {
            if (fileSize > 0 && fileSize + line.size() > options.maxBytes)
                rotate();
            if (file.isOpen()) {
                file.write(line);
                file.flush();
                fileSize += line.size();
            }
        }
    }
};

std::unique_ptr<LogSink> g_sink;
QtMessageHandler g_previousHandler = nullptr;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogSink *sink = g_sink.get();
    if (!sink) {
        if (g_previousHandler)
            g_previousHandler(type, context, message);
        return;
    }
    if (severity(type) < levelSeverity(sink->options.level))
        return;
    const char *category = context.category ? context.category : "default";
    QByteArray line = formatLine(QDateTime::currentDateTimeUtc(), type, category, message).toUtf8();
    line.append('\n');
    sink->write(type, line);
}

QString filterRules(LogLevel level)
{
    static const char *const kLevels[] = {"debug", "info", "warning", "critical"};
    QStringList rules;
    for (const QString &service : services()) {
        for (int i = 0; i < 4; ++i) {
            rules << QStringLiteral("%1.*.%2=%3").arg(service, QLatin1String(kLevels[i]),
                                                       i >= levelSeverity(level) ? QStringLiteral("true") : QStringLiteral("false"));
        }
    }
    return rules.join(QLatin1Char('\n'));
}

} // namespace

QStringList services()
{
    return {QStringLiteral("core"), QStringLiteral("intel"), QStringLiteral("operator"), QStringLiteral("observer"),
            QStringLiteral("ui")};
}

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 4;
}

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("DEBUG");
    case QtInfoMsg: return QStringLiteral("INFO");
    case QtWarningMsg: return QStringLiteral("WARNING");
    case QtCriticalMsg: return QStringLiteral("ERROR");
    case QtFatalMsg: return QStringLiteral("CRITICAL");
    }
    return QStringLiteral("CRITICAL");
}

QString formatLine(const QDateTime &timestampUtc, QtMsgType type, const char *category, const QString &message)
{
    QString text = message;
    // One record per line: a message spanning lines would break parsers of the log.
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return timestampUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QLatin1String(" | ") + levelName(type)
        + QLatin1String(" | ") + QLatin1String(category) + QLatin1String(" | ") + text;
}

bool install(const Options &options, QString *error)
{
    auto sink = std::make_unique<LogSink>();
    sink->options = options;
    const bool fileOk = sink->openFile(error);
    QLoggingCategory::setFilterRules(filterRules(options.level));
    {
        std::unique_ptr<LogSink> old;
        if (g_sink) {
            QMutexLocker lock(&g_sink->mutex);
            old = std::move(g_sink);
        }
        g_sink = std::move(sink);
    }
    QtMessageHandler previous = qInstallMessageHandler(handleMessage);
    if (previous != handleMessage)
        g_previousHandler = previous;
    return fileOk;
}

void setListener(std::function<void(QtMsgType, const QString &)> listener)
{
    if (!g_sink)
        return;
    QMutexLocker lock(&g_sink->mutex);
    g_sink->listener = std::move(listener);
}

RecentLines recentLines(quint64 after, int limit, int minSeverity)
{
    RecentLines result;
    if (!g_sink)
        return result;
    QMutexLocker lock(&g_sink->mutex);
    const std::deque<RecentLine> &recent = g_sink->recent;
    result.lastSeq = g_sink->nextSeq - 1;
    // Lines after `after` that are no longer kept: the reader learns it missed some.
    result.missed = !recent.empty() && after + 1 < recent.front().seq && after < result.lastSeq;
    for (const RecentLine &line : recent) {
        if (line.seq <= after || line.severity < minSeverity)
            continue;
        result.lines.append(line);
        if (result.lines.size() >= limit) {
            result.lastSeq = line.seq; // the reader continues from here
            result.more = true;
            break;
        }
    }
    return result;
}

void shutdown()
{
    qInstallMessageHandler(g_previousHandler);
    if (g_sink) {
        QMutexLocker lock(&g_sink->mutex);
        g_sink->file.close();
    }
    g_sink.reset();
}

} // namespace vman::logging
