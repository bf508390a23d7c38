// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventHub.h"

#include "images/ImageLibrary.h"

#include "VmService.h"

#include <QJsonArray>

namespace vman {

QJsonObject VmanEvent::toJson() const
{
    return {{QStringLiteral("id"), qint64(id)},
            {QStringLiteral("type"), type},
            {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("data"), data}};
}

EventHub::EventHub(int backlogSize, QObject *parent) : QObject(parent), m_backlogSize(backlogSize)
{
    qRegisterMetaType<vman::VmanEvent>();
}

void EventHub::publish(const QString &type, const QJsonObject &data)
{
    VmanEvent event{m_nextId++, nowUtc(), type, data};
    m_backlog.push_back(event);
    while (int(m_backlog.size()) > m_backlogSize)
        m_backlog.pop_front();
    Q_EMIT published(event);
}

QList<VmanEvent> EventHub::since(quint64 lastSeenId, bool *complete) const
{
    QList<VmanEvent> events;
    // An id beyond ours comes from before a restart: everything we have is new to that client.
    const quint64 from = lastSeenId > lastId() ? 0 : lastSeenId;
    if (complete)
        *complete = lastSeenId <= lastId() && (m_backlog.empty() || m_backlog.front().id <= from + 1);
    for (const VmanEvent &event : m_backlog) {
        if (event.id > from)
            events.append(event);
    }
    return events;
}

void EventHub::watch(VmService &service)
{
    const auto vmData = [](const Vm &vm) {
        return QJsonObject{{QStringLiteral("vm_id"), vm.id},
                           {QStringLiteral("name"), vm.name},
                           {QStringLiteral("state"), nameOf(vm.state)}};
    };
    const auto diskData = [](const Disk &disk) {
        return QJsonObject{{QStringLiteral("disk_id"), disk.id}, {QStringLiteral("name"), disk.name}, {QStringLiteral("size"), disk.size}};
    };
    connect(&service, &VmService::templateCreated, this, [this](const Template &t) {
        publish(QStringLiteral("template.created"), {{QStringLiteral("name"), t.name}, {QStringLiteral("cpu_count"), t.cpuCount}, {QStringLiteral("ram_amount"), t.ramAmount}});
    });
    connect(&service, &VmService::templateDeleted, this, [this](const QString &name) {
        publish(QStringLiteral("template.deleted"), {{QStringLiteral("name"), name}});
    });
    connect(&service, &VmService::vmCreated, this, [this, vmData](const Vm &vm) {
        QJsonObject data = vmData(vm);
        data.insert(QStringLiteral("template_name"), vm.templateName);
        publish(QStringLiteral("vm.created"), data);
    });
    connect(&service, &VmService::vmCdromChanged, this, [this, vmData](const Vm &vm) {
        QJsonObject data = vmData(vm);
        data.insert(QStringLiteral("cdrom"), vm.cdromImageId.isEmpty() ? QJsonValue::Null : QJsonValue(vm.cdromImageId));
        publish(QStringLiteral("vm.cdrom_changed"), data);
    });
    connect(&service, &VmService::vmSettingsChanged, this, [this, vmData](const Vm &vm, const QStringList &fields) {
        QJsonObject data = vmData(vm);
        data.insert(QStringLiteral("changed"), QJsonArray::fromStringList(fields));
        publish(QStringLiteral("vm.updated"), data);
    });
    const auto snapshotData = [&service](const VmSnapshot &snapshot) {
        const auto vm = service.findVm(snapshot.vmId);
        return QJsonObject{{QStringLiteral("vm_id"), snapshot.vmId},
                           {QStringLiteral("name"), vm ? vm->name : QString()},
                           {QStringLiteral("snapshot"), snapshot.name},
                           {QStringLiteral("vm_state"), snapshot.withMemory}};
    };
    connect(&service, &VmService::vmSnapshotCreated, this, [this, snapshotData](const VmSnapshot &s) { publish(QStringLiteral("vm.snapshot_created"), snapshotData(s)); });
    connect(&service, &VmService::vmSnapshotReverted, this, [this, snapshotData](const VmSnapshot &s) { publish(QStringLiteral("vm.snapshot_reverted"), snapshotData(s)); });
    connect(&service, &VmService::vmSnapshotDeleted, this, [this, &service](const QString &vmId, const QString &snapshot) {
        const auto vm = service.findVm(vmId);
        publish(QStringLiteral("vm.snapshot_deleted"), {{QStringLiteral("vm_id"), vmId}, {QStringLiteral("name"), vm ? vm->name : QString()}, {QStringLiteral("snapshot"), snapshot}});
    });
    connect(&service, &VmService::vmCloneProgress, this, [this](const QString &cloneId, const QString &sourceId, const QString &phase, double percent) {
        publish(QStringLiteral("vm.clone_progress"), {{QStringLiteral("vm_id"), cloneId}, {QStringLiteral("source_vm_id"), sourceId},
                                                      {QStringLiteral("phase"), phase}, {QStringLiteral("percent"), qRound(percent * 10) / 10.0}});
    });
    connect(&service, &VmService::vmCloned, this, [this, vmData](const Vm &clone, const QString &sourceId) {
        QJsonObject data = vmData(clone);
        data.insert(QStringLiteral("source_vm_id"), sourceId);
        publish(QStringLiteral("vm.cloned"), data);
    });
    connect(&service, &VmService::vmCloneFailed, this, [this](const QString &cloneId, const QString &sourceId, const QString &reason) {
        publish(QStringLiteral("vm.clone_failed"), {{QStringLiteral("vm_id"), cloneId}, {QStringLiteral("source_vm_id"), sourceId}, {QStringLiteral("reason"), reason}});
    });
    connect(&service, &VmService::vmReady, this, [this](const Vm &vm) {
        publish(QStringLiteral("vm.ready"), {{QStringLiteral("vm_id"), vm.id}, {QStringLiteral("name"), vm.name}, {QStringLiteral("ready_by"), vm.readyBy}});
    });
    connect(&service, &VmService::vmDeleted, this, [this](const QString &id) {
        publish(QStringLiteral("vm.deleted"), {{QStringLiteral("vm_id"), id}});
    });
    connect(&service, &VmService::vmStateChanged, this, [this, &service](const QString &id, VmState from, VmState to) {
        const auto vm = service.findVm(id);
        publish(QStringLiteral("vm.state_changed"), {{QStringLiteral("vm_id"), id},
                                                     {QStringLiteral("name"), vm ? vm->name : QString()},
                                                     {QStringLiteral("from"), nameOf(from)},
                                                     {QStringLiteral("to"), nameOf(to)},
                                                     {QStringLiteral("detail"), vm ? vm->stateDetail : QString()}});
    });
    connect(&service, &VmService::vmOperationChanged, this, [this](const QString &vmId, const QString &operation) {
        publish(QStringLiteral("vm.operation_changed"),
                {{QStringLiteral("vm_id"), vmId}, {QStringLiteral("operation"), operation.isEmpty() ? QJsonValue::Null : QJsonValue(operation)}});
    });
    connect(&service, &VmService::diskCreated, this, [this, diskData](const Disk &disk) { publish(QStringLiteral("disk.created"), diskData(disk)); });
    connect(&service, &VmService::diskProblemChanged, this, [this, diskData](const Disk &disk) {
        QJsonObject data = diskData(disk);
        data.insert(QStringLiteral("state"), disk.problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("error"));
        data.insert(QStringLiteral("state_detail"), disk.problem);
        publish(QStringLiteral("disk.state_changed"), data);
    });
    connect(&service, &VmService::diskResized, this, [this, diskData](const Disk &disk) { publish(QStringLiteral("disk.resized"), diskData(disk)); });
    connect(&service, &VmService::diskDeleted, this, [this](const QString &id) {
        publish(QStringLiteral("disk.deleted"), {{QStringLiteral("disk_id"), id}});
    });
    connect(&service, &VmService::diskAttached, this, [this, diskData](const Disk &disk, const QString &vmId) {
        QJsonObject data = diskData(disk);
        data.insert(QStringLiteral("vm_id"), vmId);
        publish(QStringLiteral("disk.attached"), data);
    });
    connect(&service, &VmService::diskDetached, this, [this, diskData](const Disk &disk, const QString &vmId) {
        QJsonObject data = diskData(disk);
        data.insert(QStringLiteral("vm_id"), vmId);
        publish(QStringLiteral("disk.detached"), data);
    });
}

void EventHub::watch(ImageLibrary &images)
{
    const auto imageData = [](const Image &image) {
        return QJsonObject{{QStringLiteral("image_id"), image.id},
                           {QStringLiteral("name"), image.name},
                           {QStringLiteral("state"), nameOf(image.state)},
                           {QStringLiteral("progress"), image.progress()},
                           {QStringLiteral("bytes_done"), image.state == ImageState::Ready ? image.size : image.bytesDone},
                           {QStringLiteral("bytes_total"), image.state == ImageState::Ready ? image.size : image.bytesTotal}};
    };
    connect(&images, &ImageLibrary::imageCreated, this, [this, imageData](const Image &image) { publish(QStringLiteral("image.created"), imageData(image)); });
    connect(&images, &ImageLibrary::imageProgress, this, [this, imageData](const Image &image) { publish(QStringLiteral("image.progress"), imageData(image)); });
    connect(&images, &ImageLibrary::imageUpdated, this, [this, imageData](const Image &image) {
        QJsonObject data = imageData(image);
        data.insert(QStringLiteral("format"), nameOf(image.format));
        data.insert(QStringLiteral("sha256"), image.sha256.isEmpty() ? QJsonValue::Null : QJsonValue(image.sha256));
        data.insert(QStringLiteral("state_detail"), image.stateDetail.isEmpty() ? QJsonValue::Null : QJsonValue(image.stateDetail));
        publish(QStringLiteral("image.updated"), data);
    });
    connect(&images, &ImageLibrary::imageDeleted, this, [this](const QString &id, const QString &name) {
        publish(QStringLiteral("image.deleted"), {{QStringLiteral("image_id"), id}, {QStringLiteral("name"), name}});
    });
}

} // namespace vman
