"""What the signer declares beside his verdicts: his own qualification as main
supervisor (S1), a unit the bundle records as he knows it (NI.SITE, H1, H2), a hospital's
readiness criterion by criterion (part H), and handing the training over to another main
supervisor or taking it over.

The trainee records these facts too, but they are hers to type and in her favour, so they
decide nothing until the person who answers for them signs them (`model.declarations`).
Each section is off until it is turned on, so nothing is declared by a click meant for
something else, and each builds its statement with the functions `evtdesk attest
--qualification/--declare-site/--readiness/--hand-over-to` calls
(`exchange.declarations`), so the app and the command line sign the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum import CurriculumError
from evtdesk.curriculum.schema import Item
from evtdesk.curriculum.site_rules import site_name
from evtdesk.exchange import BundleView, parse_key
from evtdesk.exchange.declarations import (
    READINESS_PART,
    SITE_NUMBERS,
    hand_over,
    qualification,
    readiness,
    site,
)
from evtdesk.exchange.files import FileRefused
from evtdesk.exchange.keys import read_key_file
from evtdesk.exchange.supervisor import curriculum_made_for
from evtdesk.model import Site, Statement
from evtdesk.model.declarations import MAX_COUNT, MAX_NAME, MAX_YEARS
from evtdesk.store import LogbookError
from evtdesk.ui.date_edit import DateEdit
from evtdesk.ui.exchange.common import grouped_fingerprint, mono_font
from evtdesk.ui.styles import ERROR_STYLE, HINT_STYLE

NOT_SAID = -1  # a number field's lowest value: not given, or "not known"
# a yes/no fact that may also be left unsaid: the combo's data in the order shown
TRI_STATE: tuple[bool | None, ...] = (None, True, False)
STATUSES: tuple[str | None, ...] = (None, "met", "partly", "not_met", "unknown")


def _number(parent: QWidget, top: int, decimals: int = 0) -> QSpinBox | QDoubleSpinBox:
    """A number from 0 to `top`, or NOT_SAID shown as a dash one step below 0: a field
    that shows some number would otherwise sign a number nobody typed."""
    spin: QSpinBox | QDoubleSpinBox
    if decimals:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(decimals)
    else:
        spin = QSpinBox(parent)
    spin.setRange(NOT_SAID, top)
    spin.setSpecialValueText("–")
    spin.setValue(NOT_SAID)
    return spin


def _said(spin: QSpinBox | QDoubleSpinBox) -> Any:
    """The number in the field, or None when it shows the dash."""
    return None if spin.value() <= NOT_SAID else spin.value()


def _refill(combo: QComboBox, texts: Sequence[str]) -> None:
    """Put a combo's choices in the language shown, keeping the one made (its data too)."""
    index = combo.currentIndex()
    data = [combo.itemData(i) for i in range(combo.count())]
    combo.blockSignals(True)
    combo.clear()
    for row, text in enumerate(texts):
        combo.addItem(text, data[row] if row < len(data) else None)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def _hint(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # site names are the bundle's, not ours
    label.setStyleSheet(HINT_STYLE)
    return label


class Section(QGroupBox):
    """One declaration: a group box that is off (and its fields with it) until the user
    turns it on, and that says what it lacks before it builds its statement."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setChecked(False)
        self.toggled.connect(lambda _on: self.changed.emit())

    @property
    def on(self) -> bool:
        """Whether this section is to be signed: turned on, and possible for this bundle."""
        return self.isEnabled() and self.isChecked()

    @property
    def name(self) -> str:
        """The section's title as the message area names it."""
        return self.title().replace("&", "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The section's texts in the language shown (called once it is built)."""

    def problems(self) -> list[str]:
        """What must be said before this section can be signed."""
        return []

    # Each kind of section builds its own declaration through the core's builder, which
    # raises LogbookError when it refuses what was said.
    statement: Callable[[], Statement]


class QualificationSection(Section):
    """His own qualification as main supervisor (S1): the numbers are asked for, never
    shown prefilled, since the trainee's record of him is what this replaces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualificationSection")
        self.years = _number(self, MAX_YEARS, decimals=1)
        self.years.setObjectName("qualificationYears")
        self.evt = _number(self, MAX_COUNT)
        self.evt.setObjectName("qualificationEvt")
        self.academic_title = QLineEdit(self)
        self.academic_title.setObjectName("qualificationTitle")
        self.academic_title.setMaxLength(MAX_NAME)
        self.high_volume = QComboBox(self)
        self.high_volume.setObjectName("qualificationHighVolume")
        for value in TRI_STATE:
            self.high_volume.addItem("", value)
        for widget in (self.years, self.evt):
            widget.valueChanged.connect(lambda _v: self.changed.emit())
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        fields = (self.years, self.evt, self.academic_title, self.high_volume)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("My &qualification as main supervisor"))
        texts = (
            self.tr("&Years as a specialist in neurointervention:"),
            self.tr("EVT as independent &operator:"),
            self.tr("&Academic title:"),
            self.tr("High-volume &centre:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.academic_title.setPlaceholderText(self.tr("Optional, e.g. docent"))
        _refill(self.high_volume, [self.tr("Not said"), self.tr("Yes"), self.tr("No")])

    def problems(self) -> list[str]:
        found = []
        if _said(self.years) is None:
            found.append(
                self.tr("Say how many years you have been a specialist in neurointervention.")
            )
        if _said(self.evt) is None:
            found.append(self.tr("Say how many EVT you have done as independent operator."))
        return found

    def statement(self) -> Statement:
        return qualification(
            float(self.years.value()),
            int(self.evt.value()),
            self.academic_title.text(),
            self.high_volume.currentData(),
        )


class SiteSection(Section):
    """A unit the bundle records, as the supervisor responsible there knows it: shown as
    the trainee recorded it, so he corrects what she typed rather than typing it again."""

    def __init__(self, view: BundleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteSection")
        self.view = view
        self.sites: list[Site] = list(view.snapshot.sites if view.snapshot else ())
        self.site_box = QComboBox(self)
        self.site_box.setObjectName("declaredSite")
        for found in self.sites:
            self.site_box.addItem(site_name(found), found.id)
        self.site_box.currentIndexChanged.connect(lambda _i: self._show_record())
        self.neuro = QComboBox(self)
        self.neuro.setObjectName("declaredNeurointervention")
        for value in TRI_STATE:
            self.neuro.addItem("", value)
        self.numbers = {key: _number(self, MAX_COUNT) for key in SITE_NUMBERS}
        for key, spin in self.numbers.items():
            spin.setObjectName(f"declared_{key}")
        self.hint = _hint(self)
        self.site_label, self.neuro_label = QLabel(self), QLabel(self)
        self.number_labels = {key: QLabel(self) for key in SITE_NUMBERS}
        form = QFormLayout(self)
        form.addRow(self.hint)
        rows: list[tuple[QLabel, QWidget]] = [
            (self.site_label, self.site_box),
            (self.neuro_label, self.neuro),
            *((self.number_labels[k], self.numbers[k]) for k in SITE_NUMBERS),
        ]
        for label, field in rows:
            label.setBuddy(field)
            form.addRow(label, field)
        self.setEnabled(bool(self.sites))
        self.retranslate()
        self._show_record()

    def retranslate(self) -> None:
        self.setTitle(self.tr("A &unit I answer for"))
        self.hint.setText(
            self.tr(
                "Shown as the trainee recorded it. Correct what you know to be otherwise; a "
                "number stepped down below 0 reads “not known”. The unit is signed under the "
                "name the bundle gives it."
            )
            if self.sites
            else self.tr("The bundle records no site.")
        )
        self.site_label.setText(self.tr("U&nit:"))
        self.neuro_label.setText(self.tr("Neurointervention:"))
        words = {
            "procedures_per_year": self.tr("Procedures a year:"),
            "evt_per_year": self.tr("EVT a year:"),
            "interventionists": self.tr("EVT-competent interventionists:"),
            "supervisors": self.tr("Supervising neurointerventionists:"),
            "trainees": self.tr("Trainees there:"),
        }
        for key, label in self.number_labels.items():
            label.setText(words[key])
        for spin in self.numbers.values():
            spin.setSpecialValueText(self.tr("not known"))
        _refill(self.neuro, [self.tr("Not known"), self.tr("Yes"), self.tr("No")])

    def current(self) -> Site | None:
        chosen = self.site_box.currentData()
        return next((s for s in self.sites if s.id == chosen), None)

    def _show_record(self) -> None:
        """Fill the fields with the bundle's record of the unit chosen."""
        found = self.current()
        if found is None:
            return
        self.neuro.setCurrentIndex(TRI_STATE.index(found.has_neurointervention))
        for key, spin in self.numbers.items():
            value = getattr(found, key)
            spin.setValue(NOT_SAID if value is None else value)
        self.changed.emit()

    def changes(self) -> dict[str, Any]:
        """Every fact as the fields show it: what he left as recorded is declared too."""
        said: dict[str, Any] = {key: _said(spin) for key, spin in self.numbers.items()}
        return said | {"has_neurointervention": self.neuro.currentData()}

    def statement(self) -> Statement:
        return site(self.view, int(self.site_box.currentData()), self.changes())


class ReadinessSection(Section):
    """A hospital's readiness, a status per criterion of the curriculum's hospital part;
    a criterion left at "not declared" is left out of what is signed."""

    def __init__(self, view: BundleView, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readinessSection")
        self.view = view
        self.sites: list[Site] = list(view.snapshot.sites if view.snapshot else ())
        self.criteria = _criteria(view)
        self.site_box = QComboBox(self)
        self.site_box.setObjectName("readinessSite")
        for found in sorted(self.sites, key=lambda s: not s.home):  # her own hospital first
            self.site_box.addItem(site_name(found) + (" ⌂" if found.home else ""), found.id)
        self.statuses: dict[str, QComboBox] = {}
        self.hint = _hint(self)
        self.site_label = QLabel(self)
        self.site_label.setBuddy(self.site_box)
        # a grid, not a form: a form row gives a wrapped criterion too little height
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        grid.addWidget(self.hint, 0, 0, 1, 2)
        grid.addWidget(self.site_label, 1, 0)
        grid.addWidget(self.site_box, 1, 1)
        for row, item in enumerate(self.criteria, 2):
            status = QComboBox(self)
            status.setObjectName(f"readiness_{item.id}")
            for value in STATUSES:
                status.addItem("", value)
            status.currentIndexChanged.connect(lambda _i: self.changed.emit())
            label = QLabel(f"{item.id} {item.title(language)}", self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(status)
            grid.addWidget(label, row, 0)
            grid.addWidget(status, row, 1, Qt.AlignmentFlag.AlignTop)
            self.statuses[item.id] = status
        self.setEnabled(bool(self.sites and self.criteria))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("A hospital's &readiness"))
        if not self.criteria:
            hint = self.tr("The bundle's curriculum states no requirements on a hospital.")
        elif not self.sites:
            hint = self.tr("The bundle records no site.")
        else:
            hint = self.tr(
                "As the hospital's representative: a status for each criterion you declare. "
                "Criteria left at “not declared” are left out."
            )
        self.hint.setText(hint)
        self.site_label.setText(self.tr("Hospita&l:"))
        words = [
            self.tr("Not declared"),
            self.tr("Met"),
            self.tr("Partly met"),
            self.tr("Not met"),
            self.tr("Unknown"),
        ]
        for item_id, status in self.statuses.items():
            _refill(status, words)
            status.setAccessibleName(self.tr("Status of {item}").format(item=item_id))

    def chosen(self) -> dict[str, str]:
        """Each criterion given a status, with it; "not declared" ones left out."""
        return {k: c.currentData() for k, c in self.statuses.items() if c.currentData()}

    def problems(self) -> list[str]:
        if self.chosen():
            return []
        return [
            self.tr(
                "Choose a status for at least one criterion of the hospital's readiness, or "
                "turn the readiness off."
            )
        ]

    def statement(self) -> Statement:
        return readiness(self.view, int(self.site_box.currentData()), self.chosen())


def _criteria(view: BundleView) -> list[Item]:
    """The hospital part's criteria of the curriculum the bundle was made for."""
    if view.snapshot is None:
        return []
    try:
        curriculum = curriculum_made_for(view.snapshot.curriculum_id, view.manifest)
    except CurriculumError:  # a curriculum this EVTDesk does not ship: nothing to offer
        return []
    return [i for i in curriculum.items if i.part == READINESS_PART]


class HandOverSection(Section):
    """Handing the training over to another main supervisor, or taking it over from one:
    his key (pasted, or read from the .pub file he gave) and the day."""

    LEAVING, TAKING = 0, 1

    def __init__(
        self, own_key: Callable[[], str], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handOverSection")
        self.own_key = own_key
        self.direction = QComboBox(self)
        self.direction.setObjectName("handOverDirection")
        self.direction.addItems(["", ""])
        self.key_edit = QPlainTextEdit(self)
        self.key_edit.setObjectName("handOverKey")
        self.key_edit.setFont(mono_font())
        self.key_edit.setFixedHeight(self.key_edit.fontMetrics().lineSpacing() * 3 + 16)
        self.key_edit.textChanged.connect(self._show_fingerprint)
        self.load_button = QPushButton(self)
        self.load_button.setObjectName("handOverLoadKey")
        self.load_button.setAutoDefault(False)
        self.load_button.clicked.connect(self.choose_file)
        self.fingerprint = QLabel("—", self)
        self.fingerprint.setObjectName("handOverFingerprint")
        self.fingerprint.setFont(mono_font())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_problem = QLabel(self)
        self.file_problem.setWordWrap(True)
        self.file_problem.setStyleSheet(ERROR_STYLE)
        self.file_problem.hide()
        self.day = DateEdit(self, date=QDate(today))
        self.day.setObjectName("handOverDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.direction_label, self.key_label = QLabel(self), QLabel(self)
        self.fingerprint_label, self.day_label = QLabel(self), QLabel(self)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout(self)
        self.direction_label.setBuddy(self.direction)
        self.key_label.setBuddy(self.key_edit)
        self.day_label.setBuddy(self.day)
        form.addRow(self.direction_label, self.direction)
        form.addRow(self.key_label, key_row)
        form.addRow(self.fingerprint_label, self.fingerprint)
        form.addRow(self.file_problem)
        form.addRow(self.day_label, self.day)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Hand-over of the training"))
        self.direction_label.setText(self.tr("I:"))
        self.direction.setItemText(
            self.LEAVING, self.tr("hand the training over to this main supervisor")
        )
        self.direction.setItemText(
            self.TAKING, self.tr("take the training over from this main supervisor")
        )
        self.key_label.setText(self.tr("&Key:"))
        self.key_edit.setPlaceholderText(
            self.tr("Paste the other main supervisor's public key, or load his .pub file")
        )
        self.key_edit.setAccessibleName(self.tr("The other main supervisor's key"))
        self.load_button.setText(self.tr("Load key &file…"))
        self.fingerprint_label.setText(self.tr("Fingerprint:"))
        self.day_label.setText(self.tr("Fro&m:"))

    def _show_fingerprint(self) -> None:
        """The pasted key's fingerprint, to compare with what its owner reads aloud."""
        text = self.key_edit.toPlainText().strip()
        try:
            shown = grouped_fingerprint(parse_key(text)[1]) if text else "—"
        except LogbookError:
            shown = self.tr("not a key")
        self.fingerprint.setText(shown)
        self.changed.emit()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load the other main supervisor's key"),
            str(Path.home()),
            self.tr("Public keys (*.pub);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """The key file's text, read by the core's one rule (a pipe or a device is never
        opened), or why not beside the field."""
        try:
            text = read_key_file(path)
        except FileRefused as refusal:
            self.file_problem.setText(
                self.tr("The file could not be read: {reason}").format(reason=str(refusal))
            )
            self.file_problem.show()
            return
        self.file_problem.hide()
        self.key_edit.setPlainText(text)

    def problems(self) -> list[str]:
        if self.key_edit.toPlainText().strip():
            return []
        return [
            self.tr(
                "For the hand-over, paste the other main supervisor's key or load his key file."
            )
        ]

    def statement(self) -> Statement:
        other, _fingerprint = parse_key(self.key_edit.toPlainText().strip())
        on = self.day.date().toPython()
        assert isinstance(on, date)
        leaving = self.direction.currentIndex() == self.LEAVING
        return hand_over(self.own_key(), other, on, leaving)


class DeclarationsTab(QWidget):
    """The four declarations, each off until turned on; `changed` whenever what would be
    signed changes. Shares the verdict tabs' interface (`chosen_count`, `problems`,
    `statements`) so the dialog signs it with them."""

    changed = Signal()

    def __init__(
        self,
        view: BundleView,
        language: str,
        own_key: Callable[[], str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("declarationsTab")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.qualification = QualificationSection(self)
        self.site = SiteSection(view, self)
        self.readiness = ReadinessSection(view, language, self)
        self.hand_over = HandOverSection(own_key, today, self)
        self.sections: tuple[Section, ...] = (
            self.qualification,
            self.site,
            self.readiness,
            self.hand_over,
        )
        for section in self.sections:
            section.changed.connect(self.changed)
        body = QWidget()
        columns = QHBoxLayout(body)
        left = QVBoxLayout()
        for section in (self.qualification, self.site, self.hand_over):
            left.addWidget(section)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.readiness)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "What the trainee records of her supervisors, her units and her hospital "
                "decides nothing until the person who answers for it declares it here, signed. "
                "Turn on only what you declare; a section left off adds nothing."
            )
        )

    @property
    def chosen_count(self) -> int:
        """How many declarations this tab would sign: the sections turned on."""
        return sum(section.on for section in self.sections)

    def problems(self) -> list[str]:
        return [p for section in self.sections if section.on for p in section.problems()]

    def statements(self) -> list[Statement]:
        """The declarations turned on; LogbookError, naming the section, when the core
        refuses what was said (one's own key for a hand-over, an identity number)."""
        found = []
        for section in self.sections:
            if not section.on:
                continue
            try:
                found.append(section.statement())
            except LogbookError as error:  # say where: the tab has four sections
                raise LogbookError(f"{section.name}: {error}") from None
        return found
