"""The entry form: add (or amend) one entry of any kind, fast, by keyboard alone.

The form is generated from the kind's spec in `evtdesk.entries.kinds`, so a field added
there appears here. Every check is `validate_entry`'s: the form shows its problems next
to the fields they name while the user types or leaves a field, and refuses to save
what the importer would refuse. Enter saves, Esc cancels; times are typed as HH:MM on
the entry date.
"""

from __future__ import annotations

import contextlib
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evtdesk.entries.kinds import EVT_TIME_FIELDS, KINDS, FieldType, KindSpec, kind_spec
from evtdesk.entries.privacy import find_identity_numbers
from evtdesk.entries.validation import EntryData, Problem, ValidationError, validate_entry
from evtdesk.exchange.files import FileRefused, read_limited
from evtdesk.model import Entry, Role
from evtdesk.store import MAX_ATTACHMENT, LogbookError, sniff_media_type
from evtdesk.ui.forms.field_widgets import (
    COMMON_LABELS,
    ChoiceEditor,
    DateField,
    FieldEditor,
    make_editor,
    problem_text,
    role_definition,
    role_label,
)
from evtdesk.ui.session import LogbookSession

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
ATTACH_FILTER = "PDF, PNG, JPEG (*.pdf *.png *.jpg *.jpeg)"
# Problems that only mean "not finished typing yet"; shown once the field is left.
_WHILE_TYPING = ("must be", "is required")


def _common_label(name: str, language: str) -> str:
    sv, en = COMMON_LABELS[name]
    return sv if language == "sv" else en


class _FieldRow:
    """A control with its error line (and for the role, its definition) below it."""

    def __init__(self, name: str, label: str, control: QWidget, parent: QWidget) -> None:
        self.name = name
        self.label_text = label
        self.control = control
        self.container = QWidget(parent)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(control)
        self.hint = QLabel(self.container)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        layout.addWidget(self.hint)
        self.error = QLabel(self.container)
        self.error.setObjectName(f"error_{name}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        control.setObjectName(f"field_{name}")
        control.setAccessibleName(label)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.control.setAccessibleDescription(text)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))


class EntryFormDialog(QDialog):
    """Add an entry (`entry=None`) or amend `entry` with a reason.

    `exec()` returns Accepted after the entry (and any attached files) was saved through
    `session.logbook` and `session.notify_changed()` was called; `saved_entry` is then
    the stored entry.
    """

    def __init__(
        self,
        session: LogbookSession,
        kind: str | None = None,
        parent: QWidget | None = None,
        *,
        entry: Entry | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.entry = entry
        self.saved_entry: Entry | None = None
        self._kind = entry.kind if entry else (kind or KINDS[0].id)
        kind_spec(self._kind)  # unknown kinds fail here, not later
        self._rows: dict[str, _FieldRow] = {}
        self._editors: dict[str, FieldEditor] = {}
        self._touched: set[str] = set()
        self._attempted = False
        self._latest_cache: dict[str, Entry | None] = {}
        self._pending: list[tuple[str, bytes]] = []
        self._sites = session.logbook.records.sites()
        self.setAcceptDrops(True)
        self.setSizeGripEnabled(True)
        self.setObjectName("EntryFormDialog")

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        self.kind_label.setBuddy(self.kind_combo)
        top.addWidget(self.kind_label)
        top.addWidget(self.kind_combo, 1)
        outer.addLayout(top)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)

        self.attach_box = QWidget(self)
        attach_layout = QVBoxLayout(self.attach_box)
        attach_layout.setContentsMargins(0, 0, 0, 0)
        attach_row = QHBoxLayout()
        self.attach_label = QLabel(self.attach_box)
        self.attach_button = QPushButton(self.attach_box)
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.choose_files)
        attach_row.addWidget(self.attach_label, 1)
        attach_row.addWidget(self.attach_button)
        attach_layout.addLayout(attach_row)
        self.attach_list = QListWidget(self.attach_box)
        self.attach_list.setMaximumHeight(60)
        self.attach_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.attach_list.hide()
        attach_layout.addWidget(self.attach_list)
        outer.addWidget(self.attach_box)

        self.reason_label = QLabel(self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason")
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_error = QLabel(self)
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        self.reason_edit.textEdited.connect(lambda _t: self.reason_error.hide())
        for widget in (self.reason_label, self.reason_edit, self.reason_error):
            outer.addWidget(widget)
            widget.setVisible(entry is not None and widget is not self.reason_error)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)

        buttons = QHBoxLayout()
        self.repeat_button = QPushButton(self)
        self.repeat_button.setAutoDefault(False)
        self.repeat_button.clicked.connect(self.repeat_last)
        self.repeat_button.setVisible(entry is None)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.repeat_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.accept)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.repeat_last)

        self._fill_kinds()
        self.kind_combo.setEnabled(entry is None)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        session.language_changed.connect(self._language_changed)
        self.language_shown = session.language
        self._build_fields(self._initial_values())
        self.retranslate()
        self.fit_to_screen()
        self.date_edit.setFocus()

    def fit_to_screen(self) -> None:
        """560 × 720 (device-independent) where that fits, never larger than the screen's
        free area: at 200 % scaling on 1920 × 1080 that area is 960 × ~520, and Save and
        Cancel must stay on screen (the fields scroll instead)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 560, 720
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(max(width, self.minimumSizeHint().width()), height)

    def rebind(self, session: LogbookSession) -> None:
        """Carry on in `session` after the logbook was locked and unlocked again: what was
        typed stays, saving goes to the newly opened logbook."""
        with suppress(RuntimeError, TypeError):  # the old session may already be gone
            self.session.language_changed.disconnect(self._language_changed)
        self.session = session
        self._latest_cache.clear()
        session.language_changed.connect(self._language_changed)
        if session.language != self.language_shown:
            self._language_changed(session.language)

    # --- building -------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.session.language

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def spec(self) -> KindSpec:
        return kind_spec(self._kind)

    def _fill_kinds(self) -> None:
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for spec in KINDS:
            self.kind_combo.addItem(spec.label(self.language), spec.id)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(self._kind))
        self.kind_combo.blockSignals(False)
        self.kind_combo.setAccessibleName(self.kind_label.text().replace("&", "") or "Kind")

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

        def add_row(name: str, label: str, control: QWidget, required: bool = False) -> _FieldRow:
            row = _FieldRow(name, label, control, inner)
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
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(inner)
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

    # --- reacting -------------------------------------------------------------------
    def _kind_chosen(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        if not kind or kind == self._kind:
            return
        values = self._current_values()
        keep = {k: values[k] for k in ("date", "site_id", "notes", "case_number") if k in values}
        self._kind = kind
        latest = self._latest(kind)
        if latest is not None and latest.role:
            keep["role"] = latest.role
        self._touched.clear()
        self._attempted = False
        self._build_fields(keep)
        self.retranslate()

    def _role_changed(self, touch: bool = True) -> None:
        row = self._rows.get("role")
        if row is None:
            return
        row.set_hint(role_definition(self.role_combo.currentData(), self.language))
        if touch:
            self._left("role")

    def _edited(self, name: str) -> None:
        """While typing: show a problem at once unless it only means "not finished"."""
        problems = self._problems_for(name)
        if any(not p.message.startswith(_WHILE_TYPING) for p in problems):
            self._touched.add(name)
        self._refresh_errors()

    def _left(self, name: str) -> None:
        self._touched.add(name)
        if name == "date":  # times are typed relative to the date
            self._touched.update(n for n, e in self._editors.items() if e.value() is not None)
        self._refresh_errors()

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

    def validate(self) -> tuple[EntryData | None, list[Problem]]:
        try:
            return validate_entry(self.raw(), today=self.session.today()), []
        except ValidationError as error:
            return None, list(error.problems)

    def _problems_for(self, name: str) -> list[Problem]:
        return [p for p in self.validate()[1] if p.field == name]

    def _refresh_errors(self) -> list[Problem]:
        _data, problems = self.validate()
        messages: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            text = problem_text(self._kind, problem.message, self.language)
            if problem.field in self._rows:
                messages.setdefault(problem.field, []).append(text)
            elif self._attempted:
                general.append(f"{problem.field}: {text}")
        for name, row in self._rows.items():
            shown = name in self._touched or self._attempted
            row.show_error(" ".join(messages.get(name, [])) if shown else "")
        self._set_general(" ".join(general))
        return problems

    def _set_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def problems_shown(self) -> dict[str, str]:
        """Field name → the problem text shown next to it (for tests and accessibility)."""
        return {name: row.error.text() for name, row in self._rows.items() if row.error.text()}

    # --- repeat last ------------------------------------------------------------------
    def _latest(self, kind: str) -> Entry | None:
        if kind not in self._latest_cache:
            entries = [e for e in self.session.logbook.entries.list(kind) if not e.retracted]
            self._latest_cache[kind] = (
                max(entries, key=lambda e: e.created_seq) if entries else None
            )
        return self._latest_cache[kind]

    def repeat_last(self) -> bool:
        """Fill the form from the latest entry of this kind, except what belongs to one
        patient: the case number, age, sex and the clock times (copied times would land on
        today's date, often in the future, and are never the same for two cases)."""
        if self.entry is not None:
            return False
        latest = self._latest(self._kind)
        if latest is None:
            self._set_general(self.tr("There is no earlier entry of this kind to repeat."))
            return False
        day = self.date_edit.value() or self.session.today()
        values = self._values_of(latest, day)
        values["case_number"] = ""
        for name in (*EVT_TIME_FIELDS, "age", "sex"):
            values.pop(name, None)
        self._touched.clear()
        self._build_fields(values)
        self.retranslate()
        if "case_number" in self._rows:
            self.case_edit.setFocus()
        return True

    # --- attachments ----------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach a scanned certificate"), "", ATTACH_FILTER
        )
        for name in names:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> bool:
        """Queue `path` to be stored with the entry when it is saved."""
        if find_identity_numbers(path.name):
            self._set_general(
                self.tr(
                    "The file name %1 contains what looks like a personal identity number; "
                    "rename the file first."
                ).replace("%1", path.name)
            )
            return False
        try:  # a regular file within the size, never read whole first
            data = read_limited(path, "file", MAX_ATTACHMENT)
        except FileRefused as refusal:
            self._set_general(str(refusal))
            return False
        if sniff_media_type(data) is None:
            self._set_general(
                self.tr("%1 is not a PDF, PNG or JPEG file.").replace("%1", path.name)
            )
            return False
        self._pending.append((path.name, data))
        self.attach_list.addItem(path.name)
        self.attach_list.show()
        self._set_general("")
        return True

    @property
    def pending_files(self) -> list[str]:
        return [name for name, _data in self._pending]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.attach_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # --- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        self._attempted = True
        data, problems = self.validate()
        self._refresh_errors()
        if problems:
            for name in self._rows:
                if any(p.field == name for p in problems):
                    self._rows[name].control.setFocus()
                    self.scroll.ensureWidgetVisible(self._rows[name].container)
                    break
            return
        assert data is not None
        reason = self.reason_edit.text().strip()
        if self.entry is not None and not reason:
            self.reason_error.setText(self.tr("Give a reason for the amendment."))
            self.reason_error.show()
            self.reason_edit.setFocus()
            return
        entries = self.session.logbook.entries
        try:
            if self.entry is None:
                saved = entries.add(data)
            else:
                saved = entries.amend(self.entry.id, data, reason)
        except LogbookError as error:
            self._set_general(str(error))
            return
        self.saved_entry = saved
        failed = []
        for name, blob in self._pending:
            try:
                self.session.logbook.records.attach(name, blob, saved.id)
            except LogbookError as error:
                failed.append(str(error))
        self.session.notify_changed()
        if failed:  # the entry is saved either way; say which file was not
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The entry was saved, but a file was not attached: %1").replace(
                    "%1", " ".join(failed)
                ),
            )
        super().accept()

    # --- language -----------------------------------------------------------------------
    def _language_changed(self, _language: str) -> None:
        if not self._rows:
            return
        values = self._current_values()
        self.language_shown = self.language
        self._fill_kinds()
        self._build_fields(values)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        spec = self.spec
        if self.entry is None:
            self.setWindowTitle(self.tr("New entry: %1").replace("%1", spec.label(self.language)))
        else:
            self.setWindowTitle(self.tr("Amend entry: %1").replace("%1", spec.label(self.language)))
        self.kind_label.setText(self.tr("&Kind"))
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.attach_label.setText(
            self.tr("Scanned certificate (PDF, PNG or JPEG): drop a file here or")
        )
        self.attach_button.setText(self.tr("&Attach file…"))
        self.attach_button.setAccessibleName(self.tr("Attach file"))
        self.attach_list.setAccessibleName(self.tr("Files to attach"))
        self.reason_label.setText(self.tr("&Reason for the amendment"))
        self.reason_edit.setAccessibleName(self.tr("Reason for the amendment"))
        self.repeat_button.setText(self.tr("Repeat &last"))
        self.repeat_button.setToolTip(
            self.tr(
                "Fill in everything from the latest entry of this kind except the date "
                "and case number "
                "(Ctrl+R)."
            )
        )
        self.repeat_button.setAccessibleName(self.tr("Repeat last"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the entry (Enter)"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))


def _field_type(kind: str, name: str) -> FieldType | None:
    try:
        return kind_spec(kind).field(name).type
    except KeyError:
        return None


def open_entry_form(
    session: LogbookSession, kind: str | None = None, parent: QWidget | None = None
) -> Entry | None:
    """Show the form modally; the saved entry, or None when cancelled."""
    dialog = EntryFormDialog(session, kind, parent)
    return dialog.saved_entry if dialog.exec() == QDialog.DialogCode.Accepted else None


__all__ = ["EntryFormDialog", "open_entry_form"]
