// SPDX-License-Identifier: GPL-3.0-or-later
#include "Runtime.h"

#include "auth/AccessTokens.h"

#include "DryRunOperator.h"
#include "EventHub.h"
#include "console/SerialConsoles.h"
#include "Observer.h"
#include "guest/GuestWatch.h"
#include "Logging.h"
#include "QemuOperator.h"
#include "StateStore.h"
#include "SystemHealth.h"
#include "VmService.h"
#include "stats/VmStats.h"
#include "images/ImageLibrary.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSysInfo>

namespace vman {

Runtime::Runtime(Config config, QObject *parent) : QObject(parent), m_config(std::move(config)), m_paths(m_config.storagePath) {}

Runtime::~Runtime()
{
    m_guestWatch.reset();
    m_serialConsoles.reset();
    m_observer.reset();
    m_stats.reset();
    m_events.reset();
    m_health.reset();
    m_service.reset();
    m_images.reset();
    m_operator.reset();
    m_accessTokens.reset();
    if (m_store) {
        m_store->close();
        qCInfo(lcStore).noquote() << "database closed";
    }
    m_store.reset();
    m_lock.reset();
}

bool Runtime::start(QString *error)
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    if (arch != QLatin1String("x86_64") && !m_config.dryRun) {
        *error = QStringLiteral("VMAN supports x86_64 hosts only (this host is %1); only --dry-run works here").arg(arch);
        return false;
    }

    for (const QString &dir : {m_paths.root(), m_paths.vmsDir(), m_paths.disksDir(), m_paths.imagesDir()}) {
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("storage folder %1 cannot be created (check VMAN_STORAGE_PATH and permissions)").arg(dir);
            return false;
        }
    }
    // Being able to create a file is what "writable" means here (root passes permission bits).
    QFile probe(m_paths.root() + QLatin1String("/.write-test"));
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("storage folder %1 is not writable: %2").arg(m_paths.root(), probe.errorString());
        return false;
    }
    probe.close();
    probe.remove();

    m_lock = std::make_unique<QLockFile>(m_paths.lockFile());
    m_lock->setStaleLockTime(0); // only a dead holder makes the lock stale, never its age
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &app)) {
            *error = QStringLiteral("storage folder %1 is in use by another VMAN (PID %2 on %3); stop it first or use another --storage")
                         .arg(m_paths.root())
                         .arg(pid)
                         .arg(host);
        } else {
            *error = QStringLiteral("cannot lock storage folder %1 (%2)").arg(m_paths.root(), m_paths.lockFile());
        }
        m_lock.reset();
        return false;
    }

    m_store = std::make_unique<StateStore>(m_config.dbPath);
    if (!m_store->open()) {
        *error = m_store->lastError();
        return false;
    }
    m_accessTokens = std::make_unique<AccessTokens>(m_store->connectionName());
    if (m_config.dryRun)
        m_operator = std::make_unique<DryRunOperator>(m_paths, m_config.dryRunDelayMs);
    else
        m_operator = std::make_unique<QemuOperator>(m_config, m_paths);
    m_images = std::make_unique<ImageLibrary>(*m_store, m_paths, m_config.qemuImgBinary);
    m_service = std::make_unique<VmService>(*m_store, *m_operator);
    m_service->setImageLibrary(m_images.get());
    m_events = std::make_unique<EventHub>();
    m_events->watch(*m_service);
    m_events->watch(*m_images);
    if (!m_images->load(error))
        return false;
    if (!m_service->load()) {
        *error = m_service->lastError();
        return false;
    }
    if (const auto catalog = loadCatalog(m_config.imageCatalog); catalog.ok())
        m_images->setCatalog(catalog.value());
    else
        qCWarning(lcImages).noquote() << "no image catalogue:" << catalog.error().message << "(VMAN_IMAGE_CATALOG)";
    m_images->offerExternal(m_config.defaultBootDisk);
    m_images->offerStarter(m_config.starterImage);
    m_observer = std::make_unique<Observer>(*m_service, *m_operator, m_config);
    m_stats = std::make_unique<VmStats>(*m_service, *m_operator);
    m_observer->setStats(m_stats.get());
    m_serialConsoles = std::make_unique<SerialConsoles>(*m_service);
    QObject::connect(m_observer.get(), &Observer::corrected, m_events.get(), [events = m_events.get()](const Correction &c) {
        events->publish(QStringLiteral("observer.correction"), {{QStringLiteral("subject"), c.subject},
                                                                {QStringLiteral("before"), c.before},
                                                                {QStringLiteral("after"), c.after},
                                                                {QStringLiteral("reason"), c.reason}});
    });
    m_health = std::make_unique<SystemHealth>(m_config, *m_store);
    m_health->setObserver(m_observer.get());
    m_health->probeTools();
    m_observer->start();
    m_guestWatch = std::make_unique<GuestWatch>(*m_service, *m_operator);
    m_guestWatch->start();
    qCInfo(lcMain).noquote() << "storage" << m_paths.root() << "| database" << m_config.dbPath << "| operator" << m_operator->mode();
    return true;
}

} // namespace vman
