"""The supervisors' qualifications (S1) in the sites dialog: each supervisor and
co-supervisor with years as EVT operator and EVT done as independent operator, judged
against what the curriculum asks of a main supervisor. Short is flagged, never blocking:
the guidance says "bör"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.model import Person, PersonRole
from evtdesk.store import LogbookError
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE


def supervisor_thresholds(session: LogbookSession) -> tuple[float, float]:
    """(years, EVT) the curriculum asks of a main supervisor; (0, 0) when it asks none."""
    from evtdesk.curriculum import load_curriculum

    curriculum = load_curriculum(session.snapshot().curriculum_id)
    for item in curriculum.items:
        for condition in item.conditions:
            if condition.type == "supervisor":
                wanted = condition.thresholds
                return float(wanted.get("years", 0)), float(wanted.get("evt", 0))
    return 0.0, 0.0


class SupervisorsBox(QGroupBox):
    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorsBox")
        self.session = session
        self.people: list[Person] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("supervisorTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._load())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.years_label, self.evt_label = QLabel(self), QLabel(self)
        self.years = QDoubleSpinBox(self)
        self.years.setObjectName("supervisorYears")
        self.years.setRange(-1, 70)
        self.years.setDecimals(1)
        self.years.setSpecialValueText("–")
        self.evt = QSpinBox(self)
        self.evt.setObjectName("supervisorEvt")
        self.evt.setRange(-1, 100_000)
        self.evt.setSpecialValueText("–")
        self.years_label.setBuddy(self.years)
        self.evt_label.setBuddy(self.evt)
        self.save = QPushButton(self)
        self.save.setObjectName("saveExperience")
        self.save.clicked.connect(self.save_experience)
        for widget in (self.years_label, self.years, self.evt_label, self.evt, self.save):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

    def retranslate(self) -> None:
        self.setTitle(
            QCoreApplication.translate(
                "SiteDialog", "Supervisors (main supervisor: ≥ 10 years and ≥ 150 EVT)"
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SiteDialog", "Name"),
                QCoreApplication.translate("SiteDialog", "Role"),
                QCoreApplication.translate("SiteDialog", "Years as EVT operator, EVT"),
                QCoreApplication.translate("SiteDialog", "Judged"),
            ]
        )
        self.years_label.setText(QCoreApplication.translate("SiteDialog", "&Years as EVT operator"))
        self.evt_label.setText(
            QCoreApplication.translate("SiteDialog", "EVT as independent &operator")
        )
        self.save.setText(QCoreApplication.translate("SiteDialog", "Save e&xperience"))

    def refresh(self) -> None:
        wanted_years, wanted_evt = supervisor_thresholds(self.session)
        self.people = [
            p
            for p in self.session.snapshot().people
            if p.role in (PersonRole.SUPERVISOR, PersonRole.CO_SUPERVISOR)
        ]
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            main = person.role == PersonRole.SUPERVISOR
            years = "–" if person.years_as_operator is None else f"{person.years_as_operator:g}"
            evt = "–" if person.evt_independent is None else str(person.evt_independent)
            cells = [
                person.name,
                QCoreApplication.translate("SiteDialog", "Main supervisor")
                if main
                else QCoreApplication.translate("SiteDialog", "Co-supervisor"),
                f"{years} / {evt}",
                self.judged(person, wanted_years, wanted_evt) if main else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.people and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._load()

    @staticmethod
    def judged(person: Person, wanted_years: float, wanted_evt: float) -> str:
        if person.years_as_operator is None or person.evt_independent is None:
            return "⚑ " + QCoreApplication.translate("SiteDialog", "experience not recorded")
        short = []
        if person.years_as_operator < wanted_years:
            short.append(
                QCoreApplication.translate("SiteDialog", "fewer than %1 years").replace(
                    "%1", f"{wanted_years:g}"
                )
            )
        if person.evt_independent < wanted_evt:
            short.append(
                QCoreApplication.translate("SiteDialog", "fewer than %1 EVT").replace(
                    "%1", f"{wanted_evt:g}"
                )
            )
        return (
            "⚑ " + ", ".join(short)
            if short
            else "✓ " + QCoreApplication.translate("SiteDialog", "as the guidance asks")
        )

    def current(self) -> Person | None:
        row = self.table.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _load(self) -> None:
        person = self.current()
        if person is None:
            return
        self.years.setValue(-1 if person.years_as_operator is None else person.years_as_operator)
        self.evt.setValue(-1 if person.evt_independent is None else person.evt_independent)

    def save_experience(self) -> None:
        person = self.current()
        if person is None:
            self.problem.setText(
                QCoreApplication.translate("SiteDialog", "Choose a supervisor in the list.")
            )
            return
        years = None if self.years.value() < 0 else self.years.value()
        evt = None if self.evt.value() < 0 else self.evt.value()
        try:
            self.session.logbook.records.set_experience(person.id, years, evt)
        except LogbookError as error:
            self.problem.setText(str(error))
            return
        self.problem.clear()
        self.session.notify_changed()
