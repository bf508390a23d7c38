// SPDX-License-Identifier: GPL-3.0-or-later
// Turns what a serial console sends into plain text for a widget: ANSI escape sequences removed,
// CR LF and lone CR handled, backspace applied. The one reader of console bytes: incremental, so a
// UTF-8 character or an escape sequence cut in two by a read comes out whole, and each read costs
// only its own bytes and the current line (never the whole screen).
#pragma once

#include <QByteArray>
#include <QString>

namespace vman::terminal {

class Decoder final
{
public:
    // How to bring a widget's text up to date after one read: remove `erase` characters from the
    // end (the current line as it was shown), then append `append`.
    struct Edit
    {
        int erase = 0;
        QString append;
    };

    Edit feed(const QByteArray &bytes);

    static constexpr int kMaxEscape = 256; // longer "sequences" are dropped, not buffered

private:
    enum class Escape { None, Start, Csi, Osc, OscEsc, Charset };
    void put(QChar c);

    QByteArray m_partialUtf8; // the start of a character the last read cut off
    Escape m_escape = Escape::None;
    int m_escapeLength = 0;
    QString m_line;   // the current line (after the last newline)
    int m_cursor = 0; // within m_line
    QString m_done;   // lines completed during this feed
};

// The text of `bytes` as a fresh terminal shows it.
QString clean(const QByteArray &bytes);

// The tail of a console log as read with a size limit: when the limit cut it (`tail` is as long
// as asked), it starts in the middle of a line, perhaps inside an escape sequence; that partial
// first line is left out, so no "[1;34m" shows.
QByteArray fromFirstWholeLine(const QByteArray &tail, qint64 limit);

} // namespace vman::terminal
