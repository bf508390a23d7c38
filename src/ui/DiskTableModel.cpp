// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskTableModel.h"

#include "TableDates.h"

#include "StateIcons.h"
#include "VmService.h"

#include <QLocale>

namespace vman {

DiskTableModel::DiskTableModel(VmService &service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
    m_disks = service.disks();
    for (int row = 0; row < m_disks.size(); ++row)
        m_rowById.insert(m_disks.at(row).id, row);
    connect(&service, &VmService::diskCreated, this, &DiskTableModel::insert);
    connect(&service, &VmService::diskDeleted, this, &DiskTableModel::remove);
    connect(&service, &VmService::diskAttached, this, [this](const Disk &disk, const QString &) { update(disk); });
    connect(&service, &VmService::diskDetached, this, [this](const Disk &disk, const QString &) { update(disk); });
    connect(&service, &VmService::diskProblemChanged, this, &DiskTableModel::update);
    connect(&service, &VmService::diskResized, this, &DiskTableModel::update);
}

int DiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_disks.size());
}

int DiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Disk &disk = m_disks.at(index.row());
    if (index.column() == CreatedColumn) {
        if (QVariant cell = ui::dateCell(disk.createdAt, role, SortRole); cell.isValid())
            return cell;
    }
    switch (role) {
    case IdRole: return disk.id;
    case AttachedVmRole: return disk.vmId;
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn: return disk.name;
        case SizeColumn: return role == SortRole ? QVariant(disk.size) : QVariant(tr("%1 GiB").arg(disk.size));
        case StateColumn: return disk.problem.isEmpty() ? tr("ok") : tr("error");
        case AttachedColumn: {
            if (!disk.isAttached())
                return QString();
            const auto vm = m_service.findVm(disk.vmId);
            return vm ? vm->name : disk.vmId;
        }
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
    case ColumnCount: break;
    }
    return {};
}

void DiskTableModel::insert(const Disk &disk)
{
    const int row = int(m_disks.size());
    beginInsertRows({}, row, row);
    m_disks.append(disk);
    m_rowById.insert(disk.id, row);
    endInsertRows();
}

void DiskTableModel::update(const Disk &disk)
{
    const int row = rowOf(disk.id);
    if (row < 0)
        return;
    m_disks[row] = disk;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DiskTableModel::remove(const QString &diskId)
{
    const int row = rowOf(diskId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_disks.removeAt(row);
    m_rowById.remove(diskId);
    for (int r = row; r < m_disks.size(); ++r)
        m_rowById.insert(m_disks.at(r).id, r);
    endRemoveRows();
}

} // namespace vman
