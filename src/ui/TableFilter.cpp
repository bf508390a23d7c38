// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableFilter.h"

namespace vman {

TableFilter::TableFilter(int sortRole, int stateRole, int hostRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_stateRole(stateRole), m_hostRole(hostRole)
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

void TableFilter::setHost(const QObject *host)
{
    m_host = host;
    invalidateFilter();
}

bool TableFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state >= 0 && first.data(m_stateRole).toInt() != m_state)
        return false;
    if (m_host && first.data(m_hostRole).value<QObject *>() != m_host)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace vman
