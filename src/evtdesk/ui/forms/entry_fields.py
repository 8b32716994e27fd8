"""The entry form's fields, built from the kind's spec, and the values typed in them.

A mixin of `EntryFormDialog` (it reads the dialog's session, kind and widgets): the rows are
rebuilt whenever the kind or the language changes, carrying over what was typed, and an
entry being amended or repeated has its clock times moved onto the form's date.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evtdesk.entries.kinds import FieldType, kind_spec
from evtdesk.model import Entry, Role
from evtdesk.ui.forms.field_row import FieldRow
from evtdesk.ui.forms.field_widgets import (
    COMMON_LABELS,
    ChoiceEditor,
    DateField,
    make_editor,
    role_definition,
    role_label,
)


def _common_label(name: str, language: str) -> str:
    sv, en = COMMON_LABELS[name]
    return sv if language == "sv" else en


def _field_type(kind: str, name: str) -> FieldType | None:
    try:
        return kind_spec(kind).field(name).type
    except KeyError:
        return None


class EntryFieldsMixin:
    """Building the rows and reading them back, for EntryFormDialog."""

    def _initial_values(self) -> dict[str, Any]:
        if self.entry is not None:
            return self._values_of(self.entry, self.entry.date)
        values: dict[str, Any] = {"date": self.session.today()}
        site = self.session.logbook.records.setting("default_site_id")
        if site is not None and any(s.id == site for s in self._sites):
            values["site_id"] = site
        latest = self._latest(self._kind)
        if latest is not None and latest.role:
            values["role"] = latest.role
        return values

    @staticmethod
    def _values_of(entry: Entry, day: date) -> dict[str, Any]:
        """The entry's values for the form, its times moved onto `day`."""
        values: dict[str, Any] = dict(entry.fields)
        shift = day - entry.date
        for name, value in entry.fields.items():
            spec_type = _field_type(entry.kind, name)
            if spec_type is FieldType.DATETIME and isinstance(value, str):
                with contextlib.suppress(ValueError):
                    values[name] = (datetime.fromisoformat(value) + shift).isoformat(
                        timespec="minutes"
                    )
        values.update(
            date=day,
            role=entry.role,
            case_number=entry.case_number,
            notes=entry.notes,
            site_id=entry.site_id,
        )
        return values

    def _current_values(self) -> dict[str, Any]:
        if not self._rows:
            return {}
        values = {name: editor.value() for name, editor in self._editors.items()}
        values.update(
            date=self.date_edit.value() or self.session.today(),
            role=self.role_combo.currentData() if "role" in self._rows else None,
            case_number=self.case_edit.text() if "case_number" in self._rows else None,
            notes=self.notes_edit.toPlainText(),
            site_id=self.site_combo.currentData(),
        )
        return values

    def _build_fields(self, values: dict[str, Any]) -> None:
        language = self.language
        spec = self.spec
        self._rows.clear()
        self._editors.clear()
        inner = QWidget()
        inner.setObjectName("fields")
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # spare height goes below the last row, not between label and field
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        order: list[QWidget] = [self.kind_combo]

        def add_row(name: str, label: str, control: QWidget, required: bool = False) -> FieldRow:
            row = FieldRow(name, label, control, inner)
            text = f"{label} *" if required else label
            label_widget = QLabel(text, inner)
            label_widget.setBuddy(control)
            form.addRow(label_widget, row.container)
            self._rows[name] = row
            order.append(control)
            return row

        self.date_edit = DateField(lambda: self.session.today(), inner)
        self.date_edit.setPlaceholderText("ÅÅÅÅ-MM-DD" if language == "sv" else "YYYY-MM-DD")
        self.date_edit.set_value(values.get("date") or self.session.today())
        self.date_edit.textEdited.connect(lambda _t: self._edited("date"))
        self.date_edit.editingFinished.connect(lambda: self._left("date"))
        add_row("date", _common_label("date", language), self.date_edit, True)

        if spec.has_role:
            self.role_combo = QComboBox(inner)
            self.role_combo.addItem(ChoiceEditor.EMPTY, None)
            for role in Role:
                self.role_combo.addItem(role_label(role, language), str(role))
                self.role_combo.setItemData(
                    self.role_combo.count() - 1,
                    role_definition(role, language),
                    Qt.ItemDataRole.ToolTipRole,
                )
            found = self.role_combo.findData(values.get("role")) if values.get("role") else 0
            self.role_combo.setCurrentIndex(max(found, 0))
            self.role_combo.currentIndexChanged.connect(lambda _i: self._role_changed())
            add_row("role", _common_label("role", language), self.role_combo, True)

        self.site_combo = QComboBox(inner)
        self.site_combo.addItem(ChoiceEditor.EMPTY, None)
        for site in self._sites:
            text = f"{site.hospital}, {site.unit}" if site.unit else site.hospital
            self.site_combo.addItem(text, site.id)
        found = (
            self.site_combo.findData(values.get("site_id"))
            if values.get("site_id") is not None
            else 0
        )
        self.site_combo.setCurrentIndex(max(found, 0))
        self.site_combo.currentIndexChanged.connect(lambda _i: self._left("site_id"))
        add_row("site_id", _common_label("site_id", language), self.site_combo)

        if spec.case_kind:
            self.case_edit = QLineEdit(inner)
            self.case_edit.setText(values.get("case_number") or "")
            self.case_edit.textEdited.connect(lambda _t: self._edited("case_number"))
            self.case_edit.editingFinished.connect(lambda: self._left("case_number"))
            add_row("case_number", _common_label("case_number", language), self.case_edit)

        for fspec in spec.fields:
            editor = make_editor(fspec, language, self._entry_day, inner)
            if fspec.name in values:
                editor.set_value(values[fspec.name])
            name = fspec.name
            editor.connect(lambda n=name: self._edited(n), lambda n=name: self._left(n))
            self._editors[name] = editor
            add_row(name, fspec.label(language), editor.widget, fspec.required)

        self.notes_edit = QPlainTextEdit(inner)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.notes_edit.setPlainText(values.get("notes") or "")
        self.notes_edit.textChanged.connect(lambda: self._edited("notes"))
        add_row("notes", _common_label("notes", language), self.notes_edit)

        for combo in inner.findChildren(QComboBox):  # long site names must not widen the form
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(inner)
        order += [self.attach_button]
        if self.entry is not None:
            order.append(self.reason_edit)
        order += [self.save_button, self.cancel_button]
        if self.entry is None:
            order.append(self.repeat_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._role_changed(touch=False)
        self._refresh_errors()
        self.attach_box.setVisible(True)

    def _entry_day(self) -> date:
        try:
            return self.date_edit.value() or self.session.today()
        except (AttributeError, RuntimeError):
            return self.session.today()

    def raw(self) -> dict[str, Any]:
        """What the user entered, as `validate_entry` reads it."""
        raw: dict[str, Any] = {"kind": self._kind, "date": self.date_edit.raw()}
        if "role" in self._rows:
            raw["role"] = self.role_combo.currentData()
        if "case_number" in self._rows:
            raw["case_number"] = self.case_edit.text()
        raw["notes"] = self.notes_edit.toPlainText()
        raw["site_id"] = self.site_combo.currentData()
        for name, editor in self._editors.items():
            value = editor.value()
            if value is not None:
                raw[name] = value
        return raw
