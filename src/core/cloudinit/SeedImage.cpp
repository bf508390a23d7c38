// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeedImage.h"

#include <QFile>
#include <QSaveFile>

#include <cstdlib>
#include <cstring>
#include <mutex>

// libisofs hands the image out through libburn's data source interface; this asks for its own
// copy of that declaration (we do not use libburn itself).
#define LIBISOFS_WITHOUT_LIBBURN 1
#include <libisofs/libisofs.h>

namespace vman::cloudinit {

namespace {

Result<Done> initialiseLibrary()
{
    static int status = 0;
    static std::once_flag once;
    std::call_once(once, [] {
        // bit0: leave the locale alone (Qt owns it); names are handed over as UTF-8.
        status = iso_init_with_flag(1);
        if (status >= 0) {
            iso_set_local_charset(const_cast<char *>("UTF-8"), 0);
            // Messages come back as return codes; nothing is printed on our stderr.
            iso_set_msgs_severities(const_cast<char *>("NEVER"), const_cast<char *>("NEVER"), const_cast<char *>("libisofs"));
        }
    });
    if (status < 0)
        return ServiceError::failed(QStringLiteral("libisofs cannot start: %1").arg(QString::fromUtf8(iso_error_to_msg(status))));
    return Done{};
}

ServiceError isoFailure(const char *what, int code)
{
    return ServiceError::failed(QStringLiteral("cannot write the seed image (%1): %2").arg(QLatin1String(what), QString::fromUtf8(iso_error_to_msg(code))));
}

struct ImageDeleter
{
    void operator()(IsoImage *image) const { iso_image_unref(image); }
};
struct OptionsDeleter
{
    void operator()(IsoWriteOpts *options) const { iso_write_opts_free(options); }
};

} // namespace

Result<QByteArray> isoImage(const QString &volumeId, const QList<SeedFile> &files)
{
    if (auto ready = initialiseLibrary(); !ready.ok())
        return ready.error();
    IsoImage *raw = nullptr;
    const QByteArray volume = volumeId.toUtf8();
    if (int rc = iso_image_new(volume.constData(), &raw); rc < 0)
        return isoFailure("image", rc);
    std::unique_ptr<IsoImage, ImageDeleter> image(raw);
    iso_image_set_volume_id(image.get(), volume.constData());
    iso_image_set_application_id(image.get(), "VMAN");
    IsoDir *root = iso_image_get_root(image.get());
    for (const SeedFile &file : files) {
        // The stream owns a malloc'd copy of the content.
        auto *buffer = static_cast<unsigned char *>(std::malloc(size_t(qMax<qsizetype>(file.content.size(), 1))));
        if (!buffer)
            return isoFailure("memory", ISO_OUT_OF_MEM);
        std::memcpy(buffer, file.content.constData(), size_t(file.content.size()));
        IsoStream *stream = nullptr;
        if (int rc = iso_memory_stream_new(buffer, size_t(file.content.size()), &stream); rc < 0) {
            std::free(buffer);
            return isoFailure("file content", rc);
        }
        IsoFile *node = nullptr;
        const QByteArray name = file.name.toUtf8();
        // On success the file takes the stream's reference.
        if (const int rc = iso_image_add_new_file(image.get(), root, name.constData(), stream, &node); rc < 0) {
            iso_stream_unref(stream);
            return isoFailure(name.constData(), rc);
        }
        iso_node_set_permissions(reinterpret_cast<IsoNode *>(node), 0444);
    }

    IsoWriteOpts *rawOptions = nullptr;
    if (int rc = iso_write_opts_new(&rawOptions, 2 /* distribution: Rock Ridge and Joliet */); rc < 0)
        return isoFailure("options", rc);
    std::unique_ptr<IsoWriteOpts, OptionsDeleter> options(rawOptions);
    iso_write_opts_set_rockridge(options.get(), 1);
    iso_write_opts_set_joliet(options.get(), 1);
    // The label as given ("cidata"), not mapped to ISO 9660's upper case: blkid reports the
    // primary descriptor's label, and that is what cloud-init searches for (as genisoimage and
    // cloud-localds write it).
    iso_write_opts_set_relaxed_vol_atts(options.get(), 1);
    // Owned by root, read-only: the guest has no business changing or executing these.
    iso_write_opts_set_replace_mode(options.get(), 1, 1, 1, 1);
    iso_write_opts_set_default_file_mode(options.get(), 0444);
    iso_write_opts_set_default_dir_mode(options.get(), 0555);
    iso_write_opts_set_default_uid(options.get(), 0);
    iso_write_opts_set_default_gid(options.get(), 0);

    struct burn_source *source = nullptr;
    if (int rc = iso_image_create_burn_source(image.get(), options.get(), &source); rc < 0)
        return isoFailure("writer", rc);
    QByteArray out;
    out.reserve(64 * 2048);
    unsigned char block[2048];
    int got = 0;
    // The writer thread fills a ring buffer; reading drains it block by block until the end.
    while ((got = source->read_xt(source, block, sizeof block)) > 0)
        out.append(reinterpret_cast<const char *>(block), got);
    source->free_data(source);
    std::free(source);
    if (got < 0)
        return isoFailure("data", got);
    return out;
}

Result<Done> writeSeedImage(const QString &path, const QByteArray &image)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ServiceError::failed(QStringLiteral("cannot write the seed %1: %2").arg(path, file.errorString()));
    file.write(image);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    if (!file.commit())
        return ServiceError::failed(QStringLiteral("cannot write the seed %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace vman::cloudinit
