// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a request's JSON body and query into typed values, collecting FastAPI-style
// validation errors (`loc`, `msg`, `type`). Only JSON types are checked here; the value rules
// (ranges, name pattern) are the core service's.
#pragma once

#include "ServiceError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

class QHttpServerRequest;

namespace vman {

class HttpReply;

class RequestInput final
{
public:
    enum class Body { None, Optional, Required };

    // Returns nullopt after answering the request itself (415, 413 or 422).
    static std::optional<RequestInput> read(const QHttpServerRequest &request, Body body, HttpReply &reply);

    // What read() would answer instead of an input: a status with a detail, or 422's errors.
    struct Rejection
    {
        int status = 0;
        QString detail;
        QJsonArray errors;
    };
    // The reader itself, apart from the HTTP exchange (unit-tested and fuzzed).
    static std::optional<RequestInput> parse(const QUrl &url, const QByteArray &body, const QByteArray &contentType, Body expected,
                                             Rejection *rejection);

    std::optional<QString> string(const QString &field, bool required);
    std::optional<qint64> integer(const QString &field, bool required);
    std::optional<bool> boolean(const QString &field, bool required);
    std::optional<QJsonArray> array(const QString &field, bool required);
    std::optional<QJsonObject> object(const QString &field, bool required);
    // A list of strings (each checked).
    std::optional<QStringList> stringList(const QString &field, bool required);
    // The field is there with the value null (for "none", where absent means "the default").
    bool isNull(const QString &field) const { return m_body.contains(field) && m_body.value(field).isNull(); }
    bool has(const QString &field) const { return m_body.contains(field); }
    // Members of the body other than `known` are 422 (for PATCH, where a typo must not pass as
    // "no change"); `frozen` ones are named as fixed at creation.
    void rejectOtherMembers(const QStringList &known, const QStringList &frozen = {});

    // Type checks of values nested in the body; `loc` is where the value sits.
    std::optional<qint64> integerAt(const QJsonValue &value, const QJsonArray &loc);
    std::optional<QString> stringAt(const QJsonValue &value, const QJsonArray &loc);
    void addErrorAt(const QJsonArray &loc, const QString &message, const QString &type, const QJsonValue &input = QJsonValue::Undefined);

    // Query parameters.
    std::optional<bool> queryBool(const QString &name, bool defaultValue);
    std::optional<QString> queryString(const QString &name) const;

    void addError(const QStringList &loc, const QString &message, const QString &type);
    void addFieldErrors(const QList<FieldError> &errors, const QString &where = QStringLiteral("body"));
    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QJsonArray &errors() const { return m_errors; }

    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

private:
    QJsonValue take(const QString &field, bool required, bool *present);

    QJsonObject m_body;
    QList<QPair<QString, QString>> m_query;
    QJsonArray m_errors;
};

} // namespace vman
