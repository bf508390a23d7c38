// SPDX-License-Identifier: GPL-3.0-or-later
// Plain value types shared by every layer: what a template, a VM and a disk are.
#pragma once

#include <QMetaType>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vman {

enum class VmState { Stopped, Starting, Running, Stopping, Paused, Error };

QString nameOf(VmState state);
std::optional<VmState> vmStateFromString(const QString &text);
QStringList allVmStateNames();

// What a VM boots from: the order of its bootable devices, and its firmware.
enum class BootDevice { Cdrom, Disk };
enum class Firmware { Bios, Uefi };

QString nameOf(BootDevice device);
std::optional<BootDevice> bootDeviceFromString(const QString &text);
QString nameOf(Firmware firmware);
std::optional<Firmware> firmwareFromString(const QString &text);

// What a VM tells cloud-init at its first boot, through a NoCloud seed (a small ISO labelled
// `cidata`). Every field is optional; the user's own texts are kept exactly as given.
struct CloudInit
{
    QString userData;          // "#cloud-config" YAML, a "#!" script, ...; empty: VMAN writes one
    QStringList sshAuthorizedKeys; // OpenSSH public keys for the image's default user
    QString hostname;          // empty: derived from the VM's name
    QString networkConfig;     // network-config (v1/v2 YAML); empty: the image's default (DHCP)
    QString vendorData;

    bool operator==(const CloudInit &other) const
    {
        return userData == other.userData && sshAuthorizedKeys == other.sshAuthorizedKeys && hostname == other.hostname
            && networkConfig == other.networkConfig && vendorData == other.vendorData;
    }
    bool operator!=(const CloudInit &other) const { return !(*this == other); }
};

struct Template
{
    QString name;
    int cpuCount = 0;
    int ramAmount = 0; // GiB
    QDateTime createdAt;
    // Defaults for the VMs made from it (each can be overridden per VM); empty/0 when unset.
    QString imageId = QString();
    int diskSize = 0; // GiB
    std::optional<Firmware> firmware = std::nullopt;
    std::optional<CloudInit> cloudInit = std::nullopt;
    QString readyMarker = QString();
};

// A file VMAN keeps for VMs to boot or install from: a disk image or an installer ISO.
enum class ImageFormat { Qcow2, Raw, Iso };
enum class ImageState { Downloading, Ready, Error };

QString nameOf(ImageFormat format);
std::optional<ImageFormat> imageFormatFromString(const QString &text);
QString nameOf(ImageState state);
std::optional<ImageState> imageStateFromString(const QString &text);

struct Image
{
    QString id; // UUID
    QString name;
    ImageFormat format = ImageFormat::Raw;
    qint64 size = 0;        // bytes on disk
    qint64 virtualSize = 0; // bytes the guest sees
    QString sha256;         // hex; empty until known
    QString sourcePath;     // imported from this host file...
    QString sourceUrl;      // ...or downloaded from here
    QString expectedChecksum; // "sha256:HEX" / "sha512:HEX" a download is verified against
    QString checksumUrl;      // where that checksum is published
    ImageState state = ImageState::Ready;
    QString stateDetail;    // why it is in `error`
    qint64 bytesDone = 0;   // of a download or import in progress
    qint64 bytesTotal = 0;  // 0 when not known (yet)
    // Referenced in place (the VMAN_DEFAULT_BOOT_DISK image): never copied, changed or removed.
    QString externalPath;
    // The user cloud-init sets up in this image (its default user: "debian", "ubuntu", ...);
    // empty when not known.
    QString defaultUser;
    QDateTime createdAt;

    bool isExternal() const { return !externalPath.isEmpty(); }
    double progress() const
    {
        if (state == ImageState::Ready)
            return 1.0;
        return bytesTotal > 0 ? qBound(0.0, double(bytesDone) / double(bytesTotal), 1.0) : 0.0;
    }
};

// A host port forwarded to a guest port (QEMU user-mode networking).
struct PortForward
{
    QString protocol = QStringLiteral("tcp"); // tcp or udp
    QString hostAddress = QStringLiteral("127.0.0.1");
    int hostPort = 0;
    int guestPort = 0;

    bool operator==(const PortForward &other) const
    {
        return protocol == other.protocol && hostAddress == other.hostAddress && hostPort == other.hostPort && guestPort == other.guestPort;
    }
};

// What the QEMU guest agent inside a running VM says about it.
struct GuestInfo
{
    bool agent = false;   // an agent answers
    QString agentVersion;
    QString os;           // "Debian GNU/Linux 12 (bookworm)"
    QString osId;         // "debian"
    QString kernel;       // kernel release
    QString hostname;
    QStringList ipAddresses; // without loopback and link-local
    QDateTime updatedAt;

    bool operator==(const GuestInfo &other) const
    {
        return agent == other.agent && agentVersion == other.agentVersion && os == other.os && osId == other.osId && kernel == other.kernel
            && hostname == other.hostname && ipAddresses == other.ipAddresses;
    }
    bool operator!=(const GuestInfo &other) const { return !(*this == other); }
};

struct Vm
{
    QString id; // UUID, lower case, no braces
    QString name;
    QString templateName;
    int cpuCount = 0;
    int ramAmount = 0; // GiB
    VmState state = VmState::Stopped;
    QString stateDetail; // why the VM is in `error`, or why its last operation failed
    QList<PortForward> ports;
    QDateTime rootDiskCreatedAt; // invalid until the first start made the root disk
    // Boot media. An empty imageId means an empty root disk; diskSize 0 means "the image's size"
    // (or 10 GiB for an empty disk).
    QString imageId;
    int diskSize = 0; // GiB
    QString cdromImageId; // the ISO in the CD-ROM drive; empty when the drive is empty
    QList<BootDevice> bootOrder; // empty: the default (disk first; cdrom first with no image)
    Firmware firmware = Firmware::Bios;
    // A NoCloud seed is attached when set. The revision goes up with every change, so the
    // instance-id changes and cloud-init applies the new settings at the next boot.
    std::optional<CloudInit> cloudInit;
    int cloudInitRevision = 0;
    // Text on the serial console that says the guest is ready (empty: the agent or SSH decide).
    QString readyMarker;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Known while it runs, never stored: whether the guest is ready for use (and what said so),
    // and what its agent reports.
    bool ready = false;
    QString readyBy; // "agent", "ssh" or "serial"
    GuestInfo guest;
};

struct Disk
{
    QString id; // UUID
    QString name;
    qint64 size = 0; // GiB
    QString vmId; // empty when not attached
    QDateTime attachedAt;
    QString problem; // why the disk is unusable (e.g. its image file is missing); empty when fine
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isAttached() const { return !vmId.isEmpty(); }
};

// A snapshot of a VM: inside its qcow2 images (root, data disks, UEFI variables), named per VM.
struct VmSnapshot
{
    QString vmId;
    QString name;
    QString description;
    QDateTime createdAt;
    bool withMemory = false; // taken while it ran: holds its memory and devices too
    QStringList disks;       // the images it covers: "root" and data disk ids
    qint64 sizeBytes = 0;    // the saved memory state
    // The VM's size settings when it was taken (a revert brings them back).
    int cpuCount = 0;
    int ramAmount = 0;
    int diskSize = 0;

    static inline const QString kRootDisk = QStringLiteral("root");
};

// Current time, UTC, millisecond precision (what we store and serve).
QDateTime nowUtc();
QString newId();
bool isCanonicalId(const QString &text);

} // namespace vman

// Queued signals and QVariant carry these.
Q_DECLARE_METATYPE(vman::Template)
Q_DECLARE_METATYPE(vman::Vm)
Q_DECLARE_METATYPE(vman::Disk)
Q_DECLARE_METATYPE(vman::VmSnapshot)
Q_DECLARE_METATYPE(vman::Image)
Q_DECLARE_METATYPE(vman::VmState)
