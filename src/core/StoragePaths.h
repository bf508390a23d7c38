// SPDX-License-Identifier: GPL-3.0-or-later
// Where VMAN keeps things inside its storage folder (the original VMAN's layout).
#pragma once

#include <QString>

namespace vman {

class StoragePaths final
{
public:
    explicit StoragePaths(QString root) : m_root(std::move(root)) {}

    QString root() const { return m_root; }
    QString vmsDir() const { return m_root + QLatin1String("/vms"); }
    QString disksDir() const { return m_root + QLatin1String("/disks"); }
    QString vmDir(const QString &vmId) const { return vmsDir() + QLatin1Char('/') + vmId; }
    QString diskImage(const QString &diskId) const { return disksDir() + QLatin1Char('/') + diskId + QLatin1String(".qcow2"); }
    QString imagesDir() const { return m_root + QLatin1String("/images"); }
    // An image's file in the library: <id>.qcow2, <id>.raw or <id>.iso; `.part` while it arrives.
    QString imageFile(const QString &imageId, const QString &extension) const
    {
        return imagesDir() + QLatin1Char('/') + imageId + QLatin1Char('.') + extension;
    }
    // Read-only bases of linked clones: a VM's root disk frozen when it was cloned.
    QString basesDir() const { return m_root + QLatin1String("/bases"); }
    QString lockFile() const { return m_root + QLatin1String("/vman.lock"); }

private:
    QString m_root;
};

} // namespace vman
