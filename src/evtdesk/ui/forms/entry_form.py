"""The entry form: add (or amend) one entry of any kind, fast, by keyboard alone.

The form is generated from the kind's spec in `evtdesk.entries.kinds`, so a field added
there appears here. Every check is `validate_entry`'s: the form shows its problems next
to the fields they name while the user types or leaves a field, and refuses to save
what the importer would refuse. Enter saves, Esc cancels (asking first when something
typed would be lost); times are typed as HH:MM on the entry date. (Just over 400 lines:
the fields, problems, attachments and the question before closing are in their own
modules; what is left is one dialog's layout, sizing and save.)
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evtdesk.entries.kinds import EVT_TIME_FIELDS, KINDS, KindSpec, kind_spec
from evtdesk.model import Entry
from evtdesk.store import LogbookError
from evtdesk.training.usual import usual_kind
from evtdesk.ui.forms.entry_attachments import AttachmentsMixin
from evtdesk.ui.forms.entry_fields import EntryFieldsMixin
from evtdesk.ui.forms.entry_problems import EntryProblemsMixin
from evtdesk.ui.forms.entry_unsaved import UnsavedInputMixin
from evtdesk.ui.forms.field_row import FieldRow
from evtdesk.ui.forms.field_widgets import (
    FieldEditor,
    role_definition,
)
from evtdesk.ui.session import LogbookSession
from evtdesk.ui.styles import ERROR_STYLE


def _usual_kind(session: LogbookSession) -> str | None:
    """The kind recorded most in the current part (`training.usual`), if known."""
    try:
        return usual_kind(session.entries(), session.progress().parts)
    except Exception:  # no progress (an unknown curriculum): the form still opens
        return None


class EntryFormDialog(
    EntryFieldsMixin, EntryProblemsMixin, AttachmentsMixin, UnsavedInputMixin, QDialog
):
    """Add an entry (`entry=None`) or amend `entry` with a reason.

    Esc, Cancel and the close button ask before unsaved input is lost (`entry_unsaved`).

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
        self._kind = entry.kind if entry else (kind or _usual_kind(session) or KINDS[0].id)
        kind_spec(self._kind)  # unknown kinds fail here, not later
        self._rows: dict[str, FieldRow] = {}
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

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area, 1)

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
        self.remember_opened()

    def fit_to_screen(self) -> None:
        """As tall as the kind's fields (a stroke alarm's few rows leave no empty band
        above "Attach file…"), at most 720, and 560 wide or as wide as the longest site
        needs (the site drop-down showed "Sahlgrenska universitetssjukhuset, Neurointer"),
        at most 900 — never larger than the screen's free area: at 200 % scaling on
        1920 × 1080 that area is 960 × ~520, and Save and Cancel must stay on screen (the
        fields scroll instead)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        inner = self.scroll_area.widget()
        chrome = self.sizeHint().height() - self.scroll_area.sizeHint().height()
        fields = inner.sizeHint().height() if inner is not None else 720
        slack = 2 * self.fontMetrics().lineSpacing()  # a hint that appears as one types
        height = min(720, chrome + fields + slack)
        metrics = self.site_combo.fontMetrics()
        longest = max(
            (
                metrics.horizontalAdvance(self.site_combo.itemText(i))
                for i in range(self.site_combo.count())
            ),
            default=0,
        )
        width = min(900, max(560, self._label_column() + longest + 130))  # margins, arrow
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(max(width, self.minimumSizeHint().width()), height)

    def _label_column(self) -> int:
        inner = self.scroll_area.widget()
        form = inner.layout().itemAt(0).layout() if inner is not None else None
        if not isinstance(form, QFormLayout):
            return 200
        labels = (
            form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())
        )
        widths = [item.widget().sizeHint().width() for item in labels if item and item.widget()]
        return max(widths, default=200) + form.horizontalSpacing()

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
        self.fit_to_screen()

    def _role_changed(self, touch: bool = True) -> None:
        row = self._rows.get("role")
        if row is None:
            return
        row.set_hint(role_definition(self.role_combo.currentData(), self.language))
        if touch:
            self._left("role")

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

    # --- saving ---------------------------------------------------------------------------
    def accept(self) -> None:
        self._attempted = True
        data, problems = self.validate()
        self._refresh_errors()
        if problems:
            for name in self._rows:
                if any(p.field == name for p in problems):
                    self._rows[name].control.setFocus()
                    self.scroll_area.ensureWidgetVisible(self._rows[name].container)
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


def open_entry_form(
    session: LogbookSession, kind: str | None = None, parent: QWidget | None = None
) -> Entry | None:
    """Show the form modally; the saved entry, or None when cancelled."""
    dialog = EntryFormDialog(session, kind, parent)
    return dialog.saved_entry if dialog.exec() == QDialog.DialogCode.Accepted else None


__all__ = ["EntryFormDialog", "open_entry_form"]
