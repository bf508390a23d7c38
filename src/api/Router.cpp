// SPDX-License-Identifier: GPL-3.0-or-later
#include "Router.h"

#include <QUrl>

namespace vman {

namespace {
QStringList splitPath(const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    return segments;
}
} // namespace

void Router::add(const QByteArray &method, const QString &pathTemplate, RouteHandler handler)
{
    m_routes.append({method, pathTemplate, splitPath(pathTemplate), std::move(handler)});
}

bool Router::matchSegments(const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> captured;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &pattern = route.segments.at(i);
        if (pattern.startsWith(QLatin1Char('{')) && pattern.endsWith(QLatin1Char('}'))) {
            // Decode per segment, so an encoded '/' stays inside its segment.
            const QString value = QUrl::fromPercentEncoding(segments.at(i).toUtf8());
            if (value.isEmpty())
                return false;
            captured.insert(pattern.mid(1, pattern.size() - 2), value);
        } else if (pattern != segments.at(i)) {
            return false;
        }
    }
    *params = std::move(captured);
    return true;
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route, segments, &params))
            continue;
        if (route.method == method) {
            result.handler = &route.handler;
            result.params = std::move(params);
            result.pathTemplate = route.pathTemplate;
            result.allowedMethods.clear();
            return result;
        }
        result.pathTemplate = route.pathTemplate;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> list;
    for (const Route &route : m_routes)
        list.append({route.method, route.pathTemplate});
    return list;
}

} // namespace vman
