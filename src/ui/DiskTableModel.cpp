// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskTableModel.h"

#include "TableDates.h"

#include "StateIcons.h"

#include <QLocale>

namespace vman {

DiskTableModel::DiskTableModel(client::HostList &hosts, QObject *parent)
    : HostTableModel(hosts, [](const Disk &disk) { return disk.id; }, parent)
{
    followHosts();
}

void DiskTableModel::watch(client::HostConnection *host)
{
    using client::HostConnection;
    for (auto signal : {&HostConnection::disksChanged, &HostConnection::reloaded})
        connect(host, signal, this, [this, host] { syncHost(host, host->disks()); });
    // The "attached to" column names the VM.
    connect(host, &HostConnection::vmChanged, this, [this, host] { columnChanged(host, AttachedColumn); });
    syncHost(host, host->disks());
}

int DiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    const Disk &disk = row.item;
    if (index.column() == CreatedColumn) {
        if (QVariant cell = ui::dateCell(disk.createdAt, role, SortRole); cell.isValid())
            return cell;
    }
    switch (role) {
    case IdRole: return disk.id;
    case AttachedVmRole: return disk.vmId;
    case HostRole: return QVariant::fromValue<QObject *>(row.host);
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn: return disk.name;
        case SizeColumn: return role == SortRole ? QVariant(disk.size) : QVariant(tr("%1 GiB").arg(disk.size));
        case StateColumn: return disk.problem.isEmpty() ? tr("ok") : tr("error");
        case AttachedColumn: {
            if (!disk.isAttached())
                return QString();
            const auto vm = row.host->findVm(disk.vmId);
            return vm ? vm->name : disk.vmId;
        }
        case HostColumn: return ui::hostLabel(row.host);
        case CreatedColumn: // dateCell() above
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return ui::stateIcon(disk.problem.isEmpty() ? VmState::Running : VmState::Error);
        break;
    case Qt::ToolTipRole:
        if (!disk.problem.isEmpty())
            return disk.problem;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant DiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case StateColumn: return tr("State");
    case AttachedColumn: return tr("Attached to");
    case CreatedColumn: return tr("Created");
    case HostColumn: return tr("Host");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vman
