"""Sites and supervisors as the guidance judges them (NI.SITE, H1, H2, S1).

Each unit with its recorded yearly procedures and EVT, its supervising
neurointerventionists and their trainees (the ratio, at most 1:2), and what it lacks
against the curriculum's thresholds; each supervisor with years as EVT operator and EVT
done as independent operator (≥ 10 years and ≥ 150 EVT: flagged when short, never
blocking). The numbers are edited here; the engine judges them, as in the navigator.
The trainee's record of a unit decides nothing until the supervisor responsible there
declares it in a signed statement (`curriculum.declared`); each site says whether he has,
and the selected one what his declaration changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.declared import Confirmed, confirmed_site
from evtdesk.curriculum.messages import number
from evtdesk.curriculum.site_rules import site_name, site_shortfalls
from evtdesk.model import Site
from evtdesk.store import LogbookError
from evtdesk.ui.approval.held import HeldThroughLock
from evtdesk.ui.approval.supervisors_box import SupervisorsBox, judged_statements
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE
from evtdesk.ui.tooltips import plain_tooltip

NUMBERS = ("procedures_per_year", "evt_per_year", "supervisors", "trainees", "interventionists")
DECLARED = 8  # the table's column saying who declared the site


def thresholds_of(session: LogbookSession, home: bool) -> dict[str, float]:
    """What the curriculum asks of a unit where NI is done (or of the own hospital)."""
    from evtdesk.curriculum import load_curriculum

    curriculum = load_curriculum(session.snapshot().curriculum_id)
    wanted: dict[str, float] = {}
    for item in curriculum.items:
        for condition in item.conditions:
            if condition.type == "sites" and (condition.of == "home") == home:
                wanted.update(condition.thresholds)
    return wanted


def unrecorded_spin(parent: QWidget) -> QSpinBox:
    """A whole number 0 or more, or "–" (not recorded) one step below 0."""
    spin = QSpinBox(parent)
    spin.setRange(-1, 100_000)
    spin.setSpecialValueText("–")
    spin.setValue(-1)
    return spin


class SiteDialog(HeldThroughLock, QDialog):
    def __init__(self, session: LogbookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteDialog")
        self.session = session
        self.sites: list[Site] = []
        self.declared: dict[int, Confirmed] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("siteTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._load_site())
        layout.addWidget(self.table, 3)
        self.editor = QGroupBox(self)
        grid = QGridLayout(self.editor)
        self.hospital, self.unit = QLineEdit(self.editor), QLineEdit(self.editor)
        self.hospital.setObjectName("siteHospital")
        self.spins = {key: unrecorded_spin(self.editor) for key in NUMBERS}
        self.neuro, self.home = QCheckBox(self.editor), QCheckBox(self.editor)
        self.labels: dict[str, QLabel] = {}
        fields: list[tuple[str, QWidget]] = [
            ("hospital", self.hospital),
            ("unit", self.unit),
            *self.spins.items(),
        ]
        for index, (key, widget) in enumerate(fields):
            label = QLabel(self.editor)
            label.setBuddy(widget)
            self.labels[key] = label
            grid.addWidget(label, index // 4 * 2, index % 4)
            grid.addWidget(widget, index // 4 * 2 + 1, index % 4)
        grid.addWidget(self.neuro, 4, 0, 1, 2)
        grid.addWidget(self.home, 4, 2, 1, 2)
        self.declared_label = QLabel(self.editor)
        self.declared_label.setObjectName("siteDeclared")
        self.declared_label.setWordWrap(True)
        self.declared_label.setTextFormat(Qt.TextFormat.PlainText)  # names are the signers'
        grid.addWidget(self.declared_label, 5, 0, 1, 4)
        row = QHBoxLayout()
        self.save_button, self.add_button = QPushButton(self.editor), QPushButton(self.editor)
        self.save_button.setObjectName("saveSite")
        self.add_button.setObjectName("addSite")
        self.save_button.clicked.connect(self.save_site)
        self.add_button.clicked.connect(self.add_site)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.save_button)
        grid.addLayout(row, 6, 0, 1, 4)
        layout.addWidget(self.editor)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problem)
        self.supervisors = SupervisorsBox(session, self)
        layout.addWidget(self.supervisors, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        session.changed.connect(self.refresh)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 125, 720)
        self.retranslate()
        self.refresh()

    def rebind(self, session: LogbookSession) -> None:
        self.supervisors.session = session
        super().rebind(session)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sites and supervisors"))
        self.intro.setText(
            self.tr(
                "The neurointervention part is done at a unit with neurointervention, "
                "preferably of high volume: at least 250 procedures a year, 100 of them EVT, "
                "and at most two trainees per supervising neurointerventionist."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Site"),
                self.tr("Neurointervention"),
                self.tr("Procedures a year"),
                self.tr("EVT a year"),
                self.tr("Supervisors"),
                self.tr("Trainees"),
                self.tr("Trainees per supervisor"),
                self.tr("Against the guidance"),
                self.tr("Declared by"),
            ]
        )
        self.editor.setTitle(self.tr("The selected site"))
        words = {
            "hospital": self.tr("&Hospital"),
            "unit": self.tr("U&nit"),
            "procedures_per_year": self.tr("&Procedures a year"),
            "evt_per_year": self.tr("&EVT a year"),
            "supervisors": self.tr("Super&vising neurointerventionists"),
            "trainees": self.tr("&Trainees there"),
            "interventionists": self.tr("EVT-competent &interventionists"),
        }
        for key, text in words.items():
            self.labels[key].setText(text)
        self.neuro.setText(self.tr("Has neu&rointervention"))
        self.home.setText(self.tr("My o&wn hospital"))
        self.save_button.setText(self.tr("&Save numbers"))
        self.add_button.setText(self.tr("A&dd as new site"))
        self.supervisors.retranslate()
        self.refresh()

    def refresh(self) -> None:
        try:
            self._refresh_now()
        except LogbookError as error:  # the logbook closed under a late signal
            self.problem.setText(str(error))

    def _refresh_now(self) -> None:
        chosen = self.current_site()
        language = self.session.language
        self.sites = list(self.session.sites())
        self.table.setRowCount(len(self.sites))
        ni_wanted, home_wanted = (
            thresholds_of(self.session, False),
            thresholds_of(self.session, True),
        )
        statements = judged_statements(self.session)
        self.declared = {s.id: confirmed_site(s, statements) for s in self.sites}
        for row, site in enumerate(self.sites):
            ratio = (
                number(round(site.trainees / site.supervisors, 1), language)
                if site.supervisors and site.trainees is not None
                else "–"
            )
            cells = [
                site_name(site) + (" ⌂" if site.home else ""),
                self.tr("yes") if site.has_neurointervention else self.tr("no"),
                *("–" if v is None else str(v) for v in _numbers(site, NUMBERS[:4])),
                ratio,
                self.verdict(site, ni_wanted, home_wanted),
                self.declared_short(self.declared[site.id]),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            tip = plain_tooltip(self.declared_sentence(self.declared[site.id], site))
            self.table.item(row, DECLARED).setToolTip(tip)
        self.table.resizeColumnsToContents()
        ids = [s.id for s in self.sites]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        elif ids:
            self.table.selectRow(0)
        self._load_site()
        self.supervisors.refresh()

    def verdict(
        self, site: Site, ni_wanted: Mapping[str, float], home_wanted: Mapping[str, float]
    ) -> str:
        language = self.session.language
        gaps = site_shortfalls(site, ni_wanted, language) if site.has_neurointervention else []
        if site.home:
            gaps += site_shortfalls(site, home_wanted, language)
        if not site.has_neurointervention and not site.home:
            return self.tr("No neurointervention: NI time here is not counted")
        return "⚑ " + "; ".join(gaps) if gaps else "✓ " + self.tr("as the guidance asks")

    def declared_short(self, confirmed: Confirmed) -> str:
        """Who declared the site and when, in a few words for the table (its tooltip and
        the selected site's label say it whole)."""
        if confirmed.confirmed and confirmed.on is not None:
            return f"{confirmed.by}, {confirmed.on.isoformat()}"
        if confirmed.declared_as:
            return self.tr("not under this name")
        return self.tr("not declared")

    def declared_sentence(self, confirmed: Confirmed, record: Site) -> str:
        """Whether the site is declared, and what decides: his declaration (with what
        it says otherwise than her record) or nothing, her record being hers."""
        if confirmed.confirmed and confirmed.on is not None:
            said = (
                self.tr("Declared by %1 on %2.")
                .replace("%1", confirmed.by)
                .replace("%2", confirmed.on.isoformat())
            )
            differs = self.differences(confirmed.site, record)
            if differs:
                said += " " + self.tr(
                    "The declaration, which decides, differs from your record: %1."
                ).replace("%1", "; ".join(differs))
            return said
        if confirmed.declared_as:
            return self.tr(
                "Not declared under this name: the declaration is for “%1”, which the logbook "
                "has renamed since. Your record decides nothing until the supervisor "
                "responsible declares the unit again in a signed statement."
            ).replace("%1", confirmed.declared_as)
        return self.tr(
            "Not declared: your record, which decides nothing until the supervisor "
            "responsible declares it in a signed statement."
        )

    def differences(self, declared: Site, record: Site) -> list[str]:
        """Each fact the declaration states otherwise than the trainee's record, as
        "EVT a year 90 (your record 160)"."""
        words = {
            "has_neurointervention": self.tr("Neurointervention"),
            "procedures_per_year": self.tr("Procedures a year"),
            "evt_per_year": self.tr("EVT a year"),
            "supervisors": self.tr("Supervisors"),
            "trainees": self.tr("Trainees"),
            "interventionists": self.tr("EVT-competent interventionists"),
        }
        found = []
        for key, word in words.items():
            theirs, mine = getattr(declared, key), getattr(record, key)
            if theirs != mine:
                found.append(
                    self.tr("%1 %2 (your record %3)")
                    .replace("%1", word)
                    .replace("%2", self._fact(theirs))
                    .replace("%3", self._fact(mine))
                )
        return found

    def _fact(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        return self.tr("not known") if value is None else str(value)

    def current_site(self) -> Site | None:
        row = self.table.currentRow()
        return self.sites[row] if 0 <= row < len(self.sites) else None

    def _load_site(self) -> None:
        site = self.current_site()
        if site is None:
            return
        self.hospital.setText(site.hospital)
        self.unit.setText(site.unit)
        for key, value in zip(NUMBERS, _numbers(site, NUMBERS), strict=True):
            self.spins[key].setValue(-1 if value is None else value)
        self.neuro.setChecked(site.has_neurointervention)
        self.home.setChecked(site.home)
        confirmed = self.declared.get(site.id)
        self.declared_label.setText(
            "" if confirmed is None else self.declared_sentence(confirmed, site)
        )

    def _values(self) -> dict[str, object]:
        values: dict[str, object] = {
            key: (None if spin.value() < 0 else spin.value()) for key, spin in self.spins.items()
        }
        return values | {
            "has_neurointervention": self.neuro.isChecked(),
            "home": self.home.isChecked(),
        }

    def save_site(self) -> None:
        site = self.current_site()
        if site is None:
            self.problem.setText(self.tr("Choose a site in the list, or add a new one."))
            return
        self._write(lambda: self.session.logbook.records.update_site(site.id, **self._values()))

    def add_site(self) -> None:
        values = self._values()
        procedures, evt = values.pop("procedures_per_year"), values.pop("evt_per_year")
        neuro = bool(values.pop("has_neurointervention"))
        hospital, unit = self.hospital.text(), self.unit.text()
        self._write(
            lambda: self.session.logbook.records.add_site(
                hospital, unit, procedures, evt, neuro, **values
            )
        )

    def _write(self, action: Callable[[], object]) -> None:
        try:
            action()
        except LogbookError as error:
            self.problem.setText(str(error))  # the numbers typed stay in the fields
            return
        self.problem.clear()
        self.session.notify_changed()


def _numbers(site: Site, keys: tuple[str, ...]) -> list[int | None]:
    return [getattr(site, key) for key in keys]
