// SPDX-License-Identifier: GPL-3.0-or-later
// A request body as the API reads it: JSON parsing, the typed field readers and the VM spec with
// its port list, the PATCH reading (a merge patch), then the core's rules on what came out.
#include "RequestInput.h"
#include "Validation.h"
#include "cloudinit/CloudInitRules.h"
#include "VmsApi.h"

#include <cstdint>

using namespace vman;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    RequestInput::Rejection rejection;
    auto input = RequestInput::parse(QUrl(QStringLiteral("/vms?force=true&tail=10")), body, "application/json",
                                     RequestInput::Body::Required, &rejection);
    if (!input)
        return 0;
    const VmSpec spec = VmsApi::readVmSpec(*input);
    (void)rules::checkName(QStringLiteral("name"), spec.name.value_or(QString()));
    for (const PortSpec &port : spec.ports) {
        (void)rules::checkIpv4(QStringLiteral("host_address"), port.hostAddress);
        (void)rules::checkProtocol(QStringLiteral("protocol"), port.protocol);
        (void)rules::checkRange(QStringLiteral("host"), port.host, rules::kPortMin, rules::kPortMax);
    }
    // The same body as a PATCH: a merge patch onto a VM with cloud-init settings (the merge of
    // cloud_init members, nulls, unknown and fixed members).
    {
        auto patchInput = RequestInput::parse(QUrl(QStringLiteral("/vms/x")), body, "application/json", RequestInput::Body::Required, &rejection);
        Vm vm;
        vm.name = QStringLiteral("vm");
        CloudInit settings;
        settings.hostname = QStringLiteral("box");
        settings.sshAuthorizedKeys = {QStringLiteral("ssh-ed25519 AAAA")};
        vm.cloudInit = settings;
        const VmPatch patch = VmsApi::readVmPatch(*patchInput, vm);
        if (!patchInput->hasErrors() && patch.cloudInit && *patch.cloudInit)
            (void)rules::checkCloudInit(QStringLiteral("cloud_init"), **patch.cloudInit);
    }
    (void)input->integer(QStringLiteral("cpu_count"), false);
    (void)input->integer(QStringLiteral("size"), false);
    (void)input->boolean(QStringLiteral("force"), false);
    (void)input->queryBool(QStringLiteral("force"), false);
    (void)rules::echo(spec.templateName);
    return 0;
}
