// SPDX-License-Identifier: GPL-3.0-or-later
// The router and query parsing on arbitrary request targets: "<method> <target>".
#include "RequestInput.h"
#include "Router.h"

#include <cstdint>
#include <cstdlib>

using namespace vman;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Router router = [] {
        Router r;
        for (const char *path : {"/templates", "/templates/{name}", "/vms", "/vms/{vm_id}", "/vms/{vm_id}/actions/start",
                                 "/vms/{vm_id}/screenshot", "/disks/{disk_id}/attach", "/docs/{asset}", "/events"}) {
            r.add("GET", QString::fromLatin1(path), [](ApiCall &) {});
            r.add("POST", QString::fromLatin1(path), [](ApiCall &) {});
        }
        return r;
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype space = bytes.indexOf(' ');
    const QByteArray method = space < 0 ? QByteArray("GET") : bytes.left(space);
    const QByteArray target = space < 0 ? bytes : bytes.mid(space + 1);
    const QUrl url(QString::fromLatin1(target));
    const Router::Match match = router.match(method, url.path(QUrl::FullyEncoded));
    for (const QString &value : match.params) {
        if (value.isEmpty())
            std::abort(); // a captured segment is never empty
    }
    RequestInput::Rejection rejection;
    if (auto input = RequestInput::parse(url, QByteArray(), QByteArray(), RequestInput::Body::None, &rejection)) {
        (void)input->queryString(QStringLiteral("state"));
        (void)input->queryBool(QStringLiteral("force"), false);
    }
    return 0;
}
