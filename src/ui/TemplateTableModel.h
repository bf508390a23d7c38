// SPDX-License-Identifier: GPL-3.0-or-later
// The size templates, as a table fed by the core's signals.
#pragma once

#include "Types.h"

#include <QAbstractTableModel>

namespace vman {

class VmService;

class TemplateTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateTableModel)

public:
    enum Column { NameColumn, CpuColumn, RamColumn, VmsColumn, CreatedColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, SortRole };

    explicit TemplateTableModel(VmService &service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &name) const;

private:
    void usersChanged(const QString &templateName);

    VmService &m_service;
    QList<Template> m_templates;
    QHash<QString, int> m_users;
    QHash<QString, QString> m_templateOfVm; // to know which row a deleted VM touches
};

} // namespace vman
