"""Work periods and the training plan: the time the duration items count, and what the
supervisor decided for this trainee.

The trainee lists and adds work periods (part, first and last day, part-time share,
site) and ends an ongoing one; everything goes through the store, which checks the part
against the logbook's curriculum, refuses more than full time in one part, and writes each
change into the hash chain. The plan's MRI setting and the adaptations the supervisor
signed are shown read-only in `SignedPlanBox`; the trainee's own proposals to adapt it are
listed and made in `ProposalsBox` (they apply only once the supervisor signs them).

Just over 400 lines, on purpose: what is left is one concern, the work periods, whose
list, add form and end field share the same widgets, combos and reload.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.model import Attestation, Site, TrainingPlan, WorkPeriod
from evtdesk.model.statements import MRI_PRIMARY, current_statement
from evtdesk.store import LogbookError
from evtdesk.training import add_period, curriculum_of
from evtdesk.ui.date_edit import DateEdit
from evtdesk.ui.panels.proposals_box import ProposalsBox
from evtdesk.ui.panels.signed_plan_box import SignedPlanBox
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE

DATE_FORMAT = "yyyy-MM-dd"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _share(value: float, language: str) -> str:
    """A part-time share as it was typed (the spin box takes two decimals: 0,75 stays
    0,75, where the engine's one-decimal `number` would show 0,8)."""
    text = f"{round(value, 2):g}"
    return text.replace(".", ",") if language == "sv" else text


class PlanDialog(QDialog):
    """Work periods and the training plan of the session's logbook.

    Writes go through `session.logbook.records`; after each one the dialog calls
    `session.notify_changed()` (so the navigator and next steps update) and emits
    `changed`.
    """

    changed = Signal()

    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlanDialog")
        self.session = session
        self.periods: list[WorkPeriod] = []
        self.sites: list[Site] = []
        self.plan: TrainingPlan | None = None
        self.mri_decided: Attestation | None = None  # the supervisor's MRI rule, if signed
        self.curriculum = curriculum_of(session.logbook)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.periods_label = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("periodsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Rows as tall as their wrapped text: a long hospital name is read whole, not "…".
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        for column in range(6):
            self.table.horizontalHeader().setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column >= 4
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.periods_label.setBuddy(self.table)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("noPeriods")
        self.empty_label.setWordWrap(True)

        # ending an ongoing period
        self.end_label = QLabel(self)
        self.end_edit = DateEdit(self)
        self.end_edit.setObjectName("endPeriodDate")
        self.end_label.setBuddy(self.end_edit)
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endPeriodButton")
        self.end_button.clicked.connect(self.end_selected)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_label)
        end_row.addWidget(self.end_edit)
        end_row.addWidget(self.end_button)
        end_row.addStretch(1)

        # adding a period
        self.add_box = QGroupBox(self)
        self.part_combo = QComboBox(self.add_box)
        self.part_combo.setObjectName("periodPart")
        self.start_edit = DateEdit(self.add_box)
        self.start_edit.setObjectName("periodStart")
        self.ongoing_check = QCheckBox(self.add_box)
        self.ongoing_check.setObjectName("periodOngoing")
        self.ongoing_check.setChecked(True)
        self.new_end_edit = DateEdit(self.add_box)
        self.new_end_edit.setObjectName("periodEnd")
        self.fraction_spin = QDoubleSpinBox(self.add_box)
        self.fraction_spin.setObjectName("periodFraction")
        self.fraction_spin.setRange(0.05, 1.0)
        self.fraction_spin.setSingleStep(0.05)
        self.fraction_spin.setDecimals(2)
        self.fraction_spin.setValue(1.0)
        self.site_combo = QComboBox(self.add_box)
        self.site_combo.setObjectName("periodSite")
        self.note_edit = QLineEdit(self.add_box)
        self.note_edit.setObjectName("periodNote")
        self.add_button = QPushButton(self.add_box)
        self.add_button.setObjectName("addPeriodButton")
        self.add_button.clicked.connect(self.add_period)
        for edit in (self.end_edit, self.start_edit, self.new_end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setDate(_qdate(session.today()))
        self.ongoing_check.toggled.connect(
            lambda ongoing: self.new_end_edit.setEnabled(not ongoing)
        )
        self.new_end_edit.setEnabled(False)
        end_choice = QHBoxLayout()
        end_choice.addWidget(self.ongoing_check)
        end_choice.addWidget(self.new_end_edit, 1)
        self.form = QFormLayout(self.add_box)
        self.form_labels: list[QLabel] = []
        fields = (
            self.part_combo,
            self.start_edit,
            self.ongoing_check,
            self.fraction_spin,
            self.site_combo,
            self.note_edit,
        )
        for field in fields:
            label = QLabel(self.add_box)
            label.setBuddy(field)
            self.form_labels.append(label)
            self.form.addRow(label, end_choice if field is self.ongoing_check else field)
        self.form.addRow(self.add_button)

        self.error = QLabel(self)
        self.error.setObjectName("planError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        # the plan, read-only
        self.plan_box = SignedPlanBox(self)
        # Tests and the window reach the plan's parts through the dialog.
        self.mri_label = self.plan_box.mri_label
        self.adaptations_table = self.plan_box.adaptations_table
        self.no_adaptations = self.plan_box.no_adaptations
        self.proposals_box = ProposalsBox(session, self)
        self.proposals_box.changed.connect(self.changed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        for button in (self.end_button, self.add_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.periods_label)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.empty_label)
        layout.addLayout(end_row)
        layout.addWidget(self.add_box)
        layout.addWidget(self.error)
        layout.addWidget(self.plan_box, 1)
        layout.addWidget(self.proposals_box)
        layout.addWidget(self.buttons)

        self.table.itemSelectionChanged.connect(self._update_end)
        session.changed.connect(self.reload)
        session.language_changed.connect(self._language_changed)
        self.retranslate()
        self.resize(820, 860)

    @property
    def language(self) -> str:
        return self.session.language

    def _language_changed(self, _language: str) -> None:
        self.retranslate()

    def rebind(self, session: LogbookSession) -> None:
        """Carry on in `session` after the logbook was locked and unlocked again: what was
        typed in the add/end fields stays, the lists are read from the reopened logbook."""
        for signal, slot in (
            (self.session.changed, self.reload),
            (self.session.language_changed, self._language_changed),
        ):
            with suppress(RuntimeError, TypeError):  # the old session may already be gone
                signal.disconnect(slot)
        self.session = session
        self.proposals_box.rebind(session)
        self.curriculum = curriculum_of(session.logbook)
        session.changed.connect(self.reload)
        session.language_changed.connect(self._language_changed)
        self.reload()
        self.retranslate()

    # --- texts ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Work periods and training plan"))
        self.heading.setText(self.curriculum.title(self.language))
        self.periods_label.setText(self.tr("&Work periods"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Part"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Fraction"),
                self.tr("Site"),
                self.tr("Note"),
            ]
        )
        self.table.setAccessibleName(self.tr("Work periods"))
        self.empty_label.setText(
            self.tr("No work periods yet. The time items count only the periods you add here.")
        )
        self.end_label.setText(self.tr("Last &day of the selected period:"))
        self.end_edit.setAccessibleName(self.tr("Last day of the selected period"))
        self.end_button.setText(self.tr("E&nd period"))
        self.end_button.setAccessibleName(self.tr("End the selected period"))
        self.add_box.setTitle(self.tr("Add a work period"))
        texts = (
            self.tr("&Part:"),
            self.tr("&First day:"),
            self.tr("Last day:"),
            self.tr("Part-&time share:"),
            self.tr("&Site:"),
            self.tr("N&ote:"),
        )
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        self.part_combo.setAccessibleName(self.tr("Part of the curriculum"))
        self.start_edit.setAccessibleName(self.tr("First day"))
        self.ongoing_check.setText(self.tr("&Ongoing"))
        self.ongoing_check.setAccessibleName(self.tr("The period is ongoing"))
        self.new_end_edit.setAccessibleName(self.tr("Last day"))
        self.fraction_spin.setAccessibleName(self.tr("Part-time share, 1 is full time"))
        self.fraction_spin.setToolTip(self.tr("1 is full time, 0.5 half time"))
        self.site_combo.setAccessibleName(self.tr("Site"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(
            self.tr("What the period was, e.g. the unit (no patient data)")
        )
        self.add_button.setText(self.tr("&Add period"))
        self.add_button.setAccessibleName(self.tr("Add the work period"))
        self.plan_box.retranslate()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self._render()

    # --- contents ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read periods, sites and the plan from the store, then show them."""
        records = self.session.logbook.records
        self.periods = records.periods()
        self.sites = records.sites()
        self.plan = records.plan()
        self.mri_decided = current_statement(records.attestations(), MRI_PRIMARY)
        self.proposals_box.reload()
        self._render()

    def _render(self) -> None:
        """Show what was read last (a language switch re-renders without reading)."""
        if self.plan is None:
            self.reload()
            return
        self._fill_combos()
        self._fill_periods()
        assert self.plan is not None
        self.plan_box.show_plan(self.plan, self.curriculum, self.language, self.mri_decided)
        self._update_end()

    def _part_title(self, part_id: str) -> str:
        for part in self.curriculum.parts:
            if part.id == part_id:
                return part.title(self.language)
        return part_id

    def _fill_combos(self) -> None:
        chosen_part, chosen_site = self.part_combo.currentData(), self.site_combo.currentData()
        if chosen_part is None and self.periods:
            # A new period most often continues the latest one: same part, same site.
            latest = max(self.periods, key=lambda period: period.start)
            chosen_part, chosen_site = latest.part, latest.site_id
        self.part_combo.clear()
        for part in self.curriculum.parts:
            self.part_combo.addItem(f"{part.id} – {part.title(self.language)}", part.id)
        if chosen_part is not None:
            self.part_combo.setCurrentIndex(max(0, self.part_combo.findData(chosen_part)))
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("(no site)"), None)
        for site in self.sites:
            self.site_combo.addItem(
                f"{site.hospital}, {site.unit}" if site.unit else site.hospital, site.id
            )
        if chosen_site is not None:
            self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(chosen_site)))

    def _fill_periods(self) -> None:
        sites = {s.id: s for s in self.sites}
        self.table.setRowCount(len(self.periods))
        for row, period in enumerate(self.periods):
            site = sites.get(period.site_id) if period.site_id is not None else None
            cells = (
                f"{period.part} – {self._part_title(period.part)}",
                period.start.isoformat(),
                period.end.isoformat() if period.end else self.tr("ongoing"),
                _share(period.fraction, self.language),
                f"{site.hospital}, {site.unit}" if site else "",
                period.description,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, period.id)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(self.periods))
        self.empty_label.setVisible(not self.periods)

    def selected_period(self) -> WorkPeriod | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        period_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.periods if p.id == period_id), None)

    def _update_end(self) -> None:
        period = self.selected_period()
        ongoing = period is not None and period.end is None
        self.end_button.setEnabled(ongoing)
        self.end_edit.setEnabled(ongoing)

    # --- changes ----------------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _written(self) -> None:
        self._show_error("")
        self.reload()
        self.session.notify_changed()
        self.changed.emit()

    def add_period(self) -> WorkPeriod | None:
        """Store the period in the form; on a refusal show the store's reason and keep
        what was typed."""
        end = None if self.ongoing_check.isChecked() else _pydate(self.new_end_edit.date())
        try:
            period = add_period(
                self.session.logbook,
                str(self.part_combo.currentData()),
                _pydate(self.start_edit.date()),
                end,
                round(self.fraction_spin.value(), 2),
                self.site_combo.currentData(),
                self.note_edit.text(),
            )
        except LogbookError as error:
            self._show_error(str(error))
            return None
        self.note_edit.clear()
        self._written()
        return period

    def end_selected(self) -> WorkPeriod | None:
        period = self.selected_period()
        if period is None or period.end is not None:
            return None
        try:
            ended = self.session.logbook.records.end_period(
                period.id, _pydate(self.end_edit.date())
            )
        except LogbookError as error:
            self._show_error(str(error))
            return None
        self._written()
        return ended
