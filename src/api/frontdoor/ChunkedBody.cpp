// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChunkedBody.h"

namespace vman::frontdoor {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool ChunkedBody::takeLine(QByteArray &input, QByteArray *line, Result *error)
{
    const qsizetype lf = input.indexOf('\n');
    if (lf < 0) {
        if (input.size() > kMaxLine)
            *error = Result::Malformed;
        return false;
    }
    if (lf > kMaxLine || lf == 0 || input.at(lf - 1) != '\r') {
        *error = Result::Malformed;
        return false;
    }
    *line = input.left(lf - 1);
    input.remove(0, lf + 1);
    return true;
}

ChunkedBody::Result ChunkedBody::feed(QByteArray &input)
{
    for (;;) {
        Result error = Result::NeedMore;
        switch (m_state) {
        case State::Size: {
            QByteArray line;
            if (!takeLine(input, &line, &error))
                return error;
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray digits = semicolon < 0 ? line : line.left(semicolon);
            if (digits.isEmpty() || digits.size() > 15) // 15 hex digits cannot overflow a qint64
                return Result::Malformed;
            qint64 size = 0;
            for (char c : digits) {
                const int v = hexValue(c);
                if (v < 0)
                    return Result::Malformed;
                size = size * 16 + v;
            }
            if (size > m_maxBody - m_body.size())
                return Result::TooLarge;
            m_chunkLeft = size;
            m_state = size == 0 ? State::Trailer : State::Data;
            break;
        }
        case State::Data: {
            const qsizetype take = qMin<qint64>(m_chunkLeft, input.size());
            m_body.append(input.constData(), take);
            input.remove(0, take);
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return Result::NeedMore;
            m_state = State::DataEnd;
            break;
        }
        case State::DataEnd:
            if (input.size() < 2)
                return Result::NeedMore;
            if (input.at(0) != '\r' || input.at(1) != '\n')
                return Result::Malformed;
            input.remove(0, 2);
            m_state = State::Size;
            break;
        case State::Trailer: {
            QByteArray line;
            if (!takeLine(input, &line, &error))
                return error;
            if (line.isEmpty()) {
                m_state = State::Done;
                return Result::Complete;
            }
            m_trailerBytes += line.size();
            if (m_trailerBytes > kMaxTrailerBytes || line.indexOf(':') <= 0)
                return Result::Malformed;
            break;
        }
        case State::Done:
            return Result::Complete;
        }
    }
}

} // namespace vman::frontdoor
