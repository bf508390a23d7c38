// SPDX-License-Identifier: GPL-3.0-or-later
// The disks of every host, as a table fed by the hosts' signals.
#pragma once

#include "HostTableModel.h"
#include "Types.h"

namespace vman {

class DiskTableModel final : public ui::HostTableModel<Disk>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskTableModel)

public:
    enum Column { NameColumn, SizeColumn, StateColumn, AttachedColumn, CreatedColumn, HostColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, AttachedVmRole, SortRole, HostRole };

    explicit DiskTableModel(client::HostList &hosts, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    using HostTableModel::rowOf;
    Disk diskAt(int row) const { return rowAt(row).item; }

private:
    void watch(client::HostConnection *host) override;
};

} // namespace vman
