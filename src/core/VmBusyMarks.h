// SPDX-License-Identifier: GPL-3.0-or-later
// Which VMs have an operation in flight, and which: one mark per VM, and every change told (the
// service answers lists from a cache, and clients mirror the marks through events).
#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace vman {

class VmBusyMarks final
{
public:
    using Changed = std::function<void(const QString &vmId, const QString &operation)>;
    explicit VmBusyMarks(Changed changed) : m_changed(std::move(changed)) {}

    void insert(const QString &vmId, const QString &operation)
    {
        const bool same = m_marks.value(vmId) == operation && m_marks.contains(vmId);
        m_marks.insert(vmId, operation);
        if (!same)
            m_changed(vmId, operation);
    }
    qsizetype remove(const QString &vmId)
    {
        const qsizetype removed = m_marks.remove(vmId);
        if (removed)
            m_changed(vmId, QString());
        return removed;
    }
    bool contains(const QString &vmId) const { return m_marks.contains(vmId); }
    QString value(const QString &vmId) const { return m_marks.value(vmId); }
    QHash<QString, QString>::const_iterator constFind(const QString &vmId) const { return m_marks.constFind(vmId); }
    QHash<QString, QString>::const_iterator constEnd() const { return m_marks.constEnd(); }

private:
    QHash<QString, QString> m_marks;
    Changed m_changed;
};

} // namespace vman
