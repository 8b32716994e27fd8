"""Charts drawn with QPainter (QtCharts is not part of PySide6-Essentials).

Two views: the cumulative count of one requirement over time against its target, and
entries per month as stacked bars per kind. Everything is measured in font units and
device-independent pixels, so it stays crisp and legible at 200 % scaling.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from evtdesk.entries.kinds import KINDS
from evtdesk.model import Entry
from evtdesk.ui.session import LogbookSession

PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39",
)  # fmt: skip


@dataclass(frozen=True)
class CountSeries:
    """A requirement counted over time: which entries count, and the target."""

    key: str
    label: str
    counts: Callable[[Entry], bool]
    target: float | None = None


def _kind(kind: str, roles: Sequence[str] = ()) -> Callable[[Entry], bool]:
    def test(entry: Entry) -> bool:
        return entry.kind == kind and (not roles or entry.role in roles)

    return test


# The counted requirements of the guidance, by what they count. Targets come from the
# curriculum engine (matched on the label of a condition), so a changed curriculum moves
# the target line without a change here.
_DEFAULT_SERIES: tuple[tuple[str, str, str, Callable[[Entry], bool], tuple[str, ...]], ...] = (
    ("evt", "Trombektomier (EVT)", "Thrombectomies (EVT)", _kind("evt"), ("evt",)),
    (
        "evt_independent",
        "EVT som självständig försteoperatör",
        "EVT as independent first operator",
        _kind("evt", ("independent_first_operator",)),
        ("independent", "självständig"),
    ),
    ("angiography", "Angiografier", "Angiographies", _kind("angiography"), ("angiograph",)),
    (
        "stroke_alarm",
        "Strokelarm",
        "Stroke alarms",
        _kind("stroke_alarm"),
        ("stroke alarm", "strokelarm"),
    ),
    ("ct_case", "DT-fall", "CT cases", _kind("ct_case"), ("ct", "dt")),
    ("mri_case", "MR-fall", "MRI cases", _kind("mri_case"), ("mri", "mr")),
)


def engine_targets(progress: Any) -> dict[str, float]:
    """Required numbers per series key, read from the engine's count conditions."""
    targets: dict[str, float] = {}
    for item in getattr(progress, "items", ()) or ():
        for condition in getattr(item, "conditions", ()) or ():
            required = getattr(condition, "required", None)
            if not isinstance(required, int | float) or required <= 1:
                continue
            words = f"{getattr(condition, 'id', '')} {condition_labels(condition)}".lower()
            for key, _sv, _en, _test, needles in _DEFAULT_SERIES:
                if key == "evt" and ("independent" in words or "självständig" in words):
                    continue
                if any(_word_in(needle, words) for needle in needles):
                    targets[key] = max(targets.get(key, 0), float(required))
    return targets


def condition_labels(condition: Any) -> str:
    """The condition's label in both languages (the engine's `ConditionProgress` has
    `label_en`/`label_sv` and a `label(language)` method, not a label attribute)."""
    labels = [getattr(condition, name, "") for name in ("label_en", "label_sv")]
    label = getattr(condition, "label", "")
    if callable(label):
        labels += [label("en"), label("sv")]
    else:
        labels.append(label)
    return " ".join(str(text) for text in labels if text)


def _word_in(needle: str, words: str) -> bool:
    if " " in needle or len(needle) > 3:
        return needle in words
    return needle in words.replace("-", " ").replace("_", " ").replace("/", " ").split()


def count_series(language: str, progress: Any = None) -> list[CountSeries]:
    targets = engine_targets(progress) if progress is not None else {}
    return [
        CountSeries(key, sv if language == "sv" else en, test, targets.get(key))
        for key, sv, en, test, _needles in _DEFAULT_SERIES
    ]


def cumulative(entries: Sequence[Entry], counts: Callable[[Entry], bool]) -> list[tuple[date, int]]:
    """(date, running total) at each date where the count changes; retracted skipped."""
    per_day = Counter(e.date for e in entries if not e.retracted and counts(e))
    total = 0
    out = []
    for day in sorted(per_day):
        total += per_day[day]
        out.append((day, total))
    return out


def per_month(entries: Sequence[Entry]) -> tuple[list[tuple[int, int]], dict[str, list[int]]]:
    """Months from the first entry to the last, and per kind the count in each month."""
    live = [e for e in entries if not e.retracted]
    if not live:
        return [], {}
    first = min(e.date for e in live)
    last = max(e.date for e in live)
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    position = {m: n for n, m in enumerate(months)}
    counts: dict[str, list[int]] = {}
    for entry in live:
        counts.setdefault(entry.kind, [0] * len(months))[
            position[(entry.date.year, entry.date.month)]
        ] += 1
    return months, counts


def nice_ceiling(value: float) -> tuple[float, float]:
    """A round axis maximum at or above `value`, and the step between its gridlines."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1:
        step = 1.0
    return math.ceil(value / step) * step, step


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


class ChartsPanel(QWidget):
    """Cumulative counts against their targets, and entries per month by kind."""

    CUMULATIVE, MONTHLY = "cumulative", "monthly"

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("ChartsPanel")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.view_label = QLabel(self)
        self.view_combo = QComboBox(self)
        self.view_combo.setObjectName("chart_view")
        self.view_label.setBuddy(self.view_combo)
        self.series_label = QLabel(self)
        self.series_combo = QComboBox(self)
        self.series_combo.setObjectName("chart_series")
        self.series_label.setBuddy(self.series_combo)
        for widget in (self.view_label, self.view_combo, self.series_label, self.series_combo):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.chart = ChartWidget(self)
        layout.addWidget(self.chart, 1)
        self.view_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        self.series_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        session.changed.connect(self.refresh)
        session.language_changed.connect(lambda _l: self.refresh())
        self._entries: Sequence[Entry] = ()
        self._series: list[CountSeries] = []
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self._entries = self.session.entries()  # the session's one shared read
        try:
            progress = self.session.progress()
        except Exception:
            progress = None
        self._series = count_series(self.session.language, progress)
        key = self.series_combo.currentData()
        self.series_combo.blockSignals(True)
        self.series_combo.clear()
        for series in self._series:
            self.series_combo.addItem(series.label, series.key)
        self.series_combo.setCurrentIndex(max(self.series_combo.findData(key), 0) if key else 0)
        self.series_combo.blockSignals(False)
        self.redraw()

    def redraw(self) -> None:
        language = self.session.language
        monthly = self.view_combo.currentData() == self.MONTHLY
        self.series_combo.setEnabled(not monthly)
        self.chart.empty_text = self.tr("No entries yet.")
        if monthly:
            months, counts = per_month(self._entries)
            stacks = [
                (spec.label(language), QColor(PALETTE[n % len(PALETTE)]), counts[spec.id])
                for n, spec in enumerate(KINDS)
                if spec.id in counts
            ]
            self.chart.set_bars(self.tr("Entries per month"), months, stacks)
            return
        key = self.series_combo.currentData()
        series = next((s for s in self._series if s.key == key), None)
        if series is None:
            return
        points = cumulative(self._entries, series.counts)
        target = (self.tr("Target"), series.target) if series.target else None
        live = [e.date for e in self._entries if not e.retracted]
        start = min(live) if live else None
        end = max([*live, self.session.today()]) if live else None
        title = self.tr("Cumulative: %1").replace("%1", series.label)
        self.chart.set_lines(
            title, [(series.label, QColor(PALETTE[0]), points)], target, start, end
        )
        self.chart.setAccessibleDescription(
            f"{series.label}: {points[-1][1] if points else 0}"
            + (f" / {series.target:g}" if series.target else "")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.redraw()
        super().changeEvent(event)

    def retranslate(self) -> None:
        current = self.view_combo.currentData()
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        self.view_combo.addItem(self.tr("Cumulative count against the target"), self.CUMULATIVE)
        self.view_combo.addItem(self.tr("Entries per month"), self.MONTHLY)
        self.view_combo.setCurrentIndex(max(self.view_combo.findData(current), 0) if current else 0)
        self.view_combo.blockSignals(False)
        self.view_label.setText(self.tr("&Chart:"))
        self.series_label.setText(self.tr("&Requirement:"))
        self.view_combo.setAccessibleName(self.tr("Chart"))
        self.series_combo.setAccessibleName(self.tr("Requirement"))
        self.chart.setAccessibleName(self.tr("Chart"))
