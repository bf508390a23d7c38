#include "Validation.h"

#include <QRegularExpression>

namespace vman::rules {

QString namePattern()
{
    return QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$");
}

std::optional<FieldError> checkName(const QString &field, const QString &name)
{
    if (name.isEmpty())
        return FieldError{field, QStringLiteral("String should have at least 1 character"), QStringLiteral("string_too_short")};
    if (name.size() > kNameMaxLength) {
        return FieldError{field, QStringLiteral("String should have at most %1 characters").arg(kNameMaxLength),
                          QStringLiteral("string_too_long")};
    }
    static const QRegularExpression pattern(namePattern());
    if (!pattern.match(name).hasMatch()) {
        return FieldError{field, QStringLiteral("String should match pattern '%1'").arg(namePattern()),
                          QStringLiteral("string_pattern_mismatch")};
    }
    return std::nullopt;
}

std::optional<FieldError> checkRange(const QString &field, qint64 value, qint64 min, qint64 max)
{
    if (value < min) {
        return FieldError{field, QStringLiteral("Input should be greater than or equal to %1").arg(min),
                          QStringLiteral("greater_than_equal")};
    }
    if (value > max) {
        return FieldError{field, QStringLiteral("Input should be less than or equal to %1").arg(max),
                          QStringLiteral("less_than_equal")};
    }
    return std::nullopt;
}

} // namespace vman::rules
