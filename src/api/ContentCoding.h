// SPDX-License-Identifier: GPL-3.0-or-later
// gzip for large answers (RFC 9110 8.4): a client that says `Accept-Encoding: gzip` (Qt's
// QNetworkAccessManager, browsers, `curl --compressed`) gets `GET /vms` of 1000 VMs in about a
// tenth of its bytes, which matters on a real network and over TLS, where every byte is encrypted.
#pragma once

#include <QByteArray>

namespace vman::api {

// Whether the Accept-Encoding value accepts gzip: listed (or `x-gzip`, or `*` without gzip
// refused) with a weight above zero. The one reader of that header (fuzzed).
bool acceptsGzip(const QByteArray &acceptEncoding);

// Whether an answer of this type and size is worth compressing (text and JSON of 8 KiB or more).
bool worthCompressing(const QByteArray &contentType, qsizetype size);

// `body` as a gzip member. The last few compressed bodies are kept with the body they came from:
// a cached answer (the lists, the contract, Swagger UI) is the same shared buffer each time, so it
// is compressed once per change, not once per request. Empty if zlib failed.
QByteArray gzipped(const QByteArray &body);

} // namespace vman::api
