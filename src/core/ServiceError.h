// SPDX-License-Identifier: GPL-3.0-or-later
// Typed errors of the core service. Exactly one place per front-end maps them to what the user
// sees (HTTP status in src/api, a message box in src/ui).
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace vman {

enum class ErrorKind {
    Invalid, // the input breaks a rule; `fields` says which
    NotFound,
    Conflict, // the input is fine but the current state does not allow it
    NotImplemented,
    Unavailable, // a dependency (database, storage) cannot serve the request now
    Failed, // the operation was attempted and failed; `message` carries the real cause
};

struct FieldError
{
    QString field;
    QString message;
    QString type; // machine-readable, e.g. "less_than_equal"
    QString limit = {}; // the bound a range or length rule names (for the window's own sentences)
};

struct ServiceError
{
    ErrorKind kind = ErrorKind::Failed;
    QString message;
    QList<FieldError> fields;

    static ServiceError invalid(QList<FieldError> fields)
    {
        QString message = fields.isEmpty() ? QString() : fields.first().field + QLatin1String(": ") + fields.first().message;
        return {ErrorKind::Invalid, message, std::move(fields)};
    }
    static ServiceError notFound(QString message) { return {ErrorKind::NotFound, std::move(message), {}}; }
    static ServiceError conflict(QString message) { return {ErrorKind::Conflict, std::move(message), {}}; }
    static ServiceError failed(QString message) { return {ErrorKind::Failed, std::move(message), {}}; }
    static ServiceError unavailable(QString message) { return {ErrorKind::Unavailable, std::move(message), {}}; }
    static ServiceError notImplemented(QString message) { return {ErrorKind::NotImplemented, std::move(message), {}}; }
};

struct Done
{
};

// A value or the reason there is none.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(ServiceError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ServiceError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ServiceError m_error;
};

} // namespace vman
