// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostMirror.h"

#include "ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

namespace vman::client {

namespace {

// One reading of each list, for the first load and for every later refresh alike.
template <typename T>
QList<T> listFrom(const QJsonArray &array, std::optional<T> (*read)(const QJsonObject &))
{
    QList<T> list;
    for (const QJsonValue &value : array) {
        if (auto item = read(value.toObject()))
            list.append(*item);
    }
    return list;
}

} // namespace

HostMirror::HostMirror(RemoteHost &host, QObject *parent) : QObject(parent), m_host(host)
{
    connect(&m_host, &RemoteHost::eventReceived, this, &HostMirror::onEvent);
    connect(&m_host, &RemoteHost::resyncNeeded, this, &HostMirror::load);
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

void HostMirror::load()
{
    const quint64 generation = ++m_generation;
    struct Pending
    {
        QJsonArray templates, vms, disks, images;
        int left = 4;
        QString failure;
    };
    auto pending = std::make_shared<Pending>();
    QPointer<HostMirror> self(this);
    auto finish = [self, pending, generation] {
        if (!self || --pending->left > 0 || generation != self->m_generation)
            return;
        if (!pending->failure.isEmpty())
            return Q_EMIT self->loadFailed(pending->failure);
        self->m_templates = listFrom<Template>(pending->templates, templateFromJson);
        self->m_vms.clear();
        self->m_vmOrder.clear();
        self->m_operations.clear();
        self->m_deleted.clear();
        for (const QJsonValue &value : std::as_const(pending->vms)) {
            if (auto vm = vmFromJson(value.toObject())) {
                self->m_vmOrder.append(vm->id);
                self->m_vms.insert(vm->id, *vm);
                const QString operation = value.toObject().value(QStringLiteral("operation")).toString();
                if (!operation.isEmpty())
                    self->m_operations.insert(vm->id, operation);
            }
        }
        self->m_disks = listFrom<Disk>(pending->disks, diskFromJson);
        self->m_images = listFrom<Image>(pending->images, imageFromJson);
        self->m_loaded = true;
        Q_EMIT self->loaded();
    };
    auto read = [this, pending, finish](const QString &path, QJsonArray Pending::*into) {
        m_host.call("GET", path, {}, [pending, finish, path, into](Result<ApiAnswer> answer) {
            if (!answer.ok())
                pending->failure = answer.error().message;
            else if (answer.value().status != 200)
                pending->failure = QStringLiteral("GET %1: HTTP %2").arg(path).arg(answer.value().status);
            else
                (*pending).*into = QJsonDocument::fromJson(answer.value().body).array();
            finish();
        });
    };
    read(QStringLiteral("/templates"), &Pending::templates);
    read(QStringLiteral("/vms"), &Pending::vms);
    read(QStringLiteral("/disks"), &Pending::disks);
    read(QStringLiteral("/images"), &Pending::images);
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
        fetchDisks();
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
        m_templates = listFrom<Template>(array, templateFromJson);
        Q_EMIT templatesChanged();
    });
}

void HostMirror::fetchDisks()
{
    fetchList(QStringLiteral("/disks"), [this](const QJsonArray &array) {
        m_disks = listFrom<Disk>(array, diskFromJson);
        Q_EMIT disksChanged();
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
