// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmpJobs.h"

#include "QmpConnections.h"

#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace vman::qemu {

QmpJobs::QmpJobs(QmpConnections &connections, QObject *parent) : QObject(parent), m_connections(connections)
{
    connect(&m_connections, &QmpConnections::qmpEvent, this, &QmpJobs::onEvent);
    connect(&m_connections, &QmpConnections::exited, this, [this](const QString &vmId, const QString &reason) {
        const QStringList ids = m_pending.keys();
        for (const QString &id : ids) {
            if (m_pending.value(id).vmId == vmId)
                finish(id, ServiceError::failed(QStringLiteral("QEMU ended before %1 finished: %2").arg(m_pending.value(id).command, reason)));
        }
    });
}

QmpJobs::~QmpJobs()
{
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids)
        finish(id, ServiceError::unavailable(QStringLiteral("VMAN is shutting down")));
}

void QmpJobs::run(const QString &vmId, const QString &command, QJsonObject arguments, int timeoutMs, std::function<void(Result<Done>)> done)
{
    // Unique for the life of this VMAN; QEMU refuses an id still in use.
    const QString jobId = QStringLiteral("vman-%1-%2").arg(command).arg(++m_next);
    arguments.insert(QStringLiteral("job-id"), jobId);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, jobId, timeoutMs] {
        finish(jobId, ServiceError::failed(QStringLiteral("%1 did not finish within %2 s").arg(m_pending.value(jobId).command).arg(timeoutMs / 1000)));
    });
    m_pending.insert(jobId, Pending{vmId, command, std::move(done), timer, false});
    timer->start(timeoutMs);
    // Listening before the command is sent: the job may conclude before its reply arrives.
    QPointer<QmpJobs> self(this);
    m_connections.execute(vmId, command, arguments, [self, jobId](Result<QJsonValue> started) {
        if (self && !started.ok())
            self->finish(jobId, started.error());
    });
}

void QmpJobs::onEvent(const QString &vmId, const QString &name, const QJsonObject &data)
{
    if (name != QLatin1String("JOB_STATUS_CHANGE"))
        return;
    const QString jobId = data.value(QLatin1String("id")).toString();
    const auto it = m_pending.constFind(jobId);
    if (it == m_pending.cend() || it->vmId != vmId)
        return;
    if (data.value(QLatin1String("status")).toString() == QLatin1String("concluded"))
        conclude(jobId);
}

void QmpJobs::conclude(const QString &jobId)
{
    auto it = m_pending.find(jobId);
    if (it == m_pending.end() || it->concluding)
        return;
    it->concluding = true;
    const QString vmId = it->vmId;
    QPointer<QmpJobs> self(this);
    m_connections.execute(vmId, QStringLiteral("query-jobs"), {}, [self, vmId, jobId](Result<QJsonValue> jobs) {
        if (!self)
            return;
        Result<Done> outcome = Done{};
        if (!jobs.ok()) {
            outcome = jobs.error();
        } else {
            for (const QJsonValue &job : jobs.value().toArray()) {
                const QJsonObject object = job.toObject();
                if (object.value(QLatin1String("id")).toString() == jobId && object.contains(QLatin1String("error")))
                    outcome = ServiceError::failed(object.value(QLatin1String("error")).toString());
            }
        }
        // The concluded job stays in QEMU until dismissed.
        self->m_connections.execute(vmId, QStringLiteral("job-dismiss"), {{QStringLiteral("id"), jobId}}, [](Result<QJsonValue>) {});
        self->finish(jobId, outcome);
    });
}

void QmpJobs::finish(const QString &jobId, Result<Done> result)
{
    const auto it = m_pending.find(jobId);
    if (it == m_pending.end())
        return;
    Pending pending = *it;
    m_pending.erase(it);
    pending.timer->stop();
    pending.timer->deleteLater();
    pending.done(std::move(result));
}

} // namespace vman::qemu
