"""A chart drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Either the cumulative count of one requirement over time against its target, or entries
per month as stacked bars per kind. Everything is measured in font units and
device-independent pixels, so it stays crisp and legible at 200 % scaling.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from evtdesk.ui.charts.series import nice_ceiling


class ChartWidget(QWidget):
    """A plot area with axes, gridlines, a legend and either lines or stacked bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 220)
        self.title = ""
        self.empty_text = ""
        self.lines: list[tuple[str, QColor, list[tuple[date, int]]]] = []
        self.target: tuple[str, float] | None = None
        self.bars: tuple[list[tuple[int, int]], list[tuple[str, QColor, list[int]]]] | None = None
        self.start: date | None = None
        self.end: date | None = None

    def sizeHint(self) -> QSize:
        return QSize(720, 420)

    def set_lines(
        self,
        title: str,
        lines: list[tuple[str, QColor, list[tuple[date, int]]]],
        target: tuple[str, float] | None,
        start: date | None,
        end: date | None,
    ) -> None:
        self.title, self.lines, self.target, self.bars = title, lines, target, None
        self.start, self.end = start, end
        self.update()

    def set_bars(
        self, title: str, months: list[tuple[int, int]], stacks: list[tuple[str, QColor, list[int]]]
    ) -> None:
        self.title, self.bars, self.lines, self.target = title, (months, stacks), [], None
        self.update()

    # --- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        fm = QFontMetricsF(self.font())
        line_h = fm.height()
        text_color = palette.text().color()
        grid_color = QColor(text_color)
        grid_color.setAlpha(40)
        pad = line_h * 0.6
        painter.setPen(text_color)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(pad, pad * 0.5, self.width() - 2 * pad, line_h * 1.2),
            Qt.AlignmentFlag.AlignLeft,
            self.title,
        )
        painter.setFont(self.font())
        legend = self._legend_entries()
        legend_rows = self._legend_layout(fm, legend, self.width() - 2 * pad)
        legend_h = len(legend_rows) * line_h * 1.2
        top = pad * 0.5 + line_h * 1.6
        bottom = self.height() - pad - legend_h - line_h * 1.4
        if self.bars is None:
            ymax_value = max(
                [p[-1][1] for _l, _c, p in self.lines if p] + [self.target[1] if self.target else 0]
            )
        else:
            months, stacks = self.bars
            ymax_value = max((sum(s[2][i] for s in stacks) for i in range(len(months))), default=0)
        if ymax_value <= 0:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRectF(0, top, self.width(), bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                self.empty_text,
            )
            painter.end()
            return
        ymax, step = nice_ceiling(ymax_value)
        label_w = fm.horizontalAdvance(f"{ymax:g}") + pad
        left = pad + label_w
        right = self.width() - pad
        plot = QRectF(left, top, max(right - left, 10), max(bottom - top, 10))
        # y grid and labels
        value = 0.0
        while value <= ymax + 1e-9:
            y = plot.bottom() - value / ymax * plot.height()
            painter.setPen(QPen(grid_color, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(pad * 0.5, y - line_h / 2, label_w, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )
            value += step
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        if self.bars is None:
            self._paint_lines(painter, plot, ymax, fm, text_color)
        else:
            self._paint_bars(painter, plot, ymax, fm, text_color)
        self._paint_legend(painter, legend_rows, pad, plot.bottom() + line_h * 1.4, fm, text_color)
        painter.end()

    def _span(self) -> tuple[date, date]:
        days = [d for _l, _c, points in self.lines for d, _n in points]
        start = self.start or (min(days) if days else date.today())
        end = self.end or (max(days) if days else date.today())
        if end <= start:
            end = date.fromordinal(start.toordinal() + 30)
        return start, end

    def _paint_lines(
        self, painter: QPainter, plot: QRectF, ymax: float, fm: QFontMetricsF, text: QColor
    ) -> None:
        start, end = self._span()
        span = end.toordinal() - start.toordinal()

        def x_of(day: date) -> float:
            return plot.left() + (day.toordinal() - start.toordinal()) / span * plot.width()

        def y_of(value: float) -> float:
            return plot.bottom() - value / ymax * plot.height()

        self._paint_time_axis(painter, plot, start, end, x_of, fm, text)
        if self.target is not None:
            pen = QPen(QColor("#b3261e"), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = y_of(self.target[1])
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            label = f"{self.target[0]} {self.target[1]:g}"
            painter.drawText(
                QRectF(plot.left(), y - fm.height() - 2, plot.width() - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                label,
            )
        for _label, color, points in self.lines:
            if not points:
                continue
            path = QPainterPath(QPointF(x_of(points[0][0]), y_of(0)))
            previous = 0
            for day, total in points:  # a step line: the count rises on the day of the entry
                x = x_of(day)
                path.lineTo(x, y_of(previous))
                path.lineTo(x, y_of(total))
                previous = total
            path.lineTo(x_of(end), y_of(previous))
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)

    def _paint_time_axis(self, painter, plot, start, end, x_of, fm, text) -> None:
        months_total = (end.year - start.year) * 12 + end.month - start.month + 1
        every = next(
            n
            for n in (1, 2, 3, 6, 12, 24, 60)
            if months_total / n <= max(plot.width() / (fm.horizontalAdvance("2026-00") * 1.6), 1)
        )
        year, month = start.year, start.month
        painter.setPen(text)
        n = 0
        while (year, month) <= (end.year, end.month):
            day = date(year, month, 1)
            if day >= start and n % every == 0:
                x = x_of(day)
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
                label = f"{year}" if every >= 12 else f"{year}-{month:02d}"
                width = fm.horizontalAdvance(label)
                painter.drawText(
                    QRectF(x - width / 2, plot.bottom() + 4, width + 2, fm.height()), label
                )
            if day >= start:
                n += 1
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    def _paint_bars(
        self, painter: QPainter, plot: QRectF, ymax: float, fm: QFontMetricsF, text: QColor
    ) -> None:
        assert self.bars is not None
        months, stacks = self.bars
        count = len(months)
        slot = plot.width() / max(count, 1)
        gap = min(slot * 0.2, 6)
        every = max(1, math.ceil(fm.horizontalAdvance("2026-00") * 1.4 / slot))
        for i, (year, month) in enumerate(months):
            x = plot.left() + i * slot
            base = 0
            for _label, color, values in stacks:
                value = values[i]
                if not value:
                    continue
                y1 = plot.bottom() - base / ymax * plot.height()
                y2 = plot.bottom() - (base + value) / ymax * plot.height()
                painter.fillRect(QRectF(x + gap / 2, y2, slot - gap, y1 - y2), color)
                base += value
            if i % every == 0:
                painter.setPen(text)
                label = f"{year}-{month:02d}"
                width = fm.horizontalAdvance(label)
                painter.drawText(
                    QRectF(x + slot / 2 - width / 2, plot.bottom() + 4, width + 2, fm.height()),
                    label,
                )

    def _legend_entries(self) -> list[tuple[str, QColor, bool]]:
        entries = [(label, color, False) for label, color, _points in self.lines]
        if self.target is not None:
            entries.append((self.target[0], QColor("#b3261e"), True))
        if self.bars is not None:
            entries = [(label, color, False) for label, color, _values in self.bars[1]]
        return entries

    @staticmethod
    def _legend_layout(
        fm: QFontMetricsF, entries: list[tuple[str, QColor, bool]], width: float
    ) -> list[list[tuple[str, QColor, bool]]]:
        rows: list[list[tuple[str, QColor, bool]]] = [[]]
        used = 0.0
        for entry in entries:
            w = fm.height() * 2 + fm.horizontalAdvance(entry[0])
            if rows[-1] and used + w > width:
                rows.append([])
                used = 0.0
            rows[-1].append(entry)
            used += w
        return [r for r in rows if r]

    @staticmethod
    def _paint_legend(
        painter: QPainter, rows, pad: float, top: float, fm: QFontMetricsF, text: QColor
    ) -> None:
        h = fm.height()
        for r, row in enumerate(rows):
            x = pad
            y = top + r * h * 1.2
            for label, color, dashed in row:
                if dashed:
                    painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(x, y + h / 2), QPointF(x + h, y + h / 2))
                else:
                    painter.fillRect(QRectF(x, y + h * 0.2, h, h * 0.6), color)
                painter.setPen(text)
                painter.drawText(QRectF(x + h * 1.3, y, fm.horizontalAdvance(label) + 4, h), label)
                x += h * 2 + fm.horizontalAdvance(label)
