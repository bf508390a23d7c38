// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableFilter.h"

namespace vman {

TableFilter::TableFilter(int sortRole, int stateRole, QObject *parent) : QSortFilterProxyModel(parent), m_stateRole(stateRole)
{
    setSortRole(sortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
}

void TableFilter::setState(int state)
{
    m_state = state;
    invalidateFilter();
}

bool TableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_state >= 0 && sourceModel()->index(sourceRow, 0, sourceParent).data(m_stateRole).toInt() != m_state)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace vman
