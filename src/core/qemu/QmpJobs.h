// SPDX-License-Identifier: GPL-3.0-or-later
// QEMU's background jobs (snapshot-save, snapshot-load, snapshot-delete) followed to their end:
// the command starts the job, JOB_STATUS_CHANGE says when it concluded, query-jobs says whether it
// failed and why, job-dismiss clears it. One answer per job: its outcome, the VM's QEMU ending
// first, or a timeout.
#pragma once

#include "ServiceError.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QTimer;

namespace vman::qemu {

class QmpConnections;

class QmpJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QmpJobs)

public:
    explicit QmpJobs(QmpConnections &connections, QObject *parent = nullptr);
    ~QmpJobs() override;

    // Runs `command` with `arguments` plus a fresh "job-id" on the VM's QEMU.
    void run(const QString &vmId, const QString &command, QJsonObject arguments, int timeoutMs, std::function<void(Result<Done>)> done);

private:
    struct Pending
    {
        QString vmId;
        QString command;
        std::function<void(Result<Done>)> done;
        QTimer *timer = nullptr;
        bool concluding = false;
    };

    void onEvent(const QString &vmId, const QString &name, const QJsonObject &data);
    void conclude(const QString &jobId);
    void finish(const QString &jobId, Result<Done> result);

    QmpConnections &m_connections;
    QHash<QString, Pending> m_pending;
    quint64 m_next = 0;
};

} // namespace vman::qemu
