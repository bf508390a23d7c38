// SPDX-License-Identifier: GPL-3.0-or-later
// Sorting and filtering for VMAN's tables: free text over every column, optionally one VM state,
// and optionally one host.
#pragma once

#include <QSortFilterProxyModel>

namespace vman {

class TableFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TableFilter(int sortRole, int stateRole, int hostRole, QObject *parent = nullptr);
    // -1: every state.
    void setState(int state);
    // Null: every host.
    void setHost(const QObject *host);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_stateRole;
    int m_state = -1;
    int m_hostRole;
    const QObject *m_host = nullptr;
};

} // namespace vman
