// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalText.h"

#include <QRegularExpression>

namespace vman::terminal {

QString apply(const QString &screen, const QByteArray &bytes)
{
    static const QRegularExpression escapes(QStringLiteral("\\x1b(\\[[0-9;?]*[ -/]*[@-~]|\\][^\\x07]*\\x07|[()][0-9A-Za-z]|[=>78DEHM])"));
    QString input = QString::fromUtf8(bytes);
    input.remove(escapes);
    QString text = screen;
    // Where the cursor's line starts: a CR moves back to it, later text overwrites.
    int lineStart = int(text.lastIndexOf(QLatin1Char('\n'))) + 1;
    int cursor = int(text.size());
    for (const QChar c : std::as_const(input)) {
        if (c == QLatin1Char('\n')) {
            text.append(QLatin1Char('\n'));
            lineStart = cursor = int(text.size());
        } else if (c == QLatin1Char('\r')) {
            cursor = lineStart;
        } else if (c == QLatin1Char('\b') || c == QChar(0x7f)) {
            if (cursor > lineStart) {
                --cursor;
                text.remove(cursor, 1);
            }
        } else if (c == QLatin1Char('\t') || c.isPrint()) {
            if (cursor < text.size())
                text[cursor] = c;
            else
                text.append(c);
            ++cursor;
        }
    }
    return text;
}

QString clean(const QByteArray &bytes)
{
    return apply(QString(), bytes);
}

} // namespace vman::terminal
