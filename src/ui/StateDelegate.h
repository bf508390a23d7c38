// SPDX-License-Identifier: GPL-3.0-or-later
// The state column of the VM table: the state as usual, and for a running VM the percentage of one
// core its QEMU used over the last few seconds, over a bar that fills with it (as virt-manager's
// list shows CPU use).
#pragma once

#include <QStyledItemDelegate>

namespace vman {

class StateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The room the CPU figure takes at the right of the cell.
    static int cpuWidth(const QFontMetrics &metrics);
    // "12 %" (rounded; "<1 %" for an idle guest).
    static QString cpuText(double percent);
};

} // namespace vman
