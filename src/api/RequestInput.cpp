// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestInput.h"

#include "HttpReply.h"
#include "frontdoor/FrontDoorPolicy.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include <cmath>
#include <limits>

namespace vman {

namespace {

QJsonValue inputValue(const QJsonValue &value)
{
    // Echo what was sent, but never a 10 MB string.
    if (value.isString() && value.toString().size() > 100)
        return QString(value.toString().left(100) + QStringLiteral("..."));
    if (value.isObject() || value.isArray())
        return QStringLiteral("(%1)").arg(value.isObject() ? QStringLiteral("object") : QStringLiteral("array"));
    return value;
}

} // namespace

std::optional<RequestInput> RequestInput::read(const QHttpServerRequest &request, Body body, HttpReply &reply)
{
    Rejection rejection;
    auto input = parse(request.url(), request.body(), request.value(QByteArrayLiteral("Content-Type")), body, &rejection);
    if (!input) {
        if (!rejection.errors.isEmpty())
            reply.sendValidationErrors(rejection.errors);
        else
            reply.sendError(rejection.status, rejection.detail);
    }
    return input;
}

std::optional<RequestInput> RequestInput::parse(const QUrl &url, const QByteArray &raw, const QByteArray &contentType, Body body,
                                                Rejection *rejection)
{
    RequestInput input;
    input.m_query = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    if (raw.size() > kMaxBodyBytes) {
        *rejection = {413, QStringLiteral("Request body too large (limit %1 bytes)").arg(kMaxBodyBytes), {}};
        return std::nullopt;
    }
    const bool empty = raw.trimmed().isEmpty();
    if (body == Body::None || (empty && body == Body::Optional))
        return input;
    if (empty) {
        input.addError({QStringLiteral("body")}, QStringLiteral("Field required"), QStringLiteral("missing"));
        *rejection = {422, QString(), input.m_errors};
        return std::nullopt;
    }
    if (!frontdoor::FrontDoorPolicy::isJsonMediaType(contentType)) {
        *rejection = {415, QStringLiteral("Unsupported Content-Type '%1': send JSON with 'Content-Type: application/json'")
                               .arg(QString::fromLatin1(contentType.left(100))), {}};
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError) {
        QJsonObject entry{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), error.offset}},
                          {QStringLiteral("msg"), QStringLiteral("JSON decode error: %1").arg(error.errorString())},
                          {QStringLiteral("type"), QStringLiteral("json_invalid")}};
        *rejection = {422, QString(), QJsonArray{entry}};
        return std::nullopt;
    }
    if (!doc.isObject()) {
        input.addError({QStringLiteral("body")}, QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                       QStringLiteral("model_attributes_type"));
        *rejection = {422, QString(), input.m_errors};
        return std::nullopt;
    }
    input.m_body = doc.object();
    return input;
}

void RequestInput::addError(const QStringList &loc, const QString &message, const QString &type)
{
    m_errors.append(QJsonObject{{QStringLiteral("loc"), QJsonArray::fromStringList(loc)},
                                {QStringLiteral("msg"), message},
                                {QStringLiteral("type"), type}});
}

void RequestInput::addErrorAt(const QJsonArray &loc, const QString &message, const QString &type, const QJsonValue &input)
{
    QJsonObject entry{{QStringLiteral("loc"), loc}, {QStringLiteral("msg"), message}, {QStringLiteral("type"), type}};
    if (!input.isUndefined())
        entry.insert(QStringLiteral("input"), inputValue(input));
    m_errors.append(entry);
}

static QJsonArray fieldLocation(const QString &where, const QString &field)
{
    // "ports.0.host" -> [where, "ports", 0, "host"]
    QJsonArray loc{where};
    for (const QString &part : field.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        loc.append(isIndex ? QJsonValue(index) : QJsonValue(part));
    }
    return loc;
}

void RequestInput::addFieldErrors(const QList<FieldError> &errors, const QString &where)
{
    for (const FieldError &e : errors) {
        const QJsonArray loc = fieldLocation(where, e.field);
        // The offending value, found by walking the body along the location.
        QJsonValue input = where == QLatin1String("body") ? QJsonValue(m_body) : QJsonValue(QJsonValue::Undefined);
        for (int i = 1; i < loc.size() && !input.isUndefined(); ++i)
            input = loc.at(i).isDouble() ? input.toArray().at(loc.at(i).toInt()) : input.toObject().value(loc.at(i).toString());
        addErrorAt(loc, e.message, e.type, input);
    }
}

std::optional<qint64> RequestInput::integerAt(const QJsonValue &value, const QJsonArray &loc)
{
    // JSON numbers arrive as doubles; booleans and strings are not integers.
    if (!value.isDouble()) {
        addErrorAt(loc, QStringLiteral("Input should be a valid integer"), QStringLiteral("int_type"), value);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number)) {
        addErrorAt(loc, QStringLiteral("Input should be a valid integer, got a number with a fractional part"),
                   QStringLiteral("int_from_float"), value);
        return std::nullopt;
    }
    // Out-of-range magnitudes are clamped: the core's range check then names the limit.
    constexpr double kLimit = 9.0e18;
    if (number > kLimit)
        return std::numeric_limits<qint64>::max();
    if (number < -kLimit)
        return std::numeric_limits<qint64>::min();
    return qint64(number);
}

std::optional<QString> RequestInput::stringAt(const QJsonValue &value, const QJsonArray &loc)
{
    if (!value.isString()) {
        addErrorAt(loc, QStringLiteral("Input should be a valid string"), QStringLiteral("string_type"), value);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QJsonArray> RequestInput::array(const QString &field, bool required)
{
    bool present = false;
    const QJsonValue value = take(field, required, &present);
    if (!present)
        return std::nullopt;
    if (!value.isArray()) {
        addErrorAt({QStringLiteral("body"), field}, QStringLiteral("Input should be a valid list"), QStringLiteral("list_type"), value);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> RequestInput::object(const QString &field, bool required)
{
    bool present = false;
    const QJsonValue value = take(field, required, &present);
    if (!present)
        return std::nullopt;
    if (!value.isObject()) {
        addErrorAt({QStringLiteral("body"), field}, QStringLiteral("Input should be a valid dictionary"), QStringLiteral("dict_type"), value);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QStringList> RequestInput::stringList(const QString &field, bool required)
{
    const auto items = array(field, required);
    if (!items)
        return std::nullopt;
    QStringList list;
    bool ok = true;
    for (int i = 0; i < items->size() && i < 16; ++i) {
        const auto text = stringAt(items->at(i), {QStringLiteral("body"), field, i});
        ok = ok && text.has_value();
        if (text)
            list << *text;
    }
    if (items->size() > 16) {
        addErrorAt({QStringLiteral("body"), field}, QStringLiteral("List should have at most 16 items"), QStringLiteral("too_long"));
        return std::nullopt;
    }
    return ok ? std::optional<QStringList>(list) : std::nullopt;
}

QJsonValue RequestInput::take(const QString &field, bool required, bool *present)
{
    const QJsonValue value = m_body.value(field);
    *present = !value.isUndefined() && !value.isNull();
    if (!*present && required)
        addError({QStringLiteral("body"), field}, QStringLiteral("Field required"), QStringLiteral("missing"));
    return value;
}

std::optional<QString> RequestInput::string(const QString &field, bool required)
{
    bool present = false;
    const QJsonValue value = take(field, required, &present);
    if (!present)
        return std::nullopt;
    return stringAt(value, {QStringLiteral("body"), field});
}

std::optional<qint64> RequestInput::integer(const QString &field, bool required)
{
    bool present = false;
    const QJsonValue value = take(field, required, &present);
    if (!present)
        return std::nullopt;
    return integerAt(value, {QStringLiteral("body"), field});
}

std::optional<bool> RequestInput::boolean(const QString &field, bool required)
{
    bool present = false;
    const QJsonValue value = take(field, required, &present);
    if (!present)
        return std::nullopt;
    if (!value.isBool()) {
        addFieldErrors({{field, QStringLiteral("Input should be a valid boolean"), QStringLiteral("bool_type")}});
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QString> RequestInput::queryString(const QString &name) const
{
    for (const auto &item : m_query) {
        if (item.first == name)
            return item.second;
    }
    return std::nullopt;
}

std::optional<bool> RequestInput::queryBool(const QString &name, bool defaultValue)
{
    const auto text = queryString(name);
    if (!text)
        return defaultValue;
    const QString t = text->toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    addError({QStringLiteral("query"), name}, QStringLiteral("Input should be a valid boolean, unable to interpret input"),
             QStringLiteral("bool_parsing"));
    return std::nullopt;
}

void RequestInput::rejectOtherMembers(const QStringList &known, const QStringList &frozen)
{
    int reported = 0; // a body of ten thousand unknown members gets a short answer
    for (auto it = m_body.constBegin(); it != m_body.constEnd() && reported < 20; ++it) {
        if (known.contains(it.key()))
            continue;
        ++reported;
        if (frozen.contains(it.key()))
            addError({QStringLiteral("body"), it.key()}, QStringLiteral("This field is fixed when the resource is created"), QStringLiteral("frozen_field"));
        else
            addError({QStringLiteral("body"), it.key().left(100)}, QStringLiteral("Extra inputs are not permitted"), QStringLiteral("extra_forbidden"));
    }
}

} // namespace vman
