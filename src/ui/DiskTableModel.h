// SPDX-License-Identifier: GPL-3.0-or-later
// The disks, as a table fed by the core's signals.
#pragma once

#include "Types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vman {

class VmService;

class DiskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskTableModel)

public:
    enum Column { NameColumn, SizeColumn, StateColumn, AttachedColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, AttachedVmRole, SortRole };

    explicit DiskTableModel(VmService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &diskId) const { return m_rowById.value(diskId, -1); }
    Disk diskAt(int row) const { return m_disks.at(row); }

private:
    void insert(const Disk &disk);
    void update(const Disk &disk);
    void remove(const QString &diskId);

    VmService &m_service;
    QList<Disk> m_disks;
    QHash<QString, int> m_rowById;
};

} // namespace vman
