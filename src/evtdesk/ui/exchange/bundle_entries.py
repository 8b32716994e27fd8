"""The bundle's entries as a supervisor reads them: filtered by kind and by any text,
sorted by any column, retracted ones shown or not, each with whether a supervisor has
validated it as it stands, and the whole case of the selected row below the table.

Everything here comes from the trainee's bundle: it is shown as plain text, never
interpreted (a note could hold markup).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evtdesk.curriculum.validation import CHANGED, REJECTED, VALIDATED, CaseValidation
from evtdesk.entries.kinds import KINDS, KindSpec
from evtdesk.exchange.history import AMENDED, NEW, RETRACTED, History
from evtdesk.model import Entry
from evtdesk.ui.forms.field_widgets import choice_label, role_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the entry's index in `entries`, on column 0


def _spec(kind: str) -> KindSpec | None:
    return next((k for k in KINDS if k.id == kind), None)


def kind_text(kind: str, language: str) -> str:
    spec = _spec(kind)
    return spec.label(language) if spec is not None else kind


def value_text(value: Any, language: str) -> str:
    """A field's stored value as words: yes/no, a choice's label, a number, the text."""
    if isinstance(value, bool):
        return ("ja" if value else "nej") if language == "sv" else ("yes" if value else "no")
    if isinstance(value, str):
        return choice_label(value, language)
    return "" if value is None else str(value)


class BundleEntries(QWidget):
    """The entries tab of the bundle view."""

    def __init__(
        self,
        entries: Sequence[Entry],
        validations: Mapping[str, CaseValidation],
        language: str,
        parent: QWidget | None = None,
        since: History | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleEntriesPanel")
        self.language = language
        # what she did since the bundle he kept (new, amended, retracted), by entry id
        self.since_bundle = since.since_bundle if since is not None else None
        self.since = {c.entry_id: c.what for c in since.since} if since is not None else {}
        self.entries = sorted(entries, key=lambda e: (e.date, e.created_seq), reverse=True)
        self.validations = validations
        self.kind = QComboBox()
        self.kind.setObjectName("entriesKind")
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in sorted({e.kind for e in self.entries}, key=lambda k: kind_text(k, language)):
            self.kind.addItem(kind_text(kind, language), kind)
        self.search = QLineEdit()
        self.search.setObjectName("entriesSearch")
        self.search.setPlaceholderText(self.tr("Filter: case number, date, notes…"))
        self.search.setClearButtonEnabled(True)
        self.retracted = QCheckBox(self.tr("Show &retracted"))
        self.retracted.setObjectName("entriesRetracted")
        self.retracted.setChecked(True)
        self.since_only = QCheckBox(
            self.tr("Only what changed since no. {n}").format(n=self.since_bundle)
        )
        self.since_only.setObjectName("entriesSinceOnly")
        self.since_only.setVisible(self.since_bundle is not None)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("entriesShown")
        # the cases he supervised, validated or rejected in one signed statement
        self.validate_button = QPushButton(self.tr("&Validate selected…"))
        self.validate_button.setObjectName("validateCases")
        self.reject_button = QPushButton(self.tr("Re&ject selected…"))
        self.reject_button.setObjectName("rejectCases")
        for button in (self.validate_button, self.reject_button):
            button.setEnabled(False)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kind:")))
        filters.addWidget(self.kind)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.retracted)
        filters.addWidget(self.since_only)
        filters.addWidget(self.shown_label)
        self.table = self._table()
        self.details = QPlainTextEdit()
        self.details.setObjectName("entryDetails")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an entry to see the whole case."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.validate_button)
        actions.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        self.can_sign = False  # set by the bundle view: a verified bundle, his own logbook
        self.kind.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.retracted.toggled.connect(lambda _on: self.apply_filter())
        self.since_only.toggled.connect(lambda _on: self.apply_filter())
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.apply_filter()

    # the table --------------------------------------------------------------------------
    def _table(self) -> QTableWidget:
        headers = [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Role"),
            self.tr("Case"),
            self.tr("Validated"),
            self.tr("Notes"),
            self.tr("Since no. {n}").format(n=self.since_bundle) if self.since else "",
        ]
        table = QTableWidget(len(self.entries), len(headers))
        table.setObjectName("bundleEntries")
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        retracted_text = self.tr("(retracted)")
        for row, entry in enumerate(self.entries):
            kind = kind_text(entry.kind, self.language)
            if entry.retracted:
                kind = f"{kind} {retracted_text}"
            values = (
                entry.date.isoformat(),
                kind,
                role_label(entry.role, self.language),
                entry.case_number or "",
                self._validation_word(entry),
                entry.notes.replace("\n", " "),
                self._since_word(entry),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if entry.retracted:
                    item.setForeground(Qt.GlobalColor.gray)
                if column == 0:
                    item.setData(ENTRY_ROLE, row)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnHidden(6, not self.since)
        table.setSortingEnabled(True)
        table.sortItems(0, Qt.SortOrder.DescendingOrder)
        return table

    def _validation_word(self, entry: Entry) -> str:
        found = self.validations.get(entry.id)
        if found is None:
            return ""
        words = {
            VALIDATED: self.tr("validated"),
            REJECTED: self.tr("rejected"),
            CHANGED: self.tr("changed since"),
        }
        return words.get(found.state, "")

    def _since_word(self, entry: Entry) -> str:
        words = {
            NEW: self.tr("new"),
            AMENDED: self.tr("amended"),
            RETRACTED: self.tr("retracted"),
        }
        return words.get(self.since.get(entry.id, ""), "")

    # filtering ----------------------------------------------------------------------------
    def entry_at(self, row: int) -> Entry | None:
        item = self.table.item(row, 0)
        index = item.data(ENTRY_ROLE) if item is not None else None
        return self.entries[index] if isinstance(index, int) else None

    def apply_filter(self) -> None:
        """Hide the rows the kind, the text and the retracted box leave out."""
        kind = self.kind.currentData() or ""
        needle = self.search.text().strip().casefold()
        shown = 0
        for row in range(self.table.rowCount()):
            entry = self.entry_at(row)
            texts = (self.table.item(row, c) for c in range(self.table.columnCount()))
            text = " ".join(i.text() for i in texts if i is not None).casefold()
            visible = (
                entry is not None
                and (not kind or entry.kind == kind)
                and (self.retracted.isChecked() or not entry.retracted)
                and (not self.since_only.isChecked() or entry.id in self.since)
                and (not needle or needle in text)
            )
            self.table.setRowHidden(row, not visible)
            shown += visible
        self.shown_label.setText(
            self.tr("{shown} of {n}").format(shown=shown, n=self.table.rowCount())
        )

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    # the whole case -------------------------------------------------------------------------
    def selected_entries(self) -> list[Entry]:
        """The live entries selected (and shown): what he validates or rejects."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        found = [self.entry_at(r) for r in rows if not self.table.isRowHidden(r)]
        return [e for e in found if e is not None and not e.retracted]

    def _show_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        entry = self.entry_at(min(rows)) if rows else None
        self.details.setPlainText(self.case_text(entry) if entry is not None else "")
        chosen = bool(self.selected_entries()) and self.can_sign
        self.validate_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def case_text(self, entry: Entry) -> str:
        """Every recorded field of the case, labelled as the entry form labels it."""
        spec = _spec(entry.kind)
        lines = [
            f"{kind_text(entry.kind, self.language)} · {entry.date.isoformat()}",
        ]
        if entry.role:
            lines.append(f"{self.tr('Role')}: {role_label(entry.role, self.language)}")
        if entry.case_number:
            lines.append(f"{self.tr('Case')}: {entry.case_number}")
        for name, value in entry.fields.items():
            if value is None or value == "":
                continue
            known = {f.name: f for f in spec.fields} if spec is not None else {}
            label = known[name].label(self.language) if name in known else name
            lines.append(f"{label}: {value_text(value, self.language)}")
        if entry.notes:
            lines.append(f"{self.tr('Notes')}: {entry.notes}")
        found = self.validations.get(entry.id)
        if found is not None:
            said = self._validation_word(entry)
            reason = f" ({found.reason})" if found.reason else ""
            lines.append(f"{said}: {found.by}, {found.on.isoformat()}{reason}")
        if entry.retracted:
            lines.append(self.tr("(retracted)"))
        return "\n".join(lines)
