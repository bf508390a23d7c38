// SPDX-License-Identifier: GPL-3.0-or-later
#include "images/ImageLibrary.h"

#include "ImageTool.h"
#include "Logging.h"
#include "Validation.h"
#include "cloudinit/CloudInitRules.h"
#include "images/ImageHeader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace vman {

using images::ImageHeader;

namespace {

QString extensionOf(ImageFormat format)
{
    return nameOf(format);
}

QString partFile(const StoragePaths &paths, const QString &id)
{
    return paths.imageFile(id, QStringLiteral("part"));
}

// Runs `job` on the global thread pool and hands its result to `receiver`'s thread.
template <typename T, typename Job, typename Then>
void runInPool(QObject *receiver, Job job, Then then)
{
    QPointer<QObject> guard(receiver);
    (void)QtConcurrent::run([guard, job = std::move(job), then = std::move(then)]() mutable {
        Result<T> result = job();
        if (guard) {
            QMetaObject::invokeMethod(
                guard.data(), [guard, then = std::move(then), result = std::move(result)]() mutable {
                    if (guard)
                        then(std::move(result));
                },
                Qt::QueuedConnection);
        }
    });
}

} // namespace

Result<Image> describeImageFile(const QByteArray &head, qint64 fileSize)
{
    const ImageHeader header = images::readImageHeader(head, fileSize);
    Image image;
    image.size = fileSize;
    switch (header.kind) {
    case ImageHeader::Kind::Foreign:
        return ServiceError::failed(QStringLiteral("it is a %1 image; VMAN takes qcow2, raw and ISO images (convert it first: "
                                                   "qemu-img convert -O qcow2 FILE FILE.qcow2)")
                                        .arg(header.foreignFormat));
    case ImageHeader::Kind::Qcow2:
        if (!header.problem.isEmpty())
            return ServiceError::failed(QStringLiteral("it is a damaged qcow2 image: %1").arg(header.problem));
        if (header.hasBackingFile) {
            return ServiceError::failed(QStringLiteral("the qcow2 image names a backing file%1; VMAN refuses images that make QEMU "
                                                       "open other host files (flatten it first: qemu-img convert -O qcow2)")
                                            .arg(header.backingFile.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(rules::echo(header.backingFile))));
        }
        if (header.hasExternalDataFile) {
            return ServiceError::failed(QStringLiteral("the qcow2 image keeps its data in an external file%1; VMAN refuses images that "
                                                       "make QEMU open other host files")
                                            .arg(header.externalDataFile.isEmpty() ? QString()
                                                                                   : QStringLiteral(" (%1)").arg(rules::echo(header.externalDataFile))));
        }
        image.format = ImageFormat::Qcow2;
        image.virtualSize = header.virtualSize;
        break;
    case ImageHeader::Kind::Iso:
        image.format = ImageFormat::Iso;
        image.virtualSize = fileSize;
        break;
    case ImageHeader::Kind::Other:
        if (fileSize == 0)
            return ServiceError::failed(QStringLiteral("the file is empty"));
        image.format = ImageFormat::Raw;
        image.virtualSize = fileSize;
        break;
    }
    return image;
}

ImageLibrary::ImageLibrary(StateStore &store, StoragePaths paths, QString qemuImgProgram, QObject *parent)
    : QObject(parent), m_store(store), m_paths(std::move(paths)), m_tool(new ImageTool(std::move(qemuImgProgram), this))
{
    m_transferThread.setObjectName(QStringLiteral("image-transfers"));
    m_progressTimer.setInterval(kProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &ImageLibrary::reportProgress);
}

ImageLibrary::~ImageLibrary()
{
    for (Transfer &transfer : m_transfers) {
        transfer.progress->cancelled = true;
        if (transfer.hashing)
            transfer.hashing->cancelled = true;
        if (transfer.download)
            transfer.download->deleteLater();
    }
    m_transferThread.quit();
    m_transferThread.wait();
    // Imports and hashes on the pool see `cancelled` and end; their results find no receiver.
}

bool ImageLibrary::load(QString *error)
{
    if (!QDir().mkpath(m_paths.imagesDir())) {
        *error = QStringLiteral("cannot create the image folder %1").arg(m_paths.imagesDir());
        return false;
    }
    QList<Image> loaded;
    if (!m_store.loadImages(&loaded)) {
        *error = m_store.lastError();
        return false;
    }
    for (const Image &image : std::as_const(loaded)) {
        m_images.insert(image.id, image);
        m_order.append(image.id);
    }
    for (const Image &image : std::as_const(loaded)) {
        if (image.state == ImageState::Downloading) {
            qCInfo(lcImages).noquote() << "image" << image.name << "was still arriving when VMAN stopped: going on";
            if (!image.sourceUrl.isEmpty())
                startDownload(image);
            else
                startImport(image);
        } else if (image.state == ImageState::Ready && !image.isExternal() && !QFileInfo::exists(filePath(image))) {
            fail(image.id, QStringLiteral("its file %1 is missing").arg(filePath(image)));
        }
    }
    return true;
}

bool ImageLibrary::save(const Image &image)
{
    return m_store.upsertImage(image);
}

void ImageLibrary::bump()
{
    ++m_revision;
    Q_EMIT changed();
}

QList<Image> ImageLibrary::images() const
{
    QList<Image> list;
    list.reserve(m_order.size());
    for (const QString &id : m_order)
        list.append(m_images.value(id));
    return list;
}

std::optional<Image> ImageLibrary::find(const QString &idOrName) const
{
    if (const auto it = m_images.constFind(idOrName.toLower()); it != m_images.cend())
        return *it;
    for (const Image &image : m_images) {
        if (image.name == idOrName)
            return image;
    }
    return std::nullopt;
}

QString ImageLibrary::filePath(const Image &image) const
{
    return image.isExternal() ? image.externalPath : m_paths.imageFile(image.id, extensionOf(image.format));
}

std::optional<Image> ImageLibrary::defaultImage() const
{
    for (const char *name : {kDefaultName, kStarterName}) {
        const auto image = find(QString::fromLatin1(name));
        if (image && image->state == ImageState::Ready && image->format != ImageFormat::Iso)
            return image;
    }
    return std::nullopt;
}

void ImageLibrary::offerExternal(const QString &path)
{
    const QString name = QString::fromLatin1(kDefaultName);
    std::optional<Image> current = find(name);
    if (current && !current->isExternal()) {
        if (!path.isEmpty())
            qCWarning(lcImages).noquote() << "VMAN_DEFAULT_BOOT_DISK is not offered as an image: an imported image is already named" << name;
        return;
    }
    if (path.isEmpty()) {
        if (!current)
            return;
        const QStringList users = m_usersOf ? m_usersOf(current->id) : QStringList();
        if (users.isEmpty()) {
            if (m_store.deleteImage(current->id)) {
                m_images.remove(current->id);
                m_order.removeOne(current->id);
                bump();
            }
        } else {
            fail(current->id, QStringLiteral("VMAN_DEFAULT_BOOT_DISK is no longer set"));
        }
        return;
    }
    Image image = current.value_or(Image());
    if (!current) {
        image.id = newId();
        image.name = name;
        image.createdAt = nowUtc();
    }
    image.externalPath = QFileInfo(path).absoluteFilePath();
    image.sourcePath = image.externalPath;
    image.sha256.clear(); // not computed for a file VMAN does not own (it may change)
    const Result<QByteArray> head = images::readHead(path, images::kHeaderBytes);
    const Result<Image> described = head.ok() ? describeImageFile(head.value(), QFileInfo(path).size()) : Result<Image>(head.error());
    if (described.ok()) {
        image.format = described.value().format;
        image.size = described.value().size;
        image.virtualSize = described.value().virtualSize;
        image.state = ImageState::Ready;
        image.stateDetail.clear();
    } else {
        image.state = ImageState::Error;
        image.stateDetail = QStringLiteral("VMAN_DEFAULT_BOOT_DISK %1: %2").arg(path, described.error().message);
        qCWarning(lcImages).noquote() << image.stateDetail;
    }
    if (!save(image))
        return;
    m_images.insert(image.id, image);
    if (!current)
        m_order.append(image.id);
    bump();
}

void ImageLibrary::offerStarter(const QString &path)
{
    // Offered once: a user who deletes the starter image does not get it back on every start.
    const QString marker = m_paths.imagesDir() + QLatin1String("/.starter-offered");
    if (path.isEmpty() || QFileInfo::exists(marker))
        return;
    const QString name = QString::fromLatin1(kStarterName);
    if (find(name))
        return;
    // The test guest's only user is root.
    importImage({name, path, QStringLiteral("root")}, [marker, name](Result<Image> imported) {
        if (!imported.ok()) {
            qCWarning(lcImages).noquote() << "the starter image" << name << "was not imported:" << imported.error().message;
            return;
        }
        QFile file(marker);
        if (file.open(QIODevice::WriteOnly))
            file.write("the starter image was offered once; delete this file to have it imported again\n");
    });
}

std::optional<ServiceError> ImageLibrary::checkName(const QString &name) const
{
    if (auto e = rules::checkName(QStringLiteral("name"), name))
        return ServiceError::invalid({*e});
    if (find(name) || isCanonicalId(name))
        return ServiceError::conflict(QStringLiteral("An image named '%1' already exists").arg(name));
    return std::nullopt;
}

std::optional<ServiceError> ImageLibrary::validateImport(const ImageImportSpec &spec) const
{
    if (auto e = checkName(spec.name))
        return e;
    if (!spec.defaultUser.isEmpty()) {
        if (auto e = rules::checkUserName(QStringLiteral("default_user"), spec.defaultUser))
            return ServiceError::invalid({*e});
    }
    auto invalidPath = [](const QString &message) { return ServiceError::invalid({{QStringLiteral("path"), message, QStringLiteral("value_error")}}); };
    if (spec.path.isEmpty() || !QDir::isAbsolutePath(spec.path))
        return invalidPath(QStringLiteral("must be an absolute path on the VMAN host"));
    const QFileInfo info(spec.path);
    if (!info.exists())
        return invalidPath(QStringLiteral("%1 does not exist").arg(rules::echo(spec.path)));
    if (!info.isFile())
        return invalidPath(QStringLiteral("%1 is not a regular file").arg(rules::echo(spec.path)));
    QFile file(spec.path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidPath(QStringLiteral("VMAN cannot read %1: %2").arg(rules::echo(spec.path), file.errorString()));
    const Result<Image> described = describeImageFile(file.read(images::kHeaderBytes), info.size());
    if (!described.ok())
        return invalidPath(described.error().message);
    const QStorageInfo storage(m_paths.imagesDir());
    if (storage.isValid() && storage.bytesAvailable() < info.size())
        return ServiceError::conflict(QStringLiteral("not enough free space in %1 for %2 bytes").arg(m_paths.imagesDir()).arg(info.size()));
    return std::nullopt;
}

std::optional<ServiceError> ImageLibrary::validateDownload(const ImageDownloadSpec &spec) const
{
    if (auto e = checkName(spec.name))
        return e;
    return checkDownloadFields(spec);
}

std::optional<ServiceError> ImageLibrary::checkDownloadFields(const ImageDownloadSpec &spec)
{
    if (!spec.defaultUser.isEmpty()) {
        if (auto e = rules::checkUserName(QStringLiteral("default_user"), spec.defaultUser))
            return ServiceError::invalid({*e});
    }
    const QUrl url(spec.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return ServiceError::invalid({{QStringLiteral("url"), QStringLiteral("must be an http:// or https:// URL"), QStringLiteral("url_parsing")}});
    static const QRegularExpression hex(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-fA-F]{64}")));
    if (!spec.sha256.isEmpty() && !hex.match(spec.sha256).hasMatch())
        return ServiceError::invalid({{QStringLiteral("sha256"), QStringLiteral("must be 64 hexadecimal digits"), QStringLiteral("string_pattern_mismatch")}});
    return std::nullopt;
}

Result<Image> ImageLibrary::add(Image image)
{
    image.id = newId();
    image.state = ImageState::Downloading;
    image.createdAt = nowUtc();
    if (!save(image))
        return ServiceError::unavailable(QStringLiteral("the image cannot be recorded: %1").arg(m_store.lastError()));
    m_images.insert(image.id, image);
    m_order.append(image.id);
    bump();
    Q_EMIT imageCreated(image);
    qCInfo(lcImages).noquote() << "image" << image.name << image.id << "from"
                               << (image.sourceUrl.isEmpty() ? image.sourcePath : image.sourceUrl);
    return image;
}

void ImageLibrary::importImage(const ImageImportSpec &spec, Callback<Image> done)
{
    if (auto error = validateImport(spec))
        return done(*error);
    auto probed = [this, spec, done](Result<QJsonObject> info) {
        if (!info.ok()) {
            return done(ServiceError::invalid({{QStringLiteral("path"), QStringLiteral("qemu-img cannot read it: %1").arg(info.error().message),
                                                QStringLiteral("value_error")}}));
        }
        // Checked again: the name may have been taken while qemu-img looked at the file.
        if (auto error = checkName(spec.name))
            return done(*error);
        Image image;
        image.name = spec.name;
        image.defaultUser = spec.defaultUser;
        image.sourcePath = QFileInfo(spec.path).absoluteFilePath();
        image.bytesTotal = QFileInfo(spec.path).size();
        const Result<Image> added = add(image);
        if (added.ok())
            startImport(added.value());
        done(added);
    };
    const Result<QByteArray> head = images::readHead(spec.path, 4);
    if (head.ok() && head.value() == QByteArrayLiteral("QFI\xfb"))
        return m_tool->info(spec.path, probed); // qemu-img must be able to open a qcow2 as one
    probed(QJsonObject());
}

void ImageLibrary::startImport(const Image &image)
{
    const QString source = image.sourcePath;
    const QString part = partFile(m_paths, image.id);
    QFile::remove(part); // an import cut off by a restart starts over
    Transfer transfer;
    transfer.progress = std::make_shared<images::TransferProgress>();
    transfer.progress->total = image.bytesTotal;
    transfer.hashing = std::make_shared<images::TransferProgress>();
    m_transfers.insert(image.id, transfer);
    m_progressTimer.start();
    const QString id = image.id;
    // The copy and the hash run side by side (two reads of the source, mostly from the page
    // cache): the import takes as long as a plain copy, not copy plus hash.
    runInPool<Done>(
        this, [source, part, progress = transfer.progress] { return images::copyFile(source, part, *progress); },
        [this, id](Result<Done> copied) { onCopied(id, std::move(copied)); });
    runInPool<QString>(
        this, [source, progress = transfer.hashing] { return images::hashFile(source, *progress); },
        [this, id](Result<QString> hashed) { onHashed(id, std::move(hashed)); });
}

void ImageLibrary::onCopied(const QString &id, Result<Done> copied)
{
    if (!m_images.contains(id) || !m_transfers.contains(id)) {
        QFile::remove(partFile(m_paths, id)); // deleted while it copied
        return;
    }
    if (!copied.ok())
        return fail(id, QStringLiteral("the copy failed: %1").arg(copied.error().message));
    Transfer &transfer = m_transfers[id];
    transfer.progress->done = transfer.progress->total.load();
    // The hash may still run: the image is usable now, its sha256 follows.
    finishFile(id, partFile(m_paths, id), QString());
}

void ImageLibrary::onHashed(const QString &id, Result<QString> hashed)
{
    auto it = m_transfers.find(id);
    if (it != m_transfers.end()) {
        it->hashing.reset();
        if (!it->download && it->progress->done >= it->progress->total && m_images.value(id).state != ImageState::Downloading)
            m_transfers.erase(it);
    }
    if (!m_images.contains(id) || !hashed.ok())
        return;
    Image &image = m_images[id];
    image.sha256 = hashed.value();
    if (save(image)) {
        bump();
        Q_EMIT imageUpdated(image);
    }
}

Result<Image> ImageLibrary::downloadImage(const ImageDownloadSpec &spec)
{
    if (auto error = validateDownload(spec))
        return *error;
    Image image;
    image.name = spec.name;
    image.defaultUser = spec.defaultUser;
    image.sourceUrl = spec.url;
    image.expectedChecksum = spec.sha256.isEmpty() ? spec.checksum : QStringLiteral("sha256:") + spec.sha256.toLower();
    image.checksumUrl = spec.checksumUrl;
    const Result<Image> added = add(image);
    if (added.ok())
        startDownload(added.value());
    return added;
}

Result<Image> ImageLibrary::downloadFromCatalog(const QString &entryName, const QString &name)
{
    for (const CatalogEntry &entry : std::as_const(m_catalog)) {
        if (entry.name == entryName)
            return downloadImage({name.isEmpty() ? entry.name : name, entry.url, QString(), entry.checksum, entry.checksumUrl, entry.defaultUser});
    }
    return ServiceError::notFound(QStringLiteral("the catalogue has no image '%1' (see GET /images/catalog)").arg(rules::echo(entryName)));
}

void ImageLibrary::startDownload(const Image &image)
{
    if (!m_transferThread.isRunning())
        m_transferThread.start();
    Transfer transfer;
    transfer.progress = std::make_shared<images::TransferProgress>();
    transfer.progress->total = image.bytesTotal;
    transfer.download = new images::ImageDownload(QUrl(image.sourceUrl), partFile(m_paths, image.id), transfer.progress, m_downloadOptions,
                                                  images::parseChecksum(image.expectedChecksum), QUrl(image.checksumUrl));
    transfer.download->moveToThread(&m_transferThread);
    const QString id = image.id;
    connect(transfer.download, &images::ImageDownload::checksumFound, this, [this, id](const QString &checksum) {
        if (!m_images.contains(id))
            return;
        m_images[id].expectedChecksum = checksum;
        save(m_images[id]);
    });
    connect(transfer.download, &images::ImageDownload::finished, this,
            [this, id](const QString &error, const QString &sha256, qint64 size) { onDownloaded(id, error, sha256, size); });
    m_transfers.insert(id, transfer);
    m_progressTimer.start();
    QMetaObject::invokeMethod(transfer.download, "begin", Qt::QueuedConnection);
}

void ImageLibrary::onDownloaded(const QString &id, const QString &error, const QString &sha256, qint64 size)
{
    const auto it = m_transfers.find(id);
    if (it == m_transfers.end())
        return; // cancelled: deleteImage cleaned up
    it->download->deleteLater();
    it->download = nullptr;
    const QString part = partFile(m_paths, id);
    if (!error.isEmpty()) {
        QFile::remove(part);
        return fail(id, QStringLiteral("the download failed: %1").arg(error));
    }
    qCInfo(lcImages).noquote() << "download of" << m_images[id].name << "complete:" << size << "bytes"
                               << (m_images[id].expectedChecksum.isEmpty() ? QStringLiteral("(no checksum to verify)") : QStringLiteral("checksum verified"));
    finishFile(id, part, sha256);
}

void ImageLibrary::finishFile(const QString &id, const QString &file, const QString &sha256)
{
    // The rules again, on the bytes VMAN now keeps (the source may have changed since it was looked at).
    const Result<QByteArray> head = images::readHead(file, images::kHeaderBytes);
    const Result<Image> described = head.ok() ? describeImageFile(head.value(), QFileInfo(file).size()) : Result<Image>(head.error());
    if (!described.ok()) {
        QFile::remove(file);
        return fail(id, QStringLiteral("not usable: %1").arg(described.error().message));
    }
    auto accept = [this, id, file, sha256, described](Result<QJsonObject> info) {
        if (!m_images.contains(id)) {
            QFile::remove(file); // deleted while qemu-img looked at it
            return;
        }
        if (!info.ok()) {
            QFile::remove(file);
            return fail(id, QStringLiteral("qemu-img cannot read it: %1").arg(info.error().message));
        }
        Image &image = m_images[id];
        image.format = described.value().format;
        image.size = described.value().size;
        image.virtualSize = described.value().virtualSize;
        const QString target = filePath(image);
        QFile::remove(target);
        if (!QFile::rename(file, target)) {
            QFile::remove(file);
            return fail(id, QStringLiteral("cannot move it to %1").arg(target));
        }
        // A base of linked clones must never change.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (!sha256.isEmpty())
            image.sha256 = sha256;
        image.state = ImageState::Ready;
        image.stateDetail.clear();
        image.bytesDone = image.bytesTotal = image.size;
        if (!save(image))
            return;
        auto transfer = m_transfers.find(id);
        if (transfer != m_transfers.end() && !transfer->hashing)
            m_transfers.erase(transfer);
        qCInfo(lcImages).noquote() << "image" << image.name << "ready:" << nameOf(image.format) << image.size << "bytes";
        bump();
        Q_EMIT imageUpdated(image);
    };
    if (described.value().format == ImageFormat::Qcow2)
        return m_tool->info(file, accept);
    accept(QJsonObject());
}

void ImageLibrary::fail(const QString &id, const QString &reason)
{
    auto transfer = m_transfers.find(id);
    if (transfer != m_transfers.end()) {
        if (transfer->hashing)
            transfer->hashing->cancelled = true;
        m_transfers.erase(transfer);
    }
    if (!m_images.contains(id))
        return;
    Image &image = m_images[id];
    image.state = ImageState::Error;
    image.stateDetail = reason;
    qCWarning(lcImages).noquote() << "image" << image.name << ":" << reason;
    save(image);
    bump();
    Q_EMIT imageUpdated(image);
}

void ImageLibrary::reportProgress()
{
    bool active = false;
    for (auto it = m_transfers.begin(); it != m_transfers.end(); ++it) {
        if (!m_images.contains(it.key()) || m_images.value(it.key()).state != ImageState::Downloading)
            continue;
        active = true;
        const qint64 done = it->progress->done;
        if (done == it->reportedDone)
            continue;
        it->reportedDone = done;
        Image &image = m_images[it.key()];
        image.bytesDone = done;
        const qint64 total = it->progress->total;
        if (total > 0 && total != image.bytesTotal) {
            image.bytesTotal = total;
            save(image); // so a restart knows the size it resumes towards
        }
        ++m_revision;
        Q_EMIT imageProgress(image);
    }
    if (!active)
        m_progressTimer.stop();
}

Result<Done> ImageLibrary::deleteImage(const QString &id)
{
    const auto found = m_images.constFind(id);
    if (found == m_images.cend())
        return ServiceError::notFound(QStringLiteral("Image '%1' not found").arg(id));
    const Image image = *found;
    const QStringList users = m_usersOf ? m_usersOf(id) : QStringList();
    if (!users.isEmpty()) {
        return ServiceError::conflict(QStringLiteral("image '%1' is used by VM%2 %3; delete %4 or change what %4 boot%5 first")
                                          .arg(image.name, users.size() > 1 ? QStringLiteral("s") : QString(), users.join(QLatin1String(", ")),
                                               users.size() > 1 ? QStringLiteral("them") : QStringLiteral("it"),
                                               users.size() > 1 ? QString() : QStringLiteral("s")));
    }
    if (image.isExternal()) {
        return ServiceError::conflict(QStringLiteral("image '%1' is the file VMAN_DEFAULT_BOOT_DISK names (%2), used in place; unset the "
                                                     "setting to withdraw it")
                                          .arg(image.name, image.externalPath));
    }
    if (!m_store.deleteImage(id))
        return ServiceError::unavailable(QStringLiteral("the image cannot be removed from the database: %1").arg(m_store.lastError()));
    if (auto transfer = m_transfers.find(id); transfer != m_transfers.end()) {
        transfer->progress->cancelled = true;
        if (transfer->hashing)
            transfer->hashing->cancelled = true;
        if (transfer->download) {
            QMetaObject::invokeMethod(transfer->download, "cancel", Qt::QueuedConnection);
            transfer->download->deleteLater();
        }
        m_transfers.erase(transfer);
        qCInfo(lcImages).noquote() << "transfer of image" << image.name << "cancelled";
    }
    QFile::remove(partFile(m_paths, id));
    const QString file = filePath(image);
    if (QFileInfo::exists(file) && !QFile::remove(file))
        qCWarning(lcImages).noquote() << "cannot remove" << file << "of deleted image" << image.name;
    m_images.remove(id);
    m_order.removeOne(id);
    qCInfo(lcImages).noquote() << "image" << image.name << "deleted";
    bump();
    Q_EMIT imageDeleted(id, image.name);
    return Done{};
}

} // namespace vman
