// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateTableModel.h"

#include "TableDates.h"

#include "VmService.h"

#include <QLocale>

namespace vman {

TemplateTableModel::TemplateTableModel(VmService &service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
    m_templates = service.templates();
    for (const Vm &vm : service.vms()) {
        ++m_users[vm.templateName];
        m_templateOfVm.insert(vm.id, vm.templateName);
    }
    connect(&service, &VmService::templateCreated, this, [this](const Template &t) {
        const int row = int(m_templates.size());
        beginInsertRows({}, row, row);
        m_templates.append(t);
        endInsertRows();
    });
    connect(&service, &VmService::templateDeleted, this, [this](const QString &name) {
        const int row = rowOf(name);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_templates.removeAt(row);
        endRemoveRows();
    });
    connect(&service, &VmService::vmCreated, this, [this](const Vm &vm) {
        ++m_users[vm.templateName];
        m_templateOfVm.insert(vm.id, vm.templateName);
        usersChanged(vm.templateName);
    });
    connect(&service, &VmService::vmDeleted, this, [this](const QString &vmId) {
        const QString name = m_templateOfVm.take(vmId);
        --m_users[name];
        usersChanged(name);
    });
}

int TemplateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TemplateTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).name == name)
            return row;
    }
    return -1;
}

void TemplateTableModel::usersChanged(const QString &templateName)
{
    const int row = rowOf(templateName);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, VmsColumn), index(row, VmsColumn));
}

QVariant TemplateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Template &t = m_templates.at(index.row());
    if (index.column() == CreatedColumn) {
        if (QVariant cell = ui::dateCell(t.createdAt, role, SortRole); cell.isValid())
            return cell;
    }
    if (role == NameRole)
        return t.name;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != CreatedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return t.name;
    case CpuColumn: return t.cpuCount;
    case RamColumn: return role == SortRole ? QVariant(t.ramAmount) : QVariant(tr("%1 GiB").arg(t.ramAmount));
    case VmsColumn: return m_users.value(t.name);
    case CreatedColumn: // dateCell() above
    case ColumnCount: break;
    }
    return {};
}

QVariant TemplateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case CpuColumn: return tr("vCPUs");
    case RamColumn: return tr("Memory");
    case VmsColumn: return tr("VMs");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vman
