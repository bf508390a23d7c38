// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateDelegate.h"

#include "VmTableModel.h"

#include <QPainter>

namespace vman {

namespace {
constexpr int kGap = 4;
constexpr int kPadding = 3;
} // namespace

QString StateDelegate::cpuText(double percent)
{
    return percent < 0.5 ? QStringLiteral("<1 %") : QStringLiteral("%1 %").arg(qRound(percent));
}

int StateDelegate::cpuWidth(const QFontMetrics &metrics)
{
    return kGap + 2 * kPadding + metrics.horizontalAdvance(QStringLiteral("100 %"));
}

void StateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant cpu = index.data(VmTableModel::CpuUseRole);
    if (!cpu.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The state on the left; at the right the percentage over a bar that fills with it.
    const int room = cpuWidth(option.fontMetrics);
    QStyleOptionViewItem left = option;
    left.rect.setRight(option.rect.right() - room);
    QStyledItemDelegate::paint(painter, left, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QRect cell(left.rect.right() + 1, option.rect.top(), room, option.rect.height());
    const QRect area = cell.adjusted(kGap, 3, -1, -3);
    const double percent = cpu.toDouble();
    painter->save();
    if (selected)
        painter->fillRect(cell, option.palette.highlight());
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->fillRect(area, QColor(text.red(), text.green(), text.blue(), 28));
    const QColor fill = percent > 90 ? QColor(0xd0, 0x31, 0x2d, 150) : QColor(0x2e, 0x9d, 0x3f, 150);
    painter->fillRect(QRect(area.left(), area.top(), int(qBound(0.0, percent / 100.0, 1.0) * area.width()), area.height()), fill);
    painter->setPen(text);
    painter->drawText(area.adjusted(kPadding, 0, -kPadding, 0), Qt::AlignRight | Qt::AlignVCenter, cpuText(percent));
    painter->restore();
}

QSize StateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += cpuWidth(option.fontMetrics);
    return size;
}

} // namespace vman
