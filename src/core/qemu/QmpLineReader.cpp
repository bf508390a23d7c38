// SPDX-License-Identifier: GPL-3.0-or-later
#include "QmpLineReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace vman::qemu {

void QmpLineReader::reset()
{
    m_buffer.clear();
    m_scanned = 0;
    m_error.clear();
}

QList<QJsonObject> QmpLineReader::feed(const QByteArray &bytes)
{
    QList<QJsonObject> messages;
    if (failed())
        return messages;
    m_buffer += bytes;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', qMax(start, m_scanned));
        if (newline < 0)
            break;
        const QByteArray line = m_buffer.mid(start, newline - start).trimmed();
        start = newline + 1;
        m_scanned = start;
        if (line.isEmpty())
            continue;
        if (line.size() > m_maxLine) {
            m_error = QStringLiteral("QMP line longer than %1 bytes").arg(m_maxLine);
            break;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            m_error = QStringLiteral("QMP sent something that is not a JSON object: %1").arg(QString::fromUtf8(line.left(200)));
            break;
        }
        messages.append(doc.object());
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (!failed() && m_buffer.size() > m_maxLine)
        m_error = QStringLiteral("QMP line longer than %1 bytes").arg(m_maxLine);
    if (failed())
        m_buffer.clear();
    return messages;
}

} // namespace vman::qemu
