// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the core needs to run, started in order and torn down in reverse: the storage lock,
// the database, the operator, the service and the health checks.
#pragma once

#include "Config.h"
#include "StoragePaths.h"

#include <QObject>

#include <memory>

class QLockFile;

namespace vman {

class EventHub;
class GuestWatch;
class ImageLibrary;
class Observer;
class SerialConsoles;
class AccessTokens;
class StateStore;
class SystemHealth;
class VmOperator;
class VmService;
class VmStats;

class Runtime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runtime)

public:
    explicit Runtime(Config config, QObject *parent = nullptr);
    ~Runtime() override;

    // On failure returns false with a message meant for the user.
    bool start(QString *error);

    const Config &config() const { return m_config; }
    const StoragePaths &paths() const { return m_paths; }
    StateStore &store() { return *m_store; }
    VmService &service() { return *m_service; }
    SystemHealth &health() { return *m_health; }
    Observer &observer() { return *m_observer; }
    EventHub &events() { return *m_events; }
    VmOperator &vmOperator() { return *m_operator; }
    ImageLibrary &images() { return *m_images; }
    VmStats &stats() { return *m_stats; }
    SerialConsoles &serialConsoles() { return *m_serialConsoles; }
    GuestWatch &guestWatch() { return *m_guestWatch; }
    AccessTokens &accessTokens() { return *m_accessTokens; }

private:
    Config m_config;
    StoragePaths m_paths;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<StateStore> m_store;
    std::unique_ptr<AccessTokens> m_accessTokens;
    std::unique_ptr<VmOperator> m_operator;
    std::unique_ptr<ImageLibrary> m_images;
    std::unique_ptr<VmService> m_service;
    std::unique_ptr<SystemHealth> m_health;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<Observer> m_observer;
    std::unique_ptr<VmStats> m_stats;
    std::unique_ptr<SerialConsoles> m_serialConsoles;
    std::unique_ptr<GuestWatch> m_guestWatch;
};

} // namespace vman
