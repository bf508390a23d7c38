// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmTableModel.h"

#include "TableDates.h"

#include "stats/VmStats.h"

#include "ImageTableModel.h"
#include "StateIcons.h"
#include "VmService.h"

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

VmTableModel::VmTableModel(VmService &service, QObject *parent) : QAbstractTableModel(parent), m_service(service)
{
    for (const Disk &disk : service.disks()) {
        if (disk.isAttached())
            ++m_diskCount[disk.vmId];
    }
    m_vms = service.vms();
    reindex(0);
    connect(&service, &VmService::vmCreated, this, &VmTableModel::insert);
    connect(&service, &VmService::vmUpdated, this, &VmTableModel::update);
    connect(&service, &VmService::vmDeleted, this, &VmTableModel::remove);
    connect(&service, &VmService::diskAttached, this, [this](const Disk &, const QString &vmId) { refreshDisks(vmId); });
    connect(&service, &VmService::diskDetached, this, [this](const Disk &, const QString &vmId) { refreshDisks(vmId); });
    m_spinner.setInterval(120);
    connect(&m_spinner, &QTimer::timeout, this, &VmTableModel::animate);
    animate();
}

int VmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vms.size());
}

int VmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Vm &vm = m_vms.at(index.row());
    if (index.column() == CreatedColumn) {
        if (QVariant cell = ui::dateCell(vm.createdAt, role, SortRole); cell.isValid())
            return cell;
    }
    switch (role) {
    case IdRole: return vm.id;
    case StateRole: return int(vm.state);
    case CpuUseRole:
        if (index.column() == StateColumn && m_stats && vm.state == VmState::Running) {
            if (const auto percent = m_stats->percent(vm.id))
                return *percent;
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
                return residentBytes(vm).value_or(qint64(vm.ramAmount) << 30);
            return memoryText(vm);
        case DisksColumn: return m_diskCount.value(vm.id);
        case PortsColumn: return portsText(vm.ports);
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
            return memoryToolTip(vm);
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
    case ColumnCount: break;
    }
    return {};
}

int VmTableModel::rowOf(const QString &vmId) const
{
    return m_rowById.value(vmId, -1);
}

void VmTableModel::reindex(int fromRow)
{
    for (int row = fromRow; row < m_vms.size(); ++row)
        m_rowById.insert(m_vms.at(row).id, row);
}

void VmTableModel::insert(const Vm &vm)
{
    const int row = int(m_vms.size());
    beginInsertRows({}, row, row);
    m_vms.append(vm);
    m_rowById.insert(vm.id, row);
    endInsertRows();
}

void VmTableModel::update(const Vm &vm)
{
    const int row = rowOf(vm.id);
    if (row < 0)
        return;
    m_vms[row] = vm;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (isTransitional(vm.state) && !m_spinner.isActive())
        m_spinner.start();
}

void VmTableModel::remove(const QString &vmId)
{
    const int row = rowOf(vmId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_vms.removeAt(row);
    m_rowById.remove(vmId);
    m_diskCount.remove(vmId);
    reindex(row);
    endRemoveRows();
}

void VmTableModel::refreshDisks(const QString &vmId)
{
    int count = 0;
    for (const Disk &disk : m_service.disks()) {
        if (disk.vmId == vmId)
            ++count;
    }
    m_diskCount.insert(vmId, count);
    const int row = rowOf(vmId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, DisksColumn), index(row, DisksColumn));
}

// Turns the spinner of rows in transition; stops when none is.
void VmTableModel::animate()
{
    m_frame = (m_frame + 1) % 8;
    bool any = false;
    for (int row = 0; row < m_vms.size(); ++row) {
        if (isTransitional(m_vms.at(row).state)) {
            any = true;
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn), {Qt::DecorationRole});
        }
    }
    if (any && !m_spinner.isActive())
        m_spinner.start();
    else if (!any)
        m_spinner.stop();
}

void VmTableModel::setStats(const VmStats *stats)
{
    m_stats = stats;
    if (!stats)
        return;
    connect(stats, &VmStats::sampled, this, [this] {
        if (m_vms.isEmpty())
            return;
        const int last = int(m_vms.size()) - 1;
        Q_EMIT dataChanged(index(0, StateColumn), index(last, StateColumn), {CpuUseRole, Qt::ToolTipRole});
        Q_EMIT dataChanged(index(0, MemoryColumn), index(last, MemoryColumn), {Qt::DisplayRole, SortRole, Qt::ToolTipRole});
    });
}

std::optional<qint64> VmTableModel::residentBytes(const Vm &vm) const
{
    if (!m_stats || (vm.state != VmState::Running && vm.state != VmState::Paused))
        return std::nullopt;
    return m_stats->residentBytes(vm.id);
}

QString VmTableModel::memoryText(const Vm &vm) const
{
    if (const auto resident = residentBytes(vm))
        return tr("%1 / %2 GiB").arg(ImageTableModel::sizeText(*resident)).arg(vm.ramAmount);
    return tr("%1 GiB").arg(vm.ramAmount);
}

QString VmTableModel::memoryToolTip(const Vm &vm) const
{
    if (const auto resident = residentBytes(vm)) {
        return tr("Its QEMU holds %1 of host memory; the guest was given %2 GiB")
            .arg(ImageTableModel::sizeText(*resident))
            .arg(vm.ramAmount);
    }
    return tr("The guest gets %1 GiB when it runs").arg(vm.ramAmount);
}

} // namespace vman
