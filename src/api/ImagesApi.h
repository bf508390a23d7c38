// SPDX-License-Identifier: GPL-3.0-or-later
// /images: the image library (import from a host path, download from a URL, delete).
#pragma once

#include "ApiContext.h"

namespace vman {

class ImagesApi final
{
public:
    explicit ImagesApi(ApiContext &context) : m_context(context) {}
    void registerRoutes(Router &router);

private:
    void list(ApiCall &call);
    void catalog(ApiCall &call);
    void create(ApiCall &call);
    void get(ApiCall &call);
    void remove(ApiCall &call);
    void sendCreated(HttpReply &reply, const Image &image);

    ApiContext &m_context;
};

} // namespace vman
