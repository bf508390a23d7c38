// SPDX-License-Identifier: GPL-3.0-or-later
// OBSERVER: keeps what VMAN shows true to what runs on the host. Events from QEMU (through the
// operator) correct states at once; this pass, every VMAN_OBSERVER_INTERVAL seconds and on
// demand, is the safety net. Every correction is logged and kept with its reason.
#pragma once

#include "Config.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>

namespace vman {

class VmOperator;
class VmService;
class VmStats;
struct Vm;

struct Correction
{
    QDateTime at;
    QString subject; // "VM 'web' (id)", "disk 'data' (id)", "QEMU PID 123", a file
    QString before;
    QString after;
    QString reason;
};

struct ObserverStatus
{
    bool running = false;
    int intervalSeconds = 0;
    QDateTime lastRunAt;
    double lastDurationMs = -1; // wall time of the synchronous part of the last pass
    double lastCpuMs = -1;      // CPU time of that part
    double lastStatsMs = -1;    // of the wall time, what sampling the statistics took
    quint64 runs = 0;
    quint64 correctionsTotal = 0;
    QList<Correction> recentCorrections; // newest first, at most 50
};

class Observer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Observer)

public:
    Observer(VmService &service, VmOperator &vmOperator, const Config &config, QObject *parent = nullptr);

    void start();
    void stop();
    // One pass now (also what the timer runs).
    void runPass();
    // Statistics sampled at the end of each pass.
    void setStats(VmStats *stats) { m_stats = stats; }

    ObserverStatus status() const;
    // False when the last pass is older than three intervals (or none ran in that time).
    bool healthy() const;

    static constexpr int kRecentCorrections = 50;

Q_SIGNALS:
    void corrected(const vman::Correction &correction);
    void passFinished();

private:
    void record(const QString &subject, const QString &before, const QString &after, const QString &reason);
    void auditSnapshotsOfNextVm(const QList<Vm> &vms);

    VmService &m_service;
    VmOperator &m_operator;
    Config m_config;
    QTimer m_timer;
    bool m_running = false;
    QDateTime m_startedAt;
    QDateTime m_lastRunAt;
    double m_lastDurationMs = -1;
    double m_lastCpuMs = -1;
    double m_lastStatsMs = -1;
    VmStats *m_stats = nullptr;
    quint64 m_runs = 0;
    quint64 m_correctionsTotal = 0;
    std::deque<Correction> m_recent;
    QSet<qint64> m_reportedOrphans;
    QSet<QString> m_reportedImages;
    int m_snapshotAuditCursor = 0;
    bool m_auditInFlight = false;
    QHash<QString, QSet<QString>> m_reportedSnapshotMismatches; // by VM: what was reported and still holds
};

} // namespace vman

Q_DECLARE_METATYPE(vman::Correction)
