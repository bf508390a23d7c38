// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalText.h"

namespace vman::terminal {

namespace {

// How many bytes at the end of `bytes` begin a UTF-8 character that is not complete yet.
qsizetype incompleteTail(const QByteArray &bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(bytes.size() - back));
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const int needed = (byte & 0xe0) == 0xc0 ? 2 : (byte & 0xf0) == 0xe0 ? 3 : (byte & 0xf8) == 0xf0 ? 4 : 1;
        return needed > back ? back : 0;
    }
    return 0;
}

} // namespace

Decoder::Edit Decoder::feed(const QByteArray &bytes)
{
    const int shown = int(m_line.size());
    m_done.clear();
    // A character cut by the read waits for its other bytes; everything else decodes exactly as
    // it would have in one piece (invalid bytes included). QStringDecoder's state does not
    // guarantee that for invalid input, hence this.
    QByteArray input = m_partialUtf8 + bytes;
    const qsizetype tail = incompleteTail(input);
    m_partialUtf8 = input.right(tail);
    input.chop(tail);
    const QString text = QString::fromUtf8(input);
    for (const QChar c : text) {
        const ushort u = c.unicode();
        switch (m_escape) {
        case Escape::None:
            if (u == 0x1b) {
                m_escape = Escape::Start;
                m_escapeLength = 0;
            } else {
                put(c);
            }
            continue;
        case Escape::Start:
            m_escape = u == '[' ? Escape::Csi : u == ']' ? Escape::Osc : (u == '(' || u == ')') ? Escape::Charset : Escape::None;
            continue; // ESC 7, ESC =, ESC M...: two characters, both dropped
        case Escape::Csi:
            if (u >= 0x40 && u <= 0x7e) // the final byte
                m_escape = Escape::None;
            break;
        case Escape::Osc:
            if (u == 0x07)
                m_escape = Escape::None;
            else if (u == 0x1b)
                m_escape = Escape::OscEsc; // ESC \ ends it too
            break;
        case Escape::OscEsc:
            m_escape = u == '\\' ? Escape::None : Escape::Osc;
            break;
        case Escape::Charset:
            m_escape = Escape::None;
            continue;
        }
        if (m_escape != Escape::None && ++m_escapeLength > kMaxEscape)
            m_escape = Escape::None; // not a real sequence: stop swallowing text
    }
    Edit edit;
    edit.erase = shown;
    edit.append = m_done + m_line;
    return edit;
}

void Decoder::put(QChar c)
{
    const ushort u = c.unicode();
    if (u == '\n') {
        m_done += m_line + QLatin1Char('\n');
        m_line.clear();
        m_cursor = 0;
    } else if (u == '\r') {
        m_cursor = 0; // later text overwrites the line
    } else if (u == '\b' || u == 0x7f) {
        if (m_cursor > 0) {
            --m_cursor;
            m_line.remove(m_cursor, 1);
        }
    } else if (u == '\t' || c.isPrint()) {
        if (m_cursor < m_line.size())
            m_line[m_cursor] = c;
        else
            m_line.append(c);
        ++m_cursor;
    }
}

QString clean(const QByteArray &bytes)
{
    Decoder decoder;
    return decoder.feed(bytes).append;
}

QByteArray fromFirstWholeLine(const QByteArray &tail, qint64 limit)
{
    if (tail.size() < limit)
        return tail; // the whole log
    const qsizetype newline = tail.indexOf('\n');
    return newline < 0 ? QByteArray() : tail.mid(newline + 1);
}

} // namespace vman::terminal
