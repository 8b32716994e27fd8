"""The charts view: a choice of chart and requirement above one chart widget."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from evtdesk.entries.kinds import KINDS
from evtdesk.model import Entry
from evtdesk.ui.charts.chart_widget import ChartWidget
from evtdesk.ui.charts.series import PALETTE, CountSeries, count_series, cumulative, per_month
from evtdesk.ui.session import LogbookSession


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
