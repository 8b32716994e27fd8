"""The quality view: a year's (or the follow-up year's) quality figures.

What a newly approved operator and their supervisor look at during the follow-up year:
the EVT count, the follow-up targets Q1, Q2 and Q4 as the progress items judge them
(`quality_targets`), each indicator's count, denominator, unknowns, rate with its 95 %
interval and target (a table, and a chart of each rate against its target line), the
logistics medians against the references entered, and continuing education year by year. The
figures are `evtdesk.quality`'s, the same as the report and `evtdesk quality` show.
(Just over 400 lines: one view's table and charts; the figures and their words are in the
core, the references and readiness dialogs in their own modules.)
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.outcomes.cases import performed_evt
from evtdesk.curriculum.outcomes.references import (
    REFERENCES_SETTING,
    ReferenceValue,
    references_from_setting,
)
from evtdesk.model import LogbookSnapshot
from evtdesk.quality import (
    FollowUpNotStarted,
    Indicator,
    QualityFigures,
    calendar_year,
    education_years,
    followup_log,
    followup_start,
    followup_window,
    quality_figures,
)
from evtdesk.quality.education import EDUCATION_KINDS
from evtdesk.quality.text import figure
from evtdesk.ui.panels.quality_charts import LogisticsChart, RateChart, RateRow, SpreadRow
from evtdesk.ui.panels.quality_targets import TargetsView
from evtdesk.ui.session import LogbookSession

FOLLOW_UP = "follow-up"


def _table(name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(False)  # one line a row: the table is sized to its rows
    return table


def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(height)


class QualityPanel(QWidget):
    """Quality figures of the follow-up year or a calendar year (Q1–Q4, C1–C4)."""

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._snapshot: LogbookSnapshot | None = None
        self._references: dict[str, ReferenceValue] = {}
        self.setObjectName("QualityPanel")
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("qualityPeriod")
        self.period_label.setBuddy(self.period_combo)
        bar.addWidget(self.period_label)
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
        self.readiness_button = QPushButton(self)
        self.readiness_button.setObjectName("qualityReadiness")
        self.readiness_button.clicked.connect(self.show_readiness)
        bar.addWidget(self.readiness_button)
        outer.addLayout(bar)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        self.notice = QLabel(body)
        self.notice.setObjectName("qualityNotice")
        self.notice.setWordWrap(True)
        self.summary = QLabel(body)
        self.summary.setObjectName("qualitySummary")
        self.summary.setWordWrap(True)
        self.targets = TargetsView(body)
        self.table = _table("qualityTable", body)
        self.rate_chart = RateChart(body)
        self.rate_legend = QLabel(body)
        self.rate_legend.setObjectName("qualityRateLegend")
        self.rate_legend.setWordWrap(True)
        self.logistics_heading = QLabel(body)
        self.references_button = QPushButton(body)
        self.references_button.setObjectName("qualityReferencesButton")
        self.references_button.clicked.connect(self.show_references)
        self.logistics_chart = LogisticsChart(body)
        self.references = QLabel(body)
        self.references.setObjectName("qualityReferences")
        self.references.setWordWrap(True)
        self.education_heading = QLabel(body)
        self.education = _table("qualityEducation", body)
        for widget in (
            self.notice,
            self.summary,
            self.targets,
            self.table,
            self.rate_chart,
            self.rate_legend,
            self.logistics_heading,
            self.logistics_chart,
            self.references,
            self.references_button,
            self.education_heading,
            self.education,
        ):
            layout.addWidget(widget)
        layout.setAlignment(self.references_button, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.redraw())
        session.changed.connect(self.refresh)
        session.language_changed.connect(lambda _l: self.refresh())
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """A language switch installs another translator: every text is set again."""
        if event.type() == QEvent.Type.LanguageChange and self._snapshot is not None:
            self.refresh()
        super().changeEvent(event)

    # --- reading ------------------------------------------------------------------------
    def _read_references(self) -> dict[str, ReferenceValue]:
        try:
            with self.session.reading:
                stored = self.session.logbook.records.setting(REFERENCES_SETTING)
        except Exception:  # a closed logbook: the view shows none rather than failing
            return {}
        return references_from_setting(stored)

    def refresh(self) -> None:
        if self.session.ended:
            return
        self._snapshot = self.session.snapshot()
        self._references = self._read_references()
        today = self.session.today()
        years = {today.year}
        years |= {e.date.year for e in self._snapshot.entries if performed_evt(e)}
        years |= {e.date.year for e in self._snapshot.entries if e.kind in EDUCATION_KINDS}
        chosen = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        self.period_label.setText(self.tr("&Period:"))
        self.readiness_button.setText(self.tr("Hospital &readiness (H1–H11)…"))
        self.references_button.setText(self.tr("&National reference values…"))
        self.period_combo.addItem(self.tr("Follow-up year"), FOLLOW_UP)
        for year in sorted((y for y in years if y <= today.year), reverse=True):
            self.period_combo.addItem(str(year), year)
        if chosen is None:
            chosen = FOLLOW_UP if followup_start(self._snapshot) else today.year
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(chosen), 0))
        self.period_combo.blockSignals(False)
        self.redraw()

    def show_readiness(self) -> QWidget:
        from evtdesk.ui.panels.readiness_dialog import ReadinessDialog

        dialog = ReadinessDialog(self.session, self)
        dialog.open()
        return dialog

    def show_references(self) -> QWidget:
        from evtdesk.ui.panels.references_dialog import ReferencesDialog

        dialog = ReferencesDialog(self.session, self)
        dialog.open()
        return dialog

    # --- presenting ---------------------------------------------------------------------
    def _num(self, value: float | None) -> str:
        return figure(value, self.session.language)

    def verdict(self, found: Indicator) -> str:
        if found.total == 0:
            return self.tr("no cases recorded")
        if found.met is None:
            if found.spec.comparison == "all":  # Q1, judged once trained
                return self.tr("judged from the approval (the follow-up year)")
            if found.too_few:
                return self.tr("too few cases to judge")
            return self.tr("not every case is known")
        return self.tr("met") if found.met else self.tr("not met")

    def _target(self, found: Indicator) -> str:
        if found.spec.comparison == "all":
            return self.tr("all")
        return f"{found.spec.comparison} {self._num(found.spec.target)} %"

    def redraw(self) -> None:
        snapshot, today = self._snapshot, self.session.today()
        if snapshot is None:
            return
        choice = self.period_combo.currentData()
        log = None
        try:
            if choice == FOLLOW_UP:
                window = followup_window(snapshot)
                log = followup_log(snapshot, today)
            else:
                window = calendar_year(int(choice))
        except FollowUpNotStarted:
            self._show_not_started()
            return
        figures = quality_figures(snapshot.entries, window, self._references, today)
        notice = ""
        if log is not None:
            notice = self.tr(
                "Follow-up year {start} – {end}: {cases} cases handled, {evt} with EVT, "
                "{without} without, {complications} with complications."
            ).format(
                start=window.start.isoformat(),
                end=window.end.isoformat(),
                cases=log.cases,
                evt=log.evt_performed,
                without=log.without_evt,
                complications=log.with_complications,
            )
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        for widget in self._figure_widgets():
            widget.setVisible(True)
        self._show_figures(figures)
        start = followup_start(snapshot, today)
        self.targets.show_targets(figures.targets, start, self.session.language)
        self._show_education(min(window.end.year, today.year), start)

    def _figure_widgets(self) -> list[QWidget]:
        return [
            self.summary,
            self.table,
            self.rate_chart,
            self.rate_legend,
            self.logistics_heading,
            self.logistics_chart,
            self.references,
            self.references_button,
        ]

    def _show_not_started(self) -> None:
        self.notice.setText(
            self.tr(
                "The follow-up year starts when the training is approved: on the day the "
                "supervisor signs the approval. Choose a calendar year to see its figures."
            )
        )
        self.notice.setVisible(True)
        for widget in self._figure_widgets():
            widget.setVisible(False)
        self.targets.show_targets(None, None, self.session.language)  # from the approval on
        self._show_education(self.session.today().year, None)

    def _show_figures(self, figures: QualityFigures) -> None:
        language = self.session.language
        self.summary.setText(
            self.tr(
                "EVT as first operator: {n} (the guidance asks for at least 20 a year). "
                "A rate counts only the cases where the outcome was recorded; below 20 "
                "recorded cases it is shown but not judged."
            ).format(n=figures.evt_count)
        )
        rows = []
        for found in (*figures.indicators, figures.registered):
            rate = "–"
            if found.rate is not None:
                bounds = f"{self._num(found.ci_low)}–{self._num(found.ci_high)}"
                rate = f"{self._num(found.rate)} % ({bounds})"
            rows.append(
                [
                    found.spec.label(language),
                    f"{found.count} / {found.total}",
                    str(found.unknown),
                    rate,
                    self._target(found),
                    self.verdict(found),
                ]
            )
        headers = [
            self.tr("Indicator"),
            self.tr("Count / recorded"),
            self.tr("Not recorded"),
            self.tr("Rate (95 % interval)"),
            self.tr("Target"),
            self.tr("Judgement"),
        ]
        _fill(self.table, headers, rows)
        self.rate_chart.empty_text = self.tr("no cases recorded")
        self.rate_chart.set_rows(
            [
                RateRow(
                    f.spec.label(language),
                    f.rate,
                    f.ci_low,
                    f.ci_high,
                    f.spec.target,
                    self.tr("target {target}").format(target=self._target(f)),
                    f.met,
                )
                for f in figures.indicators
            ]
        )
        self.rate_legend.setText(
            self.tr(
                "Dot: the rate; bar: its 95 % interval; dashed line: the guidance's target. "
                "Filled green: met, filled red: not met, hollow: too few cases to judge."
            )
        )
        self.logistics_heading.setText(
            "<b>" + self.tr("Logistics: median minutes with quartiles") + "</b>"
        )
        self.logistics_chart.empty_text = self.tr("no case with both times")
        self.logistics_chart.set_rows(
            [
                SpreadRow(
                    f.spec.label(language),
                    f.spread.median,
                    f.spread.q1,
                    f.spread.q3,
                    f.spread.n,
                    f.reference.minutes if f.reference else None,
                    f"{self._num(f.spread.median)} (n = {f.spread.n})",
                )
                for f in figures.logistics
            ]
        )
        entered = [
            f"{f.spec.label(language)}: {self._num(f.reference.minutes)} min "
            f"({f.reference.source}, {f.reference.year})"
            for f in figures.logistics
            if f.reference
        ]
        if entered:
            text = self.tr(
                "Box: quartiles; thick line: median; ◇ reference values you entered: {list}"
            ).format(list="; ".join(entered))
        else:
            text = self.tr(
                "Box: quartiles; thick line: median. No national reference values are "
                "entered; EVTDesk ships none: enter them with their source and year."
            )
        self.references.setText(text)

    def _show_education(self, through: int, start: date | None) -> None:
        assert self._snapshot is not None
        years = education_years(self._snapshot.entries, through, start.year if start else None)
        self.education_heading.setText(
            "<b>"
            + self.tr(
                "Continuing education: at least 16 h every year (advice: 40 h every other year)"
            )
            + "</b>"
        )
        rows = []
        for y in years:
            state = self.tr("met") if y.met else self.tr("not met")
            if y.advice_met:
                state += " " + self.tr("(advice: 40 h with the year before)")
            rows.append(
                [
                    str(y.year),
                    self._num(y.hours),
                    state,
                    str(y.meetings),
                    str(y.observation_visits),
                    str(y.network_contacts),
                ]
            )
        headers = [
            self.tr("Year"),
            self.tr("Hours"),
            self.tr("C1"),
            self.tr("Meetings"),
            self.tr("Observation visits"),
            self.tr("Network contacts"),
        ]
        _fill(self.education, headers, rows)
