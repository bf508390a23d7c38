// SPDX-License-Identifier: GPL-3.0-or-later
// One unified log for every service: `timestamp | level | service.module | message`, to the console
// and to a size-rotated file, from any thread.
#pragma once

#include "Config.h"

#include <QLoggingCategory>
#include <QList>
#include <QString>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcMain)      // core.main
Q_DECLARE_LOGGING_CATEGORY(lcConfig)    // core.config
Q_DECLARE_LOGGING_CATEGORY(lcStore)     // core.store
Q_DECLARE_LOGGING_CATEGORY(lcService)   // core.service
Q_DECLARE_LOGGING_CATEGORY(lcHealth)    // core.health
Q_DECLARE_LOGGING_CATEGORY(lcApi)       // intel.api
Q_DECLARE_LOGGING_CATEGORY(lcDryRun)    // operator.dryrun
Q_DECLARE_LOGGING_CATEGORY(lcOperator)  // operator.files
Q_DECLARE_LOGGING_CATEGORY(lcImages)    // operator.images
Q_DECLARE_LOGGING_CATEGORY(lcUi)        // ui.main

namespace vman::logging {

struct Options
{
    LogLevel level = LogLevel::Info;
    QString directory; // empty: console only
    qint64 maxBytes = 10 * 1024 * 1024;
    int backups = 5;
    bool console = true;
};

// Installs the message handler and the category filter. Returns false (with a reason) when the
// log file cannot be opened; the console log still works then.
bool install(const Options &options, QString *error = nullptr);
// Also hands every written line to `listener` (from any thread; it must be quick and
// thread-safe). An empty function removes it.
void setListener(std::function<void(QtMsgType type, const QString &line)> listener);
// The newest lines written (kept in memory for GET /logs), numbered from 1 in this run.
struct RecentLine
{
    quint64 seq = 0;
    int severity = 0; // as severity()
    QString text;     // as written, without the newline
};
struct RecentLines
{
    QList<RecentLine> lines;
    quint64 lastSeq = 0; // where to continue from (the newest line, or the last one returned)
    bool missed = false; // lines after `after` were no longer kept
    bool more = false;   // `limit` cut the answer short
};
inline constexpr int kRecentLines = 5000;
// Lines after `after` at `minSeverity` or above, oldest first, at most `limit`.
RecentLines recentLines(quint64 after, int limit, int minSeverity);

// Flushes and closes the file and restores Qt's default handler.
void shutdown();

// The service prefixes our categories use; each has its own filter rules.
QStringList services();

// Formats one line exactly as it is written (without the newline). Exposed for tests.
QString formatLine(const QDateTime &timestampUtc, QtMsgType type, const char *category, const QString &message);
QString levelName(QtMsgType type);
// 0 (debug) .. 4 (fatal): Qt has no separate ERROR level, so critical is ERROR and fatal CRITICAL.
int severity(QtMsgType type);

} // namespace vman::logging
