// SPDX-License-Identifier: GPL-3.0-or-later
// The cloud-init input a client sends (the `cloud_init` object of POST /vms), through the same
// steps as the API and the service: JSON type checks, the rules (OpenSSH keys, host names, YAML,
// sizes), and for accepted settings the seed files and the ISO written by libisofs. The first
// byte also picks the key reader or the YAML check alone on the raw text.
#include "Types.h"
#include "cloudinit/CloudInitJson.h"
#include "cloudinit/CloudInitRules.h"
#include "cloudinit/NoCloudSeed.h"
#include "cloudinit/SeedImage.h"
#include "cloudinit/SshPublicKey.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: {
        QString why;
        const auto key = vman::cloudinit::parseSshPublicKey(QString::fromUtf8(bytes), &why);
        if (key && (key->blob.isEmpty() || !vman::cloudinit::isKnownKeyType(key->type)))
            std::abort();
        if (!key && why.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    case 1:
        (void)vman::rules::yamlProblem(QString::fromUtf8(bytes), true);
        return 0;
    default:
        break;
    }
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    QList<vman::FieldError> errors;
    const auto settings = vman::cloudinit::fromJson(object, QStringLiteral("cloud_init"), &errors);
    if (!settings) {
        if (errors.isEmpty())
            std::abort();
        return 0;
    }
    if (!vman::rules::checkCloudInit(QStringLiteral("cloud_init"), *settings).isEmpty())
        return 0;
    // Accepted settings always make a seed.
    vman::Vm vm;
    vm.id = QStringLiteral("3f2c6a1e-0000-4000-8000-000000000001");
    vm.name = QStringLiteral("fuzz");
    vm.cloudInit = settings;
    const QList<vman::cloudinit::SeedFile> files = vman::cloudinit::seedFiles(vm);
    if (files.size() < 2 || !vman::rules::yamlProblem(QString::fromUtf8(files.first().content), true).isEmpty())
        std::abort(); // the meta-data VMAN writes is always a YAML mapping
    if (data[0] % 4 == 3) {
        const auto image = vman::cloudinit::isoImage(QStringLiteral("cidata"), files);
        if (!image.ok() || image.value().size() % 2048 != 0)
            std::abort();
    }
    return 0;
}
