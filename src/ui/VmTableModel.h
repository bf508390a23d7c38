// SPDX-License-Identifier: GPL-3.0-or-later
// The VMs, as a table fed by the core's signals with fine-grained updates (no reset on change).
#pragma once

#include "Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include <optional>

namespace vman {

class VmStats;

class VmService;

class VmTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmTableModel)

public:
    enum Column { NameColumn, StateColumn, TemplateColumn, CpuColumn, MemoryColumn, DisksColumn, PortsColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, SortRole, CpuUseRole /* % of one core, running VMs */ };

    explicit VmTableModel(VmService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &vmId) const;
    // Where use comes from (the OBSERVER's sampler): the state column shows a running VM's CPU,
    // the memory column what its QEMU holds of the memory it was given.
    void setStats(const VmStats *stats);
    Vm vmAt(int row) const { return m_vms.at(row); }

private:
    void insert(const Vm &vm);
    void update(const Vm &vm);
    void remove(const QString &vmId);
    void refreshDisks(const QString &vmId);
    void reindex(int fromRow);
    void animate();
    QString memoryText(const Vm &vm) const;
    QString memoryToolTip(const Vm &vm) const;
    std::optional<qint64> residentBytes(const Vm &vm) const;
    const VmStats *m_stats = nullptr;

    VmService &m_service;
    QList<Vm> m_vms;
    QHash<QString, int> m_rowById;
    QHash<QString, int> m_diskCount;
    QTimer m_spinner;
    int m_frame = 0;
};

} // namespace vman
