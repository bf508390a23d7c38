// SPDX-License-Identifier: GPL-3.0-or-later
// Sorting and filtering for VMAN's tables: free text over every column, and optionally one VM
// state.
#pragma once

#include <QSortFilterProxyModel>

namespace vman {

class TableFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TableFilter(int sortRole, int stateRole, QObject *parent = nullptr);
    // -1: every state.
    void setState(int state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_stateRole;
    int m_state = -1;
};

} // namespace vman
