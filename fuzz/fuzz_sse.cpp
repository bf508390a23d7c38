// SPDX-License-Identifier: GPL-3.0-or-later
// A remote VMAN's event stream, read whole and in pieces of varying size: both readings must give
// the same events, ids and comments, and nothing may exceed the reader's bounds.
#include "SseReader.h"

#include <cstdint>
#include <cstdlib>

namespace {

struct Reading
{
    QList<vman::client::SseEvent> events;
    QList<QByteArray> comments;
    QByteArray lastId;
    bool failed = false;
};

Reading read(const QByteArray &bytes, bool inPieces)
{
    vman::client::SseReader reader;
    Reading result;
    qsizetype at = 0;
    qsizetype step = inPieces ? 1 : bytes.size();
    while (at < bytes.size() && !reader.failed()) {
        result.events += reader.feed(bytes.mid(at, step));
        result.comments += reader.takeComments();
        at += step;
        if (inPieces)
            step = step * 7 % 61 + 1;
    }
    result.lastId = reader.lastEventId();
    result.failed = reader.failed();
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Reading whole = read(bytes, false);
    const Reading pieces = read(bytes, true);
    for (const auto &event : whole.events) {
        if (event.data.size() > vman::client::SseReader::kMaxEvent || event.type.isEmpty())
            std::abort();
    }
    if (whole.failed != pieces.failed)
        std::abort();
    if (!whole.failed) {
        // Comments are kept 16 at a time: compare only when none were dropped.
        if (whole.events.size() != pieces.events.size() || whole.lastId != pieces.lastId)
            std::abort();
        for (qsizetype i = 0; i < whole.events.size(); ++i) {
            const auto &a = whole.events.at(i);
            const auto &b = pieces.events.at(i);
            if (a.id != b.id || a.type != b.type || a.data != b.data)
                std::abort();
        }
        if (whole.comments.size() < vman::client::SseReader::kMaxComments && whole.comments != pieces.comments)
            std::abort();
    }
    return 0;
}
