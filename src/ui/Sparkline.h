// SPDX-License-Identifier: GPL-3.0-or-later
// A small history graph (the last minutes of a VM's CPU use, as virt-manager shows beside its
// list): a line over a light fill, newest on the right, scaled to a maximum. Painted by hand:
// QtCharts would be a whole module for one polyline.
#pragma once

#include <QPolygonF>
#include <QWidget>

namespace vman::ui {

class Sparkline final : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    // Oldest first; values are clamped to 0..maximum.
    void setSeries(const QList<double> &values, double maximum);
    const QList<double> &values() const { return m_values; }

    // Where `values` go in a `size` box: x spread evenly (the last at the right edge), y from the
    // bottom (0) to the top (maximum). Fewer than two values give no line.
    static QPolygonF points(const QList<double> &values, double maximum, const QSizeF &size);

    QSize sizeHint() const override { return {240, 40}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<double> m_values;
    double m_maximum = 100;
};

} // namespace vman::ui
