"""The examination week (A3, A4) on one screen: start a week at a unit, type every
candidate of it on one line, and read the week's summary and the supervisor's verdict.

The week starts only when the engine opens it (every certificate and the course in);
`evtdesk.training.approval` refuses otherwise and says why, shown here as said. A case
is saved through the same function the command line uses, so it is dated inside the
week and at its unit. Whether a week passed is only the supervisor's signed verdict,
imported like any attestation; this screen shows it, never sets it.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.approval import week_cases, week_changed, week_summary
from evtdesk.curriculum.progress import WeekProgress
from evtdesk.curriculum.site_rules import site_name
from evtdesk.model import Entry
from evtdesk.store import LogbookError
from evtdesk.ui.approval.case_row import CaseRow
from evtdesk.ui.approval.held import HeldThroughLock
from evtdesk.ui.date_edit import DateEdit
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE

PASSED, FAILED = "#2e7d32", "#8a1c1c"


class ExamWeekDialog(HeldThroughLock, QDialog):
    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examWeekDialog")
        self.session = session
        self.weeks: list[WeekProgress] = []
        self.started_week: int | None = None  # a week just started, selected once read
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.week_label = QLabel(self)
        self.week_box = QComboBox(self)
        self.week_box.setObjectName("weekBox")
        self.week_label.setBuddy(self.week_box)
        top.addWidget(self.week_label)
        top.addWidget(self.week_box, 1)
        self.new_label = QLabel(self)
        self.start_edit = DateEdit(self)
        self.start_edit.setObjectName("weekStart")
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDate(QDate(date.today()))
        self.new_label.setBuddy(self.start_edit)
        self.site_box = QComboBox(self)
        self.site_box.setObjectName("weekSite")
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startWeek")
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start_week)
        for widget in (self.new_label, self.start_edit, self.site_box, self.start_button):
            top.addWidget(widget)
        layout.addLayout(top)
        self.summary = QLabel(self)
        self.summary.setObjectName("weekSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.case_box = QGroupBox(self)
        boxed = QHBoxLayout(self.case_box)
        self.case_row = CaseRow(session.language, self.case_box)
        boxed.addWidget(self.case_row, 1)
        self.add_button = QPushButton(self.case_box)
        self.add_button.setObjectName("addCase")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_case)
        boxed.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(self.case_box)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problem)
        self.cases = QTableWidget(0, 6, self)
        self.cases.setObjectName("weekCases")
        self.cases.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cases.verticalHeader().setVisible(False)
        self.cases.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.cases, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(buttons)
        self.week_box.currentIndexChanged.connect(self._show_week)
        session.changed.connect(self.refresh)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 90, 560)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Examination week"))
        self.week_label.setText(self.tr("&Week:"))
        self.new_label.setText(self.tr("New week &from"))
        self.start_button.setText(self.tr("&Start week"))
        self.case_box.setTitle(self.tr("A candidate for endovascular treatment"))
        self.add_button.setText(self.tr("&Add case"))
        self.add_button.setToolTip(self.tr("Enter saves the case; the line is then empty"))
        self.cases.setHorizontalHeaderLabels(
            [
                self.tr("Day"),
                self.tr("Decision"),
                self.tr("Grounds"),
                self.tr("Role"),
                self.tr("mTICI"),
                self.tr("sICH"),
            ]
        )
        self.case_row.retranslate()
        self._show_week()

    # what the logbook holds --------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self._refresh_now()
        except LogbookError as error:  # the logbook closed under a late signal
            self.problem.setText(str(error))

    def _refresh_now(self) -> None:
        chosen = self.week_box.currentData() if self.started_week is None else self.started_week
        try:
            progress = self.session.progress()
        except Exception as error:  # the engine failed: say so, keep what was typed
            self.problem.setText(str(error))
            return
        self.weeks = list(progress.exam_weeks)
        self.week_box.blockSignals(True)
        self.week_box.clear()
        for week in self.weeks:
            self.week_box.addItem(
                f"{week.week.start.isoformat()} – {week.week.last_day.isoformat()}, {week.unit}",
                week.week.id,
            )
        index = self.week_box.findData(chosen) if chosen is not None else -1
        arrived = index >= 0 and chosen == self.started_week
        if arrived:
            self.started_week = None  # read and selected: from now on the user's choice
        self.week_box.setCurrentIndex(index if index >= 0 else len(self.weeks) - 1)
        self.week_box.blockSignals(False)
        current_site = self.site_box.currentData()
        self.site_box.clear()
        for site in sorted(self.session.sites(), key=lambda s: not s.has_neurointervention):
            self.site_box.addItem(site_name(site), site.id)
        if current_site is not None and self.site_box.findData(current_site) >= 0:
            self.site_box.setCurrentIndex(self.site_box.findData(current_site))
        self._show_week()
        if arrived:
            self.case_row.day.setFocus()  # the new week's first case is typed next

    def current_week(self) -> WeekProgress | None:
        """The week cases go into; None while a week just started is still being read, so
        that a case typed meanwhile cannot land in the week selected before it."""
        if self.started_week is not None:
            return None
        week_id = self.week_box.currentData()
        return next((w for w in self.weeks if w.week.id == week_id), None)

    def _show_week(self) -> None:
        try:
            self._show_week_now()
        except LogbookError as error:  # the logbook closed under a late signal
            self.problem.setText(str(error))

    def _show_week_now(self) -> None:
        if self.started_week is not None:  # until the read brings it, no week takes cases
            self.case_box.setEnabled(False)
            return
        week = self.current_week()
        self.case_box.setEnabled(week is not None)
        if week is None:
            self.summary.setText(
                html.escape(
                    self.tr(
                        "No examination week yet. It can start when every certificate, the "
                        "course certificate included, is with your main supervisor."
                    )
                )
            )
            self.cases.setRowCount(0)
            return
        self.case_row.set_week(week.week.start, week.week.last_day)
        self.summary.setText(
            f"<b>{html.escape(week_summary(week, self.session.language))}</b>"
            + self._verdict_html(week)
        )
        self._fill_cases(week_cases(self.session.snapshot(), week.week))

    def _verdict_html(self, week: WeekProgress) -> str:
        statement = week.verdict
        if statement is None:
            changed = week_changed(week, self.session.language)  # a pass it no longer matches
            said = html.escape(f"{changed[:1].upper()}{changed[1:]}.") + "<br/>" if changed else ""
            awaiting = self.tr(
                "Awaiting the supervisor's verdict: export a bundle when the week ends."
            )
            return "<br/>" + said + html.escape(awaiting)
        colour = PASSED if statement.approved else FAILED
        word = self.tr("Passed") if statement.approved else self.tr("Not passed")
        who = f"{statement.supervisor_name}, {statement.signed_at.date().isoformat()}"
        lines = [f"<span style='color:{colour}'><b>{html.escape(word)}</b></span> – {who}"]
        content = statement.verdict
        if content is not None and not statement.approved:
            informed = content.employer_informed.isoformat() if content.employer_informed else "–"
            lines.append(html.escape(self.tr("Reason: %1").replace("%1", content.reason)))
            lines.append(html.escape(self.tr("Employer informed: %1").replace("%1", informed)))
            for measure in content.measures:
                lines.append(f"• {measure.due.isoformat()}: {html.escape(measure.text)}")
        if not week.current and statement is not None:
            lines.append(html.escape(self.tr("A later verdict decides.")))
        return "<br/>" + "<br/>".join(lines)

    def _fill_cases(self, cases: list[Entry]) -> None:
        self.cases.setRowCount(len(cases))
        for row, entry in enumerate(sorted(cases, key=lambda e: (e.date, e.created_seq))):
            fields = entry.fields
            treated = fields.get("evt_performed") is True
            values = [
                entry.date.isoformat(),
                self.tr("EVT") if treated else self.tr("No EVT"),
                str(fields.get("decision_reason") or ""),
                self.case_row.role.itemText(self.case_row.role.findData(entry.role))
                if treated
                else "",
                str(fields.get("mtici") or ""),
                (self.tr("yes") if fields.get("sich") else self.tr("no")) if treated else "",
            ]
            for column, text in enumerate(values):
                self.cases.setItem(row, column, QTableWidgetItem(text))
        self.cases.resizeColumnToContents(3)

    # what the user does --------------------------------------------------------------
    def start_week(self) -> None:
        from evtdesk.training.approval import start_exam_week

        start = self.start_edit.date().toPython()
        site_id = self.site_box.currentData()
        if site_id is None:
            self.problem.setText(
                self.tr("Add the unit first (Edit ▸ Sites and supervisors), then start the week.")
            )
            return
        assert isinstance(start, date)
        if start > date.today() + timedelta(days=366):
            self.problem.setText(self.tr("Start the week within the coming year."))
            return
        try:
            week = start_exam_week(self.session.logbook, start, int(site_id))
        except LogbookError as error:
            self.problem.setText(str(error))
            return
        self.problem.clear()
        # The new week is selected when the logbook's read brings it: in the app that read
        # runs in the background and arrives after this returns, and the refresh would
        # otherwise keep the week selected before (a failed one, taking the new cases).
        self.started_week = week.id
        self._show_week()
        self.session.notify_changed()

    def add_case(self) -> None:
        from evtdesk.training.approval import add_week_case

        week = self.current_week()
        if week is None:
            self.problem.setText(self.tr("Start the week first."))
            return
        values, problems = self.case_row.values()
        if problems:
            self.problem.setText("\n".join(problems))
            return
        try:
            add_week_case(self.session.logbook, week.week.id, values)
        except LogbookError as error:
            self.problem.setText(str(error))  # every field stays as typed
            return
        self.problem.clear()
        self.case_row.clear_case()
        self.session.notify_changed()
