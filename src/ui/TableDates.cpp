// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableDates.h"

#include <QLocale>

namespace vman::ui {

QVariant dateCell(const QDateTime &at, int role, int sortRole)
{
    if (role == sortRole)
        return at;
    const QDateTime local = at.toLocalTime();
    if (role == Qt::DisplayRole)
        return QLocale().toString(local.date(), QLocale::ShortFormat);
    if (role == Qt::ToolTipRole)
        return QLocale().toString(local, QLocale::LongFormat);
    return {};
}

} // namespace vman::ui
