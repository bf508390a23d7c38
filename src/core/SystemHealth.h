// What `/health` reports: the database, the storage folder, the QEMU tools, the host, the
// observer and the default boot disk, each with `ok` and details.
#pragma once

#include "Config.h"

#include <QDateTime>
#include <QObject>
#include <QVariantMap>

namespace vman {

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

struct ObserverStatus
{
    bool running = false;
    int intervalSeconds = 0;
    QDateTime lastRunAt;
    qint64 lastDurationMs = -1;
    quint64 runs = 0;
    quint64 correctionsTotal = 0;
    QString detail;
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
    ObserverStatus observerStatus() const;

    static bool kvmUsable();
    // `auto` resolved against this host.
    static AccelMode effectiveAccel(AccelMode configured);

Q_SIGNALS:
    void toolsProbed();

private:
    void probe(ToolInfo *tool);

    Config m_config;
    StateStore &m_store;
    ToolInfo m_qemu;
    ToolInfo m_qemuImg;
};

} // namespace vman
