// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateIcons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace vman::ui {

QString stateText(VmState state)
{
    switch (state) {
    case VmState::Stopped: return QCoreApplication::translate("vman::ui", "stopped");
    case VmState::Starting: return QCoreApplication::translate("vman::ui", "starting");
    case VmState::Running: return QCoreApplication::translate("vman::ui", "running");
    case VmState::Stopping: return QCoreApplication::translate("vman::ui", "stopping");
    case VmState::Paused: return QCoreApplication::translate("vman::ui", "paused");
    case VmState::Error: return QCoreApplication::translate("vman::ui", "error");
    }
    return {};
}

QColor stateColor(VmState state)
{
    switch (state) {
    case VmState::Running: return QColor(0x2e, 0x9d, 0x3f);
    case VmState::Paused: return QColor(0xe0, 0xa1, 0x00);
    case VmState::Starting:
    case VmState::Stopping: return QColor(0x2b, 0x6c, 0xd4);
    case VmState::Error: return QColor(0xd0, 0x31, 0x2d);
    case VmState::Stopped: return QColor(0x8a, 0x8f, 0x98);
    }
    return Qt::gray;
}

QIcon stateIcon(VmState state)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(state));
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(stateColor(state).darker(130));
    painter.setBrush(stateColor(state));
    painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    const QIcon icon(pixmap);
    cache.insert(int(state), icon);
    return icon;
}

QIcon busyIcon(int frame)
{
    static QHash<int, QIcon> cache;
    frame %= 8;
    const auto it = cache.constFind(frame);
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(stateColor(VmState::Starting), 2.5);
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    painter.drawArc(QRectF(3, 3, 10, 10), -frame * 45 * 16, 270 * 16);
    const QIcon icon(pixmap);
    cache.insert(frame, icon);
    return icon;
}

QIcon themedIcon(const QString &themeName, const QString &fallbackLetter, const QColor &color)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(2, 2, 28, 28), 6, 6);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(17);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, fallbackLetter);
    return QIcon(pixmap);
}

} // namespace vman::ui
