// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageTableModel.h"

#include "TableDates.h"

#include "StateIcons.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace vman {

ImageTableModel::ImageTableModel(client::HostList &hosts, QObject *parent)
    : HostTableModel(hosts, [](const Image &image) { return image.id; }, parent)
{
    followHosts();
}

void ImageTableModel::watch(client::HostConnection *host)
{
    using client::HostConnection;
    connect(host, &HostConnection::imageChanged, this, [this, host](const Image &image) { upsert(host, image); });
    connect(host, &HostConnection::imageRemoved, this, [this, host](const QString &id) { removeKey(host, id); });
    for (auto signal : {&HostConnection::imagesChanged, &HostConnection::reloaded})
        connect(host, signal, this, [this, host] { syncHost(host, host->images()); });
    syncHost(host, host->images());
}

QString ImageTableModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = rowAt(index.row());
    const Image &image = row.item;
    if (index.column() == CreatedColumn) {
        if (QVariant cell = ui::dateCell(image.createdAt, role, SortRole); cell.isValid())
            return cell;
    }
    const bool arriving = image.state == ImageState::Downloading;
    switch (role) {
    case IdRole: return image.id;
    case HostRole: return QVariant::fromValue<QObject *>(row.host);
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
        case HostColumn: return ui::hostLabel(row.host);
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
    case HostColumn: return tr("Host");
    case ColumnCount: break;
    }
    return {};
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
