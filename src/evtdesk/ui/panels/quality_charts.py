"""The quality view's two charts, painted with QPainter like the other charts.

Rates: one row per indicator on a 0–100 % axis, the 95 % interval as a bar with end
ticks, the rate as a dot — filled and green or red when judged, hollow when there are too
few cases to judge — and the guidance's target as a dashed line. Logistics: one row per
interval in minutes, the quartiles as a box, the median as a thick tick, the reference the
user entered as a hollow diamond. Shape and dash carry the meaning as well as colour.
Sizes are in font units so the charts stay legible at 200 % scaling.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

GOOD, BAD, OPEN, TARGET = QColor("#2e7d32"), QColor("#b3261e"), QColor("#1f4e9c"), QColor("#c77800")


@dataclass(frozen=True)
class RateRow:
    label: str
    rate: float | None
    low: float | None
    high: float | None
    target: float
    target_text: str
    met: bool | None


@dataclass(frozen=True)
class SpreadRow:
    label: str
    median: float | None
    q1: float | None
    q3: float | None
    n: int
    reference: float | None
    text: str = ""  # the median as the language writes it, with n


def nice_top(value: float) -> tuple[float, float]:
    """An axis end at or above `value` and its tick step (1, 2 or 5 times a power of ten)."""
    value = max(value, 1.0)
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step), step


class _RowChart(QWidget):
    """Rows with a label column and a horizontal axis at the foot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.empty_text = ""
        self.unit = ""
        self._count = 0

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        return QSize(640, int(line * (2.2 * max(self._count, 1) + 3)))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def _frame(self, painter: QPainter, labels: Sequence[str], top_value: float,
               step: float) -> tuple[QRectF, float]:  # fmt: skip
        """Draw labels, grid and axis; the plot rectangle and the row height."""
        fm, line = QFontMetricsF(self.font()), self._line()
        text = self.palette().text().color()
        grid = QColor(text)
        grid.setAlpha(45)
        pad = line * 0.6
        label_w = max((fm.horizontalAdvance(x) for x in labels), default=0) + 2 * pad
        plot = QRectF(label_w, pad, max(self.width() - label_w - 3 * pad, 10),
                      self.height() - 2 * pad - line * 1.4)  # fmt: skip
        row_h = plot.height() / max(len(labels), 1)
        for n, label in enumerate(labels):
            painter.setPen(text)
            cell = QRectF(pad, plot.top() + n * row_h, label_w - pad, row_h)
            painter.drawText(cell, Qt.AlignmentFlag.AlignVCenter, label)
        value = 0.0
        while value <= top_value + 1e-9:
            x = plot.left() + value / top_value * plot.width()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(text)
            painter.drawText(QRectF(x - 3 * line, plot.bottom() + 2, 6 * line, line * 1.2),
                             Qt.AlignmentFlag.AlignHCenter, f"{value:g}{self.unit}")  # fmt: skip
            value += step
        painter.setPen(QPen(text, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        return plot, row_h


class RateChart(_RowChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityRateChart")
        self.unit = " %"
        self.rows: list[RateRow] = []

    def set_rows(self, rows: list[RateRow]) -> None:
        self.rows, self._count = rows, len(rows)
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        plot, row_h = self._frame(painter, [r.label for r in self.rows], 100, 20)
        line = self._line()
        x_of = lambda v: plot.left() + v / 100 * plot.width()  # noqa: E731
        for n, row in enumerate(self.rows):
            y = plot.top() + (n + 0.5) * row_h
            tx = x_of(row.target)
            painter.setPen(QPen(TARGET, max(line / 8, 1.5), Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(tx, y - row_h * 0.42), QPointF(tx, y + row_h * 0.42))
            painter.setPen(TARGET)
            small = self.font()
            small.setPointSizeF(max(self.font().pointSizeF() * 0.8, 6))
            painter.setFont(small)
            painter.drawText(QPointF(tx + 3, y - row_h * 0.2), row.target_text)
            painter.setFont(self.font())
            if row.rate is None or row.low is None or row.high is None:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(QRectF(plot.left(), y - line, plot.width() - 4, 2 * line),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                                 self.empty_text)  # fmt: skip
                continue
            colour = OPEN if row.met is None else (GOOD if row.met else BAD)
            pen = QPen(colour, max(line / 7, 1.5))
            painter.setPen(pen)
            lo, hi = x_of(row.low), x_of(row.high)
            painter.drawLine(QPointF(lo, y), QPointF(hi, y))
            for x in (lo, hi):
                painter.drawLine(QPointF(x, y - line / 3), QPointF(x, y + line / 3))
            painter.setBrush(colour if row.met is not None else self.palette().base().color())
            r = line * 0.32
            painter.drawEllipse(QPointF(x_of(row.rate), y), r, r)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()


class LogisticsChart(_RowChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityLogisticsChart")
        self.rows: list[SpreadRow] = []

    def set_rows(self, rows: list[SpreadRow]) -> None:
        self.rows, self._count = rows, len(rows)
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        values = [v for r in self.rows for v in (r.q3, r.reference) if v is not None]
        top, step = nice_top(max(values, default=60) * 1.25)
        plot, row_h = self._frame(painter, [r.label for r in self.rows], top, step)
        line = self._line()
        text = self.palette().text().color()
        x_of = lambda v: plot.left() + v / top * plot.width()  # noqa: E731
        for n, row in enumerate(self.rows):
            y = plot.top() + (n + 0.5) * row_h
            if row.median is None or row.q1 is None or row.q3 is None:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(QRectF(plot.left() + 4, y - line, plot.width(), 2 * line),
                                 Qt.AlignmentFlag.AlignVCenter, self.empty_text)  # fmt: skip
            else:
                box = QRectF(x_of(row.q1), y - line * 0.35, max(x_of(row.q3) - x_of(row.q1), 2),
                             line * 0.7)  # fmt: skip
                fill = QColor(OPEN)
                fill.setAlpha(50)
                painter.setPen(QPen(OPEN, 1))
                painter.setBrush(fill)
                painter.drawRect(box)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(OPEN, max(line / 5, 2)))
                mx = x_of(row.median)
                painter.drawLine(QPointF(mx, y - line * 0.5), QPointF(mx, y + line * 0.5))
                painter.setPen(text)
                label = row.text or f"{row.median:g} (n = {row.n})"
                painter.drawText(QPointF(box.right() + line * 0.4, y + line * 0.3), label)
            if row.reference is not None:
                rx, r = x_of(row.reference), line * 0.38
                painter.setPen(QPen(TARGET, max(line / 8, 1.5)))
                painter.setBrush(self.palette().base())
                diamond = [QPointF(rx, y - r), QPointF(rx + r, y), QPointF(rx, y + r),
                           QPointF(rx - r, y)]  # fmt: skip
                painter.drawPolygon(QPolygonF(diamond))
                painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.end()
