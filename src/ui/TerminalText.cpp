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

// CSI parameters: "1;34" -> {1, 34}; empty ones are 0 (":" separates sub-parameters, read alike).
QList<int> parameters(const QString &text)
{
    QList<int> params;
    int value = 0;
    bool any = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            value = qMin(value * 10 + c.digitValue(), 65535);
            any = true;
        } else if (c == QLatin1Char(';') || c == QLatin1Char(':')) {
            params.append(value);
            value = 0;
            any = true;
        }
    }
    if (any)
        params.append(value);
    return params;
}

} // namespace

Decoder::Edit Decoder::feed(const QByteArray &bytes)
{
    const int shown = int(m_line.size());
    m_done.clear();
    m_doneRuns.clear();
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
            m_params.clear();
            continue; // ESC 7, ESC =, ESC M...: two characters, both dropped
        case Escape::Csi:
            if (u >= 0x40 && u <= 0x7e) { // the final byte
                m_escape = Escape::None;
                csi(c);
                continue;
            }
            m_params += c;
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
    edit.runs = m_doneRuns;
    appendRuns(&edit.runs, m_lineAttributes);
    return edit;
}

void Decoder::appendRuns(QList<Run> *runs, const QList<Attributes> &attributes, qsizetype from) const
{
    for (qsizetype i = from; i < attributes.size(); ++i) {
        if (!runs->isEmpty() && runs->last().attributes == attributes.at(i))
            ++runs->last().length;
        else
            runs->append(Run{1, attributes.at(i)});
    }
}

void Decoder::newline()
{
    m_done += m_line + QLatin1Char('\n');
    appendRuns(&m_doneRuns, m_lineAttributes);
    appendRuns(&m_doneRuns, {Attributes{}});
    m_line.clear();
    m_lineAttributes.clear();
    m_cursor = 0;
}

void Decoder::put(QChar c)
{
    const ushort u = c.unicode();
    if (u == '\n') {
        newline();
    } else if (u == '\r') {
        m_cursor = 0; // later text overwrites the line
    } else if (u == '\b' || u == 0x7f) {
        // Backspace as shells echo it ("\b \b" erases), and DEL as some send it.
        if (m_cursor > 0) {
            --m_cursor;
            if (m_cursor < m_line.size()) {
                m_line.remove(m_cursor, 1);
                m_lineAttributes.remove(m_cursor, 1);
            }
        }
    } else if (u == '\t' || c.isPrint()) {
        while (m_line.size() < m_cursor) { // after a cursor movement past the end
            m_line.append(QLatin1Char(' '));
            m_lineAttributes.append(Attributes{});
        }
        if (m_cursor < m_line.size()) {
            m_line[m_cursor] = c;
            m_lineAttributes[m_cursor] = m_pen;
        } else {
            m_line.append(c);
            m_lineAttributes.append(m_pen);
        }
        ++m_cursor;
    }
}

void Decoder::csi(QChar final)
{
    if (m_params.startsWith(QLatin1Char('?')) || m_params.startsWith(QLatin1Char('>')) || m_params.startsWith(QLatin1Char('=')))
        return; // private modes (cursor visibility, bracketed paste...): nothing to show
    const QList<int> params = parameters(m_params);
    const int first = params.value(0, 0);
    const int count = qMax(1, first);
    switch (final.unicode()) {
    case 'm':
        return selectGraphicRendition(params);
    case 'C': // cursor forward
        m_cursor = qMin(m_cursor + count, kMaxColumn);
        return;
    case 'D': // cursor back
        m_cursor = qMax(0, m_cursor - count);
        return;
    case 'G': // cursor to column
        m_cursor = qMin(count - 1, kMaxColumn);
        return;
    case 'K': // erase in line: to its end, from its start, all of it (the cursor stays)
        if (first == 0) {
            m_line.truncate(m_cursor);
            m_lineAttributes.resize(qMin(m_lineAttributes.size(), qsizetype(m_cursor)));
        } else {
            const int upTo = first == 1 ? qMin<int>(m_cursor + 1, int(m_line.size())) : int(m_line.size());
            for (int i = 0; i < upTo; ++i) {
                m_line[i] = QLatin1Char(' ');
                m_lineAttributes[i] = Attributes{};
            }
            if (first == 2) {
                m_line.clear();
                m_lineAttributes.clear();
            }
        }
        return;
    case 'J': // erase in display: only the current line can be erased in a transcript
        if (first == 0 || first == 2 || first == 3) {
            m_line.truncate(first == 0 ? m_cursor : 0);
            m_lineAttributes.resize(m_line.size());
            if (first != 0)
                m_cursor = 0;
        }
        return;
    case 'H':
    case 'f': // cursor to a position (home, as `clear` sends): a fresh line, history kept
        if (!m_line.isEmpty())
            newline();
        m_cursor = params.size() >= 2 ? qMin(qMax(1, params.at(1)) - 1, kMaxColumn) : 0;
        return;
    default:
        return; // rows up and down, scrolling regions, reports: not part of a transcript
    }
}

void Decoder::selectGraphicRendition(const QList<int> &params)
{
    if (params.isEmpty()) {
        m_pen = Attributes{};
        return;
    }
    for (qsizetype i = 0; i < params.size(); ++i) {
        const int p = params.at(i);
        if (p == 0) {
            m_pen = Attributes{};
        } else if (p == 1) {
            m_pen.flags |= Attributes::Bold;
        } else if (p == 2) {
            m_pen.flags |= Attributes::Faint;
        } else if (p == 3) {
            m_pen.flags |= Attributes::Italic;
        } else if (p == 4) {
            m_pen.flags |= Attributes::Underline;
        } else if (p == 7) {
            m_pen.flags |= Attributes::Reverse;
        } else if (p == 22) {
            m_pen.flags &= quint8(~(Attributes::Bold | Attributes::Faint));
        } else if (p == 23) {
            m_pen.flags &= quint8(~Attributes::Italic);
        } else if (p == 24) {
            m_pen.flags &= quint8(~Attributes::Underline);
        } else if (p == 27) {
            m_pen.flags &= quint8(~Attributes::Reverse);
        } else if ((p >= 30 && p <= 37) || (p >= 90 && p <= 97)) {
            m_pen.foreground = quint32(p >= 90 ? p - 90 + 8 : p - 30);
        } else if ((p >= 40 && p <= 47) || (p >= 100 && p <= 107)) {
            m_pen.background = quint32(p >= 100 ? p - 100 + 8 : p - 40);
        } else if (p == 39) {
            m_pen.foreground = Attributes::kDefault;
        } else if (p == 49) {
            m_pen.background = Attributes::kDefault;
        } else if (p == 38 || p == 48) {
            // 38;5;N (256 colours) or 38;2;R;G;B (true colour)
            quint32 colour = Attributes::kDefault;
            const int mode = int(params.value(i + 1, -1));
            if (mode == 5 && i + 2 < params.size()) {
                colour = quint32(qMin(params.at(i + 2), 255));
                i += 2;
            } else if (mode == 2 && i + 4 < params.size()) {
                colour = Attributes::kRgb | (quint32(qMin(params.at(i + 2), 255)) << 16) | (quint32(qMin(params.at(i + 3), 255)) << 8)
                         | quint32(qMin(params.at(i + 4), 255));
                i += 4;
            } else {
                return; // malformed: ignore the rest of the sequence
            }
            (p == 38 ? m_pen.foreground : m_pen.background) = colour;
        }
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
