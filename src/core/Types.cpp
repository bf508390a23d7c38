// SPDX-License-Identifier: GPL-3.0-or-later
#include "Types.h"

#include <QUuid>

#include <utility>

namespace vman {

namespace {
struct StateName
{
    VmState state;
    const char *name;
};
constexpr StateName kStateNames[] = {
    {VmState::Stopped, "stopped"},   {VmState::Starting, "starting"},
    {VmState::Running, "running"},   {VmState::Stopping, "stopping"},
    {VmState::Paused, "paused"},     {VmState::Error, "error"},
};
} // namespace

QString nameOf(VmState state)
{
    for (const auto &entry : kStateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    Q_UNREACHABLE();
}

std::optional<VmState> vmStateFromString(const QString &text)
{
    for (const auto &entry : kStateNames) {
        if (text == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QStringList allVmStateNames()
{
    QStringList names;
    for (const auto &entry : kStateNames)
        names << QString::fromLatin1(entry.name);
    return names;
}

namespace {
template <typename E, size_t N>
QString nameIn(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    Q_UNREACHABLE();
}

template <typename E, size_t N>
std::optional<E> valueIn(const std::pair<E, const char *> (&table)[N], const QString &text)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

constexpr std::pair<BootDevice, const char *> kBootDevices[] = {{BootDevice::Cdrom, "cdrom"}, {BootDevice::Disk, "disk"}};
constexpr std::pair<Firmware, const char *> kFirmwares[] = {{Firmware::Bios, "bios"}, {Firmware::Uefi, "uefi"}};
constexpr std::pair<ImageFormat, const char *> kImageFormats[] = {
    {ImageFormat::Qcow2, "qcow2"}, {ImageFormat::Raw, "raw"}, {ImageFormat::Iso, "iso"}};
constexpr std::pair<ImageState, const char *> kImageStates[] = {
    {ImageState::Downloading, "downloading"}, {ImageState::Ready, "ready"}, {ImageState::Error, "error"}};
} // namespace

QString nameOf(BootDevice device) { return nameIn(kBootDevices, device); }
std::optional<BootDevice> bootDeviceFromString(const QString &text) { return valueIn(kBootDevices, text); }
QString nameOf(Firmware firmware) { return nameIn(kFirmwares, firmware); }
std::optional<Firmware> firmwareFromString(const QString &text) { return valueIn(kFirmwares, text); }
QString nameOf(ImageFormat format) { return nameIn(kImageFormats, format); }
std::optional<ImageFormat> imageFormatFromString(const QString &text) { return valueIn(kImageFormats, text); }
QString nameOf(ImageState state) { return nameIn(kImageStates, state); }
std::optional<ImageState> imageStateFromString(const QString &text) { return valueIn(kImageStates, text); }

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isCanonicalId(const QString &text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text.toLower();
}

} // namespace vman
