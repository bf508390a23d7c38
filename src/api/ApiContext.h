// SPDX-License-Identifier: GPL-3.0-or-later
// What every resource area of the API shares: the core it translates, and small helpers that
// keep its answers uniform.
#pragma once

#include "HttpReply.h"
#include "Router.h"
#include "ServiceError.h"

#include <QHash>

#include <functional>
#include <memory>

namespace vman {

class RequestInput;
class EventHub;
class Observer;
class SystemHealth;
class VmService;
struct Template;
struct Vm;
struct Disk;
struct Image;
struct CloudInit;
class ImageLibrary;
class GuestWatch;

// Serialised bodies that stay valid until the service's state changes.
class ResponseCache final
{
public:
    QByteArray get(const QString &key, quint64 revision, const std::function<QByteArray()> &build);

private:
    struct Entry
    {
        quint64 revision = 0;
        QByteArray body;
    };
    QHash<QString, Entry> m_entries;
};

struct ApiContext
{
    VmService &service;
    SystemHealth &health;
    Observer &observer;
    EventHub &events;
    ImageLibrary &images;
    GuestWatch &guestWatch;
    ResponseCache cache;
    bool https = false; // the API is served over TLS (the contract's server address says so)
};

namespace api {

// The one place where the core's typed errors become HTTP statuses.
int httpStatus(ErrorKind kind);
void sendServiceError(HttpReply &reply, const ServiceError &error, RequestInput *input = nullptr);

// The answer of a call that returns nothing: 204, or the service's error.
void answerNoContent(HttpReply &reply, const Result<Done> &result);
std::function<void(Result<Done>)> noContentAnswer(ReplyPtr reply);
// The answer of a call that returns a VM: 200 with the VM as it is now (and its disks), or the
// service's error (field errors added to the request's own, when there is one).
QJsonObject vmJson(const ApiContext &context, const QString &vmId);
std::function<void(Result<Vm>)> vmAnswer(ApiContext &context, ReplyPtr reply, std::shared_ptr<RequestInput> input = nullptr);

// Path ids are UUIDs; anything else is a 422 naming the parameter (and never reaches the core).
std::optional<QString> pathId(ApiCall &call, const QString &name);

QJsonObject toJson(const Template &t, const ImageLibrary *images);
QJsonObject toJson(const Image &image);
QJsonObject toJson(const Disk &disk);
// `operation`: what the VM is busy with (empty: idle).
QJsonObject toJson(const Vm &vm, const QList<Disk> &disks, const ImageLibrary *images, const QString &operation = QString());
QJsonValue timestamp(const QDateTime &dt);
// The `cloud_init` member of a VM or template body (type checks only; the rules are the core's).
std::optional<CloudInit> readCloudInit(RequestInput &input);
// How to reach the VM's SSH server through its forward, or null when it has none.
QJsonValue sshAccess(const Vm &vm, const ImageLibrary *images);
// What the guest agent reports of a running VM; null when the VM does not run.
QJsonValue guestJson(const Vm &vm);

QByteArray jsonBytes(const QJsonObject &object);
QByteArray jsonBytes(const QJsonArray &array);

} // namespace api
} // namespace vman
