// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmTableModel.h"

#include "TableDates.h"

#include "ImageTableModel.h"
#include "StateIcons.h"

#include <QLocale>

namespace vman {

namespace {
bool isTransitional(VmState state)
{
    return state == VmState::Starting || state == VmState::Stopping;
}

QString portsText(const QList<PortForward> &ports)
{
    QStringList parts;
    for (const PortForward &p : ports)
        parts << QStringLiteral("%1→%2/%3").arg(p.hostPort).arg(p.guestPort).arg(p.protocol);
    return parts.join(QLatin1String(", "));
}
} // namespace

VmTableModel::VmTableModel(client::HostList &hosts, QObject *parent)
    : HostTableModel(hosts, [](const Vm &vm) { return vm.id; }, parent)
{
    m_spinner.setInterval(120);
    connect(&m_spinner, &QTimer::timeout, this, &VmTableModel::animate);
    followHosts();
    animate();
}

void VmTableModel::watch(client::HostConnection *host)
{
    using client::HostConnection;
    connect(host, &HostConnection::vmAdded, this, [this, host](const Vm &vm) { update(host, vm); });
    connect(host, &HostConnection::vmChanged, this, [this, host](const Vm &vm) { update(host, vm); });
    connect(host, &HostConnection::vmRemoved, this, [this, host](const QString &id) { removeKey(host, id); });
    connect(host, &HostConnection::disksChanged, this, [this, host] { countDisks(host); });
    connect(host, &HostConnection::reloaded, this, [this, host] {
        countDisks(host);
        syncHost(host, host->vms());
        animate();
    });
    connect(host, &HostConnection::usageSampled, this, [this, host] {
        columnChanged(host, StateColumn, {CpuUseRole, Qt::ToolTipRole});
        columnChanged(host, MemoryColumn, {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
    });
    connect(host, &HostConnection::statusChanged, this, [this, host] { columnChanged(host, HostColumn); });
    countDisks(host);
    syncHost(host, host->vms());
}

int VmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    const Vm &vm = row.item;
    if (index.column() == CreatedColumn) {
        if (QVariant cell = ui::dateCell(vm.createdAt, role, SortRole); cell.isValid())
            return cell;
    }
    switch (role) {
    case IdRole: return vm.id;
    case StateRole: return int(vm.state);
    case HostRole: return QVariant::fromValue<QObject *>(row.host);
    case CpuUseRole:
        if (index.column() == StateColumn && vm.state == VmState::Running) {
            if (const auto sample = row.host->latestUsage(vm.id); sample && sample->cpuPercent)
                return *sample->cpuPercent;
        }
        break;
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn: return vm.name;
        case StateColumn: {
            if (role == SortRole)
                return int(vm.state);
            const QString text = ui::stateText(vm.state);
            return isTransitional(vm.state) ? text + QStringLiteral("…") : text;
        }
        case TemplateColumn: return vm.templateName;
        case CpuColumn: return vm.cpuCount;
        case MemoryColumn:
            if (role == SortRole) // what it holds while it runs, what it would be given otherwise
                return residentBytes(row.host, vm).value_or(qint64(vm.ramAmount) << 30);
            return memoryText(row.host, vm);
        case DisksColumn: return m_diskCount.value(row.host).value(vm.id);
        case PortsColumn: return portsText(vm.ports);
        case HostColumn: return ui::hostLabel(row.host);
        case CreatedColumn: // dateCell() above
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return isTransitional(vm.state) ? ui::busyIcon(m_frame) : ui::stateIcon(vm.state);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn) {
            QStringList tip;
            if (!vm.stateDetail.isEmpty())
                tip << vm.stateDetail;
            if (const QVariant cpu = data(index, CpuUseRole); cpu.isValid())
                tip << tr("CPU: %1 % of one core").arg(qRound(cpu.toDouble()));
            if (!tip.isEmpty())
                return tip.join(QLatin1Char('\n'));
        }
        if (index.column() == MemoryColumn)
            return memoryToolTip(row.host, vm);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn || index.column() == DisksColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant VmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case TemplateColumn: return tr("Template");
    case CpuColumn: return tr("vCPUs");
    case MemoryColumn: return tr("Memory");
    case DisksColumn: return tr("Disks");
    case PortsColumn: return tr("Ports");
    case CreatedColumn: return tr("Created");
    case HostColumn: return tr("Host");
    case ColumnCount: break;
    }
    return {};
}

void VmTableModel::update(client::HostConnection *host, const Vm &vm)
{
    upsert(host, vm);
    if (isTransitional(vm.state) && !m_spinner.isActive())
        m_spinner.start();
}

void VmTableModel::countDisks(client::HostConnection *host)
{
    QHash<QString, int> counts;
    for (const Disk &disk : host->disks()) {
        if (disk.isAttached())
            ++counts[disk.vmId];
    }
    m_diskCount.insert(host, counts);
    columnChanged(host, DisksColumn);
}

// Turns the spinner of rows in transition; stops when none is.
void VmTableModel::animate()
{
    m_frame = (m_frame + 1) % 8;
    bool any = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isTransitional(m_rows.at(row).item.state)) {
            any = true;
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn), {Qt::DecorationRole});
        }
    }
    if (any && !m_spinner.isActive())
        m_spinner.start();
    else if (!any)
        m_spinner.stop();
}

std::optional<qint64> VmTableModel::residentBytes(const client::HostConnection *host, const Vm &vm) const
{
    if (vm.state != VmState::Running && vm.state != VmState::Paused)
        return std::nullopt;
    const auto sample = host->latestUsage(vm.id);
    return sample ? sample->residentBytes : std::nullopt;
}

QString VmTableModel::memoryText(const client::HostConnection *host, const Vm &vm) const
{
    if (const auto resident = residentBytes(host, vm))
        return tr("%1 / %2 GiB").arg(ImageTableModel::sizeText(*resident)).arg(vm.ramAmount);
    return tr("%1 GiB").arg(vm.ramAmount);
}

QString VmTableModel::memoryToolTip(const client::HostConnection *host, const Vm &vm) const
{
    if (const auto resident = residentBytes(host, vm)) {
        return tr("Its QEMU holds %1 of host memory; the guest was given %2 GiB")
            .arg(ImageTableModel::sizeText(*resident))
            .arg(vm.ramAmount);
    }
    return tr("The guest gets %1 GiB when it runs").arg(vm.ramAmount);
}

} // namespace vman
