// SPDX-License-Identifier: GPL-3.0-or-later
#include "Types.h"

#include <QUuid>

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
