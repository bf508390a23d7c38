// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostMirror.h"

#include "ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace vman::client {

HostMirror::HostMirror(RemoteHost &host, QObject *parent) : QObject(parent), m_host(host)
{
    connect(&m_host, &RemoteHost::eventReceived, this, &HostMirror::onEvent);
    connect(&m_host, &RemoteHost::listsReceived, this, &HostMirror::applyLists);
    m_host.setWantsLists(true);
}

QList<Vm> HostMirror::vms() const
{
    QList<Vm> list;
    list.reserve(m_vmOrder.size());
    for (const QString &id : m_vmOrder)
        list.append(m_vms.value(id));
    return list;
}

std::optional<Vm> HostMirror::findVm(const QString &id) const
{
    const auto it = m_vms.constFind(id);
    return it == m_vms.constEnd() ? std::nullopt : std::optional<Vm>(*it);
}

void HostMirror::applyLists(const QJsonObject &json)
{
    auto lists = hostListsFromJson(json);
    if (!lists)
        return m_host.restartStream(QStringLiteral("the host's lists could not be read"));
    ++m_generation; // answers to what was asked before are older than these lists
    m_templates = std::move(lists->templates);
    m_vms.clear();
    m_vmOrder.clear();
    m_vmOrder.reserve(lists->vms.size());
    m_vms.reserve(lists->vms.size());
    for (Vm &vm : lists->vms) {
        m_vmOrder.append(vm.id);
        m_vms.insert(vm.id, std::move(vm));
    }
    m_operations = std::move(lists->operations);
    m_deleted.clear();
    m_deletedDisks.clear();
    m_disks = std::move(lists->disks);
    m_images = std::move(lists->images);
    m_loaded = true;
    Q_EMIT loaded();
}

void HostMirror::onEvent(const QJsonObject &event)
{
    const QString type = event.value(QStringLiteral("type")).toString();
    const QJsonObject data = event.value(QStringLiteral("data")).toObject();
    const QString vmId = data.value(QStringLiteral("vm_id")).toString();
    if (type == QLatin1String("vm.deleted")) {
        m_deleted.insert(vmId);
        m_operations.remove(vmId);
        if (m_vms.remove(vmId) > 0) {
            m_vmOrder.removeAll(vmId);
            Q_EMIT vmRemoved(vmId);
        }
        fetchDisks(); // its disks are detached now
        return;
    }
    if (type == QLatin1String("vm.operation_changed")) {
        const QString operation = data.value(QStringLiteral("operation")).toString();
        if (operation.isEmpty())
            m_operations.remove(vmId);
        else
            m_operations.insert(vmId, operation);
        Q_EMIT vmOperationChanged(vmId, operation);
        return;
    }
    if (type == QLatin1String("vm.state_changed")) {
        // Shown at once from the event; the VM is read again for what came with the change.
        auto it = m_vms.find(vmId);
        const auto to = vmStateFromString(data.value(QStringLiteral("to")).toString());
        if (it != m_vms.end() && to) {
            it->state = *to;
            it->stateDetail = data.value(QStringLiteral("detail")).toString();
            Q_EMIT vmChanged(*it);
        }
        return fetchVm(vmId);
    }
    if (type.startsWith(QLatin1String("vm.")) && type != QLatin1String("vm.clone_progress")) {
        if (type == QLatin1String("vm.clone_failed"))
            return onEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("vm.deleted")}, {QStringLiteral("data"), data}});
        return fetchVm(vmId);
    }
    if (type.startsWith(QLatin1String("template.")))
        return fetchTemplates();
    if (type.startsWith(QLatin1String("disk."))) {
        const QString diskId = data.value(QStringLiteral("disk_id")).toString(data.value(QStringLiteral("id")).toString());
        if (type == QLatin1String("disk.deleted"))
            removeDisk(diskId);
        else
            fetchDisk(diskId); // only the disk the event is about, not every disk of the host
        if (!vmId.isEmpty())
            fetchVm(vmId); // attached or detached: the VM's disk list changed
        return;
    }
    if (type.startsWith(QLatin1String("image."))) {
        const QString imageId = data.value(QStringLiteral("image_id")).toString(data.value(QStringLiteral("id")).toString());
        if (type == QLatin1String("image.deleted")) {
            const auto before = m_images.size();
            m_images.removeIf([&imageId](const Image &image) { return image.id == imageId; });
            if (m_images.size() != before)
                Q_EMIT imagesChanged();
            return;
        }
        return fetchImage(imageId);
    }
}

void HostMirror::fetchVm(const QString &id)
{
    if (id.isEmpty())
        return;
    QPointer<HostMirror> self(this);
    const quint64 generation = m_generation;
    m_host.call("GET", QStringLiteral("/vms/") + id, {}, [self, id, generation](Result<ApiAnswer> answer) {
        if (!self || generation != self->m_generation || !answer.ok() || self->m_deleted.contains(id))
            return;
        if (answer.value().status == 404) {
            self->m_operations.remove(id);
            if (self->m_vms.remove(id) > 0) {
                self->m_vmOrder.removeAll(id);
                Q_EMIT self->vmRemoved(id);
            }
            return;
        }
        const auto vm = answer.value().status == 200 ? vmFromJson(answer.value().object()) : std::nullopt;
        if (!vm)
            return;
        if (!self->m_vms.contains(id))
            self->m_vmOrder.append(id);
        self->m_vms.insert(id, *vm);
        Q_EMIT self->vmChanged(*vm);
    });
}

void HostMirror::fetchList(const QString &path, std::function<void(const QJsonArray &)> apply)
{
    QPointer<HostMirror> self(this);
    const quint64 generation = m_generation;
    m_host.call("GET", path, {}, [self, generation, apply](Result<ApiAnswer> answer) {
        if (self && generation == self->m_generation && answer.ok() && answer.value().status == 200)
            apply(QJsonDocument::fromJson(answer.value().body).array());
    });
}

void HostMirror::fetchTemplates()
{
    fetchList(QStringLiteral("/templates"), [this](const QJsonArray &array) {
        m_templates = templatesFromJson(array);
        Q_EMIT templatesChanged();
    });
}

void HostMirror::fetchDisks()
{
    fetchList(QStringLiteral("/disks"), [this](const QJsonArray &array) {
        m_disks = disksFromJson(array);
        Q_EMIT disksChanged();
    });
}

void HostMirror::removeDisk(const QString &id)
{
    m_deletedDisks.insert(id);
    const auto before = m_disks.size();
    m_disks.removeIf([&id](const Disk &disk) { return disk.id == id; });
    if (m_disks.size() != before)
        Q_EMIT disksChanged();
}

void HostMirror::fetchDisk(const QString &id)
{
    if (id.isEmpty())
        return fetchDisks();
    QPointer<HostMirror> self(this);
    const quint64 generation = m_generation;
    m_host.call("GET", QStringLiteral("/disks/") + id, {}, [self, id, generation](Result<ApiAnswer> answer) {
        if (!self || generation != self->m_generation || !answer.ok() || self->m_deletedDisks.contains(id))
            return;
        if (answer.value().status == 404)
            return self->removeDisk(id);
        const auto disk = answer.value().status == 200 ? diskFromJson(answer.value().object()) : std::nullopt;
        if (!disk)
            return;
        auto it = std::find_if(self->m_disks.begin(), self->m_disks.end(), [&id](const Disk &d) { return d.id == id; });
        if (it == self->m_disks.end())
            self->m_disks.append(*disk);
        else
            *it = *disk;
        Q_EMIT self->disksChanged();
    });
}

void HostMirror::fetchImage(const QString &id)
{
    if (id.isEmpty())
        return;
    QPointer<HostMirror> self(this);
    m_host.call("GET", QStringLiteral("/images/") + id, {}, [self, id](Result<ApiAnswer> answer) {
        if (!self || !answer.ok() || answer.value().status != 200)
            return;
        const auto image = imageFromJson(answer.value().object());
        if (!image)
            return;
        auto it = std::find_if(self->m_images.begin(), self->m_images.end(), [&id](const Image &i) { return i.id == id; });
        if (it == self->m_images.end())
            self->m_images.append(*image);
        else
            *it = *image;
        Q_EMIT self->imagesChanged();
    });
}

} // namespace vman::client
