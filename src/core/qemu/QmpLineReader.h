// SPDX-License-Identifier: GPL-3.0-or-later
// The one reader of bytes from a QMP socket: splits them into lines and each line into a JSON
// object, within a line-length bound. Pure, so it is unit-tested and fuzzed apart from the socket.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace vman::qemu {

class QmpLineReader final
{
public:
    explicit QmpLineReader(qsizetype maxLineBytes) : m_maxLine(maxLineBytes) {}

    // Appends `bytes` and returns the complete messages now available, in order. After an error
    // (a line that is not a JSON object, or one longer than the bound) it returns what came
    // before it, sets error() and reads nothing more.
    QList<QJsonObject> feed(const QByteArray &bytes);
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void reset();

private:
    qsizetype m_maxLine;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already known to hold no newline
    QString m_error;
};

} // namespace vman::qemu
