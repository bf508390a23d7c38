// SPDX-License-Identifier: GPL-3.0-or-later
// The image library: the disk images and installer ISOs VMs boot from, kept in
// <storage>/images. The one place with the rules for images (names, formats, what is safe to
// give QEMU, when one may be deleted). Imports copy on a worker thread; downloads run on the
// library's transfer thread; both report progress (at most 4 times a second) and survive a
// restart of VMAN (a download resumes, an import starts again).
#pragma once

#include "ServiceError.h"
#include "StateStore.h"
#include "StoragePaths.h"
#include "Types.h"
#include "images/FileTransfer.h"
#include "images/ImageCatalog.h"
#include "images/ImageDownload.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace vman {

class ImageTool;

struct ImageImportSpec
{
    QString name;
    QString path;
    QString defaultUser = QString(); // the user cloud-init sets up in it, when known
};

struct ImageDownloadSpec
{
    QString name;
    QString url;
    QString sha256;      // expected, optional
    QString checksum = QString();    // or "sha256:HEX" / "sha512:HEX" (the catalogue's)
    QString checksumUrl = QString(); // or the sums file that lists it (the catalogue's)
    QString defaultUser = QString();
};

class ImageLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLibrary)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    // The image that run.sh builds and VMAN offers when nothing else is configured.
    static constexpr const char *kStarterName = "vman-test-guest";
    // The image VMAN_DEFAULT_BOOT_DISK names, referenced in place.
    static constexpr const char *kDefaultName = "default";

    ImageLibrary(StateStore &store, StoragePaths paths, QString qemuImgProgram, QObject *parent = nullptr);
    ~ImageLibrary() override;

    // Loads the library; resumes downloads and imports an earlier run left unfinished.
    bool load(QString *error);
    // VMAN_DEFAULT_BOOT_DISK: offered as the read-only image `default`, never copied. An empty
    // path withdraws it (unless a VM uses it, which then shows the image in error).
    void offerExternal(const QString &path);
    // The starter image (run.sh's test guest): imported once, on the first start that offers it.
    void offerStarter(const QString &path);
    void setCatalog(QList<CatalogEntry> catalog) { m_catalog = std::move(catalog); }
    QList<CatalogEntry> catalog() const { return m_catalog; }
    // Downloads a catalogue entry (verified against its publisher's checksum); `name` defaults
    // to the entry's.
    Result<Image> downloadFromCatalog(const QString &entry, const QString &name);
    void setDownloadOptions(const images::ImageDownload::Options &options) { m_downloadOptions = options; }
    // Which VMs use an image (names), asked before deleting it. Set by the VM service.
    void setUsersQuery(std::function<QStringList(const QString &imageId)> query) { m_usersOf = std::move(query); }

    quint64 revision() const { return m_revision; }
    QList<Image> images() const;
    // By id or by name.
    std::optional<Image> find(const QString &idOrName) const;
    QString filePath(const Image &image) const;
    // What a new VM boots when it names no image: `default`, else the starter image (if ready).
    std::optional<Image> defaultImage() const;

    std::optional<ServiceError> validateImport(const ImageImportSpec &spec) const;
    std::optional<ServiceError> validateDownload(const ImageDownloadSpec &spec) const;
    // The rules of a download's fields other than its name (URL, checksum, default user).
    static std::optional<ServiceError> checkDownloadFields(const ImageDownloadSpec &spec);
    // Answers with the image in its first state (`downloading`) once the file was checked.
    void importImage(const ImageImportSpec &spec, Callback<Image> done);
    Result<Image> downloadImage(const ImageDownloadSpec &spec);
    // Cancels a transfer or removes the file. Conflict while a VM uses it.
    Result<Done> deleteImage(const QString &id);

    static constexpr int kProgressIntervalMs = 250;

Q_SIGNALS:
    void imageCreated(const vman::Image &image);
    void imageUpdated(const vman::Image &image); // state, size, sha256 changed
    void imageProgress(const vman::Image &image); // bytes moved (throttled)
    void imageDeleted(const QString &id, const QString &name);
    void changed();

private:
    struct Transfer
    {
        std::shared_ptr<images::TransferProgress> progress;
        std::shared_ptr<images::TransferProgress> hashing; // imports: the hash of the source
        images::ImageDownload *download = nullptr;         // lives in m_transferThread
        qint64 reportedDone = -1;
    };

    std::optional<ServiceError> checkName(const QString &name) const;
    Result<Image> add(Image image);
    bool save(const Image &image);
    void startImport(const Image &image);
    void startDownload(const Image &image);
    void onCopied(const QString &id, Result<Done> copied);
    void onHashed(const QString &id, Result<QString> hashed);
    void onDownloaded(const QString &id, const QString &error, const QString &sha256, qint64 size);
    // Checks a complete file (rules of the header, qemu-img for qcow2) and makes it the image.
    void finishFile(const QString &id, const QString &file, const QString &sha256);
    void fail(const QString &id, const QString &reason);
    void reportProgress();
    void bump();

    StateStore &m_store;
    StoragePaths m_paths;
    ImageTool *m_tool;
    QHash<QString, Image> m_images;
    QStringList m_order;
    QHash<QString, Transfer> m_transfers;
    QThread m_transferThread;
    QTimer m_progressTimer;
    images::ImageDownload::Options m_downloadOptions;
    std::function<QStringList(const QString &)> m_usersOf;
    QList<CatalogEntry> m_catalog;
    quint64 m_revision = 1;
};

// What the library's rules say about a file's first bytes: its format and virtual size, or why
// it cannot be an image (a foreign format, a backing file, an external data file, damage).
Result<Image> describeImageFile(const QByteArray &head, qint64 fileSize);

} // namespace vman
