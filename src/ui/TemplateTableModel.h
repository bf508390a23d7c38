// SPDX-License-Identifier: GPL-3.0-or-later
// The size templates of every host, as a table fed by the hosts' signals.
#pragma once

#include "HostTableModel.h"
#include "Types.h"

namespace vman {

class TemplateTableModel final : public ui::HostTableModel<Template>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateTableModel)

public:
    enum Column { NameColumn, CpuColumn, RamColumn, VmsColumn, CreatedColumn, HostColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, SortRole, HostRole };

    explicit TemplateTableModel(client::HostList &hosts, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    using HostTableModel::rowOf;

private:
    void watch(client::HostConnection *host) override;
    void countUsers(client::HostConnection *host);

    QHash<const client::HostConnection *, QHash<QString, int>> m_users; // per host: template -> VMs
};

} // namespace vman
