// SPDX-License-Identifier: GPL-3.0-or-later
// A `.env` file: parsed, then loaded as configuration (every value validated).
#include "Config.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList problems;
    vman::ConfigLoader::Inputs inputs;
    inputs.dotEnv = vman::ConfigLoader::parseDotEnv(text, &problems);
    inputs.userDataDir = QStringLiteral("/tmp/vman-fuzz");
    vman::ConfigError error;
    (void)vman::ConfigLoader::load(inputs, nullptr, &error);
    return 0;
}
