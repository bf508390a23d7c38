// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsApi.h"

#include "Observer.h"
#include "RequestMetrics.h"
#include "VmService.h"
#include "stats/VmStats.h"

#include <QMap>

#include <cmath>

namespace vman {

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

QString diskKind(const DiskIo &io)
{
    if (!io.diskId.isEmpty())
        return QStringLiteral("data");
    if (io.node == QLatin1String("fwvars"))
        return QStringLiteral("firmware");
    return io.node; // root, cdrom, seed
}

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Bytes per second of one counter between two samples that both hold QEMU's counters.
QJsonValue ratePerSecond(const VmSample &earlier, const VmSample &later, const QString &node, qint64 DiskIo::*counter)
{
    if (!earlier.countersKnown || !later.countersKnown || later.monotonicMs <= earlier.monotonicMs)
        return QJsonValue();
    auto find = [&node](const VmSample &sample) -> const DiskIo * {
        for (const DiskIo &io : sample.disks) {
            if (io.node == node)
                return &io;
        }
        return nullptr;
    };
    const DiskIo *a = find(earlier);
    const DiskIo *b = find(later);
    if (!a || !b || b->*counter < a->*counter)
        return QJsonValue();
    return double(b->*counter - a->*counter) * 1000.0 / double(later.monotonicMs - earlier.monotonicMs);
}

// Prometheus' text format: one small writer, so every label value is escaped the same way.
class Exposition
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_name = name;
        m_out += "# HELP " + QByteArray(name) + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    }
    void sample(const QList<QPair<const char *, QString>> &labels, double value, const char *suffix = "")
    {
        m_out += m_name;
        m_out += suffix;
        if (!labels.isEmpty()) {
            m_out += '{';
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i)
                    m_out += ',';
                m_out += labels.at(i).first;
                m_out += "=\"";
                m_out += escaped(labels.at(i).second);
                m_out += '"';
            }
            m_out += '}';
        }
        m_out += ' ';
        m_out += number(value);
        m_out += '\n';
    }
    QByteArray take() { return std::move(m_out); }

private:
    static QByteArray escaped(const QString &value)
    {
        QByteArray bytes = value.toUtf8();
        bytes.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
        return bytes;
    }
    static QByteArray number(double value)
    {
        if (std::isnan(value))
            return "NaN";
        if (std::isinf(value))
            return value > 0 ? "+Inf" : "-Inf";
        // Whole numbers without an exponent (checked before the cast, which is undefined when the
        // value does not fit).
        if (std::abs(value) < 1e15 && value == std::floor(value))
            return QByteArray::number(qint64(value));
        return QByteArray::number(value, 'g', 12);
    }

    QByteArray m_name;
    QByteArray m_out;
};

} // namespace

void StatsApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/vms/{vm_id}/stats"), [this](ApiCall &call) { vmStats(call); });
    router.add("GET", QStringLiteral("/stats"), [this](ApiCall &call) { allStats(call); });
    router.add("GET", QStringLiteral("/metrics"), [this](ApiCall &call) {
        // The content type Prometheus asks for (text format 0.0.4).
        call.reply->send(200, metricsText(), QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
    });
}

// The latest sample of every running or paused VM: what a window's table shows of each (one
// request for all, instead of one per VM).
void StatsApi::allStats(ApiCall &call)
{
    QJsonArray vms;
    for (const Vm &vm : m_context.service.vms()) {
        if (vm.state != VmState::Running && vm.state != VmState::Paused)
            continue;
        const auto sample = m_stats.latest(vm.id);
        if (!sample)
            continue;
        vms.append(QJsonObject{{QStringLiteral("vm_id"), vm.id},
                               {QStringLiteral("at"), api::timestamp(sample->at)},
                               {QStringLiteral("cpu_percent"), optional(sample->cpuPercent)},
                               {QStringLiteral("cpu_seconds"), sample->cpuSeconds},
                               {QStringLiteral("resident_bytes"), optional(sample->residentBytes)}});
    }
    call.reply->sendJson(200, QJsonObject{{QStringLiteral("vms"), vms}});
}

void StatsApi::vmStats(ApiCall &call)
{
    const auto id = api::pathId(call, QStringLiteral("vm_id"));
    if (!id)
        return;
    const std::optional<Vm> vm = m_context.service.findVm(*id);
    if (!vm)
        return call.reply->sendError(404, QStringLiteral("VM '%1' not found").arg(*id));
    const QList<VmSample> history = m_stats.history(*id);
    const VmSample *latest = history.isEmpty() ? nullptr : &history.last();
    // The rate covers the last interval in which QEMU answered twice.
    const VmSample *previous = nullptr;
    for (qsizetype i = history.size() - 2; latest && i >= 0; --i) {
        if (history.at(i).countersKnown) {
            previous = &history.at(i);
            break;
        }
    }
    QHash<QString, QString> diskNames;
    for (const Disk &disk : m_context.service.disks()) {
        if (disk.vmId == vm->id)
            diskNames.insert(disk.id, disk.name);
    }

    QJsonArray disks;
    if (latest) {
        for (const DiskIo &io : latest->disks) {
            disks.append(QJsonObject{
                {QStringLiteral("node"), io.node},
                {QStringLiteral("kind"), diskKind(io)},
                {QStringLiteral("disk_id"), io.diskId.isEmpty() ? QJsonValue() : QJsonValue(io.diskId)},
                {QStringLiteral("name"), io.diskId.isEmpty() ? QJsonValue() : QJsonValue(diskNames.value(io.diskId))},
                {QStringLiteral("read_bytes"), io.readBytes},
                {QStringLiteral("written_bytes"), io.writtenBytes},
                {QStringLiteral("read_operations"), io.readOperations},
                {QStringLiteral("write_operations"), io.writeOperations},
                {QStringLiteral("read_bytes_per_second"), previous ? ratePerSecond(*previous, *latest, io.node, &DiskIo::readBytes) : QJsonValue()},
                {QStringLiteral("written_bytes_per_second"), previous ? ratePerSecond(*previous, *latest, io.node, &DiskIo::writtenBytes) : QJsonValue()},
            });
        }
    }
    QJsonArray series;
    for (const VmSample &sample : history) {
        qint64 read = 0, written = 0;
        for (const DiskIo &io : sample.disks) {
            read += io.readBytes;
            written += io.writtenBytes;
        }
        series.append(QJsonObject{
            {QStringLiteral("at"), api::timestamp(sample.at)},
            {QStringLiteral("cpu_percent"), optional(sample.cpuPercent)},
            {QStringLiteral("cpu_seconds"), sample.cpuSeconds},
            {QStringLiteral("resident_bytes"), optional(sample.residentBytes)},
            {QStringLiteral("read_bytes"), sample.countersKnown ? QJsonValue(read) : QJsonValue()},
            {QStringLiteral("written_bytes"), sample.countersKnown ? QJsonValue(written) : QJsonValue()},
        });
    }
    const qint64 configured = qint64(vm->ramAmount) * kGiB;
    call.reply->sendJson(200, QJsonObject{
        {QStringLiteral("vm_id"), vm->id},
        {QStringLiteral("name"), vm->name},
        {QStringLiteral("state"), nameOf(vm->state)},
        {QStringLiteral("sampled_at"), latest ? api::timestamp(latest->at) : QJsonValue()},
        {QStringLiteral("interval_seconds"), m_context.observer.status().intervalSeconds},
        {QStringLiteral("uptime_seconds"), latest ? optional(latest->uptimeSeconds) : QJsonValue()},
        {QStringLiteral("cpu"), QJsonObject{
             {QStringLiteral("count"), vm->cpuCount},
             {QStringLiteral("percent"), latest ? optional(latest->cpuPercent) : QJsonValue()},
             {QStringLiteral("seconds"), latest ? QJsonValue(latest->cpuSeconds) : QJsonValue()},
         }},
        {QStringLiteral("memory"), QJsonObject{
             {QStringLiteral("configured_bytes"), configured},
             {QStringLiteral("resident_bytes"), latest ? optional(latest->residentBytes) : QJsonValue()},
             {QStringLiteral("balloon_bytes"), latest ? optional(latest->balloonBytes) : QJsonValue()},
         }},
        {QStringLiteral("disks"), disks},
        {QStringLiteral("history"), series},
    });
}

QByteArray StatsApi::metricsText() const
{
    Exposition out;
    out.family("vman_build_info", "gauge", "VMAN's version and what it runs on (always 1).");
    out.sample({{"version", QStringLiteral(VMAN_VERSION)}, {"qt", QString::fromLatin1(qVersion())}, {"operator", m_context.service.operatorMode()}}, 1);

    const QList<Vm> vms = m_context.service.vms();
    QMap<QString, int> byState;
    for (const QString &state : allVmStateNames())
        byState.insert(state, 0);
    for (const Vm &vm : vms)
        ++byState[nameOf(vm.state)];
    out.family("vman_vms", "gauge", "VMs by state.");
    for (auto it = byState.cbegin(); it != byState.cend(); ++it)
        out.sample({{"state", it.key()}}, it.value());

    using Labels = QList<QPair<const char *, QString>>;
    auto vmLabels = [](const Vm &vm) { return Labels{{"vm_id", vm.id}, {"name", vm.name}}; };
    out.family("vman_vm_state", "gauge", "Each VM's state (1 for the state it is in).");
    for (const Vm &vm : vms)
        out.sample(vmLabels(vm) << QPair<const char *, QString>{"state", nameOf(vm.state)}, 1);
    out.family("vman_vm_cpus", "gauge", "Virtual CPUs of each VM.");
    for (const Vm &vm : vms)
        out.sample(vmLabels(vm), vm.cpuCount);
    out.family("vman_vm_memory_configured_bytes", "gauge", "Memory each VM is given.");
    for (const Vm &vm : vms)
        out.sample(vmLabels(vm), double(qint64(vm.ramAmount) * kGiB));

    // What the OBSERVER sampled of running VMs.
    QList<QPair<const Vm *, VmSample>> samples;
    for (const Vm &vm : vms) {
        if (auto sample = m_stats.latest(vm.id))
            samples.append({&vm, *sample});
    }
    out.family("vman_vm_cpu_seconds_total", "counter", "CPU time each running VM's QEMU has used.");
    for (const auto &[vm, sample] : samples)
        out.sample(vmLabels(*vm), sample.cpuSeconds);
    out.family("vman_vm_uptime_seconds", "gauge", "How long each running VM's QEMU has run.");
    for (const auto &[vm, sample] : samples) {
        if (sample.uptimeSeconds)
            out.sample(vmLabels(*vm), *sample.uptimeSeconds);
    }
    out.family("vman_vm_memory_resident_bytes", "gauge", "Resident memory of each running VM's QEMU process.");
    for (const auto &[vm, sample] : samples) {
        if (sample.residentBytes)
            out.sample(vmLabels(*vm), double(*sample.residentBytes));
    }
    out.family("vman_vm_memory_balloon_bytes", "gauge", "The guest's current memory as its balloon reports it.");
    for (const auto &[vm, sample] : samples) {
        if (sample.balloonBytes)
            out.sample(vmLabels(*vm), double(*sample.balloonBytes));
    }
    struct DiskCounter
    {
        const char *name;
        const char *help;
        qint64 DiskIo::*counter;
    };
    static const DiskCounter kDiskCounters[] = {
        {"vman_vm_disk_read_bytes_total", "Bytes each VM's block device has read.", &DiskIo::readBytes},
        {"vman_vm_disk_written_bytes_total", "Bytes each VM's block device has written.", &DiskIo::writtenBytes},
        {"vman_vm_disk_read_operations_total", "Read operations of each VM's block device.", &DiskIo::readOperations},
        {"vman_vm_disk_write_operations_total", "Write operations of each VM's block device.", &DiskIo::writeOperations},
    };
    for (const DiskCounter &counter : kDiskCounters) {
        out.family(counter.name, "counter", counter.help);
        for (const auto &[vm, sample] : samples) {
            for (const DiskIo &io : sample.disks)
                out.sample(vmLabels(*vm) << QPair<const char *, QString>{"device", io.node} << QPair<const char *, QString>{"disk_id", io.diskId}, double(io.*counter.counter));
        }
    }

    out.family("vman_http_requests_total", "counter", "API requests answered, by method, route and status.");
    for (auto it = m_requests.counts().cbegin(); it != m_requests.counts().cend(); ++it)
        out.sample({{"method", QString::fromLatin1(it.key().route.method)}, {"route", it.key().route.route}, {"status", QString::number(it.key().status)}}, double(it.value()));
    out.family("vman_http_request_duration_seconds", "histogram", "How long API requests took to answer, by method and route.");
    for (auto it = m_requests.durations().cbegin(); it != m_requests.durations().cend(); ++it) {
        const Labels labels{{"method", QString::fromLatin1(it.key().method)}, {"route", it.key().route}};
        for (size_t i = 0; i < RequestMetrics::kBuckets.size(); ++i)
            out.sample(Labels(labels) << QPair<const char *, QString>{"le", QString::number(RequestMetrics::kBuckets[i])}, double(it->buckets[i]), "_bucket");
        out.sample(Labels(labels) << QPair<const char *, QString>{"le", QStringLiteral("+Inf")}, double(it->count), "_bucket");
        out.sample(labels, it->sum, "_sum");
        out.sample(labels, double(it->count), "_count");
    }
    if (m_serverGauges) {
        const ServerGauges gauges = m_serverGauges();
        out.family("vman_http_connections", "gauge", "Connections open at the API's front door.");
        out.sample({}, gauges.connections);
        out.family("vman_event_stream_clients", "gauge", "Clients following GET /events (SSE).");
        out.sample({}, gauges.eventClients);
        out.family("vman_console_bridges", "gauge", "Console WebSockets open.");
        out.sample({}, gauges.consoleBridges);
    }

    const ObserverStatus observer = m_context.observer.status();
    out.family("vman_observer_passes_total", "counter", "OBSERVER passes run.");
    out.sample({}, double(observer.runs));
    out.family("vman_observer_corrections_total", "counter", "States and files the OBSERVER corrected.");
    out.sample({}, double(observer.correctionsTotal));
    if (observer.lastDurationMs >= 0) {
        out.family("vman_observer_pass_duration_seconds", "gauge", "Wall time of the last OBSERVER pass.");
        out.sample({}, observer.lastDurationMs / 1000.0);
    }
    if (observer.lastStatsMs >= 0) {
        out.family("vman_observer_stats_duration_seconds", "gauge", "Of the last pass, the time sampling statistics took.");
        out.sample({}, observer.lastStatsMs / 1000.0);
    }
    return out.take();
}

} // namespace vman
