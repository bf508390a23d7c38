// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteConnection.h"

#include "ApiJson.h"
#include "ApiRequests.h"
#include "Logging.h"
#include "SerialChannel.h"
#include "SpecRules.h"
#include "Validation.h"
#include "images/ImageCatalog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace vman::client {

namespace {

constexpr int kUsageRefreshMs = 5000; // the OBSERVER samples every few seconds

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

QString pathOf(const QString &first, const QString &id, const QString &rest = QString())
{
    return first + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)) + rest;
}

} // namespace

RemoteConnection::RemoteConnection(HostIdentity identity, QObject *parent)
    : HostConnection(parent), m_remote(std::move(identity)), m_mirror(m_remote)
{
    m_usagePoll.setInterval(kUsageRefreshMs);
    connect(&m_usagePoll, &QTimer::timeout, this, &RemoteConnection::fetchAllUsage);
    connect(&m_remote, &RemoteHost::stateChanged, this, [this](RemoteHost::State state) {
        // The lists come with the event stream; what the window reads besides them waits until
        // they are shown, so the first rows do not share the connection's start with it.
        if (state == RemoteHost::State::Online && m_mirror.isLoaded())
            startUsagePoll();
        else if (state != RemoteHost::State::Online)
            m_usagePoll.stop();
        Q_EMIT statusChanged();
        Q_EMIT changed();
    });
    connect(&m_mirror, &HostMirror::loaded, this, [this] {
        m_knownVms.clear();
        m_vmStates.clear();
        for (const Vm &vm : m_mirror.vms()) {
            m_knownVms.insert(vm.id);
            m_vmStates.insert(vm.id, vm.state);
        }
        Q_EMIT reloaded();
        Q_EMIT statusChanged();
        Q_EMIT changed();
        if (m_catalog.isEmpty())
            loadCatalog();
        startUsagePoll();
    });
    connect(&m_mirror, &HostMirror::vmChanged, this, [this](const Vm &vm) {
        const bool added = !m_knownVms.contains(vm.id);
        const VmState before = m_vmStates.value(vm.id, vm.state);
        m_knownVms.insert(vm.id);
        m_vmStates.insert(vm.id, vm.state);
        if (added)
            Q_EMIT vmAdded(vm);
        else
            Q_EMIT vmChanged(vm);
        if (before != vm.state)
            Q_EMIT vmStateChanged(vm.id, before, vm.state);
        Q_EMIT changed();
    });
    connect(&m_mirror, &HostMirror::vmRemoved, this, [this](const QString &id) {
        m_knownVms.remove(id);
        m_vmStates.remove(id);
        m_usage.remove(id);
        Q_EMIT vmRemoved(id);
        Q_EMIT changed();
    });
    connect(&m_mirror, &HostMirror::vmOperationChanged, this, [this](const QString &id, const QString &operation) {
        Q_EMIT vmOperationChanged(id, operation);
        Q_EMIT changed();
    });
    const auto forward = [this](void (HostConnection::*signal)()) {
        return [this, signal] {
            Q_EMIT(this->*signal)();
            Q_EMIT changed();
        };
    };
    connect(&m_mirror, &HostMirror::templatesChanged, this, forward(&HostConnection::templatesChanged));
    connect(&m_mirror, &HostMirror::disksChanged, this, forward(&HostConnection::disksChanged));
    connect(&m_mirror, &HostMirror::imagesChanged, this, forward(&HostConnection::imagesChanged));
}

RemoteConnection::~RemoteConnection() = default;

void RemoteConnection::connectToHost()
{
    m_remote.connectEvents();
}

QString RemoteConnection::displayName() const
{
    const QUrl &url = m_remote.identity().url;
    return url.port(443) == 443 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

HostConnection::Status RemoteConnection::status() const
{
    switch (m_remote.state()) {
    case RemoteHost::State::Online: return m_mirror.isLoaded() ? Status::Online : Status::Connecting;
    case RemoteHost::State::Connecting: return Status::Connecting;
    case RemoteHost::State::Offline: return Status::Offline;
    case RemoteHost::State::CertificateChanged: return Status::CertificateChanged;
    case RemoteHost::State::Unauthorized: return Status::Unauthorized;
    }
    return Status::Offline;
}

int RemoteConnection::vmCount(std::optional<VmState> state) const
{
    if (!state)
        return m_mirror.vmCount();
    return int(std::count_if(m_vmStates.cbegin(), m_vmStates.cend(), [&state](VmState s) { return s == *state; }));
}

// ---- use -------------------------------------------------------------------------------------

QList<VmSample> RemoteConnection::usageHistory(const QString &vmId) const
{
    const auto vm = m_mirror.findVm(vmId);
    if (vm && (vm->state == VmState::Running || vm->state == VmState::Paused) && !m_usageInFlight.contains(vmId)
        && monotonicMs() - m_usageAskedAt.value(vmId, -kUsageRefreshMs) >= kUsageRefreshMs)
        fetchUsage(vmId);
    return m_usage.value(vmId);
}

std::optional<VmSample> RemoteConnection::latestUsage(const QString &vmId) const
{
    const QList<VmSample> history = m_usage.value(vmId);
    const auto latest = m_latestUsage.constFind(vmId);
    if (latest != m_latestUsage.constEnd() && (history.isEmpty() || latest->at >= history.last().at))
        return *latest;
    return history.isEmpty() ? std::nullopt : std::optional<VmSample>(history.last());
}

void RemoteConnection::setUsageShown(bool shown)
{
    if (m_usageShown == shown)
        return;
    m_usageShown = shown;
    if (!shown)
        m_usagePoll.stop();
    else if (m_remote.state() == RemoteHost::State::Online && m_mirror.isLoaded())
        startUsagePoll(); // at once: what the window shows again is not five seconds old
}

void RemoteConnection::startUsagePoll()
{
    if (m_usagePoll.isActive() || !m_usageShown)
        return;
    m_usagePoll.start();
    fetchAllUsage();
}

void RemoteConnection::fetchAllUsage()
{
    if (m_allUsageInFlight)
        return;
    m_allUsageInFlight = true;
    QPointer<RemoteConnection> self(this);
    m_remote.call("GET", QStringLiteral("/stats"), {}, [self](Result<ApiAnswer> answer) {
        if (!self)
            return;
        self->m_allUsageInFlight = false;
        if (!answer.ok() || answer.value().status != 200)
            return; // an older server without GET /stats: the table shows the configured sizes
        self->m_latestUsage = latestUsageFromJson(answer.value().object());
        Q_EMIT self->usageSampled();
    });
}

void RemoteConnection::fetchUsage(const QString &vmId) const
{
    auto *self = const_cast<RemoteConnection *>(this); // a cache filled on demand
    m_usageInFlight.insert(vmId);
    m_usageAskedAt.insert(vmId, monotonicMs());
    QPointer<RemoteConnection> guard(self);
    self->m_remote.call("GET", pathOf(QStringLiteral("/vms"), vmId, QStringLiteral("/stats")), {}, [guard, vmId](Result<ApiAnswer> answer) {
        if (!guard)
            return;
        guard->m_usageInFlight.remove(vmId);
        if (!answer.ok() || answer.value().status != 200)
            return;
        guard->m_usage.insert(vmId, usageFromStatsJson(answer.value().object()));
        Q_EMIT guard->usageSampled();
    });
}

// ---- checks as the user types ------------------------------------------------------------------

std::optional<ServiceError> RemoteConnection::nameTaken(const QString &what, const std::optional<QString> &name, const QStringList &taken) const
{
    if (name && taken.contains(*name))
        return ServiceError::conflict(QStringLiteral("A %1 named '%2' already exists").arg(what, *name));
    return std::nullopt;
}

namespace {
template <typename T>
QStringList namesOf(const QList<T> &list)
{
    QStringList names;
    for (const T &item : list)
        names << item.name;
    return names;
}
} // namespace

std::optional<ServiceError> RemoteConnection::validateTemplate(const TemplateSpec &spec) const
{
    if (const QList<FieldError> errors = rules::templateFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    if (findTemplate(spec.name))
        return ServiceError::conflict(QStringLiteral("Template '%1' already exists").arg(spec.name));
    return std::nullopt;
}

std::optional<ServiceError> RemoteConnection::validateVm(const VmSpec &spec) const
{
    if (const QList<FieldError> errors = rules::vmFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    if (!findTemplate(spec.templateName))
        return ServiceError::notFound(QStringLiteral("Template '%1' not found").arg(rules::echo(spec.templateName)));
    return nameTaken(QStringLiteral("VM"), spec.name, namesOf(vms()));
}

std::optional<ServiceError> RemoteConnection::validateDisk(const DiskSpec &spec) const
{
    if (const QList<FieldError> errors = rules::diskFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    return nameTaken(QStringLiteral("disk"), spec.name, namesOf(disks()));
}

std::optional<ServiceError> RemoteConnection::validateVmChange(const QString &vmId, const VmPatch &patch) const
{
    const auto vm = findVm(vmId);
    if (!vm)
        return ServiceError::notFound(QStringLiteral("VM '%1' not found").arg(vmId));
    const qint64 rootGib = VmService::rootDiskGib(*vm, findImage(vm->imageId));
    if (const QList<FieldError> errors = rules::vmChangeFieldErrors(*vm, patch, rootGib); !errors.isEmpty())
        return ServiceError::invalid(errors);
    if (patch.name && *patch.name != vm->name)
        return nameTaken(QStringLiteral("VM"), patch.name, namesOf(vms()));
    return std::nullopt;
}

std::optional<ServiceError> RemoteConnection::validateClone(const QString &vmId, const CloneSpec &spec) const
{
    const auto vm = findVm(vmId);
    if (!vm)
        return ServiceError::notFound(QStringLiteral("VM '%1' not found").arg(vmId));
    if (const QList<FieldError> errors = rules::cloneFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    return nameTaken(QStringLiteral("VM"), spec.name, namesOf(vms()));
}

std::optional<ServiceError> RemoteConnection::validateSnapshot(const QString &vmId, const SnapshotSpec &spec) const
{
    if (!findVm(vmId))
        return ServiceError::notFound(QStringLiteral("VM '%1' not found").arg(vmId));
    if (const QList<FieldError> errors = rules::snapshotFieldErrors(spec); !errors.isEmpty())
        return ServiceError::invalid(errors);
    return std::nullopt;
}

std::optional<ServiceError> RemoteConnection::validateDownload(const ImageDownloadSpec &spec) const
{
    if (auto e = rules::checkName(QStringLiteral("name"), spec.name))
        return ServiceError::invalid({*e});
    if (findImage(spec.name))
        return ServiceError::conflict(QStringLiteral("An image named '%1' already exists").arg(spec.name));
    return ImageLibrary::checkDownloadFields(spec);
}

// ---- changes -----------------------------------------------------------------------------------

ServiceError RemoteConnection::errorOf(const ApiAnswer &answer)
{
    const QJsonValue detail = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("detail"));
    if (answer.status == 422 && detail.isArray()) {
        QList<FieldError> fields;
        for (const QJsonValue &value : detail.toArray()) {
            const QJsonObject entry = value.toObject();
            QStringList loc;
            const QJsonArray path = entry.value(QStringLiteral("loc")).toArray();
            for (qsizetype i = 1; i < path.size(); ++i) // without "body"/"query"/"path"
                loc << (path.at(i).isDouble() ? QString::number(path.at(i).toInt()) : path.at(i).toString());
            fields.append({loc.join(QLatin1Char('.')), entry.value(QStringLiteral("msg")).toString(), entry.value(QStringLiteral("type")).toString()});
        }
        if (!fields.isEmpty())
            return ServiceError::invalid(fields);
    }
    QString message = detail.isString() ? detail.toString() : QStringLiteral("HTTP %1").arg(answer.status);
    switch (answer.status) {
    case 401: return ServiceError::failed(QStringLiteral("access refused (%1): pair with the host again").arg(message));
    case 403: return ServiceError::failed(QStringLiteral("not allowed: %1").arg(message));
    case 404: return ServiceError::notFound(message);
    case 409: return ServiceError::conflict(message);
    case 422: return ServiceError::invalid({{QString(), message, QStringLiteral("value_error")}});
    case 429:
    case 503: return ServiceError::unavailable(message);
    case 501: return ServiceError::notImplemented(message);
    default: return ServiceError::failed(message);
    }
}

template <typename T>
void RemoteConnection::request(const QByteArray &method, const QString &path, const QByteArray &body, Reply<T> done,
                               std::function<std::optional<T>(const ApiAnswer &)> read, int timeoutMs)
{
    m_remote.call(
        method, path, body,
        [done = std::move(done), read = std::move(read), path](Result<ApiAnswer> answer) {
            if (!answer.ok())
                return done(answer.error());
            if (answer.value().status < 200 || answer.value().status >= 300)
                return done(errorOf(answer.value()));
            if (auto value = read(answer.value()))
                return done(std::move(*value));
            done(ServiceError::failed(QStringLiteral("the host's answer to %1 could not be read").arg(path)));
        },
        timeoutMs);
}

void RemoteConnection::requestVm(const QByteArray &method, const QString &path, const QByteArray &body, Reply<Vm> done, int timeoutMs)
{
    request<Vm>(method, path, body, std::move(done), [](const ApiAnswer &a) { return vmFromJson(a.object()); }, timeoutMs);
}

void RemoteConnection::requestDisk(const QByteArray &method, const QString &path, const QByteArray &body, Reply<Disk> done)
{
    request<Disk>(method, path, body, std::move(done), [](const ApiAnswer &a) { return diskFromJson(a.object()); });
}

void RemoteConnection::requestDone(const QByteArray &method, const QString &path, Reply<Done> done)
{
    request<Done>(method, path, {}, std::move(done), [](const ApiAnswer &) { return std::optional<Done>(Done{}); }, RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::createTemplate(const TemplateSpec &spec, Reply<Template> done)
{
    request<Template>("POST", QStringLiteral("/templates"), templateRequest(spec), std::move(done), [](const ApiAnswer &a) { return templateFromJson(a.object()); });
}

void RemoteConnection::deleteTemplate(const QString &name, Reply<Done> done)
{
    requestDone("DELETE", pathOf(QStringLiteral("/templates"), name), std::move(done));
}

void RemoteConnection::createVm(const VmSpec &spec, Reply<Vm> done)
{
    requestVm("POST", QStringLiteral("/vms"), vmRequest(spec), std::move(done));
}

void RemoteConnection::updateVm(const QString &id, const VmPatch &patch, Reply<Vm> done)
{
    requestVm("PATCH", pathOf(QStringLiteral("/vms"), id), vmPatchRequest(patch), std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::cloneVm(const QString &id, const CloneSpec &spec, Reply<Vm> done)
{
    requestVm("POST", pathOf(QStringLiteral("/vms"), id, QStringLiteral("/clone")), cloneRequest(spec), std::move(done));
}

void RemoteConnection::deleteVm(const QString &id, Reply<Done> done)
{
    requestDone("DELETE", pathOf(QStringLiteral("/vms"), id, QStringLiteral("?force=true")), std::move(done));
}

void RemoteConnection::startVm(const QString &id, Reply<Vm> done)
{
    requestVm("POST", pathOf(QStringLiteral("/vms"), id, QStringLiteral("/actions/start")), {}, std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::stopVm(const QString &id, bool force, Reply<Vm> done)
{
    const QByteArray body = force ? QByteArrayLiteral("{\"force\":true}") : QByteArrayLiteral("{\"force\":false}");
    requestVm("POST", pathOf(QStringLiteral("/vms"), id, QStringLiteral("/actions/stop")), body, std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::restartVm(const QString &id, Reply<Vm> done)
{
    requestVm("POST", pathOf(QStringLiteral("/vms"), id, QStringLiteral("/actions/restart")), {}, std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::pauseVm(const QString &id, Reply<Vm> done)
{
    requestVm("POST", pathOf(QStringLiteral("/vms"), id, QStringLiteral("/actions/pause")), {}, std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::resumeVm(const QString &id, Reply<Vm> done)
{
    requestVm("POST", pathOf(QStringLiteral("/vms"), id, QStringLiteral("/actions/resume")), {}, std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::insertCdrom(const QString &vmId, const QString &imageId, Reply<Vm> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("image"), imageId}}).toJson(QJsonDocument::Compact);
    requestVm("POST", pathOf(QStringLiteral("/vms"), vmId, QStringLiteral("/cdrom")), body, std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::ejectCdrom(const QString &vmId, Reply<Vm> done)
{
    requestVm("DELETE", pathOf(QStringLiteral("/vms"), vmId, QStringLiteral("/cdrom")), {}, std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::createDisk(const DiskSpec &spec, Reply<Disk> done)
{
    requestDisk("POST", QStringLiteral("/disks"), diskRequest(spec), std::move(done));
}

void RemoteConnection::deleteDisk(const QString &id, Reply<Done> done)
{
    requestDone("DELETE", pathOf(QStringLiteral("/disks"), id), std::move(done));
}

void RemoteConnection::attachDisk(const QString &diskId, const QString &vmId, Reply<Disk> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("vm_id"), vmId}}).toJson(QJsonDocument::Compact);
    requestDisk("POST", pathOf(QStringLiteral("/disks"), diskId, QStringLiteral("/attach")), body, std::move(done));
}

void RemoteConnection::detachDisk(const QString &diskId, Reply<Disk> done)
{
    requestDisk("POST", pathOf(QStringLiteral("/disks"), diskId, QStringLiteral("/detach")), {}, std::move(done));
}

void RemoteConnection::resizeDisk(const QString &diskId, qint64 sizeGiB, Reply<Disk> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("size"), sizeGiB}}).toJson(QJsonDocument::Compact);
    requestDisk("PATCH", pathOf(QStringLiteral("/disks"), diskId), body, std::move(done));
}

void RemoteConnection::listSnapshots(const QString &vmId, Reply<QList<VmSnapshot>> done)
{
    request<QList<VmSnapshot>>("GET", pathOf(QStringLiteral("/vms"), vmId, QStringLiteral("/snapshots")), {}, std::move(done), [](const ApiAnswer &a) {
        QList<VmSnapshot> list;
        for (const QJsonValue &value : QJsonDocument::fromJson(a.body).array()) {
            if (auto snapshot = snapshotFromJson(value.toObject()))
                list.append(*snapshot);
        }
        return std::optional<QList<VmSnapshot>>(list);
    });
}

void RemoteConnection::createSnapshot(const QString &vmId, const SnapshotSpec &spec, Reply<VmSnapshot> done)
{
    request<VmSnapshot>("POST", pathOf(QStringLiteral("/vms"), vmId, QStringLiteral("/snapshots")), snapshotRequest(spec), std::move(done),
                        [](const ApiAnswer &a) { return snapshotFromJson(a.object()); }, RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::revertSnapshot(const QString &vmId, const QString &name, Reply<Vm> done)
{
    const QString path = pathOf(QStringLiteral("/vms"), vmId, QStringLiteral("/snapshots/") + QString::fromLatin1(QUrl::toPercentEncoding(name)) + QStringLiteral("/revert"));
    requestVm("POST", path, {}, std::move(done), RemoteHost::kLifecycleTimeoutMs);
}

void RemoteConnection::deleteSnapshot(const QString &vmId, const QString &name, Reply<Done> done)
{
    requestDone("DELETE", pathOf(QStringLiteral("/vms"), vmId, QStringLiteral("/snapshots/") + QString::fromLatin1(QUrl::toPercentEncoding(name))), std::move(done));
}

void RemoteConnection::importImage(const ImageImportSpec &, Reply<Image> done)
{
    done(ServiceError::notImplemented(QStringLiteral("files of this computer can only be imported into its own VMAN; download the image on %1 instead")
                                          .arg(displayName())));
}

void RemoteConnection::downloadImage(const ImageDownloadSpec &spec, const QString &catalogEntry, Reply<Image> done)
{
    request<Image>("POST", QStringLiteral("/images"), imageDownloadRequest(spec, catalogEntry), std::move(done), [](const ApiAnswer &a) { return imageFromJson(a.object()); });
}

void RemoteConnection::deleteImage(const QString &id, Reply<Done> done)
{
    requestDone("DELETE", pathOf(QStringLiteral("/images"), id), std::move(done));
}

void RemoteConnection::consoleTail(const QString &vmId, qint64 maxBytes, Reply<QByteArray> done)
{
    request<QByteArray>("GET", pathOf(QStringLiteral("/vms"), vmId, QStringLiteral("/console?tail=%1").arg(maxBytes)), {}, std::move(done),
                        [](const ApiAnswer &a) { return std::optional<QByteArray>(a.body); });
}

QWebSocket *RemoteConnection::openConsoleSocket(const QString &vmId, const QString &channel, QObject *owner)
{
    return m_remote.openConsole(vmId, channel, owner);
}

SerialChannel *RemoteConnection::openSerial(const QString &vmId, QObject *owner)
{
    QPointer<RemoteConnection> self(this);
    auto *channel = new WebSocketSerialChannel(
        [self, vmId](QObject *socketOwner) -> QWebSocket * { return self ? self->m_remote.openConsole(vmId, QStringLiteral("serial"), socketOwner) : nullptr; },
        [self, vmId] {
            const auto vm = self ? self->findVm(vmId) : std::nullopt;
            return vm && (vm->state == VmState::Running || vm->state == VmState::Paused);
        },
        owner);
    connect(this, &HostConnection::vmChanged, channel, [channel, vmId](const Vm &vm) {
        if (vm.id == vmId)
            channel->follow();
    });
    return channel;
}

void RemoteConnection::readLog(quint64 after, int limit, Reply<LogChunk> done)
{
    request<LogChunk>("GET", QStringLiteral("/logs?after=%1&limit=%2").arg(after).arg(limit), {}, std::move(done), [](const ApiAnswer &a) {
        const QJsonObject object = a.object();
        LogChunk chunk;
        for (const QJsonValue &value : object.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject line = value.toObject();
            const QString level = line.value(QStringLiteral("level")).toString();
            int severity = logging::severity(QtInfoMsg);
            for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg}) {
                if (logging::levelName(type) == level)
                    severity = logging::severity(type);
            }
            chunk.lines.append({severity, line.value(QStringLiteral("text")).toString()});
        }
        chunk.lastSeq = quint64(object.value(QStringLiteral("last_seq")).toInteger());
        chunk.missed = object.value(QStringLiteral("missed")).toBool();
        return std::optional<LogChunk>(chunk);
    });
}

void RemoteConnection::loadCatalog()
{
    QPointer<RemoteConnection> self(this);
    m_remote.call("GET", QStringLiteral("/images/catalog"), {}, [self](Result<ApiAnswer> answer) {
        if (!self || !answer.ok() || answer.value().status != 200)
            return;
        // The same checks as a catalogue file's: the answer is an array of its entries.
        QJsonObject file{{QStringLiteral("version"), 1}, {QStringLiteral("images"), QJsonDocument::fromJson(answer.value().body).array()}};
        if (auto catalog = parseCatalog(QJsonDocument(file).toJson(QJsonDocument::Compact)); catalog.ok())
            self->m_catalog = catalog.value();
    });
}

} // namespace vman::client
