"""Bar charts for the dashboard and reports, built with QtCharts.

One small vocabulary (categories down one axis, one bar series per measure, an
optional target line) covers every team figure, so the dashboard and the printed
report draw the same charts the same way. Colours are few and colour-blind safe
(Okabe–Ito), and every chart names its figures in its accessible description so a
screen reader hears the numbers, not "chart".
"""

from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QHorizontalStackedBarSeries,
    QLineSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from ..words import tr

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# improved / no change / worse read as good / neutral / bad whatever the theme.
OUTCOME_COLOURS = {"improved": "#009E73", "no change": "#B0B7BF", "worse": "#D55E00"}  # not shown: keys


def _short(label: str, limit: int = 44) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(title: str, categories: Sequence[str], series: Mapping[str, Sequence[float]], *,
              stacked: bool = False, target: float | None = None, target_label: str = "",
              colours: Mapping[str, str] | None = None, suffix: str = "") -> QChart:
    """Horizontal bars: long category names (workers, outcomes) stay readable at any width."""
    chart = QChart()
    chart.setTitle(title)
    title_font = QFont(chart.titleFont())
    title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0))
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setVisible(len(series) > 1 or bool(target_label))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    # Categories run top to bottom in the order given; Qt draws the first at the bottom.
    cats = [_short(c) for c in categories][::-1]
    bars = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    biggest = 0.0
    for i, (name, values) in enumerate(series.items()):
        bar_set = QBarSet(name)
        vals = [float(v or 0) for v in values][::-1]
        bar_set.append(vals)
        colour = (colours or {}).get(name) or PALETTE[i % len(PALETTE)]
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        bars.append(bar_set)
        biggest = max(biggest, *vals) if vals else biggest
    if stacked and series:
        biggest = max((sum(float(s[j] or 0) for s in series.values()) for j in range(len(categories))), default=0)
    bars.setLabelsVisible(True)
    bars.setLabelsFormat("@value" + suffix)
    bars.setBarWidth(0.7)
    chart.addSeries(bars)

    y_axis = QBarCategoryAxis()
    y_axis.append(cats)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y_axis)
    x_axis = QValueAxis()
    top = max(biggest, target or 0) * 1.15 or 1
    x_axis.setRange(0, top)
    x_axis.setLabelFormat("%d")
    x_axis.applyNiceNumbers()
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x_axis)

    if target is not None and categories:
        line = QLineSeries()
        line.setName(target_label or tr("target {target}").format(target=f"{target:g}"))
        # A vertical line at the target across the whole category axis.
        line.append(QPointF(target, -0.5))
        line.append(QPointF(target, len(categories) - 0.5))
        pen = QPen(QColor("#a4262c"))
        pen.setWidth(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        hidden_y = QValueAxis()
        hidden_y.setRange(-0.5, len(categories) - 0.5)
        hidden_y.setVisible(False)
        chart.addAxis(hidden_y, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(hidden_y)
    return chart


def describe(categories: Sequence[str], series: Mapping[str, Sequence[float]]) -> str:
    """The chart's numbers as a sentence: the accessible description, and the fallback in print."""
    parts = []
    for j, cat in enumerate(categories):
        vals = ", ".join(f"{name} {series[name][j]:g}" for name in series)
        parts.append(f"{cat}: {vals}")
    return "; ".join(parts)


def chart_view(chart: QChart, description: str, min_height: int = 220) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    view.setAccessibleName(chart.title())
    view.setAccessibleDescription(description)
    view.setToolTip(description if len(description) < 600 else description[:597] + "…")
    return view


def height_for(n_categories: int, n_series: int = 1, stacked: bool = False) -> int:
    """Enough room per bar that category names are never elided and labels never overlap."""
    per = 34 if stacked or n_series == 1 else 16 * n_series + 14
    return max(240, min(1000, 110 + per * max(1, n_categories)))


def render(chart: QChart, size: QSize) -> QImage:
    """Draw a chart to an image for the printed report, off any window (no temp files)."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), QRectF(0, 0, size.width(), size.height()))
    painter.end()
    scene.removeItem(chart)
    return image
