"""Field editors for the entry form, generated from `entry_kinds` specs, and the labels
they show.

Every editor hands `validate_entry` the raw value a user typed (None when left empty),
so the form refuses exactly what import refuses and with the same problems. Choice
values and roles are shown as words in the session language; unknown values fall back
to the stored value, so a choice added to the spec later still shows something sensible.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from evtdesk.entries.kinds import CHOICE_LABELS, ROLE_LABELS, FieldSpec, FieldType, kind_spec


def choice_label(value: str, language: str) -> str:
    pair = CHOICE_LABELS.get(value)
    if pair is None:
        if value.startswith(("0", "1", "2", "3")):  # mTICI grades
            return value
        return value.replace("_", " ")
    return pair[0] if language == "sv" else pair[1]


def role_label(role: str | None, language: str) -> str:
    if not role:
        return ""
    labels = ROLE_LABELS.get(role)
    if labels is None:
        return role
    return labels[0] if language == "sv" else labels[1]


def role_definition(role: str | None, language: str) -> str:
    labels = ROLE_LABELS.get(role) if role else None
    if labels is None:
        return ""
    return labels[2] if language == "sv" else labels[3]


def kind_label(kind: str, language: str) -> str:
    try:
        return kind_spec(kind).label(language)
    except KeyError:
        return kind


COMMON_LABELS: dict[str, tuple[str, str]] = {
    "kind": ("Typ", "Kind"),
    "date": ("Datum", "Date"),
    "role": ("Roll", "Role"),
    "case_number": ("Fallnummer", "Case number"),
    "notes": ("Anteckningar", "Notes"),
    "site_id": ("Enhet", "Site"),
}


def field_label(kind: str, name: str, language: str) -> str:
    """The label of a common key or a kind's field, for messages and history."""
    if name in COMMON_LABELS:
        sv, en = COMMON_LABELS[name]
        return sv if language == "sv" else en
    try:
        return kind_spec(kind).field(name).label(language)
    except KeyError:
        return name


# --- problem messages -----------------------------------------------------------------
# validate_entry words its problems in English for the importer's reports; the form shows
# them in the session language. Each pattern matches one message of evtdesk.entries.validation.
_MESSAGES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), sv, en)
    for pattern, sv, en in (
        (r"^is required: one of", "Välj en roll.", "Choose a role."),
        (r"^is required$", "Måste fyllas i.", "Required."),
        (r"^is in the future$", "Får inte ligga i framtiden.", "Must not be in the future."),
        (
            r"^is earlier than (\w+); times must be in order$",
            "Är tidigare än {0}; tiderna ska komma i ordning.",
            "Is earlier than {0}; times must be in order.",
        ),
        (
            r"contains what looks like a Swedish personal identity",
            "Innehåller något som liknar ett person- eller samordningsnummer. Loggboken får "
            "inte identifiera patienter; använd fallnumret.",
            "Contains what looks like a Swedish personal identity or coordination number. "
            "The logbook must not identify patients; use the case number.",
        ),
        (
            r"^is longer than (\d+) characters$",
            "Är längre än {0} tecken.",
            "Is longer than {0} characters.",
        ),
        (r"^must be a whole number$", "Ange ett heltal.", "Enter a whole number."),
        (r"^must be a number$", "Ange ett tal.", "Enter a number."),
        (r"^must be at least (\S+)$", "Måste vara minst {0}.", "Must be at least {0}."),
        (r"^must be at most (\S+)$", "Får vara högst {0}.", "Must be at most {0}."),
        (
            r"^must be a date and time",
            "Ange en tid som TT:MM (eller ÅÅÅÅ-MM-DD TT:MM).",
            "Enter a time as HH:MM (or YYYY-MM-DD HH:MM).",
        ),
        (r"^must be a date like", "Ange ett datum som ÅÅÅÅ-MM-DD.", "Enter a date as YYYY-MM-DD."),
        (r"^must be one of", "Välj ett av alternativen.", "Choose one of the options."),
        (r"^does not apply to", "Gäller inte denna typ.", "Does not apply to this kind."),
        (r"^must be a site number$", "Välj en enhet.", "Choose a site."),
        (r"^must be true or false$", "Ange ja eller nej.", "Enter yes or no."),
    )
)


def problem_text(kind: str, message: str, language: str) -> str:
    """`message` from a validation Problem, worded for the form in `language`."""
    for pattern, sv, en in _MESSAGES:
        found = pattern.search(message)
        if found:
            args = [field_label(kind, g, language) for g in found.groups()]
            return (sv if language == "sv" else en).format(*args)
    return message


# --- editors --------------------------------------------------------------------------
INT_PATTERN = QRegularExpression(r"^\s*-?\d{0,6}\s*$")
FLOAT_PATTERN = QRegularExpression(r"^\s*-?\d{0,6}([.,]\d{0,3})?\s*$")
_TIME = re.compile(r"^(?:\+(\d)\s*)?(\d{1,2})[:.]?(\d{2})$")


def parse_time_text(text: str, day: date) -> str | None:
    """An ISO date-time for what was typed in a time field, relative to the entry date.

    Accepts `08:30`, `0830`, `8.30`, `+1 00:20` (the next day) or a full
    `YYYY-MM-DD HH:MM`. Returns None for an empty field and the text unchanged when it
    cannot be read, so that `validate_entry` reports it.
    """
    text = text.strip()
    if not text:
        return None
    found = _TIME.match(text)
    if found:
        plus, hours, minutes = int(found.group(1) or 0), int(found.group(2)), int(found.group(3))
        if hours < 24 and minutes < 60:
            moment = datetime.combine(day + timedelta(days=plus), time(hours, minutes))
            return moment.isoformat(timespec="minutes")
        return text
    try:
        return datetime.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError:
        return text


def format_time_text(value: str | None, day: date) -> str:
    """The inverse of `parse_time_text`: HH:MM when on `day`, `+n HH:MM` shortly after."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    offset = (moment.date() - day).days
    if offset == 0:
        return moment.strftime("%H:%M")
    if 0 < offset < 10:
        return f"+{offset} {moment:%H:%M}"
    return moment.strftime("%Y-%m-%d %H:%M")


_DATE_SHORT = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$|^(\d{2})-?(\d{2})$|^-(\d{1,3})$")


def parse_date_text(text: str, today: date) -> date | None:
    """A date typed the fast way: `2026-03-14`, `20260314`, `03-14` or `0314` (this
    year), `-1` (yesterday). None when it cannot be read."""
    found = _DATE_SHORT.match(text.strip())
    if not found:
        return None
    year, month, day, short_month, short_day, back = found.groups()
    try:
        if back is not None:
            return today - timedelta(days=int(back))
        if short_month is not None:
            return date(today.year, int(short_month), int(short_day))
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


class DateField(QLineEdit):
    """The entry date as text: today's date filled in, selected on entry, fast to retype.

    Besides `YYYY-MM-DD` it reads `YYYYMMDD`, `MM-DD`/`MMDD` (this year) and `-1`
    (yesterday), and shows the date it understood in ISO form on leaving.
    """

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setMaximumWidth(160)
        self.setPlaceholderText("ÅÅÅÅ-MM-DD")
        self.editingFinished.connect(self._normalise)

    def value(self) -> date | None:
        return parse_date_text(self.text(), self._today())

    def raw(self) -> str:
        """What validate_entry is given: the ISO date when readable, else the text."""
        day = self.value()
        return day.isoformat() if day else self.text().strip()

    def set_value(self, day: date) -> None:
        self.setText(day.isoformat())

    def _normalise(self) -> None:
        day = self.value()
        if day is not None and self.text() != day.isoformat():
            self.setText(day.isoformat())


class FieldEditor(ABC):
    """One kind-specific field: its widget, the raw value and a change callback.

    `on_edit` is called while the user edits (typing, toggling); `on_leave` when the
    field is left or a choice is made, which is when a new problem may be shown.
    """

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        self.spec = spec
        self.widget = widget

    @property
    def name(self) -> str:
        return self.spec.name

    @abstractmethod
    def value(self) -> Any:
        """The value as validate_entry takes it (None or "" when not given)."""

    @abstractmethod
    def set_value(self, value: Any) -> None:
        """Show a stored value."""

    @abstractmethod
    def connect(self, on_edit: Callable[[], None], on_leave: Callable[[], None]) -> None:
        """Call `on_edit` while the user edits and `on_leave` when the field is left."""


class BoolEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, language: str, parent: QWidget | None = None) -> None:
        box = QCheckBox(parent)
        super().__init__(spec, box)
        self.box = box

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def connect(self, on_edit: Callable[[], None], on_leave: Callable[[], None]) -> None:
        self.box.toggled.connect(lambda _checked: on_leave())


class ChoiceEditor(FieldEditor):
    EMPTY = "—"

    def __init__(self, spec: FieldSpec, language: str, parent: QWidget | None = None) -> None:
        combo = QComboBox(parent)
        super().__init__(spec, combo)
        self.combo = combo
        self.relabel(language)

    def relabel(self, language: str) -> None:
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.EMPTY, None)
        for choice in self.spec.choices:
            self.combo.addItem(choice_label(choice, language), choice)
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> str | None:
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))

    def connect(self, on_edit: Callable[[], None], on_leave: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _index: on_leave())


class LineEditor(FieldEditor):
    """Numbers and short text: a line edit; empty means "not given"."""

    def __init__(self, spec: FieldSpec, language: str, parent: QWidget | None = None) -> None:
        edit = QLineEdit(parent)
        super().__init__(spec, edit)
        self.edit = edit
        if spec.type is FieldType.INT:
            edit.setValidator(QRegularExpressionValidator(INT_PATTERN, edit))
            edit.setMaximumWidth(120)
        elif spec.type is FieldType.FLOAT:
            edit.setValidator(QRegularExpressionValidator(FLOAT_PATTERN, edit))
            edit.setMaximumWidth(120)
        if spec.minimum is not None and spec.maximum is not None:
            edit.setPlaceholderText(f"{spec.minimum:g}–{spec.maximum:g}")

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return text or None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.edit.clear()
        elif isinstance(value, float) and value.is_integer():
            self.edit.setText(f"{value:g}")
        else:
            self.edit.setText(str(value))

    def connect(self, on_edit: Callable[[], None], on_leave: Callable[[], None]) -> None:
        self.edit.textEdited.connect(lambda _text: on_edit())
        self.edit.editingFinished.connect(on_leave)


class TimeEditor(LineEditor):
    """A time of day typed as HH:MM on the entry date (the fastest thing to type)."""

    def __init__(
        self, spec: FieldSpec, language: str, day: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, language, parent)
        self.day = day
        self.edit.setPlaceholderText("TT:MM" if language == "sv" else "HH:MM")
        self.edit.setMaximumWidth(160)

    def value(self) -> str | None:
        return parse_time_text(self.edit.text(), self.day())

    def set_value(self, value: Any) -> None:
        self.edit.setText(format_time_text(value, self.day()) if value else "")


def make_editor(
    spec: FieldSpec, language: str, day: Callable[[], date], parent: QWidget | None = None
) -> FieldEditor:
    if spec.type is FieldType.BOOL:
        return BoolEditor(spec, language, parent)
    if spec.type is FieldType.CHOICE:
        return ChoiceEditor(spec, language, parent)
    if spec.type is FieldType.DATETIME:
        return TimeEditor(spec, language, day, parent)
    return LineEditor(spec, language, parent)
