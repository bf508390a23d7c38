// SPDX-License-Identifier: GPL-3.0-or-later
#include "SystemApi.h"

#include "Logging.h"
#include "Observer.h"
#include "RequestInput.h"
#include "SystemHealth.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace vman {

namespace {
struct DocsAsset
{
    const char *name;
    const char *contentType;
};
constexpr DocsAsset kDocsAssets[] = {
    {"swagger-ui.css", "text/css; charset=utf-8"},
    {"swagger-ui-bundle.js", "application/javascript; charset=utf-8"},
    {"favicon-32x32.png", "image/png"},
};
} // namespace

void SystemApi::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/health"), [this](ApiCall &call) { health(call); });
    router.add("GET", QStringLiteral("/observer/status"), [this](ApiCall &call) { observerStatus(call); });
    router.add("POST", QStringLiteral("/observer/actions/run"), [this](ApiCall &call) { observerRun(call); });
    router.add("GET", QStringLiteral("/logs"), [this](ApiCall &call) { logs(call); });
    router.add("GET", QStringLiteral("/openapi.yaml"), [this](ApiCall &call) { contract(call); });
    router.add("GET", QStringLiteral("/docs"), [this](ApiCall &call) {
        serveResource(call, QStringLiteral(":/vman/web/index.html"), QByteArrayLiteral("text/html; charset=utf-8"));
    });
    router.add("GET", QStringLiteral("/docs/{asset}"), [this](ApiCall &call) {
        const QString asset = call.params.value(QStringLiteral("asset"));
        for (const auto &known : kDocsAssets) {
            if (asset == QLatin1String(known.name))
                return serveResource(call, QStringLiteral(":/vman/web/") + asset, known.contentType);
        }
        call.reply->sendError(404, QStringLiteral("No such documentation asset: %1").arg(asset.left(100)));
    });
}

const QByteArray *SystemApi::resource(const QString &name)
{
    auto it = m_resources.find(name);
    if (it == m_resources.end()) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return nullptr;
        it = m_resources.insert(name, file.readAll());
    }
    return &*it;
}

void SystemApi::serveResource(ApiCall &call, const QString &name, const QByteArray &contentType)
{
    const QByteArray *bytes = resource(name);
    if (!bytes)
        return call.reply->sendError(500, QStringLiteral("Built without %1").arg(name));
    call.reply->send(200, *bytes, contentType, {{"Cache-Control", "no-cache"}});
}

void SystemApi::contract(ApiCall &call)
{
    const QByteArray *bytes = resource(QStringLiteral(":/vman/openapi.yaml"));
    if (!bytes)
        return call.reply->sendError(500, QStringLiteral("Built without openapi.yaml"));
    // The server entry is the address this client reached us at (the front door checked the Host),
    // so Swagger UI's "Try it out" goes to the same origin, whatever name or port is in use.
    static const QByteArray kDefaultServer = "  - url: http://127.0.0.1:8000\n";
    const QByteArray host = call.request.value(QByteArrayLiteral("Host"));
    QByteArray body = *bytes;
    if (!host.isEmpty())
        body.replace(kDefaultServer, QByteArray(QByteArray(m_context.https ? "  - url: https://" : "  - url: http://") + host + '\n'));
    call.reply->send(200, body, QByteArrayLiteral("application/yaml; charset=utf-8"), {{"Cache-Control", "no-cache"}});
}

void SystemApi::logs(ApiCall &call)
{
    auto input = RequestInput::read(call.request, RequestInput::Body::None, *call.reply);
    if (!input)
        return;
    // Query values checked as the body's are: a wrong one is a 422 naming it.
    auto number = [&input](const QString &name, qint64 fallback, qint64 min, qint64 max) -> std::optional<qint64> {
        const auto text = input->queryString(name);
        if (!text)
            return fallback;
        bool ok = false;
        const qint64 value = text->toLongLong(&ok);
        if (!ok || value < min || value > max) {
            input->addErrorAt({QStringLiteral("query"), name}, QStringLiteral("Input should be an integer from %1 to %2").arg(min).arg(max),
                              QStringLiteral("int_parsing"), text->left(40));
            return std::nullopt;
        }
        return value;
    };
    const auto after = number(QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    const auto limit = number(QStringLiteral("limit"), 500, 1, logging::kRecentLines);
    int minSeverity = 0;
    if (const auto level = input->queryString(QStringLiteral("level"))) {
        minSeverity = -1;
        for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg}) {
            if (level->compare(logging::levelName(type), Qt::CaseInsensitive) == 0)
                minSeverity = logging::severity(type);
        }
        if (minSeverity < 0) {
            input->addErrorAt({QStringLiteral("query"), QStringLiteral("level")}, QStringLiteral("Input should be DEBUG, INFO, WARNING, ERROR or CRITICAL"),
                              QStringLiteral("enum"), level->left(40));
        }
    }
    if (input->hasErrors())
        return call.reply->sendValidationErrors(input->errors());
    const logging::RecentLines recent = logging::recentLines(quint64(*after), int(*limit), minSeverity);
    QJsonArray lines;
    for (const logging::RecentLine &line : recent.lines) {
        QString level;
        for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg}) {
            if (logging::severity(type) == line.severity)
                level = logging::levelName(type);
        }
        lines.append(QJsonObject{{QStringLiteral("seq"), qint64(line.seq)}, {QStringLiteral("level"), level}, {QStringLiteral("text"), line.text}});
    }
    call.reply->sendJson(200, QJsonObject{{QStringLiteral("lines"), lines},
                                          {QStringLiteral("last_seq"), qint64(recent.lastSeq)},
                                          {QStringLiteral("missed"), recent.missed},
                                          {QStringLiteral("more"), recent.more}},
                         {{"Cache-Control", "no-store"}});
}

void SystemApi::health(ApiCall &call)
{
    const HealthReport report = m_context.health.report();
    QJsonObject checks;
    for (const HealthCheck &check : report.checks) {
        QJsonObject entry = QJsonObject::fromVariantMap(check.details);
        entry.insert(QStringLiteral("ok"), check.ok);
        entry.insert(QStringLiteral("required"), check.required);
        checks.insert(check.name, entry);
    }
    const QJsonObject body{{QStringLiteral("status"), nameOf(report.status)},
                           {QStringLiteral("version"), QStringLiteral(VMAN_VERSION)},
                           {QStringLiteral("checks"), checks}};
    call.reply->sendJson(report.status == HealthStatus::Error ? 503 : 200, body);
}

void SystemApi::observerRun(ApiCall &call)
{
    m_context.observer.runPass();
    observerStatus(call);
}

void SystemApi::observerStatus(ApiCall &call)
{
    const ObserverStatus status = m_context.observer.status();
    QJsonArray corrections;
    for (const Correction &c : status.recentCorrections) {
        corrections.append(QJsonObject{{QStringLiteral("at"), api::timestamp(c.at)},
                                       {QStringLiteral("subject"), c.subject},
                                       {QStringLiteral("before"), c.before},
                                       {QStringLiteral("after"), c.after},
                                       {QStringLiteral("reason"), c.reason}});
    }
    const auto optionalMs = [](double ms) { return ms < 0 ? QJsonValue::Null : QJsonValue(ms); };
    const QJsonObject body{{QStringLiteral("running"), status.running},
                           {QStringLiteral("healthy"), m_context.observer.healthy()},
                           {QStringLiteral("interval_seconds"), status.intervalSeconds},
                           {QStringLiteral("last_run_at"), api::timestamp(status.lastRunAt)},
                           {QStringLiteral("last_duration_ms"), optionalMs(status.lastDurationMs)},
                           {QStringLiteral("last_cpu_ms"), optionalMs(status.lastCpuMs)},
                           {QStringLiteral("runs"), qint64(status.runs)},
                           {QStringLiteral("corrections_total"), qint64(status.correctionsTotal)},
                           {QStringLiteral("corrections"), corrections}};
    call.reply->sendJson(200, body);
}

} // namespace vman
