// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageDialogs.h"

#include "ImageTableModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace vman {

// ---- import ------------------------------------------------------------------------------------

ImportImageDialog::ImportImageDialog(const ImageLibrary &images, const QString &path, QWidget *parent)
    : FormDialog(tr("Import image"), parent), m_images(images)
{
    m_path = new QLineEdit(path, this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a disk image or ISO"), QFileInfo(m_path->text()).absolutePath(),
                                                            tr("Disk images and ISOs (*.qcow2 *.img *.raw *.iso);;All files (*)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_name = new QLineEdit(suggestedName(QFileInfo(path).fileName()), this);
    m_name->setObjectName(QStringLiteral("name"));
    form()->addRow(tr("&File:"), row);
    form()->addRow(tr("&Name:"), m_name);
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_name->text().isEmpty() || !m_name->isModified())
            m_name->setText(suggestedName(QFileInfo(text).fileName()));
        revalidate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &ImportImageDialog::revalidate);
    revalidate();
}

QString ImportImageDialog::suggestedName(const QString &fileName)
{
    QString name = fileName;
    static const QRegularExpression extension(QStringLiteral("\\.(qcow2|img|raw|iso)$"), QRegularExpression::CaseInsensitiveOption);
    name.remove(extension);
    static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(notAllowed, QStringLiteral("-"));
    while (!name.isEmpty() && !name.at(0).isLetterOrNumber())
        name.remove(0, 1);
    return name.left(64);
}

ImageImportSpec ImportImageDialog::spec() const
{
    return {m_name->text().trimmed(), m_path->text().trimmed()};
}

std::optional<ServiceError> ImportImageDialog::validate() const
{
    return m_images.validateImport(spec());
}

// ---- download ----------------------------------------------------------------------------------

DownloadImageDialog::DownloadImageDialog(const client::HostConnection &host, QWidget *parent)
    : FormDialog(tr("Download image"), parent), m_host(host)
{
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("source"));
    for (const CatalogEntry &entry : host.imageCatalog()) {
        const QString size = entry.size > 0 ? ImageTableModel::sizeText(entry.size) : QString();
        m_source->addItem(tr("%1 (%2, about %3)").arg(entry.title, entry.kind == QLatin1String("installer") ? tr("installer") : tr("cloud image"), size),
                          entry.name);
    }
    m_source->addItem(tr("Another URL…"), QString());
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    m_url->setMinimumWidth(420);
    m_sha256 = new QLineEdit(this);
    m_sha256->setObjectName(QStringLiteral("sha256"));
    m_sha256->setPlaceholderText(tr("optional: the download must match it"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    form()->addRow(tr("&Image:"), m_source);
    form()->addRow(tr("&URL:"), m_url);
    form()->addRow(tr("SHA-&256:"), m_sha256);
    form()->addRow(tr("&Name:"), m_name);
    connect(m_source, &QComboBox::currentIndexChanged, this, &DownloadImageDialog::sourceChanged);
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (catalogEntry().isEmpty() && !m_name->isModified())
            m_name->setText(ImportImageDialog::suggestedName(QUrl(text).fileName()));
        revalidate();
    });
    connect(m_sha256, &QLineEdit::textChanged, this, &DownloadImageDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &DownloadImageDialog::revalidate);
    sourceChanged();
}

void DownloadImageDialog::sourceChanged()
{
    const QString entryName = catalogEntry();
    const bool own = entryName.isEmpty();
    m_url->setReadOnly(!own);
    m_sha256->setReadOnly(!own);
    for (const CatalogEntry &entry : m_host.imageCatalog()) {
        if (entry.name != entryName)
            continue;
        m_url->setText(entry.url);
        m_sha256->setText(entry.checksum.isEmpty() ? tr("verified against %1").arg(entry.checksumUrl) : entry.checksum);
        m_name->setText(entry.name);
    }
    if (own) {
        m_url->clear();
        m_sha256->clear();
        m_url->setFocus();
    }
    revalidate();
}

QString DownloadImageDialog::catalogEntry() const
{
    return m_source->currentData().toString();
}

ImageDownloadSpec DownloadImageDialog::spec() const
{
    ImageDownloadSpec spec;
    spec.name = m_name->text().trimmed();
    spec.url = m_url->text().trimmed();
    if (catalogEntry().isEmpty())
        spec.sha256 = m_sha256->text().trimmed();
    return spec;
}

std::optional<ServiceError> DownloadImageDialog::validate() const
{
    ImageDownloadSpec check = spec();
    return m_host.validateDownload(check);
}

// ---- insert CD ---------------------------------------------------------------------------------

InsertCdDialog::InsertCdDialog(const client::HostConnection &host, const QString &vmName, QWidget *parent)
    : FormDialog(tr("Insert CD into '%1'").arg(vmName), parent)
{
    m_image = new QComboBox(this);
    m_image->setObjectName(QStringLiteral("image"));
    for (const Image &image : host.images()) {
        if (image.format == ImageFormat::Iso && image.state == ImageState::Ready)
            m_image->addItem(tr("%1 (%2)").arg(image.name, ImageTableModel::sizeText(image.size)), image.id);
    }
    form()->addRow(tr("&ISO image:"), m_image);
    revalidate();
}

QString InsertCdDialog::imageId() const
{
    return m_image->currentData().toString();
}

std::optional<ServiceError> InsertCdDialog::validate() const
{
    if (m_image->count() == 0)
        return ServiceError::conflict(tr("The image library has no ISO yet: import or download one on the Images tab"));
    return std::nullopt;
}

} // namespace vman
