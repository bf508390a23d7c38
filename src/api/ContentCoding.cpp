// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentCoding.h"

#include <QList>

#include <zlib.h>

namespace vman::api {

namespace {

constexpr qsizetype kMinCompressedSize = 8 * 1024;
constexpr int kKeptBodies = 8;

// A weight ("q=0.5"): 0 to 1000, or -1 when it is no valid qvalue (RFC 9110 12.4.2).
int weight(const QByteArray &parameters)
{
    for (const QByteArray &parameter : parameters.split(';')) {
        const QByteArray p = parameter.trimmed().toLower();
        if (!p.startsWith("q="))
            continue;
        const QByteArray value = p.mid(2);
        bool ok = false;
        const double q = value.toDouble(&ok);
        if (!ok || value.size() > 5 || q < 0.0 || q > 1.0)
            return -1;
        return int(q * 1000.0 + 0.5);
    }
    return 1000;
}

struct Kept
{
    QByteArray body;       // shares the answer's buffer, so its address is not reused while kept
    QByteArray compressed;
};

} // namespace

bool acceptsGzip(const QByteArray &acceptEncoding)
{
    int gzip = -1; // not named
    int any = -1;
    // A hostile header is bounded by the front door's head limits; codings past 64 are not read.
    const QList<QByteArray> codings = acceptEncoding.split(',');
    for (qsizetype i = 0; i < codings.size() && i < 64; ++i) {
        const QByteArray &item = codings.at(i);
        const qsizetype semicolon = item.indexOf(';');
        const QByteArray coding = (semicolon < 0 ? item : item.left(semicolon)).trimmed().toLower();
        const int q = semicolon < 0 ? 1000 : weight(item.mid(semicolon + 1));
        if (q < 0)
            continue;
        if (coding == "gzip" || coding == "x-gzip")
            gzip = qMax(gzip, q);
        else if (coding == "*")
            any = qMax(any, q);
    }
    return gzip >= 0 ? gzip > 0 : any > 0;
}

bool worthCompressing(const QByteArray &contentType, qsizetype size)
{
    if (size < kMinCompressedSize)
        return false;
    const QByteArray type = contentType.toLower();
    return type.startsWith("application/json") || type.startsWith("text/") || type.startsWith("application/javascript")
           || type.startsWith("application/yaml") || type.startsWith("image/svg+xml");
}

QByteArray gzipped(const QByteArray &body)
{
    // Per thread (the API serves from one); the few bodies kept are those asked for again and again.
    thread_local QList<Kept> kept;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (kept.at(i).body.constData() == body.constData() && kept.at(i).body.size() == body.size()) {
            if (i > 0)
                kept.move(i, 0);
            return kept.first().compressed;
        }
    }
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer around the deflate data. Level 1: JSON still
    // shrinks about tenfold, at several times the speed of the default level.
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray out(qsizetype(deflateBound(&stream, uLong(body.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return QByteArray();
    out.truncate(written);
    // Only bodies that live on (a cache's) are worth keeping; keeping a one-off costs a little memory.
    kept.prepend({body, out});
    if (kept.size() > kKeptBodies)
        kept.removeLast();
    return out;
}

} // namespace vman::api
