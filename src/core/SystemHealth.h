// SPDX-License-Identifier: GPL-3.0-or-later
// What `/health` reports: the database, the storage folder, the QEMU tools, the host, the
// observer and the default boot disk, each with `ok` and details.
#pragma once

#include "Config.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <QVariantMap>

namespace vman {

class Observer;
class StateStore;

struct HealthCheck
{
    QString name;
    bool ok = false;
    bool required = true; // a failing check that is not required does not degrade the status
    QVariantMap details;
};

enum class HealthStatus { Ok, Degraded, Error };
QString nameOf(HealthStatus status);

struct HealthReport
{
    HealthStatus status = HealthStatus::Ok;
    QList<HealthCheck> checks;
};

// A tool VMAN runs, found once at start-up (its version is read asynchronously).
struct ToolInfo
{
    QString configured; // as configured: a name looked up in PATH, or a path
    QString path;       // resolved executable, empty when not found
    QString version;    // first line of `--version`, empty until known
    QString error;
    bool probed = false;
};

class SystemHealth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemHealth)

public:
    SystemHealth(const Config &config, StateStore &store, QObject *parent = nullptr);
    ~SystemHealth() override;

    // Starts `--version` of qemu and qemu-img in the background.
    void probeTools();
    HealthReport report() const;
    void setObserver(const Observer *observer) { m_observer = observer; }
    // A check the core does not know of (the API's certificate), asked at every report.
    void addCheck(std::function<HealthCheck()> check) { m_extraChecks.append(std::move(check)); }

    static bool kvmUsable();
    // `auto` resolved against this host.
    static AccelMode effectiveAccel(AccelMode configured);

Q_SIGNALS:
    void toolsProbed();

private:
    void probe(ToolInfo *tool);

    Config m_config;
    StateStore &m_store;
    QList<std::function<HealthCheck()>> m_extraChecks;
    const Observer *m_observer = nullptr;
    ToolInfo m_qemu;
    ToolInfo m_qemuImg;
};

} // namespace vman
