// SPDX-License-Identifier: GPL-3.0-or-later
// /vms: virtual machines and their lifecycle actions.
#pragma once

#include "ApiContext.h"
#include "VmOperator.h"
#include "VmService.h"

#include <memory>

namespace vman {

class RequestInput;

class VmsApi final
{
public:
    explicit VmsApi(ApiContext &context) : m_context(context) {}
    void registerRoutes(Router &router);

    // The VM spec of a POST /vms body; type errors are added to `input` (fuzzed on its own).
    static VmSpec readVmSpec(RequestInput &input);
    // The change of a PATCH /vms/{id} body (a JSON merge patch onto `vm`).
    static VmPatch readVmPatch(RequestInput &input, const Vm &vm);
    static std::optional<QList<PortSpec>> readPorts(RequestInput &input);

private:
    void list(ApiCall &call);
    void create(ApiCall &call);
    void get(ApiCall &call);
    void remove(ApiCall &call);
    void update(ApiCall &call);
    void clone(ApiCall &call);
    void start(ApiCall &call);
    void stop(ApiCall &call);
    void restart(ApiCall &call);
    void screenshot(ApiCall &call);
    void exportVm(ApiCall &call);
    void console(ApiCall &call);
    void insertCdrom(ApiCall &call);
    void ejectCdrom(ApiCall &call);

    std::optional<StopOptions> stopOptions(ApiCall &call, std::shared_ptr<RequestInput> *input);
    // Answers with the VM once its guest is ready; 504 with what was seen after `timeoutMs` (the
    // rest of the `askedSeconds` the client gave, which the answer names), 409
    // if the VM stops first.
    void answerWhenReady(ReplyPtr reply, const QString &id, int timeoutMs, int askedSeconds);
    void pauseOrResume(ApiCall &call, bool pause);

    ApiContext &m_context;
    QObject m_waiters; // parent of the requests waiting for a guest to be ready
};

} // namespace vman
