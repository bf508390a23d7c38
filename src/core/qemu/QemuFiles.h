// SPDX-License-Identifier: GPL-3.0-or-later
// Where a VM's QEMU files live: its folder in the storage (disks, pidfile, logs) and its sockets,
// which move to a private runtime folder when the VM folder's path is too long for a unix socket.
#pragma once

#include "ServiceError.h"
#include "StoragePaths.h"

#include <QString>

namespace vman::qemu {

struct VmFiles
{
    QString dir;
    QString rootDisk;
    QString efiVars; // the VM's UEFI variable store (qcow2), for UEFI VMs
    QString pidFile;
    QString qmpSocket;
    QString serialSocket;
    QString vncSocket; // the graphical console (VNC over a unix socket; no TCP port)
    QString serialLog;
    QString guestAgentSocket; // the QEMU guest agent's channel
    QString seedImage;        // the cloud-init NoCloud seed (ISO), for VMs with cloud-init settings
    QString qemuLog;
    bool socketsOutsideDir = false; // in the private runtime folder
};

class QemuFiles final
{
public:
    // `runtimeBase`: where the private runtime folder goes ($XDG_RUNTIME_DIR, else /tmp).
    QemuFiles(StoragePaths paths, QString runtimeBase);

    VmFiles files(const QString &vmId) const;
    const StoragePaths &paths() const { return m_paths; }

    // Creates what a VM's files need: its folder, and the private runtime folder if its sockets
    // go there. Refuses a runtime folder another user could have prepared (not ours, a symlink,
    // or open to others).
    Result<Done> prepare(const VmFiles &files) const;

    // `$XDG_RUNTIME_DIR/vman` when that is set, else `/tmp/vman-<uid>`.
    static QString defaultRuntimeBase();
    // Makes `path` a folder of ours, mode 0700, not a symlink; error naming what is wrong.
    static Result<Done> ensurePrivateDir(const QString &path);

private:
    StoragePaths m_paths;
    QString m_runtimeBase;
};

} // namespace vman::qemu
