// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmsApi.h"

#include <QRegularExpression>

#include "ListBodies.h"
#include "RequestInput.h"
#include "Validation.h"
#include "cloudinit/CloudInitJson.h"
#include "VmService.h"
#include "guest/GuestWatch.h"

#include <QElapsedTimer>
#include <QTimer>

namespace vman {

namespace {
// Long enough for a graceful stop with the largest allowed timeout, then a start.
constexpr int kLifecycleReplyTimeoutMs = (int(rules::kStopTimeoutMax) + 120) * 1000;
constexpr qint64 kDefaultReadyTimeoutSeconds = 120;
constexpr qint64 kMaxReadyTimeoutSeconds = 3600;
} // namespace

void VmsApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/vms"), [this](ApiCall &call) { list(call); });
    router.add("POST", QStringLiteral("/vms"), [this](ApiCall &call) { create(call); });
    router.add("GET", QStringLiteral("/vms/{vm_id}"), [this](ApiCall &call) { get(call); });
    router.add("DELETE", QStringLiteral("/vms/{vm_id}"), [this](ApiCall &call) { remove(call); });
    router.add("PATCH", QStringLiteral("/vms/{vm_id}"), [this](ApiCall &call) { update(call); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/clone"), [this](ApiCall &call) { clone(call); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/actions/start"), [this](ApiCall &call) { start(call); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/actions/stop"), [this](ApiCall &call) { stop(call); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/actions/restart"), [this](ApiCall &call) { restart(call); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/actions/pause"), [this](ApiCall &call) { pauseOrResume(call, true); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/actions/resume"), [this](ApiCall &call) { pauseOrResume(call, false); });
    router.add("GET", QStringLiteral("/vms/{vm_id}/screenshot"), [this](ApiCall &call) { screenshot(call); });
    router.add("GET", QStringLiteral("/vms/{vm_id}/export"), [this](ApiCall &call) { exportVm(call); });
    router.add("GET", QStringLiteral("/vms/{vm_id}/console"), [this](ApiCall &call) { console(call); });
    router.add("POST", QStringLiteral("/vms/{vm_id}/cdrom"), [this](ApiCall &call) { insertCdrom(call); });
    router.add("DELETE", QStringLiteral("/vms/{vm_id}/cdrom"), [this](ApiCall &call) { ejectCdrom(call); });
}

void VmsApi::list(ApiCall &call)
{
    auto input = RequestInput::read(call.request, RequestInput::Body::None, *call.reply);
    if (!input)
        return;
    const QString filter = input->queryString(QStringLiteral("state")).value_or(QString());
    if (!filter.isEmpty() && !vmStateFromString(filter)) {
        input->addError({QStringLiteral("query"), QStringLiteral("state")},
                        QStringLiteral("Input should be %1").arg(allVmStateNames().join(QLatin1String(", "))),
                        QStringLiteral("enum"));
        return call.reply->sendValidationErrors(input->errors());
    }
    call.reply->send(200, api::vmsBody(m_context, filter), QByteArrayLiteral("application/json"));
}

std::optional<QList<PortSpec>> VmsApi::readPorts(RequestInput &input)
{
    const auto ports = input.array(QStringLiteral("ports"), false);
    if (!ports)
        return std::nullopt;
    QList<PortSpec> list;
    if (ports->size() > rules::kPortsMax) {
        // The count first: a megabyte of port objects would otherwise be checked (and reported) one by one.
        input.addFieldErrors({*rules::checkCount(QStringLiteral("ports"), ports->size(), rules::kPortsMax)});
    } else {
        for (int i = 0; i < ports->size(); ++i) {
            const QJsonArray at{QStringLiteral("body"), QStringLiteral("ports"), i};
            if (!ports->at(i).isObject()) {
                input.addErrorAt(at, QStringLiteral("Input should be a valid dictionary"), QStringLiteral("dict_type"), ports->at(i));
                continue;
            }
            const QJsonObject item = ports->at(i).toObject();
            PortSpec port;
            auto field = [&](const char *name) {
                QJsonArray loc = at;
                loc.append(QLatin1String(name));
                return loc;
            };
            if (!item.contains(QLatin1String("host")) || !item.contains(QLatin1String("guest"))) {
                for (const char *name : {"host", "guest"}) {
                    if (!item.contains(QLatin1String(name)))
                        input.addErrorAt(field(name), QStringLiteral("Field required"), QStringLiteral("missing"));
                }
                continue;
            }
            port.host = input.integerAt(item.value(QLatin1String("host")), field("host")).value_or(0);
            port.guest = input.integerAt(item.value(QLatin1String("guest")), field("guest")).value_or(0);
            if (item.contains(QLatin1String("protocol")))
                port.protocol = input.stringAt(item.value(QLatin1String("protocol")), field("protocol")).value_or(QString());
            if (item.contains(QLatin1String("host_address")))
                port.hostAddress = input.stringAt(item.value(QLatin1String("host_address")), field("host_address")).value_or(QString());
            list.append(port);
        }
    }
    return list;
}

VmSpec VmsApi::readVmSpec(RequestInput &input)
{
    VmSpec spec;
    spec.templateName = input.string(QStringLiteral("template_name"), true).value_or(QString());
    spec.name = input.string(QStringLiteral("name"), false);
    spec.image = input.isNull(QStringLiteral("image")) ? std::optional<QString>(QString()) : input.string(QStringLiteral("image"), false);
    spec.diskSize = input.integer(QStringLiteral("disk_size"), false);
    spec.cdrom = input.string(QStringLiteral("cdrom"), false);
    spec.boot = input.stringList(QStringLiteral("boot"), false);
    spec.firmware = input.string(QStringLiteral("firmware"), false);
    spec.cloudInit = api::readCloudInit(input);
    spec.readyMarker = input.string(QStringLiteral("ready_marker"), false);
    if (auto ports = readPorts(input))
        spec.ports = *ports;
    return spec;
}

VmPatch VmsApi::readVmPatch(RequestInput &input, const Vm &vm)
{
    input.rejectOtherMembers({QStringLiteral("name"), QStringLiteral("cpu_count"), QStringLiteral("ram_amount"), QStringLiteral("ports"),
                              QStringLiteral("boot"), QStringLiteral("cdrom"), QStringLiteral("disk_size"), QStringLiteral("cloud_init"),
                              QStringLiteral("ready_marker")},
                             {QStringLiteral("id"), QStringLiteral("template_name"), QStringLiteral("image"), QStringLiteral("firmware"),
                              QStringLiteral("state"), QStringLiteral("created_at"), QStringLiteral("updated_at")});
    // JSON merge patch (RFC 7396): an absent member stays, null resets it to its default.
    VmPatch patch;
    patch.name = input.string(QStringLiteral("name"), false);
    if (input.isNull(QStringLiteral("name")))
        input.addError({QStringLiteral("body"), QStringLiteral("name")}, QStringLiteral("Input should be a valid string"), QStringLiteral("string_type"));
    auto sizeField = [&input](const QString &field) -> std::optional<std::optional<qint64>> {
        if (input.isNull(field))
            return std::optional<qint64>(); // the template's again
        if (auto value = input.integer(field, false))
            return std::optional<qint64>(*value);
        return std::nullopt;
    };
    patch.cpuCount = sizeField(QStringLiteral("cpu_count"));
    patch.ramAmount = sizeField(QStringLiteral("ram_amount"));
    if (input.isNull(QStringLiteral("ports")))
        patch.ports = QList<PortSpec>();
    else
        patch.ports = readPorts(input);
    if (input.isNull(QStringLiteral("boot")))
        patch.boot = std::optional<QStringList>();
    else if (auto boot = input.stringList(QStringLiteral("boot"), false))
        patch.boot = std::optional<QStringList>(*boot);
    if (input.isNull(QStringLiteral("cdrom")))
        patch.cdrom = QString();
    else
        patch.cdrom = input.string(QStringLiteral("cdrom"), false);
    patch.diskSize = input.integer(QStringLiteral("disk_size"), false);
    if (input.isNull(QStringLiteral("disk_size")))
        input.addError({QStringLiteral("body"), QStringLiteral("disk_size")}, QStringLiteral("Input should be a valid integer"), QStringLiteral("int_type"));
    if (input.isNull(QStringLiteral("ready_marker")))
        patch.readyMarker = QString();
    else
        patch.readyMarker = input.string(QStringLiteral("ready_marker"), false);
    if (input.isNull(QStringLiteral("cloud_init"))) {
        patch.cloudInit = std::optional<CloudInit>();
    } else if (const auto changes = input.object(QStringLiteral("cloud_init"), false)) {
        // Merged into the VM's settings member by member (a null member removes it).
        QJsonObject merged = vm.cloudInit ? cloudinit::toJson(*vm.cloudInit) : QJsonObject();
        for (auto it = changes->constBegin(); it != changes->constEnd(); ++it) {
            if (it->isNull())
                merged.remove(it.key());
            else
                merged.insert(it.key(), *it);
        }
        QList<FieldError> errors;
        const auto settings = cloudinit::fromJson(merged, QStringLiteral("cloud_init"), &errors);
        input.addFieldErrors(errors);
        if (errors.isEmpty())
            patch.cloudInit = settings;
    }
    return patch;
}

void VmsApi::update(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    const auto vm = m_context.service.findVm(*id);
    if (!vm)
        return call.reply->sendError(404, QStringLiteral("VM '%1' not found").arg(*id));
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    const VmPatch patch = readVmPatch(*input, *vm);
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    ReplyPtr reply = call.reply;
    reply->armTimeout(kLifecycleReplyTimeoutMs);
    m_context.service.updateVm(*id, patch, api::vmAnswer(m_context, reply, std::make_shared<RequestInput>(std::move(*input))));
}

void VmsApi::clone(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::Optional, *call.reply);
    if (!input)
        return;
    input->rejectOtherMembers({QStringLiteral("name"), QStringLiteral("mode"), QStringLiteral("with_disks")});
    CloneSpec spec;
    spec.name = input->string(QStringLiteral("name"), false);
    const QString mode = input->string(QStringLiteral("mode"), false).value_or(QStringLiteral("full"));
    if (mode != QLatin1String("full") && mode != QLatin1String("linked"))
        input->addError({QStringLiteral("body"), QStringLiteral("mode")}, QStringLiteral("Input should be 'full' or 'linked'"), QStringLiteral("enum"));
    spec.linked = mode == QLatin1String("linked");
    spec.withDisks = input->boolean(QStringLiteral("with_disks"), false).value_or(false);
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    const Result<Vm> clone = m_context.service.cloneVm(*id, spec);
    if (!clone.ok())
        return api::sendServiceError(*call.reply, clone.error(), &*input);
    // Accepted: the copy goes on in the background (vm.clone_progress, then vm.cloned or
    // vm.clone_failed); the VM exists from now on.
    call.reply->sendJson(202, api::vmJson(m_context, clone.value().id), {{"Location", "/vms/" + clone.value().id.toLatin1()}});
}

void VmsApi::create(ApiCall &call)
{
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    const VmSpec spec = readVmSpec(*input);
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    const Result<Vm> created = m_context.service.createVm(spec);
    if (!created.ok())
        return api::sendServiceError(*call.reply, created.error(), &*input);
    const QString id = created.value().id;
    call.reply->sendJson(201, api::vmJson(m_context, id), {{"Location", "/vms/" + id.toLatin1()}});
}

void VmsApi::get(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    if (!m_context.service.findVm(*id))
        return call.reply->sendError(404, QStringLiteral("VM '%1' not found").arg(*id));
    call.reply->sendJson(200, api::vmJson(m_context, *id));
}

void VmsApi::remove(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::None, *call.reply);
    if (!input)
        return;
    const auto force = input->queryBool(QStringLiteral("force"), false);
    if (!force)
        return call.reply->sendValidationErrors(input->errors());
    ReplyPtr reply = call.reply;
    reply->armTimeout(kLifecycleReplyTimeoutMs);
    m_context.service.deleteVm(*id, *force, api::noContentAnswer(reply));
}

void VmsApi::start(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::Optional, *call.reply);
    if (!input)
        return;
    // ?wait=ready[&timeout=SECONDS]: answer once the guest is ready (agent, SSH or marker).
    const QString wait = input->queryString(QStringLiteral("wait")).value_or(QString());
    if (!wait.isEmpty() && wait != QLatin1String("ready"))
        input->addError({QStringLiteral("query"), QStringLiteral("wait")}, QStringLiteral("Input should be 'ready'"), QStringLiteral("enum"));
    qint64 timeout = kDefaultReadyTimeoutSeconds;
    if (const auto text = input->queryString(QStringLiteral("timeout"))) {
        bool ok = false;
        timeout = text->toLongLong(&ok);
        if (!ok) {
            input->addError({QStringLiteral("query"), QStringLiteral("timeout")}, QStringLiteral("Input should be a valid integer"), QStringLiteral("int_parsing"));
        } else if (auto e = rules::checkRange(QStringLiteral("timeout"), timeout, 1, kMaxReadyTimeoutSeconds)) {
            input->addFieldErrors({*e}, QStringLiteral("query"));
        }
    }
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    ReplyPtr reply = call.reply;
    reply->armTimeout(kLifecycleReplyTimeoutMs);
    if (wait.isEmpty())
        return m_context.service.startVm(*id, api::vmAnswer(m_context, reply, nullptr));
    const int timeoutMs = int(timeout * 1000);
    QElapsedTimer clock;
    clock.start();
    m_context.service.startVm(*id, [this, reply, timeoutMs, clock](Result<Vm> started) {
        if (!started.ok())
            return api::sendServiceError(*reply, started.error());
        answerWhenReady(reply, started.value().id, int(qMax<qint64>(1, timeoutMs - clock.elapsed())), timeoutMs / 1000);
    });
}

void VmsApi::pauseOrResume(ApiCall &call, bool pause)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(kLifecycleReplyTimeoutMs);
    if (pause)
        m_context.service.pauseVm(*id, api::vmAnswer(m_context, reply, nullptr));
    else
        m_context.service.resumeVm(*id, api::vmAnswer(m_context, reply, nullptr));
}

void VmsApi::answerWhenReady(ReplyPtr reply, const QString &id, int timeoutMs, int askedSeconds)
{
    const auto vm = m_context.service.findVm(id);
    if (vm && vm->ready)
        return reply->sendJson(200, api::vmJson(m_context, id));
    // One small object per waiting request: its connections and timer go with it.
    auto *waiter = new QObject(&m_waiters);
    auto answer = [this, reply, waiter, id](int status, const QString &detail) {
        waiter->deleteLater();
        QObject::disconnect(waiter, nullptr, nullptr, nullptr);
        if (reply->answered())
            return;
        if (status == 200)
            return reply->sendJson(200, api::vmJson(m_context, id));
        reply->sendError(status, detail);
    };
    QObject::connect(&m_context.service, &VmService::vmUpdated, waiter, [answer, id](const Vm &updated) {
        if (updated.id != id)
            return;
        if (updated.ready)
            return answer(200, QString());
        if (updated.state != VmState::Running && updated.state != VmState::Paused)
            answer(409, QStringLiteral("VM '%1' became %2 before it was ready%3")
                            .arg(updated.name, nameOf(updated.state), updated.stateDetail.isEmpty() ? QString() : QLatin1String(": ") + updated.stateDetail));
    });
    QObject::connect(&m_context.service, &VmService::vmDeleted, waiter, [answer, id](const QString &deleted) {
        if (deleted == id)
            answer(409, QStringLiteral("VM '%1' was deleted before it was ready").arg(id));
    });
    QTimer::singleShot(timeoutMs, Qt::PreciseTimer, waiter, [this, answer, id, askedSeconds] {
        const auto vm = m_context.service.findVm(id);
        answer(504, QStringLiteral("VM '%1' runs but was not ready within %2 s. Seen: %3")
                        .arg(vm ? vm->name : id)
                        .arg(askedSeconds) // what the client asked for (the start itself took part of it)
                        .arg(m_context.guestWatch.progress(id)));
    });
}

// Answers a lifecycle action with the VM as it is now, or with the service's error.
// The optional body of stop and restart: {"force": bool, "timeout": seconds}.
std::optional<StopOptions> VmsApi::stopOptions(ApiCall &call, std::shared_ptr<RequestInput> *input)
{
    auto read = RequestInput::read(call.request, RequestInput::Body::Optional, *call.reply);
    if (!read)
        return std::nullopt;
    StopOptions options;
    const auto force = read->boolean(QStringLiteral("force"), false);
    const auto timeout = read->integer(QStringLiteral("timeout"), false);
    if (read->hasErrors()) {
        call.reply->sendValidationErrors(read->errors());
        return std::nullopt;
    }
    if (timeout)
        options.timeoutSeconds = *timeout;
    options.force = force.value_or(false);
    *input = std::make_shared<RequestInput>(std::move(*read));
    return options;
}

void VmsApi::stop(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    std::shared_ptr<RequestInput> input;
    const auto options = stopOptions(call, &input);
    if (!options)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(kLifecycleReplyTimeoutMs);
    m_context.service.stopVm(*id, *options, api::vmAnswer(m_context, reply, input));
}

void VmsApi::screenshot(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(30000);
    m_context.service.screenshot(*id, [reply](Result<QByteArray> png) {
        if (!png.ok())
            return api::sendServiceError(*reply, png.error());
        reply->send(200, png.value(), QByteArrayLiteral("image/png"), {{"Cache-Control", "no-store"}});
    });
}

void VmsApi::exportVm(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::None, *call.reply);
    if (!input)
        return;
    const auto format = input->queryString(QStringLiteral("format"));
    if (format != QLatin1String("libvirt")) {
        input->addErrorAt({QStringLiteral("query"), QStringLiteral("format")}, QStringLiteral("Input should be 'libvirt'"),
                          format ? QStringLiteral("enum") : QStringLiteral("missing"), format ? QJsonValue(format->left(40)) : QJsonValue::Undefined);
        return call.reply->sendValidationErrors(input->errors());
    }
    const Result<QByteArray> xml = m_context.service.exportLibvirt(*id);
    if (!xml.ok())
        return api::sendServiceError(*call.reply, xml.error());
    QString fileName = m_context.service.findVm(*id)->name;
    fileName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    call.reply->send(200, xml.value(), QByteArrayLiteral("application/xml"),
                     {{"Content-Disposition", "attachment; filename=\"" + fileName.toLatin1() + ".xml\""}, {"Cache-Control", "no-store"}});
}

void VmsApi::console(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::None, *call.reply);
    if (!input)
        return;
    qint64 tail = rules::kConsoleTailDefault;
    if (const auto text = input->queryString(QStringLiteral("tail"))) {
        bool ok = false;
        tail = text->toLongLong(&ok);
        if (!ok) {
            input->addErrorAt({QStringLiteral("query"), QStringLiteral("tail")}, QStringLiteral("Input should be a valid integer"),
                              QStringLiteral("int_parsing"), *text);
            return call.reply->sendValidationErrors(input->errors());
        }
    }
    const Result<QByteArray> text = m_context.service.consoleTail(*id, tail);
    if (!text.ok()) {
        if (text.error().kind == ErrorKind::Invalid) {
            input->addFieldErrors(text.error().fields, QStringLiteral("query"));
            return call.reply->sendValidationErrors(input->errors());
        }
        return api::sendServiceError(*call.reply, text.error());
    }
    call.reply->send(200, text.value(), QByteArrayLiteral("text/plain; charset=utf-8"), {{"Cache-Control", "no-store"}});
}

void VmsApi::insertCdrom(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    auto input = RequestInput::read(call.request, RequestInput::Body::Required, *call.reply);
    if (!input)
        return;
    const auto image = input->string(QStringLiteral("image"), true);
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    ReplyPtr reply = call.reply;
    reply->armTimeout(60000);
    m_context.service.insertCdrom(*id, *image, api::vmAnswer(m_context, reply, std::make_shared<RequestInput>(std::move(*input))));
}

void VmsApi::ejectCdrom(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(60000);
    m_context.service.ejectCdrom(*id, api::vmAnswer(m_context, reply, nullptr));
}

void VmsApi::restart(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    std::shared_ptr<RequestInput> input;
    const auto options = stopOptions(call, &input);
    if (!options)
        return;
    ReplyPtr reply = call.reply;
    reply->armTimeout(kLifecycleReplyTimeoutMs);
    m_context.service.restartVm(*id, *options, api::vmAnswer(m_context, reply, input));
}

} // namespace vman
