// SPDX-License-Identifier: GPL-3.0-or-later
#include "QemuFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace vman::qemu {

namespace {
// sun_path holds 108 bytes; leave room for the terminating NUL and QEMU's own checks.
constexpr int kMaxSocketPath = 100;
} // namespace

QemuFiles::QemuFiles(StoragePaths paths, QString runtimeBase) : m_paths(std::move(paths)), m_runtimeBase(std::move(runtimeBase)) {}

QString QemuFiles::defaultRuntimeBase()
{
    const QByteArray xdg = qgetenv("XDG_RUNTIME_DIR");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(QString::fromLocal8Bit(xdg)))
        return QString::fromLocal8Bit(xdg) + QLatin1String("/vman");
    return QStringLiteral("/tmp/vman-%1").arg(::getuid());
}

VmFiles QemuFiles::files(const QString &vmId) const
{
    VmFiles f;
    f.dir = m_paths.vmDir(vmId);
    f.rootDisk = f.dir + QLatin1String("/root.qcow2");
    f.efiVars = f.dir + QLatin1String("/efivars.qcow2");
    f.pidFile = f.dir + QLatin1String("/qemu.pid");
    f.serialLog = f.dir + QLatin1String("/serial.log");
    f.qemuLog = f.dir + QLatin1String("/qemu.log");
    f.seedImage = f.dir + QLatin1String("/seed.iso");
    QString socketDir = f.dir;
    if ((socketDir + QLatin1String("/serial.sock")).toLocal8Bit().size() >= kMaxSocketPath) {
        // One subfolder per VM folder, named by a hash of its path (two storages never collide).
        const QByteArray key = QCryptographicHash::hash(f.dir.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
        socketDir = m_runtimeBase + QLatin1Char('/') + QString::fromLatin1(key);
        f.socketsOutsideDir = true;
    }
    f.qmpSocket = socketDir + QLatin1String("/qmp.sock");
    f.serialSocket = socketDir + QLatin1String("/serial.sock");
    f.vncSocket = socketDir + QLatin1String("/vnc.sock");
    f.guestAgentSocket = socketDir + QLatin1String("/qga.sock");
    return f;
}

Result<Done> QemuFiles::ensurePrivateDir(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return ServiceError::failed(QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0)
        return ServiceError::failed(QStringLiteral("cannot inspect %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    if (S_ISLNK(st.st_mode) || !S_ISDIR(st.st_mode))
        return ServiceError::failed(QStringLiteral("%1 is not a plain folder (a symlink or file is in its place); remove it").arg(path));
    if (st.st_uid != ::getuid())
        return ServiceError::failed(QStringLiteral("%1 belongs to another user (uid %2); remove it or set XDG_RUNTIME_DIR").arg(path).arg(st.st_uid));
    if ((st.st_mode & 077) != 0 && ::chmod(native.constData(), 0700) != 0)
        return ServiceError::failed(QStringLiteral("%1 is open to other users and cannot be made private: %2")
                                        .arg(path, QString::fromLocal8Bit(strerror(errno))));
    return Done{};
}

Result<Done> QemuFiles::prepare(const VmFiles &files) const
{
    if (!QDir().mkpath(files.dir))
        return ServiceError::failed(QStringLiteral("cannot create the VM folder %1").arg(files.dir));
    if (!files.socketsOutsideDir)
        return Done{};
    // The base first (it may be shared with other VMs of ours), then the VM's own subfolder.
    if (auto base = ensurePrivateDir(m_runtimeBase); !base.ok())
        return base;
    return ensurePrivateDir(QFileInfo(files.qmpSocket).absolutePath());
}

} // namespace vman::qemu
