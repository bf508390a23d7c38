// SPDX-License-Identifier: GPL-3.0-or-later
// What the four tables share: rows of things from several hosts, each row knowing its host, kept
// in step with fine-grained inserts, updates and removals (no reset: selections and scroll
// positions survive a host's changes). A host that reloads (first load, resync after missed
// events) has its rows replaced in place; a host that goes away takes its rows with it.
#pragma once

#include "HostConnection.h"
#include "HostList.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace vman::ui {

// "This computer" for the local VMAN, the host's name otherwise.
QString hostLabel(const client::HostConnection *host);

template <typename T>
class HostTableModel : public QAbstractTableModel
{
public:
    using KeyOf = QString (*)(const T &);
    struct Row
    {
        client::HostConnection *host = nullptr;
        T item;
    };

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    client::HostConnection *hostAt(int row) const { return m_rows.value(row).host; }
    int rowOf(const client::HostConnection *host, const QString &key) const { return m_index.value(indexKey(host, key), -1); }
    // The first row with this key on any host (ids are unique in practice: UUIDs).
    int rowOf(const QString &key) const
    {
        for (const client::HostConnection *host : m_hosts.hosts()) {
            if (const int row = rowOf(host, key); row >= 0)
                return row;
        }
        return -1;
    }
    client::HostList &hosts() const { return m_hosts; }

protected:
    HostTableModel(client::HostList &hosts, KeyOf key, QObject *parent) : QAbstractTableModel(parent), m_hosts(hosts), m_keyOf(key) {}

    // Connects the host's signals (subclasses) and reads its rows.
    virtual void watch(client::HostConnection *host) = 0;
    // Call at the end of the subclass's constructor: follows every host, now and later.
    void followHosts()
    {
        for (client::HostConnection *host : m_hosts.hosts())
            watch(host);
        QObject::connect(&m_hosts, &client::HostList::hostAdded, this, [this](client::HostConnection *host) { watch(host); });
        QObject::connect(&m_hosts, &client::HostList::hostRemoving, this, [this](client::HostConnection *host) {
            host->disconnect(this);
            syncHost(host, {});
        });
    }

    // The host's rows become `items`: kept rows are updated (in their place), missing ones go,
    // new ones are appended in one insertion (a thousand VMs of a host that just connected are
    // one change for the views and the sorting proxy, not a thousand).
    void syncHost(client::HostConnection *host, const QList<T> &items)
    {
        QSet<QString> wanted;
        for (const T &item : items)
            wanted.insert(m_keyOf(item));
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (m_rows.at(row).host == host && !wanted.contains(m_keyOf(m_rows.at(row).item)))
                dropRow(row);
        }
        QList<const T *> added;
        for (const T &item : items) {
            if (rowOf(host, m_keyOf(item)) >= 0)
                upsert(host, item);
            else
                added.append(&item);
        }
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const T *item : std::as_const(added)) {
            m_index.insert(indexKey(host, m_keyOf(*item)), int(m_rows.size()));
            m_rows.append({host, *item});
        }
        endInsertRows();
    }

    void upsert(client::HostConnection *host, const T &item)
    {
        const int row = rowOf(host, m_keyOf(item));
        if (row >= 0) {
            m_rows[row].item = item;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        const int last = int(m_rows.size());
        beginInsertRows({}, last, last);
        m_rows.append({host, item});
        m_index.insert(indexKey(host, m_keyOf(item)), last);
        endInsertRows();
    }

    void removeKey(client::HostConnection *host, const QString &key)
    {
        if (const int row = rowOf(host, key); row >= 0)
            dropRow(row);
    }

    // Rows of one host whose cells in `column` changed (or all hosts' when null).
    void columnChanged(const client::HostConnection *host, int column, const QList<int> &roles = {})
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (!host || m_rows.at(row).host == host)
                Q_EMIT dataChanged(index(row, column), index(row, column), roles);
        }
    }

    QList<Row> m_rows;

private:
    static QString indexKey(const client::HostConnection *host, const QString &key)
    {
        return QString::number(quintptr(host), 16) + QLatin1Char('/') + key;
    }

    void dropRow(int row)
    {
        beginRemoveRows({}, row, row);
        m_index.remove(indexKey(m_rows.at(row).host, m_keyOf(m_rows.at(row).item)));
        m_rows.removeAt(row);
        for (int later = row; later < m_rows.size(); ++later)
            m_index.insert(indexKey(m_rows.at(later).host, m_keyOf(m_rows.at(later).item)), later);
        endRemoveRows();
    }

    client::HostList &m_hosts;
    KeyOf m_keyOf;
    QHash<QString, int> m_index;
};

} // namespace vman::ui
