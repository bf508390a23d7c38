// SPDX-License-Identifier: GPL-3.0-or-later
// What a remote VMAN holds (templates, VMs, disks, images), kept true by its events: the lists
// come with the event stream when it opens (and again whenever it could not resume), then every
// event updates the one thing it is about. A VM's state change is shown from the event itself at once, and the
// VM is read again for the rest.
#pragma once

#include "RemoteHost.h"
#include "Types.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <optional>

namespace vman::client {

class HostMirror final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostMirror)

public:
    explicit HostMirror(RemoteHost &host, QObject *parent = nullptr);

    // The lists have come (`loaded` said so); they stay while the host is away.
    bool isLoaded() const { return m_loaded; }

    QList<Template> templates() const { return m_templates; }
    QList<Vm> vms() const;
    QList<Disk> disks() const { return m_disks; }
    QList<Image> images() const { return m_images; }
    std::optional<Vm> findVm(const QString &id) const;
    int vmCount() const { return int(m_vms.size()); }
    // As VmService::isVmBusy: an operation is in flight on the host.
    bool isVmBusy(const QString &id) const { return !m_operations.value(id).isEmpty(); }
    QString vmOperation(const QString &id) const { return m_operations.value(id); }

Q_SIGNALS:
    void loaded();
    void vmChanged(const vman::Vm &vm); // added or changed
    void vmRemoved(const QString &id);
    void vmOperationChanged(const QString &id, const QString &operation);
    void templatesChanged();
    void disksChanged();
    void imagesChanged();

private:
    void applyLists(const QJsonObject &lists);
    void onEvent(const QJsonObject &event);
    void fetchVm(const QString &id);
    void fetchList(const QString &path, std::function<void(const QJsonArray &)> apply);
    void fetchTemplates();
    void fetchDisks();
    void fetchDisk(const QString &id);
    void removeDisk(const QString &id);
    void fetchImage(const QString &id);

    RemoteHost &m_host;
    bool m_loaded = false;
    quint64 m_generation = 0; // an answer asked for before the latest lists came is ignored
    QList<Template> m_templates;
    QHash<QString, Vm> m_vms;
    QStringList m_vmOrder; // as the server lists them (by creation)
    QHash<QString, QString> m_operations; // vm id -> what it is busy with
    // VMs deleted since the lists came: an answer read before the deletion must not bring one back
    // (ids are never reused).
    QSet<QString> m_deleted;
    QSet<QString> m_deletedDisks; // the same for disks
    QList<Disk> m_disks;
    QList<Image> m_images;
};

} // namespace vman::client
