// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateTableModel.h"

#include "TableDates.h"


#include <QLocale>

namespace vman {

TemplateTableModel::TemplateTableModel(client::HostList &hosts, QObject *parent)
    : HostTableModel(hosts, [](const Template &t) { return t.name; }, parent)
{
    followHosts();
}

void TemplateTableModel::watch(client::HostConnection *host)
{
    using client::HostConnection;
    connect(host, &HostConnection::templatesChanged, this, [this, host] { syncHost(host, host->templates()); });
    // A VM's template never changes: only VMs that come and go change the counts.
    connect(host, &HostConnection::vmAdded, this, [this, host] { countUsers(host); });
    connect(host, &HostConnection::vmRemoved, this, [this, host] { countUsers(host); });
    connect(host, &HostConnection::reloaded, this, [this, host] {
        syncHost(host, host->templates());
        countUsers(host);
    });
    syncHost(host, host->templates());
    countUsers(host);
}

int TemplateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TemplateTableModel::countUsers(client::HostConnection *host)
{
    QHash<QString, int> users;
    for (const Vm &vm : host->vms())
        ++users[vm.templateName];
    if (users == m_users.value(host))
        return;
    m_users.insert(host, users);
    columnChanged(host, VmsColumn);
}

QVariant TemplateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    const Template &t = row.item;
    if (index.column() == CreatedColumn) {
        if (QVariant cell = ui::dateCell(t.createdAt, role, SortRole); cell.isValid())
            return cell;
    }
    if (role == NameRole)
        return t.name;
    if (role == HostRole)
        return QVariant::fromValue<QObject *>(row.host);
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != CreatedColumn && index.column() != HostColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return t.name;
    case CpuColumn: return t.cpuCount;
    case RamColumn: return role == SortRole ? QVariant(t.ramAmount) : QVariant(tr("%1 GiB").arg(t.ramAmount));
    case VmsColumn: return m_users.value(row.host).value(t.name);
    case HostColumn: return ui::hostLabel(row.host);
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
    case HostColumn: return tr("Host");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vman
