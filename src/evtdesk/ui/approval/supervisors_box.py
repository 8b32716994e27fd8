"""The supervisors' qualifications (S1) in the sites dialog: each supervisor and
co-supervisor with years as EVT operator and EVT done as independent operator, judged
against what the curriculum asks of a main supervisor. Short is flagged, never blocking:
the guidance says "bör". What the trainee typed of a main supervisor decides nothing until
he declares his qualification in a signed statement (`curriculum.declared`); each row says
whether he has."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.declared import qualifications
from evtdesk.model import Attestation, Person, PersonRole
from evtdesk.store import LogbookError
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE
from evtdesk.ui.tooltips import plain_tooltip


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


def judged_statements(session: LogbookSession) -> tuple[Attestation, ...]:
    """The logbook's statements as the engine weighs them (each signer's authority on the
    signing day, a hand-over applied), so a declaration is shown as declared only when
    it decides (as `exchange.readiness.declared_readiness` judges a snapshot)."""
    from evtdesk.curriculum import load_curriculum
    from evtdesk.curriculum.authority import judge

    snapshot = session.snapshot()
    return judge(load_curriculum(snapshot.curriculum_id), snapshot).attestations


def declaration_of(person: Person, declared: Sequence[Attestation]) -> Attestation | None:
    """The standing qualification a recorded supervisor declared, matched as the engine
    matches him (`site_rules._declared_by`): the name she gave his key may add to the
    one she typed ("Erik Holm" and "Erik Holm (Sahlgrenska)")."""
    typed = person.name.strip().casefold()
    if not typed:
        return None
    return next(
        (s for s in declared if s.supervisor_name.strip().casefold().startswith(typed)), None
    )


def declared_short(person: Person, declared: Sequence[Attestation]) -> str:
    """Who declared a main supervisor's qualification and what, in a few words for the
    table; a co-supervisor's is not what the guidance judges, so nothing is said of it."""
    if person.role != PersonRole.SUPERVISOR:
        return ""
    statement = declaration_of(person, declared)
    if statement is None or statement.declaration is None:
        return QCoreApplication.translate("SiteDialog", "not declared")
    facts = statement.declaration.facts
    return (
        QCoreApplication.translate("SiteDialog", "%1, %2: %3 years, %4 EVT")
        .replace("%1", statement.supervisor_name)
        .replace("%2", statement.signed_at.date().isoformat())
        .replace("%3", f"{facts['years_specialist_ni']:g}")
        .replace("%4", str(facts["evt_independent"]))
    )


def declared_sentence(person: Person, declared: Sequence[Attestation]) -> str:
    """The same whole, for the selected supervisor and the table's tooltip: what decides."""
    if person.role != PersonRole.SUPERVISOR:
        return ""
    statement = declaration_of(person, declared)
    if statement is None or statement.declaration is None:
        return QCoreApplication.translate(
            "SiteDialog",
            "Not declared: your record, which decides nothing until the supervisor declares "
            "his qualification in a signed statement.",
        )
    facts = statement.declaration.facts
    return (
        QCoreApplication.translate(
            "SiteDialog",
            "Declared by %1 on %2: %3 years as a specialist in neurointervention, %4 EVT as "
            "independent operator. His declaration decides, not your record.",
        )
        .replace("%1", statement.supervisor_name)
        .replace("%2", statement.signed_at.date().isoformat())
        .replace("%3", f"{facts['years_specialist_ni']:g}")
        .replace("%4", str(facts["evt_independent"]))
    )


class SupervisorsBox(QGroupBox):
    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorsBox")
        self.session = session
        self.people: list[Person] = []
        self.declared: list[Attestation] = []  # the standing qualification declarations
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
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
        self.declared_label = QLabel(self)
        self.declared_label.setObjectName("supervisorDeclared")
        self.declared_label.setTextFormat(Qt.TextFormat.PlainText)  # names are the signers'
        # one line, never wrapped: a wrapped label would make the box keep its whole
        # height and squeeze the sites table above; what does not fit is in the tooltip
        self.declared_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.declared_label)
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
                QCoreApplication.translate("SiteDialog", "Declared by"),
            ]
        )
        self.years_label.setText(QCoreApplication.translate("SiteDialog", "&Years as EVT operator"))
        self.evt_label.setText(
            QCoreApplication.translate("SiteDialog", "EVT as independent &operator")
        )
        self.save.setText(QCoreApplication.translate("SiteDialog", "Save e&xperience"))

    def refresh(self) -> None:
        wanted_years, wanted_evt = supervisor_thresholds(self.session)
        self.declared = qualifications(judged_statements(self.session), self.session.today())
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
                declared_short(person, self.declared),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            tip = plain_tooltip(declared_sentence(person, self.declared))
            self.table.item(row, len(cells) - 1).setToolTip(tip)
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
        said = declared_sentence(person, self.declared)
        self.declared_label.setText(said)
        self.declared_label.setToolTip(plain_tooltip(said))
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
