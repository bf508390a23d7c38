// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileTransfer.h"

#include "Sha256.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vman::images {

namespace {

constexpr qint64 kChunk = 8 * 1024 * 1024;

QString errnoText(const QString &what, const QString &path, int error)
{
    return QStringLiteral("cannot %1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(error)));
}

// Closes a file descriptor on every way out.
struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

Result<Done> copyFile(const QString &from, const QString &to, TransferProgress &progress)
{
    Fd in{::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0)
        return ServiceError::failed(errnoText(QStringLiteral("read"), from, errno));
    struct stat info = {};
    if (::fstat(in.fd, &info) != 0 || !S_ISREG(info.st_mode))
        return ServiceError::failed(QStringLiteral("%1 is not a regular file").arg(from));
    progress.total = info.st_size;
    Fd out{::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644)};
    if (out.fd < 0)
        return ServiceError::failed(errnoText(QStringLiteral("create"), to, errno));
    auto fail = [&](const QString &message) -> Result<Done> {
        QFile::remove(to);
        return ServiceError::failed(message);
    };

    qint64 copied = 0;
    bool useCopyRange = true;
    QByteArray buffer;
    while (true) {
        if (progress.cancelled)
            return fail(QStringLiteral("cancelled"));
        ssize_t n = -1;
        if (useCopyRange) {
            n = ::copy_file_range(in.fd, nullptr, out.fd, nullptr, size_t(kChunk), 0);
            // Not supported between these files (other filesystems on old kernels): plain copy.
            if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP) && copied == 0) {
                useCopyRange = false;
                continue;
            }
        } else {
            if (buffer.isEmpty())
                buffer.resize(kChunk);
            n = ::read(in.fd, buffer.data(), size_t(buffer.size()));
            for (ssize_t written = 0; n > 0 && written < n;) {
                const ssize_t w = ::write(out.fd, buffer.constData() + written, size_t(n - written));
                if (w < 0) {
                    if (errno == EINTR)
                        continue;
                    return fail(errnoText(QStringLiteral("write"), to, errno));
                }
                written += w;
            }
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errnoText(useCopyRange ? QStringLiteral("copy to") : QStringLiteral("read"), useCopyRange ? to : from, errno));
        }
        if (n == 0)
            break;
        copied += n;
        progress.done = copied;
    }
    if (::fsync(out.fd) != 0)
        return fail(errnoText(QStringLiteral("write"), to, errno));
    return Done{};
}

Result<QString> hashFile(const QString &path, TransferProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ServiceError::failed(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    progress.total = file.size();
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    while (true) {
        if (progress.cancelled)
            return ServiceError::failed(QStringLiteral("cancelled"));
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return ServiceError::failed(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.add(buffer.constData(), n);
        done += n;
        progress.done = done;
    }
    return hash.hexResult();
}

Result<QByteArray> readHead(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ServiceError::failed(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray head = file.read(bytes);
    if (head.isNull() && file.error() != QFile::NoError)
        return ServiceError::failed(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return head;
}

} // namespace vman::images
