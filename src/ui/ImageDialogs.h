// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs of the image library: import a file, download (from the catalogue or a URL), and
// insert a CD into a VM. Each checks its input with the library's own rules as the user types.
#pragma once

#include "FormDialog.h"
#include "HostConnection.h"
#include "images/ImageLibrary.h"

class QComboBox;
class QLineEdit;

namespace vman {

class ImportImageDialog final : public FormDialog
{
    Q_OBJECT

public:
    ImportImageDialog(const ImageLibrary &images, const QString &path, QWidget *parent = nullptr);
    ImageImportSpec spec() const;
    // A name for an image from its file name: "debian-12.12.0-amd64-netinst.iso" -> "debian-12.12.0-amd64-netinst".
    static QString suggestedName(const QString &fileName);

protected:
    std::optional<ServiceError> validate() const override;

private:
    const ImageLibrary &m_images;
    QLineEdit *m_path;
    QLineEdit *m_name;
};

class DownloadImageDialog final : public FormDialog
{
    Q_OBJECT

public:
    DownloadImageDialog(const client::HostConnection &host, QWidget *parent = nullptr);
    // The catalogue entry chosen (empty for "another URL") and the spec of a URL download.
    QString catalogEntry() const;
    ImageDownloadSpec spec() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    void sourceChanged();

    const client::HostConnection &m_host;
    QComboBox *m_source;
    QLineEdit *m_url;
    QLineEdit *m_sha256;
    QLineEdit *m_name;
};

class InsertCdDialog final : public FormDialog
{
    Q_OBJECT

public:
    InsertCdDialog(const client::HostConnection &host, const QString &vmName, QWidget *parent = nullptr);
    QString imageId() const;

protected:
    std::optional<ServiceError> validate() const override;

private:
    QComboBox *m_image;
};

} // namespace vman
