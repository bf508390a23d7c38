// SPDX-License-Identifier: GPL-3.0-or-later
// The image library, as a table fed by the library's signals; the state column shows a
// download's progress as a bar (ProgressDelegate).
#pragma once

#include "Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStyledItemDelegate>

namespace vman {

class ImageLibrary;

class ImageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableModel)

public:
    enum Column { NameColumn, FormatColumn, SizeColumn, StateColumn, CreatedColumn, SourceColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, ProgressRole };

    explicit ImageTableModel(ImageLibrary &images, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &imageId) const { return m_rowById.value(imageId, -1); }
    Image imageAt(int row) const { return m_images.at(row); }
    // "1.5 GiB", "640 MiB", ... in the user's locale.
    static QString sizeText(qint64 bytes);

private:
    void insert(const Image &image);
    void update(const Image &image);
    void remove(const QString &imageId);

    QList<Image> m_images;
    QHash<QString, int> m_rowById;
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
