// SPDX-License-Identifier: GPL-3.0-or-later
// The VMs of every host, as a table fed by the hosts' signals with fine-grained updates (no
// reset on change).
#pragma once

#include "HostTableModel.h"
#include "Types.h"

#include <QHash>
#include <QTimer>

#include <optional>

namespace vman {

class VmTableModel final : public ui::HostTableModel<Vm>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmTableModel)

public:
    enum Column { NameColumn, StateColumn, TemplateColumn, CpuColumn, MemoryColumn, DisksColumn, PortsColumn, CreatedColumn, HostColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, SortRole, CpuUseRole /* % of one core, running VMs */, HostRole /* its HostConnection */ };

    // Running VMs show their CPU in the state column and what their QEMU holds of the memory it
    // was given in the memory column (from each host's samples).
    explicit VmTableModel(client::HostList &hosts, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    using HostTableModel::rowOf;
    Vm vmAt(int row) const { return rowAt(row).item; }

private:
    void watch(client::HostConnection *host) override;
    void update(client::HostConnection *host, const Vm &vm);
    void countDisks(client::HostConnection *host);
    void animate();
    QString memoryText(const client::HostConnection *host, const Vm &vm) const;
    QString memoryToolTip(const client::HostConnection *host, const Vm &vm) const;
    std::optional<qint64> residentBytes(const client::HostConnection *host, const Vm &vm) const;

    QHash<const client::HostConnection *, QHash<QString, int>> m_diskCount; // per host: VM id -> attached disks
    QTimer m_spinner;
    int m_frame = 0;
};

} // namespace vman
