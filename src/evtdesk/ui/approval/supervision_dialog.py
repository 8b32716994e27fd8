"""What the supervisor asked for and each calendar year's evaluation (A4, S5).

The measures come from signed statements only (a failed week's complements, a yearly
action plan); the trainee marks one done, and that mark is shown as her account. Each
year of the training is listed with what the logbook shows for it and the supervisor's
evaluation; a past year without one is said to be missing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.progress import MeasureProgress, YearProgress
from evtdesk.store import LogbookError
from evtdesk.ui.approval.held import HeldThroughLock
from evtdesk.ui.date_edit import DateEdit
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE

RED, GREEN, GREY = "#8a1c1c", "#2e7d32", "#555555"


class SupervisionDialog(HeldThroughLock, QDialog):
    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisionDialog")
        self.session = session
        self.measures: list[MeasureProgress] = []
        layout = QVBoxLayout(self)
        self.stopped = QLabel(self)
        self.stopped.setObjectName("stopped")
        self.stopped.setWordWrap(True)
        layout.addWidget(self.stopped)
        self.measures_label = QLabel(self)
        layout.addWidget(self.measures_label)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("measureTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.done_on = DateEdit(self)
        self.done_on.setObjectName("doneOn")
        self.done_on.setDisplayFormat("yyyy-MM-dd")
        self.done_on.setDate(QDate(date.today()))
        self.done_on.setMaximumDate(QDate(date.today()))
        self.note = QLineEdit(self)
        self.note.setObjectName("measureNote")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("markDone")
        self.done_button.clicked.connect(self.mark_done)
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(self.reopen)
        for widget in (self.done_on, self.note, self.done_button, self.reopen_button):
            row.addWidget(widget, 1 if widget is self.note else 0)
        layout.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problem)
        self.years_label = QLabel(self)
        layout.addWidget(self.years_label)
        self.years = QLabel(self)
        self.years.setObjectName("years")
        self.years.setWordWrap(True)
        self.years.setTextFormat(Qt.TextFormat.RichText)
        self.years.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.years)
        layout.addWidget(scroll, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        session.changed.connect(self.refresh)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 80, 640)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Measures and yearly evaluations"))
        self.measures_label.setText(
            f"<b>{html.escape(self.tr('Measures your supervisor asked for'))}</b>"
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Measure"), self.tr("Asked by"), self.tr("State")]
        )
        self.note.setPlaceholderText(self.tr("What was done, or why it is reopened"))
        self.done_button.setText(self.tr("Mark &done"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.years_label.setText(f"<b>{html.escape(self.tr('Each calendar year'))}</b>")
        self.refresh()

    def refresh(self) -> None:
        try:
            self._refresh_now()
        except LogbookError as error:  # the logbook closed under a late signal
            self.problem.setText(str(error))

    def _refresh_now(self) -> None:
        try:
            progress = self.session.progress()
        except Exception as error:
            self.problem.setText(str(error))
            return
        stopped = progress.stopped
        self.stopped.setVisible(stopped is not None)
        if stopped is not None:
            said = self.tr("The training is stopped by %1 (%2): %3")
            said = said.replace("%1", stopped.supervisor_name)
            said = said.replace("%2", stopped.signed_at.date().isoformat())
            said = said.replace("%3", stopped.comment)
            self.stopped.setText(f"<b style='color:{RED}'>{html.escape(said)}</b>")
        self.measures = list(progress.measures)
        self.table.setRowCount(len(self.measures))
        for row, measure in enumerate(self.measures):
            for column, text in enumerate(self.measure_cells(measure)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        for column in (0, 2, 3):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        self.years.setText("".join(f"<p>{self.year_html(y)}</p>" for y in progress.years) or "–")

    def measure_cells(self, measure: MeasureProgress) -> list[str]:
        year = measure.source.partition(":")[2]
        source = (
            self.tr("evaluation %1").replace("%1", year) if year else self.tr("examination week")
        )
        asked = f"{measure.signed_by}, {measure.signed_on.isoformat()} ({source})"
        if measure.done_on is None:
            state = self.tr("Open")
        else:
            state = self.tr("Done by your account, %1").replace("%1", measure.done_on.isoformat())
        return [measure.measure.due.isoformat(), measure.measure.text, asked, state]

    def year_html(self, year: YearProgress) -> str:
        statement = year.evaluation
        if statement is None:
            said = self.tr("Not evaluated") if year.due else self.tr("Not evaluated yet")
            colour = RED if year.due else GREY
            verdict = f"<span style='color:{colour}'>{html.escape(said)}</span>"
        else:
            word = self.tr("Sufficient progress") if statement.approved else None
            word = word or self.tr("Insufficient progress: action plan")
            colour = GREEN if statement.approved else RED
            who = f"{statement.supervisor_name}, {statement.signed_at.date().isoformat()}"
            verdict = f"<span style='color:{colour}'><b>{html.escape(word)}</b></span> – {who}"
            content = statement.evaluation
            for m in content.measures if content is not None else ():
                verdict += f"<br/>• {m.due.isoformat()}: {html.escape(m.text)}"
        lines = "".join(f"<br/>&nbsp;&nbsp;{html.escape(line)}" for line in year.lines)
        return f"<b>{year.year}</b>: {verdict}{lines}"

    def current(self) -> MeasureProgress | None:
        row = self.table.currentRow()
        return self.measures[row] if 0 <= row < len(self.measures) else None

    def mark_done(self) -> None:
        from evtdesk.training.approval import mark_measure_done

        measure = self.current()
        if measure is None:
            self.problem.setText(self.tr("Choose a measure in the list."))
            return
        day = self.done_on.date().toPython()
        assert isinstance(day, date)
        self._write(
            lambda: mark_measure_done(
                self.session.logbook, measure.key, day, self.note.text(), self.session.today()
            )
        )

    def reopen(self) -> None:
        from evtdesk.training.approval import reopen_measure

        measure = self.current()
        if measure is None:
            self.problem.setText(self.tr("Choose a measure in the list."))
            return
        self._write(lambda: reopen_measure(self.session.logbook, measure.key, self.note.text()))

    def _write(self, action: Callable[[], object]) -> None:
        try:
            action()
        except LogbookError as error:
            self.problem.setText(str(error))  # the note stays as typed
            return
        self.problem.clear()
        self.note.clear()
        self.session.notify_changed()
