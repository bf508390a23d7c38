// SPDX-License-Identifier: GPL-3.0-or-later
// Turns what a serial console sends into a terminal transcript for a widget: text with colours and
// styles (SGR: 16, 256 and true colours, bold, faint, italic, underline, reverse), CR LF and lone
// CR, backspace, and the line-editing sequences shells and busybox use (cursor left/right/column,
// erase in line and below). A transcript keeps everything printed: sequences that move to other
// rows cannot rewrite history, so "cursor home" (as `clear` sends) starts a fresh line instead.
// The one reader of console bytes: incremental, so a UTF-8 character or an escape sequence cut in
// two by a read comes out whole, and each read costs only its own bytes and the current line.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace vman::terminal {

struct Attributes
{
    static constexpr quint32 kDefault = 0xffffffffu;
    static constexpr quint32 kRgb = 0x01000000u; // | 0xRRGGBB; below it, an index into the 256-colour palette
    enum Flag : quint8 { Bold = 1, Faint = 2, Italic = 4, Underline = 8, Reverse = 16 };

    quint32 foreground = kDefault;
    quint32 background = kDefault;
    quint8 flags = 0;

    bool operator==(const Attributes &other) const
    {
        return foreground == other.foreground && background == other.background && flags == other.flags;
    }
    bool operator!=(const Attributes &other) const { return !(*this == other); }
};

// A stretch of text drawn the same way.
struct Run
{
    int length = 0;
    Attributes attributes;
};

class Decoder final
{
public:
    // How to bring a widget's text up to date after one read: remove `erase` characters from the
    // end (the current line as it was shown), then append `append`, drawn as `runs` say (their
    // lengths add up to its length).
    struct Edit
    {
        int erase = 0;
        QString append;
        QList<Run> runs;
    };

    Edit feed(const QByteArray &bytes);

    static constexpr int kMaxEscape = 256;   // longer "sequences" are dropped, not buffered
    static constexpr int kMaxColumn = 4096;  // cursor movements beyond this column are clamped

private:
    enum class Escape { None, Start, Csi, Osc, OscEsc, Charset };
    void put(QChar c);
    void newline();
    void csi(QChar final);
    void selectGraphicRendition(const QList<int> &params);
    void appendRuns(QList<Run> *runs, const QList<Attributes> &attributes, qsizetype from = 0) const;

    QByteArray m_partialUtf8; // the start of a character the last read cut off
    Escape m_escape = Escape::None;
    int m_escapeLength = 0;
    QString m_params;         // of the CSI sequence being read
    Attributes m_pen;         // what new text is drawn with
    QString m_line;           // the current line (after the last newline)
    QList<Attributes> m_lineAttributes; // one per character of m_line
    int m_cursor = 0;         // within m_line (may be past its end after a cursor movement)
    QString m_done;           // lines completed during this feed
    QList<Run> m_doneRuns;
};

// The text of `bytes` as a fresh terminal shows it.
QString clean(const QByteArray &bytes);

// The tail of a console log as read with a size limit: when the limit cut it (`tail` is as long
// as asked), it starts in the middle of a line, perhaps inside an escape sequence; that partial
// first line is left out, so no "[1;34m" shows.
QByteArray fromFirstWholeLine(const QByteArray &tail, qint64 limit);

} // namespace vman::terminal
