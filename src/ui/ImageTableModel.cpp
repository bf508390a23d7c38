// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageTableModel.h"

#include "TableDates.h"

#include "StateIcons.h"
#include "images/ImageLibrary.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace vman {

ImageTableModel::ImageTableModel(ImageLibrary &images, QObject *parent) : QAbstractTableModel(parent)
{
    m_images = images.images();
    for (int row = 0; row < m_images.size(); ++row)
        m_rowById.insert(m_images.at(row).id, row);
    connect(&images, &ImageLibrary::imageCreated, this, &ImageTableModel::insert);
    connect(&images, &ImageLibrary::imageUpdated, this, &ImageTableModel::update);
    connect(&images, &ImageLibrary::imageProgress, this, &ImageTableModel::update);
    connect(&images, &ImageLibrary::imageDeleted, this, [this](const QString &id, const QString &) { remove(id); });
    // Images the library adds or withdraws by itself (the `default` one) come as a plain change.
    connect(&images, &ImageLibrary::changed, this, [this, &images] {
        const QList<Image> now = images.images();
        if (now.size() == m_images.size())
            return;
        beginResetModel();
        m_images = now;
        m_rowById.clear();
        for (int row = 0; row < m_images.size(); ++row)
            m_rowById.insert(m_images.at(row).id, row);
        endResetModel();
    });
}

QString ImageTableModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Image &image = m_images.at(index.row());
    if (index.column() == CreatedColumn) {
        if (QVariant cell = ui::dateCell(image.createdAt, role, SortRole); cell.isValid())
            return cell;
    }
    const bool arriving = image.state == ImageState::Downloading;
    switch (role) {
    case IdRole: return image.id;
    case ProgressRole: return index.column() == StateColumn && arriving ? image.progress() : -1.0;
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn: return image.name;
        case FormatColumn:
            if (arriving)
                return QString();
            return image.format == ImageFormat::Iso ? tr("ISO (installer)") : nameOf(image.format);
        case SizeColumn:
            if (role == SortRole)
                return image.virtualSize;
            if (arriving)
                return image.bytesTotal > 0 ? sizeText(image.bytesTotal) : QString();
            // What the guest sees, and what it takes on disk when they differ (qcow2).
            return image.virtualSize != image.size ? tr("%1 (%2 on disk)").arg(sizeText(image.virtualSize), sizeText(image.size)) : sizeText(image.size);
        case StateColumn:
            if (image.state == ImageState::Ready)
                return image.isExternal() ? tr("ready (read-only)") : tr("ready");
            if (image.state == ImageState::Error)
                return tr("error");
            if (role == SortRole)
                return image.progress();
            return image.bytesTotal > 0 ? tr("%1 of %2").arg(sizeText(image.bytesDone), sizeText(image.bytesTotal))
                                        : tr("%1 arrived").arg(sizeText(image.bytesDone));
        case SourceColumn: return image.sourceUrl.isEmpty() ? image.sourcePath : image.sourceUrl;
        case CreatedColumn: // dateCell() above
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn && !arriving)
            return ui::stateIcon(image.state == ImageState::Ready ? VmState::Running : VmState::Error);
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !image.stateDetail.isEmpty())
            return image.stateDetail;
        if (index.column() == SourceColumn)
            return image.sourceUrl.isEmpty() ? image.sourcePath : image.sourceUrl;
        if (!image.sha256.isEmpty())
            return tr("SHA-256: %1").arg(image.sha256);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case FormatColumn: return tr("Format");
    case SizeColumn: return tr("Size");
    case StateColumn: return tr("State");
    case SourceColumn: return tr("Source");
    case CreatedColumn: return tr("Added");
    case ColumnCount: break;
    }
    return {};
}

void ImageTableModel::insert(const Image &image)
{
    if (rowOf(image.id) >= 0)
        return update(image);
    const int row = int(m_images.size());
    beginInsertRows({}, row, row);
    m_images.append(image);
    m_rowById.insert(image.id, row);
    endInsertRows();
}

void ImageTableModel::update(const Image &image)
{
    const int row = rowOf(image.id);
    if (row < 0)
        return insert(image);
    m_images[row] = image;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ImageTableModel::remove(const QString &imageId)
{
    const int row = rowOf(imageId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_images.removeAt(row);
    m_rowById.remove(imageId);
    for (int r = row; r < m_images.size(); ++r)
        m_rowById.insert(m_images.at(r).id, r);
    endRemoveRows();
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double progress = index.data(ImageTableModel::ProgressRole).toDouble();
    if (progress < 0)
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(progress * 1000);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    const QWidget *widget = option.widget;
    (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace vman
