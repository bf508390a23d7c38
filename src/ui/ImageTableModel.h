// SPDX-License-Identifier: GPL-3.0-or-later
// The image library, as a table fed by the library's signals; the state column shows a
// download's progress as a bar (ProgressDelegate).
#pragma once

#include "HostTableModel.h"
#include "Types.h"

#include <QStyledItemDelegate>

namespace vman {

class ImageTableModel final : public ui::HostTableModel<Image>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableModel)

public:
    enum Column { NameColumn, FormatColumn, SizeColumn, StateColumn, CreatedColumn, SourceColumn, HostColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, ProgressRole, HostRole };

    explicit ImageTableModel(client::HostList &hosts, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    using HostTableModel::rowOf;
    Image imageAt(int row) const { return rowAt(row).item; }
    // "1.5 GiB", "640 MiB", ... in the user's locale.
    static QString sizeText(qint64 bytes);

private:
    void watch(client::HostConnection *host) override;
};

// Draws ProgressRole (0..1, or negative for none) as a progress bar with the cell's text on it.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace vman
