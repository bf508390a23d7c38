// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sparkline.h"

#include <QPainter>
#include <QPainterPath>

namespace vman::ui {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(28);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setSeries(const QList<double> &values, double maximum)
{
    m_values = values;
    m_maximum = maximum > 0 ? maximum : 1;
    update();
}

QPolygonF Sparkline::points(const QList<double> &values, double maximum, const QSizeF &size)
{
    QPolygonF line;
    if (values.size() < 2 || maximum <= 0 || size.isEmpty())
        return line;
    const double step = size.width() / double(values.size() - 1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double v = qBound(0.0, values.at(i), maximum);
        line << QPointF(double(i) * step, size.height() - v / maximum * size.height());
    }
    return line;
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRect(box);
    const QPolygonF line = points(m_values, m_maximum, box.size()).translated(box.topLeft());
    if (line.isEmpty())
        return;
    const QColor accent = palette().color(QPalette::Highlight);
    QPainterPath fill;
    fill.moveTo(line.first().x(), box.bottom());
    for (const QPointF &p : line)
        fill.lineTo(p);
    fill.lineTo(line.last().x(), box.bottom());
    fill.closeSubpath();
    QColor light = accent;
    light.setAlpha(60);
    painter.setPen(Qt::NoPen);
    painter.setBrush(light);
    painter.drawPath(fill);
    painter.setPen(QPen(accent, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
}

} // namespace vman::ui
